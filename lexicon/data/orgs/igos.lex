# International organizations, international courts, multinational coalitions and
# international NGOs.
#
# Codes follow the Phoenix/PETRARCH2 international actors dictionary
# (Phoenix.International.actors.txt, Open Event Data Alliance, MIT) where it has one:
# IGOUNO the UN system, IGOUNOKID UNICEF, IGOUNOREFHCR UNHCR, IGOUNOWFP WFP,
# IGOUNOHLHWHO WHO, IGOUNOIAE IAEA, IGOMEAARL Arab League, IGOPGSGCC GCC,
# IGOEUREEC EU, IGOWSTNAT NATO, IGOAFRAFU African Union, IGOMOSOIC OIC,
# IGOBUSOPC OPEC, IGOBUSIMF IMF, IGOUNODEVWBK World Bank, IGOJUDICC ICC,
# IGOUNOJUDICJ ICJ, NGOHLHIRC Red Cross / Red Crescent, NGOHRIAMN Amnesty.
# Names and acronyms were checked against the Correlates of War IGO data (DIGO).
#
# Coalitions. Phoenix has no code for multinational coalition forces. marsad codes
#   IGOMIL     the US-led international coalition (Iraq 2003-2011 "قوات التحالف",
#              and the Global Coalition against ISIS from 2014): IGO + MIL, a
#              multinational military force that is no single state's army;
#   IGOARBMIL  the Saudi-led coalition in Yemen (from 2015): IGO + ARB (Arab states,
#              as Phoenix's IGOARB…) + MIL.
# Bare "التحالف" is left out on purpose: it also names parliamentary alliances
# (تحالف الفتح) and, in Yemen news, the Saudi-led coalition.

# ---------------------------------------------------------------- the United Nations

actor un
  name United Nations
  type igo
  wikidata Q1065
  ar الأمم المتحدة | منظمة الأمم المتحدة | المنظمة الدولية | المنظمة الأممية | هيئة الأمم المتحدة
  code IGOUNO
  test دعت الأمم المتحدة إلى وقف فوري لإطلاق النار => IGOUNO
  test رحبت المنظمة الدولية بنتائج الانتخابات البرلمانية => IGOUNO
  test قال متحدث باسم منظمة الأمم المتحدة إن المساعدات وصلت => IGOUNO

actor un-security-council
  name UN Security Council
  type igo
  wikidata Q37470
  ar مجلس الأمن | مجلس الأمن الدولي | مجلس الأمن التابع للأمم المتحدة | مجلس الأمن الدولي التابع للأمم المتحدة
  code IGOUNO
  test عقد مجلس الأمن الدولي جلسة طارئة لبحث الهجوم => IGOUNO
  test أدان مجلس الأمن القصف الذي استهدف المدنيين => IGOUNO

actor un-general-assembly
  name UN General Assembly
  type igo
  wikidata Q47423
  ar الجمعية العامة | الجمعية العامة للأمم المتحدة
  code IGOUNO
  test صوتت الجمعية العامة للأمم المتحدة لصالح القرار => IGOUNO
  test ألقى الرئيس كلمة أمام الجمعية العامة في نيويورك => IGOUNO

actor un-secretary-general
  name UN Secretary-General
  type igo
  ar الأمين العام للأمم المتحدة | الأمين العام للمنظمة الدولية | أمين عام الأمم المتحدة
  code IGOUNO
  test حث الأمين العام للأمم المتحدة الأطراف على ضبط النفس => IGOUNO
  test دعا أمين عام الأمم المتحدة إلى حماية المدنيين => IGOUNO

actor un-envoy
  name UN special envoy
  type igo
  ar المبعوث الأممي | المبعوث الدولي | المبعوث الخاص للأمم المتحدة | مبعوث الأمم المتحدة | المبعوث الأممي الخاص
  code IGOUNO
  test التقى المبعوث الأممي إلى اليمن وفد الحكومة في الرياض => IGOUNO
  test أعلن مبعوث الأمم المتحدة عن جولة مفاوضات جديدة => IGOUNO

