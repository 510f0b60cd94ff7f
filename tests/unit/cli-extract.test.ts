/**
 * `npm run extract` (scripts/extract.ts from scripts/run.mjs's bundle): one JSON line of ArticleRecord per
 * article, in input order, the same with worker threads and from stdin.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lib/extract/lexicon.ts';
import { extractArticle } from '../../src/lib/extract/pipeline.ts';
import { readInputs, readLexiconFolder } from '../../scripts/lib/inputs.ts';

function extract(args: string[], input?: string) {
  // (package.json's extract command)
  return spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/extract.ts', ...args], { encoding: 'utf8', input });
}

describe('npm run extract', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'wasl-extract-'));
  mkdirSync(join(dir, 'in'));
  for (const f of readdirSync('data/articles').filter((f) => f.endsWith('.md') && f !== 'SOURCES.md').slice(0, 12)) {
    copyFileSync(join('data/articles', f), join(dir, 'in', f));
  }
  const { articles } = readInputs([join(dir, 'in')]);
  const lexicon = loadLexicon(readLexiconFolder('data/lexicon'));
  const expected = articles.map((a) => JSON.stringify(extractArticle(a, lexicon))).join('\n') + '\n';

  it('writes each article’s record, in input order, with and without worker threads', () => {
    for (const workers of ['0', '3']) {
      const out = join(dir, `records-${workers}.jsonl`);
      const res = extract([join(dir, 'in'), '-o', out, '--workers', workers]);
      expect(res.status, res.stderr).toBe(0);
      expect(res.stderr).toMatch(/extract: 12 articles, \d+ relations/);
      expect(readFileSync(out, 'utf8')).toBe(expected);
    }
  });

  it('reads JSONL articles from stdin and reports a bad line by number', () => {
    const jsonl = articles.map((a) => JSON.stringify(a)).join('\n') + '\n{not json\n';
    const res = extract(['-'], jsonl);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(expected);
    expect(res.stderr).toContain('<stdin>:13: invalid JSON');
    expect(res.stderr).toMatch(/extract: 12 articles, .*1 bad inputs skipped/);
  });
});
