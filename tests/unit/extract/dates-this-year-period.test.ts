/**
 * "This year" as the period of acts told in the present (perfect) (gold rule 6, year precision; sentences of this file's
 * own): "has claimed 40 attacks in Iraq in the first three months of this year" is of this year, however far the period
 * stands from the act; a past act whose content names a time this year (`اتفقت … على عقد الجولة المقبلة … من العام
 * الجاري`) keeps its own day.
 */
import { describe, expect, it } from 'vitest';
import { datedOf as dated } from './helpers.ts';

describe('"this year" dates acts told in the present perfect over it', () => {
  it('English: "has claimed N attacks in X in the first months of this year"', () => {
    expect(dated('Islamic State has claimed 40 attacks in Iraq in the first three months of this year, the army said on Monday.', 'en', '2024-04-10', 'attacked')).toEqual([
      'isis irq 2024',
    ]);
  });
  it('Arabic: not the content of a past agreement (`في النصف الثاني من العام الجاري`)', () => {
    expect(dated('واتفقت روسيا وتركيا وإيران على عقد الجولة المقبلة من المحادثات في أستانا في النصف الثاني من العام الجاري.', 'ar', '2024-01-26', 'agreed_with')).toEqual([
      'rus tur 2024-01-26',
      'rus irn 2024-01-26',
      'tur irn 2024-01-26',
    ]);
  });
});