actor un-peacekeepers
  name UN peacekeeping forces
  type igo
  ar قوات حفظ السلام | قوات حفظ السلام الدولية | قوات حفظ السلام الأممية | قوات حفظ السلام التابعة للأمم المتحدة | قوات الأمم المتحدة | القبعات الزرق | جنود حفظ السلام
  code IGOUNO
  test تعرضت دورية لقوات حفظ السلام لإطلاق نار في الجنوب => IGOUNO
  test انتشرت القبعات الزرق على طول خط الهدنة => IGOUNO

actor unicef
  name UNICEF
  type igo
  wikidata Q740308
  ar اليونيسف | يونيسيف | منظمة الأمم المتحدة للطفولة | صندوق الأمم المتحدة للطفولة
  code IGOUNOKID
  test حذرت اليونيسف من تفشي سوء التغذية بين الأطفال => IGOUNOKID
  test قالت منظمة الأمم المتحدة للطفولة إن آلاف الأطفال بحاجة إلى مساعدة => IGOUNOKID

actor unhcr
  name UNHCR
  type igo
  ar مفوضية اللاجئين | المفوضية السامية للأمم المتحدة لشؤون اللاجئين | مفوضية الأمم المتحدة لشؤون اللاجئين | المفوضية السامية لشؤون اللاجئين | مفوضية الأمم المتحدة السامية لشؤون اللاجئين | مفوضية شؤون اللاجئين
  code IGOUNOREFHCR
  test قالت مفوضية اللاجئين إن عدد النازحين تجاوز مليون شخص => IGOUNOREFHCR
  test سجلت مفوضية الأمم المتحدة لشؤون اللاجئين وصول أسر جديدة إلى المخيم => IGOUNOREFHCR

actor wfp
  name World Food Programme
  type igo
  ar برنامج الأغذية العالمي | برنامج الغذاء العالمي | برنامج الأغذية العالمي التابع للأمم المتحدة
  code IGOUNOWFP
  test علق برنامج الأغذية العالمي توزيع المساعدات في المحافظة => IGOUNOWFP
  test أعلن برنامج الغذاء العالمي عن نقص حاد في التمويل => IGOUNOWFP

actor who
  name World Health Organization
  type igo
  wikidata Q7817
  ar منظمة الصحة العالمية
  code IGOUNOHLHWHO
  test حذرت منظمة الصحة العالمية من انتشار الكوليرا => IGOUNOHLHWHO
  test أرسلت منظمة الصحة العالمية شحنة أدوية إلى المستشفيات => IGOUNOHLHWHO

actor iaea
  name International Atomic Energy Agency
  type igo
  ar الوكالة الدولية للطاقة الذرية | وكالة الطاقة الذرية | الوكالة الذرية | مجلس محافظي الوكالة الدولية للطاقة الذرية
  code IGOUNOIAE
  test زار مفتشو الوكالة الدولية للطاقة الذرية المنشأة النووية => IGOUNOIAE
  test انتقدت وكالة الطاقة الذرية قلة التعاون => IGOUNOIAE

actor unami
  name UN Assistance Mission for Iraq (UNAMI)
  type igo
  ar يونامي | بعثة الأمم المتحدة لمساعدة العراق | بعثة الأمم المتحدة في العراق | بعثة يونامي
  code IGOUNO
  test دعت بعثة الأمم المتحدة لمساعدة العراق إلى الحوار بين القوى السياسية => IGOUNO
  test رحبت يونامي بإعلان نتائج الانتخابات => IGOUNO

actor unrwa
  name UNRWA
  type igo
  ar الأونروا | وكالة الأونروا | وكالة غوث وتشغيل اللاجئين الفلسطينيين | وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين
  code IGOUNOREF
  test أغلقت الأونروا مدارسها في المخيم بسبب الاشتباكات => IGOUNOREF
  test قالت وكالة غوث وتشغيل اللاجئين الفلسطينيين إن مخازنها تعرضت للقصف => IGOUNOREF

actor unifil
  name UN Interim Force in Lebanon (UNIFIL)
  type igo
  ar اليونيفيل | قوات اليونيفيل | قوة الأمم المتحدة المؤقتة في لبنان | قوات الطوارئ الدولية في جنوب لبنان
  code IGOUNO
  test سيرت قوات اليونيفيل دوريات قرب الخط الأزرق => IGOUNO
  test أعلنت قوة الأمم المتحدة المؤقتة في لبنان إصابة اثنين من جنودها => IGOUNO

