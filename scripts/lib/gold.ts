/** Gold annotation files (tests/gold/README.md): read by `npm run eval` and `npm run agreement`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldFile } from '../../src/lib/extract/score.ts';

/** The gold files of `dir` (and of its subfolders when `recursive`), sorted by path; a file that is not one is named. */
export function readGold(dir: string, recursive = true): GoldFile[] {
  const out: GoldFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) {
      if (recursive) out.push(...readGold(file));
      continue;
    }
    if (!name.endsWith('.json')) continue;
    const g = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
    if (typeof g.article !== 'string' || !Array.isArray(g.triples)) throw new Error(`${file}: not a gold file (needs "article" and "triples")`);
    out.push(g);
  }
  return out;
}
