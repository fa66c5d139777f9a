package main

// Hand-checked country data: nationality adjectives, extra Arabic forms,
// forms to drop, Wikidata ids. Written by the marsad authors.

// handAdj are nationality adjectives (masculine singular, no ال) checked
// by hand. Countries not listed get an adjective only from the derivation
// rule in deriveAdj, and only when the news vocabulary attests it.
var handAdj = map[string]string{
	"AFG": "أفغاني", "ALB": "ألباني", "DZA": "جزائري", "AGO": "أنغولي",
	"ARG": "أرجنتيني", "ARM": "أرميني", "AUS": "أسترالي", "AUT": "نمساوي",
	"AZE": "أذربيجاني", "BHR": "بحريني", "BGD": "بنغلاديشي", "BLR": "بيلاروسي",
	"BEL": "بلجيكي", "BOL": "بوليفي", "BIH": "بوسني", "BRA": "برازيلي",
	"BGR": "بلغاري", "BFA": "بوركيني", "KHM": "كمبودي", "CMR": "كاميروني",
	"CAN": "كندي", "TCD": "تشادي", "CHN": "صيني", "COL": "كولومبي",
	"CRI": "كوستاريكي", "HRV": "كرواتي", "CUB": "كوبي", "CYP": "قبرصي",
	"CZE": "تشيكي", "DNK": "دنماركي|دانماركي", "DOM": "دومينيكاني", "ECU": "إكوادوري",
	"EGY": "مصري", "SLV": "سلفادوري", "ERI": "إريتري", "EST": "إستوني",
	"ETH": "إثيوبي", "FIN": "فنلندي", "FRA": "فرنسي", "GAB": "غابوني",
	"GMB": "غامبي", "GEO": "جورجي", "DEU": "ألماني", "GHA": "غاني",
	"GRC": "يوناني", "GTM": "غواتيمالي", "GIN": "غيني", "HND": "هندوراسي",
	"HUN": "مجري|هنغاري", "ISL": "آيسلندي", "IND": "هندي", "IDN": "إندونيسي",
	"IRN": "إيراني", "IRQ": "عراقي", "IRL": "أيرلندي", "ISR": "إسرائيلي",
	"ITA": "إيطالي", "CIV": "إيفواري", "JAM": "جامايكي", "JPN": "ياباني",
	"JOR": "أردني", "KAZ": "كازاخستاني", "KEN": "كيني", "KWT": "كويتي",
	"KGZ": "قيرغيزي", "LAO": "لاوسي", "LVA": "لاتفي", "LBN": "لبناني",
	"LBR": "ليبيري", "LBY": "ليبي", "LTU": "ليتواني", "LUX": "لوكسمبورغي",
	"MDG": "مدغشقري", "MYS": "ماليزي", "MDV": "مالديفي", "MLT": "مالطي",
	"MRT": "موريتاني", "MUS": "موريشيوسي", "MEX": "مكسيكي", "MDA": "مولدوفي",
	"MNG": "منغولي", "MAR": "مغربي", "MOZ": "موزمبيقي", "MMR": "ميانماري|بورمي",
	"NAM": "ناميبي", "NPL": "نيبالي", "NLD": "هولندي", "NZL": "نيوزيلندي",
	"NIC": "نيكاراغوي", "NER": "نيجري", "NGA": "نيجيري", "NOR": "نرويجي",
	"OMN": "عماني", "PAK": "باكستاني", "PSE": "فلسطيني", "PAN": "بنمي",
	"PER": "بيروفي", "PHL": "فلبيني", "POL": "بولندي", "PRT": "برتغالي",
	"QAT": "قطري", "ROU": "روماني", "RUS": "روسي", "RWA": "رواندي",
	"SAU": "سعودي", "SEN": "سنغالي", "SRB": "صربي", "SLE": "سيراليوني",
	"SGP": "سنغافوري", "SVK": "سلوفاكي", "SVN": "سلوفيني", "SOM": "صومالي",
	"ESP": "إسباني", "LKA": "سريلانكي", "SDN": "سوداني", "SWE": "سويدي",
	"CHE": "سويسري", "SYR": "سوري", "TWN": "تايواني", "TJK": "طاجيكي|طاجيكستاني",
	"TZA": "تنزاني", "THA": "تايلاندي", "TGO": "توغولي", "TUN": "تونسي",
	"TUR": "تركي", "TKM": "تركمانستاني", "UGA": "أوغندي", "UKR": "أوكراني",
	"ARE": "إماراتي", "GBR": "بريطاني", "USA": "أمريكي|أميركي", "UZB": "أوزبكي|أوزبكستاني",
	"VEN": "فنزويلي", "VNM": "فيتنامي", "YEM": "يمني", "ZMB": "زامبي",
	"COM": "قمري", "ESH": "صحراوي", "XKX": "كوسوفي", "MKD": "مقدوني",
	"BTN": "بوتاني", "AND": "أندوري", "PRI": "بورتوريكي",
	// Two-word adjectives: the lexicon inflects every word alike.
	"KOR": "كوري جنوبي", "PRK": "كوري شمالي", "SSD": "سوداني جنوبي", "ZAF": "جنوب أفريقي|جنوب إفريقي",
}