actor undof
  name UN Disengagement Observer Force (UNDOF)
  type igo
  ar أندوف | قوة الأمم المتحدة لمراقبة فض الاشتباك | قوات فض الاشتباك
  code IGOUNO
  test قالت قوة الأمم المتحدة لمراقبة فض الاشتباك إن الوضع في الجولان هادئ => IGOUNO
  test انسحبت قوات فض الاشتباك من أحد مواقعها => IGOUNO

actor unsmil
  name UN Support Mission in Libya (UNSMIL)
  type igo
  ar بعثة الأمم المتحدة للدعم في ليبيا | البعثة الأممية في ليبيا | بعثة الأمم المتحدة في ليبيا | أنسميل
  code IGOUNO
  test دعت بعثة الأمم المتحدة للدعم في ليبيا إلى تثبيت وقف إطلاق النار => IGOUNO
  test رحبت البعثة الأممية في ليبيا باتفاق الطرفين => IGOUNO

actor un-missions-africa
  name UN peacekeeping missions in Africa (MINUSMA, MONUSCO, UNMISS)
  type igo
  ar مينوسما | بعثة الأمم المتحدة في مالي | مونوسكو | بعثة الأمم المتحدة في الكونغو | بعثة الأمم المتحدة في جنوب السودان
  code IGOUNO
  test قتل جنديان من بعثة الأمم المتحدة في مالي في انفجار عبوة => IGOUNO
  test اتهمت الحكومة بعثة مونوسكو بالتقصير => IGOUNO

actor unmha
  name UN Mission to support the Hudaydah Agreement (UNMHA)
  type igo
  ar بعثة الأمم المتحدة لدعم اتفاق الحديدة | بعثة أونمها
  code IGOUNO
  test طالبت بعثة الأمم المتحدة لدعم اتفاق الحديدة بفتح الطرقات => IGOUNO

actor un-human-rights-council
  name UN Human Rights Council
  type igo
  ar مجلس حقوق الإنسان | مجلس حقوق الإنسان التابع للأمم المتحدة | مجلس حقوق الإنسان الأممي
  code IGOUNOHRI
  test تبنى مجلس حقوق الإنسان قرارا بتشكيل لجنة تحقيق => IGOUNOHRI
  test ناقش مجلس حقوق الإنسان التابع للأمم المتحدة أوضاع المعتقلين => IGOUNOHRI

actor ohchr
  name UN High Commissioner for Human Rights (OHCHR)
  type igo
  ar المفوضية السامية لحقوق الإنسان | مفوضية حقوق الإنسان | المفوض السامي لحقوق الإنسان | مفوضية الأمم المتحدة لحقوق الإنسان | المفوض السامي للأمم المتحدة لحقوق الإنسان
  code IGOUNOHRIHCH
  test طالبت المفوضية السامية لحقوق الإنسان بالإفراج عن المحتجين => IGOUNOHRIHCH
  test أعرب المفوض السامي لحقوق الإنسان عن قلقه من أحكام الإعدام => IGOUNOHRIHCH

actor ocha
  name UN Office for the Coordination of Humanitarian Affairs (OCHA)
  type igo
  ar مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية | أوتشا | مكتب تنسيق الشؤون الإنسانية
  code IGOUNO
  test قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن القوافل لم تدخل المدينة => IGOUNO
  test حذر مكتب تنسيق الشؤون الإنسانية من نفاد الوقود => IGOUNO

actor undp
  name UN Development Programme
  type igo
  ar برنامج الأمم المتحدة الإنمائي
  code IGOUNODEV
  test وقع برنامج الأمم المتحدة الإنمائي اتفاقا لإعادة تأهيل المدارس => IGOUNODEV

actor unesco
  name UNESCO
  type igo
  wikidata Q7809
  ar اليونسكو | منظمة الأمم المتحدة للتربية والعلم والثقافة
  code IGOUNODEV
  test أدرجت اليونسكو الموقع الأثري على قائمة التراث العالمي => IGOUNODEV
  test دعت منظمة الأمم المتحدة للتربية والعلم والثقافة إلى حماية الآثار => IGOUNODEV

