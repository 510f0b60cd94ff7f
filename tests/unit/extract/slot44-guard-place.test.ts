/**
 * slot44: guarding a place is presence (gold rule 13's control; diagnosis-batch41 #23, pool b34/b35 al-hol, b34
 * busayrah): "the Asayish guard the camp", "the SDF also guards prisons … in Hasakah province", "Al-Hol, which is guarded
 * by the SDF", and a passive of control after "and" holds the place of the passive before it ("is run by X and guarded by
 * Y"). New sentences, both languages (the Arabic `تحرسه` already works), with look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

const CAMP = 'Thousands of families live in the al-Hol camp in Hasakah province. ';

describeCases({
  'guard(s) a place (en)': [
    ['asayish deployed_in al-hol-camp', CAMP + 'Kurdish security forces, known as the Asayish, guard the camp.'],
    ['sdf deployed_in al-hol-camp', CAMP + 'The Syrian Democratic Forces still guard the camp and its annex.'],
    ['sdf deployed_in hasakah', 'The SDF also guards prisons holding thousands of suspected IS members in Hasakah province.'],
    // (a date and a modifier between)
    ['sdf deployed_in raqqa', 'Since 2019 the Kurdish-led SDF has guarded the central prison in Raqqa.'],
  ],
  'guarded by, also after another passive of control (en)': [
    ['sdf deployed_in al-hol-camp', 'Al-Hol, which is guarded by the Kurdish-led Syrian Democratic Forces, holds more than 40,000 people.'],
    ['sdf deployed_in al-hol-camp', 'Al-Hol, which is run by the Kurdish-led administration and guarded by the Syrian Democratic Forces, still holds more than 40,000 people.'],
    ['aanes deployed_in al-hol-camp', 'Al-Hol, which is run by the Kurdish-led administration and guarded by the Syrian Democratic Forces, still holds more than 40,000 people.'],
    ['sdf deployed_in al-hol-camp', CAMP + 'The camp, near the Iraqi border, is run by the Kurdish-led administration and guarded by the SDF.'],
    ['no sdf deployed_in hasakah', CAMP + 'The camp, near the Iraqi border in Hasakah province, is run by the Kurdish-led administration and guarded by the SDF.'],
    ['sdf deployed_in manbij', 'Manbij, which is controlled by the Manbij Military Council and held by the SDF, lies west of the Euphrates.'],
  ],
  'guards that are no presence (en)': [
    ['no irgc deployed_in syr', "Iran's Revolutionary Guards said two of their officers were killed in Syria."],
    ['no jor deployed_in syr', 'Jordanian border guards clashed with smugglers on the border with Syria.'],
  ],
  'guarding a place (ar)': [
    ['sdf deployed_in al-hol-camp', 'غادرت عائلات مخيم الهول أمس. ويضم المخيم، الذي تحرسه «قوات سوريا الديمقراطية» (قسد)، أكثر من 40 ألف شخص.'],
    ['sdf deployed_in al-hol-camp', 'غادرت عائلات مخيم الهول أمس. ويؤوي المخيم، الذي تديره الإدارة الذاتية وتحرسه «قوات سوريا الديمقراطية» (قسد)، أكثر من 50 ألف شخص.'],
  ],
});
