import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref55 (diagnosis-batch52 §6 ref54 rank 1: `وطالب المجلس المنظمة`, both bare; gold rule 4): a bare Arabic organisation
 * head followed by another definite body noun (an org head or a delegation noun: `الوفد`, `المنظمة`, `الحكومة`) is the
 * verb's subject before its object, not a name with an adjective (`المجلس الوطني` stays another name).
 * relations/discourse.ts orgHeadAnaphors.
 */
const DAY = '2022-02-23';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const LEAD = 'استقبل المجلس المحلي في مدينة جرابلس بريف حلب الشمالي الشرقي، يوم الأربعاء، وفداً من ولاية غازي عنتاب التركية. ';

describe('a bare head before a definite body noun is the subject', () => {
  it.each([
    // the row's own construction: the head's leader, then the demonym delegation as object
    [LEAD + 'وطالب رئيس المجلس الوفدَ التركي بزيادة ساعات التغذية الكهربائية.', 'jarablus-local-council urged tur'],
    // the head itself as subject, a date between
    [LEAD + 'ودعا المجلس، يوم الخميس، الوفد التركي إلى تسريع أعمال الصيانة.', 'jarablus-local-council urged tur'],
    // both bare (b52 #53): the organisation named before
    ['استقبل مجلس الرقة المدني وفداً من منظمة الصحة العالمية أمس. وطالب المجلس المنظمة بزيادة الدعم الطبي للمشافي.', 'raqqa-civil-council urged who'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
});

describe('an adjective after the head is still another name', () => {
  it('`المجلس الوطني` is not the council named before', () => {
    const got = ar(LEAD + 'وطالب المجلس الوطني الكردي الوفد التركي بالإفراج عن المعتقلين.');
    expect(got).not.toContain('jarablus-local-council urged tur');
  });
});