// handPlural are broken plurals of nationality adjectives, which the
// lexicon cannot make from the singular: جنود أتراك، دبلوماسيون روس.
var handPlural = map[string]string{
	"AFG": "أفغان", "TUR": "أتراك", "RUS": "روس", "DEU": "ألمان", "MAR": "مغاربة", "IND": "هنود",
	"TUN": "توانسة",
}

// noAdj are countries whose adjective would be ambiguous or identical to
// a common word or another country's form: the two Congos share كونغولي,
// غيني is Guinea's only, تركماني is also Iraq's Turkmen minority.
var noAdj = map[string]bool{"COD": true, "COG": true, "GNB": true, "GNQ": true, "PNG": true}

// extraForms are Arabic forms written by hand in addition to the sources'.
var extraForms = map[string]string{
	"USA": "الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا",
	"GBR": "بريطانيا|بريطانيا العظمى",
	"SYR": "سورية",
	"ARE": "دولة الإمارات|دولة الإمارات العربية المتحدة",
	"SAU": "المملكة السعودية",
	"CZE": "تشيكيا",
	"BIH": "البوسنة",
	"MKD": "مقدونيا",
	"COD": "الكونغو الديمقراطية",
	"COG": "الكونغو برازافيل",
	"KOR": "كوريا الجنوبية",
	"PRK": "كوريا الشمالية",
	"XKX": "كوسوفو|جمهورية كوسوفو",
	"MLI": "دولة مالي|شمال مالي|شمالي مالي|وسط مالي",
	"BEN": "دولة بنين",
	"ISR": "دولة إسرائيل",
	"PSE": "فلسطين المحتلة",
	"IRN": "الجمهورية الإسلامية الإيرانية",
	"CHN": "الصين الشعبية",
	"NLD": "هولندا",
	"TUR": "تركيا|الجمهورية التركية",
	"DEU": "ألمانيا الاتحادية",
	"MMR": "ميانمار|بورما",
	"SWZ": "إسواتيني|سوازيلاند",
	"TLS": "تيمور الشرقية",
	"CPV": "الرأس الأخضر",
	"LBY": "ليبيا",
	"YEM": "اليمن",
	"QAT": "دولة قطر",
	"OMN": "سلطنة عمان",
	"KWT": "دولة الكويت",
}

// dropForms are source forms judged wrong or harmful: misspellings, a
// feminine adjective given as a name (صربية), a form that is mainly a
// common word (مالي "financial", بنين "boys").
var dropForms = map[string]bool{
	"جمهورية أففانستان الإسلامية": true, // misspelt
	"صربية":                 true, // the feminine adjective "Serbian"
	"جمهوريّة صربية":        true,
	"المسكيك":               true, // misspelt
	"الجمهوريّة الهلنستيّة": true, // "Hellenistic"
	"مالي":                  true, // also "financial"
	"بنين":                  true, // also "boys"
	"تايوان، محافظة صينيّة": true,
	"جزر الولايات المتحدة":  true, // too vague
	"سيشل":                  true, // the segmenter reads ي+شل: it would match يشل "paralyses"
	"الأراضي الفلسطينية":    false,
}

