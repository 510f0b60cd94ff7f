import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref55 (bare heads of named bodies, gold rule 4): `سلطات الإقليم`, `حكومة الإقليم` after `حكومة إقليم كردستان العراق`
 * are that government (cues.csv org_head `الاقليم`: the body named before whose name has إقليم), never the region as a
 * place, and nothing when no such body is named. relations/discourse.ts orgHeadAnaphors.
 */
const DAY = '2023-12-01';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const LEAD = 'بحث وفد من الإدارة الذاتية لشمال وشرق سوريا، أمس الخميس، مع مسؤولين في حكومة إقليم كردستان العراق في مدينة دهوك، تنظيم حركة العبور في معبر سيمالكا. ';

describe('the region\'s authorities are the regional government named before', () => {
  it.each([
    // the row's own construction (b50): a statement's clause, the delegation as urger
    [LEAD + 'وأضاف البيان أن الوفد طالب سلطات الإقليم بتخفيف القيود المفروضة على إدخال مواد البناء.', 'aanes urged krg'],
    // another verb and head of the class, a relative clause between (b48)
    [LEAD + 'وقال مصدر في الإدارة إن الوفد طلب من حكومة الإقليم زيادة أيام فتح المعبر.', 'aanes urged krg'],
    // a relative clause between the urger and the verb's object (b48's relative sits before a طلب من complement, left: slot)
    [LEAD + 'وطالب الوفد، الذي وصل إلى دهوك يوم الأربعاء، حكومة الإقليم بزيادة أيام فتح المعبر.', 'aanes urged krg'],
    // the bare head as subject, with a date
    [LEAD + 'ودعت حكومة الإقليم، يوم الجمعة، الإدارة الذاتية إلى ضبط الحدود.', 'krg urged aanes'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
});

describe('no regional government', () => {
  it('none named: the region names no body', () => {
    const got = ar('وطالب الوفد العراقي سلطات الإقليم بتشديد الرقابة على المعابر.');
    expect(got.some((t) => t.includes('krg'))).toBe(false);
  });
  it('only the region as a place named: no body', () => {
    const got = ar('وصل آلاف النازحين إلى إقليم كردستان العراق. وطالبت الأمم المتحدة سلطات الإقليم بفتح المعابر.');
    expect(got.some((t) => t.includes('krg'))).toBe(false);
  });
});
