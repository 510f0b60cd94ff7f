/**
 * Dates on unseen articles (branch dates36): the wrong dates of held-out batches 13–30 grouped by cause, one general
 * rule a cause, paraphrase suites of new sentences in both languages with negative cells. " / " separates sentences.
 */
import { datedSuite as suite } from './helpers.ts';

suite(
  'support stated at the story’s occasion takes the occasion’s day',
  `
ar 2024-03-20 supported chn_syr_2024-03-19 | التقى وزير الخارجية السوري فيصل المقداد أمس الثلاثاء في دمشق المبعوث الصيني تشاي جيون. / وأكد تشاي موقف بلاده الداعم لسيادة سوريا ووحدة أراضيها.
ar 2024-09-05 supported egy_syr_2024-09-04 | استقبل الرئيس التركي رجب طيب أردوغان أمس الأربعاء في أنقرة نظيره المصري عبد الفتاح السيسي. / وأكد السيسي دعم مصر لسوريا في الحفاظ على وحدة أراضيها.
ar 2023-04-17 supported dza_syr_2023-04-16 | التقى الرئيس الجزائري عبد المجيد تبون أمس الأحد وزير الخارجية السوري فيصل المقداد في الجزائر. / وشدد تبون على دعم الجزائر لسوريا في مواجهة التحديات.
ar 2024-09-26 supported egy_syr_2024-09-25 | التقى وزير الخارجية المصري بدر عبد العاطي، أمس الأربعاء، نظيره السوري بسام الصباغ في نيويورك. / وأكد عبد العاطي، بحسب بيان للخارجية، «دعم مصر الكامل لوحدة سوريا وسيادتها».
en 2023-12-30 supported irn_syr_2023-12-29 | Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone on Friday with his Syrian counterpart Faisal Mekdad. / Amir-Abdollahian reaffirmed Tehran's support for Damascus, the ministry said.
en 2023-06-27 supported bashar-al-assad_vladimir-putin_2023-06-26 | Syrian President Bashar al-Assad received Russian Deputy Foreign Minister Sergei Vershinin in Damascus on Monday. / Assad expressed his support for the steps taken by President Vladimir Putin.
en 2022-12-21 supported irn_irq_2022-12-20 | Iranian Foreign Minister Hossein Amir-Abdollahian met EU foreign policy chief Josep Borrell at Jordan's Dead Sea on Tuesday. / Amir-Abdollahian said Iran supported Iraq's sovereignty and security.
en 2024-09-05 supported tur_syr_2024-09-04 | Turkish President Recep Tayyip Erdogan hosted Egyptian President Abdel Fattah al-Sisi in Ankara on Wednesday. / Erdogan stressed Turkey's support for the territorial integrity of Syria.
ar 2024-10-23 supported !devlet-bahceli_recep-tayyip-erdogan_2024-10-22 | دعا زعيم حزب الحركة القومية التركي دولت بهجلي أمس الثلاثاء عبد الله أوجلان إلى الحضور إلى البرلمان. / وقال بهجلي، حليف الرئيس رجب طيب أردوغان، أمام كتلة حزبه إن أوجلان قد يستفيد من العفو.
ar 2023-02-16 supported !jor_syr_2023-02-15 | استقبل الرئيس السوري بشار الأسد أمس الأربعاء في دمشق وزير الخارجية الأردني أيمن الصفدي. / وقال الصفدي إن بلاده أرسلت مساعدات إلى سوريا منذ وقوع الزلزال.
en 2021-03-10 supported !syr_rus_2021-03-09 | Russian President Vladimir Putin received Syrian President Bashar al-Assad in the Kremlin on Tuesday. / During his speech, Assad reaffirmed Syria's support for Russia.
en 2023-03-01 supported !rus_syr_2023-02-28 | Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergei Lavrov in Ankara on Tuesday. / Russia, Assad's main ally, has backed Damascus since 2015.
`,
);

