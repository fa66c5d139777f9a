# Persons written by hand: the great powers, the UN and the EU, and the leaders of armed groups and
# movements of the region, with the MENA leaders news names most (these replace the generated entries:
# go run ./internal/lexgen/persons reads this file first and skips its people). Facts (names, offices,
# dates) from the authors' knowledge, checked against Wikidata where the shared data carries the person;
# dates given to the month or year where the day is not certain. Test sentences written by the authors.

# United States
actor george-w-bush
  name George W. Bush
  type person
  country USA
  wikidata Q207
  ar جورج دبليو بوش | جورج بوش الابن | بوش الابن | جورج بوش | بوش
  code USAGOV 2001-01-20..2009-01-20 hos
  code USAELI
  test أعلن الرئيس الأمريكي جورج بوش الابن بدء العمليات العسكرية في العراق @2003-03-20 => USAGOV
  test قال جورج دبليو بوش إن الحرب على الإرهاب ستطول @2002-09-11 => USAGOV
  test وقال بوش إن الاستراتيجية الجديدة في العراق تحقق تقدما @2007-09-05 => USAGOV
  test انتقدت المعارضة سياسات إدارة جورج بوش في المنطقة @2008-01-12 => USAGOV
  test افتتح جورج بوش مكتبته الرئاسية في تكساس @2013-04-25 => USAELI

actor barack-obama
  name Barack Obama
  type person
  country USA
  wikidata Q76
  ar باراك أوباما | أوباما | باراك حسين أوباما
  code USAGOV 2009-01-20..2017-01-20 hos
  code USAELI
  test ألقى باراك أوباما خطابا في جامعة القاهرة @2009-06-04 => USAGOV
  test وأكد أوباما أن بلاده لن تسمح لإيران بامتلاك سلاح نووي @2013-09-24 => USAGOV
  test قال أوباما في مذكراته إن قرار الانسحاب كان صعبا @2020-11-17 => USAELI

actor donald-trump
  name Donald Trump
  type person
  country USA
  wikidata Q22686
  ar دونالد ترامب | ترامب | ترمب | دونالد ترمب
  code USAGOV 2017-01-20..2021-01-20 hos
  code USAGOV 2025-01-20.. hos
  code USAELI
  test أعلن دونالد ترامب انسحاب بلاده من الاتفاق النووي مع إيران @2018-05-08 => USAGOV
  test وقال ترمب في تغريدة إن الرسوم الجمركية ستفرض على الواردات @2025-04-02 => USAGOV
  test نظم ترامب تجمعا انتخابيا في ولاية أوهايو @2022-11-07 => USAELI

actor joe-biden
  name Joe Biden
  type person
  country USA
  wikidata Q6279
  ar جو بايدن | بايدن | جوزيف بايدن
  code USAGOV 2009-01-20..2017-01-20 vp
  code USAGOV 2021-01-20..2025-01-20 hos
  code USAELI
  test استقبل جو بايدن رئيس الوزراء العراقي في البيت الأبيض @2021-07-26 => USAGOV
  test أكد بايدن أن القوات الأمريكية ستبقى في المنطقة @2023-10-20 => USAGOV
  test زار نائب الرئيس جو بايدن بغداد والتقى قادة الكتل @2011-12-01 => USAGOV

actor dick-cheney
  name Dick Cheney
  type person
  country USA
  ar ديك تشيني | تشيني
  code USAGOV 2001-01-20..2009-01-20 vp
  code USAELI
  test وصل ديك تشيني إلى القاهرة في زيارة رسمية @2005-01-20 => USAGOV

actor mike-pence
  name Mike Pence
  type person
  country USA
  wikidata Q24313
  ar مايك بنس | بنس
  code USAGOV 2017-01-20..2021-01-20 vp
  code USAELI
  test وصل مايك بنس إلى القاهرة في زيارة رسمية @2019-01-20 => USAGOV

actor kamala-harris
  name Kamala Harris
  type person
  country USA
  wikidata Q10853588
  ar كامالا هاريس | هاريس
  code USAGOV 2021-01-20..2025-01-20 vp
  code USAELI
  test قالت كامالا هاريس إن بلادها تدعم حل الدولتين @2023-12-02 => USAGOV

actor jd-vance
  name JD Vance
  type person
  country USA
  ar جي دي فانس | فانس
  code USAGOV 2025-01-20.. vp
  code USAELI
  test أكد جي دي فانس أهمية تعزيز التعاون بين البلدين @2025-10-10 => USAGOV

actor colin-powell
  name Colin Powell
  type person
  country USA
  ar كولن باول | كولين باول
  code USAGOV 2001-01-20..2005-01-26 fm
  code USAELI
  test عرض كولن باول أمام مجلس الأمن أدلة على أسلحة العراق @2003-02-05 => USAGOV

actor condoleezza-rice
  name Condoleezza Rice
  type person
  country USA
  ar كوندوليزا رايس | رايس
  code USAGOV 2001-01-20..2005-01-25
  code USAGOV 2005-01-26..2009-01-20 fm
  code USAELI
  test وصلت كوندوليزا رايس إلى رام الله في جولة جديدة @2007-10-15 => USAGOV

actor hillary-clinton
  name Hillary Clinton
  type person
  country USA
  wikidata Q6294
  ar هيلاري كلينتون | هيلاري | هيلاري رودهام كلينتون | كلينتون
  code USAGOV 2009-01-21..2013-02-01 fm
  code USAELI
  test التقت هيلاري كلينتون نظيرها المصري في القاهرة @2012-07-14 => USAGOV
  test وقالت كلينتون إن واشنطن تدعم الانتقال الديمقراطي @2011-03-15 => USAGOV
  test خسرت هيلاري كلينتون الانتخابات الرئاسية أمام ترامب @2016-11-09 => USAELI

actor john-kerry
  name John Kerry
  type person
  country USA
  wikidata Q22316
  ar جون كيري | كيري
  code USAGOV 2013-02-01..2017-01-20 fm
  code USAELI
  test أجرى جون كيري محادثات مع نظيره الروسي في جنيف بشأن سوريا @2013-09-13 => USAGOV
  test وقال كيري إن الاتفاق النووي يجعل العالم أكثر أمانا @2015-07-14 => USAGOV

actor rex-tillerson
  name Rex Tillerson
  type person
  country USA
  ar ريكس تيلرسون | تيلرسون
  code USAGOV 2017-02-01..2018-03-31 fm
  code USAELI
  test أكد ريكس تيلرسون أهمية تعزيز التعاون بين البلدين @2017-08-31 => USAGOV

actor mike-pompeo
  name Mike Pompeo
  type person
  country USA
  ar مايك بومبيو | بومبيو
  code USAGOV 2017-01-23..2018-04-26
  code USAGOV 2018-04-26..2021-01-20 fm
  code USAELI
  test هدد مايك بومبيو بإغلاق السفارة الأمريكية في بغداد @2020-09-27 => USAGOV
  test انتقد بومبيو في كتابه سياسة الإدارة الحالية @2023-01-24 => USAELI

actor antony-blinken
  name Antony Blinken
  type person
  country USA
  wikidata Q4773822
  ar أنتوني بلينكن | انتوني بلينكن | بلينكن
  code USAGOV 2021-01-26..2025-01-20 fm
  code USAELI
  test التقى أنتوني بلينكن نظيره العراقي فؤاد حسين في واشنطن @2021-07-23 => USAGOV
  test وصل بلينكن إلى الدوحة في جولة إقليمية جديدة @2024-02-06 => USAGOV
  test قال انتوني بلينكن إن وقف إطلاق النار في غزة ما زال ممكنا @2024-08-19 => USAGOV

actor marco-rubio
  name Marco Rubio
  type person
  country USA
  wikidata Q324546
  ar ماركو روبيو | روبيو
  code USAGOV 2025-01-21.. fm
  code USAELI
  test بحث ماركو روبيو مع نظيره السعودي الأوضاع في سوريا @2025-02-18 => USAGOV

actor donald-rumsfeld
  name Donald Rumsfeld
  type person
  country USA
  ar دونالد رامسفيلد | رامسفيلد
  code USAGOV 2001-01-20..2006-12-18 dm
  code USAELI
  test قال دونالد رامسفيلد في مؤتمر صحفي إن المحادثات كانت بناءة @2004-01-04 => USAGOV

actor robert-gates
  name Robert Gates
  type person
  country USA
  ar روبرت غيتس | روبرت جيتس
  code USAGOV 2006-12-18..2011-06-30 dm
  code USAELI
  test دعا روبرت غيتس إلى وقف التصعيد في المنطقة @2009-03-24 => USAGOV

actor leon-panetta
  name Leon Panetta
  type person
  country USA
  ar ليون بانيتا | بانيتا
  code USAGOV 2011-07-01..2013-02-26 dm
  code USAELI
  test التقى ليون بانيتا نظيره الإيطالي على هامش القمة @2012-04-29 => USAGOV

actor chuck-hagel
  name Chuck Hagel
  type person
  country USA
  ar تشاك هاغل | تشاك هيغل
  code USAGOV 2013-02-27..2015-02-17 dm
  code USAELI
  test قال تشاك هاغل في مؤتمر صحفي إن المحادثات كانت بناءة @2014-02-22 => USAGOV

actor ash-carter
  name Ash Carter
  type person
  country USA
  ar آشتون كارتر | آش كارتر
  code USAGOV 2015-02-17..2017-01-20 dm
  code USAELI
  test دعا آشتون كارتر إلى وقف التصعيد في المنطقة @2016-02-03 => USAGOV

actor jim-mattis
  name Jim Mattis
  type person
  country USA
  ar جيم ماتيس | جيمس ماتيس | ماتيس
  code USAGOV 2017-01-20..2019-01-01 dm
  code USAELI
  test قال جيم ماتيس في مؤتمر صحفي إن المحادثات كانت بناءة @2018-01-10 => USAGOV

actor mark-esper
  name Mark Esper
  type person
  country USA
  ar مارك إسبر | إسبر
  code USAGOV 2019-07-23..2020-11-09 dm
  code USAELI
  test أكد مارك إسبر أهمية تعزيز التعاون بين البلدين @2020-03-16 => USAGOV

actor lloyd-austin
  name Lloyd Austin
  type person
  country USA
  ar لويد أوستن | لويد أوستين
  code USAGOV 2021-01-22..2025-01-20 dm
  code USAELI
  test أجرى لويد أوستن اتصالا هاتفيا مع نظيره الإسرائيلي @2023-10-09 => USAGOV

actor pete-hegseth
  name Pete Hegseth
  type person
  country USA
  ar بيت هيغسيث | هيغسيث | هيجسيث
  code USAGOV 2025-01-25.. dm
  code USAELI
  test أكد بيت هيغسيث أهمية تعزيز التعاون بين البلدين @2025-10-12 => USAGOV

actor jake-sullivan
  name Jake Sullivan
  type person
  country USA
  ar جيك سوليفان | سوليفان
  code USAGOV 2021-01-20..2025-01-20
  code USAELI
  test وصل جيك سوليفان إلى القاهرة في زيارة رسمية @2023-01-20 => USAGOV

actor john-bolton
  name John Bolton
  type person
  country USA
  ar جون بولتون | بولتون
  code USAGOV 2018-04-09..2019-09-10
  code USAELI
  test وصل جون بولتون إلى القاهرة في زيارة رسمية @2018-12-24 => USAGOV

actor steve-witkoff
  name Steve Witkoff
  type person
  country USA
  ar ستيف ويتكوف | ويتكوف
  code USAGOV 2025-01-20.. env
  code USAELI
  test التقى ستيف ويتكوف الوفد الإيراني في مسقط @2025-04-12 => USAGOV

actor brett-mcgurk
  name Brett McGurk
  type person
  country USA
  ar بريت ماكغورك | ماكغورك
  code USAGOV 2015-10-23..2018-12-31 env
  code USAGOV 2021-01-20..2025-01-20
  code USAELI
  test بحث بريت ماكغورك مع السفير الياباني العلاقات الثنائية @2023-01-20 => USAGOV

actor amos-hochstein
  name Amos Hochstein
  type person
  country USA
  ar آموس هوكشتاين | هوكشتاين
  code USAGOV 2021-08..2025-01-20 env
  code USAELI
  test وصل آموس هوكشتاين إلى القاهرة في زيارة رسمية @2023-04-27 => USAGOV

# Russia
actor vladimir-putin
  name Vladimir Putin
  type person
  country RUS
  wikidata Q7747
  ar فلاديمير بوتين | بوتين
  code RUSGOV 2000-05-07..2008-05-07 hos
  code RUSGOV 2008-05-08..2012-05-07 hog
  code RUSGOV 2012-05-07.. hos
  code RUSELI
  test استقبل فلاديمير بوتين الرئيس السوري في الكرملين @2015-10-20 => RUSGOV
  test وقال بوتين إن العملية العسكرية ستستمر حتى تحقيق أهدافها @2022-09-21 => RUSGOV

actor dmitry-medvedev
  name Dmitry Medvedev
  type person
  country RUS
  ar دميتري ميدفيديف | ديمتري مدفيديف | ميدفيديف
  code RUSGOV 2008-05-07..2012-05-07 hos
  code RUSGOV 2012-05-08..2020-01-16 hog
  code RUSELI
  test التقى دميتري ميدفيديف نظيره الإيطالي على هامش القمة @2016-03-12 => RUSGOV

actor sergey-lavrov
  name Sergey Lavrov
  type person
  country RUS
  ar سيرغي لافروف | سيرجي لافروف | لافروف
  code RUSGOV 2004-03-09.. fm
  code RUSELI
  test التقى سيرغي لافروف نظيره السعودي في موسكو @2021-01-14 => RUSGOV
  test وأكد لافروف أن بلاده مستعدة للحوار مع واشنطن @2024-03-01 => RUSGOV

actor sergei-shoigu
  name Sergei Shoigu
  type person
  country RUS
  ar سيرغي شويغو | شويغو
  code RUSGOV 2012-11-06..2024-05-12 dm
  code RUSELI
  test أكد سيرغي شويغو أهمية تعزيز التعاون بين البلدين @2018-08-09 => RUSGOV

actor andrei-belousov
  name Andrei Belousov
  type person
  country RUS
  ar أندريه بيلوسوف | بيلوسوف
  code RUSGOV 2024-05-14.. dm
  code RUSELI
  test التقى أندريه بيلوسوف نظيره الإيطالي على هامش القمة @2025-06-06 => RUSGOV

actor mikhail-bogdanov
  name Mikhail Bogdanov
  type person
  country RUS
  ar ميخائيل بوغدانوف | بوغدانوف
  code RUSGOV 2011-06..2025 env
  code RUSELI
  test أكد ميخائيل بوغدانوف أهمية تعزيز التعاون بين البلدين @2018-09-15 => RUSGOV

# China
actor hu-jintao
  name Hu Jintao
  type person
  country CHN
  ar هو جينتاو | هو جين تاو
  code CHNGOV 2003-03-15..2013-03-14 hos
  code CHNELI
  test بحث هو جينتاو مع السفير الياباني العلاقات الثنائية @2008-03-14 => CHNGOV

