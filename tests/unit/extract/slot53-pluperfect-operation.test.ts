/**
 * slot53 (rule 19f's wordings and attack targets, diagnosis-batch51 §6 slot52 rank 1; pool: batches 34, 49): an operation
 * launched in an Arabic pluperfect, `وكانت X قد أطلقت/شنّت (في DATE) عملية «…» ضد Y` — the subject told between كان and
 * قد is the operation's doer (launchedop.ts reads the VSO `أطلقت X عملية` and the verbal noun `إطلاق X عملية`), each side
 * after ضد attacked, the list's second member too. English "had launched" is the verb's own subject. Look-alikes: no
 * doer when the auxiliary's subject is a place or nothing is named between كان and قد.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'وكانت X قد أطلقت عملية ضد Y (ar)': [
    ['tur attacked ypg', 'وكانت أنقرة قد أطلقت في 20 تشرين الثاني/نوفمبر عملية «المخلب-السيف» الجوية ضد مواقع «وحدات حماية الشعب» الكردية وحزب العمال الكردستاني في شمال سوريا وشمال العراق، بعد تفجير أودى بحياة ستة أشخاص في إسطنبول.'],
    ['tur attacked pkk', 'وكانت أنقرة قد أطلقت في 20 تشرين الثاني/نوفمبر عملية «المخلب-السيف» الجوية ضد مواقع «وحدات حماية الشعب» الكردية وحزب العمال الكردستاني في شمال سوريا وشمال العراق، بعد تفجير أودى بحياة ستة أشخاص في إسطنبول.'],
    ['tur attacked ypg', 'وكانت أنقرة قد شنّت في تشرين الأول/أكتوبر 2019 عملية «نبع السلام» ضد «وحدات حماية الشعب» الكردية في شمال شرق سوريا.'],
    // (no date, a modifier, another doer and another operation noun)
    ['tur attacked ypg', 'وكانت تركيا قد أطلقت عملية عسكرية جديدة ضد «وحدات حماية الشعب».'],
    ['rus attacked isis', 'وكانت روسيا قد شنّت حملة جوية ضد تنظيم «داعش» في البادية السورية.'],
    ['asayish attacked isis', 'وكانت قوى الأمن الداخلي (الأسايش) قد شنّت أواخر آب/أغسطس الماضي حملة أمنية ضد «داعش».'],
  ],
  'had launched an operation against Y (en)': [
    ['tur attacked ypg', 'Turkey had launched an air operation against the YPG and the PKK in northern Syria and northern Iraq.'],
    ['tur attacked pkk', 'Turkey had launched an air operation against the YPG and the PKK in northern Syria and northern Iraq.'],
  ],
  'pluperfect operation: look-alikes (ar)': [
    ['no idlib attacked ypg', 'وكانت إدلب قد شهدت عملية عسكرية ضد «وحدات حماية الشعب».'],
    ['no tur attacked syr', 'وكانت أنقرة قد أطلقت عملية عسكرية ضد «وحدات حماية الشعب» في سوريا.'],
  ],
});
