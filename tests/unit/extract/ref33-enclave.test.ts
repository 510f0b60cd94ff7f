/**
 * "the enclave", "the strip", `القطاع` (ref33, diagnosis-batch28 #64): a bare place head of the Gaza Strip's kind
 * (cues.csv `place_kind`) is the one strip or enclave named before, in its sentence or the article (discourse.ts
 * placeAnaphors, placeOfKind). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: 'the row: "criticised Israel\'s bombardment of the enclave" with Gaza in its sentence', lang: 'en', text: "Russia has called for an immediate ceasefire in Gaza and has criticised Israel's bombardment of the enclave, which began after October 7.", want: ['isr attacked gaza'] },
  { what: '"Israeli jets struck the strip" in the next sentence', lang: 'en', text: 'Aid trucks entered the Gaza Strip on Sunday. Israeli jets struck the strip again on Monday.', want: ['isr attacked gaza'] },
  { what: '`وقصفت الطائرات الإسرائيلية القطاع` (Arabic)', lang: 'ar', text: 'دخلت شاحنات المساعدات إلى قطاع غزة أمس. وقصفت طائرات إسرائيلية القطاع مجدداً اليوم.', want: ['isr attacked gaza'] },
  // negative cells
  { what: '`القطاع الخاص` (the private sector) is no place', lang: 'ar', text: 'دخلت شاحنات المساعدات إلى قطاع غزة أمس. وقصفت طائرات إسرائيلية مقرات القطاع الخاص.', want: [], not: ['isr attacked gaza'] },
  { what: 'no strip named before: nothing', lang: 'en', text: 'Israeli jets struck the enclave on Monday.', want: [] },
];

describe('ref33: "the enclave", `القطاع` is the strip named before', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
