/**
 * `npm run eval -- --pool 13-24`: held-out batches scored as one set. The pooled row is the sum of the batches' own
 * rows (micro tp/fp/fn), and a bad range is an error that names it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function evalCli(args: string[]) {
  return spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/eval.ts', ...args], { encoding: 'utf8' });
}

/** tp, fp, fn of the first row named `name`. */
function counts(out: string, name: string): number[] {
  const line = out.split('\n').find((l) => l.startsWith(name + ' '));
  expect(line, `row "${name}" in:\n${out}`).toBeDefined();
  return line!.slice(name.length).trim().split(/\s+/).slice(0, 3).map(Number);
}

describe('npm run eval -- --pool', { timeout: 120_000 }, () => {
  // two held-out articles of each of batches 13, 14 and 25, one sample article, with their gold
  const dir = mkdtempSync(join(tmpdir(), 'wasl-eval-pool-'));
  for (const d of ['articles', 'heldout', 'gold', 'gold/heldout']) mkdirSync(join(dir, d));
  const golds = readdirSync('tests/gold/heldout').filter((f) => f.endsWith('.json'));
  for (const batch of [13, 14, 25]) {
    const mine = golds.filter((f) => JSON.parse(readFileSync(join('tests/gold/heldout', f), 'utf8')).batch === batch).slice(0, 2);
    expect(mine).toHaveLength(2);
    for (const f of mine) {
      copyFileSync(join('tests/gold/heldout', f), join(dir, 'gold/heldout', f));
      const md = f.replace(/^heldout-/, '').replace(/\.json$/, '.md');
      copyFileSync(join('data/heldout', md), join(dir, 'heldout', md));
    }
  }
  const sample = readdirSync('data/articles').find((f) => f.endsWith('.md') && f !== 'SOURCES.md')!;
  copyFileSync(join('data/articles', sample), join(dir, 'articles', sample));
  copyFileSync(join('tests/gold', sample.replace(/\.md$/, '.json')), join(dir, 'gold', sample.replace(/\.md$/, '.json')));
  const base = ['--articles', join(dir, 'articles'), '--heldout', join(dir, 'heldout'), '--gold', join(dir, 'gold')];

  it('prints a range of batches as one set: the sum of the batches’ own rows', () => {
    const res = evalCli([...base, '--pool', '13-14', '--pool', '25']);
    expect(res.stdout).toMatch(/== pooled: batches 13-14 \(4 articles\)/);
    const b13 = counts(res.stdout, 'batch 13 all');
    const b14 = counts(res.stdout, 'batch 14 all');
    expect(counts(res.stdout, 'batches 13-14 pooled')).toEqual(b13.map((x, i) => x + b14[i]!));
    expect(counts(res.stdout, 'batch 25 pooled')).toEqual(counts(res.stdout, 'batch 25 all'));
    // (the pooled rows come on top of, not instead of, the usual report)
    expect(res.stdout).toMatch(/== held-out by batch/);
  });

  it('names a bad range, and a range with no batch', () => {
    const bad = evalCli([...base, '--pool', 'thirteen']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--pool thirteen: expected a batch or a range of batches/);
    const none = evalCli([...base, '--pool', '90-99']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--pool 90-99: no held-out gold file has a batch in 90\.\.99/);
  });
});