// wikidata ids of countries (checked by hand; omitted where unsure).
var wikidata = map[string]string{
	"USA": "Q30", "GBR": "Q145", "FRA": "Q142", "DEU": "Q183", "IRQ": "Q796",
	"IRN": "Q794", "SYR": "Q858", "EGY": "Q79", "SAU": "Q851", "ISR": "Q801",
	"TUR": "Q43", "RUS": "Q159", "CHN": "Q148", "JPN": "Q17", "IND": "Q668",
	"LBN": "Q822", "JOR": "Q810", "YEM": "Q805", "LBY": "Q1016", "PSE": "Q219060",
	"KWT": "Q817", "QAT": "Q846", "BHR": "Q398", "ARE": "Q878", "OMN": "Q842",
	"MAR": "Q1028", "DZA": "Q262", "TUN": "Q948", "SDN": "Q1049", "AFG": "Q889",
	"PAK": "Q843", "ITA": "Q38", "ESP": "Q29", "CAN": "Q16", "AUS": "Q408",
	"BRA": "Q155", "MEX": "Q96", "UKR": "Q212", "POL": "Q36", "NLD": "Q55",
	"BEL": "Q31", "SWE": "Q34", "NOR": "Q20", "DNK": "Q35", "FIN": "Q33",
	"GRC": "Q41", "SOM": "Q1045", "ETH": "Q115", "KEN": "Q114", "NGA": "Q1033",
	"ZAF": "Q258", "IDN": "Q252", "MYS": "Q833", "KOR": "Q884", "PRK": "Q423",
	"CHE": "Q39", "AUT": "Q40", "PRT": "Q45", "IRL": "Q27", "MRT": "Q1025",
	"ERI": "Q986", "DJI": "Q977", "TCD": "Q657", "MLI": "Q912", "NER": "Q1032",
	"CYP": "Q229", "AZE": "Q227", "ARM": "Q399", "GEO": "Q230", "KAZ": "Q232",
	"UZB": "Q265", "ARG": "Q414", "VEN": "Q717", "CUB": "Q241", "COL": "Q739",
	"CHL": "Q298", "VNM": "Q881", "THA": "Q869", "PHL": "Q928", "BGD": "Q902",
	"LKA": "Q854", "NPL": "Q837", "MMR": "Q836", "NZL": "Q664", "HUN": "Q28",
	"CZE": "Q213", "ROU": "Q218", "BGR": "Q219", "SRB": "Q403", "HRV": "Q224",
	"BLR": "Q184", "SSD": "Q958", "COM": "Q970", "TJK": "Q863", "TKM": "Q874",
	"KGZ": "Q813", "MNG": "Q711", "SEN": "Q1041", "GHA": "Q117", "CMR": "Q1009",
	"UGA": "Q1036", "TZA": "Q924", "RWA": "Q1037", "ZWE": "Q954", "AGO": "Q916",
	"MOZ": "Q1029", "COD": "Q974", "COG": "Q971", "TWN": "Q865", "LUX": "Q32",
	"ISL": "Q189", "MLT": "Q233", "VAT": "Q237", "PER": "Q419", "BOL": "Q750",
	"ECU": "Q736", "URY": "Q77", "PRY": "Q733", "SVK": "Q214", "SVN": "Q215",
	"EST": "Q191", "LVA": "Q211", "LTU": "Q37", "MDA": "Q217", "ALB": "Q222",
	"MKD": "Q221", "BIH": "Q225", "MNE": "Q236", "XKX": "Q1246", "SGP": "Q334",
	"KHM": "Q424", "LAO": "Q819", "BFA": "Q965", "GIN": "Q1006", "BEN": "Q962",
	"TGO": "Q945", "CIV": "Q1008", "LBR": "Q1014", "SLE": "Q1044", "GMB": "Q1005",
	"GAB": "Q1000", "CAF": "Q929", "ZMB": "Q953", "MWI": "Q1020", "MDG": "Q1019",
	"BWA": "Q963", "NAM": "Q1030", "ESH": "Q6250", "BDI": "Q967", "GNQ": "Q983",
	"GNB": "Q1007", "CPV": "Q1011", "MUS": "Q1027", "SYC": "Q1042", "LSO": "Q1013",
	"SWZ": "Q1050", "STP": "Q1039", "MDV": "Q826", "BTN": "Q917", "BRN": "Q921",
	"TLS": "Q574", "PNG": "Q691", "FJI": "Q712", "HTI": "Q790", "DOM": "Q786",
	"JAM": "Q766", "PAN": "Q804", "CRI": "Q800", "NIC": "Q811", "HND": "Q783",
	"SLV": "Q792", "GTM": "Q774", "BLZ": "Q242", "GUY": "Q734", "SUR": "Q730",
	"TTO": "Q754", "BHS": "Q778", "BRB": "Q244", "MCO": "Q235", "LIE": "Q347",
	"SMR": "Q238", "AND": "Q228", "GRL": "Q223", "HKG": "Q8646", "MAC": "Q14773",
	"PRI": "Q1183",
}
