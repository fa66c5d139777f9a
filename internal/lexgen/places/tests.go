package main

import (
	"sort"
	"strings"
)

// Test sentences: news-style templates written by the marsad authors, one
// per entry (two per country), rotated so neighbouring entries get
// different sentences. {X} is the place's form; a template with a clitic
// (و، ب، ل) is used only when the segmenter cuts the clitic off that form
// again (the key of "بـX" is the key of X), so every test says what the
// matcher can do.

var countryTemplates = []string{
	"وصل وفد رسمي إلى {X} أمس في زيارة تستغرق ثلاثة أيام",
	"أعلنت وزارة الخارجية في {X} استدعاء السفير للتشاور",
	"بحث الرئيس مع نظيره في {X} سبل تعزيز التعاون الاقتصادي",
	"وقعت الحكومة اتفاقية تجارية مع {X} يوم الثلاثاء",
	"قال مسؤول رفيع إن العلاقات مع {X} تشهد تحسنا ملحوظا",
	"تظاهر آلاف الأشخاص في {X} احتجاجا على غلاء الأسعار",
	"أدانت {X} الهجوم الذي استهدف قافلة إنسانية",
	"استقبل وزير الخارجية سفير {X} لدى بلاده",
	"أجرت {X} انتخابات تشريعية وسط إقبال ضعيف",
	"فرض الاتحاد الأوروبي عقوبات جديدة على {X}",
	"عاد مئات اللاجئين إلى {X} بعد سنوات من النزوح",
	"تعهدت {X} بتقديم مساعدات عاجلة للمتضررين من الفيضانات",
	"التقى رئيس الوزراء وفدا برلمانيا قادما من {X}",
	"ارتفعت صادرات النفط إلى {X} خلال الربع الأول من العام",
	"دعت {X} إلى وقف فوري لإطلاق النار",
	"أكد السفير أن {X} ملتزمة بالحل السياسي للأزمة",
}

var countryCliticTemplates = []string{
	"جرت محادثات بين الاتحاد الأوروبي @و في جنيف",
	"أكد الوزير دعم بلاده @ل في مواجهة الأزمة الاقتصادية",
	"أشاد الأمين العام @ب لاستضافتها آلاف اللاجئين",
	"تبادل الأسرى بين الطرفين @و بوساطة دولية",
	"أعلن المتحدث أن وفدا رفيعا سيتوجه @ل الأسبوع المقبل",
	"اجتمع المبعوث الدولي بمسؤولين حكوميين @ب لبحث الملف الإنساني",
}

var capitalTemplates = []string{
	"أعربت {X} عن قلقها من التصعيد الأخير على الحدود",
	"رفضت {X} الاتهامات الموجهة إليها بشأن دعم المسلحين",
	"وصل المبعوث الخاص إلى {X} لإجراء محادثات مع المسؤولين",
	"تستضيف {X} الأسبوع المقبل قمة إقليمية بمشاركة عشرين دولة",
	"اتهمت {X} جهات خارجية بالتدخل في شؤونها الداخلية",
	"أعلنت السلطات في {X} إغلاق المدارس بسبب موجة الحر",
	"ردت {X} بحزم على تصريحات المسؤول الأجنبي",
	"أجرى الوزير اتصالا هاتفيا مع المسؤولين في {X}",
	"انطلقت أعمال المنتدى الاقتصادي @ب بحضور دولي واسع",
	"تتجه الأنظار @ل حيث تعقد جولة جديدة من المفاوضات",
}

var cityTemplates = []string{
	"قصف طيران مجهول مواقع قرب {X} فجر اليوم",
	"وصل وفد حكومي إلى {X} لتفقد الأوضاع الخدمية",
	"أفادت مصادر محلية بسقوط قذائف على أحياء في {X}",
	"شهدت {X} احتجاجات واسعة للمطالبة بتحسين الخدمات",
	"انتشرت قوات الأمن في شوارع {X} عقب التفجير",
	"عقد المسؤولون اجتماعا طارئا في {X} لبحث أزمة المياه",
	"نزحت مئات العائلات من {X} بسبب المعارك",
	"أعلنت السلطات حظر التجوال في {X} حتى إشعار آخر",
	"افتتح الوزير مشروعا سكنيا جديدا في {X}",
	"اعتقلت الشرطة خلية مسلحة في {X} مساء السبت",
	"اندلع حريق كبير @ب مساء الأحد",
	"خصصت الحكومة ميزانية إضافية @ل هذا العام",
	"زار المبعوث الأممي العاصمة @و خلال جولته الإقليمية",
}

