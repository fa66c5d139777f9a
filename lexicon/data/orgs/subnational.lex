# Sub-national governments and their forces, and the rival or de facto governments of
# divided states (Libya, Yemen, Syria, Palestine). Codes: COUNTRY + ethnic group where
# the government is a people's (KUR) + agent: IRQKURGOV the Kurdistan Regional
# Government, IRQKURMIL its Peshmerga, SYRKURGOV the Autonomous Administration of
# North and East Syria. A rival government that controls part of a state and is not
# the recognised one takes REB (Houthi bodies) or OPP (the Syrian opposition's).

actor krg
  name Kurdistan Regional Government (KRG)
  type subnational
  country IRQ
  ar حكومة إقليم كردستان | حكومة كردستان العراق | حكومة الإقليم | حكومة إقليم كوردستان | حكومة كردستان | حكومة إقليم كردستان العراق | رئاسة إقليم كردستان | رئيس إقليم كردستان | رئيس حكومة إقليم كردستان | سلطات إقليم كردستان | حكومة أربيل | وزارة الموارد الطبيعية في إقليم كردستان
  code IRQKURGOV
  test أعلنت حكومة إقليم كردستان استئناف تصدير النفط => IRQKURGOV
  test رفضت حكومة كردستان العراق قرار المحكمة الاتحادية => IRQKURGOV
  test قالت حكومة الإقليم إن رواتب الموظفين تأخرت => IRQKURGOV
  test التقى رئيس إقليم كردستان السفير الأمريكي في أربيل => IRQKURGOV
  test اتهمت بغداد حكومة أربيل بتهريب النفط => IRQKURGOV

actor peshmerga
  name Peshmerga
  type subnational
  country IRQ
  ar البيشمركة | البيشمركه | قوات البيشمركة | وزارة البيشمركة | مقاتلو البيشمركة | مقاتلي البيشمركة | قوات البيشمركة الكردية | البشمركة
  code IRQKURMIL
  test صدت قوات البيشمركة هجوما لداعش جنوب كركوك => IRQKURMIL
  test قتل ثلاثة من مقاتلي البيشمركة في انفجار عبوة => IRQKURMIL
  test أعلنت وزارة البيشمركة توحيد الألوية => IRQKURMIL

actor kurdistan-parliament
  name Kurdistan Region Parliament
  type subnational
  country IRQ
  ar برلمان إقليم كردستان | برلمان كردستان | برلمان الإقليم | برلمان كردستان العراق
  code IRQKURLEG
  test صوت برلمان إقليم كردستان على تمديد ولايته => IRQKURLEG
  test عقد برلمان كردستان جلسته الأولى بعد الانتخابات => IRQKURLEG

actor kurdistan-security
  name Kurdistan Region Security Council and Asayish
  type subnational
  country IRQ
  ar مجلس أمن إقليم كردستان | أسايش إقليم كردستان | أسايش أربيل | أسايش السليمانية | مكافحة الإرهاب في إقليم كردستان
  code IRQKURCOP
  test قال مجلس أمن إقليم كردستان إنه اعتقل خلية إرهابية => IRQKURCOP
  test اعتقلت أسايش السليمانية صحفيا => IRQKURCOP

actor aanes
  name Autonomous Administration of North and East Syria
  type subnational
  country SYR
  ar الإدارة الذاتية | الإدارة الذاتية لشمال وشرق سوريا | الإدارة الذاتية الكردية | الإدارة الذاتية الديمقراطية | الإدارة الذاتية في شمال شرق سوريا
  code SYRKURGOV
  test أعلنت الإدارة الذاتية لشمال وشرق سوريا حظر التجول => SYRKURGOV
  test سلمت الإدارة الذاتية الكردية أطفالا من مخيم الهول إلى بلدانهم => SYRKURGOV

actor aanes-asayish
  name Internal Security Forces of North and East Syria (Asayish)
  type subnational
  country SYR
  ar قوى الأمن الداخلي في شمال وشرق سوريا | أسايش الإدارة الذاتية | الأسايش الكردية
  code SYRKURCOP
  test اعتقلت الأسايش الكردية عناصر من تنظيم الدولة في الحسكة => SYRKURCOP

actor palestinian-authority
  name Palestinian Authority
  type subnational
  country PSE
  ar السلطة الفلسطينية | السلطة الوطنية الفلسطينية | حكومة رام الله | الحكومة الفلسطينية في رام الله | الرئاسة الفلسطينية
  code PSEGOV
  test قررت السلطة الفلسطينية وقف التنسيق الأمني => PSEGOV
  test أدانت الرئاسة الفلسطينية اقتحام المسجد الأقصى => PSEGOV

actor pa-security-forces
  name Palestinian Authority security forces
  type subnational
  country PSE
  ar أجهزة أمن السلطة | أجهزة الأمن الفلسطينية | أجهزة السلطة الأمنية | الأمن الوقائي الفلسطيني | الأمن الوقائي
  code PSECOP
  test اعتقلت أجهزة أمن السلطة ناشطين في نابلس => PSECOP
  test قال جهاز الأمن الوقائي إنه أحبط عملية => PSECOP

