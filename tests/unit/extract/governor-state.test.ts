import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref46 (diagnosis-batch44 §6 ref46 rank 3, gold rule 4): a governor named by his province stands for the state the
 * province lies in (`والي ولاية كلس التركية`, `محافظ حمص`, "the governor of Quneitra", "The governor of Turkey's Gaziantep
 * province"); not as a speaker (`وقال محافظ دير الزور إن …`), not before a person's name. relations/governor.ts.
 */
const DAY = '2024-07-17';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a governor stands for his province\'s state', () => {
  it.each([
    // the pool row's own construction (b43), with a date between
    ['زار والي ولاية كلس التركية، يوم الأربعاء، مدينة أعزاز في ريف حلب الشمالي، حيث افتتح مشفى جديداً.', 'tur visited azaz'],
    // a province noun between, another verb of the class
    ['التقى وزير الخارجية الأردني أيمن الصفدي محافظ حمص في عمان.', 'ayman-safadi met syr'],
    // the conjunction on the head
    ['وزار محافظ درعا مدينة جاسم يوم الأحد.', 'syr visited jasim'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    ['The governor of Turkey\'s Gaziantep province visited Jarablus on Tuesday.', 'tur visited jarablus'],
    ['The governor of Quneitra met UN officials on Monday.', 'syr met united-nations'],
    // a relative clause after the province
    ['The governor of Kilis, who oversees the border crossing, visited Azaz on Wednesday.', 'tur visited azaz'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('not the state', () => {
  it('a speaker: the reported clause is no act of the state', () => {
    const got = ar('وقال محافظ دير الزور إن المركز يستقبل أيضاً أبناء المحافظة المقيمين في مناطق سيطرة «قوات سوريا الديمقراطية» (قسد).');
    expect(got).not.toContain('syr hosted sdf');
  });
  it('a person named after the office acts himself', () => {
    const got = en('The governor of Homs, Namir Makhlouf, met UN officials on Monday.');
    expect(got).not.toContain('syr met united-nations');
  });
  it('a province noun without a governor is still the place', () => {
    const got = ar('قصفت القوات التركية قرى في محافظة الحسكة يوم الأحد.');
    expect(got).toContain('tur attacked hasakah');
  });
});
