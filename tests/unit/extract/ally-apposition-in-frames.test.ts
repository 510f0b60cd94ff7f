/**
 * An ally apposition (`X وحليفته Y`, "X and its ally Y") is Y's support of X in any frame (np28, diagnosis-batch25 §7
 * fix 1, #61): as the subject, as an accused object, before an attack noun (`بتصعيد الهجمات`: the support noun's object is
 * the ally named, not the attack noun after it). Negative cells: a support noun whose object is an attack noun still
 * supports no one attacked (`لدعم العمليات ضد التنظيم`). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.ts';

const CASES: { what: string; lang: 'ar' | 'en'; text: string; want: string[]; not?: string[] }[] = [
  { what: 'accused object, an attack noun after the ally', lang: 'ar', text: 'واتهم الدفاع المدني النظام وحليفته روسيا بتصعيد الهجمات على المناطق المأهولة.', want: ['rus supported syr'] },
  { what: 'subject, an attack noun right after', lang: 'ar', text: 'وصعدت دمشق وحليفتها روسيا الهجمات.', want: ['rus supported syr'] },
  { what: 'subject of an ordinary verb', lang: 'ar', text: 'وهاجمت قوات النظام وحليفتها روسيا المدينة.', want: ['rus supported syr'] },
  { what: 'a group ally', lang: 'ar', text: 'وصعدت إيران وحليفها حزب الله الهجمات.', want: ['hezbollah supported irn'] },
  { what: 'English: blamed X and its ally Y for the attacks', lang: 'en', text: 'The civil defence blamed the Syrian government and its ally Russia for the attacks.', want: ['rus supported syr'] },
  { what: 'English: subject, escalated attacks', lang: 'en', text: 'The Syrian government and its ally Russia escalated attacks.', want: ['rus supported syr'] },
  { what: 'negative: support whose object is an attack noun', lang: 'ar', text: 'وأرسلت واشنطن قوات لدعم العمليات ضد التنظيم.', want: [], not: ['usa supported isis'] },
];

describe('an ally apposition in any frame (np28)', () => {
  for (const c of CASES)
    it(`${c.lang}: ${c.what}`, () => {
      const got = triples(extract(c.text, c.lang));
      for (const w of c.want) expect(got, c.text).toContain(w);
      for (const n of c.not ?? []) expect(got, c.text).not.toContain(n);
    });
});