actor xi-jinping
  name Xi Jinping
  type person
  country CHN
  wikidata Q15031
  ar شي جين بينغ | شي جينبينغ
  code CHNGOV 2013-03-14.. hos
  code CHNELI
  test استقبل شي جين بينغ ولي العهد السعودي في بكين @2019-02-22 => CHNGOV
  test قال شي جينبينغ إن الصين تدعم قيام دولة فلسطينية مستقلة @2024-05-30 => CHNGOV

actor wang-yi
  name Wang Yi
  type person
  country CHN
  ar وانغ يي | وانج يي
  code CHNGOV 2013-03-16..2022-12-30 fm
  code CHNGOV 2023-07-25.. fm
  code CHNELI
  test أجرى وانغ يي مباحثات مع نظيره الإيراني في بكين @2024-01-14 => CHNGOV

actor qin-gang
  name Qin Gang
  type person
  country CHN
  ar تشين قانغ | تشين غانغ
  code CHNGOV 2022-12-30..2023-07-25 fm
  code CHNELI
  test بحث تشين قانغ مع السفير الياباني العلاقات الثنائية @2023-04-12 => CHNGOV

actor li-keqiang
  name Li Keqiang
  type person
  country CHN
  ar كه تشيانغ
  code CHNGOV 2013-03-15..2023-03-11 hog
  code CHNELI
  test وصل كه تشيانغ إلى القاهرة في زيارة رسمية @2018-03-13 => CHNGOV

# United Kingdom
actor tony-blair
  name Tony Blair
  type person
  country GBR
  wikidata Q9545
  ar توني بلير | بلير
  code GBRGOV 1997-05-02..2007-06-27 hog
  code IGOUNO 2007-06-27..2015-05-27 env
  code GBRELI
  test دافع توني بلير عن قرار المشاركة في غزو العراق @2003-03-18 => GBRGOV

actor gordon-brown
  name Gordon Brown
  type person
  country GBR
  wikidata Q10648
  ar غوردون براون | جوردون براون
  code GBRGOV 2007-06-27..2010-05-11 hog
  code GBRELI
  test التقى غوردون براون نظيره الإيطالي على هامش القمة @2008-12-02 => GBRGOV

actor david-cameron
  name David Cameron
  type person
  country GBR
  wikidata Q192
  ar ديفيد كاميرون | كاميرون
  code GBRGOV 2010-05-11..2016-07-13 hog
  code GBRGOV 2023-11-13..2024-07-05 fm
  code GBRELI
  test قال ديفيد كاميرون إن بلاده ستشارك في الضربات الجوية ضد داعش @2015-12-02 => GBRGOV

actor theresa-may
  name Theresa May
  type person
  country GBR
  wikidata Q264766
  ar تيريزا ماي
  code GBRGOV 2016-07-13..2019-07-24 hog
  code GBRELI
  test التقى تيريزا ماي نظيره الإيطالي على هامش القمة @2018-01-17 => GBRGOV

actor boris-johnson
  name Boris Johnson
  type person
  country GBR
  wikidata Q180589
  ar بوريس جونسون | جونسون
  code GBRGOV 2016-07-13..2018-07-09 fm
  code GBRGOV 2019-07-24..2022-09-06 hog
  code GBRELI
  test أعلن بوريس جونسون فرض عقوبات جديدة على موسكو @2022-02-24 => GBRGOV

actor liz-truss
  name Liz Truss
  type person
  country GBR
  ar ليز تراس | تراس
  code GBRGOV 2021-09-15..2022-09-06 fm
  code GBRGOV 2022-09-06..2022-10-25 hog
  code GBRELI
  test وصل ليز تراس إلى القاهرة في زيارة رسمية @2022-09-30 => GBRGOV

actor rishi-sunak
  name Rishi Sunak
  type person
  country GBR
  ar ريشي سوناك | سوناك
  code GBRGOV 2022-10-25..2024-07-05 hog
  code GBRELI
  test بحث ريشي سوناك مع السفير الياباني العلاقات الثنائية @2023-08-30 => GBRGOV

actor keir-starmer
  name Keir Starmer
  type person
  country GBR
  ar كير ستارمر | ستارمر
  code GBRGOV 2024-07-05.. hog
  code GBRELI
  test أعلن كير ستارمر اعتراف بلاده بدولة فلسطين @2025-09-21 => GBRGOV

actor james-cleverly
  name James Cleverly
  type person
  country GBR
  ar جيمس كليفرلي | كليفرلي
  code GBRGOV 2022-09-06..2023-11-13 fm
  code GBRELI
  test دعا جيمس كليفرلي إلى وقف التصعيد في المنطقة @2023-04-10 => GBRGOV

actor david-lammy
  name David Lammy
  type person
  country GBR
  ar ديفيد لامي | لامي
  code GBRGOV 2024-07-05..2025-09-05 fm
  code GBRELI
  test قال ديفيد لامي في مؤتمر صحفي إن المحادثات كانت بناءة @2025-02-03 => GBRGOV

actor dominic-raab
  name Dominic Raab
  type person
  country GBR
  ar دومينيك راب
  code GBRGOV 2019-07-24..2021-09-15 fm
  code GBRELI
  test بحث دومينيك راب مع السفير الياباني العلاقات الثنائية @2020-08-19 => GBRGOV

actor jack-straw
  name Jack Straw
  type person
  country GBR
  ar جاك سترو
  code GBRGOV 2001-06-08..2006-05-05 fm
  code GBRELI
  test أكد جاك سترو أهمية تعزيز التعاون بين البلدين @2003-11-21 => GBRGOV

actor william-hague
  name William Hague
  type person
  country GBR
  ar ويليام هيغ | وليام هيغ
  code GBRGOV 2010-05-12..2014-07-14 fm
  code GBRELI
  test قال ويليام هيغ في مؤتمر صحفي إن المحادثات كانت بناءة @2012-06-12 => GBRGOV

actor ben-wallace
  name Ben Wallace
  type person
  country GBR
  ar بن والاس
  code GBRGOV 2019-07-24..2023-08-31 dm
  code GBRELI
  test وصل بن والاس إلى القاهرة في زيارة رسمية @2021-08-11 => GBRGOV

# France
actor jacques-chirac
  name Jacques Chirac
  type person
  country FRA
  ar جاك شيراك | شيراك
  code FRAGOV 1995-05-17..2007-05-16 hos
  code FRAELI
  test قال جاك شيراك في مؤتمر صحفي إن المحادثات كانت بناءة @2003-09-08 => FRAGOV

actor nicolas-sarkozy
  name Nicolas Sarkozy
  type person
  country FRA
  ar نيكولا ساركوزي | ساركوزي
  code FRAGOV 2007-05-16..2012-05-15 hos
  code FRAELI
  test دعا نيكولا ساركوزي إلى وقف التصعيد في المنطقة @2009-11-14 => FRAGOV

actor francois-hollande
  name François Hollande
  type person
  country FRA
  ar فرانسوا هولاند | هولاند
  code FRAGOV 2012-05-15..2017-05-14 hos
  code FRAELI
  test التقى فرانسوا هولاند نظيره الإيطالي على هامش القمة @2014-11-13 => FRAGOV

actor emmanuel-macron
  name Emmanuel Macron
  type person
  country FRA
  wikidata Q3052772
  ar إيمانويل ماكرون | ايمانويل ماكرون | ماكرون
  code FRAGOV 2017-05-14.. hos
  code FRAELI
  test وصل إيمانويل ماكرون إلى بيروت بعد انفجار المرفأ @2020-08-06 => FRAGOV
  test وأكد ماكرون دعم فرنسا لسيادة العراق خلال زيارته بغداد @2021-08-28 => FRAGOV

actor laurent-fabius
  name Laurent Fabius
  type person
  country FRA
  ar لوران فابيوس | فابيوس
  code FRAGOV 2012-05-16..2016-02-11 fm
  code FRAELI
  test قال لوران فابيوس في مؤتمر صحفي إن المحادثات كانت بناءة @2014-03-30 => FRAGOV

actor jean-yves-le-drian
  name Jean-Yves Le Drian
  type person
  country FRA
  ar جان إيف لودريان | لودريان | جان إيف لو دريان
  code FRAGOV 2012-05-16..2017-05-17 dm
  code FRAGOV 2017-05-17..2022-05-20 fm
  code FRAGOV 2023-06-07.. env
  code FRAELI
  test زار جان إيف لودريان بيروت والتقى الرئيس اللبناني @2021-05-06 => FRAGOV

actor catherine-colonna
  name Catherine Colonna
  type person
  country FRA
  ar كاترين كولونا | كولونا
  code FRAGOV 2022-05-20..2024-01-11 fm
  code FRAELI
  test دعا كاترين كولونا إلى وقف التصعيد في المنطقة @2023-03-16 => FRAGOV

actor jean-noel-barrot
  name Jean-Noël Barrot
  type person
  country FRA
  ar جان نويل بارو
  code FRAGOV 2024-09-21.. fm
  code FRAELI
  test وصل جان نويل بارو إلى القاهرة في زيارة رسمية @2025-08-10 => FRAGOV

# Germany
actor gerhard-schroder
  name Gerhard Schröder
  type person
  country DEU
  ar غيرهارد شرودر | شرودر
  code DEUGOV 1998-10-27..2005-11-22 hog
  code DEUELI
  test وصل غيرهارد شرودر إلى القاهرة في زيارة رسمية @2002-12-12 => DEUGOV

actor angela-merkel
  name Angela Merkel
  type person
  country DEU
  wikidata Q567
  ar أنغيلا ميركل | أنجيلا ميركل | ميركل
  code DEUGOV 2005-11-22..2021-12-08 hog
  code DEUELI
  test قالت أنغيلا ميركل إن ألمانيا ستستقبل مزيدا من اللاجئين السوريين @2015-09-05 => DEUGOV
  test ظهرت ميركل في حفل تكريم بعد تقاعدها @2022-10-04 => DEUELI

actor olaf-scholz
  name Olaf Scholz
  type person
  country DEU
  ar أولاف شولتس | أولاف شولتز | شولتس
  code DEUGOV 2021-12-08..2025-05-06 hog
  code DEUELI
  test بحث أولاف شولتس مع السفير الياباني العلاقات الثنائية @2023-08-22 => DEUGOV

actor friedrich-merz
  name Friedrich Merz
  type person
  country DEU
  wikidata Q566257
  ar فريدريش ميرتس | فريدريش ميرز | ميرتس
  code DEUGOV 2025-05-06.. hog
  code DEUELI
  test قال فريدريش ميرتس في مؤتمر صحفي إن المحادثات كانت بناءة @2025-12-02 => DEUGOV

actor annalena-baerbock
  name Annalena Baerbock
  type person
  country DEU
  ar أنالينا بيربوك | بيربوك
  code DEUGOV 2021-12-08..2025-05-06 fm
  code DEUELI
  test أكد أنالينا بيربوك أهمية تعزيز التعاون بين البلدين @2023-08-22 => DEUGOV

actor heiko-maas
  name Heiko Maas
  type person
  country DEU
  ar هايكو ماس
  code DEUGOV 2018-03-14..2021-12-08 fm
  code DEUELI
  test وصل هايكو ماس إلى القاهرة في زيارة رسمية @2020-01-25 => DEUGOV

actor frank-walter-steinmeier
  name Frank-Walter Steinmeier
  type person
  country DEU
  ar فرانك فالتر شتاينماير | شتاينماير
  code DEUGOV 2005-11-22..2009-10-28 fm
  code DEUGOV 2013-12-17..2017-01-27 fm
  code DEUGOV 2017-03-19.. hos
  code DEUELI
  test التقى فرانك فالتر شتاينماير نظيره الإيطالي على هامش القمة @2021-11-08 => DEUGOV

# United Nations and European Union
actor kofi-annan
  name Kofi Annan
  type person
  country GHA
  wikidata Q1254
  ar كوفي أنان | كوفي عنان
  code IGOUNO 1997-01-01..2006-12-31 sg
  code IGOUNO 2012-02-23..2012-08-31 env
  code IGOUNO
  test دعا كوفي أنان إلى وقف فوري للعنف في سوريا @2012-04-02 => IGOUNO

actor ban-ki-moon
  name Ban Ki-moon
  type person
  country KOR
  wikidata Q1253
  ar بان كي مون | بان كيمون
  code IGOUNO 2007-01-01..2016-12-31 sg
  code IGOUNO
  test أدان بان كي مون الهجوم على قافلة المساعدات @2016-09-20 => IGOUNO

actor antonio-guterres
  name António Guterres
  type person
  country PRT
  wikidata Q311440
  ar أنطونيو غوتيريش | أنطونيو غوتيريس | غوتيريش | غوتيريس
  code IGOUNO 2017-01-01.. sg
  code IGOUNO
  test دعا أنطونيو غوتيريش إلى وقف إطلاق النار في غزة @2023-10-18 => IGOUNO
  test وحذر غوتيريش من كارثة إنسانية في السودان @2024-06-14 => IGOUNO

actor lakhdar-brahimi
  name Lakhdar Brahimi
  type person
  country DZA
  ar الأخضر الإبراهيمي | الإبراهيمي
  code IGOUNO 2012-08-17..2014-05-31 env
  code DZAELI
  test وصل الأخضر الإبراهيمي إلى دمشق للقاء المسؤولين السوريين @2012-09-13 => IGOUNO

actor staffan-de-mistura
  name Staffan de Mistura
  type person
  country SWE
  ar ستافان دي ميستورا | دي ميستورا
  code IGOUNO 2007-09..2009-07 env
  code IGOUNO 2014-07-10..2018-12-31 env
  code IGOUNO 2021-11-01.. env
  code IGOUNO
  test قال ستافان دي ميستورا إن محادثات جنيف ستستأنف الشهر المقبل @2016-03-01 => IGOUNO

actor geir-pedersen
  name Geir Pedersen
  type person
  country NOR
  ar غير بيدرسن | غير بيدرسون | بيدرسن
  code IGOUNO 2019-01-07..2025-09 env
  code IGOUNO
  test التقى غير بيدرسن وزير الخارجية السوري في دمشق @2023-02-13 => IGOUNO

actor jamal-benomar
  name Jamal Benomar
  type person
  country MAR
  ar جمال بنعمر | بنعمر
  code IGOUNO 2011-04..2015-04 env
  code IGOUNO
  test دعا جمال بنعمر إلى وقف التصعيد في المنطقة @2013-04-15 => IGOUNO

actor ismail-ould-cheikh-ahmed
  name Ismail Ould Cheikh Ahmed
  type person
  country MRT
  ar إسماعيل ولد الشيخ أحمد | ولد الشيخ أحمد
  code IGOUNO 2015-04-25..2018-02-16 env
  code MRTGOV 2018-06..2024-08 fm
  code MRTELI
  test أعلن إسماعيل ولد الشيخ أحمد استئناف المشاورات اليمنية في الكويت @2016-04-18 => IGOUNO

