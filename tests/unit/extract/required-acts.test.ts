import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const none = (t: string[], rel: string) => t.filter((x) => x.split(' ')[1] === rel);

describe('an act that is required, demanded or scheduled is not done', () => {
  it('the object of a verb of need: "requires the withdrawal", `يتطلب «انسحاب»`, `يستدعي تنسيقاً`', () => {
    expect(none(tripleSet(extract('Jordan said any deal requires the withdrawal of Israeli forces from southern Syria.', 'en')), 'withdrew_from')).toEqual([]);
    expect(none(tripleSet(extract('وأكد الوزير أن أي اتفاق يتطلب «انسحاب القوات الإسرائيلية من جنوب سوريا».', 'ar')), 'withdrew_from')).toEqual([]);
    expect(none(tripleSet(extract('وقال الأسد إن الوضع يستدعي تنسيقاً أوثق بين دمشق وعمّان.', 'ar')), 'coordinated_with')).toEqual([]);
    // a done withdrawal is still one
    expect(none(tripleSet(extract('Israel completed the withdrawal of its forces from southern Syria.', 'en')), 'withdrew_from').some((x) => x.startsWith('isr '))).toBe(true);
  });

  it('a subjunctive right after the one urged: "demanded Russia withdraw its forces"', () => {
    const t = tripleSet(extract('The resolution demanded Russia withdraw its forces from Ukraine.', 'en'));
    expect(none(t, 'withdrew_from')).toEqual([]);
  });

  it('a timetable, a deadline or calls for a withdrawal', () => {
    const t = tripleSet(extract('Moscow urged both sides to agree on a timetable for the withdrawal of Turkish forces from northern Syria.', 'en'));
    expect(none(t, 'withdrew_from')).toEqual([]);
  });
});
