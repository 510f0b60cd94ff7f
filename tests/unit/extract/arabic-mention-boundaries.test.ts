/**
 * Arabic mention boundaries (diagnosis-batch23 §7 fix 4): a mention never runs over a preposition + name (`الجيش المصري
 * بالرئيس محمد مرسي`: the army and the president it ousted, two arguments), and a definite nisba right after a group's
 * name (`فصائل المعارضة السورية`, `«حزب الله» اللبناني`) is the group's adjective, no state of its own.
 * A paraphrase suite: the organ (army, government), the preposition (بـ، لـ), the group, the verb.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a state organ and a person behind a preposition are two arguments (ar)': [
    ['no egy supported tur', 'وتدهورت العلاقات عام 2013 بعد إطاحة الجيش المصري بالرئيس محمد مرسي، حليف أنقرة.'],
    ['no egy supported tur', 'أطاح الجيش بالرئيس محمد مرسي، حليف أنقرة.'],
    ['recep-tayyip-erdogan met abdel-fattah-al-sisi', 'التقى أردوغان بالرئيس المصري عبد الفتاح السيسي.'],
    ['recep-tayyip-erdogan hosted bashar-al-assad', 'رحب الرئيس التركي رجب طيب أردوغان بالرئيس السوري بشار الأسد.'],
  ],
  'a nisba after a group name is the group\'s (ar)': [
    ['syrian-opposition accused rus', 'واتهمت فصائل المعارضة السورية موسكو بقصف المدنيين.'],
    ['no syrian-opposition accused syr', 'واتهمت فصائل المعارضة السورية موسكو بقصف المدنيين.'],
    ['hezbollah attacked isr', 'وقصف «حزب الله» اللبناني مواقع إسرائيلية.'],
    ['no irn supported lbn', 'ودعمت إيران «حزب الله» اللبناني.'],
    ['irn supported hezbollah', 'ودعمت إيران «حزب الله» اللبناني.'],
  ],
});
