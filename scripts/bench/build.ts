/**
 * Whole-build benchmark (issue: ≥ 1,000 articles/s, < 500 MB on one core "for the build"): writes the
 * benchmark corpus (scripts/lib/bench-corpus.ts) as one JSONL file, runs `build:graph` on it in its own
 * process, pinned to one CPU with `taskset -c 0` when there is one, and prints what the build itself
 * reports: CPU time of all its threads (startup included), peak resident memory, and the time of each
 * phase (lexicon, read, extract, merge, write). `npm run bench -- extract` times the extract step alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildReport } from '../../src/lib/graph/report.ts';
import { benchArticles } from '../lib/bench-corpus.ts';
import { pinnedCommand } from '../lib/pin.ts';
import { printTable } from '../lib/table.ts';

const N = 10_000;

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wasl-bench-build-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const text = benchArticles(N).map((a) => JSON.stringify({ ...a, title: a.id })).join('\n') + '\n';
    writeFileSync(corpus, text);
    const mb = Buffer.byteLength(text) / 1e6;
    const { cmd, pinned } = pinnedCommand([
      ...[process.execPath, ...process.execArgv, join('scripts', 'build-graph.ts')],
      ...['--in', corpus, '--out', join(dir, 'graph.json'), '--report', join(dir, 'report.json'), '--quiet'],
    ]);
    const res = spawnSync(cmd[0]!, cmd.slice(1), { stdio: 'inherit' });
    if (res.status !== 0) throw new Error(`build:graph exited with ${res.status ?? res.signal}`);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as BuildReport;
    if (!report.resources) throw new Error('build:graph wrote no resources into its report');
    const wallMs = Object.values(report.timing).reduce((a, b) => a + b, 0);
    const cpuS = report.resources.cpuMs / 1000;
    printTable([
      { measure: 'articles/s on one core (CPU time, whole process)', value: (N / cpuS).toFixed(0) },
      { measure: 'CPUs the build may use', value: pinned ? '1 (pinned)' : `${availableParallelism()} (not pinned)` },
      { measure: 'load average (1 min) at the end', value: loadavg()[0]!.toFixed(2) },
      { measure: 'articles', value: String(report.summary.articles) },
      { measure: 'input', value: `${mb.toFixed(1)} MB` },
      { measure: 'nodes / edges', value: `${report.summary.nodes} / ${report.summary.edges}` },
      { measure: 'MB/s (CPU time)', value: (mb / cpuS).toFixed(2) },
      { measure: 'articles/s (wall clock, phases)', value: (N / (wallMs / 1000)).toFixed(0) },
      ...Object.entries(report.timing).map(([phase, ms]) => ({ measure: `${phase} (wall)`, value: `${(ms / 1000).toFixed(2)} s` })),
      { measure: 'CPU time (all threads)', value: `${cpuS.toFixed(2)} s` },
      { measure: 'peak memory (RSS)', value: `${report.resources.peakRssMB.toFixed(0)} MB` },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
