/**
 * Villages struck in a region (branch np43; diagnosis-batch39 §6 np43 rank 3 #37; pool b36 kafr-nabudah-hts-attack, b35
 * badama-russian-raids): unknown villages after an attack noun's `على قرى`/"on villages" are placed by the region after
 * `في`/"in" (gold rule 19d); known ones in the list are struck too. relations/villagesin.ts.
 */
import { describeCases } from './helpers.ts';

const AR_B36 = 'وردّت قوات النظام بقصف صاروخي ومدفعي مكثف على قرى الفطيرة وسفوهن وكنصفرة في جبل الزاوية جنوب إدلب، ما أدى إلى إصابة ثلاثة مدنيين.';
const AR_B35 = 'وتزامن ذلك مع قصف مدفعي نفّذته قوات النظام السوري من مواقعها في ريف اللاذقية الشمالي على قرى في سهل الغاب.';

describeCases({
  'the row constructions: a means noun, a performer relative (ar)': [
    ['syr attacked jabal-al-zawiya', AR_B36],
    ['syr attacked kansafra', AR_B36],
    ['syr attacked al-ghab-plain', AR_B35],
    ['no syr attacked latakia', AR_B35],
  ],
  'variants: a date, unknown names only, another plural (ar)': [
    ['syr attacked jabal-al-zawiya', 'وردّت قوات النظام، مساء الخميس، بقصف مدفعي على قرى الفطيرة وسفوهن في جبل الزاوية.'],
    ['tur attacked ain-issa', 'وشهدت المنطقة قصفاً مدفعياً نفّذته القوات التركية على قرى في محيط عين عيسى.'],
  ],
  "negatives: villages named in full, no region; another attack's doer (ar)": [
    ['no rus attacked al-ghab-plain', 'شنّت طائرات حربية روسية، أمس الاثنين، سلسلة غارات جوية على محاور في جبل الأكراد بريف اللاذقية الشمالي، بالتزامن مع قصف مدفعي لقوات النظام على قرى في سهل الغاب غربي حماة.'],
    ['syr attacked al-ghab-plain', 'شنّت طائرات حربية روسية، أمس الاثنين، سلسلة غارات جوية على محاور في جبل الأكراد بريف اللاذقية الشمالي، بالتزامن مع قصف مدفعي لقوات النظام على قرى في سهل الغاب غربي حماة.'],
    ['no syr attacked idlib', 'وردّت قوات النظام بقصف مدفعي على كنصفرة في ريف إدلب.'],
  ],
  'variants: English "shelling … on villages in P"': [
    ['syr attacked jabal-al-zawiya', 'Government forces responded with heavy shelling on villages in Jabal al-Zawiya.'],
  ],
}, '2022-11-10');