actor unfpa
  name UN Population Fund
  type igo
  ar صندوق الأمم المتحدة للسكان
  code IGOUNODEV
  test قدم صندوق الأمم المتحدة للسكان مساعدات طبية للنساء النازحات => IGOUNODEV
  test حذر صندوق الأمم المتحدة للسكان من ارتفاع وفيات الأمهات => IGOUNODEV

actor un-women
  name UN Women
  type igo
  ar هيئة الأمم المتحدة للمرأة
  code IGOUNODEV
  test أطلقت هيئة الأمم المتحدة للمرأة برنامجا لدعم النساء في المناطق الريفية => IGOUNODEV

actor fao
  name Food and Agriculture Organization
  type igo
  ar منظمة الأغذية والزراعة | منظمة الفاو | منظمة الأغذية والزراعة للأمم المتحدة
  code IGOUNOAGRFAO
  test حذرت منظمة الأغذية والزراعة من موجة جفاف جديدة => IGOUNOAGRFAO
  test قالت منظمة الفاو إن أسعار القمح ارتفعت => IGOUNOAGRFAO

actor ilo
  name International Labour Organization
  type igo
  ar منظمة العمل الدولية
  code IGOUNOLABILO
  test انتقدت منظمة العمل الدولية ظروف العمال المهاجرين => IGOUNOLABILO
  test قالت منظمة العمل الدولية إن البطالة ارتفعت بين الشباب => IGOUNOLABILO

actor iom
  name International Organization for Migration
  type igo
  ar المنظمة الدولية للهجرة | منظمة الهجرة الدولية
  code IGOUNOREF
  test قالت المنظمة الدولية للهجرة إن مئات المهاجرين غرقوا => IGOUNOREF
  test أعادت منظمة الهجرة الدولية عشرات العالقين إلى بلدانهم => IGOUNOREF

actor iea
  name International Energy Agency
  type igo
  ar وكالة الطاقة الدولية
  code IGOUNOAIE
  test توقعت وكالة الطاقة الدولية تراجع الطلب على النفط => IGOUNOAIE

actor opcw
  name Organisation for the Prohibition of Chemical Weapons
  type igo
  ar منظمة حظر الأسلحة الكيميائية | منظمة حظر الأسلحة الكيماوية
  code IGO
  test أرسلت منظمة حظر الأسلحة الكيميائية فريقا للتحقيق في الهجوم => IGO
  test اتهمت منظمة حظر الأسلحة الكيماوية الحكومة باستخدام غاز الكلور => IGO

actor wto
  name World Trade Organization
  type igo
  ar منظمة التجارة العالمية
  code IGOBUS
  test تقدمت الحكومة بشكوى إلى منظمة التجارة العالمية => IGOBUS
  test انضمت دولة جديدة إلى منظمة التجارة العالمية => IGOBUS

# ------------------------------------------------------------ courts and tribunals

actor icc
  name International Criminal Court
  type igo
  wikidata Q47488
  ar المحكمة الجنائية الدولية | الجنائية الدولية | محكمة الجنايات الدولية
  code IGOJUDICC
  test أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق القائد العسكري => IGOJUDICC
  test رفضت الحكومة التعاون مع الجنائية الدولية => IGOJUDICC

actor icj
  name International Court of Justice
  type igo
  wikidata Q7801
  ar محكمة العدل الدولية | محكمة لاهاي
  code IGOUNOJUDICJ
  test أمرت محكمة العدل الدولية باتخاذ تدابير مؤقتة لحماية المدنيين => IGOUNOJUDICJ
  test رفعت الدولة دعوى أمام محكمة العدل الدولية => IGOUNOJUDICJ

actor special-tribunal-lebanon
  name Special Tribunal for Lebanon
  type igo
  ar المحكمة الخاصة بلبنان | المحكمة الدولية الخاصة بلبنان
  code IGOJUD
  test أصدرت المحكمة الخاصة بلبنان حكمها في قضية اغتيال الحريري => IGOJUD

