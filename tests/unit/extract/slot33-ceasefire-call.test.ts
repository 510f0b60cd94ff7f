/**
 * slot33 (diagnosis-batch28 FP 73): a call for a ceasefire is no attack. The act a de-escalation word stops
 * (cues.csv `deescalate_word_ar`) takes no doer from the clause, right after it (`وقف الهجمات`) or past one plain
 * adjective with the act noun's لـ (`وقف فوري لإطلاق النار`, `وقف شامل لإطلاق النار`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a ceasefire call is no attack (ar)': [
    ['no syr attacked gaza', 'وجددت سوريا دعوتها إلى وقف فوري لإطلاق النار في غزة.'],
    ['no egy attacked gaza', 'ودعت مصر إلى وقف شامل لإطلاق النار في قطاع غزة.'],
    ['no chn attacked gaza', 'وطالبت الصين، أمس الاثنين، بوقف فوري لإطلاق النار في غزة.'],
    ['no tur attacked lbn', 'ودعت تركيا إلى وقف دائم لإطلاق النار في لبنان.'],
  ],
  'a ceasefire call is no attack': [
    ['no chn attacked gaza', 'China renewed its call for an immediate ceasefire in Gaza.'],
    ['no chn attacked gaza', 'China renewed its call for an immediate halt to the shelling in Gaza.'],
  ],
  'an opened fire stays an attack (ar)': [
    ['isr attacked gaza', 'وأطلقت القوات الإسرائيلية النار على متظاهرين في غزة.'],
  ],
});
