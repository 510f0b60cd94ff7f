/**
 * A withdrawal made a precondition (branch pred37, diagnosis-batch32 §6 pred37 rank 4, #110; pool b19): "X has made a
 * Turkish withdrawal from Syrian territory a precondition for any normalisation" → X urged tur, tur deployed_in syr.
 * Variants: an officials head on the maker, "of X" after the noun, "set … as a condition", the Arabic `تشترط`. Look-alikes:
 * a withdrawal made with no condition, a condition with no verb of making.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'withdrawal made a precondition (en)': [
    ['syr urged tur', 'Damascus has made a Turkish withdrawal from Syrian territory a precondition for any normalisation, a position repeated by Foreign Minister Faisal Mekdad in recent weeks.'],
    ['tur deployed_in syr', 'Damascus has made a Turkish withdrawal from Syrian territory a precondition for any normalisation, a position repeated by Foreign Minister Faisal Mekdad in recent weeks.'],
    ['syr urged tur', 'Syrian officials have long made a Turkish withdrawal from Syrian territory a precondition for any normalisation.'],
    ['syr urged usa', 'Damascus has set the withdrawal of US forces from Syria as a condition for talks.'],
    ['usa deployed_in syr', 'Damascus has set the withdrawal of US forces from Syria as a condition for talks.'],
    ['irq urged tur', 'Baghdad makes a Turkish pullout from northern Iraq a key condition of any security deal.'],
    ['no tur urged syr', 'Damascus has made a Turkish withdrawal from Syrian territory a precondition for any normalisation.'],
    ['no syr urged tur', 'Turkey made a withdrawal from the town of Tal Rifaat after the talks in Damascus.'],
  ],
  'withdrawal made a precondition (ar)': [
    ['syr urged tur', 'وتشترط دمشق انسحاب القوات التركية من الأراضي السورية قبل أي تطبيع مع أنقرة.'],
  ],
});
