/**
 * "Syria's foreign ministry … The ministry also accused the SDF" (ref33, diagnosis-batch28 #106): a bare organisation
 * head ("the ministry", cues.csv `org_head`) refers to an English possessive state whose own head it is ("Syria's foreign
 * ministry", one adjective between), like `وزارة الخارجية السورية` (discourse.ts headOf). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: two sentences on, past another "the ministry said"', lang: 'en', text: "Syria's foreign ministry accused the United States on Tuesday of plundering the country's oil. In a statement, the ministry said convoys had been moved towards Iraq. The ministry also accused the Syrian Democratic Forces (SDF) of serving Washington's agenda.", want: ['syr accused sdf'] },
  { what: 'no adjective ("Turkey\'s ministry"), the next sentence', lang: 'en', text: "Turkey's defence ministry said on Monday that its jets struck PKK targets. The ministry also accused the SDF of shelling Turkish towns.", want: ['tur accused sdf'] },
  // negative cells
  { what: 'a possessive state before another head is no ministry', lang: 'en', text: "Syria's army said on Monday it repelled an attack. The ministry also accused the SDF of shelling.", want: [], not: ['syr accused sdf'] },
];

describe('ref33: "the ministry" is the possessive state’s ministry', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
