/**
 * slot33 (diagnosis-batch28 FP 29): escalation (`التصعيد`, `تصعيد`) is an own-doer noun (cues.csv `own_doer_noun`): it
 * takes only the doer named on its own phrase (a demonym with a target after, a waging subject), never the one who is
 * concerned about it or warns of it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'escalation has no doer from a concerned or warning speaker (ar)': [
    ['no geir-pedersen attacked northern-syria', 'من جهته، أعرب بيدرسن عن قلقه من التصعيد العسكري في الشمال السوري، ودعا جميع الأطراف إلى ضبط النفس.'],
    ['no geir-pedersen attacked syr', 'حذّر المبعوث الأممي الخاص إلى سوريا غير بيدرسن، أمس الثلاثاء، من أن التصعيد العسكري في شمال البلاد «يهدد بجرّ سوريا إلى مزيد من العنف».'],
    ['no antonio-guterres attacked idlib', 'وأبدى الأمين العام للأمم المتحدة أنطونيو غوتيريش قلقه البالغ إزاء تصعيد عسكري في إدلب.'],
    ['no tur attacked northern-syria', 'وحذرت تركيا من التصعيد في الشمال السوري.'],
  ],
  'escalation with its own doer stays an attack (ar)': [
    ['isr attacked gaza', 'وأدانت الخارجية السورية التصعيد الإسرائيلي على قطاع غزة.'],
    ['syr criticized isr', 'وأدانت الخارجية السورية التصعيد الإسرائيلي على قطاع غزة.'],
    ['isr attacked south-lebanon', 'وشنت إسرائيل تصعيداً عسكرياً على جنوب لبنان.'],
    ['rus attacked idlib', 'وصعّدت روسيا غاراتها على إدلب.'],
  ],
});
