/**
 * Body heads, round 3 (ref26): "the force" (org_head `force`) is the last organisation named with "forces" in its name, also
 * with one hyphenated participle of leadership or backing between ("the Kurdish-led force", "the US-backed force"); "use
 * force" (no article) is no anaphor. And a restrictive relative clause with a reported passive ("fighters who the SDF says
 * are armed by Damascus") has no named patient: the speaker is not the one armed. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const SDF = 'The US-backed Syrian Democratic Forces raided a village on Monday. ';

const CASES: { what: string; text: string; want: string[]; not?: string[] }[] = [
  { what: '"the Kurdish-led force" controls', text: SDF + 'The Kurdish-led force controls most of Deir ez-Zor province.', want: ['sdf deployed_in deir-ez-zor'] },
  { what: '"the US-backed force"', text: SDF + 'The US-backed force controls most of Deir ez-Zor province.', want: ['sdf deployed_in deir-ez-zor'] },
  { what: '"the force", bare', text: SDF + 'The force controls most of Deir ez-Zor province.', want: ['sdf deployed_in deir-ez-zor'] },
  { what: '"use force against": no anaphor', text: 'The Syrian Democratic Forces raided a village on Monday. Turkey vowed to use force against the SDF.', want: [], not: ['sdf threatened tur', 'sdf attacked tur'] },
  { what: 'a reported passive in a restrictive relative: the speaker is not armed', text: 'The move followed clashes between the SDF and Arab tribal fighters who the SDF says are armed by Damascus and Iran.', want: [], not: ['syr supported sdf', 'irn supported sdf'] },
  { what: 'the same with "that … claims were backed by"', text: 'Militias that Washington claims were backed by Tehran attacked US troops in Syria.', want: [], not: ['irn supported usa'] },
  { what: 'a named antecedent between commas keeps its reading', text: 'The Houthis, who Saudi Arabia says are armed by Iran, fired drones at Riyadh.', want: ['irn supported houthis'] },
  { what: 'a plain reported passive keeps its reading', text: 'Saudi Arabia says the Houthis are armed by Iran.', want: ['irn supported houthis'] },
];

describe('body heads with a participle, and reported passives', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, 'en', '2022-06-07'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
