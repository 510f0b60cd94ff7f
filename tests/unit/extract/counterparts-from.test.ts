/**
 * "his counterparts from X and Y" (ref30, diagnosis-batch26 #24): the bodies after "from"/"of"/"in", `من`/`في`
 * right after a plural counterpart word are the ones met, every member of the list (anaphora.ts counterpartsFrom, read by
 * pluralCounterparts). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"met his counterparts from the GCC" with a place and a date after', lang: 'en', text: 'Russian Foreign Minister Sergei Lavrov met his counterparts from the Gulf Cooperation Council in Riyadh on Wednesday.', want: ['sergei-lavrov met gulf-cooperation-council'] },
  { what: 'a list of two bodies after "from"', lang: 'en', text: 'Lavrov on Tuesday met his counterparts from the Arab League and the Gulf Cooperation Council in Cairo.', want: ['sergei-lavrov met arab-league', 'sergei-lavrov met gulf-cooperation-council'] },
  { what: '"held talks with his counterparts from"', lang: 'en', text: 'Lavrov held talks with his counterparts from the Arab League in Cairo.', want: ['sergei-lavrov met arab-league'] },
  { what: '"counterparts of" with a relative clause after', lang: 'en', text: 'Lavrov met his counterparts of the Gulf Cooperation Council, who had arrived in Moscow on Monday.', want: ['sergei-lavrov met gulf-cooperation-council'] },
  { what: '`نظراءه من دول مجلس التعاون` (Arabic)', lang: 'ar', text: 'التقى وزير الخارجية الروسي سيرغي لافروف أمس نظراءه من دول مجلس التعاون الخليجي في الرياض.', want: ['sergei-lavrov met gulf-cooperation-council'] },
  { what: '`مع نظرائه في جامعة الدول العربية` (Arabic, a date between)', lang: 'ar', text: 'اجتمع لافروف أمس الثلاثاء مع نظرائه في جامعة الدول العربية في القاهرة.', want: ['sergei-lavrov met arab-league'] },
  // negative cells
  { what: 'a place after "in" is no counterpart', lang: 'en', text: 'Lavrov met his counterparts in Riyadh on Wednesday.', want: [], not: ['sergei-lavrov met riyadh'] },
  { what: 'a state after "from" stays its office holder (counterpart())', lang: 'en', text: 'Lavrov met his counterparts from Jordan in Moscow.', want: [], not: ['sergei-lavrov met jor'] },
];

describe('"his counterparts from X and Y" are X and Y', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