var provinceTemplates = []string{
	"أعلنت قيادة العمليات بدء حملة أمنية واسعة في {X}",
	"ضربت عاصفة رملية مناطق واسعة من {X}",
	"قال مسؤول محلي في {X} إن الانتخابات ستجرى في موعدها",
	"هطلت أمطار غزيرة على {X} وتسببت بأضرار في الطرق",
	"انفجرت عبوة ناسفة على طريق رئيسي في {X}",
	"تسلمت الحكومة المحلية @ب شحنة من الأدوية",
	"أرسلت وزارة الصحة فرقا طبية @ل لمواجهة انتشار المرض",
}

var siteTemplates = []string{
	"استهدفت طائرة مسيرة {X} ليلة أمس",
	"قام الوفد بجولة ميدانية في {X}",
	"أفادت تقارير بوقوع انفجار قرب {X}",
	"شددت القوات إجراءاتها الأمنية حول {X}",
	"تحدث شهود عن تحركات عسكرية كثيفة في محيط {X}",
	"أعلنت السلطات إعادة فتح {X} أمام الحركة",
}

// attach puts a clitic on a form: ل + ال… is written لل….
func attach(clitic, form string) string {
	if clitic == "ل" && strings.HasPrefix(form, "ال") {
		return "لل" + strings.TrimPrefix(form, "ال")
	}
	return clitic + form
}

// fill puts form into a template; "@و" "@ب" "@ل" put it there with that
// clitic, and then the clitic must come off again. ok is false when it
// does not.
func fill(tpl, form string, kr *keyer) (string, bool) {
	if strings.Contains(tpl, "{X}") {
		return strings.Replace(tpl, "{X}", form, 1), true
	}
	i := strings.Index(tpl, "@")
	if i < 0 {
		return tpl, false
	}
	rest := tpl[i+1:]
	var cl string
	for _, c := range []string{"و", "ب", "ل"} {
		if strings.HasPrefix(rest, c) {
			cl = c
			break
		}
	}
	if cl == "" {
		return tpl, false
	}
	withCl := attach(cl, form)
	k1, ok1 := kr.key(form)
	k2, ok2 := kr.key(withCl)
	if !ok1 || !ok2 || k1 != k2 {
		return "", false
	}
	return tpl[:i] + withCl + rest[len(cl):], true
}

// testForm picks the form a test uses: the first one, unless it is
// contained in a template's words (the template would then name another
// place).
func addTests(ps []*place, kr *keyer) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].id < ps[j].id })
	var ci, ki, pi, si, ti int
	// Generated cities: the most populous of each country first, up to 150
	// cities overall get a test.
	var gen []*place
	for _, p := range ps {
		if p.rank == rankCity {
			gen = append(gen, p)
		}
	}
	sort.SliceStable(gen, func(i, j int) bool { return gen[i].pop > gen[j].pop })
	genTest := map[*place]bool{}
	for i, p := range gen {
		if i >= 150 {
			break
		}
		genTest[p] = true
	}
	pick := func(tpls []string, idx *int, form string) string {
		for tries := 0; tries < len(tpls); tries++ {
			t := tpls[*idx%len(tpls)]
			*idx++
			if s, ok := fill(t, form, kr); ok {
				return s
			}
		}
		return ""
	}
	for _, p := range ps {
		form := p.ar[0]
		switch p.typ {
		case "country":
			if s := pick(countryTemplates, &ci, form); s != "" {
				p.tests = append(p.tests, s)
			}
			second := form
			if len(p.ar) > 1 {
				second = p.ar[1]
			}
			if s := pick(countryCliticTemplates, &ki, second); s != "" {
				p.tests = append(p.tests, s)
			} else if s := pick(countryTemplates, &ci, second); s != "" {
				p.tests = append(p.tests, s)
			}
		case "capital":
			if s := pick(capitalTemplates, &ti, form); s != "" {
				p.tests = append(p.tests, s)
			}
		case "province", "region":
			if s := pick(provinceTemplates, &pi, form); s != "" {
				p.tests = append(p.tests, s)
			}
		case "site":
			if s := pick(siteTemplates, &si, form); s != "" {
				p.tests = append(p.tests, s)
			}
		case "city":
			if p.rank == rankHandCity || genTest[p] {
				if s := pick(cityTemplates, &ti, form); s != "" {
					p.tests = append(p.tests, s)
				}
			}
		}
		if len(p.tests) > 0 {
			note("entries with tests")
		}
	}
}