actor martin-griffiths
  name Martin Griffiths
  type person
  country GBR
  ar مارتن غريفيث | مارتن غريفيثس | غريفيث
  code IGOUNO 2018-02-16..2021-06-30 env
  code IGOUNO 2021-07-01..2023-06-30
  code IGOUNO
  test وصل مارتن غريفيث إلى صنعاء للقاء قادة الحوثيين @2019-03-05 => IGOUNO

actor hans-grundberg
  name Hans Grundberg
  type person
  country SWE
  ar هانس غروندبرغ | غروندبرغ | هانس جروندبرج
  code IGOUNO 2021-08-06.. env
  code IGOUNO
  test رحب هانس غروندبرغ بتمديد الهدنة في اليمن @2022-06-02 => IGOUNO

actor bernardino-leon
  name Bernardino León
  type person
  country ESP
  ar برناردينو ليون
  code IGOUNO 2014-09-01..2015-11-17 env
  code IGOUNO
  test قال برناردينو ليون في مؤتمر صحفي إن المحادثات كانت بناءة @2015-04-10 => IGOUNO

actor martin-kobler
  name Martin Kobler
  type person
  country DEU
  ar مارتن كوبلر | كوبلر
  code IGOUNO 2011-10..2013-07 env
  code IGOUNO 2015-11-17..2017-06-22 env
  code IGOUNO
  test قال مارتن كوبلر في مؤتمر صحفي إن المحادثات كانت بناءة @2016-09-03 => IGOUNO

actor ghassan-salame
  name Ghassan Salamé
  type person
  country LBN
  ar غسان سلامة
  code IGOUNO 2017-06-22..2020-03-02 env
  code LBNELI
  test عرض غسان سلامة أمام مجلس الأمن خطته للحل في ليبيا @2017-09-20 => IGOUNO

actor stephanie-williams
  name Stephanie Williams
  type person
  country USA
  ar ستيفاني ويليامز | ستيفاني وليامز
  code IGOUNO 2020-03-02..2021-01-18 env
  code IGOUNO 2021-12-06..2022-07-31 env
  code USAELI
  test بحث ستيفاني ويليامز مع السفير الياباني العلاقات الثنائية @2022-04-03 => IGOUNO

actor jan-kubis
  name Ján Kubiš
  type person
  country SVK
  ar يان كوبيتش | كوبيتش
  code IGOUNO 2015-02..2018-12 env
  code IGOUNO 2021-01-18..2021-12-01 env
  code IGOUNO
  test وصل يان كوبيتش إلى القاهرة في زيارة رسمية @2021-06-25 => IGOUNO

actor abdoulaye-bathily
  name Abdoulaye Bathily
  type person
  country SEN
  ar عبد الله باتيلي | باتيلي
  code IGOUNO 2022-09-26..2024-04-30 env
  code IGOUNO
  test وصل عبد الله باتيلي إلى القاهرة في زيارة رسمية @2023-07-14 => IGOUNO

actor hanna-tetteh
  name Hanna Tetteh
  type person
  country GHA
  ar هانا تيتيه | تيتيه
  code IGOUNO 2025-01-24.. env
  code IGOUNO
  test قال هانا تيتيه في مؤتمر صحفي إن المحادثات كانت بناءة @2025-10-12 => IGOUNO

actor nickolay-mladenov
  name Nickolay Mladenov
  type person
  country BGR
  ar نيكولاي ملادينوف | ملادينوف
  code IGOUNO 2013-08..2015-02 env
  code IGOUNO 2015-02..2020-12-31 env
  code IGOUNO
  test حذر نيكولاي ملادينوف من انهيار الأوضاع في غزة @2018-07-20 => IGOUNO

actor jeanine-hennis-plasschaert
  name Jeanine Hennis-Plasschaert
  type person
  country NLD
  ar جينين هينيس بلاسخارت | بلاسخارت | جينين بلاسخارت
  code IGOUNO 2018-12..2024-05-31 env
  code IGOUNO
  test التقت جينين بلاسخارت المرجع الديني علي السيستاني في النجف @2020-09-13 => IGOUNO
  test قالت بلاسخارت في إحاطتها إن الانتخابات جرت بصورة سلمية @2021-11-24 => IGOUNO

actor mohamed-al-hassan
  name Mohamed Al Hassan
  type person
  country OMN
  ar محمد الحسان
  code IGOUNO 2024-06..2025-12 env
  code OMNELI
  test قال محمد الحسان في مؤتمر صحفي إن المحادثات كانت بناءة @2025-03-17 => IGOUNO

actor javier-solana
  name Javier Solana
  type person
  country ESP
  ar خافيير سولانا | سولانا
  code IGOEUREEC 1999-10-18..2009-11-30 sg
  code IGOEUREEC
  test وصل خافيير سولانا إلى القاهرة في زيارة رسمية @2004-12-15 => IGOEUREEC

actor catherine-ashton
  name Catherine Ashton
  type person
  country GBR
  ar كاثرين آشتون | آشتون
  code IGOEUREEC 2009-12-01..2014-10-31 sg
  code GBRELI
  test أكد كاثرين آشتون أهمية تعزيز التعاون بين البلدين @2012-05-16 => IGOEUREEC

actor federica-mogherini
  name Federica Mogherini
  type person
  country ITA
  ar فيديريكا موغيريني | موغيريني
  code IGOEUREEC 2014-11-01..2019-11-30 sg
  code ITAELI
  test أكدت فيديريكا موغيريني تمسك الاتحاد الأوروبي بالاتفاق النووي @2018-05-09 => IGOEUREEC

actor josep-borrell
  name Josep Borrell
  type person
  country ESP
  ar جوزيب بوريل | جوزيف بوريل | بوريل
  code IGOEUREEC 2019-12-01..2024-11-30 sg
  code ESPELI
  test دعا جوزيب بوريل إلى إدخال المساعدات إلى غزة دون قيود @2024-03-11 => IGOEUREEC

actor kaja-kallas
  name Kaja Kallas
  type person
  country EST
  ar كايا كالاس | كالاس
  code ESTGOV 2021-01-26..2024-07-15 hog
  code IGOEUREEC 2024-12-01.. sg
  code ESTELI
  test دعا كايا كالاس إلى وقف التصعيد في المنطقة @2025-09-15 => IGOEUREEC

# Iraq (seed)
actor mustafa-al-kadhimi
  name Mustafa al-Kadhimi
  type person
  country IRQ
  wikidata Q85317569
  ar مصطفى الكاظمي | الكاظمي | مصطفى عبد اللطيف الكاظمي
  code IRQSPY 2016-06..2020-05-07
  code IRQGOV 2020-05-07..2022-10-27 hog
  code IRQGOV 2020-05-12..2020-06-06 fm
  code IRQELI
  test أعلن مصطفى الكاظمي عن زيارة إلى واشنطن @2021-07-26 => IRQGOV
  test وأكد الكاظمي أن الحكومة ماضية في إجراء الانتخابات المبكرة @2021-03-15 => IRQGOV
  test استقبل رئيس الوزراء مصطفى الكاظمي وزير الخارجية الإيراني @2022-02-13 => IRQGOV
  test انتقد الكاظمي الحكومة الجديدة @2023-05-01 => IRQELI

actor fuad-hussein
  name Fuad Hussein
  type person
  country IRQ
  wikidata Q56704276
  ar فؤاد حسين
  code IRQGOV 2018-10-25..2020-05-07 fin
  code IRQGOV 2020-06-06.. fm
  code IRQELI
  test التقى فؤاد حسين نظيره الأمريكي في واشنطن @2021-07-23 => IRQGOV
  test قال فؤاد حسين إن العراق يرفض أن يكون ساحة لتصفية الحسابات @2023-01-20 => IRQGOV
  test وقع وزير المالية فؤاد حسين اتفاقا مع البنك الدولي @2019-06-10 => IRQGOV

actor mohammed-shia-al-sudani
  name Mohammed Shia al-Sudani
  type person
  country IRQ
  wikidata Q3700793
  ar محمد شياع السوداني | السوداني
  code IRQGOV 2010-12..2014-09 min
  code IRQGOV 2014-09..2016 min
  code IRQGOV 2016..2018 min
  code IRQGOV 2022-10-27.. hog
  code IRQELI
  test استقبل محمد شياع السوداني وفدا من صندوق النقد الدولي @2023-02-15 => IRQGOV
  test وأكد السوداني أن الحكومة لن تسمح باستهداف البعثات الدبلوماسية @2023-12-08 => IRQGOV

actor abdul-latif-rashid
  name Abdul Latif Rashid
  type person
  country IRQ
  ar عبد اللطيف رشيد | عبد اللطيف جمال رشيد
  code IRQGOV 2003-09..2010-12 min
  code IRQGOV 2022-10-13.. hos
  code IRQELI
  test استقبل عبد اللطيف رشيد في قصر بغداد سفير الاتحاد الأوروبي @2023-04-04 => IRQGOV

actor nouri-al-maliki
  name Nouri al-Maliki
  type person
  country IRQ
  wikidata Q312961
  ar نوري المالكي | المالكي
  code IRQGOV 2006-05-20..2014-09-08 hog
  code IRQGOV 2014-09-09..2015-08-11 vp
  code IRQGOV 2016-10-10..2018-10-02 vp
  code IRQELI
  test أعلن نوري المالكي تشكيل حكومة الوحدة الوطنية @2006-05-20 => IRQGOV
  test دعا المالكي قادة الإطار التنسيقي إلى اجتماع عاجل @2023-06-01 => IRQELI

actor haider-al-abadi
  name Haider al-Abadi
  type person
  country IRQ
  ar حيدر العبادي | العبادي
  code IRQGOV 2003-09..2004-06 min
  code IRQGOV 2014-09-08..2018-10-25 hog
  code IRQELI
  test أعلن حيدر العبادي تحرير الموصل بالكامل من داعش @2017-07-10 => IRQGOV

actor adil-abdul-mahdi
  name Adil Abdul-Mahdi
  type person
  country IRQ
  ar عادل عبد المهدي
  code IRQGOV 2004-06..2005-05 fin
  code IRQGOV 2005-04-07..2011-07-11 vp
  code IRQGOV 2014-09-08..2016-03 min
  code IRQGOV 2018-10-25..2020-05-07 hog
  code IRQELI
  test قدم عادل عبد المهدي استقالته إلى البرلمان @2019-11-30 => IRQGOV

actor barham-salih
  name Barham Salih
  type person
  country IRQ
  wikidata Q808173
  ar برهم صالح
  code IRQGOV 2004-06..2005-05 vp
  code IRQKURGOV 2009-10-28..2012-01-05 hog
  code IRQGOV 2018-10-02..2022-10-13 hos
  code IRQELI
  test استقبل برهم صالح السفير الفرنسي في قصر السلام @2020-02-10 => IRQGOV

actor masoud-barzani
  name Masoud Barzani
  type person
  country IRQ
  ar مسعود بارزاني | مسعود البارزاني
  code IRQKURGOV 2005-06-13..2017-11-01 hos
  code IRQPTY 1979.. ldr
  code IRQPTY
  test استقبل مسعود بارزاني وفدا أمريكيا في أربيل @2016-09-14 => IRQKURGOV

actor nechirvan-barzani
  name Nechirvan Barzani
  type person
  country IRQ
  ar نيجيرفان بارزاني | نيجيرفان البارزاني
  code IRQKURGOV 2006-05-07..2009-10-28 hog
  code IRQKURGOV 2012-03-05..2019-07-10 hog
  code IRQKURGOV 2019-06-10.. hos
  code IRQELI
  test بحث نيجيرفان بارزاني مع السوداني ملف رواتب الإقليم @2023-05-20 => IRQKURGOV

actor masrour-barzani
  name Masrour Barzani
  type person
  country IRQ
  ar مسرور بارزاني | مسرور البارزاني
  code IRQKURGOV 2019-07-10.. hog
  code IRQELI
  test أكد مسرور بارزاني أهمية تعزيز التعاون بين البلدين @2023-01-03 => IRQKURGOV

actor ali-al-sistani
  name Ali al-Sistani
  type person
  country IRQ
  ar علي السيستاني | السيستاني
  code IRQREL 1992..
  code IRQREL
  test دعا علي السيستاني إلى حماية المتظاهرين السلميين @2019-11-15 => IRQREL

# armed groups and movements
actor abu-bakr-al-baghdadi
  name Abu Bakr al-Baghdadi
  type person
  country IRQ
  ar أبو بكر البغدادي | البغدادي
  code IRQINS 2010-05-16..2019-10-27 ldr
  code IRQINS
  test ظهر أبو بكر البغدادي في تسجيل مصور من جامع النوري في الموصل @2014-07-05 => IRQINS
  test وأعلن البغدادي في تسجيل صوتي مسؤولية التنظيم عن الهجمات @2016-11-03 => IRQINS

actor abu-ibrahim-al-hashimi-al-qurashi
  name Abu Ibrahim al-Hashimi al-Qurashi
  type person
  country IRQ
  ar أبو إبراهيم الهاشمي القرشي | أبو إبراهيم القرشي
  code IRQINS 2019-10-31..2022-02-03 ldr
  code IRQINS
  test بايع مقاتلون في سيناء أبو إبراهيم الهاشمي القرشي زعيما للتنظيم @2019-11-05 => IRQINS

actor abu-al-hasan-al-hashimi-al-qurashi
  name Abu al-Hasan al-Hashimi al-Qurashi
  type person
  country IRQ
  ar أبو الحسن الهاشمي القرشي
  code IRQINS 2022-03-10..2022-10-15 ldr
  code IRQINS
  test التقى أبو الحسن الهاشمي القرشي نظيره الإيطالي على هامش القمة @2022-06-27 => IRQINS

actor abu-al-hussein-al-husseini-al-qurashi
  name Abu al-Hussein al-Husseini al-Qurashi
  type person
  country SYR
  ar أبو الحسين الحسيني القرشي
  code SYRINS 2022-11-30..2023-04-29 ldr
  code SYRINS
  test التقى أبو الحسين الحسيني القرشي نظيره الإيطالي على هامش القمة @2023-02-13 => SYRINS

actor abu-hafs-al-hashimi-al-qurashi
  name Abu Hafs al-Hashimi al-Qurashi
  type person
  country IRQ
  ar أبو حفص الهاشمي القرشي
  code IRQINS 2023-08-03.. ldr
  code IRQINS
  test أكد أبو حفص الهاشمي القرشي أهمية تعزيز التعاون بين البلدين @2025-01-15 => IRQINS

actor abu-musab-al-zarqawi
  name Abu Musab al-Zarqawi
  type person
  country JOR
  ar أبو مصعب الزرقاوي | الزرقاوي
  code IMGSUNAQI 2004-10..2006-06-07 ldr
  code JORINS
  test تبنى أبو مصعب الزرقاوي تفجير مقر الأمم المتحدة في بغداد @2004-10-20 => IMGSUNAQI

