/**
 * A visit or meeting noun with a clitic doer and a direct object (np30, diagnosis-batch26 §6 fix 1, #60): `بزيارته
 * أبوظبي`, `ولقائه الرئيس بشار الأسد` — a masculine ه agrees with a person, never with a state named right before it
 * (a feminine noun: `مع الإمارات بزيارته`), so the person it agrees with is the doer; a feminine ها keeps the state.
 * Sentences of our own.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a masculine clitic is the person, past a state (ar)': [
    ['recep-tayyip-erdogan visited abu-dhabi', 'ويسعى الرئيس رجب طيب أردوغان إلى إصلاح العلاقات مع دول الخليج، بعدما طوى صفحة الخلاف مع الإمارات بزيارته أبوظبي في شباط/فبراير الماضي.'],
    ['no are visited abu-dhabi', 'ويسعى الرئيس رجب طيب أردوغان إلى إصلاح العلاقات مع دول الخليج، بعدما طوى صفحة الخلاف مع الإمارات بزيارته أبوظبي في شباط/فبراير الماضي.'],
    ['recep-tayyip-erdogan visited abu-dhabi', 'وطوى أردوغان صفحة الخلاف بزيارته أبوظبي.'],
    ['recep-tayyip-erdogan visited abu-dhabi', 'وقال أردوغان خلال زيارته أبوظبي أمس إن العلاقات تتحسن.'],
    ['faisal-bin-farhan met bashar-al-assad', 'بعد أيام من زيارة وزير الخارجية السعودي فيصل بن فرحان إلى دمشق ولقائه الرئيس بشار الأسد.'],
    ['faisal-bin-farhan visited damascus', 'بعد أيام من زيارة وزير الخارجية السعودي فيصل بن فرحان إلى دمشق ولقائه الرئيس بشار الأسد.'],
    ['no syr met bashar-al-assad', 'بعد أيام من زيارة وزير الخارجية السعودي فيصل بن فرحان إلى دمشق ولقائه الرئيس بشار الأسد.'],
  ],
  'a possessive pronoun on the visit (en)': [
    ['recep-tayyip-erdogan visited abu-dhabi', 'Erdogan mended ties with the UAE with his visit to Abu Dhabi in February.'],
  ],
});
