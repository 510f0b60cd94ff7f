import Papa from 'papaparse';

/** A parse error that names the lexicon file and the 1-based row (header = row 1). */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    message: string,
  ) {
    super(`${file}:${row}: ${message}`);
    this.name = 'LexiconError';
  }
}

/** Parse a CSV with a header row into objects; rows keep their 1-based line number. */
export function parseCsv(file: string, text: string, required: string[]): { row: number; rec: Record<string, string> }[] {
  const res = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter: ',' });
  const rows = res.data;
  if (rows.length === 0) throw new LexiconError(file, 1, 'empty file');
  const header = rows[0]!.map((h) => h.trim());
  for (const r of required) if (!header.includes(r)) throw new LexiconError(file, 1, `missing column "${r}"`);
  const out: { row: number; rec: Record<string, string> }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    if (cells[0]!.trim().startsWith('#')) continue;
    if (cells.length !== header.length)
      throw new LexiconError(file, i + 1, `expected ${header.length} columns, found ${cells.length}`);
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h] = (cells[k] ?? '').trim()));
    out.push({ row: i + 1, rec });
  }
  return out;
}

export function splitList(s: string | undefined): string[] {
  const out: string[] = [];
  if (!s) return out;
  // (a push loop: .split() and .map() give holey arrays once optimised, see packed.ts)
  for (const x of s.split('|')) {
    const t = x.trim();
    if (t.length > 0) out.push(t);
  }
  return out;
}
