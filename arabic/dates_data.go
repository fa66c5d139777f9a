package arabic

// Word lists of the date reader. They are data: each entry is normalized
// with Key when the tables are built (dates.go), so any spelling that
// normalizes alike (أبريل, إبريل, ابريل) needs one entry only.
//
// The month and weekday names of the Gregorian and Islamic calendars are
// from Unicode CLDR 48 (cldr-dates-full ca-gregorian.json for the ar-*
// locales, cldr-cal-islamic-full ca-islamic-umalqura.json; Unicode-3.0
// license). Regional spellings beyond CLDR (يونيه, يوليه, ذي الحجة …) and
// the relative words are common usage in Arabic news.

// dateGregorianMonths lists the names of each Gregorian month, January
// first, in the MSA/Egyptian/Gulf, Levantine/Iraqi, Maghrebi and Moroccan
// series and their common variants. Multi-word names are written with
// single spaces.
var dateGregorianMonths = [12][]string{
	{"يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه"},
	{"فبراير", "شباط", "فيفري", "فبرير"},
	{"مارس", "آذار", "أذار"},
	{"أبريل", "نيسان", "أفريل"},
	{"مايو", "أيار", "ماي", "مايس"},
	{"يونيو", "يونيه", "حزيران", "جوان"},
	{"يوليو", "يوليه", "تموز", "جويلية", "جويليه", "يوليوز"},
	{"أغسطس", "آب", "أوت", "غشت", "أغشت"},
	{"سبتمبر", "أيلول", "شتنبر", "شتمبر"},
	{"أكتوبر", "تشرين الأول", "تشرين أول", "اكتوبر"},
	{"نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"},
	{"ديسمبر", "كانون الأول", "كانون أول", "دجنبر", "دجمبر"},
}

// dateHijriMonths lists the names of each month of the Islamic calendar,
// Muharram first.
var dateHijriMonths = [12][]string{
	{"محرم", "المحرم", "محرم الحرام"},
	{"صفر", "صفر الخير"},
	{"ربيع الأول", "ربيع أول", "ربيع الأنور"},
	{"ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع الأخير"},
	{"جمادى الأولى", "جمادى الأول", "جمادى أولى", "جمادى الاولى"},
	{"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني", "جمادى الأخيرة", "جمادى ثانية"},
	{"رجب", "رجب الفرد"},
	{"شعبان", "شعبان المعظم"},
	{"رمضان", "رمضان المبارك", "رمضان الكريم"},
	{"شوال"},
	{"ذو القعدة", "ذي القعدة", "ذا القعدة"},
	{"ذو الحجة", "ذي الحجة", "ذا الحجة"},
}

// dateAmbiguousMonths are month names that are also everyday words or
// names: مارس "he practised", آب/أب "father", نيسان "Nissan", صفر "zero",
// غشت "she cheated", يوليه "he gives it",
// رجب, شعبان, رمضان, شوال and محرم as given names or adjectives. Standing
// alone they are months only after a cue word (في, منذ, شهر …); with a day
// or a year they always are.
var dateAmbiguousMonths = []string{
	"مارس", "آب", "نيسان", "ماي", "جوان", "غشت", "يوليه", "يونيه",
	"محرم", "المحرم", "صفر", "رجب", "شعبان", "رمضان", "شوال",
}

// dateWeekdays lists the weekday names, Sunday first (time.Weekday order).
var dateWeekdays = [7][]string{
	{"الأحد"},
	{"الاثنين", "الإثنين", "الأثنين"},
	{"الثلاثاء"},
	{"الأربعاء", "الاربعاء"},
	{"الخميس"},
	{"الجمعة"},
	{"السبت"},
}

// dateAmbiguousWeekdays are weekday names that are also common words
// (الاثنين "the two", الأحد "the One"): alone they need يوم before them or
// a modifier or a date after them.
var dateAmbiguousWeekdays = []string{"الاثنين", "الإثنين", "الأثنين", "الأحد"}

// dateGenericWeekday before a weekday (or يوم and a weekday) make it no
// particular day: صلاة الجمعة, خطب الجمعة, كل يوم جمعة.
var dateGenericWeekday = []string{"صلاة", "صلاه", "خطبة", "خطب", "خطيب", "كل", "أيام", "ايام", "ليالي"}

// Relative day words.
var (
	dateYesterdayWords = []string{"أمس", "الأمس", "البارحة", "بالأمس"}
	dateTodayWords     = []string{"اليوم"}
	dateTomorrowWords  = []string{"غدا", "غدًا"}
	// dateTomorrowNouns mean tomorrow after يوم, بعد, صباح, مساء only:
	// alone الغد is also "the future" and a newspaper's name.
	dateTomorrowNouns = []string{"غد", "الغد"}
	// dateFirstWords is أول of أول أمس, "the day before yesterday".
	dateFirstWords = []string{"أول", "اول"}
	// dateFormerWords is الأول of أمس الأول, "the day before yesterday".
	dateFormerWords = []string{"الأول"}
	dateDayWords    = []string{"يوم"}
	dateFromWords   = []string{"من"}
	dateThisWords   = []string{"هذا", "هذه"}
	// dateDayParts may stand before يوم-less tomorrow nouns: صباح الغد.
	dateDayParts = []string{"صباح", "مساء", "ليلة", "ظهر", "فجر", "عصر"}
)

