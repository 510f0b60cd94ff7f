/**
 * dates44, the signal "an ongoing verb or adjective" of class L: an attack told as an ongoing series — `الغارات الإسرائيلية
 * المتكررة`, "Israel's continuing strikes", "its cells continue to launch attacks", `لا يزال التنظيم ينفذ هجمات` — is dated
 * by publication (gold rule 6), not by the date of the single event the sentence names beside it nor by the series'
 * start. Negatives: a single strike with its own date keeps it; a series over "this year" is dated by the year.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === 'attacked')
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('an attack told as an ongoing series keeps publication', () => {
  it('Arabic: `الغارات الإسرائيلية المتكررة على الأراضي السورية، ومنها الضربة التي … أواخر الشهر الماضي`', () => {
    const text = 'من جهته، جدّد المقداد إدانة الغارات الإسرائيلية المتكررة على الأراضي السورية، ومنها الضربة التي استهدفت ساحة الحاويات في ميناء اللاذقية أواخر الشهر الماضي.';
    expect(dated(text, 'ar', '2022-01-23')).toContain('isr attacked syr 2022-01-23');
  });
  it('Arabic: `لا يزال التنظيم ينفذ هجمات` after a dated loss', () => {
    const text = 'ورغم خسارته آخر معاقله في الباغوز في آذار/مارس 2019، لا يزال تنظيم «داعش» ينفذ هجمات متفرقة في البادية السورية.';
    expect(dated(text, 'ar', '2023-12-15').filter((x) => x.startsWith('isis attacked') && !x.endsWith('2023-12-15'))).toEqual([]);
  });
  it('English: "Israel\'s continuing strikes on Syrian territory and the killing of … late last month"', () => {
    const text = 'Mekdad condemned Israel\'s continuing strikes on Syrian territory and the killing of Iranian adviser Razi Mousavi near Damascus late last month.';
    expect(dated(text, 'en', '2024-01-11')).toContain('isr attacked syr 2024-01-11');
  });
  it('English: "its cells continue to launch hit-and-run attacks on … the SDF"', () => {
    const text = 'IS lost its last territorial stronghold in Syria in March 2019, but its cells continue to launch hit-and-run attacks on government forces and the SDF.';
    expect(dated(text, 'en', '2024-06-02')).toContain('isis attacked sdf 2024-06-02');
  });
});

describe('negatives: a dated single strike, a series over this year', () => {
  it('a single strike keeps its day', () => {
    const text = 'Israeli warplanes struck Syrian army positions near Damascus on Tuesday, the defence ministry said.';
    expect(dated(text, 'en', '2024-01-11')).toContain('isr attacked syr 2024-01-09');
  });
  it('Arabic: a single raid keeps its day', () => {
    const text = 'واستهدفت غارة إسرائيلية، أمس الثلاثاء، مواقع للجيش السوري في ريف دمشق.';
    expect(dated(text, 'ar', '2024-01-10')).toContain('isr attacked syr 2024-01-09');
  });
  it('"repeated drone strikes … this year" is dated by the year', () => {
    const text = 'Turkey has carried out repeated drone strikes on SDF commanders in the northeast this year.';
    expect(dated(text, 'en', '2023-09-04')).toContain('tur attacked sdf 2023');
  });
});