actor echr
  name European Court of Human Rights
  type igo
  ar المحكمة الأوروبية لحقوق الإنسان
  code IGOEURCOE
  test قضت المحكمة الأوروبية لحقوق الإنسان بتعويض المعتقلين => IGOEURCOE

# --------------------------------------------------------------- Arab and Islamic

actor arab-league
  name Arab League
  type igo
  wikidata Q7172
  ar جامعة الدول العربية | الجامعة العربية | مجلس جامعة الدول العربية | مجلس الجامعة العربية
  code IGOMEAARL
  test دعت جامعة الدول العربية إلى اجتماع طارئ لوزراء الخارجية => IGOMEAARL
  test أدانت الجامعة العربية الاعتداء على السفارة => IGOMEAARL

actor arab-parliament
  name Arab Parliament
  type igo
  ar البرلمان العربي
  code IGOMEAARL
  test طالب البرلمان العربي المجتمع الدولي بالتحرك => IGOMEAARL

actor gcc
  name Gulf Cooperation Council
  type igo
  ar مجلس التعاون الخليجي | مجلس التعاون لدول الخليج العربية | مجلس التعاون الخليجي العربي | دول مجلس التعاون الخليجي | الأمانة العامة لمجلس التعاون
  code IGOPGSGCC
  test عقد مجلس التعاون الخليجي قمته السنوية في الرياض => IGOPGSGCC
  test رحب مجلس التعاون لدول الخليج العربية بالاتفاق => IGOPGSGCC

actor peninsula-shield
  name Peninsula Shield Force
  type igo
  ar قوات درع الجزيرة | درع الجزيرة
  code IGOPGSGCC
  test دخلت قوات درع الجزيرة إلى البحرين => IGOPGSGCC

actor oic
  name Organisation of Islamic Cooperation
  type igo
  ar منظمة التعاون الإسلامي | منظمة المؤتمر الإسلامي
  code IGOMOSOIC
  test أدانت منظمة التعاون الإسلامي حرق نسخة من المصحف => IGOMOSOIC
  test عقدت منظمة المؤتمر الإسلامي اجتماعا استثنائيا => IGOMOSOIC

actor arab-maghreb-union
  name Arab Maghreb Union
  type igo
  ar اتحاد المغرب العربي | الاتحاد المغاربي
  code IGOMEAAMU
  test دعا وزير إلى إحياء اتحاد المغرب العربي => IGOMEAAMU

actor oapec
  name Organization of Arab Petroleum Exporting Countries
  type igo
  ar منظمة الأقطار العربية المصدرة للبترول | أوابك
  code IGOARBBUSAPE
  test قالت منظمة الأقطار العربية المصدرة للبترول إن الصادرات ارتفعت => IGOARBBUSAPE

actor islamic-development-bank
  name Islamic Development Bank
  type igo
  ar البنك الإسلامي للتنمية
  code IGOMOSDEVIDB
  test وقع البنك الإسلامي للتنمية اتفاقية قرض مع الحكومة => IGOMOSDEVIDB

actor arab-monetary-fund
  name Arab Monetary Fund
  type igo
  ar صندوق النقد العربي
  code IGOMEAAMF
  test قدم صندوق النقد العربي قرضا لدعم ميزان المدفوعات => IGOMEAAMF

# ------------------------------------------------------------------- coalitions

actor global-coalition
  name Global Coalition against ISIS (US-led international coalition)
  type igo
  ar التحالف الدولي | التحالف الدولي ضد داعش | التحالف الدولي لمحاربة تنظيم الدولة | التحالف الدولي لمحاربة داعش | التحالف الدولي ضد تنظيم الدولة | قوات التحالف | قوات التحالف الدولي | طيران التحالف الدولي | التحالف الدولي لمكافحة الإرهاب
  code IGOMIL
  test شن التحالف الدولي غارات على مواقع للتنظيم => IGOMIL
  test استهدفت طائرة مسيرة قافلة لقوات التحالف قرب بغداد => IGOMIL
  test قال التحالف الدولي ضد داعش إنه سيواصل دعم القوات العراقية => IGOMIL
  test انسحبت قوات التحالف الدولي من قاعدة عسكرية غرب البلاد => IGOMIL