actor osama-bin-laden
  name Osama bin Laden
  type person
  country SAU
  wikidata Q1317
  ar أسامة بن لادن | بن لادن
  code SAUINS 1988..2011-05-02 ldr
  code SAUINS
  test هدد أسامة بن لادن في تسجيل جديد بشن هجمات على الغرب @2004-10-29 => SAUINS
  test وقال بن لادن إن التنظيم سيواصل القتال @2009-03-14 => SAUINS

actor ayman-al-zawahiri
  name Ayman al-Zawahiri
  type person
  country EGY
  ar أيمن الظواهري | الظواهري
  code EGYINS 2011-06-16..2022-07-31 ldr
  code EGYINS
  test دعا أيمن الظواهري في تسجيل مصور أنصاره إلى مهاجمة المصالح الغربية @2013-09-12 => EGYINS

actor saif-al-adel
  name Saif al-Adel
  type person
  country EGY
  ar سيف العدل
  code EGYINS 2022-08.. ldr
  code EGYINS
  test قال سيف العدل في مؤتمر صحفي إن المحادثات كانت بناءة @2024-07-15 => EGYINS

actor hassan-nasrallah
  name Hassan Nasrallah
  type person
  country LBN
  ar حسن نصر الله | نصر الله | حسن نصرالله | نصرالله
  code LBNUAF 1992-02-16..2024-09-27 ldr
  code LBNUAF
  test قال حسن نصر الله في خطاب متلفز إن المقاومة جاهزة للرد @2019-09-01 => LBNUAF
  test وأكد نصرالله أن الجبهة الجنوبية ستبقى مفتوحة @2023-11-03 => LBNUAF

actor naim-qassem
  name Naim Qassem
  type person
  country LBN
  ar نعيم قاسم
  code LBNUAF 1991..2024-10-28 vp
  code LBNUAF 2024-10-29.. ldr
  code LBNUAF
  test قال نعيم قاسم في كلمة متلفزة إن الحزب لن يسلم سلاحه @2025-08-15 => LBNUAF

actor ismail-haniyeh
  name Ismail Haniyeh
  type person
  country PSE
  ar إسماعيل هنية | هنية
  code PSEGOV 2006-03-29..2007-06-14 hog
  code PSEINS 2007-06-14..2017-05-06
  code PSEINS 2017-05-06..2024-07-31 ldr
  code PSEINS
  test التقى إسماعيل هنية وزير الخارجية الإيراني في الدوحة @2023-11-01 => PSEINS
  test وأكد هنية أن الحركة منفتحة على أي مبادرة لوقف العدوان @2024-02-06 => PSEINS

actor yahya-sinwar
  name Yahya Sinwar
  type person
  country PSE
  ar يحيى السنوار | السنوار
  code PSEINS 2017-02-13..2024-08-06
  code PSEINS 2024-08-06..2024-10-16 ldr
  code PSEINS
  test قال يحيى السنوار في لقاء مع الفصائل إن المقاومة مستعدة لكل الخيارات @2021-05-26 => PSEINS

actor khaled-meshaal
  name Khaled Meshaal
  type person
  country PSE
  ar خالد مشعل
  code PSEINS 1996..2017-05-06 ldr
  code PSEINS 2017-05-06..
  code PSEINS
  test وصل خالد مشعل إلى غزة في أول زيارة له للقطاع @2012-12-07 => PSEINS

actor mohammed-deif
  name Mohammed Deif
  type person
  country PSE
  ar محمد الضيف
  code PSEINS 2002..2024-07-13 ldr
  code PSEINS
  test أكد محمد الضيف أهمية تعزيز التعاون بين البلدين @2013-04-07 => PSEINS

actor ziyad-al-nakhalah
  name Ziyad al-Nakhalah
  type person
  country PSE
  ar زياد النخالة | النخالة
  code PSEINS 2018-09-28.. ldr
  code PSEINS
  test وصل زياد النخالة إلى القاهرة في زيارة رسمية @2022-08-14 => PSEINS

actor abdul-malik-al-houthi
  name Abdul-Malik al-Houthi
  type person
  country YEM
  ar عبد الملك الحوثي | عبد الملك بدر الدين الحوثي
  code YEMREB 2004-09.. ldr
  code YEMREB
  test قال عبد الملك الحوثي في كلمة متلفزة إن قواته ستواصل استهداف السفن @2024-01-11 => YEMREB
  test توعد عبد الملك بدر الدين الحوثي بالرد على الغارات الأمريكية @2025-03-20 => YEMREB

actor mahdi-al-mashat
  name Mahdi al-Mashat
  type person
  country YEM
  ar مهدي المشاط | المشاط
  code YEMREB 2018-04-23.. ldr
  code YEMREB
  test وصل مهدي المشاط إلى القاهرة في زيارة رسمية @2022-05-27 => YEMREB

actor abu-mahdi-al-muhandis
  name Abu Mahdi al-Muhandis
  type person
  country IRQ
  ar أبو مهدي المهندس | جمال جعفر آل إبراهيم
  code IRQUAF 2014-06..2020-01-03 ldr
  code IRQUAF
  test تفقد أبو مهدي المهندس قطعات الحشد الشعبي غرب الأنبار @2018-11-20 => IRQUAF

actor faleh-al-fayyadh
  name Faleh al-Fayyadh
  type person
  country IRQ
  ar فالح الفياض | الفياض
  code IRQGOV 2011..2020-07-04
  code IRQUAF 2014-06.. ldr
  code IRQUAF
  test قال فالح الفياض إن هيئة الحشد الشعبي جزء من المنظومة الأمنية @2022-06-26 => IRQUAF

actor qais-al-khazali
  name Qais al-Khazali
  type person
  country IRQ
  ar قيس الخزعلي | الخزعلي
  code IRQUAF 2007.. ldr
  code IRQUAF
  test هدد قيس الخزعلي باستهداف القوات الأمريكية إذا لم تنسحب @2020-01-10 => IRQUAF

actor hadi-al-amiri
  name Hadi al-Amiri
  type person
  country IRQ
  ar هادي العامري | العامري
  code IRQGOV 2010-12-21..2014-09-08 min
  code IRQUAF 2003.. ldr
  code IRQUAF
  test دعا هادي العامري إلى إخراج القوات الأجنبية من العراق @2020-01-05 => IRQUAF
  test افتتح وزير النقل هادي العامري مطارا جديدا في النجف @2013-05-10 => IRQGOV

actor muqtada-al-sadr
  name Muqtada al-Sadr
  type person
  country IRQ
  ar مقتدى الصدر | السيد مقتدى الصدر
  code IRQPTY 2003.. ldr
  code IRQPTY
  test دعا مقتدى الصدر أنصاره إلى الانسحاب من المنطقة الخضراء @2022-08-30 => IRQPTY

actor akram-al-kaabi
  name Akram al-Kaabi
  type person
  country IRQ
  ar أكرم الكعبي
  code IRQUAF 2013.. ldr
  code IRQUAF
  test قال أكرم الكعبي في مؤتمر صحفي إن المحادثات كانت بناءة @2019-10-01 => IRQUAF

actor ahmed-al-sharaa
  name Ahmed al-Sharaa
  type person
  country SYR
  wikidata Q7934206
  ar أحمد الشرع | أبو محمد الجولاني | الجولاني | الشرع
  code SYRINS 2012-01-23..2025-01-29 ldr
  code SYRGOV 2025-01-29.. hos
  code SYRINS
  test ظهر أبو محمد الجولاني في مقابلة تلفزيونية مع قناة أمريكية @2021-04-02 => SYRINS
  test استقبل أحمد الشرع في قصر الشعب وزير الخارجية التركي @2025-03-13 => SYRGOV
  test وأكد الشرع أن سوريا لن تكون منطلقا لتهديد جيرانها @2025-05-20 => SYRGOV

actor asaad-al-shaibani
  name Asaad al-Shaibani
  type person
  country SYR
  ar أسعد الشيباني | أسعد حسن الشيباني
  code SYRGOV 2024-12-21.. fm
  code SYRELI
  test التقى أسعد الشيباني نظيره الأردني في عمان @2025-01-07 => SYRGOV

actor mazloum-abdi
  name Mazloum Abdi
  type person
  country SYR
  ar مظلوم عبدي | مظلوم كوباني
  code SYRREB 2015-10.. ldr
  code SYRREB
  test قال مظلوم عبدي إن قوات سوريا الديمقراطية مستعدة للاندماج في الجيش @2025-03-11 => SYRREB

actor khalifa-haftar
  name Khalifa Haftar
  type person
  country LBY
  ar خليفة حفتر | حفتر
  code LBYMIL 2015-03-02.. cs
  code LBYMIL
  test أعلن خليفة حفتر إطلاق عملية عسكرية نحو طرابلس @2019-04-04 => LBYMIL
  test وأكد حفتر أن قواته ستلاحق الجماعات المسلحة في الجنوب @2021-06-12 => LBYMIL

actor qassem-soleimani
  name Qassem Soleimani
  type person
  country IRN
  ar قاسم سليماني | سليماني
  code IRNMIL 1998-03..2020-01-03 ldr
  code IRNMIL
  test زار قاسم سليماني جبهات القتال في محيط تكريت @2015-03-05 => IRNMIL

actor esmail-qaani
  name Esmail Qaani
  type person
  country IRN
  ar إسماعيل قاآني | إسماعيل قآني | قاآني
  code IRNMIL 2020-01-03.. ldr
  code IRNMIL
  test وصل إسماعيل قاآني إلى بغداد في زيارة غير معلنة @2021-06-08 => IRNMIL

actor ali-khamenei
  name Ali Khamenei
  type person
  country IRN
  ar علي خامنئي | آية الله خامنئي | خامنئي
  code IRNGOV 1989-06-04.. hos
  code IRNELI
  test قال علي خامنئي إن إيران لن تتفاوض تحت الضغط @2019-05-14 => IRNGOV
  test وأكد خامنئي في خطبة الجمعة أن المقاومة لن تتراجع @2024-10-04 => IRNGOV

actor hossein-salami
  name Hossein Salami
  type person
  country IRN
  ar حسين سلامي
  code IRNMIL 2019-04-21..2025-06-13 cs
  code IRNMIL
  test بحث حسين سلامي مع السفير الياباني العلاقات الثنائية @2022-05-17 => IRNMIL

actor masoud-pezeshkian
  name Masoud Pezeshkian
  type person
  country IRN
  ar مسعود بزشكيان | بزشكيان | مسعود پزشکیان
  code IRNGOV 2024-07-28.. hos
  code IRNELI
  test التقى مسعود بزشكيان رئيس الوزراء العراقي في طهران @2024-11-10 => IRNGOV

actor abbas-araghchi
  name Abbas Araghchi
  type person
  country IRN
  ar عباس عراقجي | عراقجي
  code IRNGOV 2024-08-21.. fm
  code IRNELI
  test أجرى عباس عراقجي محادثات غير مباشرة مع المبعوث الأمريكي في مسقط @2025-04-12 => IRNGOV

actor ebrahim-raisi
  name Ebrahim Raisi
  type person
  country IRN
  wikidata Q5947347
  ar إبراهيم رئيسي | ابراهيم رئيسي
  code IRNGOV 2021-08-03..2024-05-19 hos
  code IRNELI
  test استقبل إبراهيم رئيسي الرئيس السوري في طهران @2022-05-08 => IRNGOV

actor hossein-amir-abdollahian
  name Hossein Amir-Abdollahian
  type person
  country IRN
  wikidata Q17991320
  ar حسين أمير عبد اللهيان | أمير عبد اللهيان | عبد اللهيان
  code IRNGOV 2021-08-25..2024-05-19 fm
  code IRNELI
  test وصل حسين أمير عبد اللهيان إلى بيروت في زيارة رسمية @2023-10-13 => IRNGOV

actor mohammad-javad-zarif
  name Mohammad Javad Zarif
  type person
  country IRN
  wikidata Q10296812
  ar محمد جواد ظريف | ظريف
  code IRNGOV 2013-08-15..2021-08-24 fm
  code IRNGOV 2024-08-01..2025-03-02 vp
  code IRNELI
  test قال محمد جواد ظريف إن بلاده ملتزمة بالاتفاق النووي @2018-05-09 => IRNGOV

actor hassan-rouhani
  name Hassan Rouhani
  type person
  country IRN
  ar حسن روحاني | روحاني
  code IRNGOV 2013-08-03..2021-08-03 hos
  code IRNELI
  test أكد حسن روحاني أن إيران لا تسعى إلى امتلاك سلاح نووي @2015-07-14 => IRNGOV

actor mahmoud-ahmadinejad
  name Mahmoud Ahmadinejad
  type person
  country IRN
  ar محمود أحمدي نجاد | أحمدي نجاد | نجاد
  code IRNGOV 2005-08-03..2013-08-03 hos
  code IRNELI
  test التقى محمود أحمدي نجاد نظيره الإيطالي على هامش القمة @2009-08-03 => IRNGOV
  test وقال نجاد إن بلاده لن تتخلى عن حقها في التخصيب @2007-04-09 => IRNGOV

actor benjamin-netanyahu
  name Benjamin Netanyahu
  type person
  country ISR
  wikidata Q43723
  ar بنيامين نتنياهو | نتنياهو | بنيامين نتانياهو | نتانياهو
  code ISRGOV 1996-06-18..1999-07-06 hog
  code ISRGOV 2002-11-06..2003-02-28 fm
  code ISRGOV 2003-02-28..2005-08-09 fin
  code ISRGOV 2009-03-31..2021-06-13 hog
  code ISRGOV 2022-12-29.. hog
  code ISRELI
  test قال بنيامين نتنياهو إن الحرب ستستمر حتى تحقيق أهدافها @2024-01-18 => ISRGOV
  test وهاجم نتنياهو الحكومة الجديدة في خطاب أمام الكنيست @2021-06-14 => ISRELI

actor recep-tayyip-erdogan
  name Recep Tayyip Erdoğan
  type person
  country TUR
  wikidata Q39259
  ar رجب طيب أردوغان | أردوغان | رجب طيب إردوغان | إردوغان
  code TURGOV 2003-03-14..2014-08-28 hog
  code TURGOV 2014-08-28.. hos
  code TURELI
  test استقبل رجب طيب أردوغان نظيره الأذربيجاني في أنقرة @2021-06-15 => TURGOV
  test وأكد أردوغان أن بلاده لن تسمح بإقامة ممر إرهابي على حدودها @2022-11-22 => TURGOV

actor hakan-fidan
  name Hakan Fidan
  type person
  country TUR
  ar هاكان فيدان | فيدان
  code TURSPY 2010-05-27..2023-06-04
  code TURGOV 2023-06-04.. fm
  code TURELI
  test التقى هاكان فيدان نظيره السوري في دمشق @2025-01-15 => TURGOV

