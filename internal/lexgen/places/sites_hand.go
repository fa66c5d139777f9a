package main

// Named sites, written by hand by the marsad authors: bases, airports,
// ports, crossings, straits, camps, contested areas. One line per site:
//
//	ISO3:id:English name:Arabic forms separated by |:lat:lon
//
// Coordinates are approximate. Disputed places carry the country that
// administers them (the Golan: SYR as the UN and Arab news name it;
// Abu Musa: IRN, which holds it, claimed by the UAE); the Strait of
// Hormuz is given to IRN, whose coast it follows. Sites that are
// metonyms for governments (البيت الأبيض، الكرملين) are actors, not
// places, and are left to the actor files.
const handSites = `
IRQ:harir-base:Harir Air Base:قاعدة حرير|قاعدة الحرير|قاعدة حرير الجوية:36.54:44.35
IRQ:ain-al-asad-base:Ain al-Asad Air Base:قاعدة عين الأسد|عين الأسد|قاعدة عين الأسد الجوية:33.80:42.44
IRQ:green-zone:Green Zone:المنطقة الخضراء|المنطقة الدولية:33.30:44.39
IRQ:baghdad-airport:Baghdad International Airport:مطار بغداد الدولي|مطار بغداد:33.26:44.23
IRQ:erbil-airport:Erbil International Airport:مطار أربيل الدولي|مطار أربيل:36.24:43.96
IRQ:basra-airport:Basra International Airport:مطار البصرة الدولي|مطار البصرة:30.55:47.66
IRQ:najaf-airport:Al Najaf International Airport:مطار النجف الدولي|مطار النجف:31.99:44.40
IRQ:sulaymaniyah-airport:Sulaimaniyah International Airport:مطار السليمانية الدولي|مطار السليمانية:35.56:45.32
IRQ:victory-base:Camp Victory:قاعدة فيكتوري|معسكر فيكتوري:33.29:44.25
IRQ:balad-air-base:Balad Air Base:قاعدة بلد الجوية|قاعدة بلد:33.94:44.36
IRQ:camp-taji:Camp Taji:معسكر التاجي|قاعدة التاجي:33.52:44.26
IRQ:mosul-dam:Mosul Dam:سد الموصل:36.63:42.82
IRQ:haditha-dam:Haditha Dam:سد حديثة:34.21:42.36
IRQ:umm-qasr-port:Port of Umm Qasr:ميناء أم قصر:30.03:47.94
IRQ:tahrir-square-baghdad:Tahrir Square (Baghdad):ساحة التحرير:33.33:44.41
IRQ:mount-sinjar:Mount Sinjar:جبل سنجار:36.37:41.70
IRQ:qandil-mountains:Qandil Mountains:جبال قنديل|جبل قنديل:36.40:44.90
SYR:al-tanf-base:Al-Tanf Garrison:قاعدة التنف|التنف:33.50:38.63
SYR:hmeimim-base:Khmeimim Air Base:قاعدة حميميم|حميميم|مطار حميميم:35.41:35.95
SYR:tartus-naval-base:Tartus Naval Base:قاعدة طرطوس البحرية|ميناء طرطوس:34.90:35.87
SYR:damascus-airport:Damascus International Airport:مطار دمشق الدولي|مطار دمشق:33.41:36.52
SYR:aleppo-airport:Aleppo International Airport:مطار حلب الدولي|مطار حلب:36.18:37.22
SYR:mezzeh-air-base:Mezzeh Military Airport:مطار المزة العسكري|مطار المزة:33.48:36.22
SYR:shayrat-air-base:Shayrat Airbase:مطار الشعيرات|قاعدة الشعيرات:34.49:36.91
SYR:t4-air-base:Tiyas Military Airbase:مطار التيفور|قاعدة التيفور|مطار تي فور:34.52:37.63
SYR:qamishli-airport:Qamishli Airport:مطار القامشلي:37.02:41.19
SYR:yarmouk-camp:Yarmouk Camp:مخيم اليرموك:33.47:36.30
SYR:al-hol-camp:Al-Hol Camp:مخيم الهول:36.38:41.15
SYR:rukban-camp:Rukban Camp:مخيم الركبان:33.30:38.70
SYR:sayyida-zaynab:Sayyida Zaynab:منطقة السيدة زينب|مقام السيدة زينب:33.44:36.34
SYR:golan-heights:Golan Heights:الجولان|هضبة الجولان|مرتفعات الجولان|الجولان المحتل|الجولان السوري المحتل:33.00:35.75
SYR:conoco-gas-field:Conoco Gas Field:حقل كونيكو|حقل كونوكو:35.31:40.32
SYR:al-omar-oil-field:Al-Omar Oil Field:حقل العمر النفطي|حقل العمر:34.99:40.56
PSE:gaza-strip:Gaza Strip:قطاع غزة:31.42:34.36
PSE:west-bank:West Bank:الضفة الغربية|الضفة الغربية المحتلة:31.95:35.25
PSE:rafah-crossing:Rafah Border Crossing:معبر رفح|معبر رفح البري:31.25:34.26
PSE:kerem-shalom-crossing:Kerem Shalom Crossing:معبر كرم أبو سالم|كرم أبو سالم|معبر كرم شالوم:31.23:34.28
PSE:erez-crossing:Erez Crossing:معبر بيت حانون|معبر إيرز|معبر إيريز|حاجز إيرز:31.56:34.54
PSE:al-aqsa-mosque:Al-Aqsa Mosque:المسجد الأقصى|الحرم القدسي|الحرم القدسي الشريف|باحات المسجد الأقصى|باحات الأقصى:31.78:35.24
PSE:east-jerusalem:East Jerusalem:القدس الشرقية|القدس الشرقية المحتلة:31.78:35.24
PSE:netzarim-corridor:Netzarim Corridor:محور نتساريم|محور نتزاريم:31.47:34.42
PSE:philadelphi-corridor:Philadelphi Corridor:محور فيلادلفيا|محور صلاح الدين:31.24:34.25
PSE:sheikh-jarrah:Sheikh Jarrah:حي الشيخ جراح:31.79:35.23
PSE:ibrahimi-mosque:Ibrahimi Mosque:الحرم الإبراهيمي|المسجد الإبراهيمي:31.52:35.11
PSE:al-shifa-hospital:Al-Shifa Hospital:مجمع الشفاء الطبي|مستشفى الشفاء:31.52:34.44
JOR:allenby-bridge:Allenby Bridge:جسر الملك حسين|جسر اللنبي|معبر الكرامة:31.87:35.54
JOR:zaatari-camp:Zaatari Camp:مخيم الزعتري:32.29:36.32
JOR:queen-alia-airport:Queen Alia International Airport:مطار الملكة علياء الدولي|مطار الملكة علياء:31.72:35.99
ISR:ben-gurion-airport:Ben Gurion Airport:مطار بن غوريون|مطار بن جوريون:32.01:34.89
ISR:dimona-reactor:Negev Nuclear Research Center:مفاعل ديمونا:31.00:35.15
ISR:nevatim-base:Nevatim Airbase:قاعدة نيفاتيم|قاعدة نيفاتيم الجوية:31.21:35.01
LBN:shebaa-farms:Shebaa Farms:مزارع شبعا|مزارع شبعا المحتلة:33.30:35.72
LBN:dahiyeh:Dahieh:الضاحية الجنوبية|ضاحية بيروت الجنوبية|الضاحية الجنوبية لبيروت:33.85:35.51
LBN:beirut-port:Port of Beirut:مرفأ بيروت|ميناء بيروت:33.90:35.52
LBN:beirut-airport:Beirut–Rafic Hariri International Airport:مطار بيروت الدولي|مطار بيروت|مطار رفيق الحريري الدولي:33.82:35.49
LBN:litani-river:Litani River:نهر الليطاني|الليطاني:33.33:35.25
LBN:blue-line:Blue Line:الخط الأزرق:33.10:35.30
LBN:nahr-al-bared-camp:Nahr al-Bared Camp:مخيم نهر البارد:34.51:35.96
LBN:ain-al-hilweh-camp:Ain al-Hilweh Camp:مخيم عين الحلوة:33.54:35.38
YEM:hodeidah-port:Port of Hodeidah:ميناء الحديدة:14.83:42.93
YEM:ras-isa-port:Ras Isa Port:ميناء رأس عيسى|رأس عيسى:15.15:42.61
YEM:bab-el-mandeb:Bab-el-Mandeb:مضيق باب المندب|باب المندب:12.58:43.33
YEM:sanaa-airport:Sanaa International Airport:مطار صنعاء الدولي|مطار صنعاء:15.48:44.22
YEM:aden-port:Port of Aden:ميناء عدن:12.79:44.98
YEM:al-anad-base:Al Anad Air Base:قاعدة العند|قاعدة العند الجوية:13.18:44.77
IRN:strait-of-hormuz:Strait of Hormuz:مضيق هرمز:26.57:56.25
IRN:fordow-facility:Fordow Fuel Enrichment Plant:فوردو|منشأة فوردو:34.88:50.99
IRN:natanz-facility:Natanz Enrichment Facility:منشأة نطنز|مفاعل نطنز:33.72:51.73
IRN:bushehr-plant:Bushehr Nuclear Power Plant:مفاعل بوشهر|محطة بوشهر النووية:28.83:50.89
IRN:arak-reactor:Arak Heavy Water Reactor:مفاعل آراك|مفاعل أراك:34.37:49.24
IRN:parchin:Parchin Military Complex:بارشين|مجمع بارشين:35.52:51.77
IRN:kharg-island:Kharg Island:جزيرة خرج:29.25:50.31
IRN:abu-musa:Abu Musa:جزيرة أبو موسى:25.87:55.03
IRN:tunb-islands:Greater and Lesser Tunbs:جزر طنب|طنب الكبرى|طنب الصغرى:26.26:55.30
IRN:imam-khomeini-airport:Imam Khomeini International Airport:مطار الإمام الخميني الدولي|مطار الخميني:35.42:51.15
QAT:al-udeid-base:Al Udeid Air Base:قاعدة العديد|قاعدة العديد الجوية:25.12:51.31
ARE:al-dhafra-base:Al Dhafra Air Base:قاعدة الظفرة|قاعدة الظفرة الجوية:24.25:54.55
ARE:jebel-ali-port:Jebel Ali Port:ميناء جبل علي:25.01:55.06
KWT:camp-arifjan:Camp Arifjan:معسكر عريفجان:28.93:48.10
SAU:prince-sultan-base:Prince Sultan Air Base:قاعدة الأمير سلطان الجوية|قاعدة الأمير سلطان:24.06:47.58
SAU:king-abdulaziz-airport:King Abdulaziz International Airport:مطار الملك عبد العزيز الدولي:21.68:39.16
TUR:incirlik-base:Incirlik Air Base:قاعدة إنجرليك|إنجرليك|قاعدة انجرليك:37.00:35.43
DJI:camp-lemonnier:Camp Lemonnier:معسكر ليمونييه|قاعدة ليمونييه:11.55:43.15
EGY:suez-canal:Suez Canal:قناة السويس:30.58:32.27
EGY:sinai:Sinai Peninsula:سيناء|شبه جزيرة سيناء:29.50:33.80
EGY:tahrir-square-cairo:Tahrir Square (Cairo):ميدان التحرير:30.04:31.24
EGY:cairo-airport:Cairo International Airport:مطار القاهرة الدولي|مطار القاهرة:30.12:31.41
UKR:zaporizhzhia-npp:Zaporizhzhia Nuclear Power Plant:محطة زابوريجيا النووية|محطة زابوروجيا النووية:47.51:34.59
CUB:guantanamo:Guantanamo Bay detention camp:معتقل غوانتانامو|غوانتانامو|خليج غوانتانامو:19.90:-75.10
`

func buildSites() []*place {
	var out []*place
	for _, h := range parseHand(handSites, "") {
		// The second field is the id here; parseHand read it as the type.
		out = append(out, &place{id: h.typ, name: h.name, typ: "site", country: h.iso, ar: h.ar, lat: h.lat, lon: h.lon, rank: rankSite})
	}
	return out
}
