/**
 * "across", "throughout" are prepositions of place (ref29): "Turkey keeps troops across northern Syria", "keeps troops at
 * observation posts across Idlib" place the keeper there, as "in" does (ctx.ts prepOf reads them as "in"), past a
 * relative, a list object and a date; an attack "across" a place still strikes it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; want: string[]; not?: string[] }[] = [
  { what: '"keeps troops across northern Syria" in a relative', text: 'Turkey, which keeps troops across northern Syria, did not comment.', want: ['tur deployed_in northern-syria'] },
  { what: '"at observation posts across Idlib"', text: 'Turkey, which keeps troops at observation posts across Idlib, condemned the shelling.', want: ['tur deployed_in idlib'] },
  { what: 'a list object and "throughout"', text: 'Turkey maintains troops and observation posts throughout Idlib province.', want: ['tur deployed_in idlib'] },
  { what: 'a date between', text: 'Since 2018 Turkey has kept thousands of troops at dozens of posts across Idlib province.', want: ['tur deployed_in idlib'] },
  // negative cells
  { what: 'no military word: no presence', text: 'Turkey has friends across northern Syria.', want: [], not: ['tur deployed_in northern-syria'] },
  { what: 'an attack across a region is no presence', text: 'Russian jets struck targets across Idlib province on Monday.', want: ['rus attacked idlib'], not: ['rus deployed_in idlib'] },
];

describe('"across", "throughout" place a presence', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, 'en'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
