/**
 * build:graph as a user runs it: a folder with a good article, a bad article and a JSONL file with a bad
 * line; the graph file is written, every bad input is named with file and line, the output is stable.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lib/extract/lexicon.ts';
import { parseJsonl } from '../../src/lib/extract/articles.ts';
import { extractArticle } from '../../src/lib/extract/pipeline.ts';
import { readInputs, readLexiconFolder } from '../../scripts/lib/inputs.ts';

const SEED = 'data/articles/2023-01-13-taif-lavrentiev-damascus.ar.md';
const TSX = join('node_modules', '.bin', 'tsx');

function run(args: string[]) {
  // (package.json's build:graph command)
  const res = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/build-graph.ts', ...args], { encoding: 'utf8' });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

function fixtureFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wasl-cli-'));
  mkdirSync(join(dir, 'in'));
  copyFileSync(SEED, join(dir, 'in', 'seed.ar.md'));
  writeFileSync(join(dir, 'in', 'no-date.en.md'), '---\nid: no-date\ntitle: x\nsource: y\nlang: en\n---\nPutin met Assad in Moscow.\n');
  const good = { id: 'jsonl-1', title: 'Assad meets Lavrentiev', date: '2024-06-27', source: 'Sample', lang: 'en', text: 'Syrian President Bashar al-Assad met Russian envoy Alexander Lavrentiev in Damascus on Wednesday.' };
  writeFileSync(join(dir, 'in', 'batch.jsonl'), `${JSON.stringify(good)}\n{not json\n`);
  writeFileSync(join(dir, 'in', 'README.md'), 'Notes about this folder, not an article.\n');
  writeFileSync(join(dir, 'in', 'SOURCES.md'), '# Sources\n\nWhere the facts come from.\n');
  return dir;
}

describe('npm run build:graph', { timeout: 60_000 }, () => {
  it('writes the graph, reports each bad input by file and line, and counts it', () => {
    const dir = fixtureFolder();
    const out = join(dir, 'graph.json');
    const res = run(['--in', join(dir, 'in'), '--out', out, '--report', join(dir, 'report.json')]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/2 articles read, 2 skipped, \d+ nodes, \d+ edges/);
    expect(res.stderr).toMatch(/no-date\.en\.md.*date/);
    expect(res.stderr).not.toMatch(/no-date\.en\.md:\d+: .*no-date\.en\.md/); // file and line named once
    expect(res.stderr).not.toMatch(/README|SOURCES/);
    expect(res.stderr).toMatch(/batch\.jsonl:2/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.attributes.articles.map((a: { id: string }) => a.id).sort()).toEqual(['2023-01-13-taif-lavrentiev-damascus', 'jsonl-1']);
    const keys = graph.nodes.map((n: { key: string }) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['vladimir-putin', 'alexander-lavrentiev', 'bashar-al-assad']));
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.summary.articles).toBe(2);
    expect(report.problems).toHaveLength(2);
    expect(report.articles.map((a: { id: string }) => a.id)).toContain('jsonl-1');
  });

  it('gives byte-identical output for the same inputs', () => {
    const dir = fixtureFolder();
    run(['--in', join(dir, 'in'), '--out', join(dir, 'a.json'), '--quiet']);
    run(['--in', join(dir, 'in'), '--out', join(dir, 'b.json'), '--quiet']);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('exits non-zero only when nothing could be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasl-cli-'));
    writeFileSync(join(dir, 'bad.md'), 'no front matter at all');
    const res = run(['--in', dir, '--out', join(dir, 'g.json')]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/bad\.md/);
    expect(res.stderr).toMatch(/no article could be read/);
  });

  it('merge builds the same graph from the records of the extract step', () => {
    const dir = fixtureFolder();
    run(['--in', join(dir, 'in'), '--out', join(dir, 'direct.json'), '--quiet']);
    // The extract step's records as JSONL, in reverse order: the merge is order-independent.
    const lexicon = loadLexicon(readLexiconFolder('data/lexicon'));
    const { articles } = readInputs([join(dir, 'in')]);
    const jsonl = articles.reverse().map((a) => JSON.stringify(extractArticle(a, lexicon))).join('\n') + '\n';
    const merged = spawnSync(TSX, ['scripts/merge.ts', '--out', join(dir, 'merged.json'), '--title', `Wasl: ${join(dir, 'in')}`], { input: jsonl, encoding: 'utf8' });
    expect(merged.status).toBe(0);
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(join(dir, 'direct.json'), 'utf8'));
  });
});

describe('reading a JSONL file', () => {
  it('gives what parsing the whole file gives, for lines longer than the read buffer and characters across reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasl-jsonl-'));
    const file = join(dir, 'big.jsonl');
    const line = (i: number, words: number) =>
      JSON.stringify({ id: `a-${i}`, title: 't', date: '2023-01-13', source: 's', text: `${'وصل الرئيس الإيراني إلى دمشق. '.repeat(words)}Assad met Putin.` });
    // a BOM, a CRLF line, a bad line, blank lines, a line of ~3 MB and lines that end at odd byte offsets
    const text = `\uFEFF${line(0, 3)}\r\n{not json\n\n${line(1, 60_000)}\n${Array.from({ length: 400 }, (_, i) => line(i + 2, 1 + (i % 37))).join('\n')}\n\n`;
    writeFileSync(file, text);
    const { articles, problems } = readInputs([file], dir);
    const whole = parseJsonl('big.jsonl', readFileSync(file, 'utf8'));
    expect(articles).toEqual(whole.articles);
    expect(articles).toHaveLength(402);
    expect(problems).toEqual(whole.errors);
    expect(problems.map((p) => p.line)).toEqual([2]);
  });
});
