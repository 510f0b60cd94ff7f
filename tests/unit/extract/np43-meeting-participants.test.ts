/**
 * The participants of a meeting noun (branch np43; diagnosis-batch39 §6 np43 rank 1, #52–60; pool b18
 * biden-jeddah-bin-salman, b35 ain-issa-shelling-exchange, b18 xi-riyadh-arab-summit): a summit's owner ("a summit of
 * GCC leaders", `قمة لقادة دول مجلس التعاون`), the ones it is held with ("with Egypt, Jordan and Iraq", `مع A وB`) and
 * the one who attends or holds it (or is already read as meeting them) all met pairwise (gold rule 3); a meeting noun's
 * "of"-owner list is read past a place and a date ("a meeting in Moscow on May 10 of the foreign ministers of …").
 * relations/meetingparts.ts.
 */
import { describeCases } from './helpers.ts';

const EN_B18 = 'Biden is due to attend a summit of Gulf Cooperation Council leaders with Egypt, Jordan and Iraq in Jeddah on Saturday.';
const EN_B35 = 'Erdogan is due in Tehran on Tuesday for a summit with Russian President Vladimir Putin and Iranian President Ebrahim Raisi, where Syria is expected to dominate the agenda.';
const EN_B39 = "Russia, which intervened militarily in 2015 on Assad's side, has hosted several rounds of the talks, most recently a meeting in Moscow on May 10 of the foreign ministers of Russia, Turkey, Syria and Iran.";

describeCases({
  'the row constructions: a summit of X with A, B and C; a summit with A and B': [
    ['joe-biden met gulf-cooperation-council', EN_B18],
    ['joe-biden met egy', EN_B18],
    ['egy met jor', EN_B18],
    ['gulf-cooperation-council met egy', EN_B18],
    ['vladimir-putin met ebrahim-raisi', EN_B35],
    ['recep-tayyip-erdogan met vladimir-putin', EN_B35],
  ],
  'variants: a held summit, a date and place between, another summit noun': [
    ['vladimir-putin met ebrahim-raisi', 'Erdogan held a summit in Tehran with Putin and Raisi on Tuesday.'],
    ['recep-tayyip-erdogan met ebrahim-raisi', 'Erdogan held a summit in Tehran with Putin and Raisi on Tuesday.'],
    ['joe-biden met gulf-cooperation-council', 'Biden attended a summit in Jeddah on Saturday of Gulf Cooperation Council leaders with Egypt and Jordan.'],
    ['egy met jor', 'Biden attended a summit in Jeddah on Saturday of Gulf Cooperation Council leaders with Egypt and Jordan.'],
    ['vladimir-putin met ebrahim-raisi', 'Erdogan, who is seeking support for a new incursion, will travel to Tehran for a trilateral summit with Putin and Raisi.'],
  ],
  'negatives: a negated attendance, separate bilateral talks, a summit only discussed': [
    ['no egy met jor', 'Biden did not attend a summit of Gulf Cooperation Council leaders with Egypt and Jordan.'],
    ['no vladimir-putin met ebrahim-raisi', 'Erdogan met Putin and later Raisi in separate talks.'],
    ['no vladimir-putin met ebrahim-raisi', 'Erdogan discussed with Putin the preparations for a summit on Syria.'],
  ],
  'the row constructions: held a summit with the leaders of X; attend a summit of X with A, B and C (ar)': [
    ['xi-jinping met gulf-cooperation-council', 'كما عقد الرئيس الصيني أمس قمة مع قادة دول مجلس التعاون الخليجي.'],
    ['joe-biden met gulf-cooperation-council', 'ومن المقرر أن يشارك بايدن في قمة لقادة دول مجلس التعاون الخليجي مع مصر والأردن والعراق في جدة السبت.'],
    ['gulf-cooperation-council met egy', 'ومن المقرر أن يشارك بايدن في قمة لقادة دول مجلس التعاون الخليجي مع مصر والأردن والعراق في جدة السبت.'],
  ],
  'variants: a purpose, a date between, another list (ar)': [
    ['vladimir-putin met ebrahim-raisi', 'ويتوجه أردوغان إلى طهران الثلاثاء لعقد قمة مع الرئيس الروسي فلاديمير بوتين والرئيس الإيراني إبراهيم رئيسي.'],
    ['recep-tayyip-erdogan met vladimir-putin', 'ويتوجه أردوغان إلى طهران الثلاثاء لعقد قمة مع الرئيس الروسي فلاديمير بوتين والرئيس الإيراني إبراهيم رئيسي.'],
    ['vladimir-putin met ebrahim-raisi', 'وعقد أردوغان في طهران يوم الثلاثاء قمة ثلاثية مع بوتين ورئيسي.'],
  ],
  'negatives: a negated summit, a summit about a country (ar)': [
    ['no vladimir-putin met ebrahim-raisi', 'ولم يعقد أردوغان قمة مع بوتين ورئيسي.'],
    ['no recep-tayyip-erdogan met syr', 'وبحث أردوغان التحضير لقمة حول سوريا مع بوتين.'],
  ],
}, '2022-07-16');

describeCases({
  'the row construction: a meeting in P on DATE of the foreign ministers of A, B, C and D': [
    ['sergei-lavrov met mevlut-cavusoglu', EN_B39],
    ['faisal-mekdad met hossein-amir-abdollahian', EN_B39],
    ['mevlut-cavusoglu met faisal-mekdad', EN_B39],
  ],
  'variants: a place only, a date only, "last week"': [
    ['mevlut-cavusoglu met faisal-mekdad', 'Officials recalled a meeting in Moscow of the foreign ministers of Russia, Turkey, Syria and Iran.'],
    ['mevlut-cavusoglu met faisal-mekdad', 'Officials recalled a meeting on May 10 of the foreign ministers of Russia, Turkey, Syria and Iran.'],
    ['mevlut-cavusoglu met faisal-mekdad', 'The plan was drawn up at a meeting last week in Moscow of the foreign ministers of Turkey, Syria and Iran.'],
  ],
  'variants: a meeting in P of the foreign ministers (ar)': [
    ['mevlut-cavusoglu met faisal-mekdad', 'وكانت موسكو قد استضافت اجتماعاً في العاشر من أيار/مايو لوزراء خارجية روسيا وتركيا وسوريا وإيران.'],
  ],
  'negatives: the ministers of one country, a meeting about the ministers, a hypothetical meeting (sample corpus astana-20)': [
    ['no hakan-fidan met faisal-mekdad', "The deputy foreign ministers of Russia, Turkey, Syria and Iran met in Astana. Bogdanov said a new meeting of the four countries' foreign ministers could be held if needed."],
    ['no mevlut-cavusoglu met faisal-mekdad', 'Officials recalled a meeting in Moscow on the fate of the foreign ministers of Turkey and Syria.'],
  ],
}, '2023-05-20');

describeCases({
  'negatives: a summit of an organisation named by its anaphor (pool b15 saudi-invitation-assad)': [
    ['no arab-league met bashar-al-assad', 'Saudi Arabia invited Assad to the Arab League summit. It would be the first time in more than a decade that Assad attends a summit of the bloc, which readmitted Syria on Sunday at a meeting of foreign ministers in Cairo.'],
  ],
}, '2023-05-11');
