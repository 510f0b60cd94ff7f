/**
 * Dates of imported files → Wasl's partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), and Gephi `timeset`
 * intervals. Pure; no Date objects (no time zones to drift through).
 */

/** Order of day and month in slashed dates such as `03/04/2021`. */
export type DateOrder = 'dmy' | 'mdy';

export interface DateSpan {
  /** First day covered (partial date). */
  start: string;
  /** Last day covered (partial date); equal to `start` for a single date. */
  end: string;
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic and Persian digits → ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function ymd(y: number, m: number, d?: number): string | null {
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MY = /^(\d{1,2})[/.-](\d{4})$/;

/**
 * Parse one date cell. Returns the partial date, `undefined` for an empty cell, or `null` when the text
 * is not a date. Accepts ISO (with an optional time, which is dropped), `YYYY`, `YYYY-MM`, `YYYY/MM/DD`,
 * `DD/MM/YYYY` (or `MM/DD/YYYY` with `order: 'mdy'`), `MM/YYYY`, and Arabic-Indic digits.
 */
export function parseDate(value: string, order: DateOrder = 'dmy'): string | null | undefined {
  const s = asciiDigits(value.trim());
  if (!s) return undefined;
  let m = ISO.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (m[2] === undefined) return m[1]!;
    return ymd(y, Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  }
  if ((m = YMD_SLASH.exec(s))) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = DMY.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'dmy' ? ymd(Number(m[3]), b, a) : ymd(Number(m[3]), a, b);
  }
  if ((m = MY.exec(s))) return ymd(Number(m[2]), Number(m[1]));
  return null;
}

/**
 * Which order the slashed dates among `values` use: `dmy` or `mdy` when some value decides it (a first
 * part above 12 means day first), `ambiguous` when slashed dates exist but none decides, `null` when there
 * are no slashed dates at all.
 */
export function detectDateOrder(values: Iterable<string>): DateOrder | 'ambiguous' | null {
  let seen = false;
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const m = DMY.exec(asciiDigits(v.trim()));
    if (!m) continue;
    seen = true;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (!seen) return null;
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  return 'ambiguous';
}

/** Whether a cell holds a slashed date whose order matters (`03/04/2021`). */
export function isSlashedDate(value: string): boolean {
  return DMY.test(asciiDigits(value.trim()));
}

/**
 * Parse a Gephi `timeset` cell: `[2016-02-03, 2016-02-04]`, `<[a, b]; [c, d]>`, `<[a]>` or a bare date.
 * Open bounds (`-Infinity`, `Infinity`, empty) take the other bound. Returns the spans, `undefined` for an
 * empty cell, `null` when something in it is not a date.
 */
export function parseTimeset(value: string, order: DateOrder = 'dmy'): DateSpan[] | null | undefined {
  const s = value.trim().replace(/^<|>$/g, '').trim();
  if (!s) return undefined;
  const groups = s.includes('[') || s.includes('(') ? s.split(';') : [s];
  const spans: DateSpan[] = [];
  for (const group of groups) {
    const inner = group.trim().replace(/^[[(]|[\])]$/g, '');
    const parts = inner.split(',').map((p) => p.trim().replace(/^["']|["']$/g, ''));
    const dates: (string | undefined)[] = [];
    for (const p of parts) {
      if (/^[-+]?infinity$/i.test(p) || p === '') {
        dates.push(undefined);
        continue;
      }
      const d = parseDate(p, order);
      if (!d) return null;
      dates.push(d);
    }
    if (dates.length === 2) {
      const start = dates[0] ?? dates[1];
      const end = dates[1] ?? dates[0];
      if (!start || !end) continue;
      if (dateEndOf(end) < dateStartOf(start)) return null;
      spans.push({ start, end });
    } else {
      // One timestamp, or a set of timestamps (Gephi `<[t1, t2, t3]>`).
      for (const d of dates) if (d) spans.push({ start: d, end: d });
    }
  }
  return spans.length ? spans : undefined;
}

/** Write spans as a Gephi `timeset` cell: `<[a, b]; [c, d]>`. */
export function formatTimeset(spans: readonly DateSpan[]): string {
  return spans.length ? `<${spans.map((s) => `[${s.start}, ${s.end}]`).join('; ')}>` : '';
}

/** First and last day covered by a partial date, as comparable `YYYY-MM-DD` strings. */
export function dateStartOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
export function dateEndOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${pad(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7))))}`;
  return date;
}

/** The edge attributes that place spans on the timeline: `date` (start), `dateEnd`, and `intervals` when there are several. */
export interface TimeAttributes {
  date?: string;
  dateEnd?: string;
  intervals?: [string, string][];
}

export function spansToAttributes(spans: readonly DateSpan[]): TimeAttributes {
  if (!spans.length) return {};
  let start = spans[0]!.start;
  let end = spans[0]!.end;
  for (const s of spans) {
    if (dateStartOf(s.start) < dateStartOf(start)) start = s.start;
    if (dateEndOf(s.end) > dateEndOf(end)) end = s.end;
  }
  const out: TimeAttributes = { date: start };
  if (end !== start) out.dateEnd = end;
  if (spans.length > 1) out.intervals = spans.map((s) => [s.start, s.end]);
  return out;
}

/** The spans of an edge's time attributes (the inverse of `spansToAttributes`). */
export function attributesToSpans(attrs: { date?: unknown; dateEnd?: unknown; intervals?: unknown }): DateSpan[] {
  if (Array.isArray(attrs.intervals) && attrs.intervals.length) {
    return attrs.intervals.map((iv) => ({ start: String(iv[0]), end: String(iv[1]) }));
  }
  if (typeof attrs.date !== 'string' || !attrs.date) return [];
  return [{ start: attrs.date, end: typeof attrs.dateEnd === 'string' && attrs.dateEnd ? attrs.dateEnd : attrs.date }];
}

/**
 * Whether an edge dated `date` (through `dateEnd`, for intervals) overlaps the inclusive range
 * [from, to]; an undated edge is outside any range. The timeline's test for dated and interval edges alike.
 */
export function spanInRange(date: string | undefined, dateEnd: string | undefined, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && dateEndOf(dateEnd || date) < dateStartOf(from)) return false;
  if (to && dateStartOf(date) > dateEndOf(to)) return false;
  return true;
}