actor mohammed-bin-salman
  name Mohammed bin Salman
  type person
  country SAU
  wikidata Q6892571
  ar محمد بن سلمان | محمد بن سلمان آل سعود
  code SAUGOV 2015-01-23..2022-09-27 dm
  code SAUGOV 2017-06-21..2022-09-27 vp
  code SAUGOV 2022-09-27.. hog
  code SAUELI
  test استقبل محمد بن سلمان وزير الخارجية الأمريكي في جدة @2023-06-07 => SAUGOV
  test وأكد ولي العهد محمد بن سلمان دعم المملكة لاستقرار اليمن @2019-11-05 => SAUGOV

actor faisal-bin-farhan
  name Faisal bin Farhan Al Saud
  type person
  country SAU
  ar فيصل بن فرحان | فيصل بن فرحان آل سعود
  code SAUGOV 2019-10-23.. fm
  code SAUELI
  test بحث فيصل بن فرحان مع نظيره الإيراني تطورات المنطقة @2023-06-17 => SAUGOV

actor abdel-fattah-el-sisi
  name Abdel Fattah el-Sisi
  type person
  country EGY
  wikidata Q307871
  ar عبد الفتاح السيسي | السيسي
  code EGYMIL 2012-08-12..2014-03-26 cs
  code EGYGOV 2012-08-12..2014-03-26 dm
  code EGYGOV 2014-06-08.. hos
  code EGYELI
  test استقبل عبد الفتاح السيسي رئيس الوزراء الفلسطيني في القاهرة @2024-04-30 => EGYGOV
  test وأكد السيسي رفض مصر تهجير الفلسطينيين إلى سيناء @2023-10-18 => EGYGOV

actor bashar-al-assad
  name Bashar al-Assad
  type person
  country SYR
  wikidata Q44329
  ar بشار الأسد | الرئيس السوري بشار الأسد | الأسد
  code SYRGOV 2000-07-17..2024-12-08 hos
  code SYRELI
  test أصدر بشار الأسد مرسوما بالعفو العام @2022-04-30 => SYRGOV
  test وقال الأسد إن سوريا لن تقبل أي شروط مسبقة @2007-07-17 => SYRGOV
  test ظهر بشار الأسد في موسكو بعد فراره من دمشق @2025-03-15 => SYRELI

actor mahmoud-abbas
  name Mahmoud Abbas
  type person
  country PSE
  wikidata Q127998
  ar محمود عباس | أبو مازن | الرئيس عباس | الرئيس محمود عباس
  code PSEGOV 2003-03-19..2003-10-07 hog
  code PSEGOV 2005-01-15.. hos
  code PSEELI
  test دعا محمود عباس إلى عقد مؤتمر دولي للسلام @2023-09-21 => PSEGOV
  test وأكد أبو مازن رفضه أي حلول منقوصة @2020-01-28 => PSEGOV
  test وقال الرئيس عباس إن المفاوضات متوقفة @2008-05-20 => PSEGOV
  test عين محمود عباس رئيسا للوزراء في حكومة عرفات @2003-03-19 => PSEGOV

actor joseph-aoun
  name Joseph Aoun
  type person
  country LBN
  wikidata Q29033962
  ar جوزاف عون | العماد جوزاف عون | جوزيف عون | الرئيس جوزاف عون
  code LBNMIL 2017-03-08..2025-01-09 cs
  code LBNGOV 2025-01-09.. hos
  code LBNELI
  test استقبل جوزاف عون في قصر بعبدا المبعوث الأمريكي @2025-04-05 => LBNGOV

actor michel-aoun
  name Michel Aoun
  type person
  country LBN
  wikidata Q363392
  ar ميشال عون | ميشيل عون | العماد ميشال عون | الجنرال ميشال عون | العماد عون | الجنرال عون | الرئيس عون
  code LBNMIL 1984-06-23..1988-09-22 cs
  code LBNGOV 1988-09-22..1990-10-13 hog
  code LBNPTY 2005-05-07..2015-08-27 ldr
  code LBNGOV 2016-10-31..2022-10-30 hos
  code LBNELI
  test وقع ميشال عون مرسوم تشكيل الحكومة الجديدة @2021-09-10 => LBNGOV
  test وقال العماد عون إن المعارضة لن تتراجع عن مطالبها @2007-01-20 => LBNPTY
  test استقبل الرئيس عون في قصر بعبدا وزير الخارجية الفرنسي @2019-05-10 => LBNGOV
  test غادر ميشال عون قصر بعبدا في نهاية ولايته @2023-03-01 => LBNELI

actor najib-mikati
  name Najib Mikati
  type person
  country LBN
  ar نجيب ميقاتي | ميقاتي
  code LBNGOV 2005-04-19..2005-07-19 hog
  code LBNGOV 2011-06-13..2014-02-15 hog
  code LBNGOV 2021-09-10..2025-02-08 hog
  code LBNELI
  test قال نجيب ميقاتي إن الحكومة تعمل على وقف التصعيد في الجنوب @2024-10-01 => LBNGOV
  test وأكد ميقاتي أن الانتخابات ستجرى في موعدها @2005-05-10 => LBNGOV
  test دعا ميقاتي في تصريح صحفي إلى حوار وطني شامل @2008-03-02 => LBNELI

actor saad-hariri
  name Saad Hariri
  type person
  country LBN
  ar سعد الحريري | سعد الدين الحريري | الحريري
  code LBNPTY 2005-04..2009-11-08 ldr
  code LBNGOV 2009-11-09..2011-06-13 hog
  code LBNPTY 2011-06-14..2016-12-17 ldr
  code LBNGOV 2016-12-18..2020-01-21 hog
  code LBNPTY 2020-01-22..2022-01-24 ldr
  code LBNELI
  test أكد سعد الحريري أهمية تعزيز التعاون بين البلدين @2018-07-05 => LBNGOV
  test وقال الحريري إن قوى الأكثرية متمسكة بالمحكمة الدولية @2007-05-30 => LBNPTY
  test أعلن الحريري تعليق عمله السياسي @2022-01-24 => LBNPTY
  test زار الحريري مدينته الأصلية والتقى عددا من الأهالي @2023-02-14 => LBNELI

actor nabih-berri
  name Nabih Berri
  type person
  country LBN
  ar نبيه بري | الرئيس بري | الرئيس نبيه بري
  code LBNLEG 1992-10-20.. spk
  code LBNELI
  test دعا نبيه بري إلى جلسة لانتخاب رئيس للجمهورية @2023-06-14 => LBNLEG
  test وقال الرئيس بري إن المجلس لن ينعقد قبل التوافق @2007-10-22 => LBNLEG

actor abdul-hamid-dbeibeh
  name Abdul Hamid Dbeibeh
  type person
  country LBY
  wikidata Q105319569
  ar عبد الحميد الدبيبة | الدبيبة
  code LBYGOV 2021-03-15.. hog
  code LBYELI
  test افتتح عبد الحميد الدبيبة مشروعا سكنيا في طرابلس @2022-08-10 => LBYGOV

actor mohamed-al-menfi
  name Mohamed al-Menfi
  type person
  country LBY
  wikidata Q105319610
  ar محمد المنفي | المنفي
  code LBYGOV 2021-03-15.. hos
  code LBYELI
  test وصل محمد المنفي إلى القاهرة في زيارة رسمية @2023-11-06 => LBYGOV

actor fayez-al-sarraj
  name Fayez al-Sarraj
  type person
  country LBY
  ar فايز السراج | السراج
  code LBYGOV 2016-03-30..2021-03-15 hog
  code LBYELI
  test التقى فايز السراج الرئيس التركي في إسطنبول @2020-06-04 => LBYGOV

actor muammar-gaddafi
  name Muammar Gaddafi
  type person
  country LBY
  ar معمر القذافي | القذافي
  code LBYGOV 1969-09-01..2011-10-20 hos
  code LBYELI
  test ألقى معمر القذافي خطابا أمام القمة العربية في سرت @2010-03-27 => LBYGOV

actor abdel-fattah-al-burhan
  name Abdel Fattah al-Burhan
  type person
  country SDN
  ar عبد الفتاح البرهان | البرهان
  code SDNGOV 2019-04-12.. hos
  code SDNELI
  test زار عبد الفتاح البرهان مدينة بورتسودان وتفقد القوات @2023-08-28 => SDNGOV

actor mohamed-hamdan-dagalo
  name Mohamed Hamdan Dagalo
  type person
  country SDN
  wikidata Q63145660
  ar محمد حمدان دقلو | حميدتي
  code SDNGOV 2019-04-13..2023-05-19 vp
  code SDNREB 2023-05-19.. ldr
  code SDNREB
  test قال محمد حمدان دقلو إن قوات الدعم السريع ستواصل القتال @2023-09-26 => SDNREB

actor omar-al-bashir
  name Omar al-Bashir
  type person
  country SDN
  ar عمر البشير | عمر حسن البشير | البشير
  code SDNGOV 1989-06-30..2019-04-11 hos
  code SDNELI
  test قال عمر البشير في مؤتمر صحفي إن المحادثات كانت بناءة @2009-08-21 => SDNGOV
  test ورفض البشير نشر قوات دولية في دارفور @2006-09-19 => SDNGOV

actor ali-abdullah-saleh
  name Ali Abdullah Saleh
  type person
  country YEM
  ar علي عبد الله صالح
  code YEMGOV 1990-05-22..2012-02-27 hos
  code YEMREB 2014-09..2017-12-04 ldr
  code YEMELI
  test أعلن علي عبد الله صالح فض الشراكة مع الحوثيين @2017-12-02 => YEMREB

actor abdrabbuh-mansur-hadi
  name Abdrabbuh Mansur Hadi
  type person
  country YEM
  ar عبد ربه منصور هادي | الرئيس هادي
  code YEMGOV 1994-10-03..2012-02-25 vp
  code YEMGOV 2012-02-25..2022-04-07 hos
  code YEMELI
  test عاد عبد ربه منصور هادي إلى عدن بعد أشهر من الغياب @2015-11-17 => YEMGOV

actor rashad-al-alimi
  name Rashad al-Alimi
  type person
  country YEM
  ar رشاد العليمي | العليمي
  code YEMGOV 2022-04-07.. hos
  code YEMELI
  test استقبل رشاد العليمي في الرياض المبعوث الأممي إلى اليمن @2023-02-02 => YEMGOV

actor tamim-bin-hamad-al-thani
  name Tamim bin Hamad Al Thani
  type person
  country QAT
  ar تميم بن حمد آل ثاني | تميم بن حمد | الشيخ تميم
  code QATGOV 2013-06-25.. hos
  code QATELI
  test استقبل تميم بن حمد آل ثاني الرئيس الإيراني في الدوحة @2023-02-27 => QATGOV

actor mohamed-bin-zayed
  name Mohamed bin Zayed Al Nahyan
  type person
  country ARE
  ar محمد بن زايد | محمد بن زايد آل نهيان
  code AREGOV 2004-11-03..2022-05-14 vp
  code AREGOV 2022-05-14.. hos
  code AREELI
  test استقبل محمد بن زايد آل نهيان رئيس الوزراء الهندي في أبوظبي @2024-02-13 => AREGOV

actor abdullah-ii
  name Abdullah II of Jordan
  type person
  country JOR
  ar الملك عبد الله الثاني | عبد الله الثاني
  code JORGOV 1999-02-07.. hos
  code JORELI
  test استقبل الملك عبد الله الثاني في عمان وزير الخارجية الأمريكي @2024-01-07 => JORGOV

actor ayman-safadi
  name Ayman Safadi
  type person
  country JOR
  ar أيمن الصفدي | الصفدي
  code JORGOV 2017-01-15.. fm
  code JORELI
  test قال أيمن الصفدي إن الأردن يرفض أي محاولة لتهجير الفلسطينيين @2023-11-11 => JORGOV

actor sameh-shoukry
  name Sameh Shoukry
  type person
  country EGY
  wikidata Q7409268
  ar سامح شكري
  code EGYGOV 2014-06-17..2024-07-03 fm
  code EGYELI
  test التقى سامح شكري نظيره الأمريكي في القاهرة @2023-10-15 => EGYGOV

actor badr-abdelatty
  name Badr Abdelatty
  type person
  country EGY
  wikidata Q93447756
  ar بدر عبد العاطي
  code EGYGOV 2024-07-03.. fm
  code EGYELI
  test أكد بدر عبد العاطي أن مصر تعمل على وقف الحرب في غزة @2024-09-10 => EGYGOV

actor ahmed-aboul-gheit
  name Ahmed Aboul Gheit
  type person
  country EGY
  ar أحمد أبو الغيط | أبو الغيط
  code EGYGOV 2004-07-14..2011-03-06 fm
  code IGOMEAARL 2016-07-01.. sg
  code EGYELI
  test دعا أحمد أبو الغيط إلى اجتماع طارئ لمجلس الجامعة العربية @2023-10-11 => IGOMEAARL

actor kais-saied
  name Kais Saied
  type person
  country TUN
  ar قيس سعيد
  code TUNGOV 2019-10-23.. hos
  code TUNELI
  test أصدر قيس سعيد أمرا رئاسيا بإعفاء رئيس الحكومة @2021-07-25 => TUNGOV

actor abdelmadjid-tebboune
  name Abdelmadjid Tebboune
  type person
  country DZA
  wikidata Q2821166
  ar عبد المجيد تبون | تبون
  code DZAGOV 2017-05-25..2017-08-15 hog
  code DZAGOV 2019-12-19.. hos
  code DZAELI
  test استقبل عبد المجيد تبون الرئيس التونسي في قصر المرادية @2022-07-05 => DZAGOV

actor mohammed-vi
  name Mohammed VI of Morocco
  type person
  country MAR
  ar الملك محمد السادس | محمد السادس
  code MARGOV 1999-07-23.. hos
  code MARELI
  test وجه الملك محمد السادس خطابا إلى الأمة بمناسبة عيد العرش @2022-07-30 => MARGOV

# more leaders of Iraq, armed groups and movements
actor ayad-allawi
  name Ayad Allawi
  type person
  country IRQ
  ar إياد علاوي | علاوي
  code IRQGOV 2004-06-28..2005-05-03 hog
  code IRQGOV 2014-09-09..2015-08-11 vp
  code IRQGOV 2016-10-10..2018-10-02 vp
  code IRQELI
  test التقى إياد علاوي السفير البريطاني في بغداد @2017-03-14 => IRQGOV

actor ibrahim-al-jaafari
  name Ibrahim al-Jaafari
  type person
  country IRQ
  ar إبراهيم الجعفري | الجعفري
  code IRQGOV 2004-06..2005-05 vp
  code IRQGOV 2005-05-03..2006-05-20 hog
  code IRQGOV 2014-09-08..2018-10-25 fm
  code IRQELI
  test التقى إبراهيم الجعفري نظيره الروسي في موسكو @2016-02-10 => IRQGOV

actor mohamed-al-halbousi
  name Mohamed al-Halbousi
  type person
  country IRQ
  ar محمد الحلبوسي | الحلبوسي
  code IRQLEG 2018-09-15..2023-11-14 spk
  code IRQELI
  test ترأس محمد الحلبوسي جلسة البرلمان المخصصة لقانون الموازنة @2021-03-31 => IRQLEG

