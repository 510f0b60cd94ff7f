/**
 * npm run eval as a user runs it: the sample corpus and the held-out articles are scored apart;
 * notes (SOURCES.md) are not read as articles, a bad article is named once with file and line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');

function article(id: string, text: string): string {
  return `---\nid: ${id}\ntitle: t\ndate: 2024-06-27\nsource: s\nlang: en\n---\n${text}\n`;
}

describe('npm run eval', { timeout: 60_000 }, () => {
  it('prints the corpus and the held-out scores separately and names bad inputs once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasl-eval-'));
    for (const d of ['arts', 'held', 'gold', 'gold/heldout']) mkdirSync(join(dir, d));
    const s1 = 'Syrian President Bashar al-Assad met Russian envoy Alexander Lavrentiev in Damascus on Wednesday.';
    const s2 = 'Iranian President Ebrahim Raisi met Bashar al-Assad in Damascus on Wednesday.';
    writeFileSync(join(dir, 'arts', 'a.en.md'), article('a', s1));
    writeFileSync(join(dir, 'arts', 'SOURCES.md'), '# Sources\n\nNot an article.\n');
    writeFileSync(join(dir, 'arts', 'broken.en.md'), '---\nid: broken\ntitle: x\n---\nNo date here.\n');
    writeFileSync(join(dir, 'held', 'h.en.md'), article('h', s2));
    const triple = (source: string, target: string, sentence: string) => ({ source, relation: 'met', target, date: '2024-06-26', sentence });
    writeFileSync(join(dir, 'gold', 'a.json'), JSON.stringify({ article: 'a', lang: 'en', triples: [triple('bashar-al-assad', 'alexander-lavrentiev', s1)] }));
    writeFileSync(
      join(dir, 'gold', 'heldout', 'h.json'),
      JSON.stringify({ article: 'h', lang: 'en', heldout: true, batch: 3, triples: [triple('ebrahim-raisi', 'bashar-al-assad', s2), triple('ebrahim-raisi', 'irn', s2)] }),
    );
    const res = spawnSync(TSX, ['scripts/eval.ts', '--articles', join(dir, 'arts'), '--heldout', join(dir, 'held'), '--gold', join(dir, 'gold')], { encoding: 'utf8' });
    expect(res.stderr).not.toMatch(/SOURCES/);
    expect(res.stderr.match(/broken\.en\.md/g)).toHaveLength(1);
    expect(res.stderr).toMatch(/broken\.en\.md:\d+: no date/);
    const [corpus, heldout] = res.stdout.split('== held-out (');
    expect(corpus).toMatch(/sample corpus.*\(1 articles\)/);
    expect(corpus).toMatch(/lang en\s+1\s+0\s+0\s+100\.0%/);
    expect(heldout).toMatch(/\(1 articles\)/);
    expect(heldout).toMatch(/lang en\s+1\s+0\s+1\s+100\.0%\s+50\.0%/);
    // and each held-out batch on its own rows
    expect(heldout).toMatch(/== held-out by batch[\s\S]*batch 3 en\s+1\s+0\s+1\s+100\.0%\s+50\.0%/);
  });
});