actor arab-coalition-yemen
  name Saudi-led coalition in Yemen (Coalition to Restore Legitimacy)
  type igo
  ar التحالف العربي | تحالف دعم الشرعية | تحالف دعم الشرعية في اليمن | التحالف بقيادة السعودية | التحالف العربي بقيادة السعودية | قوات التحالف العربي | طيران التحالف العربي | تحالف إعادة الشرعية
  code IGOARBMIL
  test شن طيران التحالف العربي غارات على مواقع في صعدة => IGOARBMIL
  test أعلن تحالف دعم الشرعية اعتراض صاروخ باليستي => IGOARBMIL
  test قال المتحدث باسم التحالف بقيادة السعودية إن العملية مستمرة => IGOARBMIL

actor isaf
  name International Security Assistance Force (ISAF)
  type igo
  ar قوة المساعدة الأمنية الدولية | إيساف | قوات إيساف
  code IGOWSTNAT
  test سلمت قوة المساعدة الأمنية الدولية المسؤولية الأمنية للقوات الأفغانية => IGOWSTNAT
  test قتل جندي من قوات إيساف في انفجار => IGOWSTNAT

# -------------------------------------------------------------- Europe and the West

actor eu
  name European Union
  type igo
  wikidata Q458
  ar الاتحاد الأوروبي | الاتحاد الأوربي | دول الاتحاد الأوروبي
  code IGOEUREEC
  test فرض الاتحاد الأوروبي عقوبات جديدة على شركات نفطية => IGOEUREEC
  test رحب الاتحاد الأوربي بتشكيل الحكومة الجديدة => IGOEUREEC

actor european-commission
  name European Commission
  type igo
  ar المفوضية الأوروبية | المفوضية الأوربية
  code IGOEUREEC
  test أعلنت المفوضية الأوروبية عن حزمة مساعدات إنسانية => IGOEUREEC

actor european-parliament
  name European Parliament
  type igo
  ar البرلمان الأوروبي | البرلمان الأوربي
  code IGOEUREEC
  test صوت البرلمان الأوروبي على قرار يدين القمع => IGOEUREEC

actor european-council
  name European Council / Council of the EU
  type igo
  ar المجلس الأوروبي | مجلس الاتحاد الأوروبي
  code IGOEUREEC
  test اتفق قادة المجلس الأوروبي على تمديد العقوبات => IGOEUREEC

actor european-central-bank
  name European Central Bank
  type igo
  ar البنك المركزي الأوروبي
  code IGOEUREEC
  test رفع البنك المركزي الأوروبي أسعار الفائدة => IGOEUREEC

actor council-of-europe
  name Council of Europe
  type igo
  ar مجلس أوروبا
  code IGOEURCOE
  test انتقد مجلس أوروبا أوضاع السجون => IGOEURCOE

actor osce
  name Organization for Security and Co-operation in Europe
  type igo
  ar منظمة الأمن والتعاون في أوروبا
  code IGO
  test أرسلت منظمة الأمن والتعاون في أوروبا مراقبين للانتخابات => IGO
  test انتقدت منظمة الأمن والتعاون في أوروبا سير الانتخابات => IGO

actor nato
  name NATO
  type igo
  wikidata Q7184
  ar حلف شمال الأطلسي | الناتو | حلف الناتو | حلف الأطلسي | منظمة حلف شمال الأطلسي | قوات الناتو | قوات حلف شمال الأطلسي
  code IGOWSTNAT
  test قال حلف شمال الأطلسي إنه سيعزز وجوده في شرق أوروبا => IGOWSTNAT
  test عقد وزراء دفاع الناتو اجتماعا في بروكسل => IGOWSTNAT
  test قتل مدنيون في غارة لقوات الناتو => IGOWSTNAT

actor nato-mission-iraq
  name NATO Mission Iraq
  type igo
  ar بعثة الناتو في العراق | بعثة حلف شمال الأطلسي في العراق
  code IGOWSTNAT
  test وسعت بعثة الناتو في العراق برامج التدريب => IGOWSTNAT

