# Non-state armed groups, movements and political parties.
#
# Codes: COUNTRY + AGENT (+ the group's own three letters where codes.go has one),
# CAMEO style, checked against the Phoenix MilNonState/Countries dictionaries
# (Open Event Data Alliance, MIT) and the UCDP Actor Dataset 22.1 (Uppsala Conflict
# Data Program, CC BY 4.0) for who fights whom in which country.
#   REB  armed opposition to a government (Houthis, Taliban before 2021, HTS …)
#   UAF  armed groups with no clear government/opposition alignment: militias.
#        Iraq's Popular Mobilization Forces and every one of its factions are IRQUAF
#        (CAMEO's "unaligned armed forces"): they are paid by the state but answer to
#        their own leaders. Hezbollah is LBNUAFHEZ for the same reason.
#   IMG  transnational jihadist organisations: IMGSUNISI (the Islamic State and its
#        provinces), IMGSUNALQ (al-Qaeda) and its branches IMGSUNAQP (Arabian
#        Peninsula), IMGSUNAQM (Islamic Maghreb), IMGSUNAQI (al-Qaeda in Iraq, 2004-06).
#   SEP  separatists (the Southern Transitional Council, Polisario, the BLA).
# `country` is where the group was founded and mainly fights.
# Short forms that are also ordinary words are left out on purpose: فتح (to open),
# الشباب (the youth), أمل (hope), بدر (a name), الحوثي (also the leader's name).
# "القاعدة" is kept (it is how the press names al-Qaeda) although it also means
# "the base": a longer place name (قاعدة حرير, قاعدة عين الأسد) wins over it.

# ================================================================ Iraq and Syria

actor isis
  name Islamic State (ISIS)
  type group
  country IRQ
  wikidata Q2429253
  ar داعش | تنظيم داعش | تنظيم الدولة | تنظيم الدولة الإسلامية | الدولة الإسلامية | الدولة الإسلامية في العراق والشام | الدولة الإسلامية في العراق | دولة العراق الإسلامية | الدولة الإسلامية في العراق وسوريا | عصابات داعش | تنظيم داعش الإرهابي | تنظيم الدولة الإسلامية في العراق والشام | مسلحي داعش | عناصر داعش
  code IMGSUNISI
  test أعلن تنظيم الدولة الإسلامية مسؤوليته عن التفجير => IMGSUNISI
  test هاجم مسلحون من داعش نقطة للجيش في ديالى => IMGSUNISI
  test قال مصدر أمني إن تنظيم الدولة نفذ هجوما على قرية => IMGSUNISI
  test سيطرت الدولة الإسلامية في العراق والشام على الموصل عام 2014 => IMGSUNISI

actor isis-provinces
  name Islamic State provinces (Sinai, West Africa, Khorasan, Libya)
  type group
  country IRQ
  ar ولاية سيناء | أنصار بيت المقدس | ولاية غرب أفريقيا | ولاية خراسان | تنظيم الدولة في خراسان | داعش خراسان | ولاية ليبيا | تنظيم الدولة في ليبيا | ولاية الساحل | تنظيم الدولة في الصحراء الكبرى
  code IMGSUNISI
  test تبنى تنظيم ولاية سيناء الهجوم على كمين للجيش => IMGSUNISI
  test أعلنت ولاية خراسان مسؤوليتها عن تفجير المطار => IMGSUNISI
  test قتل جنود في هجوم لتنظيم ولاية غرب أفريقيا => IMGSUNISI

actor al-qaeda
  name al-Qaeda
  type group
  country AFG
  wikidata Q34490
  ar القاعدة | تنظيم القاعدة | تنظيم القاعدة الإرهابي | شبكة القاعدة | قاعدة الجهاد | عناصر القاعدة
  code IMGSUNALQ
  test أعلن تنظيم القاعدة مسؤوليته عن الهجوم => IMGSUNALQ
  test قتل قيادي في القاعدة بغارة أمريكية => IMGSUNALQ

actor al-qaeda-in-iraq
  name al-Qaeda in Iraq
  type group
  country IRQ
  ar القاعدة في العراق | تنظيم القاعدة في العراق | القاعدة في بلاد الرافدين | تنظيم القاعدة في بلاد الرافدين | جماعة التوحيد والجهاد | التوحيد والجهاد
  code IMGSUNAQI 2004..2006-10-14
  code IMGSUNISI 2006-10-15..
  code IMGSUNAQI
  test تبنى تنظيم القاعدة في بلاد الرافدين تفجير السيارة المفخخة @2005-06-01 => IMGSUNAQI
  test اتهمت الحكومة القاعدة في العراق بالهجوم على السوق @2008-03-01 => IMGSUNISI

actor aqap
  name al-Qaeda in the Arabian Peninsula (AQAP)
  type group
  country YEM
  ar القاعدة في جزيرة العرب | تنظيم القاعدة في جزيرة العرب | تنظيم القاعدة في اليمن | القاعدة في اليمن | أنصار الشريعة في اليمن
  code IMGSUNAQP
  test هاجم مسلحو القاعدة في جزيرة العرب نقطة عسكرية في أبين => IMGSUNAQP
  test أعلن تنظيم القاعدة في اليمن مقتل أحد قادته => IMGSUNAQP

actor aqim
  name al-Qaeda in the Islamic Maghreb (AQIM)
  type group
  country DZA
  ar القاعدة في بلاد المغرب الإسلامي | تنظيم القاعدة في بلاد المغرب الإسلامي | القاعدة في المغرب الإسلامي | الجماعة السلفية للدعوة والقتال
  code IMGSUNAQM
  test خطف تنظيم القاعدة في بلاد المغرب الإسلامي رهائن أجانب => IMGSUNAQM
  test تبنت القاعدة في المغرب الإسلامي الهجوم => IMGSUNAQM

actor jnim
  name Jama'at Nusrat al-Islam wal-Muslimin (JNIM)
  type group
  country MLI
  ar جماعة نصرة الإسلام والمسلمين | نصرة الإسلام والمسلمين
  code IMGSUNALQ
  test هاجمت جماعة نصرة الإسلام والمسلمين معسكرا للجيش في وسط مالي => IMGSUNALQ
  test فرضت نصرة الإسلام والمسلمين حصارا على المدينة => IMGSUNALQ

