/**
 * slot36 (diagnosis-batch31 §6 fix 3): a non-finite adjunct verb has no subject of its own and takes the main clause's.
 * - Arabic: the circumstantial participle of blame `…، محمّلاً X مسؤولية …` after a reported `أن`-clause or any main
 *   clause (#8, 17), as `متهماً`, `منتقداً`; the English twin ", blaming X for …" is read already.
 * - English: a gerund right after an adjunct preposition ("since seizing", "after capturing", "before striking", "while
 *   backing") takes the subject of the finite verb before it (#36, 37, 95, 96); the capture of a place from a group
 *   told by a gerund is the capture (README 19f), "the district" taken is the place named before it.
 * Negative cells: the participle "loaded with" (`محمّلة بالمساعدات`) is no blame; a gerund after "by" in a passive is
 * no adjunct of the victim; the object of the adjunct is never the main verb's subject.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the participle of blame takes the main subject (ar)': [
    ['faisal-mekdad accused tur', 'وأشار المقداد إلى أن تراجع منسوب نهر الفرات يهدد مياه الشرب والزراعة في سوريا والعراق، محمّلاً تركيا مسؤولية حجز المياه خلف سدودها.'],
    ['faisal-mekdad accused isr', 'واعتبر الوزير السوري فيصل المقداد أن الاعتداءات الإسرائيلية المتكررة تشكل انتهاكاً صارخاً للقانون الدولي، محمّلاً إسرائيل مسؤولية تعطيل حركة الملاحة المدنية.'],
    ['faisal-mekdad accused tur', 'وأشار المقداد إلى أن الجفاف يضر بالزراعة، محمّلاً تركيا مسؤولية حجز المياه.'],
    ['faisal-mekdad accused isr', 'وندد المقداد يوم الأحد بالغارات، محمّلاً إسرائيل المسؤولية الكاملة عن التصعيد.'],
    ['syr accused usa', 'وقالت وزارة الخارجية السورية إن القوات الأمريكية تسرق النفط، محمّلة واشنطن مسؤولية معاناة السوريين.'],
    ['sdf accused tur', 'وقالت «قسد» إن القصف طال قرى في ريف تل تمر، محمّلةً تركيا مسؤولية التصعيد.'],
    ['no faisal-mekdad accused syr', 'وأشار المقداد إلى أن تراجع منسوب نهر الفرات يهدد مياه الشرب في سوريا، محمّلاً تركيا مسؤولية حجز المياه.'],
    ['no irq accused syr', 'وكانت بغداد قد أرسلت طائرات محمّلة بالمساعدات إلى مطاري دمشق وحلب.'],
  ],
  'the participle of blame, English twin': [
    ['faisal-mekdad accused tur', 'Mekdad said the drop in the Euphrates threatened drinking water in Syria, blaming Turkey for holding back the water.'],
  ],
  'a gerund adjunct takes the main subject': [
    ['tur attacked ypg', 'Turkey has kept troops in Afrin since seizing the district from the Kurdish YPG militia in 2018.'],
    ['ypg deployed_in afrin', 'Turkey has kept troops in Afrin since seizing the district from the Kurdish YPG militia in 2018.'],
    ['tur attacked ypg', 'Turkey has kept troops in Afrin since seizing the town from the YPG in March 2018.'],
    ['tur attacked ypg', 'Turkey, which backs the Syrian National Army, has kept troops in Afrin since seizing the area from the YPG in 2018.'],
    ['syr attacked isis', 'The Syrian army has held Palmyra since recapturing the city from Islamic State in 2017.'],
    ['isis deployed_in palmyra', 'The Syrian army has held Palmyra since recapturing the city from Islamic State in 2017.'],
    ['sdf deployed_in baghuz', 'The SDF, backed by the US-led coalition, declared the territorial defeat of IS in March 2019 after capturing its last enclave in Baghuz, also in Deir ez-Zor.'],
    ['isis deployed_in baghuz', 'The SDF, backed by the US-led coalition, declared the territorial defeat of IS in March 2019 after capturing its last enclave in Baghuz, also in Deir ez-Zor.'],
    ['isis deployed_in baghuz', 'The SDF announced victory over IS in March 2019 after capturing its last stronghold in Baghuz.'],
    ['tur accused ypg', 'Ankara threatened a new offensive on Monday after accusing the YPG of the Istanbul bombing.'],
    ['no afrin attacked ypg', 'Turkey has kept troops in Afrin since seizing the district from the Kurdish YPG militia in 2018.'],
    ['no ypg attacked tur', 'Turkey has kept troops in Afrin since seizing the district from the Kurdish YPG militia in 2018.'],
    ['no tur attacked ypg', 'Turkey has kept troops in Afrin since the YPG was pushed out of the district in 2018.'],
    ['no isis deployed_in baghuz', 'The SDF captured its own positions near Baghuz in March 2019.'],
  ],
  'a stationing participle after a VSO subject is the subject\'s, the object comes after it (ar)': [
    ['tur attacked sheikh-issa', 'كما استهدفت المدفعية التركية المتمركزة في قاعدة قرب مارع قرية الشيخ عيسى، من دون ورود أنباء عن إصابات.'],
    ['no tur attacked marea', 'كما استهدفت المدفعية التركية المتمركزة في قاعدة قرب مارع قرية الشيخ عيسى، من دون ورود أنباء عن إصابات.'],
    ['tur attacked sheikh-issa', 'وقصفت المدفعية التركية المتمركزة في مارع قرية الشيخ عيسى يوم الأحد.'],
    ['no tur attacked marea', 'وقصفت المدفعية التركية المتمركزة في مارع قرية الشيخ عيسى يوم الأحد.'],
    ['tur attacked tal-rifaat', 'واستهدفت القوات التركية المنتشرة في ريف حلب الشمالي مدينة تل رفعت بالمدفعية.'],
    ['rus attacked hts', 'واستهدفت الطائرات الروسية المتمركزة في قاعدة حميميم قرب اللاذقية مواقع «هيئة تحرير الشام» في إدلب.'],
    ['no rus attacked latakia', 'واستهدفت الطائرات الروسية المتمركزة في قاعدة حميميم قرب اللاذقية مواقع «هيئة تحرير الشام» في إدلب.'],
    ['tur attacked sdf', 'وقصفت القوات التركية المتمركزة في قواعدها شمال حلب مواقع «قسد» في تل رفعت.'],
    ['no tur attacked aleppo', 'وقصفت القوات التركية المتمركزة في قواعدها شمال حلب مواقع «قسد» في تل رفعت.'],
    ['tur attacked marea', 'واستهدفت المدفعية التركية مارع.'],
  ],
  'a stationing participle before the verb, English twin': [
    ['tur attacked sheikh-issa', 'Turkish artillery stationed at a base near Marea shelled the village of Sheikh Issa on Monday.'],
    ['no tur attacked marea', 'Turkish artillery stationed at a base near Marea shelled the village of Sheikh Issa on Monday.'],
  ],
  'a relative after a place located by a compass word belongs to the located place (ar)': [
    ['sdf deployed_in al-hol-camp', 'كما تناول الاتصال أوضاع آلاف العراقيين المقيمين في مخيم الهول شرق الحسكة، الذي تديره «قوات سوريا الديمقراطية» (قسد).'],
    ['no sdf deployed_in hasakah', 'كما تناول الاتصال أوضاع آلاف العراقيين المقيمين في مخيم الهول شرق الحسكة، الذي تديره «قوات سوريا الديمقراطية» (قسد).'],
    ['sdf deployed_in al-hol-camp', 'ويقيم آلاف النازحين في مخيم الهول شرقي الحسكة، الذي تسيطر عليه «قسد» منذ عام 2019.'],
    ['sdf deployed_in al-hol-camp', 'كما تناول الاتصال أوضاع آلاف العراقيين المقيمين في مخيم الهول، الذي تديره «قوات سوريا الديمقراطية» (قسد).'],
    ['sdf deployed_in hasakah', 'ويقع مخيم الهول في ريف الحسكة، الذي تسيطر عليه «قسد».'],
  ],
  'a relative after a place located by a compass word belongs to the located place': [
    ['sdf deployed_in al-hol-camp', 'Thousands of Iraqis live in the al-Hol camp east of Hasakah, which is run by the SDF.'],
    ['no sdf deployed_in hasakah', 'Thousands of Iraqis live in the al-Hol camp east of Hasakah, which is run by the SDF.'],
    ['sdf deployed_in al-hol-camp', 'Thousands of Iraqis live in the al-Hol camp, which is run by the SDF.'],
  ],
  'a restrictive relative after a place behind a preposition is not the place\'s': [
    ['no syr attacked irgc', 'Israel has repeatedly struck Iranian targets in Syria, including an April 1 strike on Iran\'s consulate in Damascus that killed seven members of the Revolutionary Guards.'],
    ['no syr attacked irgc', 'An Israeli strike on a building in Damascus that killed two members of the Revolutionary Guards drew condemnation.'],
    ['isr attacked irgc', 'Israel struck a building in Damascus on Monday, killing two members of the Revolutionary Guards.'],
    ['hezbollah attacked isr', 'Hezbollah, which is backed by Iran, fired rockets at Israel on Monday.'],
    ['tur attacked sdf', 'Turkey, which considers the SDF a terrorist group, struck SDF positions near Kobani.'],
  ],
  'the agent of a participle apposition between commas stops at its closing comma (ar)': [
    ['irn supported hezbollah', 'ويقاتل «حزب الله»، المدعوم من إيران، القوات الإسرائيلية في جنوب لبنان منذ مطلع الشهر الجاري.'],
    ['no isr supported hezbollah', 'ويقاتل «حزب الله»، المدعوم من إيران، القوات الإسرائيلية في جنوب لبنان منذ مطلع الشهر الجاري.'],
    ['hezbollah attacked isr', 'ويقاتل «حزب الله»، المدعوم من إيران، القوات الإسرائيلية في جنوب لبنان منذ مطلع الشهر الجاري.'],
    ['no tur supported sdf', 'وتقاتل «قسد»، المدعومة من الولايات المتحدة، تنظيم «داعش» في دير الزور.'],
    ['usa supported sdf', 'وتقاتل «قسد»، المدعومة من الولايات المتحدة، تنظيم «داعش» في دير الزور.'],
    ['rus supported syr', 'وتسيطر القوات الحكومية، المدعومة من روسيا وإيران، على مدينة حلب.'],
    ['irn supported syr', 'وتسيطر القوات الحكومية، المدعومة من روسيا وإيران، على مدينة حلب.'],
  ],
  'the subject of an attributing verb on an act noun is not the doer of the act (ar)': [
    ['no syr attacked rif-dimashq', 'وتأتي المكالمة بعد أيام من غارات نسبتها دمشق إلى إسرائيل، استهدفت مواقع في ريف دمشق ودرعا.'],
    ['no syr attacked daraa', 'وتأتي المكالمة بعد أيام من غارات نسبتها دمشق إلى إسرائيل، استهدفت مواقع في ريف دمشق ودرعا.'],
    ['no tur attacked kobani', 'وجاء ذلك بعد هجمات حمّلتها أنقرة لـ«قسد»، استهدفت مواقع قرب عين العرب.'],
    ['isr attacked rif-dimashq', 'وشنّت إسرائيل غارات استهدفت مواقع في ريف دمشق ودرعا.'],
    ['no syr attacked lbn', 'ودانت وزارة الخارجية السورية القصف، ووصفته بأنه «عدوان» يستهدف المدنيين والنازحين الفارين من لبنان.'],
    ['syr criticized isr', 'ودانت وزارة الخارجية السورية القصف الإسرائيلي، ووصفته بأنه «عدوان» يستهدف المدنيين.'],
    ['isr attacked hezbollah', 'وشنّت إسرائيل «عدواناً» يستهدف مواقع «حزب الله» في جنوب لبنان.'],
  ],
  'the lone name of a coordinated accusation after a comma is the accused (ar)': [
    ['tur accused sdf', 'في المقابل، تنفي أنقرة هذه الاتهامات، وتتهم «قسد» بقطع التيار الكهربائي المغذي للمحطة.'],
    ['no sdf accused tur', 'في المقابل، تنفي أنقرة هذه الاتهامات، وتتهم «قسد» بقطع التيار الكهربائي المغذي للمحطة.'],
    ['tur accused sdf', 'وتنفي أنقرة الاتهامات وتتهم «قسد» بقطع التيار عن المحطة.'],
    ['syr accused usa', 'ورفضت دمشق التصريحات، واتهمت واشنطن بسرقة النفط السوري.'],
    ['sdf accused tur', 'وتتهم «قسد» تركيا بقطع المياه عن الحسكة.'],
    ['syr urged tur', 'وتنشر تركيا قوات في مناطق واسعة من شمال سوريا، وتطالب دمشق بانسحابها شرطاً لأي لقاء بين الرئيسين.'],
    ['usa urged syr', 'وفي واشنطن، قالت وزارة الخارجية الأميركية إنها تتابع الاحتجاجات عن كثب، وحثّت دمشق على احترام حق السوريين في التظاهر السلمي.'],
    ['isr accused irn', 'وكانت إسرائيل قد اعترفت في السنوات الماضية بشنّ مئات الضربات على أهداف مرتبطة بإيران في سوريا، وتتهم طهران بنقل أسلحة إلى «حزب الله».'],
  ],
  'the coordinated accusation, English twin': [
    ['tur accused sdf', 'Ankara denies the accusations and accuses the SDF of cutting power to the station.'],
  ],
  '"around P" is a presence place where a keeping verb lists it': [
    ['irn deployed_in aleppo', 'Iran, a key backer of President Bashar al-Assad, keeps military advisers and allied fighters around Aleppo.'],
    ['irn deployed_in aleppo', 'Iran keeps military advisers around Aleppo.'],
    ['rus deployed_in hama', 'Russia has troops around Hama.'],
    ['fourth-division deployed_in tafas', "Syrian troops and the army's Fourth Division maintain checkpoints around Tafas and other towns in the western countryside."],
    ['syr deployed_in manbij', 'The SDF accused Turkey of trying to escalate while Russia and the Syrian government keep forces along the contact line around Manbij.'],
    ['no irn deployed_in aleppo', 'Iran keeps close ties with groups around Aleppo.'],
    ['tur attacked tal-rifaat', 'Turkish artillery shelled villages around Tal Rifaat on Monday.'],
  ],
  '"around P" is a presence place where a keeping verb lists it (ar)': [
    ['irn deployed_in aleppo', 'وتحتفظ إيران بمستشارين عسكريين حول حلب.'],
    ['irn deployed_in aleppo', 'وتحتفظ إيران بمستشارين عسكريين ومقاتلين حلفاء في محيط حلب.'],
    ['no irn deployed_in aleppo', 'وتحتفظ إيران بموقفها حول حلب.'],
  ],
  'a name inside a comma-closed where/when clause is no subject of the main verb': [
    ['no hts deployed_in bab-al-hawa', 'In the northwest, where Hayat Tahrir al-Sham controls most of Idlib province, aid enters from Turkey through the Bab al-Hawa crossing under a UN Security Council authorisation that expires next month.'],
    ['hts deployed_in idlib', 'In the northwest, where Hayat Tahrir al-Sham controls most of Idlib province, aid enters from Turkey through the Bab al-Hawa crossing.'],
    ['no sdf attacked tur', 'In Kobani, where the SDF holds the town, shells struck Turkish border posts.'],
    ['rus attacked idlib', 'In the northwest, where HTS holds sway, Russian jets struck Idlib on Monday.'],
    ['tur attacked sdf', 'When the talks failed, Turkey struck SDF positions near Kobani.'],
  ],
  'the place a front line reaches is no target': [
    ['no sdf attacked ras-al-ain', 'Shelling was exchanged as the SDF shelled front lines that stretch to the outskirts of Ras al-Ain.'],
    ['sdf attacked ras-al-ain', 'The SDF shelled the outskirts of Ras al-Ain on Monday.'],
  ],
  'the place a front line reaches is no target (ar)': [
    ['no sdf attacked ras-al-ain', 'ويشهد ريف تل تمر منذ أشهر تصعيداً متقطعاً، إذ تتبادل «قسد» والفصائل القصف على خطوط تمتد حتى أطراف رأس العين.'],
    ['no tur attacked ras-al-ain', 'وقصفت القوات التركية مواقع على خطوط التماس الممتدة حتى رأس العين.'],
    ['tur attacked ras-al-ain', 'وقصفت القوات التركية أطراف رأس العين.'],
  ],
});
