/**
 * slot53 (rule 19f in the wordings round 51 did not reach, diagnosis-batch51 §6 slot52 rank 1; pool: batches 46, 49): an
 * Arabic capture verb's own VSO subject is the captor, not the main clause's holder (`تسيطر فصائل X على مدينة P، منذ أن
 * انتزعتها القوات التركية من «داعش»`), and a capture verb whose object is a definite land word (`المنطقة`, `المدينة`)
 * past `خلالها` and the subject takes the place named before (`التي انتزعت خلالها القوات التركية المنطقة من «الوحدات»`,
 * `وكانت القوات التركية والفصائل قد انتزعت المدينة من تنظيم «داعش»`): the captor attacked the loser, both held the place
 * (the loser until the date, the captor from it).
 */
import { describeCases } from './helpers.ts';

const JARABLUS = 'في المقابل، تسيطر فصائل «الجيش الوطني السوري» المدعومة من أنقرة على مدينة جرابلس المجاورة، منذ أن انتزعتها القوات التركية من تنظيم «داعش» في آب/أغسطس 2016.';
const AFRIN = 'وتسيطر تركيا وفصائل «الجيش الوطني» الموالية لها على منطقة عفرين منذ عملية «غصن الزيتون» التي انتزعت خلالها القوات التركية المنطقة من «الوحدات» الكردية في آذار/مارس 2018.';
const ALBAB = 'وتسيطر الفصائل الموالية لتركيا على مدينة الباب. وكانت القوات التركية والفصائل قد انتزعت المدينة من تنظيم «داعش» في شباط/فبراير 2017.';

describeCases({
  'the VSO captor of a clitic capture verb (ar)': [
    ['tur attacked isis', JARABLUS],
    ['tur deployed_in jarablus', JARABLUS],
    ['isis deployed_in jarablus', JARABLUS],
    ['no syrian-national-army attacked isis', JARABLUS],
    // (another verb and another captor; a date before the subject)
    ['syr attacked isis', 'وتنتشر فصائل موالية لإيران في البوكمال منذ أن استعادتها القوات الحكومية من تنظيم «داعش» في تشرين الثاني/نوفمبر 2017.'],
    ['no irn attacked isis', 'وتنتشر فصائل موالية لإيران في البوكمال منذ أن استعادتها القوات الحكومية من تنظيم «داعش» في تشرين الثاني/نوفمبر 2017.'],
    // (no subject of its own: the clause's holder, as before)
    ['sdf attacked isis', 'وتسيطر «قسد» على الرقة منذ أن انتزعتها من تنظيم «داعش» في تشرين الأول/أكتوبر 2017.'],
  ],
  'a capture verb with a definite land word (ar)': [
    ['tur attacked ypg', AFRIN],
    ['ypg deployed_in afrin', AFRIN],
    ['isis deployed_in al-bab', ALBAB],
    ['tur attacked isis', ALBAB],
    ['no tur attacked al-bab', ALBAB],
  ],
});