suite(
  'an Arabic imperfect after "before/after that" (قبل أن، بعد أن) tells a past act: the date after it dates it',
  `
ar 2023-02-08 met abdel-fattah-al-sisi_recep-tayyip-erdogan_2022-11 | وشهدت العلاقات بين القاهرة وأنقرة توتراً منذ عام 2013، قبل أن يتصافح الرئيسان السيسي وأردوغان في الدوحة على هامش افتتاح كأس العالم في تشرين الثاني/نوفمبر الماضي.
ar 2024-02-15 reconciled_with tur_egy_2023-07 | وتدهورت العلاقات بين البلدين بعد عام 2013، قبل أن تعيد أنقرة والقاهرة تبادل السفراء في تموز/يوليو 2023.
ar 2023-04-14 met recep-tayyip-erdogan_abdel-fattah-al-sisi_2022-11 | وتصافح أردوغان والسيسي للمرة الأولى على هامش افتتاح كأس العالم في الدوحة في تشرين الثاني/نوفمبر الماضي.
ar 2023-03-19 met recep-tayyip-erdogan_abdel-fattah-al-sisi_2022-11 | وتصافح الرئيس التركي رجب طيب أردوغان ونظيره المصري عبد الفتاح السيسي في الدوحة في تشرين الثاني/نوفمبر الماضي.
en 2023-02-08 met abdel-fattah-al-sisi_recep-tayyip-erdogan_2022-11 | Relations between Cairo and Ankara were tense for years before Sisi and Erdogan shook hands in Doha in November.
ar 2023-05-10 urged syr_tur_2023-05-10 | وتطالب دمشق أنقرة بسحب قواتها من الشمال السوري، التي دخلت المنطقة في تشرين الأول/أكتوبر 2019.
`,
);

suite(
  'a year or a month and year after a possessive names its event noun’s date',
  `
en 2022-05-19 attacked tur_ypg_2019 | Sweden and Finland restricted arms sales to Turkey after its 2019 offensive against the YPG in northeastern Syria.
en 2024-01-24 attacked tur_ypg_2019 | Ankara wants the arms export restrictions imposed after its 2019 incursion into northeastern Syria against the YPG lifted.
en 2024-01-24 attacked tur_ypg_2019 | Several European states restricted arms sales after Turkey's 2019 offensive against the YPG.
en 2024-01-24 attacked tur_ypg_2019-10 | Several European states restricted arms sales after Turkey's October 2019 offensive against the YPG.
ar 2024-01-24 attacked tur_ypg_2019 | وفرضت دول أوروبية قيوداً على بيع الأسلحة لتركيا بعد هجومها على الوحدات الكردية عام 2019.
en 2024-01-24 attacked tur_ypg_2024-01-24 | Turkey said its 2019 agreement with Russia was still in force as Turkish drones struck the YPG.
`,
);

suite(
  'a partner’s fight is part of the partnership the sentence states: a state stays at publication',
  `
en 2022-01-05 attacked usa_isis_2022-01-05 | Rockets struck a US base in eastern Syria on Wednesday, the coalition said. / About 900 US soldiers are deployed in northeastern Syria, where they work alongside the Kurdish-led Syrian Democratic Forces against Islamic State remnants.
en 2022-01-05 attacked sdf_isis_2022-01-05 | Rockets struck a US base in eastern Syria on Wednesday, the coalition said. / About 900 US soldiers are deployed in northeastern Syria, where they work alongside the Kurdish-led Syrian Democratic Forces against Islamic State remnants.
en 2024-02-12 attacked sdf_isis_2024-02-12 | Turkish drones struck a car near Derbasiyah on Sunday, killing two SDF fighters. / Washington has partnered with the SDF in the fight against Islamic State, a partnership that has long strained its ties with Ankara.
en 2022-05-13 attacked sdf_isis_2022-05-13 | The US Treasury issued a licence on Wednesday easing sanctions on areas held by the SDF. / The United States keeps several hundred troops in the northeast and backs the SDF in its fight against Islamic State.
ar 2023-12-11 attacked usa_isis_2023-12-11 | أجرت القوات الأمريكية و«قسد» أمس الأحد تدريبات عسكرية مشتركة في ريف الحسكة. / وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».
ar 2023-12-11 attacked sdf_isis_2023-12-11 | أجرت القوات الأمريكية و«قسد» أمس الأحد تدريبات عسكرية مشتركة في ريف الحسكة. / وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».
ar 2023-12-26 attacked sdf_isis_2023-12-26 | قصفت مسيّرات تركية أمس الاثنين مواقع في القامشلي. / وتدعم الولايات المتحدة «قسد» في حربها ضد تنظيم «داعش».
`,
);

suite(
  'an English bare verb after a plural subject pronoun or a relative is a present tense',
  `
en 2024-08-30 supported rus_syr_2024-08-30 | Government forces shelled Ariha on Thursday. / Russian jets, which back the government, also struck the outskirts of Jisr al-Shughur earlier this week, the monitor said.
en 2023-03-09 coordinated_with usa_sdf_2023-03-09 | The House rejected a resolution on Wednesday to withdraw US troops from Syria. / About 900 US troops remain in the northeast, where they work alongside the Syrian Democratic Forces.
en 2023-11-15 attacked rus_idlib_2023-11-14 | Russian warplanes struck the outskirts of Idlib on Tuesday, rescuers said. / They hit a market and a school, the monitor added.
en 2023-10-01 attacked rus_idlib_2023-09-30 | Syrian rescuers counted the dead on Saturday. / Rescuers said Russian jets, which struck Idlib on Saturday, killed five people.
`,
);

