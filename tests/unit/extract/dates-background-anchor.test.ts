/**
 * Background days are not the story's (sentences of this file's own): an undated event of the story is not anchored to
 * an event dated before the lead's day (unless it tells the sentence right after it), and a statement at the story's
 * meeting does not take a day told before the meeting's ("the strikes since 20 November").
 */
import { describe, expect, it } from 'vitest';
import { datedOf } from './helpers.ts';

const dated = datedOf;

describe('an event dated before the lead is background', () => {
  it('English: a trip of the story is not dated by an earlier visit told in passing', () => {
    const text =
      'Egyptian Foreign Minister Sameh Shoukry arrived in Damascus on Monday. ' +
      'Shoukry had visited Turkey on 7 February, after the earthquake. ' +
      'Syrian officials said the talks went well. ' +
      'From Damascus, Shoukry travelled to Beirut, where he met Lebanese Prime Minister Najib Mikati.';
    expect(dated(text, 'en', '2023-02-28', 'met')).toEqual(['sameh-shoukry najib-mikati 2023-02-27']);
  });
  it('but the sentence right after an earlier dated visit goes on with it', () => {
    const text =
      'Saudi Foreign Minister Faisal bin Farhan arrived in Damascus on Tuesday. ' +
      'The trip came a week after Syrian Foreign Minister Faisal Mekdad visited Saudi Arabia on 12 April. ' +
      'Mekdad met Saudi Crown Prince Mohammed bin Salman in Jeddah.';
    expect(dated(text, 'en', '2023-04-19', 'met')).toContain('faisal-mekdad mohammed-bin-salman 2023-04-12');
  });
});

describe('a statement at the story\'s meeting does not take a background day', () => {
  it('Arabic: a briefing yesterday; "الضربات المتواصلة منذ 20 تشرين الثاني" is no occasion', () => {
    const text =
      'قدّم المبعوث الأممي غير بيدرسن أمس الثلاثاء إحاطته الشهرية أمام مجلس الأمن الدولي بشأن سوريا. ' +
      'وقال بيدرسن إن الضربات التركية المتواصلة منذ 20 تشرين الثاني تهدد الاستقرار. ' +
      'من جهته، اتهم مندوب سوريا لدى الأمم المتحدة بسام صباغ تركيا بانتهاك السيادة السورية.';
    expect(dated(text, 'ar', '2022-12-21', 'accused')).toEqual(['bassam-sabbagh tur 2022-12-20']);
  });
});
