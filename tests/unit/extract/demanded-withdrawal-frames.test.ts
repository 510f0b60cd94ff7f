/**
 * Demands of a withdrawal that the urging frames missed (issue #3), on sentences of our own: "demanded that Turkish
 * forces leave" (leave is a withdrawal verb), `شدد X على ضرورة انسحاب`, `أكد X ضرورة خروج` (the necessity the speaker
 * stresses is a demand; خروج من is a withdrawal noun). The one urged is the actor of the withdrawal, and its presence
 * where it is to leave is presupposed (gold rule 13).
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('a demanded withdrawal', () => {
  it('English: "demanded that Turkish forces leave"', () => {
    const r = extract('Assad demanded that Turkish forces leave northern Syria.', 'en');
    expect(triples(r, 'urged')).toEqual(['bashar-al-assad urged tur']);
    expect(triples(r, 'deployed_in')).toEqual(['tur deployed_in northern-syria']);
  });
  it('Arabic: `شدد X على ضرورة انسحاب القوات التركية`, `أكد X ضرورة خروج القوات التركية`', () => {
    const a = extract('وشدّد الأسد على ضرورة انسحاب القوات التركية من الأراضي السورية.', 'ar');
    expect(triples(a, 'urged')).toEqual(['bashar-al-assad urged tur']);
    expect(triples(a, 'deployed_in')).toEqual(['tur deployed_in syr']);
    const b = extract('وأكد الأسد ضرورة خروج القوات التركية من سوريا.', 'ar');
    expect(triples(b, 'urged')).toEqual(['bashar-al-assad urged tur']);
    expect(triples(b, 'deployed_in')).toEqual(['tur deployed_in syr']);
  });
  it('a necessity the two sides agree on or one of coordination urges no one', () => {
    expect(triples(extract('واتفق الجانبان على ضرورة مكافحة الإرهاب.', 'ar'), 'urged')).toEqual([]);
    expect(triples(extract('وأكد الوزيران ضرورة التنسيق بين روسيا وتركيا.', 'ar'), 'urged')).toEqual([]);
  });
});