# ----------------------------------------------- Popular Mobilization and factions

actor pmf
  name Popular Mobilization Forces (al-Hashd al-Shaabi)
  type group
  country IRQ
  ar الحشد الشعبي | قوات الحشد الشعبي | هيئة الحشد الشعبي | فصائل الحشد الشعبي | ألوية الحشد الشعبي | مقاتلي الحشد الشعبي
  code IRQUAF
  test قصفت طائرة مسيرة مقرا للحشد الشعبي في القائم => IRQUAF
  test قالت هيئة الحشد الشعبي إن قواتها صدت هجوما => IRQUAF
  test انتشرت قوات الحشد الشعبي على الحدود مع سوريا => IRQUAF

actor kataib-hezbollah
  name Kata'ib Hezbollah
  type group
  country IRQ
  ar كتائب حزب الله | كتائب حزب الله العراقية | كتائب حزب الله في العراق
  code IRQUAF
  test استهدفت غارة أمريكية مواقع لكتائب حزب الله قرب الحدود => IRQUAF
  test هددت كتائب حزب الله باستهداف القوات الأجنبية => IRQUAF

actor asaib-ahl-al-haq
  name Asa'ib Ahl al-Haq
  type group
  country IRQ
  ar عصائب أهل الحق | العصائب | حركة عصائب أهل الحق
  code IRQUAF
  test طالبت عصائب أهل الحق بانسحاب القوات الأمريكية => IRQUAF
  test اتهمت الحكومة العصائب بالوقوف وراء الهجوم => IRQUAF

actor nujaba
  name Harakat Hezbollah al-Nujaba
  type group
  country IRQ
  ar حركة النجباء | النجباء | حركة حزب الله النجباء | ميليشيا النجباء
  code IRQUAF
  test أعلنت حركة النجباء استهداف قاعدة بطائرة مسيرة => IRQUAF
  test توعدت النجباء بالرد على الغارة => IRQUAF

actor kataib-sayyid-al-shuhada
  name Kata'ib Sayyid al-Shuhada
  type group
  country IRQ
  ar كتائب سيد الشهداء
  code IRQUAF
  test قتل عنصران من كتائب سيد الشهداء في قصف جوي => IRQUAF

actor badr
  name Badr Organization
  type group
  country IRQ
  ar منظمة بدر | فيلق بدر | قوات بدر | كتلة بدر
  code IRQUAF
  test أعلنت منظمة بدر مشاركتها في العملية العسكرية => IRQUAF
  test قاتل فيلق بدر إلى جانب القوات الإيرانية في الثمانينيات => IRQUAF

actor saraya-al-salam
  name Saraya al-Salam (Peace Companies)
  type group
  country IRQ
  ar سرايا السلام
  code IRQUAF
  test انتشرت سرايا السلام في محيط المنطقة الخضراء => IRQUAF
  test اشتبكت سرايا السلام مع فصيل مسلح في البصرة => IRQUAF

actor mahdi-army
  name Mahdi Army (Jaysh al-Mahdi)
  type group
  country IRQ
  ar جيش المهدي | ميليشيا جيش المهدي
  code IRQUAF
  test اشتبك مسلحون من جيش المهدي مع القوات الأمريكية في مدينة الصدر => IRQUAF

actor kataib-imam-ali
  name Kata'ib al-Imam Ali
  type group
  country IRQ
  ar كتائب الإمام علي
  code IRQUAF
  test شاركت كتائب الإمام علي في معارك تحرير الموصل => IRQUAF

actor kataib-jund-al-imam
  name Kata'ib Jund al-Imam
  type group
  country IRQ
  ar كتائب جند الإمام
  code IRQUAF
  test أعلنت كتائب جند الإمام مقتل أحد قادتها => IRQUAF

actor saraya-khorasani
  name Saraya al-Khorasani
  type group
  country IRQ
  ar سرايا الخراساني | سرايا طليعة الخراساني
  code IRQUAF
  test نفت سرايا الخراساني مسؤوليتها عن الهجوم => IRQUAF

actor ansar-allah-al-awfiya
  name Harakat Ansar Allah al-Awfiya
  type group
  country IRQ
  ar أنصار الله الأوفياء | حركة أنصار الله الأوفياء
  code IRQUAF
  test شيعت حركة أنصار الله الأوفياء عددا من مقاتليها => IRQUAF

actor islamic-resistance-iraq
  name Islamic Resistance in Iraq
  type group
  country IRQ
  ar المقاومة الإسلامية في العراق | فصائل المقاومة الإسلامية في العراق | تنسيقية المقاومة العراقية
  code IRQUAF
  test تبنت المقاومة الإسلامية في العراق هجوما بطائرة مسيرة على قاعدة حرير => IRQUAF
  test قالت المقاومة الإسلامية في العراق إنها استهدفت هدفا في إيلات => IRQUAF

