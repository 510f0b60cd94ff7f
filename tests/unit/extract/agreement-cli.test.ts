/**
 * npm run agreement as a user runs it: two annotators' gold folders for the same articles, scored
 * like the extractor is scored (met unordered, dates compared on the triples both have).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const S = 'Iranian President Ebrahim Raisi met Bashar al-Assad in Damascus on Wednesday, and Iran urged Turkey to withdraw.';

describe('npm run agreement', { timeout: 60_000 }, () => {
  it('scores annotator B against annotator A and lists what only one of them has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasl-agree-'));
    for (const d of ['arts', 'a', 'b']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'arts', 'h.en.md'), `---\nid: h\ntitle: t\ndate: 2024-06-27\nsource: s\nlang: en\n---\n${S}\n`);
    const t = (source: string, relation: string, target: string, date: string) => ({ source, relation, target, date, sentence: S });
    const file = (triples: object[]) => JSON.stringify({ article: 'h', lang: 'en', heldout: true, triples });
    writeFileSync(join(dir, 'a', 'h.json'), file([t('ebrahim-raisi', 'met', 'bashar-al-assad', '2024-06-26'), t('irn', 'urged', 'tur', '2024-06-26')]));
    // B: the meeting the other way round (met is unordered) on another day; no urged; a supported A did not see
    writeFileSync(join(dir, 'b', 'h.json'), file([t('bashar-al-assad', 'met', 'ebrahim-raisi', '2024-06-27'), t('irn', 'supported', 'syr', '2024-06-26')]));
    writeFileSync(join(dir, 'a', 'other.json'), JSON.stringify({ article: 'other', triples: [] }));
    const res = spawnSync(TSX, ['scripts/agreement.ts', join(dir, 'a'), join(dir, 'b'), '-v', '--articles', join(dir, 'arts')], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/1 articles annotated in one folder only, not counted: other/);
    expect(res.stdout).toMatch(/only A: irn urged tur/);
    expect(res.stdout).toMatch(/only B: irn supported syr/);
    expect(res.stdout).toMatch(/DATE bashar-al-assad met ebrahim-raisi B 2024-06-27 A 2024-06-26/);
    expect(res.stdout).toMatch(/\| lang en \| 1 +\| 1 +\| 1 +\| 50\.0% +\| 50\.0% +\| 50\.0% +\|/);
    expect(res.stdout).toMatch(/dates agree on 0\.0% of the triples both have \(0\/1\)/);
  });

  it('says which file is not a gold file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasl-agree-'));
    for (const d of ['a', 'b']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'a', 'x.json'), '{"article": "x"}');
    const res = spawnSync(TSX, ['scripts/agreement.ts', join(dir, 'a'), join(dir, 'b')], { encoding: 'utf8' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/x\.json: not a gold file/);
  });
});
