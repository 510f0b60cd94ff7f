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
