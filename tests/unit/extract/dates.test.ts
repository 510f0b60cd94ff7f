import { describe, expect, it } from 'vitest';
import { findDates, recentWeekday } from '../../../src/lib/extract/dates.ts';

const PUB = '2023-01-13'; // a Friday
const dates = (t: string, pub = PUB) => findDates(t, 0, t.length, pub).map((d) => d.date);
const spans = (t: string) => findDates(t, 0, t.length, PUB).map((d) => t.slice(d.start, d.end));

describe('findDates', () => {
  it('reads ISO and numeric dates', () => {
    expect(dates('on 2022-12-28 in Moscow')).toEqual(['2022-12-28']);
    expect(dates('بتاريخ 28/12/2022')).toEqual(['2022-12-28']);
  });
  it('reads Arabic months of both traditions, with Eastern Arabic digits', () => {
    expect(dates('في ٢٨ كانون الأول ٢٠٢٢')).toEqual(['2022-12-28']);
    expect(dates('في 28 ديسمبر 2022')).toEqual(['2022-12-28']);
    expect(dates('في ١٥ آذار الماضي', '2023-04-04')).toEqual(['2023-03-15']);
    expect(dates('في ٥ آذار/مارس ٢٠٢٠')).toEqual(['2020-03-05']);
    expect(dates('في أيلول/سبتمبر ٢٠٢١')).toEqual(['2021-09']);
  });
  it('reads English dates', () => {
    expect(dates('on 28 December 2022')).toEqual(['2022-12-28']);
    expect(dates('on December 28, 2022')).toEqual(['2022-12-28']);
    expect(dates('on 13 November')).toEqual(['2022-11-13']);
    expect(dates('in March 2023')).toEqual(['2023-03']);
  });
  it('resolves weekdays to the most recent such day on or before publication', () => {
    expect(dates('اللقاء الذي جرى يوم الخميس')).toEqual(['2023-01-12']);
    expect(dates('التقى الأسد الخميس')).toEqual(['2023-01-12']);
    expect(dates('met on Thursday')).toEqual(['2023-01-12']);
    expect(dates('met on Friday')).toEqual(['2023-01-13']);
    expect(dates('met last Friday')).toEqual(['2023-01-06']);
    expect(recentWeekday(4, new Date('2023-01-13T00:00:00Z'))).toBe('2023-01-12');
  });
  it('resolves relative days', () => {
    expect(dates('التقى أمس')).toEqual(['2023-01-12']);
    expect(dates('met yesterday')).toEqual(['2023-01-12']);
    expect(dates('اليوم الجمعة')).toContain('2023-01-13');
    expect(dates('last week')).toEqual(['2023-01']); // no day: the month of a week ago
    expect(dates('الشهر الماضي')).toEqual(['2022-12']);
    expect(dates('last year')).toEqual(['2022']);
  });
  it('gives spans that slice to the expression', () => {
    expect(spans('اللقاء الذي جرى يوم الخميس بين')).toEqual(['يوم الخميس']);
    expect(spans('في ٢٨ كانون الأول ٢٠٢٢،')).toEqual(['٢٨ كانون الأول ٢٠٢٢']);
  });
  it('ignores the start of a period ("since", "منذ")', () => {
    expect(dates('since 2011')).toEqual([]);
    expect(dates('منذ أيلول/سبتمبر ٢٠٢١')).toEqual([]);
    expect(dates('since the December meeting')).toEqual([]);
  });
});
