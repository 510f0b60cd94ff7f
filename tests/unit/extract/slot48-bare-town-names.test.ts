import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * slot48: Arabic towns named bare, without `مدينة`/`بلدة` (entities.world.csv aliases_ar: الميادين, القصير, الطبقة, هجين,
 * مسكنة, القريتين, السلمية, تسيل, معدان, جاسم), so the presence and capture verbs reach them (gold rule 19f:
 * `استعادت القوات الحكومية الميادين من التنظيم` → the taker and the loser in the town). Not a word that merely
 * spells like a town (`سفيرها` is no al-Safira: that alias is left out).
 */
const ar = (s: string, d = '2024-05-06') => tripleSet(extract(s, 'ar', d));

describe('a town named bare is the town', () => {
  it('the row\'s own construction: regained from the group, dated', () => {
    const got = ar('سيطر تنظيم «داعش» على مساحات واسعة من دير الزور. وكانت القوات الحكومية قد استعادت الميادين من التنظيم في تشرين الأول/أكتوبر 2017 بدعم روسي وإيراني.');
    expect(got).toContain('syr deployed_in mayadin');
    expect(got).toContain('syr attacked isis');
  });
  it.each([
    ['ويحتفظ «حزب الله» بوجود عسكري في القصير منذ عام 2013.', 'hezbollah deployed_in qusayr'],
    ['وتسيطر «قوات سوريا الديمقراطية» على الطبقة منذ عام 2017.', 'sdf deployed_in tabqa'],
    ['وقصفت القوات التركية مواقع في محيط هجين، وفق مصادر محلية.', 'tur attacked hajin'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('a word spelled like a town is not it', () => {
    const got = ar('وسحبت أنقرة سفيرها من تل أبيب عام 2018 احتجاجاً على مقتل فلسطينيين في غزة.');
    expect([...got].some((t) => t.includes('al-safira'))).toBe(false);
  });
});
