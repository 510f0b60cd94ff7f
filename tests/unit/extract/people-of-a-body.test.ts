/**
 * pred29 (diagnosis-batch26 "Next", NAME #33): people "in" a body (`شخصيات في المعارضة السورية`, `قياديين في حركة حماس`,
 * "figures in the Syrian opposition") stand for that body, as people "of" or `من` it do (cues.csv `partitive`); "in" a
 * place or a country stays a place.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'people in a body (ar)': [
    ['syrian-opposition criticized hamas', 'أعلنت حركة «حماس» إعادة علاقاتها مع سوريا. وفي المقابل، انتقدت شخصيات في المعارضة السورية قرار الحركة، معتبرة أنه تجاهل لمعاناة السوريين.'],
    ['no syr criticized hamas', 'أعلنت حركة «حماس» إعادة علاقاتها مع سوريا. وفي المقابل، انتقدت شخصيات في المعارضة السورية قرار الحركة، معتبرة أنه تجاهل لمعاناة السوريين.'],
    ['tur hosted hamas', 'في المقابل، تستضيف تركيا قياديين في حركة حماس منذ سنوات.'],
  ],
  'people in a body': [
    ['syrian-opposition criticized hamas', 'Hamas restored ties with Syria. Figures in the Syrian opposition, on Thursday, criticised the Hamas decision.'],
  ],
});