actor mahmoud-al-mashhadani
  name Mahmoud al-Mashhadani
  type person
  country IRQ
  ar محمود المشهداني | المشهداني
  code IRQLEG 2006-04-22..2008-12-23 spk
  code IRQLEG 2024-10-31.. spk
  code IRQELI
  test وصل محمود المشهداني إلى القاهرة في زيارة رسمية @2025-08-30 => IRQLEG

actor ammar-al-hakim
  name Ammar al-Hakim
  type person
  country IRQ
  ar عمار الحكيم
  code IRQPTY 2009-09-01.. ldr
  code IRQPTY
  test دعا عمار الحكيم القوى السياسية إلى الحوار لحل الأزمة @2022-08-10 => IRQPTY

actor abdul-aziz-al-hakim
  name Abdul Aziz al-Hakim
  type person
  country IRQ
  ar عبد العزيز الحكيم
  code IRQPTY 2003-08-29..2009-08-26 ldr
  code IRQPTY
  test أكد عبد العزيز الحكيم أهمية تعزيز التعاون بين البلدين @2006-08-27 => IRQPTY

actor abu-fadak-al-mohammadawi
  name Abu Fadak al-Mohammadawi
  type person
  country IRQ
  ar أبو فدك المحمداوي | عبد العزيز المحمداوي
  code IRQUAF 2020-02.. ldr
  code IRQUAF
  test التقى أبو فدك المحمداوي نظيره الإيطالي على هامش القمة @2023-04-16 => IRQUAF

actor ahmed-al-hamidawi
  name Ahmed al-Hamidawi
  type person
  country IRQ
  ar أحمد الحميداوي | أبو حسين الحميداوي
  code IRQUAF 2020.. ldr
  code IRQUAF
  test أكد أحمد الحميداوي أهمية تعزيز التعاون بين البلدين @2023-04-01 => IRQUAF

actor saleh-al-arouri
  name Saleh al-Arouri
  type person
  country PSE
  ar صالح العاروري | العاروري
  code PSEINS 2017-10-05..2024-01-02 vp
  code PSEINS
  test التقى صالح العاروري قادة الفصائل في بيروت @2023-04-12 => PSEINS

actor khalil-al-hayya
  name Khalil al-Hayya
  type person
  country PSE
  ar خليل الحية
  code PSEINS 2024-10-16.. ldr
  code PSEINS
  test قال خليل الحية إن الحركة تسلمت مقترحا جديدا لوقف إطلاق النار @2025-04-17 => PSEINS

actor mahmoud-al-zahar
  name Mahmoud al-Zahar
  type person
  country PSE
  ar محمود الزهار | الزهار
  code PSEGOV 2006-03-29..2007-03-16 fm
  code PSEINS 2007-06-14..
  code PSEINS
  test وصل محمود الزهار إلى القاهرة في زيارة رسمية @2016-12-21 => PSEINS

actor imad-mughniyeh
  name Imad Mughniyeh
  type person
  country LBN
  ar عماد مغنية | مغنية
  code LBNUAF 1982..2008-02-12 cs
  code LBNUAF
  test دعا عماد مغنية إلى وقف التصعيد في المنطقة @2004-01-22 => LBNUAF

actor mohammed-ali-al-houthi
  name Mohammed Ali al-Houthi
  type person
  country YEM
  ar محمد علي الحوثي
  code YEMREB 2015-02-06..2016-08-15 ldr
  code YEMREB 2016-08-15..
  code YEMREB
  test وصل محمد علي الحوثي إلى القاهرة في زيارة رسمية @2021-07-23 => YEMREB

actor yahya-saree
  name Yahya Saree
  type person
  country YEM
  ar يحيى سريع
  code YEMREB 2018.. ldr
  code YEMREB
  test أعلن يحيى سريع استهداف سفينة تجارية في البحر الأحمر @2024-02-19 => YEMREB

actor abu-mohammad-al-adnani
  name Abu Mohammad al-Adnani
  type person
  country SYR
  ar أبو محمد العدناني | العدناني
  code SYRINS 2014..2016-08-30
  code SYRINS
  test وصل أبو محمد العدناني إلى القاهرة في زيارة رسمية @2015-05-02 => SYRINS

actor hibatullah-akhundzada
  name Hibatullah Akhundzada
  type person
  country AFG
  ar هبة الله آخوند زاده | هبة الله أخوند زاده | هبة الله
  code AFGINS 2016-05-25..2021-08-15 ldr
  code AFGGOV 2021-08-15.. hos
  code AFGINS
  test أصدر هبة الله آخوند زاده مرسوما بمنع تعليم الفتيات @2022-12-20 => AFGGOV

actor mullah-omar
  name Mullah Omar
  type person
  country AFG
  ar الملا عمر | الملا محمد عمر
  code AFGGOV 1996-09-27..2001-11-13 hos
  code AFGINS 2001-11-13..2013-04-23 ldr
  code AFGINS
  test دعا الملا عمر إلى وقف التصعيد في المنطقة @2007-08-03 => AFGINS

actor abdullah-ocalan
  name Abdullah Öcalan
  type person
  country TUR
  ar عبد الله أوجلان | أوجلان
  code TURREB 1978-11-27.. ldr
  code TURREB
  test دعا عبد الله أوجلان في رسالة من سجنه حزب العمال الكردستاني إلى إلقاء السلاح @2025-02-27 => TURREB

actor murat-karayilan
  name Murat Karayılan
  type person
  country TUR
  ar مراد قره يلان | قره يلان
  code TURREB 2004.. ldr
  code TURREB
  test قال مراد قره يلان في مؤتمر صحفي إن المحادثات كانت بناءة @2015-04-01 => TURREB

actor aguila-saleh
  name Aguila Saleh Issa
  type person
  country LBY
  ar عقيلة صالح | عقيلة صالح عيسى
  code LBYLEG 2014-08-05.. spk
  code LBYELI
  test قال عقيلة صالح إن مجلس النواب سيصوت على قانون الانتخابات @2023-06-06 => LBYLEG

actor khaled-al-mishri
  name Khaled al-Mishri
  type person
  country LBY
  ar خالد المشري | المشري
  code LBYGOV 2018-04-08..2023-08-06
  code LBYELI
  test أكد خالد المشري أهمية تعزيز التعاون بين البلدين @2020-12-06 => LBYGOV

actor yevgeny-prigozhin
  name Yevgeny Prigozhin
  type person
  country RUS
  ar يفغيني بريغوجين | بريغوجين
  code RUSUAF 2014..2023-08-23 ldr
  code RUSUAF
  test أعلن يفغيني بريغوجين سيطرة قوات فاغنر على باخموت @2023-05-20 => RUSUAF


# ---------------------------------------------------------------------------
# Lebanon, Palestine and Libya (the MENA office-holder source does not cover them), Iraq 2003-2006,
# Afghanistan, Pakistan, and leaders the press names by surname. Facts from the authors' knowledge;
# a date to the month where the day is not certain. Test sentences written by the authors.

# Lebanon
actor rafik-hariri
  name Rafik Hariri
  type person
  country LBN
  ar رفيق الحريري | رفيق بهاء الدين الحريري | الحريري
  code LBNGOV 1992-10-31..1998-12-04 hog
  code LBNGOV 2000-10-23..2004-10-21 hog
  code LBNELI
  test استقبل رفيق الحريري في السراي الحكومي وفدا أوروبيا @2002-05-14 => LBNGOV
  test وقال الحريري إن الحكومة ستعرض موازنتها على المجلس @2003-11-20 => LBNGOV
  test طالب المتظاهرون بكشف حقيقة اغتيال رفيق الحريري @2005-03-14 => LBNELI

actor fouad-siniora
  name Fouad Siniora
  type person
  country LBN
  ar فؤاد السنيورة | السنيورة
  code LBNGOV 1992-10-31..1998-12-04 fin
  code LBNGOV 2000-10-26..2004-10-26 fin
  code LBNGOV 2005-07-19..2009-11-09 hog
  code LBNELI
  test ترأس فؤاد السنيورة جلسة لمجلس الوزراء في بيروت @2007-02-20 => LBNGOV
  test رفضت المعارضة دعوة حكومة السنيورة إلى الحوار @2006-12-11 => LBNGOV
  test انتقد السنيورة أداء الحكومة في مقابلة تلفزيونية @2012-04-03 => LBNELI

actor tammam-salam
  name Tammam Salam
  type person
  country LBN
  ar تمام سلام | تمام صائب سلام
  code LBNGOV 2008-07-11..2009-11-09 min
  code LBNGOV 2014-02-15..2016-12-18 hog
  code LBNELI
  test ترأس تمام سلام جلسة مجلس الوزراء في السراي @2015-08-27 => LBNGOV
  test شارك تمام سلام في ندوة عن تاريخ البلاد السياسي @2019-05-02 => LBNELI

actor hassan-diab
  name Hassan Diab
  type person
  country LBN
  ar حسان دياب | دياب
  code LBNGOV 2011-06-13..2014-02-15 min
  code LBNGOV 2020-01-21..2021-09-10 hog
  code LBNELI
  test أعلن حسان دياب استقالة حكومته بعد انفجار المرفأ @2020-08-10 => LBNGOV
  test وقال دياب إن الحكومة ستواصل تصريف الأعمال @2021-03-06 => LBNGOV
  test استدعى المحقق العدلي حسان دياب إلى جلسة استماع @2022-02-01 => LBNELI

actor nawaf-salam
  name Nawaf Salam
  type person
  country LBN
  ar نواف سلام | القاضي نواف سلام
  code LBNGOV 2007-07..2017-12 amb
  code LBNGOV 2025-02-08.. hog
  code LBNELI
  test ترأس نواف سلام أول جلسة لحكومته في قصر بعبدا @2025-02-11 => LBNGOV
  test قال نواف سلام إن الدولة وحدها تملك قرار الحرب والسلم @2025-08-07 => LBNGOV

actor emile-lahoud
  name Émile Lahoud
  type person
  country LBN
  ar إميل لحود | اميل لحود | لحود
  code LBNMIL 1989-11-28..1998-11-24 cs
  code LBNGOV 1998-11-24..2007-11-23 hos
  code LBNELI
  test وقع إميل لحود مرسوم دعوة الهيئات الناخبة @2005-04-26 => LBNGOV
  test وطالبت قوى الأكثرية لحود بالاستقالة من منصبه @2006-03-02 => LBNGOV
  test ظهر لحود في مناسبة اجتماعية بعد غياب طويل @2010-06-15 => LBNELI

actor michel-suleiman
  name Michel Suleiman
  type person
  country LBN
  ar ميشال سليمان | ميشيل سليمان | العماد ميشال سليمان
  code LBNMIL 1998-12-21..2008-05-25 cs
  code LBNGOV 2008-05-25..2014-05-25 hos
  code LBNELI
  test تفقد قائد الجيش العماد ميشال سليمان الوحدات المنتشرة في الجنوب @2007-06-02 => LBNMIL
  test استقبل ميشال سليمان في قصر بعبدا الرئيس الفرنسي @2010-12-02 => LBNGOV
  test دعا ميشال سليمان في تصريح صحفي إلى حوار وطني شامل @2018-03-02 => LBNELI

actor gebran-bassil
  name Gebran Bassil
  type person
  country LBN
  ar جبران باسيل | باسيل
  code LBNGOV 2008-07-11..2014-02-14 min
  code LBNGOV 2014-02-15..2020-01-21 fm
  code LBNPTY 2020-01-22.. ldr
  code LBNELI
  test التقى جبران باسيل نظيره الروسي في موسكو @2018-08-20 => LBNGOV
  test وقال باسيل إن التيار لن يشارك في الحكومة @2021-02-14 => LBNPTY

actor elias-murr
  name Elias Murr
  type person
  country LBN
  ar إلياس المر | الياس المر
  code LBNGOV 2000-10-26..2004-10-26 im
  code LBNGOV 2005-04-19..2011-06-13 dm
  code LBNELI
  test تفقد إلياس المر الوحدات العسكرية في نهر البارد @2007-06-10 => LBNGOV

actor fawzi-salloukh
  name Fawzi Salloukh
  type person
  country LBN
  ar فوزي صلوخ | صلوخ
  code LBNGOV 2005-07-19..2008-07-11 fm
  code LBNELI
  test التقى فوزي صلوخ نظيره السوري في دمشق @2006-08-07 => LBNGOV

actor adnan-mansour
  name Adnan Mansour
  type person
  country LBN
  ar عدنان منصور
  code LBNGOV 2011-06-13..2014-02-15 fm
  code LBNELI
  test شارك عدنان منصور في اجتماع وزراء الخارجية العرب في القاهرة @2012-11-10 => LBNGOV

actor nassif-hitti
  name Nassif Hitti
  type person
  country LBN
  ar ناصيف حتي
  code LBNGOV 2020-01-21..2020-08-03 fm
  code LBNELI
  test استقبل ناصيف حتي وزير الخارجية الفرنسي في بيروت @2020-07-23 => LBNGOV

actor charbel-wehbe
  name Charbel Wehbe
  type person
  country LBN
  ar شربل وهبة
  code LBNGOV 2020-08-03..2021-05-19 fm
  code LBNELI
  test قدم شربل وهبة استقالته بعد تصريحاته التلفزيونية @2021-05-19 => LBNGOV

actor abdallah-bou-habib
  name Abdallah Bou Habib
  type person
  country LBN
  ar عبد الله بو حبيب | بو حبيب
  code LBNGOV 2021-09-10..2025-02-08 fm
  code LBNELI
  test سلم عبد الله بو حبيب الرد اللبناني إلى وزير الخارجية الكويتي @2022-01-29 => LBNGOV

actor youssef-rajji
  name Youssef Rajji
  type person
  country LBN
  ar يوسف رجي
  code LBNGOV 2025-02-08.. fm
  code LBNELI
  test التقى يوسف رجي نظيره السعودي في الرياض @2025-04-15 => LBNGOV

actor ziad-baroud
  name Ziad Baroud
  type person
  country LBN
  ar زياد بارود
  code LBNGOV 2008-07-11..2011-06-13 im
  code LBNELI
  test أعلن زياد بارود جاهزية الوزارة لإجراء الانتخابات النيابية @2009-05-20 => LBNGOV

actor marwan-charbel
  name Marwan Charbel
  type person
  country LBN
  ar مروان شربل
  code LBNGOV 2011-06-13..2014-02-15 im
  code LBNELI
  test تفقد مروان شربل مراكز قوى الأمن في طرابلس @2012-05-20 => LBNGOV

actor nouhad-machnouk
  name Nouhad Machnouk
  type person
  country LBN
  ar نهاد المشنوق | المشنوق
  code LBNGOV 2014-02-15..2019-01-31 im
  code LBNELI
  test أكد نهاد المشنوق أن الأجهزة الأمنية أحبطت مخططا إرهابيا @2016-06-30 => LBNGOV

