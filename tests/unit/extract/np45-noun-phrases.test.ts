/**
 * Relations told by noun phrases (branch np45; diagnosis-batch42 §6 np45, diagnosis-batch43 §6 np45), per slot kind, both
 * languages. Each describe is one class; its cases are the row's own construction and variants, with negatives.
 */
import { describeCases } from './helpers.ts';

// 1. Strikes or a campaign against named groups in named places (b43 #26–28; pool b16, b17): relations/againstin.ts.
describeCases({
  'strikes and campaigns against G in P: the row and variants (en)': [
    ['ypg deployed_in northern-syria', "Turkey launched Operation Claw-Sword on November 20, a campaign of air and artillery strikes against the YPG and the Kurdistan Workers' Party (PKK) in northern Syria and northern Iraq."],
    ['pkk deployed_in northern-syria', "Turkey launched Operation Claw-Sword on November 20, a campaign of air and artillery strikes against the YPG and the Kurdistan Workers' Party (PKK) in northern Syria and northern Iraq."],
    ['pkk deployed_in northern-iraq', "Turkey launched Operation Claw-Sword on November 20, a campaign of air and artillery strikes against the YPG and the Kurdistan Workers' Party (PKK) in northern Syria and northern Iraq."],
    ['no ypg deployed_in northern-iraq', "Turkey launched Operation Claw-Sword on November 20, a campaign of air and artillery strikes against the YPG and the Kurdistan Workers' Party (PKK) in northern Syria and northern Iraq."],
    ['ypg deployed_in northern-syria', 'Turkey, which launched a campaign of air strikes against the YPG in northern Syria last week, says the group threatens its border.'],
    ['pkk deployed_in northern-iraq', 'Ankara carries out regular drone strikes against the PKK in northern Iraq.'],
    ['hezbollah deployed_in lbn', 'Israel has stepped up its strikes in Syria since it launched an intensive bombing campaign against Hezbollah in Lebanon last month.'],
    ['hezbollah deployed_in lbn', 'Israel has stepped up attacks in Syria since it launched its offensive against Hezbollah in Lebanon in September.'],
    ['pkk deployed_in irq', 'Erdogan said Turkish forces would press on with operations against the PKK and the Kurdish YPG militia in Iraq and Syria.'],
    ['pkk deployed_in syr', 'Erdogan said Turkish forces would press on with operations against the PKK and the Kurdish YPG militia in Iraq and Syria.'],
  ],
  'strikes and campaigns against G in P: negatives (en)': [
    ['no hezbollah deployed_in lbn', 'The ambush came as Israel pressed its war against Hezbollah in Lebanon.'],
    ['no ypg deployed_in irq', 'Erdogan said Turkish forces would press on with operations against the PKK and the Kurdish YPG militia in Iraq and Syria.'],
    ['no isis deployed_in hasakah', 'The coalition struck IS targets on Monday, and strikes against the group continued near Hasakah.'],
  ],
  'strikes and campaigns against G in P: the row and variants (ar)': [
    ['ypg deployed_in northern-syria', 'أطلقت تركيا في 20 تشرين الثاني/نوفمبر عملية «المخلب - السيف»، وهي حملة غارات جوية ومدفعية ضد الوحدات الكردية وحزب العمال الكردستاني في شمال سوريا وشمال العراق.'],
    ['pkk deployed_in northern-iraq', 'أطلقت تركيا في 20 تشرين الثاني/نوفمبر عملية «المخلب - السيف»، وهي حملة غارات جوية ومدفعية ضد الوحدات الكردية وحزب العمال الكردستاني في شمال سوريا وشمال العراق.'],
    ['no ypg deployed_in northern-iraq', 'أطلقت تركيا في 20 تشرين الثاني/نوفمبر عملية «المخلب - السيف»، وهي حملة غارات جوية ومدفعية ضد الوحدات الكردية وحزب العمال الكردستاني في شمال سوريا وشمال العراق.'],
    ['pkk deployed_in northern-iraq', 'وتنفذ تركيا ضربات جوية ضد حزب العمال الكردستاني في شمال العراق.'],
    ['hezbollah deployed_in lbn', 'وتشن إسرائيل منذ أيلول/سبتمبر حملة غارات مكثفة ضد «حزب الله» في لبنان.'],
  ],
  'strikes and campaigns against G in P: negatives (ar)': [
    ['no hezbollah deployed_in lbn', 'وكثّفت إسرائيل غاراتها على سوريا منذ أن وسّعت حربها ضد «حزب الله» في لبنان.'],
  ],
}, '2022-11-25');

