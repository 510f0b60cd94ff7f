/**
 * slot33 (diagnosis-batch28 §6 fix 2, FP 19, 66): an English word that is both an act verb and an act noun ("attacks",
 * "strikes", "attack", "raids") is the noun after a determiner, a quantifier or a possessive, past one modifier: the
 * clause subject is then no doer of it ("spoke … about Israel's repeated strikes on Syrian territory"; "the strikes
 * came in response to a rocket attack on US personnel at a base in the northeast"). A bare number keeps the verb reading
 * ("IS claimed 153 attacks in"). Arabic already reads a word after the article or a preposition as the noun.
 * The holder of the troops an attack strikes is no attacker of the places they are in (FP 66, 67): objectGroup stops at
 * the excluded subject's own troops instead of passing on to their places, both languages.
 */
import { describeCases } from './helpers.ts';

describeCases({
  "an act noun's genitive doer, not the clause subject": [
    ['no hossein-amir-abdollahian attacked syr', "Iranian Foreign Minister Hossein Amir-Abdollahian spoke by telephone on Monday with his Syrian counterpart Faisal Mekdad about regional developments and Israel's repeated strikes on Syrian territory."],
    ['isr attacked syr', "Iranian Foreign Minister Hossein Amir-Abdollahian spoke by telephone on Monday with his Syrian counterpart Faisal Mekdad about regional developments and Israel's repeated strikes on Syrian territory."],
    ['no faisal-mekdad attacked syr', "Syrian Foreign Minister Faisal Mekdad on Tuesday discussed Israel's strikes on Syria with the UN envoy Geir Pedersen."],
    ['isr attacked syr', "Syrian Foreign Minister Faisal Mekdad on Tuesday discussed Israel's strikes on Syria with the UN envoy Geir Pedersen."],
    ['no sergei-lavrov attacked syr', 'Russian Foreign Minister Sergei Lavrov spoke with Mekdad about the recent Israeli strikes on Syria.'],
  ],
  'an act noun after a determiner has no doer from the clause subject': [
    ['no usa attacked northeastern-syria', 'CENTCOM said the strikes came in response to a rocket attack on US personnel at a base in the northeast.'],
    ['no usa attacked hasakah', 'The Pentagon said on Monday that a drone attack on US troops in Hasakah caused no casualties.'],
  ],
  'the holder of attacked troops is no attacker, their places no target': [
    ['no usa attacked irq', 'The Pentagon has counted more than two dozen attacks on US troops in Iraq and Syria since October 17.'],
    ['usa deployed_in irq', 'The Pentagon has counted more than two dozen attacks on US troops in Iraq and Syria since October 17.'],
    ['no usa attacked hasakah', 'The Pentagon said a drone attack on US troops in Hasakah caused no casualties.'],
    ['islamic-resistance-in-iraq attacked usa', 'The Islamic Resistance in Iraq attacked US troops in Syria on Monday.'],
    ['usa attacked isis', 'US forces struck Islamic State hideouts in the Syrian desert, the Pentagon said.'],
  ],
  'the holder of attacked troops is no attacker, their places no target (ar)': [
    ['no usa attacked irq', 'وأحصت وزارة الدفاع الأمريكية أكثر من عشرين هجوماً على القوات الأمريكية في العراق وسوريا.'],
    ['no usa attacked syr', 'وأحصت وزارة الدفاع الأمريكية أكثر من عشرين هجوماً على القوات الأمريكية في العراق وسوريا.'],
    ['usa deployed_in syr', 'وأحصت وزارة الدفاع الأمريكية أكثر من عشرين هجوماً على القوات الأمريكية في العراق وسوريا.'],
    ['usa attacked isis', 'وقصفت القوات الأمريكية مواقع لتنظيم «داعش» في البادية السورية.'],
  ],
  'a finite act verb stays a verb (positive)': [
    ['isr attacked syr', 'Israel strikes Syria again as tensions rise.'],
    ['usa attacked syr', 'US forces struck nine targets in Syria on Monday.'],
    ['tur attacked ypg', 'Turkey attacks YPG positions near Kobani, the ministry said.'],
    ['isis attacked irq', 'US Central Command said in July that IS had claimed 153 attacks in Iraq in the first half of 2024.'],
    ['isr attacked syr', 'Israel launched strikes on Syria on Sunday.'],
  ],
  'the same in Arabic, positive (ar)': [
    ['isr attacked syr', 'وشنت إسرائيل غارات على سوريا يوم الأحد.'],
    ['tur attacked ypg', 'وقصفت القوات التركية مواقع لـ«وحدات حماية الشعب» في ريف حلب الشمالي.'],
  ],
});
