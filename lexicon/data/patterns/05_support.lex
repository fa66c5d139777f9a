# Event patterns, hand-written for marsad (format: lexicon/FORMAT.md).
# Test sentences are written for this file, news-style; none is copied from a corpus.
pattern support-resume-ties
  cameo 050
  verb استأنف يستأنف
  with العلاقات | علاقاتها | علاقاته | الرحلات | العمل في سفارتها | التعاون
  test واستأنفت مصر وتركيا العلاقات الدبلوماسية بعد قطيعة => 050
pattern support-bless
  cameo 051
  verb بارك يبارك
  test وبارك المجلس الرئاسي الاتفاق بين الفصائل => 051
pattern support-signed-passive
  cameo 057
  ar تم توقيع | جرى توقيع | وقع الجانبان | وقع البلدان | وقع الطرفان
  test وتم توقيع اتفاق الشراكة في القاهرة => 057
pattern support-praise
  cameo 051
  verb أشاد يشيد
  test وأشاد وزير الخارجية الأمريكي بجهود الحكومة العراقية => 051
  test يشيد المجتمع الدولي بنجاح الانتخابات => 051
pattern support-praise-noun
  cameo 051
  noun إشادة | إشادات
  test ولقيت الخطوة إشادة واسعة من الأمم المتحدة => 051
pattern support-appreciate
  cameo 051
  verb ثمن يثمن
  with جهود | دور | موقف | مواقف | الدعم | مبادرة | قرار | عاليا
  test وثمنت الحكومة الليبية دور الجزائر في دعم الاستقرار => 051
pattern support-welcome
  cameo 051
  verb رحب يرحب
  test ورحبت الجامعة العربية بالاتفاق بين الطرفين => 051
  test يرحب الاتحاد الأوروبي بإعلان وقف إطلاق النار => 051
pattern support-welcome-noun
  cameo 051
  noun ترحيب
  test وسط ترحيب دولي بالخطوة أعلنت الحكومة الانتخابات => 051
pattern support-endorse
  cameo 051
  verb أيد يؤيد
  test وأيدت روسيا المقترح الصيني => 051
  test يؤيد البرلمان خطة الحكومة => 051
pattern support-endorse-noun
  cameo 051
  noun تأييد
  with قرار | خطة | لخطة | لقرار | مبادرة | موقف | المقترح | الاتفاق | الحكومة
  test وأعلن الحزب تأييده لخطة الإصلاح => 051
pattern support-commend
  cameo 051
  verb أثنى يثني
  with على
  test وأثنى الرئيس على أداء القوات الأمنية => 051
pattern support-congratulate
  cameo 051
  verb هنأ يهنئ
  test وهنأ الرئيس المصري الرئيس المنتخب بفوزه => 051
pattern support-congratulate-ar
  cameo 051
  ar برقية تهنئة | تهانيه | تهانيها | هنأه | هنأها
  test وبعث ملك الأردن برقية تهنئة إلى الرئيس الجديد => 051
pattern support-defend
  cameo 052
  verb دافع يدافع
  with عن
  not عن نفسها | عن نفسه | عن مواقعها | عن مواقعه | عن المدينة | عن البلاد | عن أنفسهم
  test ودافع وزير الخارجية الروسي عن الموقف الإيراني => 052
  test تدافع الصين عن حليفتها في مجلس الأمن => 052
pattern support-rally
  cameo 053
  ar حشد الدعم | حشد التأييد | حشدت الدعم | حشد الدعم الدولي | يحشد الدعم | تحشد الدعم | حشد التأييد الدولي | لحشد الدعم
  test وتسعى السلطة الفلسطينية إلى حشد الدعم الدولي لطلب العضوية => 053
pattern support-recognize
  cameo 054
  verb اعترف يعترف
  with بدولة | دولة | باستقلال | استقلال | بالحكومة | بسيادة | سيادة | بالمجلس | رسميا
  test واعترفت إسبانيا رسميا بدولة فلسطين => 054
  test يعترف البرلمان الأوروبي باستقلال الإقليم => 054
