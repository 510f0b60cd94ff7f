import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref58 (diagnosis-batch57 §6 ref58 rank 2, the co-chair stands for its body): a bare chair (`الرئيس المشترك`,
 * `الرئيسة المشتركة`, no body named after it) is the organisation the article opened with; "the council's co-chairs"
 * are the council (barechairs.ts).
 */
const DAY = '2022-12-15';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));
const OPEN_AR = 'بحثت «الإدارة الذاتية» في إقليم الفرات، أمس الأربعاء، مع وفد من برنامج الأغذية العالمي في مدينة عين العرب (كوباني) آليات توزيع الطحين. ';

describe('a bare chair is the body the article opened with (ar)', () => {
  it.each([
    // the pool row's own construction (b54): the bare chair urges, the object the bare programme
    [OPEN_AR + 'وطالب الرئيس المشترك، خلال اللقاء، برنامج الأغذية العالمي بزيادة حصة المنطقة من الطحين.', 'aanes urged wfp'],
    // the chair with its own definite لـ head, a date between, another verb of the class
    [OPEN_AR + 'واتهمت الرئيسة المشتركة للمجلس التنفيذي، يوم الخميس، تركيا بقطع المياه عن المنطقة.', 'aanes accused tur'],
    // a local council opening the article
    ['التقى «مجلس الرقة المدني» وفداً من منظمة يونيسف يوم السبت. وطالب الرئيس المشترك، في ختام اللقاء، منظمة يونيسف بترميم المدارس.', 'raqqa-civil-council urged unicef'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
});

describe('the possessive body before its chair (en)', () => {
  it.each([
    ['The Raqqa Civil Council signed a deal with the World Food Programme. The WFP country director met the council\'s co-chairs in Raqqa on Wednesday to finalise the terms.', 'raqqa-civil-council met wfp'],
  ])('%s → %s', (s, t) => {
    const [a, , b] = t.split(' ');
    const got = en(s);
    expect(got.includes(t) || got.includes(`${b} met ${a}`)).toBe(true);
  });
});

describe('no bare chair', () => {
  it('a chair with its body named is that body, not the opening one', () => {
    const got = ar(OPEN_AR + 'وطالب الرئيس المشترك لمجلس الرقة المدني برنامج الأغذية العالمي بزيادة الحصص.');
    expect(got).toContain('raqqa-civil-council urged wfp');
    expect(got).not.toContain('aanes urged wfp');
  });
  it('no organisation opened the article: the chair is no one', () => {
    const got = ar('قصفت طائرات تركية قرى في ريف كوباني. وطالب الرئيس المشترك تركيا بوقف القصف.');
    expect(got.some((t) => t.endsWith('urged tur'))).toBe(false);
  });
});
