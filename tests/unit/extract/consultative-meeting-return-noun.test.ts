/**
 * Three readings of one batch-54 sentence (solo56), each general:
 * - a verb takes no first-person ي (its object "me" is ني): `اجتماع تشاوري` is a consultative meeting, not تشاور + ي, so
 *   the meeting's `بمشاركة` list still gives its `met` pairs (triggers.ts);
 * - a bare `مطلع الشهر` / `أواخر الشهر` (no الماضي/المقبل/نفسه after it) is this month, as `مطلع الشهر الجاري` is (dates.ts);
 * - the Arabic return nouns that take an organisation (`عودة`, `استعادة`, patterns.ar.csv) take it only through في/إلى in
 *   the next five words: `ربط عودة اللاجئين بخطوات` is no restored ties over the meeting's members (agreements.ts
 *   noMembership). Negative cells: `عودة سوريا إلى الجامعة` keeps its row; "مطلع الشهر المقبل/الماضي" keep their own months.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rel = (text: string, date = '2023-05-12') => extract(text, 'ar', date).relations;
const rows = (text: string) => rel(text).map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('a consultative meeting (ar)', () => {
  it('the nisba adjective is no verb: the participants meet', () => {
    const r = rows('وعُقد اجتماع تشاوري في عمّان بمشاركة وزراء خارجية الأردن والسعودية والعراق.');
    expect(r).toContain('ayman-safadi met faisal-bin-farhan');
    expect(r).toContain('faisal-bin-farhan met fuad-hussein');
  });
  it('inside a long clause whose verb is another', () => {
    const r = rows('وكان اجتماع تشاوري عُقد في عمّان بمشاركة وزراء خارجية الأردن والسعودية ومصر قد ربط الحل بخطوات تتخذها دمشق.');
    expect(r).toEqual(['ayman-safadi met faisal-bin-farhan', 'ayman-safadi met sameh-shoukry', 'faisal-bin-farhan met sameh-shoukry']);
  });
  it('the verb تشاور still reads as a verb', () => {
    expect(rows('وتشاور الصفدي مع المقداد في عمّان.')).toContain('ayman-safadi met faisal-mekdad');
  });
});

describe('bare "مطلع الشهر" is this month (ar)', () => {
  const dateOf = (text: string) => rel(text).find((r) => r.relation === 'met')?.date;
  it('early and late in the month', () => {
    expect(dateOf('والتقى الصفدي المقداد في عمّان مطلع الشهر.')).toBe('2023-05');
    expect(dateOf('والتقى الصفدي المقداد في عمّان أواخر الشهر، وبحثا الملف.')).toBe('2023-05');
  });
  it('the last month stays the last month', () => {
    expect(dateOf('والتقى الصفدي المقداد في عمّان مطلع الشهر الماضي.')).toBe('2023-04');
  });
  it('the next month is no past date', () => {
    expect(dateOf('وسيلتقي الصفدي المقداد في عمّان مطلع الشهر المقبل.')).not.toBe('2023-05');
  });
});

describe('a return noun takes its body through its preposition (ar)', () => {
  it("the refugees' return is no restored ties over a meeting's members", () => {
    const r = rows('وكان اجتماع تشاوري عُقد في عمّان مطلع الشهر بمشاركة وزراء خارجية الأردن والسعودية والعراق ومصر وسوريا قد ربط عودة اللاجئين بخطوات تتخذها دمشق.');
    expect(r.filter((x) => x.includes('reconciled_with'))).toEqual([]);
    expect(r.filter((x) => x.includes(' met '))).toHaveLength(10);
  });
  it("Syria's return to the League keeps its row", () => {
    expect(rows('ورحبت السعودية بعودة سوريا إلى جامعة الدول العربية.').some((x) => x.includes('reconciled_with arab-league') || x.includes('arab-league reconciled_with'))).toBe(true);
  });
});
