/**
 * slot45: rule 19f, a place taken from X when the place is a pronoun or a clitic (diagnosis-batch42 #17–18, #23, #55–56,
 * #92–93, FP 95–96; pool b23 palmyra "before government forces recaptured it in March 2017", b40 tal-rifaat "took the
 * nearby Afrin region from the YPG in 2018"): the place is the last place named before (its sentence, else the
 * sentences before); the one it was taken from held it then, the captor holds it from then and attacked it (an armed
 * group), all dated by the clause; no date, no presence. `استعاد` + a place is retaking, never `reconciled_with`
 * (relations/takenclitic.ts).
 */
import { datedSuite, describeCases } from './helpers.ts';

datedSuite(
  'the place taken is a clitic or a pronoun: loser, captor, attack, dated',
  `
ar 2022-08-03 deployed_in isis_raqqa_2017-10 | استقبل المجلس وفداً في مدينة الرقة. / ويدير المجلس شؤون المدينة منذ انتزعت «قوات سوريا الديمقراطية» السيطرة عليها من تنظيم «داعش» في تشرين الأول/أكتوبر 2017، بدعم من الولايات المتحدة.
ar 2022-08-03 deployed_in sdf_raqqa_2017-10 | استقبل المجلس وفداً في مدينة الرقة. / ويدير المجلس شؤون المدينة منذ انتزعت «قوات سوريا الديمقراطية» السيطرة عليها من تنظيم «داعش» في تشرين الأول/أكتوبر 2017، بدعم من الولايات المتحدة.
ar 2023-08-14 deployed_in isis_raqqa_2017-10 | وتسيطر «قوات سوريا الديمقراطية» على مدينة الرقة منذ انتزاعها من تنظيم «داعش» في تشرين الأول/أكتوبر 2017، بدعم من التحالف الدولي.
ar 2023-08-14 attacked sdf_isis_2017-10 | وتسيطر «قوات سوريا الديمقراطية» على مدينة الرقة منذ انتزاعها من تنظيم «داعش» في تشرين الأول/أكتوبر 2017، بدعم من التحالف الدولي.
ar 2024-08-04 deployed_in syr_zabadani_2017 | وتقع الزبداني على أحد أبرز طرق التهريب بين سوريا ولبنان، وكانت قوات النظام و«حزب الله» قد استعادتها من فصائل المعارضة عام 2017 بموجب اتفاق.
ar 2024-08-04 deployed_in hezbollah_zabadani_2017 | وتقع الزبداني على أحد أبرز طرق التهريب بين سوريا ولبنان، وكانت قوات النظام و«حزب الله» قد استعادتها من فصائل المعارضة عام 2017 بموجب اتفاق.
ar 2023-05-01 deployed_in isis_palmyra_2017-03 | وتقع مدينة تدمر في البادية، وقد استعادها الجيش السوري من تنظيم «داعش» في آذار/مارس 2017.
ar 2023-05-01 deployed_in syr_palmyra_2017-03 | وتقع مدينة تدمر في البادية، وقد استعادها الجيش السوري من تنظيم «داعش» في آذار/مارس 2017.
ar 2023-05-01 attacked syr_isis_2017-03 | وتقع مدينة تدمر في البادية، وقد استعادها الجيش السوري من تنظيم «داعش» في آذار/مارس 2017.
en 2022-10-03 deployed_in isis_tabqa_2017-05 | Tabqa, which sits on the southern bank of Lake Assad, has been under SDF control since the group took it from the Islamic State in May 2017.
en 2022-10-03 attacked sdf_isis_2017-05 | Tabqa, which sits on the southern bank of Lake Assad, has been under SDF control since the SDF took it from the Islamic State in May 2017.
en 2022-03-07 deployed_in syr_palmyra_2017-03 | Palmyra itself was captured by IS in 2015 and again in December 2016, before government forces recaptured it in March 2017.
en 2022-09-10 deployed_in tur_afrin_2018 | Tal Rifaat has been held since 2016 by Kurdish-led forces, and Turkish troops and their Syrian National Army allies took the nearby Afrin region from the People's Protection Units (YPG) in 2018.
en 2022-09-10 attacked tur_ypg_2018 | Tal Rifaat has been held since 2016 by Kurdish-led forces, and Turkish troops and their Syrian National Army allies took the nearby Afrin region from the People's Protection Units (YPG) in 2018.
en 2022-09-10 attacked syrian-national-army_ypg_2018 | Tal Rifaat has been held since 2016 by Kurdish-led forces, and Turkish troops and their Syrian National Army allies took the nearby Afrin region from the People's Protection Units (YPG) in 2018.
en 2023-01-10 deployed_in isis_manbij_2016-08 | The SDF has held Manbij since it took the town from Islamic State in August 2016. / Fighting broke out near it on Monday.
`,
);

describeCases({
  'no taken place without a date, a place or a taker (ar)': [
    ['no isis deployed_in raqqa', 'وتسيطر «قوات سوريا الديمقراطية» على مدينة الرقة منذ انتزاعها من تنظيم «داعش».'],
    ['no arab-league deployed_in syr', 'استعادت سوريا مقعدها في جامعة الدول العربية في أيار/مايو 2023.'],
    ['no lbn reconciled_with syr', 'وتقع الزبداني على أحد أبرز طرق التهريب بين سوريا ولبنان، وكانت قوات النظام و«حزب الله» قد استعادتها من فصائل المعارضة عام 2017 بموجب اتفاق.'],
    ['no hezbollah reconciled_with lbn', 'وتقع الزبداني على أحد أبرز طرق التهريب بين سوريا ولبنان، وكانت قوات النظام و«حزب الله» قد استعادتها من فصائل المعارضة عام 2017 بموجب اتفاق.'],
    ['syr reconciled_with arab-league', 'وكانت سوريا قد استعادت مقعدها في جامعة الدول العربية في أيار/مايو 2023.'],
  ],
  'no taken place without a date, a place or a taker (en)': [
    ['no isis deployed_in raqqa', 'The SDF has controlled Raqqa since it took it from Islamic State.'],
    ['no syr deployed_in idlib', 'Idlib is shelled daily; the army vowed it would take it back from HTS soon.'],
  ],
});