pattern support-recognition-noun
  cameo 054
  noun اعتراف
  with بدولة | دولة | باستقلال | استقلال | بسيادة | سيادة | بالحكومة | الدولي
  test ويأتي اعتراف النرويج بدولة فلسطين ضمن موجة أوروبية => 054
pattern support-relations-restore
  cameo 054
  ar إقامة علاقات دبلوماسية | أقام علاقات دبلوماسية | أقامت علاقات دبلوماسية | استئناف العلاقات الدبلوماسية | استأنفت العلاقات | استأنف العلاقات | إعادة العلاقات | أعادت العلاقات | أعاد العلاقات | إعادة فتح السفارة | أعادت فتح سفارتها | أعاد فتح سفارته
  test وأعلنت السعودية وإيران استئناف العلاقات الدبلوماسية بينهما => 054
  test والإمارات أعادت فتح سفارتها في دمشق => 054
pattern support-normalize
  cameo 050
  verb طبع يطبع
  with العلاقات | علاقاتها | علاقاته | مع
  test وطبعت أربع دول عربية العلاقات مع إسرائيل عام 2020 => 050
pattern support-normalization-noun
  cameo 050
  noun تطبيع
  test وتواصل واشنطن جهودها لدفع مسار التطبيع بين الرياض وتل أبيب => 050
pattern support-apologize
  cameo 055
  verb اعتذر يعتذر
  test واعتذر رئيس الوزراء الكندي للسكان الأصليين => 055
  test تعتذر الحكومة عن الخطأ => 055
pattern support-apology-noun
  cameo 055
  noun اعتذار | اعتذارا
  test وقدمت الشركة اعتذارا رسميا للعملاء => 055
pattern support-forgive
  cameo 056
  verb صفح يصفح
  test وصفح الرئيس عن المعارضين السابقين => 056
pattern support-pardon
  cameo 056
  ar عفا عن | عفت عن | عفوا عاما | عفو عام | عفو رئاسي | عفوا رئاسيا | مرسوم عفو
  test وأصدر الرئيس عفوا عاما عن المحكومين في قضايا سياسية => 056
pattern support-sign
  cameo 057
  verb وقع يوقع
  with اتفاقية | اتفاقا | اتفاق | معاهدة | مذكرة تفاهم | مذكرات تفاهم | اتفاقيات | إعلان | ميثاق | بروتوكول
  not هجوم | انفجار | حادث | اشتباكات | ضحايا | قتلى
  test ووقع العراق والأردن اتفاقية للربط الكهربائي => 057
  test سيوقع الجانبان مذكرة تفاهم في مجال الطاقة => 057
  test ووقعت اشتباكات عنيفة في المدينة => -
pattern support-sign-noun
  cameo 057
  noun توقيع
  with اتفاقية | اتفاق | معاهدة | مذكرة | مذكرات | إعلان | ميثاق
  test وأعقب توقيع اتفاق السلام احتفال في الخرطوم => 057
pattern support-conclude
  cameo 057
  verb أبرم يبرم
  test وأبرمت الحكومة صفقة مع شركة الطاقة الفرنسية => 057
pattern support-ratify
  cameo 057
  verb صادق يصادق
  with على
  test وصادق البرلمان على الاتفاقية الأمنية => 057
pattern support-ratify-noun
  cameo 057
  noun مصادقة
  with على
  test وجاءت مصادقة البرلمان على المعاهدة بعد نقاش طويل => 057
pattern support-back-diplomatic
  cameo 050
  ar دعمه الكامل | دعمها الكامل | دعمه الثابت | دعمها الثابت | وقوفه إلى جانب | وقوفها إلى جانب | وقف إلى جانب | وقفت إلى جانب
  test وأكد الرئيس دعمه الكامل للحكومة الشرعية في اليمن => 050
pattern support-stand-with
  cameo 050
  verb تضامن يتضامن
  with مع
  test وتضامنت دول الخليج مع المملكة في مواجهة الهجمات => 050
