/**
 * Attack slots of round 38 (branch att38, diagnosis-batch33 §6 np38 r1/r3, slot38 r2): who attacks and what is hit, by
 * slot kind, in both languages. Each describe block is one construction: the batch-33 / pool row's own wording, then
 * paraphrases (a date, a modifier between, another noun or verb of the class, the other language) and look-alikes that
 * must not give the triple ("no …").
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  // A bare "government" head on a military noun is the state of the story (as "government forces" already was):
  // "Government artillery shelled", "government troops are deployed" (rows 33 #8, #64; pool b29 sarmin, b24 arima).
  'government military heads as the doer (en)': [
    ['syr attacked ariha', 'Government artillery shelled a vegetable market in the town of Ariha in southern Idlib on Friday morning.'],
    ['syr attacked ariha', 'Government artillery also shelled the town of Ariha on Friday.'],
    ['syr attacked ariha', 'Government troops shelled the town of Ariha on Friday.'],
    ['syr attacked ariha', 'Government warplanes struck the town of Ariha, the monitor said.'],
    ['syr attacked ariha', 'Government helicopters dropped barrel bombs on the town of Ariha.'],
    ['syr attacked sarmin', 'Government artillery and Russian jets then pounded the outskirts of Sarmin, the monitor said.'],
    ['rus attacked sarmin', 'Government artillery and Russian jets then pounded the outskirts of Sarmin, the monitor said.'],
    ['syr deployed_in ain-issa', 'Syrian government troops are deployed at positions around Ain Issa under a 2019 agreement.'],
    ['syr attacked ariha', 'Syrian government artillery shelled the town of Ariha.'],
    ['no syr attacked ariha', 'Opposition artillery shelled the town of Ariha on Friday.'],
    ['no syr attacked ariha', 'The government said artillery of the rebels shelled the town of Ariha.'],
  ],
  // The inner place of a chain is the target when it has an id (gold rule 19d): Idlib-front villages the lexicon now
  // names, so that `أطراف بلدة X في منطقة Y`, `محيط بلدة X في Y`, "the outskirts of X in the Y area" give X, not Y
  // (rows 33 #7, #43, FP #44; pool b32 al-Bara and FP jabal-al-zawiya, b31 al-Ghab).
  'inner place of a place chain (ar)': [
    ['syr attacked kansafra', 'كما قصفت قوات النظام السوري بالمدفعية الثقيلة محيط بلدة كنصفرة في جبل الزاوية جنوبي إدلب.'],
    ['no syr attacked jabal-al-zawiya', 'كما قصفت قوات النظام السوري بالمدفعية الثقيلة محيط بلدة كنصفرة في جبل الزاوية جنوبي إدلب.'],
    ['rus attacked al-bara', 'شنّت طائرات حربية روسية، اليوم السبت، أربع غارات على أطراف بلدة البارة في منطقة جبل الزاوية جنوبي إدلب.'],
    ['no rus attacked jabal-al-zawiya', 'شنّت طائرات حربية روسية، اليوم السبت، أربع غارات على أطراف بلدة البارة في منطقة جبل الزاوية جنوبي إدلب.'],
    ['rus attacked kansafra', 'استهدفت طائرات حربية روسية أمس أطراف بلدة كنصفرة في ريف إدلب الجنوبي.'],
    ['syr attacked al-ghab-plain', 'وتزامن ذلك مع قصف مدفعي وصاروخي نفذته قوات النظام على قرى في سهل الغاب.'],
    ['syr attacked al-ghab-plain', 'قصفت قوات النظام قرى في جبل الزاوية وسهل الغاب.'],
    ['syr attacked jabal-al-zawiya', 'قصفت قوات النظام قرى في جبل الزاوية وسهل الغاب.'],
    ['no syr attacked al-bara', 'عاد مئات النازحين إلى بلدة البارة في جبل الزاوية.'],
  ],
  'inner place of a place chain (en)': [
    ['rus attacked kansafra', 'Russian warplanes carried out at least eight raids on the outskirts of Kansafra in the Jabal al-Zawiya area of southern Idlib on Wednesday.'],
    ['rus attacked al-bara', 'Russian jets struck the outskirts of al-Bara in Jabal al-Zawiya on Sunday.'],
    ['syr attacked al-ghab-plain', 'Syrian army artillery shelled villages in the Ghab plain on Monday.'],
    ['no rus attacked kansafra', 'Hundreds of displaced families returned to Kansafra in the Jabal al-Zawiya area.'],
  ],
  // An Arabic attack verb as the asyndetic relative of an indefinite attack noun: the noun's doer (nisba, `لـ`/`من`
  // phrase, or the subject before a means noun `بقصف`) hit the verb's object (rows 33 #58, #59; pool b27, b29 jabal-al-zawiya,
  // b30 manbij, b32 kafr-takharim).
  'attack noun with a relative verb (ar)': [
    ['syr attacked jabal-al-zawiya', 'وتزامنت الغارات مع قصف مدفعي لقوات النظام السوري طال قرى في جبل الزاوية جنوبي إدلب.'],
    ['syr attacked jabal-al-zawiya', 'وتزامنت الغارات مع قصف مدفعي لقوات النظام استهدف بلدات في جبل الزاوية، بحسب المرصد السوري لحقوق الإنسان.'],
    ['syr attacked kafr-takharim', 'قُتلت امرأة وطفلاها أمس السبت جراء قصف مدفعي لقوات النظام السوري استهدف مخيماً للنازحين قرب بلدة كفر تخاريم في ريف إدلب.'],
    ['tur attacked manbij', 'وترافق الهجوم مع قصف مدفعي تركي طال قرى في محيط مدينة منبج، بحسب المرصد.'],
    ['syr attacked jabal-al-zawiya', 'وردّت قوات النظام بقصف صاروخي ومدفعي طاول قرى في جبل الزاوية وسهل الغاب.'],
    ['syr attacked al-ghab-plain', 'وردّت قوات النظام بقصف صاروخي ومدفعي طاول قرى في جبل الزاوية وسهل الغاب.'],
    ['syr attacked sarmin', 'وأفاد ناشطون بقصف صاروخي من القوات الحكومية استهدف أمس الأحد بلدة سرمين شرقي إدلب.'],
    ['rus attacked kansafra', 'قُتل مدنيان في غارات جوية روسية طالت أطراف بلدة كنصفرة في جبل الزاوية.'],
    ['tur attacked tal-rifaat', 'وأصيب ثلاثة مدنيين جراء قصف مدفعي تركي استهدف صباح اليوم مدينة تل رفعت شمالي حلب.'],
    ['no syr attacked jabal-al-zawiya', 'وتزامن ذلك مع قصف مدفعي طال قرى في جبل الزاوية، بحسب المرصد.'],
    ['no syr attacked sarmin', 'وتحدث المرصد عن قصف مدفعي لقوات النظام، فيما استهدف مسلحون مجهولون بلدة سرمين.'],
    ['no syr attacked sarmin', 'وندد المرصد بقصف لبلدة سرمين طال منازل المدنيين.'],
  ],
  // Attacks a word of stopping or continuing governs are going on (gold rule 10), whoever urges, fears or conditions the
  // stopping: no demanded, negated or hypothetical act (row 33 #118; pool b19, b25 gaza, b25 syr).
  'attacks presupposed by stopping (en)': [
    ['isr attacked lbn', 'Foreign Minister Sergei Lavrov has called on Israel to halt its attacks on Lebanon and Syria, warning that the region risks sliding into war.'],
    ['isr attacked syr', 'Foreign Minister Sergei Lavrov has called on Israel to halt its attacks on Lebanon and Syria, warning that the region risks sliding into war.'],
    ['isr attacked gaza', 'He called on Israel to halt its attacks on the Gaza Strip immediately.'],
    ['isr attacked gaza', 'Lavrov on Monday urged Israel to stop its air strikes on Gaza.'],
    ['isr attacked syr', 'Sabbagh demanded an end to Israeli attacks on Syrian territory.'],
    ['isr attacked gaza', "Amir-Abdollahian warned that if Israel's attacks on Gaza did not stop, other fronts could open."],
    ['isr attacked gaza', 'Iran warned that Israeli strikes on Gaza continue despite the calls for a truce.'],
    ['sergei-lavrov urged isr', 'Lavrov urged Israel to halt its attacks on Gaza.'],
    ['no isr attacked gaza', 'Lavrov urged Israel to refrain from any attack on Gaza.'],
    ['no tur attacked ypg', 'Washington urged Ankara not to launch a ground operation against the YPG.'],
  ],
  'attacks presupposed by stopping (ar)': [
    ['isr attacked gaza', 'ودعا الصفدي إلى وقف العدوان الإسرائيلي على غزة.'],
    ['isr attacked syr', 'وطالبت الخارجية مجلس الأمن بوقف الاعتداءات الإسرائيلية على سوريا.'],
    ['isr attacked syr', 'وطالبت دمشق مجلس الأمن الدولي باتخاذ إجراءات لوقف الغارات الإسرائيلية على الأراضي السورية.'],
    ['no tur attacked ypg', 'ودعت واشنطن أنقرة إلى عدم شن عملية عسكرية ضد «وحدات حماية الشعب» الكردية.'],
  ],
  // An operation noun against a side: its doer also by the operation's own nisba (past its quoted name) or, in English, a
  // nisba or possessor before it; a date between the launching noun's genitive and the operation (pool b14 sdf, b28 ypg, pkk).
  'operation against a side, doer by nisba or past a date (ar)': [
    ['tur attacked sdf', 'وانتشرت وحدات من الجيش السوري في المنطقة عام 2019، إثر عملية «نبع السلام» التركية ضد «قسد».'],
    ['tur attacked sdf', 'وجاء الاتفاق إثر العملية التركية ضد «قسد» في تشرين الأول/أكتوبر 2019.'],
    ['rus attacked isis', 'وتتواصل الحملة الروسية الجوية ضد تنظيم «داعش» في البادية.'],
    ['tur attacked ypg', 'بعد أسابيع من إطلاق تركيا في 20 تشرين الثاني/نوفمبر الماضي عملية «المخلب-السيف» الجوية ضد مواقع «وحدات حماية الشعب» الكردية وحزب العمال الكردستاني.'],
    ['tur attacked pkk', 'بعد أسابيع من إطلاق تركيا في 20 تشرين الثاني/نوفمبر الماضي عملية «المخلب-السيف» الجوية ضد مواقع «وحدات حماية الشعب» الكردية وحزب العمال الكردستاني.'],
    ['no tur attacked sdf', 'ورفضت «قسد» العملية ضد مواقعها، وقالت إن تركيا تهدد المنطقة.'],
  ],
  'operation against a side, doer by nisba or possessor (en)': [
    ['tur attacked ypg', 'The Turkish operation against the YPG began in October 2019.'],
    ['tur attacked sdf', "Turkey's offensive against the SDF began in October 2019."],
    ['rus attacked isis', 'The Russian air campaign against Islamic State in the desert continued on Monday.'],
    ['no tur attacked ypg', 'Washington opposes any operation against the YPG, a US official said.'],
  ],
};

describeCases(CASES);