// 2. The Arabic control noun `سيطرة X (وY) على P` / `بسيطرة X عليها` (b42 #43, #103–104; pool b23, b34): controlnoun.ts.
describeCases({
  'the control noun with its holders and place: the rows and variants (ar)': [
    ['tur deployed_in tal-abyad', 'وتتعرض البلدة لقصف تركي متكرر منذ سيطرة أنقرة والفصائل على منطقتي تل أبيض ورأس العين في عملية «نبع السلام» عام 2019.'],
    ['tur deployed_in ras-al-ain', 'وتتعرض البلدة لقصف تركي متكرر منذ سيطرة أنقرة والفصائل على منطقتي تل أبيض ورأس العين في عملية «نبع السلام» عام 2019.'],
    ['tur deployed_in afrin', 'ويشهد الريف توتراً منذ سيطرة القوات التركية على مدينة عفرين عام 2018.'],
    ['syr deployed_in daraa', 'وتنشر الفرقة حواجز عدة في محيط طفس منذ سيطرة الحكومة السورية على محافظة درعا صيف عام 2018.'],
    ['sdf deployed_in manbij', 'وانتهت المعارك بسيطرة «قوات سوريا الديمقراطية» و«التحالف الدولي» على مدينة منبج في آب/أغسطس 2016.'],
    ['usa deployed_in manbij', 'وانتهت المعارك بسيطرة «قوات سوريا الديمقراطية» و«التحالف الدولي» على مدينة منبج في آب/أغسطس 2016.'],
    ['hezbollah deployed_in qusayr', 'وشهدت مدينة القصير معارك عنيفة عام 2013، انتهت بسيطرة الجيش السوري و«حزب الله» اللبناني عليها.'],
  ],
  'the control noun: negatives (ar)': [
    ['no sdf deployed_in manbij', 'وتخشى أنقرة من سيطرة «قسد» على مدينة منبج.'],
    ['no isis deployed_in deir-ez-zor', 'وقالت المصادر إن الغارات جاءت لمنع سيطرة «داعش» على مدينة دير الزور.'],
    ['no syr deployed_in raqqa', 'وتسيطر «قسد» على مدينة الرقة منذ عام 2017.'],
  ],
}, '2024-11-06');

// 3. An organisation as the modifier of an ally noun (b43 #67, FP 69, FP 71; pool b16 FP, b20): allymodifier.ts.
describeCases({
  'an alliance modifier of an ally noun names no party: the row and variants (en)': [
    ['usa supported tur', 'The United States, a NATO ally of Turkey, backs the SDF and keeps troops in the region.'],
    ['usa supported sdf', 'The United States, a NATO ally of Turkey, backs the SDF and keeps troops in the region.'],
    ['no nato supported tur', 'The United States, a NATO ally of Turkey, backs the SDF and keeps troops in the region.'],
    ['no usa supported nato', 'The United States, a NATO ally of Turkey, backs the SDF and keeps troops in the region.'],
    ['usa supported tur', "The United States, Turkey's NATO ally, backs the YPG-led Syrian Democratic Forces."],
    ['no usa attacked nato', 'A US F-16 shot down an armed Turkish drone on Thursday, the first time Washington has downed an aircraft belonging to a NATO ally.'],
    ['no nato supported ukr', 'Germany and other NATO allies pledged aid to Ukraine on Monday.'],
  ],
  'an alliance named as an actor stays one (en)': [
    ['nato supported ukr', 'NATO allies backed Ukraine, while NATO itself supports Ukraine with training.'],
  ],
}, '2024-01-27');

// 4. A group or its cells acting in a place (b42 #88; pool b15, b26, b33, b35, b37, b38): actingin.ts.
describeCases({
  'a group or its cells acting in a place: the row and variants (en)': [
    ['isis deployed_in daraa', 'Islamic State cells have carried out similar attacks in Daraa province over the past year.'],
    ['isis deployed_in syrian-desert', 'IS lost its last territory in Syria in March 2019, but its cells still carry out hit-and-run attacks on government forces in the Syrian desert.'],
    ['isis deployed_in deir-ez-zor', 'IS lost its last territory in Syria at Baghuz in March 2019, but its sleeper cells still carry out attacks in the Deir ez-Zor countryside.'],
    ['isis deployed_in deir-ez-zor', 'No group claimed the attack, but Islamic State cells have mounted frequent raids on SDF positions in the eastern countryside of Deir ez-Zor this year.'],
    ['isis deployed_in syrian-desert', 'IS lost its last stronghold in Syria in March 2019, when the SDF captured Baghouz, but its cells still carry out attacks in the Syrian desert.'],
    ['isis deployed_in raqqa', 'Islamic State fighters, who lost the city in 2017, remain active in Raqqa province.'],
  ],
  'a group or its cells acting in a place: negatives (en)': [
    ['no sdf deployed_in syrian-desert', 'IS lost its last stronghold in Syria in March 2019, when the SDF captured Baghouz, but its cells still carry out attacks in the Syrian desert.'],
    ['no isis deployed_in irq', 'US Central Command said IS had claimed 153 attacks in Iraq and Syria in the first half of 2024.'],
    ['no hts deployed_in hama', 'Government forces accuse HTS of launching drone attacks on their positions in the countryside of Hama and Latakia.'],
    ['no isis deployed_in deir-ez-zor', 'Islamic State cells have not carried out attacks in the Deir ez-Zor countryside since May.'],
  ],
  'a group or its cells acting in a place: the row and variants (ar)': [
    ['isis deployed_in syrian-desert', 'وتنشط خلايا لتنظيم «داعش» في البادية السورية.'],
    ['isis deployed_in deir-ez-zor', 'ورغم خسارته آخر معاقله في الباغوز في آذار/مارس 2019، لا يزال تنظيم «داعش» ينفذ هجمات متفرقة في البادية السورية وأرياف دير الزور.'],
    ['isis deployed_in deir-ez-zor', 'غير أن خلايا «داعش» ما زالت تشن هجمات متفرقة على حواجز «قسد» في ريف دير الزور.'],
  ],
  'a group or its cells acting in a place: negatives (ar)': [
    ['no ypg deployed_in aleppo', 'وتتهم أنقرة «وحدات حماية الشعب» بشن هجمات انطلاقاً من تل رفعت على نقاط الجيش التركي في ريف حلب.'],
    ['no isis deployed_in syr', 'وأعلن تنظيم «داعش» مسؤوليته عن 153 هجوماً في سوريا والعراق.'],
  ],
}, '2024-06-14');
