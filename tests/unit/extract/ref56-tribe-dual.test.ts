import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref56 (diag54 §6 ref56 rank 2, diag55 rank 2: pairs over the meeting's parties): a dual of a kind, "the two tribes",
 * "the elders of both tribes", `العشيرتين`, `القبيلتين` (cues.csv `dual` rows with a value) is the last two bodies whose
 * names hold one of its words (tribe/`عشيرة`/`قبيلة`), never a pair of other kinds (relations/anaphora.ts kindPair).
 */
const DAY = '2023-01-29';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('the two tribes are the last two tribes named', () => {
  it.each([
    // the pool row (b51): the elders of both tribes as the object of a hosting
    ['Elders of the Afadila and Walda tribes reconciled in Raqqa on Saturday, the Raqqa Civil Council said. The council hosted the elders of both tribes at its headquarters.', ['raqqa-civil-council hosted afadila-tribe', 'raqqa-civil-council hosted walda-tribe']],
    // "the two tribes", a date and a modifier between
    ['Elders of the Afadila and Walda tribes reconciled in Raqqa on Saturday, the Raqqa Civil Council said. On Sunday the council, which runs the city, hosted the two tribes at its headquarters.', ['raqqa-civil-council hosted afadila-tribe', 'raqqa-civil-council hosted walda-tribe']],
  ])('%s', (s, ts) => {
    const got = en(s);
    for (const t of ts) expect(got).toContain(t);
  });
  it.each([
    // the pool row (b49): the council and the elders of the two tribes agreed
    ['عقد مجلس منبج العسكري اجتماعاً مع وجهاء من عشيرتي البوبنا والغنايم أمس. وأفاد المتحدث باسم المجلس بأن المجلس ووجهاء العشيرتين اتفقوا على تشكيل لجان أهلية مشتركة.', 'bu-banna-tribe agreed_with ghanaim-tribe'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
});

describe('not a pair of other kinds', () => {
  it('the governor and one tribe are no "two tribes"', () => {
    const got = en('The governor of Hasakah met elders of the Tayy and Sharabiya tribes in Qamishli on Tuesday, state media reported. Two men were killed on Thursday when members of the two tribes exchanged fire near a village south of Qamishli.');
    expect(got.some((t) => /^syr attacked|attacked syr$/.test(t))).toBe(false);
  });
});
