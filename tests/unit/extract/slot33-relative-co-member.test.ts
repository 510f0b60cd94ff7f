/**
 * slot33 (diagnosis-batch28 §6 fix 2, FP 21): a co-member joined by "alongside", "along with", "together with",
 * `إلى جانب` inside the description of the subject (a relative clause, an ally predicate) is that description's subject
 * only: the main verb after it, or a ، و-verb after it, has the antecedent or the opening subject alone.
 */
import { describeCases } from './helpers.ts';

describeCases({
  "a relative's co-member stays in the relative": [
    ['no rus deployed_in syr', "Tehran, which alongside Moscow is Damascus's main backer, has kept military advisers in Syria since the early years of the war."],
    ['irn deployed_in syr', "Tehran, which alongside Moscow is Damascus's main backer, has kept military advisers in Syria since the early years of the war."],
    ['rus supported syr', "Tehran, which alongside Moscow is Damascus's main backer, has kept military advisers in Syria since the early years of the war."],
    ['irn supported syr', "Tehran, which alongside Moscow is Damascus's main backer, has kept military advisers in Syria since the early years of the war."],
    ['no irn deployed_in hmeimim-air-base', 'Russia, which along with Iran backs Assad, keeps forces at the Hmeimim air base.'],
    ['rus deployed_in hmeimim-air-base', 'Russia, which along with Iran backs Assad, keeps forces at the Hmeimim air base.'],
    ['irn supported bashar-al-assad', 'Russia, which along with Iran backs Assad, keeps forces at the Hmeimim air base.'],
    ['no irn deployed_in syr', 'Hezbollah, which together with Iran backs the Syrian government, has fighters in Syria.'],
    ['hezbollah deployed_in syr', 'Hezbollah, which together with Iran backs the Syrian government, has fighters in Syria.'],
    ['no rus deployed_in syr', "Iran, which along with Russia is Assad's main ally, says its officers are in Syria as military advisers."],
  ],
  'an ally predicate\'s co-member is no subject of the ، و-verb after it (ar)': [
    ['no rus deployed_in syr', 'وتعدّ إيران أبرز حلفاء دمشق إلى جانب روسيا، ولها مستشارون عسكريون في سوريا منذ سنوات.'],
    ['irn deployed_in syr', 'وتعدّ إيران أبرز حلفاء دمشق إلى جانب روسيا، ولها مستشارون عسكريون في سوريا منذ سنوات.'],
    ['rus supported syr', 'وتعدّ إيران أبرز حلفاء دمشق إلى جانب روسيا، ولها مستشارون عسكريون في سوريا منذ سنوات.'],
    ['no irn deployed_in hmeimim-air-base', 'وتعد روسيا الحليف الأبرز لدمشق إلى جانب إيران، وتحتفظ بقاعدة حميميم الجوية في ريف اللاذقية.'],
    ['rus deployed_in hmeimim-air-base', 'وتعد روسيا الحليف الأبرز لدمشق إلى جانب إيران، وتحتفظ بقاعدة حميميم الجوية في ريف اللاذقية.'],
    ['irn deployed_in syr', 'وتدعم إيران الحكومة السورية إلى جانب روسيا، وتنشر مستشارين عسكريين في سوريا.'],
    ['no rus deployed_in syr', 'وتدعم إيران الحكومة السورية إلى جانب روسيا، وتنشر مستشارين عسكريين في سوريا.'],
  ],
});
