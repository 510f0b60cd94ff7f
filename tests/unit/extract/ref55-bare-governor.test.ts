import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref55 (diagnosis-batch52 §6 ref54 rank 1, diagnosis-batch53 §6 ref54 rank 1; gold rule 4): a bare governor (`المحافظ`,
 * `والمحافظ`, "the governor") after a governor named by his province (`محافظ القنيطرة`, "the governor of Hasakah") is that
 * governor again, so his state; not before a name of his own or "of", not with no governor named before.
 * relations/governor.ts bareGovernorMentions.
 */
const DAY = '2024-03-19';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a bare governor is the governor named before', () => {
  it.each([
    // the pool row's own construction (b47): urger, bare head with و, the addressee with its own noun
    ['استقبل محافظ القنيطرة، اليوم الثلاثاء، في مكتبه وفداً من الأمم المتحدة. وطالب المحافظ قوةَ «أندوف» بتوثيق الخروقات الإسرائيلية.', 'syr urged undof'],
    // the pool row b49: an opener before the verb, the addressee an org head
    ['التقى محافظ طرطوس، اليوم الخميس، وفداً من المفوضية السامية للأمم المتحدة لشؤون اللاجئين. من جهته، طالب المحافظ الأمم المتحدة بزيادة عدد الحصص الغذائية.', 'syr urged united-nations'],
    // a date between the verb and the object, another verb of the class
    ['زار محافظ حمص مدينة القصير يوم الأحد. والتقى المحافظ، يوم الإثنين، وفداً من منظمة الصحة العالمية.', 'syr met who'],
    // the governor as object, with a province noun (`ولاية`) in the first mention and the state's demonym
    ['زار والي ولاية كلس التركية مدينة أعزاز أمس. واستقبلت «الحكومة السورية المؤقتة» الوالي في مدينة أعزاز.', 'syrian-interim-government hosted tur'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    // the English row (b52 #66's governor half), with a relative clause between
    ['The governor of Quneitra met the commander of UNDOF on Tuesday. The governor, who took office last year, urged UNDOF to document the Israeli violations.', 'syr urged undof'],
    ['The governor of Turkey\'s Gaziantep province visited Jarablus on Tuesday. The governor met Syrian National Army commanders on Wednesday.', 'tur met syrian-national-army'],
    // the same sentence: the governor named first, then bare
    ['The governor of Kilis visited Azaz on Tuesday, and the governor met UN officials there.', 'tur met united-nations'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('no bare governor without one named', () => {
  it('no governor named before: no state', () => {
    const got = ar('وطالب المحافظ قوةَ «أندوف» بتوثيق الخروقات الإسرائيلية.');
    expect(got).not.toContain('syr urged undof');
  });
  it('English: no governor named before', () => {
    const got = en('The governor urged UNDOF to document the Israeli violations.');
    expect(got).not.toContain('syr urged undof');
  });
  it('a governor of another province is the new one', () => {
    const got = en('The governor of Quneitra met UNDOF officers on Tuesday. The governor of Kilis visited Azaz on Wednesday.');
    expect(got).toContain('tur visited azaz');
    expect(got).not.toContain('syr visited azaz');
  });
  it('a governor with a name of his own is the person', () => {
    const got = en('The governor of Homs met UN officials on Monday. The governor, Namir Makhlouf, urged UNHCR to expand its projects.');
    expect(got).not.toContain('syr urged unhcr');
  });
});