actor g7
  name Group of Seven
  type igo
  ar مجموعة السبع | مجموعة الدول السبع | مجموعة الدول الصناعية السبع | مجموعة السبع الكبار
  code IGOGOS
  test دعت مجموعة السبع إلى تحديد سقف لأسعار النفط => IGOGOS
  test اجتمع وزراء خارجية مجموعة الدول السبع في اليابان => IGOGOS

actor g20
  name Group of Twenty
  type igo
  wikidata Q19771
  ar مجموعة العشرين | مجموعة الدول العشرين
  code IGOBUS
  test استضافت الرياض قمة مجموعة العشرين => IGOBUS

actor brics
  name BRICS
  type igo
  ar بريكس | مجموعة بريكس
  code IGOBUS
  test انضمت ست دول جديدة إلى مجموعة بريكس => IGOBUS
  test ناقشت قمة بريكس إنشاء عملة مشتركة => IGOBUS

actor quartet
  name Middle East Quartet
  type igo
  ar اللجنة الرباعية الدولية | الرباعية الدولية | اللجنة الرباعية
  code IGO
  test دعت اللجنة الرباعية الدولية إلى استئناف المفاوضات => IGO

# ---------------------------------------------------------------- Africa and Asia

actor african-union
  name African Union
  type igo
  wikidata Q7159
  ar الاتحاد الأفريقي | مجلس السلم والأمن الأفريقي | مفوضية الاتحاد الأفريقي
  code IGOAFRAFU
  test علق الاتحاد الأفريقي عضوية البلاد بعد الانقلاب => IGOAFRAFU
  test دعا الاتحاد الإفريقي إلى حوار بين الأطراف => IGOAFRAFU

actor amisom
  name African Union mission in Somalia (AMISOM / ATMIS)
  type igo
  ar أميصوم | بعثة الاتحاد الأفريقي في الصومال | قوات الاتحاد الأفريقي في الصومال | أتميس
  code IGOAFRAFU
  test هاجم مسلحون قاعدة لبعثة الاتحاد الأفريقي في الصومال => IGOAFRAFU
  test سلمت قوات أميصوم مواقعها للجيش => IGOAFRAFU

actor igad
  name Intergovernmental Authority on Development
  type igo
  ar الهيئة الحكومية للتنمية | إيغاد | منظمة إيغاد
  code IGOEAFDEVIAD
  test دعت الهيئة الحكومية للتنمية إلى قمة طارئة بشأن السودان => IGOEAFDEVIAD
  test عرضت إيغاد الوساطة بين الطرفين => IGOEAFDEVIAD

actor ecowas
  name Economic Community of West African States
  type igo
  ar المجموعة الاقتصادية لدول غرب أفريقيا | إيكواس | مجموعة إيكواس
  code IGOWAFWAS
  test فرضت المجموعة الاقتصادية لدول غرب أفريقيا عقوبات على المجلس العسكري => IGOWAFWAS
  test هددت إيكواس بالتدخل العسكري => IGOWAFWAS

actor asean
  name ASEAN
  type igo
  wikidata Q7768
  ar رابطة دول جنوب شرق آسيا | آسيان | رابطة آسيان
  code IGOSEAASN
  test دعت رابطة دول جنوب شرق آسيا إلى إنهاء العنف => IGOSEAASN

actor sco
  name Shanghai Cooperation Organisation
  type igo
  ar منظمة شنغهاي للتعاون | منظمة شنغهاي
  code IGOCAS
  test انضمت إيران رسميا إلى منظمة شنغهاي للتعاون => IGOCAS

actor cis
  name Commonwealth of Independent States
  type igo
  wikidata Q7779
  ar رابطة الدول المستقلة
  code IGOCASCIS
  test عقدت رابطة الدول المستقلة قمة في موسكو => IGOCASCIS

actor csto
  name Collective Security Treaty Organization
  type igo
  ar منظمة معاهدة الأمن الجماعي
  code IGO
  test أرسلت منظمة معاهدة الأمن الجماعي قوات إلى كازاخستان => IGO
  test اجتمع قادة منظمة معاهدة الأمن الجماعي في موسكو => IGO

actor non-aligned-movement
  name Non-Aligned Movement
  type igo
  ar حركة عدم الانحياز | دول عدم الانحياز
  code IGONON
  test عقدت حركة عدم الانحياز قمتها في باكو => IGONON