// Periods that take a modifier: الأسبوع الماضي, الشهر المقبل, العام الجاري.
var (
	dateWeekPeriods  = []string{"الأسبوع"}
	dateMonthPeriods = []string{"الشهر"}
	dateYearPeriods  = []string{"العام", "السنة"}
)

// Modifiers of weekdays and periods, masculine and feminine.
var (
	datePastMods    = []string{"الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي", "المنقضية"}
	dateNextMods    = []string{"المقبل", "المقبلة", "القادم", "القادمة"}
	dateCurrentMods = []string{"الجاري", "الجارية", "الحالي", "الحالية"}
)

// Counted units of منذ ثلاثة أيام, قبل يومين, بعد عام. Singular forms mean
// one when they stand alone; dual forms mean two; plural and accusative
// forms need a number before them.
var dateUnits = []struct {
	unit                      int // dateUnitDay …
	singular, dual, needCount []string
}{
	{dateUnitDay, []string{"يوم"}, []string{"يومين", "يومان"}, []string{"أيام", "يوما", "يومًا"}},
	{dateUnitWeek, []string{"أسبوع"}, []string{"أسبوعين", "أسبوعان"}, []string{"أسابيع", "أسبوعا", "أسبوعًا"}},
	{dateUnitMonth, []string{"شهر"}, []string{"شهرين", "شهران"}, []string{"أشهر", "شهور", "شهرا", "شهرًا"}},
	{dateUnitYear, []string{"عام", "سنة"}, []string{"عامين", "عامان", "سنتين", "سنتان"}, []string{"أعوام", "عاما", "عامًا", "سنوات", "سنين"}},
}

// dateOneWords may follow a singular unit: قبل عام واحد.
var dateOneWords = []string{"واحد", "واحدة"}

// dateCountTails after a unit make the count vague: عام ونصف.
var dateCountTails = []string{"ونصف", "ونيف", "وبضعة", "وبضع"}

// Directions of counted expressions: منذ and قبل count back, بعد forward.
var (
	dateAgoWords   = []string{"منذ", "قبل", "مذ"}
	dateLaterWords = []string{"بعد"}
	// dateBeforeWords make قبل أمس "the day before yesterday"; منذ أمس is
	// "since yesterday".
	dateBeforeWords = []string{"قبل"}
)

// dateYearCues make the number after them a year: عام 2003, سنة 1435 هـ,
// and the dual عامي 1965 و1966 (its first year).
var dateYearCues = []string{"عام", "العام", "سنة", "السنة", "عامي", "سنتي"}

// dateMonthCues stand before a month name: شهر رمضان.
var dateMonthCues = []string{"شهر"}

// dateCues are the words after which a lone, ambiguous month name is a
// month (في مارس, منذ رمضان, مطلع نيسان). They are not part of the match.
var dateCues = []string{
	"في", "منذ", "مذ", "خلال", "حتى", "قبل", "بعد", "طيلة", "طوال", "أثناء", "اثناء",
	"مطلع", "أوائل", "أواخر", "أواسط", "منتصف", "نهاية", "بداية", "أول", "آخر",
	"غرة", "أيام", "شهر", "إلى", "الى", "من", "بين", "حلول", "قدوم", "انتهاء",
}

// dateAgreeWords may stand between a weekday and its date: الثلاثاء
// الموافق 5 / 8 / 2008.
var dateAgreeWords = []string{"الموافق", "الموافقة", "المصادف"}

// dateLeadWords may stand before a date that ParseDate reads without being
// part of it.
var dateLeadWords = []string{"في", "منذ", "مذ", "خلال", "حتى", "بتاريخ", "تاريخ", "الموافق", "وفي", "ومنذ"}

// Era markers after a year. هـ normalizes to ه.
var (
	dateGregorianEras = []string{"م", "ميلادي", "ميلادية", "للميلاد"}
	dateHijriEras     = []string{"هـ", "ھ", "هجري", "هجرية", "للهجرة", "هجريا", "هجرياً"}
)

// dateDateSeparators sit between the parts of a numeric date.
var dateDateSeparators = []string{"/", "-", "\\", "–"}

// dateAltSeparators sit between two names of one month: تموز/يوليو,
// تموز - يوليو, تموز (يوليو).
var dateAltSeparators = []string{"/", "-", "–", "—", "،", ","}