actor iraqi-shadow-groups
  name Iran-aligned Iraqi front groups (Ashab al-Kahf, Rab'Allah, Saraya Awliya al-Dam …)
  type group
  country IRQ
  ar أصحاب الكهف | ربع الله | سرايا أولياء الدم | قاصم الجبارين | سرايا ثورة العشرين الثانية
  code IRQUAF
  test تبنت جماعة أصحاب الكهف تفجير عبوة استهدفت رتلا للدعم اللوجستي => IRQUAF
  test أعلنت سرايا أولياء الدم قصف مطار أربيل => IRQUAF
  test اقتحم أنصار ربع الله مقر قناة فضائية => IRQUAF

actor sahwa
  name Sahwa (Awakening) councils / Sons of Iraq
  type group
  country IRQ
  ar الصحوة | مجالس الصحوة | قوات الصحوة | صحوات | أبناء العراق | مجلس صحوة
  code IRQUAF
  test قتل قائد في مجالس الصحوة بانفجار عبوة ناسفة => IRQUAF
  test هاجم مسلحون نقطة تفتيش لقوات الصحوة غرب بغداد => IRQUAF

actor tribal-mobilization
  name Tribal Mobilization Forces (al-Hashd al-Ashairi)
  type group
  country IRQ
  ar الحشد العشائري | حشد العشائر | قوات الحشد العشائري
  code IRQUAF
  test صد مقاتلو الحشد العشائري هجوما في الأنبار => IRQUAF

actor sinjar-resistance-units
  name Sinjar Resistance Units (YBŞ)
  type group
  country IRQ
  ar وحدات مقاومة سنجار | وحدات حماية سنجار
  code IRQUAFYAZ
  test اشتبك الجيش العراقي مع وحدات مقاومة سنجار => IRQUAFYAZ

actor ansar-al-islam
  name Ansar al-Islam
  type group
  country IRQ
  ar أنصار الإسلام | جماعة أنصار الإسلام
  code IRQREB
  test تبنت جماعة أنصار الإسلام الهجوم في كركوك => IRQREB

actor naqshbandi
  name Army of the Men of the Naqshbandi Order
  type group
  country IRQ
  ar جيش رجال الطريقة النقشبندية | الطريقة النقشبندية | النقشبندية
  code IRQREB
  test أعلن جيش رجال الطريقة النقشبندية دعمه للمسلحين => IRQREB

actor islamic-army-iraq
  name Islamic Army in Iraq
  type group
  country IRQ
  ar الجيش الإسلامي في العراق
  code IRQREB
  test تبنى الجيش الإسلامي في العراق خطف المقاول => IRQREB

actor 1920-revolution-brigades
  name 1920 Revolution Brigades
  type group
  country IRQ
  ar كتائب ثورة العشرين
  code IRQREB
  test أعلنت كتائب ثورة العشرين مسؤوليتها عن الهجوم على الدورية => IRQREB

# ---------------------------------------------------------------------- Syria

actor hts
  name Hay'at Tahrir al-Sham (HTS)
  type group
  country SYR
  ar هيئة تحرير الشام | تحرير الشام | جبهة فتح الشام
  code SYRREBHTS ..2024-12-07
  code SYRGOVHTS 2024-12-08..
  code SYRREBHTS
  test سيطرت هيئة تحرير الشام على مواقع جديدة في ريف إدلب @2020-02-01 => SYRREBHTS
  test دخلت فصائل تحرير الشام إلى حلب @2024-11-30 => SYRREBHTS
  test قالت هيئة تحرير الشام إنها ستحمي الأقليات @2024-12-20 => SYRGOVHTS

actor nusra
  name Jabhat al-Nusra
  type group
  country SYR
  ar جبهة النصرة | النصرة | جبهة النصرة لأهل الشام | تنظيم جبهة النصرة
  code SYRREBNUS
  test هاجمت جبهة النصرة مطارا عسكريا في إدلب => SYRREBNUS
  test اشتبكت النصرة مع فصائل أخرى في ريف حلب => SYRREBNUS

actor hurras-al-din
  name Hurras al-Din
  type group
  country SYR
  ar حراس الدين | تنظيم حراس الدين
  code SYRREB
  test قتل قياديان في تنظيم حراس الدين بغارة قرب إدلب => SYRREB

actor sdf
  name Syrian Democratic Forces (SDF)
  type group
  country SYR
  ar قسد | قوات سوريا الديمقراطية | قوات سوريا الديموقراطية | قوات قسد
  code SYRUAFSDF
  test سيطرت قوات سوريا الديمقراطية على بلدة الباغوز => SYRUAFSDF
  test اعتقلت قسد عشرات المشتبه بهم في مخيم الهول => SYRUAFSDF
  test قالت قوات قسد إنها صدت هجوما => SYRUAFSDF

actor ypg
  name People's Protection Units (YPG)
  type group
  country SYR
  ar وحدات حماية الشعب | وحدات حماية الشعب الكردية | وحدات حماية المرأة
  code SYRKURUAFYPG
  test قصفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية => SYRKURUAFYPG
  test تعتبر أنقرة وحدات حماية الشعب امتدادا لحزب العمال => SYRKURUAFYPG

actor fsa
  name Free Syrian Army
  type group
  country SYR
  ar الجيش السوري الحر | الجيش الحر
  code SYRREB
  test أعلن الجيش السوري الحر السيطرة على حاجز للنظام => SYRREB
  test انسحب مقاتلو الجيش الحر من الحي => SYRREB

actor syrian-national-army
  name Syrian National Army (Turkish-backed)
  type group
  country SYR
  ar الجيش الوطني السوري | فصائل الجيش الوطني | الجيش الوطني السوري المعارض
  code SYRREB
  test اشتبك الجيش الوطني السوري مع قسد قرب منبج => SYRREB
  test دخلت فصائل الجيش الوطني مدينة عفرين => SYRREB

actor ahrar-al-sham
  name Ahrar al-Sham
  type group
  country SYR
  ar أحرار الشام | حركة أحرار الشام | حركة أحرار الشام الإسلامية
  code SYRREB
  test اتهمت حركة أحرار الشام الهيئة باعتقال عناصرها => SYRREB

actor jaysh-al-islam
  name Jaysh al-Islam
  type group
  country SYR
  ar جيش الإسلام
  code SYRREB
  test أطلق جيش الإسلام قذائف على أحياء دمشق => SYRREB

actor faylaq-al-sham
  name Faylaq al-Sham
  type group
  country SYR
  ar فيلق الشام
  code SYRREB
  test قتل عشرات من مقاتلي فيلق الشام في غارة روسية => SYRREB

actor jaysh-al-izza
  name Jaysh al-Izza
  type group
  country SYR
  ar جيش العزة
  code SYRREB
  test صد جيش العزة محاولة تقدم في ريف حماة => SYRREB

actor sultan-murad-division
  name Sultan Murad Division / Hamza Division
  type group
  country SYR
  ar فرقة السلطان مراد | فرقة الحمزة | فرقة الحمزات | فرقة سليمان شاه | العمشات
  code SYRREB
  test اتهم تقرير حقوقي فرقة السلطان مراد بالاستيلاء على منازل => SYRREB
  test اشتبكت فرقة الحمزة مع فصيل آخر في الباب => SYRREB

actor military-operations-command
  name Military Operations Command (Syrian opposition, 2024)
  type group
  country SYR
  ar إدارة العمليات العسكرية | غرفة عمليات ردع العدوان | عملية ردع العدوان
  code SYRREB ..2024-12-07
  code SYRGOV 2024-12-08..
  code SYRREB
  test أعلنت إدارة العمليات العسكرية دخول مدينة حماة @2024-12-05 => SYRREB
  test طلبت إدارة العمليات العسكرية من الجنود تسليم أسلحتهم @2024-12-15 => SYRGOV

actor ndf-syria
  name National Defence Forces (Syria)
  type group
  country SYR
  ar قوات الدفاع الوطني | ميليشيا الدفاع الوطني | الشبيحة
  code SYRUAF
  test شاركت قوات الدفاع الوطني في الهجوم على الغوطة => SYRUAF
  test اتهم ناشطون الشبيحة بقتل مدنيين => SYRUAF

actor fatemiyoun
  name Liwa Fatemiyoun
  type group
  country AFG
  ar لواء فاطميون | الفاطميون | ميليشيا فاطميون
  code AFGUAF
  test قتل عناصر من لواء فاطميون في البادية السورية => AFGUAF

actor zainabiyoun
  name Liwa Zainabiyoun
  type group
  country PAK
  ar لواء زينبيون | الزينبيون
  code PAKUAF
  test نعى لواء زينبيون عددا من مقاتليه => PAKUAF

# ============================================================ Lebanon, Palestine

actor hezbollah
  name Hezbollah
  type group
  country LBN
  ar حزب الله | حزب الله اللبناني | المقاومة الإسلامية في لبنان | ميليشيا حزب الله | مقاتلي حزب الله | عناصر حزب الله
  code LBNUAFHEZ
  test أطلق حزب الله صواريخ على مواقع إسرائيلية => LBNUAFHEZ
  test قال حزب الله اللبناني إنه استهدف دبابة => LBNUAFHEZ
  test اغتالت إسرائيل قياديا في حزب الله في الضاحية => LBNUAFHEZ

actor amal
  name Amal Movement
  type party
  country LBN
  ar حركة أمل | أفواج المقاومة اللبنانية
  code LBNPTY
  test دعت حركة أمل أنصارها إلى الهدوء => LBNPTY

actor asbat-al-ansar
  name Asbat al-Ansar
  type group
  country LBN
  ar عصبة الأنصار
  code LBNREB
  test نفت عصبة الأنصار علاقتها بالاشتباكات في المخيم => LBNREB

actor fatah-al-islam
  name Fatah al-Islam
  type group
  country LBN
  ar فتح الإسلام | تنظيم فتح الإسلام
  code LBNREB
  test اشتبك الجيش اللبناني مع مسلحي فتح الإسلام في نهر البارد => LBNREB

actor hamas
  name Hamas
  type group
  country PSE
  ar حماس | حركة حماس | حركة المقاومة الإسلامية | حركة المقاومة الإسلامية حماس | مسلحي حماس | عناصر حماس
  code PSEREBHMS
  test أطلقت حماس صواريخ من قطاع غزة => PSEREBHMS
  test رفضت حركة حماس المقترح الإسرائيلي => PSEREBHMS
  test قال متحدث باسم حركة المقاومة الإسلامية إن الوفد وصل إلى القاهرة => PSEREBHMS

actor qassam-brigades
  name Izz ad-Din al-Qassam Brigades
  type group
  country PSE
  ar كتائب القسام | كتائب عز الدين القسام | كتائب الشهيد عز الدين القسام | القسام
  code PSEREBHMS
  test أعلنت كتائب القسام استهداف دبابة بقذيفة => PSEREBHMS
  test قالت كتائب عز الدين القسام إنها أسرت جنديا => PSEREBHMS

actor islamic-jihad
  name Palestinian Islamic Jihad
  type group
  country PSE
  ar الجهاد الإسلامي | حركة الجهاد الإسلامي | حركة الجهاد الإسلامي في فلسطين | الجهاد الإسلامي الفلسطيني
  code PSEREBPIJ
  test أطلقت حركة الجهاد الإسلامي رشقة صواريخ على عسقلان => PSEREBPIJ
  test اعتقل الجيش قياديا في الجهاد الإسلامي بجنين => PSEREBPIJ

actor saraya-al-quds
  name Al-Quds Brigades (Saraya al-Quds)
  type group
  country PSE
  ar سرايا القدس
  code PSEREBPIJ
  test قالت سرايا القدس إن مقاتليها فجروا عبوة بآلية عسكرية => PSEREBPIJ

actor al-aqsa-martyrs
  name Al-Aqsa Martyrs' Brigades
  type group
  country PSE
  ar كتائب شهداء الأقصى
  code PSEREBFTH
  test تبنت كتائب شهداء الأقصى إطلاق النار على مستوطنة => PSEREBFTH

actor pflp
  name Popular Front for the Liberation of Palestine
  type group
  country PSE
  ar الجبهة الشعبية لتحرير فلسطين | الجبهة الشعبية | كتائب أبو علي مصطفى
  code PSEREB
  test دعت الجبهة الشعبية لتحرير فلسطين إلى إضراب شامل => PSEREB
  test أعلنت كتائب أبو علي مصطفى قصف موقع عسكري => PSEREB

actor dflp
  name Democratic Front for the Liberation of Palestine
  type group
  country PSE
  ar الجبهة الديمقراطية لتحرير فلسطين
  code PSEREB
  test طالبت الجبهة الديمقراطية لتحرير فلسطين بإنهاء الانقسام => PSEREB

actor popular-resistance-committees
  name Popular Resistance Committees
  type group
  country PSE
  ar لجان المقاومة الشعبية | ألوية الناصر صلاح الدين
  code PSEREB
  test أعلنت ألوية الناصر صلاح الدين إطلاق قذائف هاون => PSEREB

actor west-bank-battalions
  name West Bank armed groups (Lions' Den, Jenin Battalion …)
  type group
  country PSE
  ar عرين الأسود | مجموعة عرين الأسود | كتيبة جنين | كتيبة طولكرم | كتيبة نابلس | كتيبة مخيم جنين
  code PSEREB
  test اشتبك مسلحون من عرين الأسود مع قوة إسرائيلية في نابلس => PSEREB
  test أعلنت كتيبة جنين التصدي لاقتحام المخيم => PSEREB

actor plo
  name Palestine Liberation Organization
  type group
  country PSE
  ar منظمة التحرير الفلسطينية | منظمة التحرير | اللجنة التنفيذية لمنظمة التحرير
  code PSEREB ..1993-09-12
  code PSEGOV 1993-09-13..
  code PSEGOV
  test دعت منظمة التحرير الفلسطينية إلى اجتماع للمجلس المركزي @2018-01-10 => PSEGOV
  test شنت منظمة التحرير عمليات من جنوب لبنان @1978-03-01 => PSEREB

# ======================================================================= Yemen

actor houthis
  name Houthis (Ansar Allah)
  type group
  country YEM
  ar الحوثيون | الحوثيين | أنصار الله | جماعة أنصار الله | جماعة الحوثي | جماعة الحوثيين | ميليشيا الحوثي | ميليشيات الحوثي | مليشيا الحوثي | الحركة الحوثية | مسلحي الحوثي | قوات الحوثيين
  code YEMREBHOU
  test أطلق الحوثيون صاروخا باليستيا على مأرب => YEMREBHOU
  test استهدفت جماعة أنصار الله سفينة تجارية في البحر الأحمر => YEMREBHOU
  test قالت جماعة الحوثي إنها أسقطت طائرة مسيرة => YEMREBHOU
  test اشتبكت القوات الحكومية مع ميليشيا الحوثي في تعز => YEMREBHOU

actor stc
  name Southern Transitional Council
  type group
  country YEM
  ar المجلس الانتقالي الجنوبي | الانتقالي الجنوبي | قوات المجلس الانتقالي
  code YEMSEP
  test سيطر المجلس الانتقالي الجنوبي على قصر المعاشيق في عدن => YEMSEP
  test اتهم الانتقالي الجنوبي الحكومة بالفساد => YEMSEP

actor security-belt
  name Security Belt Forces (Yemen)
  type group
  country YEM
  ar الحزام الأمني | قوات الحزام الأمني
  code YEMUAF
  test اعتقلت قوات الحزام الأمني ناشطين في عدن => YEMUAF

actor giants-brigades
  name Giants Brigades (Yemen)
  type group
  country YEM
  ar ألوية العمالقة | قوات العمالقة | ألوية العمالقة الجنوبية
  code YEMUAF
  test تقدمت ألوية العمالقة في مديرية حريب => YEMUAF

actor national-resistance-yemen
  name National Resistance Forces (Tareq Saleh)
  type group
  country YEM
  ar قوات المقاومة الوطنية | حراس الجمهورية
  code YEMUAF
  test أعلنت قوات المقاومة الوطنية ضبط شحنة أسلحة في الساحل الغربي => YEMUAF

# ================================================================ North Africa

actor lna
  name Libyan National Army (Haftar)
  type group
  country LBY
  ar الجيش الوطني الليبي | قوات حفتر | القيادة العامة للقوات المسلحة العربية الليبية | قوات القيادة العامة | الجيش الليبي بقيادة حفتر
  code LBYUAFLNA
  test شن الجيش الوطني الليبي هجوما على طرابلس => LBYUAFLNA
  test انسحبت قوات حفتر من محيط العاصمة => LBYUAFLNA

actor radaa
  name Special Deterrence Force (Rada'a, Libya)
  type group
  country LBY
  ar جهاز الردع | قوة الردع الخاصة | جهاز الردع لمكافحة الإرهاب والجريمة المنظمة
  code LBYUAF
  test اشتبكت قوة الردع الخاصة مع مجموعة مسلحة قرب مطار معيتيقة => LBYUAF

actor ansar-al-sharia-libya
  name Ansar al-Sharia (Libya)
  type group
  country LBY
  ar أنصار الشريعة | أنصار الشريعة في ليبيا | أنصار الشريعة في بنغازي
  code LBYREB
  test اتهمت واشنطن أنصار الشريعة بالهجوم على القنصلية في بنغازي => LBYREB

actor wagner
  name Wagner Group / Africa Corps
  type group
  country RUS
  ar فاغنر | فاغنر الروسية | مجموعة فاغنر | قوات فاغنر | مرتزقة فاغنر | الفيلق الأفريقي
  code RUSUAFWAG
  test تقاتل مجموعة فاغنر إلى جانب الجيش في مالي => RUSUAFWAG
  test قتل عناصر من فاغنر في كمين قرب الحدود => RUSUAFWAG

actor polisario
  name Polisario Front
  type group
  country ESH
  ar البوليساريو | جبهة البوليساريو | الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب
  code ESHSEP
  test اتهمت الرباط جبهة البوليساريو بقصف منطقة المحبس => ESHSEP
  test قالت البوليساريو إنها استهدفت مواقع للجيش => ESHSEP

actor muslim-brotherhood
  name Muslim Brotherhood (Egypt)
  type party
  country EGY
  ar الإخوان المسلمون | الإخوان المسلمين | جماعة الإخوان المسلمين | جماعة الإخوان | الإخوان | حزب الحرية والعدالة | تنظيم الإخوان
  code EGYPTY ..2013-07-02
  code EGYOPP 2013-07-03..
  code EGYOPP
  test فازت جماعة الإخوان المسلمين بأكبر عدد من المقاعد @2012-01-21 => EGYPTY
  test دعت جماعة الإخوان أنصارها إلى التظاهر @2013-08-01 => EGYOPP
  test حذرت الحكومة من عودة الإخوان إلى العمل السياسي @2015-05-05 => EGYOPP

actor hasm
  name Hasm Movement
  type group
  country EGY
  ar حركة حسم | سواعد مصر
  code EGYREB
  test أعلنت حركة حسم مسؤوليتها عن استهداف ضابط شرطة => EGYREB

# ================================================================= Sudan, Horn

actor rsf
  name Rapid Support Forces
  type group
  country SDN
  ar قوات الدعم السريع | الدعم السريع | ميليشيا الدعم السريع | مليشيا الدعم السريع | عناصر الدعم السريع
  code SDNMILRSF ..2023-04-14
  code SDNREBRSF 2023-04-15..
  code SDNREBRSF
  test انتشرت قوات الدعم السريع في شوارع الخرطوم @2019-06-03 => SDNMILRSF
  test قصف الجيش مواقع لقوات الدعم السريع في أم درمان @2023-06-10 => SDNREBRSF
  test سيطرت قوات الدعم السريع على الفاشر @2025-10-27 => SDNREBRSF

actor janjaweed
  name Janjaweed
  type group
  country SDN
  ar الجنجويد | الجنجويد المسلحة | ميليشيات الجنجويد
  code SDNUAF
  test أحرقت ميليشيات الجنجويد قرى في دارفور => SDNUAF
  test اتهم لاجئون الجنجويد بقتل أقاربهم => SDNUAF

actor splm-n
  name SPLM-North
  type group
  country SDN
  ar الحركة الشعبية شمال | الحركة الشعبية لتحرير السودان شمال
  code SDNREB
  test وقعت الحركة الشعبية لتحرير السودان شمال اتفاقا مع الحكومة => SDNREB

actor jem-sudan
  name Justice and Equality Movement
  type group
  country SDN
  ar حركة العدل والمساواة | العدل والمساواة
  code SDNREB
  test هاجمت حركة العدل والمساواة مدينة أم درمان => SDNREB

actor sla-sudan
  name Sudan Liberation Movement/Army
  type group
  country SDN
  ar حركة تحرير السودان | جيش تحرير السودان | حركة جيش تحرير السودان
  code SDNREB
  test اشتبكت حركة تحرير السودان مع القوات الحكومية في جبل مرة => SDNREB

actor al-shabaab
  name al-Shabaab
  type group
  country SOM
  ar حركة الشباب | حركة الشباب المجاهدين | الشباب المجاهدين | الشباب المجاهدون | مسلحي حركة الشباب | حركة الشباب الصومالية
  code SOMREBSHB
  test هاجمت حركة الشباب قاعدة عسكرية في جنوب الصومال => SOMREBSHB
  test تبنت حركة الشباب المجاهدين تفجير الفندق في مقديشو => SOMREBSHB

# ================================================================ West Africa

actor boko-haram
  name Boko Haram
  type group
  country NGA
  ar بوكو حرام | جماعة بوكو حرام | جماعة أهل السنة للدعوة والجهاد
  code NGAREBBOK
  test خطفت جماعة بوكو حرام عشرات التلميذات => NGAREBBOK
  test هاجم مسلحون من بوكو حرام قرية في ولاية بورنو => NGAREBBOK

actor ansar-dine
  name Ansar Dine
  type group
  country MLI
  ar أنصار الدين | جماعة أنصار الدين
  code MLIREB
  test سيطرت جماعة أنصار الدين على تمبكتو => MLIREB

actor mujao
  name MUJAO
  type group
  country MLI
  ar حركة التوحيد والجهاد في غرب أفريقيا | التوحيد والجهاد في غرب أفريقيا
  code MLIREB
  test خطفت حركة التوحيد والجهاد في غرب أفريقيا دبلوماسيين => MLIREB

actor azawad
  name Azawad movements (MNLA, Strategic Framework)
  type group
  country MLI
  ar الحركة الوطنية لتحرير أزواد | تنسيقية حركات أزواد | حركات أزواد | الإطار الاستراتيجي الدائم
  code MLISEP
  test اشتبكت تنسيقية حركات أزواد مع الجيش المالي قرب كيدال => MLISEP

# ======================================================= Afghanistan, Pakistan

actor taliban
  name Taliban
  type group
  country AFG
  ar طالبان | حركة طالبان | حركة طالبان الأفغانية | طالبان الأفغانية | مسلحي طالبان | مقاتلي طالبان | عناصر طالبان | الإمارة الإسلامية
  code AFGREBTAL ..2021-08-14
  code AFGGOVTAL 2021-08-15..
  code AFGREBTAL
  test هاجم مسلحو طالبان مركزا للشرطة في قندهار @2010-05-01 => AFGREBTAL
  test أعلنت حركة طالبان تشكيل حكومة مؤقتة @2021-09-07 => AFGGOVTAL
  test منعت طالبان الفتيات من الدراسة الجامعية @2022-12-20 => AFGGOVTAL

actor haqqani-network
  name Haqqani Network
  type group
  country AFG
  ar شبكة حقاني | جماعة حقاني
  code AFGREB
  test اتهمت واشنطن شبكة حقاني بالهجوم على السفارة => AFGREB

actor ttp
  name Tehrik-i-Taliban Pakistan
  type group
  country PAK
  ar طالبان باكستان | حركة طالبان باكستان | طالبان الباكستانية | حركة طالبان الباكستانية
  code PAKREB
  test تبنت حركة طالبان باكستان الهجوم على مسجد في بيشاور => PAKREB
  test قتل جنود باكستانيون في كمين لطالبان الباكستانية => PAKREB

actor lashkar-e-taiba
  name Lashkar-e-Taiba
  type group
  country PAK
  ar عسكر طيبة | جماعة عسكر طيبة | لشكر طيبة
  code PAKREB
  test اتهمت نيودلهي جماعة عسكر طيبة بتنفيذ هجمات مومباي => PAKREB

actor jaish-e-mohammed
  name Jaish-e-Mohammed
  type group
  country PAK
  ar جيش محمد | جماعة جيش محمد
  code PAKREB
  test أعلنت جماعة جيش محمد مسؤوليتها عن الهجوم في كشمير => PAKREB

actor bla
  name Balochistan Liberation Army
  type group
  country PAK
  ar جيش تحرير بلوشستان | جيش تحرير بلوشستان الانفصالي
  code PAKSEP
  test خطف جيش تحرير بلوشستان قطارا للركاب => PAKSEP

# =========================================================== Iran and Turkey

actor irgc
  name Islamic Revolutionary Guard Corps
  type org
  country IRN
  ar الحرس الثوري | الحرس الثوري الإيراني | حرس الثورة | حرس الثورة الإسلامية | فيلق القدس | قوة القدس | فيلق القدس الإيراني | الباسيج | قوات الباسيج | قوات التعبئة الشعبية
  code IRNMIL
  test أعلن الحرس الثوري الإيراني احتجاز ناقلة نفط => IRNMIL
  test قتل مستشار في فيلق القدس بغارة على دمشق => IRNMIL
  test فرقت قوات الباسيج المتظاهرين في طهران => IRNMIL

actor mek
  name People's Mojahedin Organization of Iran (MEK)
  type group
  country IRN
  ar مجاهدي خلق | منظمة مجاهدي خلق | مجاهدو خلق | منظمة مجاهدي خلق الإيرانية
  code IRNOPP
  test اتهمت طهران منظمة مجاهدي خلق بالتخطيط للاضطرابات => IRNOPP

actor jaish-al-adl
  name Jaish al-Adl
  type group
  country IRN
  ar جيش العدل | جماعة جيش العدل
  code IRNREB
  test هاجمت جماعة جيش العدل مركزا للشرطة في سيستان وبلوشستان => IRNREB

actor iranian-kurdish-groups
  name Iranian Kurdish armed parties (PJAK, KDPI, Komala)
  type group
  country IRN
  ar حزب الحياة الحرة الكردستاني | بيجاك | الحزب الديمقراطي الكردستاني الإيراني | حزب كومله | كومله | الأحزاب الكردية الإيرانية المعارضة
  code IRNKURREB
  test قصف الحرس الثوري مقرات الحزب الديمقراطي الكردستاني الإيراني => IRNKURREB
  test اشتبكت قوات إيرانية مع مسلحي بيجاك => IRNKURREB

actor pkk
  name Kurdistan Workers' Party (PKK)
  type group
  country TUR
  ar حزب العمال الكردستاني | العمال الكردستاني | بي كا كا | منظمة حزب العمال الكردستاني | مسلحي حزب العمال الكردستاني
  code TURKURREBPKK
  test قصفت الطائرات التركية مواقع حزب العمال الكردستاني في جبال قنديل => TURKURREBPKK
  test أعلن حزب العمال الكردستاني وقفا لإطلاق النار => TURKURREBPKK

actor gulen-movement
  name Gülen movement
  type group
  country TUR
  ar حركة غولن | جماعة غولن | منظمة فتح الله غولن | منظمة غولن
  code TUROPP
  test اعتقلت السلطات التركية عشرات المشتبه بانتمائهم إلى حركة غولن => TUROPP

# ================================================================ elsewhere

actor farc
  name FARC
  type group
  country COL
  ar فارك | القوات المسلحة الثورية الكولومبية | حركة فارك
  code COLREB
  test وقعت القوات المسلحة الثورية الكولومبية اتفاق سلام مع الحكومة => COLREB

actor m23
  name M23 (March 23 Movement)
  type group
  country COD
  ar حركة 23 مارس | حركة إم 23 | متمردي إم 23
  code CODREB
  test سيطرت حركة 23 مارس على مدينة غوما => CODREB

actor adf
  name Allied Democratic Forces
  type group
  country COD
  ar القوات الديمقراطية المتحالفة | القوى الديمقراطية المتحالفة
  code CODREB
  test قتل مسلحو القوات الديمقراطية المتحالفة عشرات المدنيين => CODREB

actor lra
  name Lord's Resistance Army
  type group
  country UGA
  ar جيش الرب للمقاومة | جيش الرب
  code UGAREB
  test هاجم جيش الرب للمقاومة قرى في شمال أوغندا => UGAREB

actor abu-sayyaf
  name Abu Sayyaf
  type group
  country PHL
  ar جماعة أبو سياف | أبو سياف
  code PHLREB
  test خطفت جماعة أبو سياف سياحا أجانب => PHLREB

actor saraya-al-ashtar
  name Saraya al-Ashtar
  type group
  country BHR
  ar سرايا الأشتر
  code BHRREB
  test تبنت سرايا الأشتر تفجير عبوة استهدفت دورية للشرطة => BHRREB

actor tuareg-rebels-niger
  name Niger rebel movements (MNJ, FLN)
  type group
  country NER
  ar الحركة النيجرية من أجل العدالة | الجبهة الوطنية للتحرير في النيجر
  code NERREB
  test هاجمت الحركة النيجرية من أجل العدالة موقعا عسكريا => NERREB

# =============================================================== political parties

actor kdp
  name Kurdistan Democratic Party (KDP)
  type party
  country IRQ
  ar الحزب الديمقراطي الكردستاني | الديمقراطي الكردستاني | حزب البارتي | الحزب الديمقراطي الكوردستاني
  code IRQKURPTY
  test فاز الحزب الديمقراطي الكردستاني بأكبر عدد من المقاعد في الإقليم => IRQKURPTY
  test رفض الديمقراطي الكردستاني قرار المحكمة => IRQKURPTY

actor puk
  name Patriotic Union of Kurdistan (PUK)
  type party
  country IRQ
  ar الاتحاد الوطني الكردستاني | الاتحاد الوطني الكوردستاني | حزب الاتحاد الوطني الكردستاني
  code IRQKURPTY
  test اتهم الاتحاد الوطني الكردستاني شريكه بالتفرد بالقرار => IRQKURPTY

actor gorran
  name Gorran (Movement for Change)
  type party
  country IRQ
  ar حركة كوران | حركة التغيير الكردية
  code IRQKURPTY
  test انسحبت حركة كوران من حكومة الإقليم => IRQKURPTY

actor sadrist-movement
  name Sadrist Movement
  type party
  country IRQ
  ar التيار الصدري | الكتلة الصدرية | التيار الوطني الشيعي | أنصار التيار الصدري | سائرون | تحالف سائرون
  code IRQPTY
  test اقتحم أنصار التيار الصدري مبنى البرلمان => IRQPTY
  test قدم نواب الكتلة الصدرية استقالاتهم => IRQPTY

actor dawa-party
  name Islamic Dawa Party
  type party
  country IRQ
  ar حزب الدعوة | حزب الدعوة الإسلامية
  code IRQPTY
  test رشح حزب الدعوة الإسلامية أمينه العام لرئاسة الحكومة => IRQPTY

actor state-of-law
  name State of Law Coalition
  type party
  country IRQ
  ar ائتلاف دولة القانون
  code IRQPTY
  test طالب ائتلاف دولة القانون بتشكيل حكومة أغلبية => IRQPTY

actor coordination-framework
  name Coordination Framework (Iraq)
  type party
  country IRQ
  ar الإطار التنسيقي | قوى الإطار التنسيقي
  code IRQPTY
  test رشح الإطار التنسيقي محمد شياع السوداني لرئاسة الوزراء => IRQPTY
  test اجتمعت قوى الإطار التنسيقي لبحث الموازنة => IRQPTY

actor fatah-alliance
  name Fatah Alliance (Iraq)
  type party
  country IRQ
  ar تحالف الفتح | ائتلاف الفتح | كتلة الفتح
  code IRQPTY
  test حل تحالف الفتح ثانيا في الانتخابات => IRQPTY

actor iraqi-sunni-parties
  name Iraqi Sunni blocs (Taqaddum, Sovereignty, Azm)
  type party
  country IRQ
  ar حزب تقدم | تحالف تقدم | تحالف السيادة | تحالف عزم | ائتلاف الوطنية
  code IRQPTY
  test أعلن حزب تقدم تحالفه مع كتل أخرى => IRQPTY
  test انسحب تحالف السيادة من جلسة البرلمان => IRQPTY

actor fatah
  name Fatah
  type party
  country PSE
  ar حركة فتح | حركة التحرير الوطني الفلسطيني | اللجنة المركزية لحركة فتح | الحركة الفتحاوية
  code PSEPTYFTH
  test اتهمت حركة فتح حماس بعرقلة المصالحة => PSEPTYFTH
  test عقدت اللجنة المركزية لحركة فتح اجتماعا في رام الله => PSEPTYFTH

actor lebanese-forces
  name Lebanese Forces (party)
  type party
  country LBN
  ar القوات اللبنانية | حزب القوات اللبنانية
  code LBNPTY
  test رفض حزب القوات اللبنانية المشاركة في الحكومة => LBNPTY
  test طالبت القوات اللبنانية بانتخاب رئيس للجمهورية => LBNPTY

actor free-patriotic-movement
  name Free Patriotic Movement
  type party
  country LBN
  ar التيار الوطني الحر
  code LBNPTY
  test قاطع التيار الوطني الحر جلسة مجلس الوزراء => LBNPTY

actor future-movement
  name Future Movement
  type party
  country LBN
  ar تيار المستقبل
  code LBNPTY
  test علق تيار المستقبل مشاركته في الانتخابات => LBNPTY

actor pyd
  name Democratic Union Party (PYD)
  type party
  country SYR
  ar حزب الاتحاد الديمقراطي | حزب الاتحاد الديمقراطي الكردي | مجلس سوريا الديمقراطية
  code SYRKURPTY
  test دعا حزب الاتحاد الديمقراطي إلى حوار كردي كردي => SYRKURPTY
  test عقد مجلس سوريا الديمقراطية مؤتمرا في الرقة => SYRKURPTY

actor syrian-national-coalition
  name National Coalition for Syrian Revolutionary and Opposition Forces
  type party
  country SYR
  ar الائتلاف الوطني السوري | الائتلاف السوري المعارض | الائتلاف الوطني لقوى الثورة والمعارضة السورية | هيئة التفاوض السورية
  code SYROPP
  test طالب الائتلاف الوطني السوري بتطبيق القرار 2254 => SYROPP
  test رفضت هيئة التفاوض السورية المشاركة في الاجتماع => SYROPP

actor baath-syria
  name Ba'ath Party
  type party
  country SYR
  ar حزب البعث | حزب البعث العربي الاشتراكي | حزب البعث الحاكم
  code SYRPTY
  test عقد حزب البعث الحاكم مؤتمره في دمشق => SYRPTY

actor akp
  name Justice and Development Party (Turkey)
  type party
  country TUR
  ar حزب العدالة والتنمية التركي | حزب العدالة والتنمية الحاكم في تركيا
  code TURPTY
  test فاز حزب العدالة والتنمية التركي بالانتخابات المحلية في إسطنبول => TURPTY

actor hdp
  name Peoples' Democratic Party (Turkey) / DEM
  type party
  country TUR
  ar حزب الشعوب الديمقراطي | حزب الشعوب الديمقراطي الموالي للأكراد | حزب المساواة وديمقراطية الشعوب
  code TURKURPTY
  test اعتقلت الشرطة رئيسي حزب الشعوب الديمقراطي => TURKURPTY

actor chp
  name Republican People's Party (Turkey)
  type party
  country TUR
  ar حزب الشعب الجمهوري | حزب الشعب الجمهوري المعارض
  code TUROPP
  test نظم حزب الشعب الجمهوري المعارض مسيرة في أنقرة => TUROPP

actor likud
  name Likud
  type party
  country ISR
  ar الليكود | حزب الليكود
  code ISRPTY
  test فاز حزب الليكود بأكبر عدد من مقاعد الكنيست => ISRPTY

actor ennahda
  name Ennahda
  type party
  country TUN
  ar حركة النهضة | حزب النهضة | النهضة التونسية
  code TUNPTY
  test دعت حركة النهضة إلى الإفراج عن قادتها المعتقلين => TUNPTY

actor islah-yemen
  name Al-Islah (Yemen)
  type party
  country YEM
  ar حزب الإصلاح | حزب الإصلاح اليمني | التجمع اليمني للإصلاح
  code YEMPTY
  test اتهم حزب الإصلاح اليمني الانتقالي باعتقال أعضائه => YEMPTY

actor gpc-yemen
  name General People's Congress (Yemen)
  type party
  country YEM
  ar حزب المؤتمر الشعبي العام | المؤتمر الشعبي العام
  code YEMPTY
  test انقسم المؤتمر الشعبي العام بعد مقتل صالح => YEMPTY

actor ndp-egypt
  name National Democratic Party (Egypt)
  type party
  country EGY
  ar الحزب الوطني الديمقراطي | الحزب الوطني الديمقراطي الحاكم | الحزب الوطني الحاكم
  code EGYPTY
  test أحرق محتجون مقر الحزب الوطني الديمقراطي في القاهرة => EGYPTY
