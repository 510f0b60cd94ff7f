/**
 * slot55: rule 19f when the places taken are a pair or a list named before and the word that takes them carries a dual or
 * plural pronoun (diagnosis-batch53 §6 slot54 rank 1, #28–30; pool b48 2022-07-09 tabqa, b49 2023-06-17 raqqa-tabqa):
 * `منذ انتزاعهما من تنظيم «داعش» عام 2017`, `منذ طرد تنظيم «داعش» منهما عام 2017`, `قد استعادتهما من`, "since it took
 * them from Islamic State in 2017": the one they were taken from held each of them then, the captor holds each from then
 * and attacked the loser (an armed group), all dated by the clause (relations/takenclitic.ts, presence.ts
 * expulsionPlaces). And the captor named after an agentless expulsion, `منذ طرد «داعش» منها عام 2017 على يد «قسد»`, "at
 * the hands of the SDF" (pool b47 2022-09-22 raqqa): its attack on the expelled and its presence, dated.
 */
import { datedSuite, describeCases } from './helpers.ts';

datedSuite(
  'a pair of places taken: each place, the loser, the captor, dated',
  `
ar 2022-10-20 deployed_in isis_raqqa_2017 | وتسيطر «قوات سوريا الديمقراطية» على الرقة والطبقة منذ انتزاعهما من تنظيم «داعش» عام 2017.
ar 2022-10-20 deployed_in isis_tabqa_2017 | وتسيطر «قوات سوريا الديمقراطية» على الرقة والطبقة منذ انتزاعهما من تنظيم «داعش» عام 2017.
ar 2022-10-20 attacked sdf_isis_2017 | وتسيطر «قوات سوريا الديمقراطية» على الرقة والطبقة منذ انتزاعهما من تنظيم «داعش» عام 2017.
ar 2022-07-09 deployed_in isis_tabqa_2017-05 | وتسيطر «قوات سوريا الديمقراطية»، المدعومة من واشنطن، على الرقة والطبقة منذ انتزاعهما من تنظيم «داعش» في أيار/مايو 2017.
ar 2022-07-09 deployed_in isis_raqqa_2017-05 | وتسيطر «قوات سوريا الديمقراطية»، المدعومة من واشنطن، على الرقة والطبقة منذ انتزاعهما من تنظيم «داعش» في أيار/مايو 2017.
ar 2023-05-01 deployed_in isis_palmyra_2017-03 | وتقع مدينتا تدمر والقريتين في البادية، وقد استعادتهما القوات الحكومية من تنظيم «داعش» في آذار/مارس 2017.
ar 2023-05-01 attacked syr_isis_2017-03 | وتقع مدينتا تدمر والقريتين في البادية، وقد استعادتهما القوات الحكومية من تنظيم «داعش» في آذار/مارس 2017.
ar 2023-06-17 deployed_in isis_raqqa_2017 | وتسيطر «قوات سوريا الديمقراطية»، المدعومة من الولايات المتحدة، على الرقة والطبقة منذ طرد تنظيم «داعش» منهما عام 2017.
ar 2023-06-17 deployed_in isis_tabqa_2017 | وتسيطر «قوات سوريا الديمقراطية»، المدعومة من الولايات المتحدة، على الرقة والطبقة منذ طرد تنظيم «داعش» منهما عام 2017.
ar 2024-04-20 deployed_in isis_jarablus_2016-08 | وتسيطر فصائل «الجيش الوطني السوري» على جرابلس والباب منذ أن طردت القوات التركية تنظيم «داعش» منهما في آب/أغسطس 2016.
en 2022-10-20 deployed_in isis_raqqa_2017 | The SDF has held Raqqa and Tabqa since it took them from Islamic State in 2017.
en 2022-10-20 deployed_in isis_tabqa_2017 | The SDF has held Raqqa and Tabqa since it took them from Islamic State in 2017.
en 2022-10-20 attacked sdf_isis_2017 | The SDF has held Raqqa and Tabqa since it took them from Islamic State in 2017.
en 2022-10-20 deployed_in isis_tabqa_2017-05 | Raqqa and Tabqa, which sit on the Euphrates, have been run by the SDF since the group seized them from the Islamic State in May 2017.
en 2023-06-17 deployed_in isis_raqqa_2017 | The SDF, backed by Washington, has controlled Raqqa and Tabqa since it drove Islamic State out of them in 2017.
`,
);

describeCases({
  'no pair taken where the pronoun is no place pair, or no date (ar)': [
    ['no isis deployed_in raqqa', 'وتسيطر «قوات سوريا الديمقراطية» على الرقة والطبقة منذ انتزاعهما من تنظيم «داعش».'],
    ['no isis deployed_in tabqa', 'وتسيطر «قوات سوريا الديمقراطية» على الرقة منذ طرد تنظيم «داعش» منهما عام 2017.'],
    ['no sdf attacked isis', 'وزار وفد من «قسد» الرقة والطبقة، وقال إن تنظيم «داعش» خسر قادة منهما عام 2017.'],
  ],
  'no pair taken where the pronoun is no place pair, or no date (en)': [
    ['no isis deployed_in raqqa', 'The SDF arrested two men in Raqqa and Tabqa and took them from Islamic State custody.'],
    ['no isis deployed_in tabqa', 'The SDF has held Raqqa and Tabqa since it took them from Islamic State.'],
  ],
});
