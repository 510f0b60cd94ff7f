import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * slot48: four Arabic towns named bare, without `مدينة`/`بلدة` (entities.world.csv aliases_ar: الطبقة, هجين, مسكنة,
 * معدان), so presence, attack and capture verbs reach them. Towns whose bare name is an ordinary word stay with their
 * head only (lexicon-coverage audit: القصير, السلمية, الميادين; also القريتين "the two villages", جاسم a given name,
 * تسيل a verb, السفيرة in `سفيرها`).
 */
const ar = (s: string) => tripleSet(extract(s, 'ar', '2024-05-06'));

describe('a town named bare is the town', () => {
  it.each([
    ['وتسيطر «قوات سوريا الديمقراطية» على الطبقة منذ عام 2017.', 'sdf deployed_in tabqa'],
    ['وقصفت القوات التركية مواقع في محيط هجين، وفق مصادر محلية.', 'tur attacked hajin'],
    ['وتنتشر قوات الحكومة السورية في مسكنة ومعدان منذ سنوات.', 'syr deployed_in maskanah'],
    ['وتنتشر قوات الحكومة السورية في مسكنة ومعدان منذ سنوات.', 'syr deployed_in maadan'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('ordinary words stay words', () => {
    const got = ar('وتعهد على المدى القصير بالتسوية السلمية والتعاون في مختلف الميادين، وزار القريتين.');
    expect([...got].some((t) => /qusayr|salamiyah|mayadin|al-qaryatayn/.test(t))).toBe(false);
  });
});
