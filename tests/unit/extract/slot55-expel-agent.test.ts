/**
 * slot55: rule 19f's expulsion without its doer in the verb (pool b47 2022-09-22 raqqa, b51 2024-11-19 manbij): the
 * captor named after the place, `منذ طرد «داعش» منها عام 2017 على يد «قسد»`, "at the hands of the SDF", "by the SDF"
 * after a passive (its dated presence and attack on the expelled), and the English passive "IS fighters were driven out
 * of it in 2016" (the expelled's dated presence). relations/expelpassive.ts, presence.ts expulsionPlaces.
 */
import { datedSuite, describeCases } from './helpers.ts';

datedSuite(
  'the expelled before a passive, the captor named after an agentless expulsion',
  `
ar 2022-09-22 attacked sdf_isis_2017 | وتقع مدينة الرقة على نهر الفرات. / ويدير مجلس الرقة المدني شؤون المدينة منذ طرد تنظيم «داعش» منها عام 2017 على يد «قوات سوريا الديمقراطية».
ar 2022-09-22 deployed_in sdf_raqqa_2017 | وتقع مدينة الرقة على نهر الفرات. / ويدير مجلس الرقة المدني شؤون المدينة منذ طرد تنظيم «داعش» منها عام 2017 على يد «قوات سوريا الديمقراطية».
ar 2024-08-11 attacked manbij-military-council_isis_2016-08 | ويسيطر «مجلس منبج العسكري» على منبج منذ طرد تنظيم «داعش» منها في آب/أغسطس 2016 على أيدي مقاتليه.
ar 2022-09-22 attacked sdf_isis_2017 | وتدير «الإدارة الذاتية» الرقة منذ طرد تنظيم «داعش» منها على يد «قوات سوريا الديمقراطية» عام 2017.
en 2022-09-22 attacked sdf_isis_2017 | The council has run Raqqa since Islamic State was driven out of it by the SDF in 2017.
en 2022-09-22 deployed_in sdf_raqqa_2017 | The council has run Raqqa since Islamic State was driven out of it by the SDF in 2017.
en 2022-09-22 deployed_in isis_raqqa_2017 | The council has run Raqqa since Islamic State was driven out of it by the SDF in 2017.
en 2024-11-19 deployed_in isis_manbij_2016 | Manbij, a mostly Arab town west of the Euphrates, has been held by the council since Islamic State fighters were driven out of it in 2016.
en 2024-11-19 deployed_in isis_manbij_2016-08 | The council has held Manbij since August 2016, when Islamic State was expelled from the town at the hands of the SDF.
en 2022-09-22 attacked tur_isis_2016 | Jarablus has been held by Syrian factions since IS militants were ousted from it by Turkish forces in 2016.
`,
);

describeCases({
  'no captor or expelled where none is named (ar)': [
    ['no usa attacked isis', 'وتسيطر «قسد» على الرقة منذ طرد تنظيم «داعش» منها عام 2017، وقالت واشنطن إنها تدعمها على يد مستشاريها.'],
  ],
  'no captor or expelled where none is named (en)': [
    ['no isis deployed_in raqqa', 'Islamic State fighters were driven out of Raqqa by the SDF.'],
    ['no sdf deployed_in raqqa', 'The families were driven out of Raqqa by the fighting in 2017.'],
    ['no isis deployed_in hasakah', 'Refugees from areas once held by Islamic State were driven to Hasakah in 2019.'],
  ],
});