actor oas
  name Organization of American States
  type igo
  ar منظمة الدول الأمريكية | منظمة الدول الأميركية
  code IGOOAS
  test دعت منظمة الدول الأمريكية إلى إعادة فرز الأصوات => IGOOAS

# ------------------------------------------------------------- finance and energy

actor imf
  name International Monetary Fund
  type igo
  wikidata Q7804
  ar صندوق النقد الدولي | صندوق النقد
  code IGOBUSIMF
  test توصل صندوق النقد الدولي إلى اتفاق مع الحكومة على قرض جديد => IGOBUSIMF
  test خفض صندوق النقد توقعاته للنمو => IGOBUSIMF

actor world-bank
  name World Bank
  type igo
  wikidata Q7164
  ar البنك الدولي | مجموعة البنك الدولي
  code IGOUNODEVWBK
  test وافق البنك الدولي على تمويل مشروع للكهرباء => IGOUNODEVWBK
  test قالت مجموعة البنك الدولي إن الاقتصاد سينكمش => IGOUNODEVWBK

actor opec
  name OPEC
  type igo
  wikidata Q7795
  ar أوبك | منظمة أوبك | منظمة الدول المصدرة للنفط | منظمة البلدان المصدرة للبترول | أوبك بلس | تحالف أوبك بلس
  code IGOBUSOPC
  test قررت أوبك خفض الإنتاج بمليون برميل يوميا => IGOBUSOPC
  test اتفق تحالف أوبك بلس على تمديد التخفيضات => IGOBUSOPC

# ---------------------------------------------------- police and other bodies

actor interpol
  name Interpol
  type igo
  ar الإنتربول | منظمة الشرطة الجنائية الدولية | الشرطة الدولية
  code IGOCOPITP
  test أصدر الإنتربول نشرة حمراء بحق رجل الأعمال => IGOCOPITP
  test طلبت الحكومة من منظمة الشرطة الجنائية الدولية تسليم المتهم => IGOCOPITP

# ----------------------------------------------------------- international NGOs
# Not IGOs (type org), kept here as the other country-independent organizations.

actor icrc
  name International Committee of the Red Cross
  type org
  wikidata Q71
  ar اللجنة الدولية للصليب الأحمر | الصليب الأحمر | الصليب الأحمر الدولي | لجنة الصليب الأحمر
  code NGOHLHIRC
  test سلمت اللجنة الدولية للصليب الأحمر جثث القتلى إلى ذويهم => NGOHLHIRC
  test زار الصليب الأحمر المعتقلين في السجن المركزي => NGOHLHIRC

actor ifrc
  name Red Crescent (IFRC and national Red Crescent societies)
  type org
  ar الهلال الأحمر | الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر | جمعية الهلال الأحمر
  code NGOHLHIRC
  test نقلت فرق الهلال الأحمر الجرحى إلى المستشفى => NGOHLHIRC
  test وزعت جمعية الهلال الأحمر مواد غذائية على النازحين => NGOHLHIRC

actor amnesty
  name Amnesty International
  type org
  wikidata Q42970
  ar منظمة العفو الدولية | العفو الدولية
  code NGOHRIAMN
  test اتهمت منظمة العفو الدولية قوات الأمن بتعذيب المعتقلين => NGOHRIAMN
  test طالبت العفو الدولية بإجراء تحقيق مستقل => NGOHRIAMN

actor hrw
  name Human Rights Watch
  type org
  ar هيومن رايتس ووتش | منظمة هيومن رايتس ووتش | هيومان رايتس ووتش
  code NGOHRI
  test قالت هيومن رايتس ووتش إن الغارة قد ترقى إلى جريمة حرب => NGOHRI
  test وثقت منظمة هيومن رايتس ووتش حالات اختفاء قسري => NGOHRI

actor msf
  name Doctors Without Borders (MSF)
  type org
  ar أطباء بلا حدود | منظمة أطباء بلا حدود
  code NGOHLHMSF
  test علقت منظمة أطباء بلا حدود عملها في المستشفى بعد قصفه => NGOHLHMSF
  test قالت أطباء بلا حدود إن فرقها عالجت عشرات المصابين => NGOHLHMSF

