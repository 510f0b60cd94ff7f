/**
 * A bare facility head with no place of its kind named before is that town's facility (ref33, diagnosis-batch28 #44):
 * "struck Aleppo … and also hit the airport", `قصفت … حلب … واستهدفت المطار`: the airport of the nearest town named before
 * it (its sentence, then the one before), when the lexicon names one so ("Aleppo airport", `مطار حلب`; discourse.ts
 * facilityOfTown inside placeOfKind). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"struck Aleppo … and also hit the airport"', lang: 'en', text: 'Israeli jets struck Aleppo on Monday and also hit the airport.', want: ['isr attacked aleppo-international-airport'] },
  { what: 'the town in the sentence before', lang: 'en', text: 'Israeli jets struck targets near Aleppo on Monday. Israeli jets hit the airport an hour later.', want: ['isr attacked aleppo-international-airport'] },
  { what: '`واستهدفت … المطار` after `حلب` in the sentence before (Arabic)', lang: 'ar', text: 'قصفت طائرات إسرائيلية مواقع قرب حلب أمس. واستهدفت طائرات إسرائيلية المطار.', want: ['isr attacked aleppo-international-airport'] },
  // negative cells
  { what: 'a town with no airport of its own in the lexicon: nothing', lang: 'en', text: 'Israeli jets struck Saraqeb on Monday and also hit the airport.', want: [], not: ['isr attacked saraqeb-airport'] },
  { what: 'an airport named before wins over the town', lang: 'en', text: 'Israeli jets struck Damascus airport on Sunday. On Monday they struck Aleppo and hit the airport again.', want: ['isr attacked damascus-international-airport'] },
];

describe('ref33: a bare facility head is the nearest town’s facility of that kind', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
