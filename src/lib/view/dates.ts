/**
 * Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as day numbers (days since 1970-01-01, UTC), so time filters
 * compare integers. A partial date covers every day of its year or month.
 */

export type Precision = 'year' | 'month' | 'day';

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

export function precisionOf(date: string): Precision | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  return m[3] ? 'day' : m[2] ? 'month' : 'year';
}

/** First and last day covered by a partial date, or `null` when it is not one. */
export function dayRange(date: string | undefined | null): [number, number] | null {
  if (!date) return null;
  const m = DATE_RE.exec(date.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return [Date.UTC(y, 0, 1) / MS_PER_DAY, Date.UTC(y, 11, 31) / MS_PER_DAY];
  const mo = Number(m[2]) - 1;
  if (!m[3]) return [Date.UTC(y, mo, 1) / MS_PER_DAY, Date.UTC(y, mo + 1, 0) / MS_PER_DAY];
  const d = Date.UTC(y, mo, Number(m[3])) / MS_PER_DAY;
  return [d, d];
}

/** Day number → `YYYY-MM-DD`. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number → a date at the given precision (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function dayToDate(day: number, precision: Precision): string {
  const iso = dayToIso(day);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}
