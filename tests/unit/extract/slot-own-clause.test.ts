/**
 * slot31 (diagnosis-batch27 §6 fix 4): a slot is filled from its own clause, by a mention of its kind, and the relation
 * follows the act. Membership "in the army" is no place; forces stationed somewhere keep that place when their
 * withdrawal is demanded (no presence in the urging state besides); both languages, past a date, a list, a modifier.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'membership in an army is no place (ar)': [
    ['no fourth-division deployed_in syr', 'اندلعت اشتباكات عنيفة، أمس الاثنين، بين قوات الفرقة الرابعة في الجيش السوري ومسلحين محليين في مدينة الصنمين شمالي درعا.'],
    ['no fourth-division deployed_in syr', 'وقالت مصادر إن قوات الفرقة الرابعة في الجيش السوري وصلت إلى ريف درعا الغربي.'],
    ['no fourth-division deployed_in syr', 'هاجم مسلحون، اليوم الثلاثاء، قوات الفرقة الرابعة في الجيش السوري قرب طفس.'],
    ['no fourth-division deployed_in irq', 'وانتشرت قوات الفرقة الرابعة في الجيش العراقي في محيط سنجار.'],
    ['usa deployed_in syr', 'وتنتشر القوات الأمريكية في سوريا منذ عام 2015.'],
    ['irn deployed_in syr', 'وتنتشر قوات إيرانية في سوريا، بحسب المرصد.'],
  ],
  'membership in an army is no place': [
    ['no fourth-division deployed_in syr', 'Clashes broke out on Monday between forces of the Fourth Division in the Syrian army and local gunmen in Sanamayn.'],
    ['usa deployed_in syr', 'US forces in Syria number about 900.'],
  ],
  'forces stationed somewhere whose withdrawal is demanded (ar)': [
    ['usa deployed_in northeastern-syria', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['usa deployed_in al-tanf', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['no usa deployed_in syr', 'وجدد الوزير السوري مطالبة دمشق بانسحاب القوات الأمريكية المنتشرة في شمال شرق سوريا وقاعدة التنف.'],
    ['tur deployed_in idlib', 'وطالبت دمشق، يوم الأحد، بانسحاب القوات التركية المتمركزة في إدلب.'],
    ['no tur deployed_in syr', 'وطالبت دمشق، يوم الأحد، بانسحاب القوات التركية المتمركزة في إدلب.'],
    ['tur deployed_in syr', 'وطالبت دمشق بانسحاب القوات التركية.'],
  ],
  'forces stationed somewhere whose withdrawal is demanded': [
    ['no usa deployed_in syr', 'Damascus on Sunday demanded the withdrawal of US forces stationed in northeastern Syria and al-Tanf.'],
  ],
  "a raid's place is no presence of the raider": [
    ['no sdf deployed_in raqqa', 'The Syrian Democratic Forces (SDF) said on Wednesday they had captured a senior Islamic State official in a raid on a village east of Raqqa carried out with US forces.'],
    ['no sdf deployed_in deir-ez-zor', 'The SDF captured two IS commanders on Tuesday in a raid on the town of Dhiban in Deir ez-Zor.'],
    ['no sdf deployed_in hasakah', 'The SDF, which the US backs, captured an IS financier during an attack on a hideout near Hasakah.'],
    ['sdf deployed_in raqqa', 'The SDF captured Raqqa from Islamic State in October 2017.'],
    ['sdf deployed_in raqqa', 'The SDF captured Raqqa in a four-month offensive in 2017.'],
  ],
  "a raid's place is no presence of the raider (ar)": [
    ['no sdf deployed_in raqqa', 'وسيطرت «قسد» على مخزن أسلحة خلال هجوم على قرية شرق الرقة.'],
    ['sdf deployed_in raqqa', 'وسيطرت «قسد» على الرقة في تشرين الأول/أكتوبر 2017.'],
  ],
  'the victims of a killing are the side attacked, not the place (ar)': [
    ['hts attacked syr', 'قُتل ثلاثة عناصر من قوات النظام السوري، أمس الإثنين، بقصف صاروخي شنّته «هيئة تحرير الشام» على مواقع عسكرية في ريف حماة الشمالي الغربي، بحسب المرصد السوري لحقوق الإنسان.'],
    ['no hts attacked hama', 'قُتل ثلاثة عناصر من قوات النظام السوري، أمس الإثنين، بقصف صاروخي شنّته «هيئة تحرير الشام» على مواقع عسكرية في ريف حماة الشمالي الغربي، بحسب المرصد السوري لحقوق الإنسان.'],
    ['isr attacked syr', 'قُتل جنديان من الجيش السوري في غارات إسرائيلية استهدفت مواقع في ريف دمشق.'],
    ['no isr attacked damascus', 'قُتل جنديان من الجيش السوري في غارات إسرائيلية استهدفت مواقع في ريف دمشق.'],
    ['hts attacked hama', 'وقصفت «هيئة تحرير الشام» مواقع في ريف حماة، أمس الإثنين.'],
  ],
  'the victims of a killing are the side attacked, not the place': [
    ['isr attacked syr', 'Israeli strikes on positions near Damascus on Monday killed three members of the Syrian army, a war monitor said.'],
    ['no isr attacked damascus', 'Israeli strikes on positions near Damascus on Monday killed three members of the Syrian army, a war monitor said.'],
  ],
  'a relative on the host: the place a body runs (ar)': [
    ['sdf deployed_in al-hol-camp', 'كما تناول اللقاء ملف آلاف العراقيين المحتجزين في مخيم الهول الذي تديره «قوات سوريا الديمقراطية».'],
    ['sdf deployed_in al-hol-camp', 'ويقيم آلاف الأطفال في مخيم الهول، الذي تديره «قسد» منذ 2019.'],
    ['sdf deployed_in al-hol-camp', 'وزار الوفد، أمس الأحد، مخيم الهول الذي تديره «قسد» شرقي الحسكة.'],
  ],
  'a relative on the host: the place a body runs': [
    ['sdf deployed_in al-hol-camp', 'Thousands of children live in al-Hol camp, which is run by the SDF.'],
    ['sdf deployed_in al-hol-camp', 'The delegation visited al-Hol camp, which the SDF runs, on Sunday.'],
  ],
  'a relative on the host place: the visit (ar)': [
    ['geir-pedersen visited damascus', 'التقى المبعوث الأممي إلى سوريا غير بيدرسون، اليوم الاثنين، وزير الخارجية السوري فيصل المقداد في دمشق، التي وصل إليها أمس الأحد.'],
    ['geir-pedersen visited damascus', 'واجتمع بيدرسون مع المقداد في دمشق التي وصل إليها مساء الأحد في زيارة تستغرق يومين.'],
    ['hakan-fidan visited baghdad', 'وبحث وزير الخارجية التركي هاكان فيدان مع نظيره العراقي فؤاد حسين في بغداد، التي يزورها لأول مرة منذ توليه منصبه، ملف المياه.'],
    ['no faisal-mekdad visited damascus', 'التقى المبعوث الأممي إلى سوريا غير بيدرسون، اليوم الاثنين، وزير الخارجية السوري فيصل المقداد في دمشق، التي وصل إليها أمس الأحد.'],
  ],
  'a relative on the host place: the visit': [
    ['geir-pedersen visited damascus', 'UN envoy Geir Pedersen met Foreign Minister Faisal Mekdad on Monday in Damascus, where he arrived on Sunday.'],
    ['geir-pedersen visited damascus', 'Geir Pedersen held talks with Faisal Mekdad in Damascus, which he visited for the second time this year.'],
  ],
  'a relative on the other party, told with (ar)': [
    ['isr reconciled_with tur', 'وأرسلت إسرائيل فرق إنقاذ ومساعدات إلى تركيا، التي أعادت معها العلاقات الدبلوماسية الكاملة العام الماضي.'],
    ['syr agreed_with irq', 'ورحبت دمشق بالخطوة العراقية، وبخاصة مع العراق، الذي اتفقت معه على تعزيز التنسيق الأمني.'],
  ],
  'a relative on the other party, told with': [
    ['isr reconciled_with tur', 'Israel has sent search and rescue teams and aid to Turkey, with which it restored full diplomatic ties last year.'],
    ['isr reconciled_with tur', 'Israel, which has sent aid to Turkey, with which it restored full diplomatic ties in August 2022, said more teams would follow.'],
    ['syr agreed_with irq', 'Damascus welcomed the move by Iraq, with which Syria agreed on security coordination in 2023.'],
    ['no tur reconciled_with isr', 'Israel has sent search and rescue teams and aid to Turkey, with which it restored full diplomatic ties last year.'],
  ],
  'a relative on a subject named with its short form in brackets': [
    // (capturing an armed group's stronghold is an attack on the group since pred31; one capture word gives one reading)
    ['sdf attacked isis', 'The camps, including al-Hol and Roj, are run by the Kurdish-led Syrian Democratic Forces (SDF), which captured the last IS stronghold of Baghouz in 2019.'],
    ['sdf deployed_in baghuz', 'The camps are run by the Syrian Democratic Forces (SDF), which captured Baghouz in March 2019.'],
    ['hts deployed_in idlib', 'The town was shelled by Hayat Tahrir al-Sham (HTS), which controls Idlib.'],
  ],
  'a target is the place, not the controller inside it (ar)': [
    ['tur attacked northeastern-syria', 'وكانت الطائرات المسيّرة التركية قد استهدفت في كانون الثاني/يناير الماضي منشآت للطاقة ومحطات كهرباء في مناطق سيطرة «قسد» شمال شرق سوريا.'],
    ['no tur attacked sdf', 'وكانت الطائرات المسيّرة التركية قد استهدفت في كانون الثاني/يناير الماضي منشآت للطاقة ومحطات كهرباء في مناطق سيطرة «قسد» شمال شرق سوريا.'],
    ['tur attacked hasakah', 'وقصفت القوات التركية، اليوم الأحد، قرى في مناطق سيطرة «قسد» بريف الحسكة.'],
    ['sdf deployed_in hasakah', 'وقصفت القوات التركية، اليوم الأحد، قرى في مناطق سيطرة «قسد» بريف الحسكة.'],
    ['no sdf deployed_in tur', 'وقصفت القوات التركية قرى في مناطق سيطرة «قسد» بريف الحسكة.'],
    ['syrian-national-army deployed_in jarablus', 'وتقع جرابلس ضمن مناطق سيطرة فصائل «الجيش الوطني السوري».'],
    ['tur attacked sdf', 'وقصفت القوات التركية مواقع لـ«قسد» في ريف الحسكة.'],
  ],
  'a target is the place, not the controller inside it': [
    ['tur attacked northeastern-syria', 'Turkish drones struck energy facilities in SDF-held areas of northeastern Syria in January.'],
    ['no tur attacked sdf', 'Turkish drones struck energy facilities in SDF-held areas of northeastern Syria in January.'],
    ['tur attacked northeastern-syria', 'Turkish drones on Tuesday struck power stations in areas controlled by the SDF in northeastern Syria.'],
    ['tur attacked sdf', 'Turkish drones struck SDF positions near Qamishli.'],
    ['tur attacked sdf', 'Turkish drones and artillery have kept up strikes on SDF-held areas in northeastern Syria since October.'],
  ],
  'a kind noun and a participle inside a reciprocal subject list (ar)': [
    ['syrian-national-army attacked sdf', 'تبادلت فصائل «الجيش الوطني السوري» المدعومة من تركيا و«قوات سوريا الديمقراطية» (قسد) القصف المدفعي، اليوم الثلاثاء، على محاور التماس في ريف مدينة الباب شرقي حلب.'],
    ['sdf attacked syrian-national-army', 'تبادلت فصائل «الجيش الوطني السوري» المدعومة من تركيا و«قوات سوريا الديمقراطية» (قسد) القصف المدفعي، اليوم الثلاثاء، على محاور التماس في ريف مدينة الباب شرقي حلب.'],
    ['no sdf supported syrian-national-army', 'تبادلت فصائل «الجيش الوطني السوري» المدعومة من تركيا و«قوات سوريا الديمقراطية» (قسد) القصف المدفعي، اليوم الثلاثاء، على محاور التماس في ريف مدينة الباب شرقي حلب.'],
    ['tur supported syrian-national-army', 'تبادلت فصائل «الجيش الوطني السوري» المدعومة من تركيا و«قوات سوريا الديمقراطية» (قسد) القصف المدفعي، اليوم الثلاثاء، على محاور التماس في ريف مدينة الباب شرقي حلب.'],
    ['sdf attacked syrian-national-army', 'وتبادلت فصائل «الجيش الوطني» الموالية لأنقرة و«قسد» القصف بالأسلحة الثقيلة قرب منبج.'],
    ['syrian-national-army attacked sdf', 'وتتبادل «قسد» وفصائل «الجيش الوطني السوري» المدعومة من تركيا القصف بشكل متكرر.'],
    ['no tur attacked sdf', 'وتتبادل «قسد» وفصائل «الجيش الوطني السوري» المدعومة من تركيا القصف بشكل متكرر.'],
  ],
  'a loyalty participle after a list member (ar)': [
    ['tur supported syrian-national-army', 'قصفت القوات التركية وفصائل «الجيش الوطني السوري» الموالية لها، أمس الجمعة، قرى في ريف بلدة تل تمر شمال غربي الحسكة.'],
    ['syrian-national-army attacked tal-tamr', 'قصفت القوات التركية وفصائل «الجيش الوطني السوري» الموالية لها، أمس الجمعة، قرى في ريف بلدة تل تمر شمال غربي الحسكة.'],
    ['tur supported syrian-national-army', 'وشنت فصائل «الجيش الوطني السوري» الموالية لتركيا، اليوم السبت، هجوماً على مواقع «قسد» قرب منبج.'],
    ['tur supported syrian-national-army', 'وقالت تركيا وفصائل «الجيش الوطني» الموالية لها إنها سيطرت على القرية.'],
    ['no sdf supported syrian-national-army', 'وتبادلت «قسد» وفصائل «الجيش الوطني» الموالية لتركيا القصف قرب منبج.'],
    ['no tur supported syr', 'حين طردت القوات التركية وفصائل سورية موالية لها تنظيم «الدولة الإسلامية» منها ضمن عملية «درع الفرات».'],
  ],
  'a loyalty participle after a list member': [
    ['irn supported hezbollah', 'Hezbollah, loyal to Iran, has fighters in Syria.'],
  ],
  'a visited-capitals list is no pair (ar)': [
    ['no irn met tur', 'ومن المقرر أن يزور بيدرسون طهران وأنقرة خلال الأيام المقبلة لإجراء مشاورات مماثلة.'],
    ['geir-pedersen visited ankara', 'ومن المقرر أن يزور بيدرسون طهران وأنقرة خلال الأيام المقبلة لإجراء مشاورات مماثلة.'],
    ['no irn met tur', 'وزار المبعوث الأممي غير بيدرسون، الأسبوع الماضي، طهران وأنقرة وموسكو لإجراء مشاورات حول الملف السوري.'],
    ['irn met tur', 'وعقدت طهران وأنقرة مشاورات في موسكو، الأسبوع الماضي.'],
  ],
  'a visited-capitals list is no pair': [
    ['no irn met tur', 'Pedersen will visit Tehran and Ankara in the coming days for similar consultations.'],
    ['geir-pedersen visited tehran', 'Pedersen will visit Tehran and Ankara in the coming days for similar consultations.'],
  ],
  'and others belonging to Y; front lines as a place head (ar)': [
    ['rus deployed_in arima', 'وتسيطر «قسد» على منطقتي منبج وعريمة غربي نهر الفرات، فيما تنتشر قوات روسية وأخرى تابعة للجيش السوري في نقاط على خطوط التماس قرب عريمة.'],
    ['syr deployed_in arima', 'وتسيطر «قسد» على منطقتي منبج وعريمة غربي نهر الفرات، فيما تنتشر قوات روسية وأخرى تابعة للجيش السوري في نقاط على خطوط التماس قرب عريمة.'],
    ['syr deployed_in manbij', 'وتنتشر قوات روسية وأخرى تابعة للجيش السوري في ريف منبج منذ عام 2019.'],
    ['syr deployed_in ain-issa', 'وانتشرت، أمس الأحد، قوات روسية وأخرى تابعة للجيش السوري في بلدة عين عيسى.'],
    ['rus deployed_in tal-rifaat', 'وتنتشر قوات روسية على خطوط التماس في محيط تل رفعت.'],
    ['no syr deployed_in manbij', 'وتنتشر قوات روسية قرب منبج وأخرى تابعة للجيش السوري قرب حلب.'],
  ],
  'a second place for the same subject': [
    ['usa deployed_in northeastern-syria', 'Washington keeps around 900 troops in Syria, mainly in SDF-held areas of the northeast.'],
    ['usa deployed_in northeastern-syria', 'The United States has about 900 troops in Syria, most of them in northeastern Syria.'],
    ['rus deployed_in latakia', 'Russia, which backs Assad, has thousands of troops in Syria, mostly in Latakia province.'],
    ['no usa deployed_in irq', 'Washington keeps 900 troops in Syria, Iraq hosts 2,500.'],
  ],
  'a second place for the same subject (ar)': [
    ['usa deployed_in hasakah', 'وتنشر واشنطن نحو 900 جندي في سوريا، معظمهم في مناطق سيطرة «قسد» في الحسكة.'],
    ['rus deployed_in hmeimim-air-base', 'وتنشر روسيا آلاف الجنود في سوريا، أغلبهم في قاعدة حميميم في اللاذقية.'],
  ],
  'an agreed future act is no relation of its own (ar)': [
    ['no bassam-sabbagh coordinated_with fuad-hussein', 'واتفق وزير الخارجية السوري بسام الصباغ ونظيره العراقي فؤاد حسين على تعزيز التنسيق الأمني على الحدود المشتركة.'],
    ['bassam-sabbagh agreed_with fuad-hussein', 'واتفق وزير الخارجية السوري بسام الصباغ ونظيره العراقي فؤاد حسين على تعزيز التنسيق الأمني على الحدود المشتركة.'],
    ['no syr coordinated_with irq', 'واتفقت دمشق وبغداد، أمس الإثنين، على تعزيز التنسيق الأمني على الحدود.'],
    ['syr agreed_with irq', 'واتفقت دمشق وبغداد، أمس الإثنين، على تعزيز التنسيق الأمني على الحدود.'],
  ],
  'an agreed future act is no relation of its own': [
    ['no syr coordinated_with irq', 'Syria and Iraq agreed on Monday to boost security coordination along their border.'],
    ['syr agreed_with irq', 'Syria and Iraq agreed on Monday to boost security coordination along their border.'],
  ],
  'a purpose clause is no urging': [
    ['no recep-tayyip-erdogan urged ypg', 'President Recep Tayyip Erdogan has repeatedly threatened a ground operation to push the YPG away from the border, but no such operation has been launched.'],
    ['recep-tayyip-erdogan threatened ypg', 'President Recep Tayyip Erdogan has repeatedly threatened a ground operation to push the YPG away from the border, but no such operation has been launched.'],
    ['no recep-tayyip-erdogan urged ypg', 'Erdogan on Tuesday vowed a new offensive to push the YPG back from the border.'],
    ['usa urged tur', 'The United States urged Turkey on Monday to halt the offensive.'],
  ],
});
