/**
 * dates45: an agreement under which a presence runs "since DATE" takes that date (rule 15; diagnosis-batch43 §2 D1, D6,
 * §6 dates45 rank 1), also when its parties are told as `أبرمته X مع Y` or `بين X وY`; the presence keeps the
 * publication date (rule 6). Negatives: the agreement's own clause giving its own date, a since-date with no agreement.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rows = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub).relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('the agreement a since-presence runs under takes the since date', () => {
  it('`منذ تشرين الأول/أكتوبر 2019، بموجب تفاهم أبرمته «قسد» مع دمشق برعاية موسكو` (b43 D1)', () => {
    const got = rows('وتنتشر قوات روسية وأخرى تابعة للجيش السوري في محيط عين العرب منذ تشرين الأول/أكتوبر 2019، بموجب تفاهم أبرمته «قسد» مع دمشق برعاية موسكو.', 'ar', '2022-07-18');
    expect(got).toContain('sdf agreed_with syr 2019-10');
    expect(got).toContain('rus deployed_in kobani 2022-07-18');
  });
  it('`منذ عام 2019، بموجب تفاهم بين «قسد» ودمشق` (b43 D6)', () => {
    const got = rows('وتنتشر قوات روسية وأخرى تابعة للجيش السوري على خطوط التماس غرب منبج منذ عام 2019، بموجب تفاهم بين «قسد» ودمشق.', 'ar', '2024-02-19');
    expect(got).toContain('sdf agreed_with syr 2019');
  });
  it('another pair and a relative clause after it (`بموجب تفاهم أبرمته موسكو مع أنقرة وأوقف العملية العسكرية التركية`)', () => {
    const got = rows('وتنتشر قوات روسية وأخرى تابعة للجيش السوري في محيط عين العرب منذ تشرين الأول/أكتوبر 2019، بموجب تفاهم أبرمته موسكو مع أنقرة وأوقف العملية العسكرية التركية شرقي الفرات.', 'ar', '2022-01-04');
    expect(got).toContain('rus agreed_with tur 2019-10');
    expect(got).toContain('rus deployed_in kobani 2022-01-04');
  });
  it('the plural noun and another verb (`منذ آذار/مارس 2020، بموجب اتفاق توصلت إليه موسكو وأنقرة`)', () => {
    const got = rows('وتسري في إدلب هدنة هشة منذ آذار/مارس 2020، بموجب اتفاق توصلت إليه موسكو وأنقرة.', 'ar', '2023-05-02');
    expect(got).toContain('rus agreed_with tur 2020-03');
  });
  it('English: "since October 2019, under an agreement between Moscow and Ankara"', () => {
    const got = rows('Russian military police have patrolled the area since October 2019, under an agreement between Moscow and Ankara.', 'en', '2022-05-02');
    expect(got).toContain('rus agreed_with tur 2019-10');
  });
});

describe('negatives', () => {
  it('the agreement\'s own clause gives its own date (`بموجب تفاهمات توصلت إليها موسكو وأنقرة في تشرين الأول/أكتوبر من ذلك العام`)', () => {
    const got = rows('وتنتشر في بلدة تل تمر قوات روسية منذ عام 2019، بموجب تفاهمات توصلت إليها موسكو وأنقرة في تشرين الأول/أكتوبر من ذلك العام.', 'ar', '2022-02-11');
    expect(got).toContain('rus agreed_with tur 2019-10');
    expect(got).toContain('rus deployed_in tal-tamr 2022-02-11');
  });
  it('a since-date with no agreement after it dates nothing (`منذ عام 2019، وسط توتر متصاعد`)', () => {
    const got = rows('وتنتشر قوات روسية في محيط منبج منذ عام 2019، وسط توتر متصاعد مع الفصائل.', 'ar', '2024-02-19');
    expect(got.filter((x) => x.startsWith('rus deployed_in') && !x.endsWith('2024-02-19'))).toEqual([]);
  });
});
