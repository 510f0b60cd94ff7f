/**
 * Trigger words that two or more rows of the pattern files list for one part of speech (data/lexicon/patterns.*.csv):
 * before branch struct27 only the first of them was ever read; now the rows are tried in file order (relations/index.ts
 * laterRows). `npx tsx scripts/multirow.ts [--all]`: one line per word and part of speech, its rows (row:relation/voice
 * [preps]+requires); `--all` also lists words whose rows differ only in part of speech or repeat one row.
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
    for (const pos of ['verb', 'noun']) {
      const own = rows.filter((r, i) => r.pos === pos && rows.findIndex((q) => q.row === r.row) === i);
      if (own.length < 2 && !(all && rows.length > 1 && own.length)) continue;
      console.log(`${lang}\t${pos}\t${key}\t${own.map((r) => `${r.row}:${r.relation}/${r.voice}[${r.preps}]${r.requires ? '+' + r.requires : ''}`).join('  ')}`);
    }
  }
}
