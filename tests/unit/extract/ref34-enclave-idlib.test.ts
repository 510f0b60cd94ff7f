/**
 * "the enclave" for Idlib (ref34, diagnosis-batch29 #46): Idlib and Eastern Ghouta are enclaves by the lexicon's
 * descriptors (entities.csv "the Idlib enclave"), so ref33's place-kind anaphor (cues.csv `place_kind` enclave,
 * discourse.ts placeOfKind) finds them as it finds the Gaza Strip. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: "Turkey maintains military posts inside the enclave" after Idlib', lang: 'en', text: 'Russian jets pounded villages east of Idlib city on Saturday. Turkey maintains military posts inside the enclave, including several south of Idlib city.', want: ['tur deployed_in idlib'] },
  { what: '"Russian jets struck the enclave" (an attack, the next sentence, a date)', lang: 'en', text: 'Hayat Tahrir al-Sham controls much of Idlib province. Russian jets struck the enclave on Monday.', want: ['rus attacked idlib'] },
  { what: 'Eastern Ghouta named: the enclave is not Idlib', lang: 'en', text: 'Rebels in Eastern Ghouta refused to surrender. Syrian government forces besieged the enclave for five years.', want: [], not: ['syr attacked idlib'] },
  // negative cells
  { what: 'Gaza named, not Idlib: the strip', lang: 'en', text: 'Aid trucks entered the Gaza Strip on Sunday. Israeli jets struck the enclave again on Monday.', want: ['isr attacked gaza'], not: ['isr attacked idlib'] },
  { what: 'no enclave named before: nothing', lang: 'en', text: 'Israeli jets struck the enclave on Monday.', want: [] },
];

describe('ref34: "the enclave" is Idlib when Idlib was named', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
