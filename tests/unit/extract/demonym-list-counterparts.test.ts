/**
 * "his Turkish and Iranian counterparts": each demonym of a list before a plural counterpart word is the holder, in that
 * country at the date, of the role the subject holds (as "his Saudi counterpart" is), not the country itself. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; date: string; relation: string; want?: string[]; not?: string }[] = [
  {
    what: 'two demonyms: both are role holders',
    text: 'Russian Defence Minister Sergei Shoigu hosted his Turkish and Syrian counterparts in Moscow on Wednesday.',
    date: '2022-12-29',
    relation: 'hosted',
    want: ['sergei-shoigu hosted ali-mahmoud-abbas', 'sergei-shoigu hosted hulusi-akar'],
  },
  {
    what: 'three demonyms with a comma, for a president',
    text: 'Putin hosted his Turkish, Iranian and Kazakh counterparts in Moscow on Tuesday.',
    date: '2022-07-19',
    relation: 'hosted',
    want: ['vladimir-putin hosted ebrahim-raisi', 'vladimir-putin hosted kassym-jomart-tokayev', 'vladimir-putin hosted recep-tayyip-erdogan'],
  },
  {
    what: 'a demonym list before another plural noun stays the countries’ own',
    text: 'Putin met Turkish and Iranian officials in Tehran on Tuesday.',
    date: '2022-07-19',
    relation: 'met',
    not: 'vladimir-putin met recep-tayyip-erdogan',
  },
];

describe('a list of demonyms before "counterparts"', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, 'en', c.date), c.relation);
      if (c.want) expect(got).toEqual(c.want);
      if (c.not) expect(got).not.toContain(c.not);
    });
});

describe('a counted soldier noun makes its demonym the state (Arabic, as "US troops" does in English)', () => {
  it('`نحو 900 جندي أميركي … دعماً لـ X`: the United States backs X; a demonym on a common noun stays no one', () => {
    const got = (text: string) => tripleSet(extract(text, 'ar', '2022-11-28'), 'supported');
    expect([got('وينتشر نحو 900 جندي أميركي في شمال شرق سوريا دعماً لـ«قسد».'), got('وقال تاجر أميركي إنه يدعم «قسد».')]).toEqual([['usa supported sdf'], []]);
  });
});
