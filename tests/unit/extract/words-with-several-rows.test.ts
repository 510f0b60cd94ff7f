/**
 * A trigger word that several rows of the pattern files list (data/lexicon/patterns.*.csv) is read by each row in file
 * order until one resolves both arguments (relations/index.ts laterRows): `يعمل مع` (coordinated_with, مع) and `يعمل إلى
 * جانب` (coordinated_with, requires alongside), `اتهامات لـ` and `اتهامات إلى`, `يحارب إلى جانب X` (coordination) and
 * `يحارب X` (an attack, a later row). A war's place is its own ("الحرب في غزة", "the war in Gaza"): no complement of a
 * word before it. Sentences of our own, both languages; a paraphrase suite (branch struct27).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'working with and working beside (ar)': [
    ['usa coordinated_with sdf', 'وتعمل قوات التحالف الدولي بقيادة الولايات المتحدة إلى جانب «قسد» في شمال شرق سوريا.'],
    ['usa coordinated_with sdf', 'وتنتشر في شرق سوريا قوات أمريكية يقدر عددها بنحو 900 جندي، تعمل إلى جانب «قسد» في محاربة التنظيم.'],
    ['rus coordinated_with syr', 'وتعمل القوات الروسية بقيادة موسكو إلى جانب الجيش السوري في إدلب.'],
    ['usa coordinated_with sdf', 'وقالت إن الولايات المتحدة عملت إلى جانب «قسد» لسنوات.'],
    ['usa coordinated_with sdf', 'أعادت ألمانيا عشر نساء من مخيم روج. وتعمل القوات الأميركية إلى جانب «قسد» في شرق سوريا.'],
    ['rus coordinated_with syr', 'زار وزير الخارجية التركي موسكو أمس. وتعمل روسيا إلى جانب الجيش السوري منذ عام 2015.'],
    ['tur coordinated_with rus', 'وعملت تركيا مع روسيا على إنشاء منطقة آمنة.'],
    ['no usa coordinated_with sdf', 'ولا تعمل قوات التحالف بقيادة الولايات المتحدة إلى جانب «قسد» في إدلب.'],
  ],
  'working with and working alongside': [
    ['usa coordinated_with sdf', 'Coalition forces led by the United States work alongside the SDF in eastern Syria.'],
    ['usa coordinated_with sdf', 'The United States keeps about 900 troops in Syria, where they work alongside the SDF.'],
    ['usa coordinated_with sdf', 'France said it had repatriated 35 children from camps in northeastern Syria. The US-led coalition works alongside the SDF in the northeast.'],
    ['tur coordinated_with rus', 'Turkey has worked with Russia on the Idlib deal.'],
    ['no usa coordinated_with sdf', 'US forces do not work alongside the SDF in Idlib.'],
  ],
  'accusations to and against (ar)': [
    ['tur accused sdf', 'ووجهت تركيا اتهامات إلى «قسد» بتنفيذ الهجوم.'],
    ['tur accused ypg', 'ووجهت أنقرة اتهاماً إلى «وحدات حماية الشعب» بالوقوف وراء التفجير.'],
    ['syr accused tur', 'وجددت دمشق اتهاماتها لأنقرة بدعم الإرهاب.'],
  ],
  'fighting someone and fighting beside someone (ar)': [
    ['tur attacked pkk', 'وتحارب تركيا «حزب العمال الكردستاني» منذ عام 1984.'],
    ['sdf attacked isis', 'وحاربت «قسد» تنظيم «داعش» بدعم من التحالف.'],
    ['sdf attacked tur', 'وتقول أنقرة إن «قسد» تحارب تركيا منذ سنوات.'],
    ['hezbollah coordinated_with syr', 'ويحارب «حزب الله» إلى جانب القوات السورية منذ عام 2013.'],
    ['no hezbollah attacked syr', 'ويحارب «حزب الله» إلى جانب القوات السورية منذ عام 2013.'],
    ['hts coordinated_with syrian-opposition', 'وتقاتل «هيئة تحرير الشام» إلى جانب فصائل المعارضة في إدلب.'],
    ['no tur attacked isis', 'ولم تحارب تركيا «داعش» كما يجب، بحسب واشنطن.'],
  ],
  'other words of several rows': [
    ['recep-tayyip-erdogan phoned vladimir-putin', 'Erdogan made a call to Putin on Monday.'],
    ['irq agreed_with irn', 'Iraq signed a security agreement with Iran.'],
    ['tur agreed_with rus', 'Turkey struck an agreement with Russia on Idlib.'],
    ['usa sanctioned hezbollah', 'Washington froze the assets of Hezbollah officials.'],
    ['rus deployed_in qamishli', 'Russian forces are present in Qamishli.'],
  ],
  'other words of several rows (ar)': [
    ['are reconciled_with irn', 'وأعادت الإمارات سفيرها إلى طهران.'],
    ['sau reconciled_with syr', 'وأعادت السعودية العلاقات مع سوريا.'],
    ['are sanctioned irn', 'وخفضت الإمارات تمثيلها الدبلوماسي في طهران.'],
    ['isr attacked syr', 'وكثّفت إسرائيل ضرباتها في سوريا منذ اندلاع الحرب في غزة.'],
  ],
  'a war keeps its place (ar)': [
    ['no isr attacked gaza', 'وكثّفت إسرائيل ضرباتها منذ اندلاع الحرب في غزة.'],
    ['no isr attacked gaza', 'وتصاعدت الغارات الإسرائيلية على مطار دمشق منذ اندلاع الحرب في غزة.'],
    ['isr attacked syr', 'ووسعت إسرائيل غاراتها على سوريا منذ بداية الحرب في غزة.'],
  ],
  'a war keeps its place': [
    ['no isr attacked gaza', 'Israel has intensified its strikes since the war in Gaza began.'],
    ['isr attacked syr', 'Israel has stepped up its strikes on Syria since the war in Gaza began.'],
  ],
});