suite(
  'news in the present perfect or progressive reported on a day takes the report’s day',
  `
en 2022-07-21 sanctioned syr_ukr_2022-07-20 | Syria has formally cut diplomatic relations with Ukraine, the foreign ministry in Damascus said on Wednesday, according to SANA.
en 2023-06-15 deployed_in usa_middle-east_2023-06-14 | The United States is sending F-22 stealth fighters to the Middle East in response to unsafe behaviour by Russian aircraft, the Pentagon said on Wednesday.
en 2024-05-03 sanctioned tur_isr_2024-05-02 | Turkey has suspended all exports and imports with Israel until a permanent ceasefire is reached in Gaza, the Trade Ministry said on Thursday.
en 2023-08-09 agreed_with syr_united-nations_2023-08-08 | Syria has reached an agreement with the United Nations to reopen the Bab al-Hawa crossing, UN officials said on Tuesday.
ar 2022-07-21 sanctioned syr_ukr_2022-07-20 | قطعت سوريا علاقاتها الدبلوماسية مع أوكرانيا، بحسب ما أعلنت وزارة الخارجية أمس الأربعاء.
en 2024-05-03 sanctioned !tur_isr_2024-05-02 | Turkey has restricted exports to Israel since April, the Trade Ministry said on Thursday.
en 2024-05-03 deployed_in !rus_syr_2024-05-02 | Russia has kept troops in Syria, the Kremlin said on Thursday.
`,
);

suite(
  'the story’s attack named again by a definite noun is of the day the opening gives it',
  `
en 2023-05-04 attacked usa_idlib_2023-05-03 | The US military said on Wednesday it had carried out a strike in northwestern Syria targeting a senior leader of al-Qaeda. / Relatives of the man killed said on Thursday that he was a farmer. / The strike hit farmland in the Idlib countryside.
en 2023-04-18 attacked usa_jarablus_2023-04-17 | US forces killed a senior Islamic State official in a helicopter raid in northern Syria on Monday, CENTCOM said. / Local residents said the raid targeted a house near the town of Jarablus.
en 2024-02-22 attacked isr_kafr-sousa_2024-02-21 | Israeli jets struck targets near Damascus on Wednesday, Syrian state media said. / Syria's foreign ministry condemned the attack. / A war monitor said the strikes hit a residential building in Kafr Sousa.
ar 2024-11-01 attacked syr_idlib_2024-10-31 | قُتل ثلاثة مدنيين أمس الخميس جراء غارات جوية روسية على بلدة البارة في ريف إدلب. / وتزامنت الغارات مع قصف مدفعي شنّته قوات النظام السوري على قرى في ريف إدلب.
en 2023-05-04 attacked usa_hurras-al-din_2023-05-04 | The US military said on Wednesday it had carried out a strike in northwestern Syria targeting a senior leader of al-Qaeda. / Washington has repeatedly targeted leaders of the jihadist group Hurras al-Din in Idlib with drone strikes.
ar 2022-12-24 attacked !tur_ypg_2022-12-23 | قصفت المدفعية التركية أمس الجمعة قرى في ريف تل رفعت. / ويأتي القصف بعد أسابيع من إطلاق أنقرة عملية «المخلب - السيف» الجوية ضد مواقع الوحدات الكردية في شمال سوريا.
`,
);

suite(
  'a response whose subject is a military noun with its demonym answers the act told before it',
  `
ar 2022-11-22 attacked tur_manbij_2022-11-21 | قُتل ثلاثة أشخاص أمس الاثنين جراء سقوط قذائف صاروخية على بلدة قرقميش. / ونفت «قسد» أي علاقة لها بالقصف. / وردّت المدفعية التركية بقصف مواقع في محيط تل رفعت ومنبج، وفق مصادر محلية.
ar 2022-11-22 attacked tur_tal-rifaat_2022-11-21 | قُتل ثلاثة أشخاص أمس الاثنين جراء سقوط قذائف صاروخية على بلدة قرقميش. / وردّت القوات التركية بقصف مواقع في محيط تل رفعت.
ar 2022-11-22 attacked tur_manbij_2022-11-21 | سقطت قذائف صاروخية أمس الاثنين على بلدة قرقميش الحدودية. / وردّ الجيش التركي بقصف قرى في ريف منبج.
en 2022-11-22 attacked tur_manbij_2022-11-21 | Rockets fired from Syria hit the Turkish border town of Karkamis on Monday, killing three people. / Turkish artillery responded by shelling villages near Manbij, local sources said.
ar 2022-11-22 attacked !tur_manbij_2022-11-21 | سقطت قذائف صاروخية أمس الاثنين على بلدة قرقميش الحدودية. / وتقصف المدفعية التركية مراراً قرى في ريف منبج.
`,
);

