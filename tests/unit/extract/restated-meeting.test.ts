/**
 * Two states said to meet in a sentence that already tells a meeting of their persons restate that meeting (emit.ts
 * restatedMeeting): "The defence ministers of Turkey, Syria and Russia held talks in Moscow, the highest-level meeting
 * between Ankara and Damascus" gives the ministers' rows, no `tur met syr`. Positive cells: states meeting with no
 * persons of theirs in the sentence still meet; the persons' rows stay.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const met = (text: string) => tripleSet(extract(text, 'en', '2023-01-05'), 'met');

describe('a states pair restating a meeting of their persons (en)', () => {
  const text = 'The defence ministers of Turkey, Syria and Russia held talks in Moscow on December 28, the highest-level meeting between Ankara and Damascus since the start of the Syrian war.';
  it('gives no state row', () => {
    expect(met(text)).not.toContain('tur met syr');
    expect(met(text)).not.toContain('syr met tur');
  });
  it('keeps the persons\u2019 rows', () => {
    expect(met(text)).toContain('hulusi-akar met ali-mahmoud-abbas');
  });
  it('states meeting on their own still meet', () => {
    expect(met('Turkey and Syria met in Moscow on Monday.')).toContain('tur met syr');
  });
});
