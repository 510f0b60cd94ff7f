/**
 * Trigger words that several rows of the pattern files list (data/lexicon/patterns.*.csv): by relation and part of speech.
 * `npx tsx scripts/multirow.ts [--all]`: the words with two or more rows of the same relation and part of speech (the rows
 * after the first were read only through the first before branch struct27); `--all` also lists words whose rows differ in
 * relation or part of speech.
 */
import { readFileSync } from 'node:fs';
import { phraseKeys } from '../src/lib/extract/normalise.ts';
import { parseCsv } from '../src/lib/extract/csv.ts';

const all = process.argv.includes('--all');
for (const lang of ['ar', 'en'] as const) {
  const file = `patterns.${lang}.csv`;
  const byKey = new Map<string, { row: number; relation: string; pos: string; voice: string; preps: string; requires: string; form: string }[]>();
  for (const { row, rec } of parseCsv(file, readFileSync(`data/lexicon/${file}`, 'utf8'), ['relation', 'pos', 'voice', 'forms', 'preps', 'mode', 'target_kinds'])) {
    for (const form of (rec.forms ?? '').split('|')) {
      const key = phraseKeys(form).join(' ');
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push({ row, relation: rec.relation!, pos: rec.pos!, voice: rec.voice!, preps: rec.preps!, requires: rec.requires ?? '', form });
    }
  }
  for (const [key, rows] of byKey) {
    if (rows.length < 2) continue;
    const same = rows.some((r, i) => rows.some((q, j) => j > i && q.relation === r.relation && q.pos === r.pos));
    if (!same && !all) continue;
    console.log(`${lang}\t${key}\t${same ? 'SAME' : 'diff'}\t${rows.map((r) => `${r.row}:${r.relation}/${r.pos}/${r.voice}[${r.preps}]${r.requires ? '+' + r.requires : ''}`).join('  ')}`);
  }
}
