package ner

import (
	"strings"

	"github.com/marsad-project/marsad/arabic"
)

// Word classes: words that open or head names of a kind, or stand next to
// them, written by hand from general knowledge of Arabic news (not read
// off the training or development data). A word's class is looked up by
// its stem and by its key without ال.
const (
	clsNone     = iota
	clsOrgHead  // شركة، حزب، جامعة …: a word that heads an organization's name
	clsPersTitl // السيد، الشيخ، الرئيس …: a title before a person's name
	clsLocHead  // مدينة، ولاية، جزيرة …: a word before or heading a place's name
	clsSay      // قال، أعلن، أكد …: a verb whose subject is often a name
	clsCurrency // دولار، يورو …
	clsEvent    // بطولة، كأس، مهرجان …: a word heading an event's name
	clsTime     // months and days
	clsMedia    // صحيفة، وكالة، قناة …: news outlets
	clsSport    // نادي، فريق، منتخب …: sport teams
)

var classWords = map[uint8]string{
	clsOrgHead: `شركة شركات حزب احزاب جامعة وزارة بنك مصرف منظمة اتحاد مجلس هيئة جمعية مؤسسة
		جبهة حركة مجموعة لجنة محكمة معهد مركز برلمان جيش كتائب كتيبة الوية لواء تنظيم تحالف رابطة
		نقابة مكتب دائرة سلطة مديرية بورصة صندوق اكاديمية كلية مدرسة مستشفى ائتلاف تيار مصنع
		شبكة دار مجمع بلدية جماعة قوات شرطة اتحادات منظمات مجالس مؤتمر`,
	clsPersTitl: `سيد سيدة دكتور دكتورة شيخ ملك ملكة امير اميرة رئيس رئيسة زعيم وزير وزيرة مستشار
		نائب قاضي لواء عميد جنرال عقيد امام بابا امين سفير مدرب لاعب فنان فنانة كاتب كاتبة شاعر
		مخرج مطرب مطربة ممثل ممثلة استاذ مهندس حاج متحدث نجم مهاجم حارس مدافع رجل الرئيس
		الشيخ السيد الملك الامير الدكتور المستشار القس الكاردينال سلطان قائد مدير مديرة`,
	clsLocHead: `مدينة عاصمة ولاية محافظة منطقة اقليم جزيرة جزر بلدة قرية مقاطعة حي نهر بحر جبل
		جمهورية مملكة امارة مخيم ميناء مطار شمال جنوب شرق غرب وسط ضواحي بلاد دولة`,
	clsSay: `قال قالت يقول تقول اعلن اعلنت اكد اكدت صرح صرحت اضاف اضافت اوضح اوضحت ذكر ذكرت
		اشار اشارت نفى نفت اعتبر اعتبرت افاد افادت ابلغ ابلغت دعا دعت طالب طالبت التقى التقت
		استقبل استقبلت زار زارت`,
	clsCurrency: `دولار دولارا دولارات يورو جنيه جنيها جنيهات درهم دراهم دينار دينارا دنانير ريال
		ريالا ريالات ليرة ليرات شيكل ين روبية فرنك استرليني روبل يوان`,
	clsEvent: `بطولة كاس دورة مهرجان معرض جائزة حرب اولمبياد مونديال قمة منتدى ملتقى مسابقة
		دوري كأس بينالي اتفاقية معاهدة اعلان عملية ثورة انتفاضة`,
	clsTime: `يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون
		شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين الاثنين الثلاثاء الاربعاء الخميس الجمعة
		السبت الاحد اثنين ثلاثاء اربعاء خميس جمعة سبت احد`,
	clsMedia: `صحيفة صحف جريدة مجلة وكالة قناة اذاعة تلفزيون تلفزيونية محطة موقع شبكة`,
	clsSport: `نادي فريق منتخب اندية فرق ملعب`,
}

var wordClass = func() map[string]uint8 {
	m := map[string]uint8{}
	for c := uint8(1); c <= clsSport; c++ {
		for _, w := range strings.Fields(classWords[c]) {
			m[arabic.Key(w, 0)] = c
		}
	}
	return m
}()

// classOf returns the class of a described word.
func classOf(w *word) uint8 {
	if c := wordClass[w.stem]; c != 0 {
		return c
	}
	if c := wordClass[w.key]; c != 0 {
		return c
	}
	if s, ok := strings.CutPrefix(w.stem, "ال"); ok {
		if c := wordClass[s]; c != 0 {
			return c
		}
	}
	if w.strip != "" {
		s := strings.TrimPrefix(w.strip, "ال")
		return wordClass[s]
	}
	return 0
}
