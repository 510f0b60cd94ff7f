/**
 * Object relatives on a place (branch ref38, diagnosis-batch33 §6 ref38 rank 2; rows #39, #40; pool b22, b30): a place,
 * named or a place noun (`المخيم`, `البلدة`), followed by `الذي`/`التي` and a place relation's verb with a resumptive
 * pronoun (`تديره`, `تحرسه`, `تسيطر عليها`) is that verb's object; its subject follows the verb. A second verb joined by
 * و with its own pronoun, inside the clause or right after its comma, takes the same place. The place noun is resolved
 * because the relative governs it. Look-alikes: a subject relative (`التي تضم`), no resumptive pronoun.
 */
import { describeCases } from './helpers.ts';

const HOL = 'وصلت عائلات عراقية إلى مخيم الهول في ريف الحسكة. ';
const TAMR = 'سقطت قذائف على بلدة تل تمر في ريف الحسكة. ';

describeCases({
  'a named place, then an object relative (ar)': [
    ['aanes deployed_in al-hol-camp', 'ويؤوي مخيم الهول، الذي تديره الإدارة الذاتية، أكثر من 50 ألف شخص.'],
    ['aanes deployed_in al-hol-camp', 'ويؤوي مخيم الهول، الذي تديره الإدارة الذاتية وتحرسه «قسد»، أكثر من 50 ألف شخص.'],
    ['sdf deployed_in al-hol-camp', 'ويؤوي مخيم الهول، الذي تديره الإدارة الذاتية وتحرسه «قسد»، أكثر من 50 ألف شخص.'],
    ['sdf deployed_in al-hol-camp', 'ويضم مخيم الهول، الذي تحرسه «قوات سوريا الديمقراطية» (قسد)، أكثر من 40 ألف شخص.'],
    ['sdf deployed_in al-hol-camp', 'وتدير الإدارة الذاتية مخيم الهول، الذي يضم عشرات الآلاف من عائلات مقاتلي تنظيم «داعش»، وتحرسه «قسد».'],
  ],
  'a place noun as the antecedent (ar)': [
    ['aanes deployed_in al-hol-camp', HOL + 'ويؤوي المخيم، الذي تديره الإدارة الذاتية وتحرسه «قوات سوريا الديمقراطية» (قسد)، أكثر من 50 ألف شخص.'],
    ['sdf deployed_in al-hol-camp', HOL + 'ويؤوي المخيم، الذي تديره الإدارة الذاتية وتحرسه «قوات سوريا الديمقراطية» (قسد)، أكثر من 50 ألف شخص.'],
    ['sdf deployed_in al-hol-camp', HOL + 'ويضم المخيم، الذي تحرسه «قوات سوريا الديمقراطية» (قسد)، أكثر من 40 ألف شخص.'],
    ['sdf deployed_in al-hol-camp', HOL + 'وتدير الإدارة الذاتية الكردية المخيم، الذي يضم عشرات الآلاف من أفراد عائلات مقاتلي تنظيم «الدولة الإسلامية»، وتحرسه «قوات سوريا الديمقراطية» (قسد).'],
    ['sdf deployed_in tal-tamr', TAMR + 'وتقع البلدة، التي تسيطر عليها «قسد»، على نهر الخابور.'],
  ],
  'look-alikes (ar)': [
    ['no sdf deployed_in al-hol-camp', HOL + 'ويضم المخيم، الذي زارته «قسد» أمس، أكثر من 40 ألف شخص.'],
    ['no sdf deployed_in tal-tamr', TAMR + 'وتقع البلدة، التي تضم آلاف النازحين، قرب مواقع «قسد».'],
    ['no isis deployed_in al-hol-camp', 'وتدير الإدارة الذاتية مخيم الهول، الذي يضم عشرات الآلاف من عائلات مقاتلي تنظيم «داعش»، وتحرسه «قسد».'],
  ],
});
