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
  'English object relatives on a place': [
    ['sdf deployed_in al-hol-camp', 'About 50,000 people are held in al-Hol, which the SDF has run since 2019.'],
    ['sdf deployed_in kobani', 'The drone hit a car near Kobani, which the SDF now controls.'],
    ['hts deployed_in idlib', 'Russian jets struck villages in Idlib, which Hayat Tahrir al-Sham still controls.'],
    ['sdf deployed_in kobani', 'A Turkish drone struck a vehicle near the border town of Kobani on Monday. The vehicle was hit on a rural road west of the town, which Kurdish fighters recaptured from Islamic State militants in early 2015 and which the SDF now controls.'],
    ['sdf deployed_in kobani', 'A Turkish drone struck a vehicle near the border town of Kobani on Monday. The vehicle was hit west of the town, which the SDF now controls.'],
  ],
  'English look-alikes: a subject relative, an object of its own': [
    ['no sdf deployed_in kobani', 'The drone hit a car near Kobani, which the SDF says was targeted.'],
    ['no tur deployed_in kobani', 'The SDF said Kobani, which Turkey shelled on Monday, was calm.'],
    ['no rus deployed_in kobani', 'Russia brokered a ceasefire near Kobani, which Moscow says still holds.'],
  ],
  'look-alikes (ar)': [
    ['no sdf deployed_in al-hol-camp', HOL + 'ويضم المخيم، الذي زارته «قسد» أمس، أكثر من 40 ألف شخص.'],
    ['no sdf deployed_in tal-tamr', TAMR + 'وتقع البلدة، التي تضم آلاف النازحين، قرب مواقع «قسد».'],
    ['no isis deployed_in al-hol-camp', 'وتدير الإدارة الذاتية مخيم الهول، الذي يضم عشرات الآلاف من عائلات مقاتلي تنظيم «داعش»، وتحرسه «قسد».'],
  ],
});
