/**
 * Presence nouns by owner and locator (branch np44; diagnosis-batch40 §6 np44 rank 1 #1, #89, FP 12; diagnosis-batch41
 * rank 1–2 #2, #16, FP 38; pool b23 arima, b26 kabani, b38 kobani): a post, checkpoint or position of X told with the
 * place it is near — past "the village of", "the desert", "on the outskirts of the town of", a compass word and "of",
 * Arabic an unknown place then a compass word (rule 19d), or a compass word before a place head — is X's presence in
 * that place (presence.ts forcesInPresence, locativeAt, placesFrom, unknownPlaceName). A convoy, patrol or bus an attack
 * hits is victims, no presence (rule 19c; hitvehicle.ts).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (en)': [
    ['manbij-military-council deployed_in arima', 'Fighters of the Turkish-backed Syrian National Army attacked positions of the Manbij Military Council near the village of Arima, west of Manbij, before dawn on Sunday, the council said.'],
    ['syr deployed_in mayadin', 'Islamic State militants attacked a Syrian army checkpoint in the desert south of Mayadin late on Friday, killing five soldiers, a war monitor said on Saturday.'],
    ['syr deployed_in jasim', 'Gunmen attacked a Syrian army checkpoint on the outskirts of the town of Jasim on Tuesday.'],
  ],
  'variants: another noun, a date, a compass word, a list (en)': [
    ['syr deployed_in mayadin', 'IS attacked a Syrian army checkpoint south of Mayadin.'],
    ['syr deployed_in mayadin', 'IS attacked a checkpoint of the Syrian army, late on Friday, near the village of Mayadin.'],
    ['sdf deployed_in arima', 'IS attacked positions of the SDF on the outskirts of the village of Arima.'],
    ['syr deployed_in mayadin', 'IS attacked a Syrian army post in the desert near Mayadin.'],
  ],
  'the row constructions and variants (ar)': [
    ['syr deployed_in deir-ez-zor', 'قُتل أربعة عناصر من قوات الحكومة السورية، مساء أمس الجمعة، في هجوم شنّته خلايا تابعة لتنظيم «داعش» على نقطة للجيش السوري في بادية الشولا جنوب غرب مدينة دير الزور.'],
    ['syr deployed_in mayadin', 'هاجم عناصر من تنظيم «داعش» نقطة للجيش السوري جنوب مدينة الميادين.'],
    ['sdf deployed_in kobani', 'قُتل عنصران من «قوات سوريا الديمقراطية» (قسد)، يوم الثلاثاء، جراء قصف بطائرة مسيّرة تركية استهدف نقطة عسكرية لـ«قسد» في قرية بوبان جنوب غربي مدينة عين العرب (كوباني) بريف حلب الشرقي.'],
    ['syr deployed_in jasim', 'هاجم مسلحون حاجزاً للجيش السوري على أطراف بلدة جاسم.'],
  ],
  'negatives: a convoy, patrol or bus hit is victims (en, rule 19c)': [
    ['no syr deployed_in palmyra', 'Islamic State militants ambushed a Syrian army convoy in the desert east of Palmyra on Monday, killing at least seven soldiers.'],
    ['no syr deployed_in al-sukhnah', 'IS militants killed six Syrian soldiers in an ambush on an army patrol in the desert near al-Sukhnah.'],
    ['no syr deployed_in al-sukhnah', 'IS militants ambushed a Syrian army patrol near al-Sukhnah.'],
    ['syr deployed_in al-sukhnah', 'A Syrian army patrol was deployed near al-Sukhnah.'],
    ['rus deployed_in tal-rifaat', 'Russian military police patrol the town of Tal Rifaat.'],
  ],
  'negatives: a bus hit is victims (ar)': [
    ['no syr deployed_in palmyra', 'وكان التنظيم قد تبنّى في آذار/مارس الماضي هجوماً على حافلة عسكرية لقوات النظام قرب مدينة تدمر أسفر عن مقتل عدد من الجنود.'],
  ],
}, '2024-06-17');
