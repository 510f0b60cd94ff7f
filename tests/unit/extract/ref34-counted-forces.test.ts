/**
 * "its"/"their" before a count of a state's forces is that state (ref34, diagnosis-batch29 #39): "Washington says its
 * roughly 900 troops in Syria are there to …" gives `usa deployed_in syr` like "US troops in Syria" (presence.ts
 * forcesOwner, anaphora.ts countedForcesOwner). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: "Washington says its roughly 900 troops in Syria are there to …" (a capital)', lang: 'en', text: 'Washington says its roughly 900 troops in Syria are there to help the SDF fight the Islamic State group.', want: ['usa deployed_in syr'] },
  { what: '"Turkey said its 3,000 soldiers in Idlib would stay" (digits with a comma)', lang: 'en', text: 'Turkey said on Monday its 3,000 soldiers in Idlib would stay.', want: ['tur deployed_in idlib'] },
  { what: '"Russia, which …, says its several thousand troops in Syria" (a relative before)', lang: 'en', text: 'Russia, which backs President Bashar al-Assad, says its several thousand troops in Syria will remain.', want: ['rus deployed_in syr'] },
  { what: '"their about 2,500 troops in Iraq" (their, a list subject)', lang: 'en', text: 'The United States said its about 2,500 troops in Iraq would not leave.', want: ['usa deployed_in irq'] },
  { what: 'the plain "its troops in" after the speaker', lang: 'en', text: 'Turkey said on Monday its troops in Idlib would stay.', want: ['tur deployed_in idlib'] },
  { what: '"any attack on its troops in Iraq and Syria" (an object, a list of places)', lang: 'en', text: 'Defense Secretary Lloyd Austin warned that Washington will respond to any attack on its troops in Iraq and Syria.', want: ['usa deployed_in irq', 'usa deployed_in syr'] },
  { what: 'Arabic: `قواتها في سوريا` keeps its reading', lang: 'ar', text: 'وقالت واشنطن إن قواتها في سوريا ستبقى.', want: ['usa deployed_in syr'] },
  // negative cells
  { what: 'a group\'s count is not the state named before it', lang: 'en', text: 'Turkey struck the SDF, which says its 100,000 fighters in the northeast will resist.', want: [], not: ['tur deployed_in northeastern-syria'] },
  { what: 'a person\'s "his 12 children" is no force', lang: 'en', text: 'Erdogan said his 12 advisers in Ankara agreed.', want: [], not: ['tur deployed_in ankara'] },
];

describe('ref34: "its" before a count of a state’s forces is that state', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
