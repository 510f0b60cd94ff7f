/**
 * Verbal nouns read as verbs (issue #3), on sentences of our own: a feminine verb with a suffix pronoun right before a
 * لـ object is the verbal noun with its owner (`أكدت X إدانتها للهجوم`: إدانة + ها, "its condemnation of the attack"), not
 * the verb أدانت + ها, whose object is the pronoun.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('a verbal noun with a suffix pronoun before لـ is no verb', () => {
  it('`أكدت X إدانتها للهجوم الإسرائيلي`: X does not attack; the attack is Israel\'s', () => {
    const r = extract('أكدت تركيا إدانتها للهجوم الإسرائيلي على غزة.', 'ar');
    expect(triples(r, 'attacked')).toEqual(['isr attacked gaza']);
    expect(triples(extract('جددت مصر إدانتها لـ«داعش» بعد الهجوم.', 'ar'))).toEqual([]);
  });
  it('the verb with its pronoun object and its subject after it is still the verb', () => {
    expect(triples(extract('أدانت تركيا الهجوم الإسرائيلي على غزة.', 'ar'), 'criticized')).toEqual(['tur criticized isr']);
  });
});
