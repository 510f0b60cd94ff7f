/**
 * slot52: "fighting"/"gunfight" before its "between" pair is a mutual act of the pair, as np31's "clashes between A and B"
 * (gold rule 20c's mutual reading; diagnosis-batch50 §6 slot52 rank 1; pool b44 kodana-earthworks: "since fighting
 * between Israel and Hezbollah in Lebanon escalated"). Look-alikes: fighting alongside, fighting with no pair.
 */
import { describeCases } from './helpers.ts';

const KODANA = 'Those strikes have grown more frequent since fighting between Israel and Hezbollah in Lebanon escalated in September.';

describeCases({
  'fighting between a pair: both directions': [
    ['isr attacked hezbollah', KODANA],
    ['hezbollah attacked isr', KODANA],
    // (a modifier before the noun; another noun of the class; a date)
    ['sdf attacked isis', 'Heavy fighting between the SDF and Islamic State killed dozens near Hajin on Monday.'],
    ['isis attacked sdf', 'Heavy fighting between the SDF and Islamic State killed dozens near Hajin on Monday.'],
    ['syr attacked sdf', 'A gunfight between the SDF and Syrian government forces in Qamishli left two dead on Sunday.'],
    ['sdf attacked syr', 'A gunfight between the SDF and Syrian government forces in Qamishli left two dead on Sunday.'],
    // (look-alikes: alongside; no pair)
    ['no hezbollah attacked syr', 'Hezbollah has been fighting alongside Syrian government forces since 2013.'],
    ['no isr attacked lbn', 'The fighting has displaced thousands in southern Lebanon, Israel said.'],
  ],
  'fighting between a pair: both directions (ar)': [
    ['sdf attacked isis', 'واندلعت معارك عنيفة بين «قوات سوريا الديمقراطية» وتنظيم «داعش» قرب هجين.'],
    ['isis attacked sdf', 'واندلعت معارك عنيفة بين «قوات سوريا الديمقراطية» وتنظيم «داعش» قرب هجين.'],
    ['isr attacked hezbollah', 'وتصاعدت الغارات منذ تصاعد المواجهات بين إسرائيل و«حزب الله» في لبنان في أيلول/سبتمبر.'],
    ['hezbollah attacked isr', 'وتصاعدت الغارات منذ تصاعد المواجهات بين إسرائيل و«حزب الله» في لبنان في أيلول/سبتمبر.'],
  ],
});
