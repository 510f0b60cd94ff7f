/**
 * Extraction benchmark: builds N articles (default 10,000) by recombining the sentences of the
 * sample corpus (seeded, so runs are comparable), extracts them in one thread and prints
 * articles/s, MB/s and peak memory.
 *
 * "One core" is measured two ways: the process pins itself to one CPU (`taskset -c 0`, when the
 * command exists and more than one CPU is available; `--no-pin` to skip), so the garbage
 * collector's helper threads share that core instead of running beside it; and the headline rate
 * is by CPU time (all threads), which a loaded machine distorts far less than wall-clock time.
 * Under it, the rate of the first fifth (which pays for V8 compiling the extraction code) and of
 * the second half (compiled code), so that a change to either shows.
 * The pinned run goes through scripts/run.mjs, so the code measured is the bundle build:graph runs (through
 * tsx, its keepNames transform alone costs ~10% of the extraction).
 *   npm run bench:extract -- [N] [--articles dir] [--no-pin]
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { extractArticle } from '../src/lib/extract/pipeline.ts';
import { benchArticles } from './lib/bench-corpus.ts';
import { readLexiconFolder } from './lib/inputs.ts';
import { pinnedCommand } from './lib/pin.ts';

const argv = process.argv.slice(2);
if (availableParallelism() > 1 && !argv.includes('--no-pin')) {
  // run again pinned to CPU 0, from build:graph's kind of bundle (same node flags)
  const { cmd, pinned } = pinnedCommand([process.execPath, ...process.execArgv, join('scripts', 'run.mjs'), ...process.argv.slice(1)]);
  if (pinned) process.exit(spawnSync(cmd[0]!, cmd.slice(1), { stdio: 'inherit' }).status ?? 1);
  console.error('bench-extract: cannot pin to one CPU here (taskset), running unpinned');
}
const N = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const dirIdx = argv.indexOf('--articles');
const dir = dirIdx >= 0 ? argv[dirIdx + 1]! : 'data/articles';

const files = readLexiconFolder('data/lexicon');
let t = performance.now();
const lexicon = loadLexicon(files);
const lexMs = performance.now() - t;

const articles = benchArticles(N, dir);
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
let relations = 0;
const cpu0 = process.cpuUsage();
// CPU time at the end of the first fifth and at the half: the first articles pay for compiling
// the code (V8's optimising compiler, on the same pinned core), the second half runs compiled code
const fifth = Math.floor(N / 5);
const half = Math.floor(N / 2);
let cpuFifth = cpu0;
let cpuHalf = cpu0;
t = performance.now();
for (let i = 0; i < articles.length; i++) {
  relations += extractArticle(articles[i]!, lexicon).relations.length;
  if ((i & 255) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  if (i === fifth - 1) cpuFifth = process.cpuUsage();
  if (i === half - 1) cpuHalf = process.cpuUsage();
}
const ms = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

const cpuEnd = process.cpuUsage();
const msBetween = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1000;
const rate = (n: number, ms: number) => (n > 0 && ms > 0 ? (n / (ms / 1000)).toFixed(0) : '-');
const cpus = availableParallelism();
const rows: [string, string][] = [
  ['articles/s on one core (CPU time)', (N / (cpuMs / 1000)).toFixed(0)],
  [`  first ${fifth} articles (JIT warm-up)`, rate(fifth, msBetween(cpu0, cpuFifth))],
  [`  last ${N - half} articles (compiled)`, rate(N - half, msBetween(cpuHalf, cpuEnd))],
  ['CPUs the process may use', cpus === 1 ? '1 (pinned)' : `${cpus} (not pinned: wall clock may borrow a second core)`],
  ['load average (1 min) at the end', loadavg()[0]!.toFixed(2)],
  ['articles', String(N)],
  ['text', `${(bytes / 1e6).toFixed(1)} MB`],
  ['relations found', String(relations)],
  ['lexicon load', `${lexMs.toFixed(0)} ms`],
  ['extraction', `${(ms / 1000).toFixed(2)} s`],
  ['articles/s (wall clock)', (N / (ms / 1000)).toFixed(0)],
  ['MB/s (wall clock)', (bytes / 1e6 / (ms / 1000)).toFixed(2)],
  ['CPU time (all threads)', `${(cpuMs / 1000).toFixed(2)} s`],
  ['MB/s (CPU time)', (bytes / 1e6 / (cpuMs / 1000)).toFixed(2)],
  ['peak memory (RSS)', `${(peak / 1e6).toFixed(0)} MB`],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`| ${'measure'.padEnd(w)} | value |\n|${'-'.repeat(w + 2)}|-------|`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(w)} | ${v} |`);