actor gaza-government
  name Hamas-run government in Gaza
  type subnational
  country PSE
  ar حكومة غزة | حكومة حماس | حكومة حماس في غزة | السلطات في غزة | المكتب الإعلامي الحكومي في غزة | وزارة الداخلية في غزة | وزارة الصحة في غزة
  code PSEGOV
  test قالت وزارة الصحة في غزة إن عدد القتلى ارتفع => PSEGOV
  test أعلن المكتب الإعلامي الحكومي في غزة تدمير مدارس => PSEGOV

actor gna-libya
  name Government of National Accord / Government of National Unity (Tripoli)
  type subnational
  country LBY
  ar حكومة الوفاق الوطني | حكومة الوفاق | حكومة الوحدة الوطنية الليبية | حكومة الوحدة الوطنية في طرابلس | حكومة طرابلس | المجلس الرئاسي الليبي | قوات حكومة الوفاق | حكومة الدبيبة
  code LBYGOV
  test أعلنت حكومة الوفاق الوطني استعادة مطار طرابلس => LBYGOV
  test رفضت حكومة الوحدة الوطنية الليبية تسليم السلطة => LBYGOV
  test قال المجلس الرئاسي الليبي إنه سيشكل لجنة => LBYGOV

actor eastern-libya-government
  name Eastern Libyan government (House of Representatives-appointed)
  type subnational
  country LBY
  ar الحكومة الليبية المؤقتة | الحكومة المكلفة من مجلس النواب | حكومة الاستقرار الوطني | حكومة بنغازي | حكومة الشرق الليبي | حكومة حماد
  code LBYOPP
  test قالت حكومة الاستقرار الوطني إنها ستنقل مقرها إلى سرت => LBYOPP
  test أغلقت الحكومة المكلفة من مجلس النواب حقول النفط => LBYOPP

actor houthi-authorities
  name Houthi authorities in Sanaa (Supreme Political Council)
  type subnational
  country YEM
  ar المجلس السياسي الأعلى | حكومة صنعاء | حكومة الإنقاذ الوطني | سلطات صنعاء | حكومة الحوثيين | سلطة الأمر الواقع في صنعاء
  code YEMREBHOU
  test أعلن المجلس السياسي الأعلى في صنعاء الحداد => YEMREBHOU
  test اعتقلت سلطات صنعاء موظفين في منظمات دولية => YEMREBHOU

actor yemen-presidential-council
  name Presidential Leadership Council (Yemen)
  type subnational
  country YEM
  ar مجلس القيادة الرئاسي | المجلس الرئاسي اليمني
  code YEMGOV
  test دعا مجلس القيادة الرئاسي إلى توحيد القوات => YEMGOV
  test التقى المجلس الرئاسي اليمني السفير السعودي => YEMGOV

actor syrian-salvation-government
  name Syrian Salvation Government (Idlib)
  type subnational
  country SYR
  ar حكومة الإنقاذ السورية | حكومة الإنقاذ في إدلب
  code SYRREB ..2024-12-07
  code SYRGOV 2024-12-08..2025-03-29
  code SYRREB
  test فرضت حكومة الإنقاذ السورية ضرائب جديدة على التجار @2021-03-01 => SYRREB

actor syrian-interim-government
  name Syrian Interim Government (opposition)
  type subnational
  country SYR
  ar الحكومة السورية المؤقتة | الحكومة المؤقتة التابعة للائتلاف
  code SYROPP
  test أعلنت الحكومة السورية المؤقتة افتتاح معبر جديد => SYROPP
  test رفضت الحكومة السورية المؤقتة نتائج الاجتماع => SYROPP

actor somaliland
  name Somaliland
  type subnational
  country SOM
  ar إقليم أرض الصومال | جمهورية أرض الصومال | حكومة أرض الصومال | سلطات أرض الصومال
  code SOMSEP
  test وقعت حكومة أرض الصومال مذكرة تفاهم مع إثيوبيا بشأن منفذ بحري => SOMSEP
  test أعلنت سلطات أرض الصومال إجراء الانتخابات => SOMSEP

actor puntland
  name Puntland
  type subnational
  country SOM
  ar إقليم بونتلاند | حكومة بونتلاند | سلطات بونتلاند
  code SOMGOV
  test أعلنت حكومة بونتلاند تعليق تعاونها مع الحكومة الفيدرالية => SOMGOV
  test اتهمت سلطات بونتلاند الحكومة الفيدرالية بالتدخل => SOMGOV

actor darfur-regional
  name Darfur Regional Government
  type subnational
  country SDN
  ar حكومة إقليم دارفور | سلطة إقليم دارفور
  code SDNGOV
  test دعت حكومة إقليم دارفور إلى فتح ممرات إنسانية => SDNGOV
  test قالت سلطة إقليم دارفور إن آلاف الأسر نزحت => SDNGOV
