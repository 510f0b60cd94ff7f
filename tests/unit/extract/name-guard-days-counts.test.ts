/**
 * Discovery guards (namedates56): a day word or a quantity word is no part of a titled name. The pool's b28 `المبعوث الصيني
 * غداً الثلاثاء عدداً من المسؤولين` (a junk person `ghda-althlatha-adda`) and b43 `طالب قيادة اللواء بتسليم عدد من
 * المطلوبين` (the rank title `اللواء` read before `بتسليم عدد`). A real name after the same titles is still discovered,
 * in both languages.
 */
import { describe, expect, it } from 'vitest';
import { mentionIds, tripleSet, extract } from './helpers.ts';

describe('no name of days and counts (ar)', () => {
  it.each([
    ['ومن المقرر أن يلتقي المبعوث الصيني غداً الثلاثاء عدداً من المسؤولين السوريين لبحث ملفات التعاون الاقتصادي.', 'ghda'],
    ['ومن المقرر أن يلتقي المبعوث الصيني يوم الأربعاء عدداً من المسؤولين السوريين.', 'adda'],
    ['وأشارت المصادر إلى أن الوفد الروسي طالب قيادة اللواء بتسليم عدد من المطلوبين للأجهزة الأمنية.', 'btslym'],
    ['وطالب الضابط الروسي قيادة اللواء بتسليم عدد من الأسلحة الثقيلة خلال أسبوع.', 'btslym'],
  ])('%s', (text, junk) => {
    expect(mentionIds(text, 'ar').some((id) => id.includes(junk))).toBe(false);
  });
});

describe('a real name after the same titles (both languages)', () => {
  it('ar: a titled name is discovered and meets', () => {
    expect(tripleSet(extract('التقى المبعوث الصيني ليو تشنغ عدداً من المسؤولين السوريين في دمشق.', 'ar', '2024-02-01'))).toContain('lyw-tshngh met syr');
    expect(tripleSet(extract('التقى المبعوث الصيني ليو تشنغ يوم الثلاثاء وزير الخارجية السوري في دمشق.', 'ar', '2024-02-01'))).toContain('lyw-tshngh met faisal-mekdad');
  });
  it('en: a titled name is discovered and meets', () => {
    const got = tripleSet(extract('Chinese envoy Liu Cheng met several Syrian officials in Damascus on Tuesday.', 'en', '2024-02-01'));
    expect(got).toContain('liu-cheng met syr');
  });
});
