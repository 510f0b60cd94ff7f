/**
 * A group's holdings struck, named by its possessor (ref33, diagnosis-batch28 §6 fix 4, #98, FP 103): "pounded the
 * group's hideouts in the Badia", "struck Islamic State's positions near Palmyra", "raided its hideouts in the desert": the
 * possessor of a thing held (cues.csv `owned_thing`: positions, hideouts, bases, depots…) right after it is the one
 * attacked, as "IS positions" is, not the place where its holdings are (args.ts, the possessive guard of the object
 * slot). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const IS_EN = 'Islamic State militants killed six Syrian soldiers in an ambush near Palmyra on Saturday. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"pounded the group\'s hideouts in the Badia" (a body head)', lang: 'en', text: IS_EN + "Russian warplanes later pounded the group's hideouts in the Badia, the monitor added.", want: ['rus attacked isis'], not: ['rus attacked syrian-desert'] },
  { what: '"struck Islamic State\'s positions near Palmyra" (a name)', lang: 'en', text: IS_EN + "Russian jets struck Islamic State's positions near Palmyra on Sunday.", want: ['rus attacked isis'], not: ['rus attacked palmyra'] },
  { what: '"bombed the militants\' bases" with a date between', lang: 'en', text: IS_EN + "On Sunday, Russian warplanes bombed the group's bases in the desert east of Homs.", want: ['rus attacked isis'] },
  { what: '"targeted Hezbollah\'s weapons depots in" (another thing held)', lang: 'en', text: "Israeli jets targeted Hezbollah's depots in the Qusayr area on Monday.", want: ['isr attacked hezbollah'] },
  // negative cells
  { what: '"Syria\'s Idlib province" stays a place', lang: 'en', text: "Russian jets struck Syria's Idlib province on Monday.", want: ['rus attacked idlib'], not: ['rus attacked syr'] },
  { what: 'a possessive act noun: "condemned Israel\'s strikes on Damascus" is no attack on Israel', lang: 'en', text: "Iran condemned Israel's strikes on Damascus.", want: [], not: ['irn attacked isr'] },
];

describe('ref33: the possessor of holdings struck is the one attacked', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
