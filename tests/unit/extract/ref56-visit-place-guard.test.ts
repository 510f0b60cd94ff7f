import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref56 (redo of round 55's reverted f6b1f13e): a visit takes a bare place of a kind (`زار المخيم`, "visited the camp",
 * "visited the city") only as its own object — the nearest trigger before the place is the visit (or the triggers between
 * stand in a relative clause), and an actor is named before the place. relations/discourse.ts placeAnaphors.
 */
const DAY = '2023-09-07';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a visit of a bare place of a kind', () => {
  it.each([
    // the pool row (b47): a delegation of "the council", pluperfect, a date after
    ['أعلنت «الإدارة الذاتية» نقل دفعة جديدة من العائلات من مخيم الهول في ريف الحسكة. وكان وفد من مجلس دير الزور المدني قد زار المخيم يوم الأربعاء الماضي.', 'deir-ez-zor-civil-council visited al-hol-camp'],
    // a relative clause between the visitor and the camp
    ['نقلت السلطات العراقية 150 عائلة من مخيم الهول أمس. وزارت منظمة الصحة العالمية، التي تدعم عيادات عدة، المخيم يوم الأحد.', 'who visited al-hol-camp'],
    // the city, a VSO visit with a long subject, a day after
    ['قصفت طائرات روسية أحياء في مدينة منبج أمس. وزار وفد من اللجنة الدولية للصليب الأحمر المدينة يوم الأحد.', 'icrc visited manbij'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    // the English row (b50): the visit inside a relative clause of the visitor
    ['Iraq repatriated 150 families from the al-Hol camp on Tuesday. US Central Command chief General Michael Kurilla, who visited the camp last year, has described it as a breeding ground.', 'michael-kurilla visited al-hol-camp'],
    // the pool row (b43): a delegation visited the city, then met officials
    ['Water stations in the city of Raqqa were damaged on Monday. An ICRC delegation visited the city and met officials of the Syrian health ministry, the organisation said.', 'icrc visited raqqa'],
    // an apposition before the visit, a date after
    ['Aid has not reached the Rukban camp near the Jordanian border since 2019. UN envoy Geir Pedersen visited the camp on Tuesday, the monitor said.', 'geir-pedersen visited rukban-camp'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('not a place in another verb\'s slot, nor a road\'s link', () => {
  it('the airport of a reception stays out of the host slot (one-slot-rule)', () => {
    const got = ar('وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى دمشق أمس على رأس وفد إيراني، واستقبله في المطار وزير الخارجية السوري فيصل المقداد.');
    expect(got).toContain('faisal-mekdad hosted hossein-amir-abdollahian');
    expect(got).not.toContain('hossein-amir-abdollahian hosted faisal-mekdad');
  });
  it('a crossing that connects the city is no visit', () => {
    const got = ar('تظاهر مئات من سكان مدينة الباب في ريف حلب الشمالي الشرقي، أمس الأربعاء، احتجاجاً على إعادة فتح معبر أبو الزندين الذي يصل المدينة بمناطق سيطرة الحكومة السورية.');
    expect(got.some((t) => t.endsWith(' al-bab') && !t.startsWith('no '))).toBe(false);
  });
  it('a tour in the region is no visit of a place named before', () => {
    const got = ar('زار المبعوث الصيني تشاي جيون دمشق أمس. ويجري تشاي جيون جولة في المنطقة تشمل عدداً من الدول العربية.');
    expect(got.some((t) => t.startsWith('zhai-jun visited') && !t.endsWith('damascus'))).toBe(false);
  });
});
