/**
 * Event anaphors by class, measures (ref30, diagnosis-batch26 #108): "the (new) measures", `الإجراءات (الجديدة)` as the
 * object of a criticism refer to the last sanctions told (cues.csv measure_noun), not to any decided act, past another
 * act told between; an adjective of time may stand before the English noun (discourse.ts criticisedDecision). Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const SANCTIONS_EN = "The US Treasury on Wednesday imposed sanctions on Syria's defence minister. ";
const SANCTIONS_AR = 'فرضت وزارة الخزانة الأميركية أمس عقوبات على وزير الدفاع السوري. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"condemned the new measures" past a support told between', lang: 'en', text: SANCTIONS_EN + 'Iran has long backed the government in Damascus. Syria\'s foreign ministry condemned the new measures as economic terrorism.', want: ['syr criticized usa'], not: ['syr criticized irn'] },
  { what: '"criticised the measures" with a date between subject and verb', lang: 'en', text: SANCTIONS_EN + 'Syria on Thursday criticised the measures.', want: ['syr criticized usa'] },
  { what: '`ودانت … الإجراءات الجديدة` past a support told between', lang: 'ar', text: SANCTIONS_AR + 'وتدعم إيران الحكومة السورية منذ سنوات. ودانت وزارة الخارجية السورية الإجراءات الجديدة.', want: ['syr criticized usa'], not: ['syr criticized irn'] },
  // negative cells
  { what: 'measures with no sanctions told criticise no one', lang: 'en', text: 'Iran has long backed the government in Damascus. Turkey condemned the new measures.', want: [], not: ['tur criticized irn'] },
];

describe('"the measures" are the sanctions told before', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
