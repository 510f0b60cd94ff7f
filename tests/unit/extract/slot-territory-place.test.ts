/**
 * slot32 (pooled 13-26 false positives, "a place where an actor is wanted", gold rule 10): an attack that names an actor
 * it was aimed at — also a state named by the demonym on its forces, `مواقع للقوات الإيرانية` — is not an attack on the
 * country named as its territory (`على الأراضي السورية`, `داخل الأراضي السورية`); with no actor named, the territory
 * stays the target.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a country named as territory is where, when an actor was hit (ar)': [
    ['isr attacked irn', 'وتشنّ إسرائيل منذ سنوات مئات الغارات على الأراضي السورية، وتقول إنها تستهدف مواقع للقوات الإيرانية وحلفائها.'],
    ['no isr attacked syr', 'وتشنّ إسرائيل منذ سنوات مئات الغارات على الأراضي السورية، وتقول إنها تستهدف مواقع للقوات الإيرانية وحلفائها.'],
    ['isr attacked hezbollah', 'وكثفت إسرائيل خلال الأشهر الماضية ضرباتها داخل الأراضي السورية، مستهدفة ما تقول إنها مواقع ومستودعات أسلحة لـ«حزب الله».'],
    ['no isr attacked syr', 'وكثفت إسرائيل خلال الأشهر الماضية ضرباتها داخل الأراضي السورية، مستهدفة ما تقول إنها مواقع ومستودعات أسلحة لـ«حزب الله».'],
    ['isr attacked syr', 'وشنت إسرائيل، أمس الأحد، غارات على الأراضي السورية.'],
    ['isr attacked irn', 'قصفت إسرائيل مواقع للقوات الإيرانية في سوريا.'],
    ['no isr attacked syr', 'قصفت إسرائيل مواقع للقوات الإيرانية في سوريا.'],
  ],
  'targets that X links to Y name Y as the one hit': [
    ['isr attacked irn', 'Israeli jets regularly strike targets in Syria that Israel links to Iran and Hezbollah, and Russia keeps forces at the Hmeimim air base.'],
    ['isr attacked hezbollah', 'Israeli jets regularly strike targets in Syria that Israel links to Iran and Hezbollah, and Russia keeps forces at the Hmeimim air base.'],
    ['no isr attacked syr', 'Israeli jets regularly strike targets in Syria that Israel links to Iran and Hezbollah, and Russia keeps forces at the Hmeimim air base.'],
    ['no isr attacked rus', 'Israeli jets regularly strike targets in Syria that Israel links to Iran and Hezbollah, and Russia keeps forces at the Hmeimim air base.'],
    ['rus deployed_in hmeimim-air-base', 'Israeli jets regularly strike targets in Syria that Israel links to Iran and Hezbollah, and Russia keeps forces at the Hmeimim air base.'],
    ['usa attacked irgc', 'US jets on Friday struck a depot in eastern Syria used by Iran\'s Revolutionary Guards.'],
  ],
});
