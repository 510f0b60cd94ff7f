/**
 * A post an attack noun hits is its owner's presence in the post's place (branch np53; diagnosis-batch50 §6 np52 rank 2
 * #94; pool b41 kabani, b44 maskanah, b49 ghab-plain, b36 kafr-nabudah, b45 kafr-nabl): `هجوم شنّه X على مواقع للجيش قرب
 * بلدة P`, "an attack on an army post near P". relations/attackedpost.ts, cues.csv `attacked_post`/`post_filler`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (ar)': [
    ['syr deployed_in kabani', 'قُتل ثلاثة عناصر من الجيش السوري، فجر اليوم الأربعاء، في هجوم شنّه مقاتلون من «هيئة تحرير الشام» على مواقع للجيش قرب بلدة كبانة في ريف اللاذقية الشمالي الشرقي، بحسب مصادر ميدانية.'],
    ['syr deployed_in al-ghab-plain', 'قُتل جنديان من قوات النظام السوري وأصيب ثلاثة آخرون، فجر اليوم الثلاثاء، إثر هجوم بقذائف الهاون شنّه مقاتلون من «الحزب الإسلامي التركستاني» على نقطة عسكرية للجيش قرب بلدة جورين في سهل الغاب بريف حماة الغربي، وفق مصدر عسكري.'],
    ['syr deployed_in maskanah', 'قُتل خمسة عناصر من قوات النظام السوري، اليوم الأربعاء، في هجوم شنّه مسلحون من تنظيم «داعش» على موقع عسكري في البادية جنوب بلدة مسكنة بريف حلب الشرقي.'],
    ['no syr deployed_in syrian-desert', 'قُتل خمسة عناصر من قوات النظام السوري، اليوم الأربعاء، في هجوم شنّه مسلحون من تنظيم «داعش» على موقع عسكري في البادية جنوب بلدة مسكنة بريف حلب الشرقي.'],
  ],
  'variants: another post noun, an owner phrase, a checkpoint (ar)': [
    ['syr deployed_in hama', 'قُتل أربعة عناصر من قوات النظام السوري وأصيب آخرون، فجر الخميس، بهجوم شنّته «هيئة تحرير الشام» على موقع لهذه القوات في محيط بلدة كفرنبودة بريف حماة الشمالي الغربي.'],
    ['syr deployed_in kafr-nabl', 'قُتل أربعة عناصر من الجيش السوري، فجر الإثنين، إثر هجوم شنّته «هيئة تحرير الشام» على مواقع للجيش قرب مدينة كفرنبل جنوب إدلب.'],
  ],
  'the other language (en)': [
    ['syr deployed_in kabani', 'Two Syrian soldiers were killed on Monday in an attack by Hayat Tahrir al-Sham on an army post near the town of Kabani in Latakia province.'],
    ['syr deployed_in maskanah', 'Islamic State fighters killed five Syrian soldiers in an attack on a military position near Maskanah on Wednesday.'],
  ],
  'negatives: unowned sites, a named desert located by another place (ar)': [
    ['no syr deployed_in damascus', 'شنّت الطائرات الإسرائيلية فجر اليوم الأربعاء غارات على مواقع في محيط العاصمة السورية دمشق، ما أدى إلى مقتل جندي سوري وإصابة خمسة آخرين.'],
    ['no syr deployed_in raqqa', 'قُتل خمسة عناصر من قوات النظام السوري وأصيب آخرون، فجر اليوم الجمعة، بهجوم شنّه مسلحون من تنظيم «داعش» على نقطة عسكرية في بادية الرصافة جنوب غربي الرقة.'],
  ],
  'negatives (en)': [
    ['no syr deployed_in damascus', 'Israeli jets struck positions near Damascus, killing a Syrian soldier.'],
  ],
}, '2024-07-24');