actor bassam-mawlawi
  name Bassam Mawlawi
  type person
  country LBN
  ar بسام مولوي | بسام المولوي
  code LBNGOV 2021-09-10..2025-02-08 im
  code LBNELI
  test أعلن بسام مولوي توقيف شبكة لتهريب المخدرات @2022-04-22 => LBNGOV

actor ahmad-hajjar
  name Ahmad al-Hajjar
  type person
  country LBN
  ar أحمد الحجار
  code LBNGOV 2025-02-08.. im
  code LBNELI
  test أعلن أحمد الحجار موعد الانتخابات البلدية @2025-03-20 => LBNGOV

actor maurice-slim
  name Maurice Slim
  type person
  country LBN
  ar موريس سليم
  code LBNGOV 2021-09-10..2025-02-08 dm
  code LBNELI
  test بحث موريس سليم مع السفيرة الأمريكية دعم الجيش @2023-03-08 => LBNGOV

actor michel-menassa
  name Michel Menassa
  type person
  country LBN
  ar ميشال منسى
  code LBNGOV 2025-02-08.. dm
  code LBNELI
  test تفقد ميشال منسى الوحدات العسكرية في الجنوب @2025-05-10 => LBNGOV

actor walid-jumblatt
  name Walid Jumblatt
  type person
  country LBN
  ar وليد جنبلاط | جنبلاط
  code LBNPTY 1977-03-16..2023-06-24 ldr
  code LBNELI
  test دعا وليد جنبلاط إلى تهدئة الأوضاع في الجبل @2008-05-11 => LBNPTY
  test وقال جنبلاط إن الحوار هو الطريق الوحيد @2019-07-02 => LBNPTY

actor taymour-jumblatt
  name Taymour Jumblatt
  type person
  country LBN
  ar تيمور جنبلاط
  code LBNPTY 2023-06-25.. ldr
  code LBNELI
  test التقى تيمور جنبلاط رئيس الحكومة في السراي @2024-02-08 => LBNPTY

actor samir-geagea
  name Samir Geagea
  type person
  country LBN
  ar سمير جعجع | جعجع
  code LBNPTY 2005-07-26.. ldr
  code LBNELI
  test أكد سمير جعجع رفض القوات اللبنانية أي تسوية @2022-11-03 => LBNPTY
  test وقال جعجع إن المعارضة ستخوض الانتخابات موحدة @2009-03-14 => LBNPTY

# Palestine
actor yasser-arafat
  name Yasser Arafat
  type person
  country PSE
  ar ياسر عرفات | عرفات | أبو عمار
  code PSEGOV 1994-07-05..2004-11-11 hos
  code PSEELI
  test استقبل ياسر عرفات في مقره برام الله المبعوث الأمريكي @2002-01-10 => PSEGOV
  test وقال عرفات إن الشعب الفلسطيني لن يتنازل عن حقوقه @2001-09-20 => PSEGOV
  test أحيا الفلسطينيون ذكرى رحيل ياسر عرفات @2007-11-11 => PSEELI

actor ahmed-qurei
  name Ahmed Qurei
  type person
  country PSE
  ar أحمد قريع | قريع
  code PSELEG 1996-03-07..2003-10-06 spk
  code PSEGOV 2003-10-07..2006-03-29 hog
  code PSEELI
  test ترأس أحمد قريع اجتماع الحكومة الفلسطينية في رام الله @2004-06-10 => PSEGOV
  test وقال قريع إن الحكومة ستواصل عملها رغم الحصار @2005-03-01 => PSEGOV
  test ترأس أحمد قريع الوفد الفلسطيني إلى المفاوضات @2008-01-14 => PSEELI

actor salam-fayyad
  name Salam Fayyad
  type person
  country PSE
  ar سلام فياض | الدكتور سلام فياض
  code PSEGOV 2002-06..2005-11 fin
  code PSEGOV 2007-03-17..2007-06-14 fin
  code PSEGOV 2007-06-15..2013-06-06 hog
  code PSEELI
  test أعلن سلام فياض صرف رواتب الموظفين @2008-03-03 => PSEGOV
  test شارك سلام فياض في ندوة عن الاقتصاد الفلسطيني @2016-05-02 => PSEELI

actor rami-hamdallah
  name Rami Hamdallah
  type person
  country PSE
  ar رامي الحمد الله | رامي الحمدالله
  code PSEGOV 2013-06-06..2019-04-14 hog
  code PSEELI
  test زار رامي الحمد الله قطاع غزة والتقى قادة الفصائل @2017-10-02 => PSEGOV

actor mohammad-shtayyeh
  name Mohammad Shtayyeh
  type person
  country PSE
  wikidata Q16192933
  ar محمد أشتية | محمد اشتيه | اشتية
  code PSEGOV 2019-04-14..2024-03-31 hog
  code PSEELI
  test ترأس محمد أشتية اجتماع مجلس الوزراء الأسبوعي @2022-09-30 => PSEGOV
  test وقال اشتية إن الحكومة تواجه أزمة مالية خانقة @2023-05-08 => PSEGOV

actor mohammad-mustafa
  name Mohammad Mustafa
  type person
  country PSE
  wikidata Q20423278
  ar محمد مصطفى
  code PSEGOV 2024-03-31.. hog
  code PSEELI
  test وجه محمد مصطفى بفتح تحقيق عاجل في الحادث @2025-03-31 => PSEGOV

actor riyad-al-maliki
  name Riyad al-Maliki
  type person
  country PSE
  ar رياض المالكي
  code PSEGOV 2007-06-17..2024-03-31 fm
  code PSEELI
  test التقى رياض المالكي نظيره الأردني في عمان @2019-02-10 => PSEGOV

actor nasser-al-qudwa
  name Nasser al-Kidwa
  type person
  country PSE
  ar ناصر القدوة | القدوة
  code PSEGOV 2005-02-24..2006-03-29 fm
  code PSEELI
  test التقى ناصر القدوة نظيره المصري في القاهرة @2005-09-10 => PSEGOV

actor ziad-abu-amr
  name Ziad Abu Amr
  type person
  country PSE
  ar زياد أبو عمرو
  code PSEGOV 2007-03-17..2007-06-14 fm
  code PSEELI
  test التقى زياد أبو عمرو وزير الخارجية النرويجي في رام الله @2007-03-20 => PSEGOV

actor aziz-dweik
  name Aziz Dweik
  type person
  country PSE
  ar عزيز دويك | عزيز الدويك
  code PSELEG 2006-02-18..2018-12-22 spk
  code PSEELI
  test افتتح عزيز دويك جلسة المجلس التشريعي @2006-03-06 => PSELEG

actor rawhi-fattouh
  name Rawhi Fattouh
  type person
  country PSE
  ar روحي فتوح
  code PSELEG 2003-10..2004-11-10 spk
  code PSEGOV 2004-11-11..2005-01-15 hos
  code PSEELI
  test أصدر روحي فتوح مرسوما بتحديد موعد الانتخابات الرئاسية @2004-11-25 => PSEGOV

# Libya
actor mustafa-abdul-jalil
  name Mustafa Abdul Jalil
  type person
  country LBY
  ar مصطفى عبد الجليل | المستشار مصطفى عبد الجليل
  code LBYGOV 2007-01..2011-02-21 min
  code LBYGOV 2011-03-05..2012-08-08 hos
  code LBYELI
  test أعلن مصطفى عبد الجليل تحرير البلاد في بنغازي @2011-10-23 => LBYGOV
  test قال مصطفى عبد الجليل في مقابلة إن المرحلة الانتقالية كانت صعبة @2014-03-02 => LBYELI

actor mahmoud-jibril
  name Mahmoud Jibril
  type person
  country LBY
  ar محمود جبريل
  code LBYGOV 2011-03-23..2011-10-23 hog
  code LBYELI
  test التقى محمود جبريل الرئيس الفرنسي في باريس @2011-04-20 => LBYGOV

actor abdurrahim-el-keib
  name Abdurrahim El-Keib
  type person
  country LBY
  ar عبد الرحيم الكيب | الكيب
  code LBYGOV 2011-11-24..2012-11-14 hog
  code LBYELI
  test أعلن عبد الرحيم الكيب تشكيل الحكومة الانتقالية @2011-11-22 => LBYELI
  test قال الكيب إن الحكومة ستدمج الثوار في الجيش @2012-03-01 => LBYGOV

actor ali-zeidan
  name Ali Zeidan
  type person
  country LBY
  ar علي زيدان
  code LBYGOV 2012-11-14..2014-03-11 hog
  code LBYELI
  test أفرج الخاطفون عن علي زيدان بعد ساعات من احتجازه @2013-10-10 => LBYGOV
  test غادر علي زيدان البلاد بعد سحب الثقة منه @2014-03-12 => LBYELI

actor abdullah-al-thani
  name Abdullah al-Thani
  type person
  country LBY
  ar عبد الله الثني | الثني
  code LBYGOV 2014-03-11..2021-03-15 hog
  code LBYELI
  test ترأس عبد الله الثني اجتماع الحكومة المؤقتة في البيضاء @2016-09-12 => LBYGOV

actor fathi-bashagha
  name Fathi Bashagha
  type person
  country LBY
  ar فتحي باشاغا | باشاغا
  code LBYGOV 2018-10-07..2021-03-15 im
  code LBYGOV 2022-03-03..2023-05-16 hog
  code LBYELI
  test أعلن فتحي باشاغا خطة أمنية لطرابلس @2019-01-20 => LBYGOV
  test وقال باشاغا إن حكومته ستدخل العاصمة سلميا @2022-05-17 => LBYGOV

actor najla-mangoush
  name Najla Mangoush
  type person
  country LBY
  ar نجلاء المنقوش | المنقوش
  code LBYGOV 2021-03-15..2023-08-27 fm
  code LBYELI
  test التقت نجلاء المنقوش نظيرها الإيطالي في روما @2022-01-18 => LBYGOV

actor mohamed-siala
  name Mohamed Taha Siala
  type person
  country LBY
  ar محمد سيالة | محمد الطاهر سيالة
  code LBYGOV 2016-04..2021-03-15 fm
  code LBYELI
  test بحث محمد سيالة مع المبعوث الأممي الأزمة الليبية @2019-06-01 => LBYGOV

actor mohamed-magariaf
  name Mohamed Magariaf
  type person
  country LBY
  ar محمد المقريف | المقريف
  code LBYLEG 2012-08-09..2013-05-28 spk
  code LBYELI
  test افتتح محمد المقريف جلسة المؤتمر الوطني العام @2012-10-14 => LBYLEG

actor nouri-abusahmain
  name Nouri Abusahmain
  type person
  country LBY
  ar نوري أبو سهمين | أبو سهمين
  code LBYLEG 2013-06-25..2016-04 spk
  code LBYELI
  test ترأس نوري أبو سهمين جلسة المؤتمر الوطني العام @2014-02-03 => LBYLEG

actor shukri-ghanem
  name Shukri Ghanem
  type person
  country LBY
  ar شكري غانم
  code LBYGOV 2003-06-14..2006-03-05 hog
  code LBYELI
  test وقع شكري غانم اتفاقية للتنقيب عن النفط @2005-01-29 => LBYGOV

actor baghdadi-mahmudi
  name Baghdadi Mahmudi
  type person
  country LBY
  ar البغدادي المحمودي | البغدادي علي المحمودي | المحمودي
  code LBYGOV 2006-03-05..2011-08 hog
  code LBYELI
  test استقبل البغدادي المحمودي وفدا تونسيا في طرابلس @2008-04-10 => LBYGOV
  test وقال المحمودي إن بلاده ستواصل دعم الاستثمار @2009-11-02 => LBYGOV

actor abdel-rahman-shalgham
  name Abdel Rahman Shalgham
  type person
  country LBY
  ar عبد الرحمن شلقم | شلقم
  code LBYGOV 2000-03..2009-03-04 fm
  code LBYGOV 2009-03-05..2011-02 amb
  code LBYELI
  test التقى عبد الرحمن شلقم نظيره البريطاني في لندن @2007-05-29 => LBYGOV

actor moussa-koussa
  name Moussa Koussa
  type person
  country LBY
  ar موسى كوسا | كوسا
  code LBYGOV 2009-03-04..2011-03-30 fm
  code LBYELI
  test استقبل موسى كوسا المبعوث الأممي في طرابلس @2010-11-20 => LBYGOV

actor osama-hammad
  name Osama Hammad
  type person
  country LBY
  ar أسامة حماد
  code LBYGOV 2023-05-16.. hog
  code LBYELI
  test ترأس أسامة حماد اجتماع الحكومة في بنغازي @2024-02-05 => LBYGOV

actor saif-al-islam-gaddafi
  name Saif al-Islam Gaddafi
  type person
  country LBY
  ar سيف الإسلام القذافي | سيف الإسلام
  code LBYELI
  test أعلن سيف الإسلام القذافي ترشحه للانتخابات الرئاسية @2021-11-14 => LBYELI

# Iraq 2003-2006
actor ghazi-al-yawar
  name Ghazi al-Yawar
  type person
  country IRQ
  ar غازي الياور | غازي عجيل الياور | الياور
  code IRQGOV 2004-06-01..2005-04-07 hos
  code IRQGOV 2005-04-07..2006-04-22 vp
  code IRQELI
  test استقبل غازي الياور في بغداد وزير الخارجية الأردني @2004-09-10 => IRQGOV
  test وقال الياور إن الانتخابات ستجرى في موعدها @2004-12-01 => IRQGOV

actor jalal-talabani
  name Jalal Talabani
  type person
  country IRQ
  wikidata Q57306
  ar جلال طالباني | جلال الطالباني | طالباني | مام جلال
  code IRQGOV 2003-11-01..2003-11-30 hog
  code IRQGOV 2005-04-07..2014-07-24 hos
  code IRQELI
  test أصدر جلال طالباني مرسوما بتشكيل الحكومة الجديدة @2009-11-29 => IRQGOV
  test استقبل الرئيس العراقي جلال الطالباني السفير الأمريكي في بغداد @2007-05-02 => IRQGOV
  test وقال طالباني إن الحوار هو السبيل الوحيد لحل الخلافات @2008-03-10 => IRQGOV

actor hoshyar-zebari
  name Hoshyar Zebari
  type person
  country IRQ
  wikidata Q982410
  ar هوشيار زيباري | زيباري
  code IRQGOV 2003-07-13..2014-07-11 fm
  code IRQGOV 2014-09-08..2016-09-21 fin
  code IRQELI
  test التقى هوشيار زيباري نظيره الإيراني في طهران @2007-06-05 => IRQGOV
  test وقال زيباري إن العراق يرفض التدخل في شؤونه @2012-04-01 => IRQGOV
  test انتقد زيباري أداء الحكومة الاتحادية في مقابلة تلفزيونية @2018-05-02 => IRQELI

