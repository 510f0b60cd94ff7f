/**
 * Construction (batch 19 twice; batch 21's gold reads "Erdogan invited Netanyahu to visit Turkey" as the invitee's planned
 * visit, gold rule 8, never as urged): an Arabic urging verb whose demanded act is a visit (`دعا X إلى زيارة Y`, `لزيارة`)
 * is an invitation and urges no one. Paraphrase suite of our own; a demand of another act still urges.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('an invitation to visit urges no one', () => {
  const none = [
    'كما دعا أردوغان نظيره المصري إلى زيارة تركيا، وقبل السيسي الدعوة.',
    'وقال أردوغان إنه دعا ترامب إلى زيارة تركيا.',
    'ودعا بوتين الأسد لزيارة موسكو.',
    'ودعت الرياض الرئيس الإيراني إلى زيارة المملكة قريباً.',
  ];
  for (const text of none)
    it(text, () => {
      expect(triples(extract(text, 'ar'), 'urged')).toEqual([]);
    });
  it('a demand of another act still urges', () => {
    expect(triples(extract('ودعا الأسد تركيا إلى سحب قواتها من سوريا.', 'ar'), 'urged')).toEqual(['bashar-al-assad urged tur']);
    expect(triples(extract('ودعا بوتين أردوغان إلى ضبط النفس.', 'ar'), 'urged')).toEqual(['vladimir-putin urged recep-tayyip-erdogan']);
  });
  it('English: invited to visit is the invitee\'s planned visit', () => {
    expect(triples(extract('Erdogan invited Netanyahu to visit Turkey, and the Israeli leader accepted.', 'en'))).toEqual(['benjamin-netanyahu visited tur']);
  });
});
