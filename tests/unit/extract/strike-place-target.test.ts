/**
 * A strike on a named place attacks the place when the sentence names no actor that was hit; when it names one, the
 * actor only (gold rule 10). New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-05-02'), 'attacked');
const en = (text: string) => tripleSet(extract(text, 'en', '2024-05-02'), 'attacked');

describe('a strike on a place with an actor hit named: the actor only', () => {
  it('Arabic: `قُتل قيادي في حزب الله في غارة إسرائيلية استهدفت منطقة X`', () => {
    expect(ar('قُتل خمسة مقاتلين من «حزب الله» أمس في غارة إسرائيلية استهدفت منطقة السيدة زينب جنوب دمشق.')).toEqual(['isr attacked hezbollah']);
    expect(ar('واستهدفت غارة إسرائيلية مواقع لـ«حزب الله» في حي المزة.')).toEqual(['isr attacked hezbollah']);
  });
  it('English: "an Israeli strike on a building in Mezzeh killed Hezbollah members"', () => {
    expect(en('An Israeli strike on a building in Mezzeh killed three Hezbollah members on Tuesday.')).toEqual(['isr attacked hezbollah']);
  });
});

describe('a strike on a place with no actor hit named: the place', () => {
  it('Arabic and English', () => {
    expect(ar('واستهدفت غارة إسرائيلية منطقة السيدة زينب جنوب دمشق فجر أمس.')).toContain('isr attacked sayyida-zeinab');
    expect(en('Israeli jets struck Mezzeh on Tuesday.')).toContain('isr attacked mezzeh');
  });
});