# Afghanistan
actor hamid-karzai
  name Hamid Karzai
  type person
  country AFG
  ar حامد كرزاي | كرزاي | حامد قرضاي | قرضاي
  code AFGGOV 2001-12-22..2014-09-29 hos
  code AFGELI
  test استقبل حامد كرزاي في كابول وزير الدفاع الأمريكي @2007-01-16 => AFGGOV
  test وقال كرزاي إن الغارات الجوية تقتل المدنيين @2008-08-24 => AFGGOV
  test التقى حامد كرزاي ممثلين عن طالبان في الدوحة @2019-02-06 => AFGELI

actor ashraf-ghani
  name Ashraf Ghani
  type person
  country AFG
  ar أشرف غني | محمد أشرف غني
  code AFGGOV 2002-06..2004-12 fin
  code AFGGOV 2014-09-29..2021-08-15 hos
  code AFGELI
  test أعلن أشرف غني وقف إطلاق النار خلال العيد @2018-06-07 => AFGGOV
  test ظهر أشرف غني في الإمارات بعد فراره من كابول @2021-08-18 => AFGELI

actor abdullah-abdullah
  name Abdullah Abdullah
  type person
  country AFG
  ar عبد الله عبد الله
  code AFGGOV 2001-12-22..2006-03 fm
  code AFGGOV 2014-09-29..2020-05-16 hog
  code AFGGOV 2020-05-17..2021-08-15
  code AFGELI
  test التقى عبد الله عبد الله وزير الخارجية الباكستاني في كابول @2003-05-10 => AFGGOV

actor rangin-dadfar-spanta
  name Rangin Dadfar Spanta
  type person
  country AFG
  ar رنجين دادفار سبانتا | سبانتا
  code AFGGOV 2006-04..2010-01 fm
  code AFGELI
  test التقى رنجين دادفار سبانتا نظيره الإيراني في طهران @2008-02-10 => AFGGOV

actor mohammad-hasan-akhund
  name Mohammad Hasan Akhund
  type person
  country AFG
  ar محمد حسن آخوند | الملا محمد حسن آخوند
  code AFGGOV 2021-09-07.. hog
  code AFGINS
  test ترأس محمد حسن آخوند اجتماع حكومة طالبان في كابول @2022-03-01 => AFGGOV

actor amir-khan-muttaqi
  name Amir Khan Muttaqi
  type person
  country AFG
  ar أمير خان متقي | متقي
  code AFGGOV 2021-09-07.. fm
  code AFGINS
  test التقى أمير خان متقي نظيره الصيني في كابول @2023-05-07 => AFGGOV

actor sirajuddin-haqqani
  name Sirajuddin Haqqani
  type person
  country AFG
  ar سراج الدين حقاني
  code AFGINS 2015-07..2021-09-06
  code AFGGOV 2021-09-07.. im
  code AFGINS
  test أعلن سراج الدين حقاني العفو عن عناصر الحكومة السابقة @2022-03-06 => AFGGOV

# Pakistan
actor pervez-musharraf
  name Pervez Musharraf
  type person
  country PAK
  ar برويز مشرف | مشرف | الجنرال برويز مشرف | برفيز مشرف
  code PAKMIL 1998-10-07..1999-10-11 cs
  code PAKGOV 1999-10-12..2008-08-18 hos
  code PAKELI
  test أعلن برويز مشرف حالة الطوارئ في البلاد @2007-11-03 => PAKGOV
  test وقال مشرف إن باكستان شريك في الحرب على الإرهاب @2006-09-22 => PAKGOV
  test عاد برويز مشرف إلى باكستان بعد سنوات في المنفى @2013-03-24 => PAKELI

actor benazir-bhutto
  name Benazir Bhutto
  type person
  country PAK
  ar بينظير بوتو | بي نظير بوتو | بنازير بوتو | بوتو
  code PAKGOV 1988-12-02..1990-08-06 hog
  code PAKGOV 1993-10-19..1996-11-05 hog
  code PAKOPP 1996-11-06..2007-12-27 ldr
  code PAKELI
  test عادت زعيمة المعارضة بي نظير بوتو إلى كراتشي @2007-10-18 => PAKOPP
  test وقالت بوتو إن حزبها سيشارك في الانتخابات @2007-12-01 => PAKOPP
  test أحيا أنصار حزب الشعب ذكرى اغتيال بي نظير بوتو @2008-12-27 => PAKELI

actor bilawal-bhutto-zardari
  name Bilawal Bhutto Zardari
  type person
  country PAK
  ar بلاول بوتو زرداري | بلاول بوتو | بلاول
  code PAKPTY 2007-12-30..2022-04-26 ldr
  code PAKGOV 2022-04-27..2023-08-10 fm
  code PAKPTY 2023-08-11.. ldr
  code PAKELI
  test التقى بلاول بوتو زرداري نظيره الأمريكي في واشنطن @2022-09-26 => PAKGOV
  test دعا بلاول بوتو أنصار الحزب إلى المشاركة في الانتخابات @2024-01-20 => PAKPTY

actor asif-ali-zardari
  name Asif Ali Zardari
  type person
  country PAK
  wikidata Q57373
  ar آصف علي زرداري | آصف زرداري | زرداري
  code PAKPTY 2007-12-30..2008-09-08 ldr
  code PAKGOV 2008-09-09..2013-09-09 hos
  code PAKPTY 2013-09-10..2024-03-09 ldr
  code PAKGOV 2024-03-10.. hos
  code PAKELI
  test أدى آصف علي زرداري اليمين رئيسا للبلاد @2008-09-09 => PAKGOV
  test وقال زرداري إن بلاده لن تسمح باستخدام أراضيها لشن هجمات @2009-05-07 => PAKGOV
  test أصدر آصف علي زرداري مرسوما بتشكيل الحكومة الجديدة @2025-03-31 => PAKGOV

actor yousaf-raza-gilani
  name Yousaf Raza Gilani
  type person
  country PAK
  ar يوسف رضا جيلاني | يوسف رضا غيلاني | جيلاني | غيلاني
  code PAKLEG 1993-10-17..1997-02-16 spk
  code PAKGOV 2008-03-25..2012-06-19 hog
  code PAKLEG 2024-04-09.. spk
  code PAKELI
  test أعلن يوسف رضا جيلاني تشكيل حكومة ائتلافية @2008-03-31 => PAKGOV
  test وقال جيلاني إن الجيش سيواصل عملياته في وادي سوات @2009-05-20 => PAKGOV
  test انتقد يوسف رضا جيلاني أداء الحكومة في مقابلة تلفزيونية @2015-02-01 => PAKELI

actor nawaz-sharif
  name Nawaz Sharif
  type person
  country PAK
  ar نواز شريف | محمد نواز شريف
  code PAKGOV 1990-11-06..1993-07-18 hog
  code PAKGOV 1997-02-17..1999-10-12 hog
  code PAKGOV 2013-06-05..2017-07-28 hog
  code PAKELI
  test عاد نواز شريف إلى باكستان بعد سنوات في المنفى @2007-11-25 => PAKELI
  test استقبل نواز شريف الرئيس الصيني في إسلام آباد @2015-04-20 => PAKGOV

actor shehbaz-sharif
  name Shehbaz Sharif
  type person
  country PAK
  ar شهباز شريف | شهباز
  code PAKGOV 2022-04-11..2023-08-14 hog
  code PAKGOV 2024-03-04.. hog
  code PAKELI
  test التقى شهباز شريف ولي العهد السعودي في الرياض @2024-04-07 => PAKGOV
  test وقال شهباز إن باكستان سترد على أي عدوان @2025-05-08 => PAKGOV

actor imran-khan
  name Imran Khan
  type person
  country PAK
  wikidata Q155164
  ar عمران خان
  code PAKGOV 2018-08-18..2022-04-10 hog
  code PAKELI
  test أعلن عمران خان عن حزمة إصلاحات اقتصادية جديدة @2020-07-01 => PAKGOV
  test قاد عمران خان مسيرة احتجاجية نحو العاصمة @2022-11-03 => PAKELI

actor shaukat-aziz
  name Shaukat Aziz
  type person
  country PAK
  ar شوكت عزيز
  code PAKGOV 2004-08-28..2007-11-16 hog
  code PAKELI
  test استقبل شوكت عزيز وزير الخارجية البريطاني في إسلام آباد @2006-05-10 => PAKGOV

actor shah-mahmood-qureshi
  name Shah Mahmood Qureshi
  type person
  country PAK
  ar شاه محمود قريشي | قريشي
  code PAKGOV 2008-03-31..2011-02-11 fm
  code PAKGOV 2018-08-20..2022-04-10 fm
  code PAKELI
  test التقى شاه محمود قريشي نظيره الهندي في نيويورك @2008-09-24 => PAKGOV

actor ashfaq-kayani
  name Ashfaq Parvez Kayani
  type person
  country PAK
  ar أشفاق برويز كياني | أشفاق كياني | كياني
  code PAKMIL 2007-11-28..2013-11-29 cs
  code PAKELI
  test تفقد أشفاق كياني القوات في وزيرستان @2009-11-01 => PAKMIL

actor asim-munir
  name Asim Munir
  type person
  country PAK
  ar عاصم منير
  code PAKMIL 2022-11-29.. cs
  code PAKELI
  test التقى عاصم منير الرئيس الأمريكي في البيت الأبيض @2025-06-18 => PAKMIL

# Turkey
actor abdullah-gul
  name Abdullah Gül
  type person
  country TUR
  ar عبد الله غل | عبد الله غول | غل
  code TURGOV 2002-11-18..2003-03-14 hog
  code TURGOV 2003-03-15..2007-08-28 fm
  code TURGOV 2007-08-28..2014-08-28 hos
  code TURELI
  test التقى عبد الله غل نظيره السوري في أنقرة @2005-04-12 => TURGOV
  test وقال غل إن تركيا تسعى إلى الانضمام إلى الاتحاد الأوروبي @2010-06-10 => TURGOV
  test انتقد عبد الله غل أداء الحكومة في مقابلة تلفزيونية @2017-02-01 => TURELI

actor ahmet-davutoglu
  name Ahmet Davutoğlu
  type person
  country TUR
  ar أحمد داود أوغلو | داود أوغلو | أحمد داوود أوغلو | داوود أوغلو
  code TURGOV 2009-05-01..2014-08-28 fm
  code TURGOV 2014-08-29..2016-05-24 hog
  code TURELI
  test التقى أحمد داود أوغلو نظيره الإيراني في طهران @2012-01-05 => TURGOV
  test وقال داود أوغلو إن تركيا لن تقف مكتوفة الأيدي @2015-10-10 => TURGOV

# Jordan
actor king-hussein
  name Hussein of Jordan
  type person
  country JOR
  ar الملك حسين | الملك الحسين | الملك حسين بن طلال | الحسين بن طلال
  code JORGOV 1952-08-11..1999-02-07 hos
  code JORELI
  test وقع الملك حسين معاهدة السلام في وادي عربة @1994-10-26 => JORGOV
  test أحيا الأردنيون ذكرى رحيل الملك حسين @2007-02-07 => JORELI

# Egypt, Syria
actor hosni-mubarak
  name Hosni Mubarak
  type person
  country EGY
  wikidata Q34105
  ar حسني مبارك | محمد حسني مبارك | مبارك
  code EGYGOV 1975-04-16..1981-10-13 vp
  code EGYGOV 1981-10-14..2011-02-11 hos
  code EGYELI
  test استقبل حسني مبارك في شرم الشيخ رئيس الوزراء الإسرائيلي @2008-06-26 => EGYGOV
  test وأكد مبارك أن مصر لن تسمح بتهديد أمنها القومي @2009-01-10 => EGYGOV
  test مثل مبارك أمام المحكمة في القاهرة @2011-08-03 => EGYELI

actor mohamed-morsi
  name Mohamed Morsi
  type person
  country EGY
  wikidata Q4631
  ar محمد مرسي | مرسي
  code EGYGOV 2012-06-30..2013-07-03 hos
  code EGYELI
  test وقال محمد مرسي للصحفيين إن الاتفاق سيوقع قريبا @2012-12-31 => EGYGOV
  test أصدر مرسي إعلانا دستوريا جديدا @2012-11-22 => EGYGOV
  test مثل مرسي أمام المحكمة في القاهرة @2014-01-28 => EGYELI

actor hafez-al-assad
  name Hafez al-Assad
  type person
  country SYR
  wikidata Q118725
  ar حافظ الأسد | الأسد
  code SYRGOV 1971-03-14..2000-06-10 hos
  code SYRELI
  test استقبل حافظ الأسد في دمشق وزير الخارجية الأمريكي @1999-12-08 => SYRGOV
  test وقال الأسد إن سوريا متمسكة بالانسحاب الكامل من الجولان @1996-03-01 => SYRGOV

# United States
actor george-h-w-bush
  name George H. W. Bush
  type person
  country USA
  ar جورج بوش الأب | بوش الأب | جورج هربرت ووكر بوش | جورج بوش | بوش
  code USAGOV 1981-01-20..1989-01-19 vp
  code USAGOV 1989-01-20..1993-01-20 hos
  code USAELI
  test أعلن جورج بوش الأب بدء عملية عاصفة الصحراء @1991-01-17 => USAGOV
  test وقال بوش إن الكويت ستتحرر @1990-11-20 => USAGOV

actor bill-clinton
  name Bill Clinton
  type person
  country USA
  ar بيل كلينتون | كلينتون
  code USAGOV 1993-01-20..2001-01-20 hos
  code USAELI
  test استضاف بيل كلينتون قمة كامب ديفيد @2000-07-11 => USAGOV
  test وقال كلينتون إن السلام ممكن في الشرق الأوسط @1998-10-23 => USAGOV
  test ألقى بيل كلينتون كلمة في مؤتمر خيري في نيويورك @2006-09-21 => USAELI

# Others the gold spans name
actor george-hawi
  name George Hawi
  type person
  country LBN
  ar جورج حاوي
  code LBNPTY 1979..1993 ldr
  code LBNELI
  test شيع اللبنانيون الأمين العام السابق للحزب الشيوعي جورج حاوي @2005-06-22 => LBNELI

actor abdel-wahab-elmessiri
  name Abdel Wahab Elmessiri
  type person
  country EGY
  ar عبد الوهاب المسيري | المسيري
  code EGYOPP 2007-01..2008-07-03 ldr
  code EGYELI
  test قاد عبد الوهاب المسيري مظاهرة لحركة كفاية في القاهرة @2007-12-12 => EGYOPP

actor kurmanbek-bakiyev
  name Kurmanbek Bakiyev
  type person
  country KGZ
  ar كورمان بيك باكييف | باقييف | باكييف
  code KGZGOV 2005-03-25..2010-04-15 hos
  code KGZELI
  test وقال باقييف إن القاعدة الأمريكية ستغلق @2009-02-04 => KGZGOV

actor felix-kulov
  name Felix Kulov
  type person
  country KGZ
  ar فيليكس كولوف | فيليكس قولوف | كولوف
  code KGZGOV 2005-09..2007-01 hog
  code KGZELI
  test ترأس فيليكس كولوف اجتماع الحكومة في بشكيك @2006-04-10 => KGZGOV