suite(
  'a planned event’s day anchors no undated act of the story',
  `
en 2023-12-07 hosted mohamed-bin-zayed_vladimir-putin_2023-12-06 | Russian President Vladimir Putin made a rare trip abroad on Wednesday, flying to the United Arab Emirates and Saudi Arabia. / In Abu Dhabi, UAE President Sheikh Mohamed bin Zayed Al Nahyan welcomed Putin at the presidential palace. / The Kremlin said Putin would host Iranian President Ebrahim Raisi in Moscow on Thursday.
en 2023-12-07 visited vladimir-putin_riyadh_2023-12-06 | Russian President Vladimir Putin made a rare trip abroad on Wednesday, flying to the United Arab Emirates and Saudi Arabia. / Putin then flew to Riyadh, where Crown Prince Mohammed bin Salman received him. / The Kremlin said Putin would host Iranian President Ebrahim Raisi in Moscow on Thursday.
ar 2023-12-07 hosted mohamed-bin-zayed_vladimir-putin_2023-12-06 | قام الرئيس الروسي فلاديمير بوتين أمس الأربعاء بجولة خليجية نادرة شملت الإمارات والسعودية. / واستقبل رئيس الإمارات الشيخ محمد بن زايد بوتين في قصر الرئاسة في أبوظبي. / وأعلن الكرملين أن بوتين سيستضيف الرئيس الإيراني إبراهيم رئيسي في موسكو يوم الخميس.
en 2023-12-07 hosted vladimir-putin_ebrahim-raisi_2023-12-07 | Russian President Vladimir Putin made a rare trip abroad on Wednesday, flying to the United Arab Emirates and Saudi Arabia. / The Kremlin said Putin would host Iranian President Ebrahim Raisi in Moscow on Thursday.
`,
);

suite(
  'a pluperfect statement is background to the meeting story, not said there',
  `
ar 2022-02-15 accused tur_are_2022-02-15 | وصل الرئيس التركي رجب طيب أردوغان أمس الاثنين إلى أبوظبي في أول زيارة رسمية له منذ عام 2013. / وعقد الجانبان جلسة مباحثات تناولت العلاقات الثنائية. / وكانت أنقرة قد اتهمت أبوظبي في السنوات الماضية بدعم محاولة الانقلاب الفاشلة عام 2016.
en 2023-07-11 accused tur_swe_2023-07-11 | Turkey agreed on Monday at talks in Vilnius to forward Sweden's NATO bid to parliament, NATO's chief said. / Turkey had held up Sweden's application for more than a year, accusing Stockholm of harbouring members of the PKK.
en 2022-07-16 accused joe-biden_mohammed-bin-salman_2022-07-15 | US President Joe Biden met Saudi Crown Prince Mohammed bin Salman in Jeddah on Friday. / Biden told reporters he had raised the 2018 killing of journalist Jamal Khashoggi and said he held the crown prince responsible.
ar 2022-02-15 accused recep-tayyip-erdogan_isr_2022-02-14 | وصل الرئيس التركي رجب طيب أردوغان أمس الاثنين إلى أبوظبي في زيارة رسمية. / وعقد الجانبان جلسة مباحثات تناولت العلاقات الثنائية. / واتهم أردوغان إسرائيل بارتكاب جرائم في غزة.
`,
);

suite(
  'the story’s attack named again is no anchor for another event the sentence relates it to',
  `
en 2021-06-10 attacked tur_qamishli_2021-05-29 | Turkish drones struck a village near Kobani on Tuesday, killing two fighters, Kurdish officials said. / The strike came ten days after Turkish jets hit a power station near Qamishli.
ar 2021-06-09 attacked !tur_kobani_2021-06-08 | قصفت مسيّرة تركية سيارة قرب القامشلي أمس الثلاثاء. / الغارة جاءت بعد أسبوع من غارة تركية استهدفت موقعاً قرب عين العرب.
`,
);
