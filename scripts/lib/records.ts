/** Read ArticleRecord JSONL (the extract step's output) from files or stdin, reporting bad lines. */
import { readFileSync } from 'node:fs';
import type { ArticleRecord } from '../../src/lib/types.ts';
import type { InputProblem } from './inputs.ts';

export function parseRecords(name: string, text: string): { records: ArticleRecord[]; problems: InputProblem[] } {
  const records: ArticleRecord[] = [];
  const problems: InputProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const rec = JSON.parse(line) as ArticleRecord;
      if (!rec?.article?.id || !Array.isArray(rec.entities) || !Array.isArray(rec.relations)) {
        throw new Error('not an article record (needs article.id, entities[], relations[])');
      }
      records.push(rec);
    } catch (e) {
      problems.push({ file: name, line: i + 1, message: (e as Error).message });
    }
  });
  return { records, problems };
}

export function readRecords(paths: readonly string[]): { records: ArticleRecord[]; problems: InputProblem[] } {
  const records: ArticleRecord[] = [];
  const problems: InputProblem[] = [];
  for (const p of paths.length ? paths : ['-']) {
    const name = p === '-' ? '<stdin>' : p;
    let text: string;
    try {
      text = readFileSync(p === '-' ? 0 : p, 'utf8');
    } catch (e) {
      problems.push({ file: name, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const res = parseRecords(name, text);
    records.push(...res.records);
    problems.push(...res.problems);
  }
  return { records, problems };
}
