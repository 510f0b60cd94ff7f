import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref55 (diagnosis-batch52/53 §6 ref54 rank 2–3: `المخيم`, "the camp"): a visit takes a bare place of a kind (`زار المخيم`,
 * "visited the camp", "toured the city") as its place, the one place of that kind named before, like a strike or a
 * presence; "the area"/`المنطقة` stays a strike's or presence's only. relations/discourse.ts placeAnaphors.
 */
const DAY = '2023-09-07';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a visit of a bare place of a kind', () => {
  it.each([
    // the row's own construction (b47): a pluperfect visit, a date after
    ['أعلنت «الإدارة الذاتية» نقل دفعة جديدة من العائلات من مخيم الهول في ريف الحسكة. وكان وفد من مجلس دير الزور المدني قد زار المخيم يوم الأربعاء الماضي.', 'deir-ez-zor-civil-council visited al-hol-camp'],
    // another verb form, the camp after a relative clause
    ['نقلت السلطات العراقية 150 عائلة من مخيم الهول أمس. وزارت منظمة الصحة العالمية، التي تدعم عيادات عدة، المخيم يوم الأحد.', 'who visited al-hol-camp'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    // the English row (b50), with a title before the name and a date
    ['Iraq repatriated 150 families from the al-Hol camp on Tuesday. General Michael Kurilla visited the camp on Friday.', 'michael-kurilla visited al-hol-camp'],
    // another camp, an attribution after the visit
    ['Aid has not reached the Rukban camp near the Jordanian border since 2019. UN envoy Geir Pedersen visited the camp on Tuesday, the monitor said.', 'geir-pedersen visited rukban-camp'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('not the area', () => {
  it('a tour in the region is no visit of a place named before', () => {
    const got = ar('زار المبعوث الصيني تشاي جيون دمشق أمس. ويجري تشاي جيون جولة في المنطقة تشمل عدداً من الدول العربية.');
    expect(got.some((t) => t.startsWith('zhai-jun visited') && !t.endsWith('damascus'))).toBe(false);
  });
});
