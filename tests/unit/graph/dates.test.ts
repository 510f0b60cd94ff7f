import { describe, expect, it } from 'vitest';
import {
  attributesToSpans,
  detectDateOrder,
  formatTimeset,
  parseDate,
  parseTimeset,
  spanInRange,
  spansToAttributes,
} from '../../../src/lib/graph/dates.ts';

describe('parseDate', () => {
  it('reads ISO and partial dates', () => {
    expect(parseDate('2023')).toBe('2023');
    expect(parseDate('2023-1')).toBe('2023-01');
    expect(parseDate('2023-01-13')).toBe('2023-01-13');
    expect(parseDate('2023-01-13T10:20:00Z')).toBe('2023-01-13');
    expect(parseDate('2023/01/13')).toBe('2023-01-13');
    expect(parseDate(' ٢٠٢٣-٠١-١٣ ')).toBe('2023-01-13');
    expect(parseDate('01/2023')).toBe('2023-01');
  });
  it('reads DD/MM/YYYY, or MM/DD/YYYY when asked', () => {
    expect(parseDate('13/01/2023')).toBe('2023-01-13');
    expect(parseDate('03/04/2023')).toBe('2023-04-03');
    expect(parseDate('03/04/2023', 'mdy')).toBe('2023-03-04');
    expect(parseDate('13/01/2023', 'mdy')).toBeNull();
  });
  it('tells empty cells from bad dates', () => {
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('  ')).toBeUndefined();
    expect(parseDate('yesterday')).toBeNull();
    expect(parseDate('2023-02-30')).toBeNull();
    expect(parseDate('2023-13')).toBeNull();
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });
});

describe('detectDateOrder', () => {
  it('decides from a value above 12, else says ambiguous', () => {
    expect(detectDateOrder(['01/02/2020', '25/02/2020'])).toBe('dmy');
    expect(detectDateOrder(['01/02/2020', '02/25/2020'])).toBe('mdy');
    expect(detectDateOrder(['01/02/2020', '03/04/2020'])).toBe('ambiguous');
    expect(detectDateOrder(['2020-01-02', ''])).toBeNull();
  });
});

describe('timeset', () => {
  it('reads Gephi intervals', () => {
    expect(parseTimeset('[2016-02-03, 2016-02-04]')).toEqual([{ start: '2016-02-03', end: '2016-02-04' }]);
    expect(parseTimeset('<[2016-02-03, 2016-02-04]; [2016-03-01, 2016-03-05]>')).toEqual([
      { start: '2016-02-03', end: '2016-02-04' },
      { start: '2016-03-01', end: '2016-03-05' },
    ]);
    expect(parseTimeset('<[2016-02-03]>')).toEqual([{ start: '2016-02-03', end: '2016-02-03' }]);
    expect(parseTimeset('[2016, Infinity]')).toEqual([{ start: '2016', end: '2016' }]);
    expect(parseTimeset('2016-05')).toEqual([{ start: '2016-05', end: '2016-05' }]);
    expect(parseTimeset('')).toBeUndefined();
    expect(parseTimeset('[2016-02-04, 2016-02-03]')).toBeNull();
    expect(parseTimeset('[soon, later]')).toBeNull();
  });
  it('round-trips through attributes and the timeset cell', () => {
    const spans = [
      { start: '2016-02-03', end: '2016-02-04' },
      { start: '2016-03', end: '2016-03' },
    ];
    const attrs = spansToAttributes(spans);
    expect(attrs).toEqual({ date: '2016-02-03', dateEnd: '2016-03', intervals: [['2016-02-03', '2016-02-04'], ['2016-03', '2016-03']] });
    expect(parseTimeset(formatTimeset(attributesToSpans(attrs)))).toEqual(spans);
    expect(spansToAttributes([{ start: '2020', end: '2020' }])).toEqual({ date: '2020' });
  });
  it('places intervals on the timeline', () => {
    expect(spanInRange('2016-01', '2016-06', '2016-03-01', '2016-03-31')).toBe(true);
    expect(spanInRange('2016-01', undefined, '2016-03-01', '2016-03-31')).toBe(false);
    expect(spanInRange('2016-01', '2016-06', '2016-07', null)).toBe(false);
    expect(spanInRange(undefined, undefined, '2016', null)).toBe(false);
    expect(spanInRange(undefined, undefined, null, null)).toBe(true);
  });
});
