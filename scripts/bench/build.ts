/**
 * Whole-build benchmark (issue: ≥ 1,000 articles/s, < 500 MB on one core "for the build"): writes the
 * benchmark corpus (scripts/lib/bench-corpus.ts) as one JSONL file and runs on it the command that
 * `npm run build:graph` runs (read from package.json), in its own process, pinned to one CPU with
 * `taskset -c 0` when there is one. It leads with the CPU time of everything that command ran (all
 * processes and threads, startup and exit included; Linux), and prints what the build itself reports:
 * its own CPU time, peak resident memory and the time of each phase (lexicon, read, extract, merge,
 * write). The command runs twice: first with an empty bundle cache (scripts/run.mjs makes the bundle,
 * as on the first run after a change to the sources), then as it normally runs, from the cached bundle.
 * `npm run bench -- extract` times the extract step alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildReport } from '../../src/lib/graph/report.ts';
import { benchArticles } from '../lib/bench-corpus.ts';
import { childrenCpuMs, pinnedCommand } from '../lib/pin.ts';
import { printTable } from '../lib/table.ts';

const N = 10_000;

interface Run {
  /** CPU time of the whole command (s), or of the build process alone where that cannot be measured */
  cpuS: number;
  report: BuildReport & { resources: NonNullable<BuildReport['resources']> };
}

/** `npm run build:graph`'s command, and as argv (its program found the way npm finds it). */
function buildGraphCommand(): { script: string; argv: string[] } {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts['build:graph']!.trim();
  const [bin, ...args] = script.split(/\s+/);
  return { script, argv: [bin === 'node' ? process.execPath : join('node_modules', '.bin', bin!), ...args] };
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wasl-bench-build-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const text = benchArticles(N).map((a) => JSON.stringify({ ...a, title: a.id })).join('\n') + '\n';
    writeFileSync(corpus, text);
    const mb = Buffer.byteLength(text) / 1e6;
    const command = buildGraphCommand();
    const { cmd, pinned } = pinnedCommand([
      ...command.argv,
      ...['--in', corpus, '--out', join(dir, 'graph.json'), '--report', join(dir, 'report.json'), '--quiet'],
    ]);
    const env = { ...process.env, WASL_RUN_CACHE: join(dir, 'cache') };
    const run = (): Run => {
      const before = childrenCpuMs();
      const res = spawnSync(cmd[0]!, cmd.slice(1), { stdio: 'inherit', env });
      const after = childrenCpuMs();
      if (res.status !== 0) throw new Error(`build:graph exited with ${res.status ?? res.signal}`);
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as BuildReport;
      if (!report.resources) throw new Error('build:graph wrote no resources into its report');
      const cpuMs = before !== undefined && after !== undefined ? after - before : report.resources.cpuMs;
      return { cpuS: cpuMs / 1000, report: report as Run['report'] };
    };
    const cold = run();
    const { cpuS, report } = run();
    const whole = childrenCpuMs() !== undefined ? 'whole command' : 'build process only';
    const wallMs = Object.values(report.timing).reduce((a, b) => a + b, 0);
    printTable([
      { measure: `articles/s on one core (CPU time, ${whole})`, value: (N / cpuS).toFixed(0) },
      { measure: '… on the first run after a change (bundle made)', value: (N / cold.cpuS).toFixed(0) },
      { measure: 'command (npm run build:graph)', value: command.script },
      { measure: 'CPUs the build may use', value: pinned ? '1 (pinned)' : `${availableParallelism()} (not pinned)` },
      { measure: 'load average (1 min) at the end', value: loadavg()[0]!.toFixed(2) },
      { measure: 'articles', value: String(report.summary.articles) },
      { measure: 'input', value: `${mb.toFixed(1)} MB` },
      { measure: 'nodes / edges', value: `${report.summary.nodes} / ${report.summary.edges}` },
      { measure: 'MB/s (CPU time)', value: (mb / cpuS).toFixed(2) },
      { measure: 'articles/s (wall clock, phases)', value: (N / (wallMs / 1000)).toFixed(0) },
      ...Object.entries(report.timing).map(([phase, ms]) => ({ measure: `${phase} (wall)`, value: `${(ms / 1000).toFixed(2)} s` })),
      { measure: `CPU time (${whole}) / first run`, value: `${cpuS.toFixed(2)} s / ${cold.cpuS.toFixed(2)} s` },
      { measure: 'CPU time the build reports (its own process, until its last line)', value: `${(report.resources.cpuMs / 1000).toFixed(2)} s` },
      { measure: 'peak memory (RSS)', value: `${report.resources.peakRssMB.toFixed(0)} MB` },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
