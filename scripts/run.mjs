/**
 * node scripts/run.mjs SCRIPT.ts [args…] — runs a TypeScript script as `tsx SCRIPT.ts` would, from an
 * esbuild bundle of it cached in node_modules/.cache/wasl/.
 * package.json runs build:graph, extract, merge, eval, agreement and bench:extract this way (extract's worker
 * threads run the same bundle).
 *
 * Why: through tsx, every run resolves and transforms each module of the script again (~40 files with the
 * libraries), and its CLI starts a second Node process: about 0.6 s of CPU before the first line of the
 * script runs, 0.15 s from the bundle (measured on build:graph, one core). tsx also compiles with esbuild's
 * keepNames, a __name() call for each function and closure made: ~1 s more in the 10,000-article build
 * benchmark. esbuild is the compiler tsx itself uses (a dependency of tsx and vite, not ours: it is found
 * through tsx).
 *
 * The bundle is reused while every file it was made from (recorded with it) has the same content, and
 * the same Node and esbuild versions run it; otherwise it is made again (~0.2 s). When it cannot be made
 * or written, the script runs through tsx as before. Stack traces point into the bundle, whose comments
 * name each source file. WASL_RUN_CACHE=DIR keeps the bundles in DIR instead (the build benchmark times
 * a first run with an empty one).
 *
 * On one CPU (a machine with one, or a process pinned to one with `taskset`), the script runs with V8's
 * --single-threaded: V8's helper threads (the concurrent optimising compiler, parallel and concurrent
 * garbage collection) can only take turns with the main thread there, and handing work to them costs
 * more than it saves (10,000-article build, pinned: 11.9 → 10.2 s of CPU, run to run ±1 s). V8 reads the
 * flag only at start, so run.mjs starts Node again with it (~0.05 s). With more CPUs nothing changes:
 * the helper threads then shorten the wall-clock time. WASL_V8_THREADS=1 keeps them on one CPU too.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * glibc's malloc, for the Node started again on one CPU (see above): memory freed is kept for the next
 * allocation rather than given back to the system (trim_threshold), and its heap is asked for transparent
 * huge pages (hugetlb=1, where the system grants them on request). V8's optimising compiler mallocs and
 * frees its working memory for each function it compiles, and every page given back and taken again is
 * a page fault; on a virtual machine a page first touched costs ~4 ms of CPU time a MB (10,000-article
 * build, pinned: 67,000 -> 41,000 page faults, peak memory the same). Only glibc reads these (other C
 * libraries ignore them), and a GLIBC_TUNABLES of the user's own is kept.
 */
const MALLOC_TUNABLES = 'glibc.malloc.trim_threshold=1000000000:glibc.malloc.hugetlb=1';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run.mjs SCRIPT.ts [args…]');
  process.exit(2);
}
if (availableParallelism() === 1 && !process.execArgv.includes('--single-threaded') && process.env.WASL_V8_THREADS !== '1') {
  const child = spawnSync(process.execPath, ['--single-threaded', ...process.execArgv, fileURLToPath(import.meta.url), script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, GLIBC_TUNABLES: process.env.GLIBC_TUNABLES ?? MALLOC_TUNABLES },
  });
  if (child.error) throw child.error;
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}
const entry = resolve(script);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
// one slot per script (and per checkout: the path is absolute), so two scripts or two worktrees sharing
// node_modules do not keep replacing each other's bundle
const cache = process.env.WASL_RUN_CACHE || join(root, 'node_modules', '.cache', 'wasl');
const slot = join(cache, createHash('sha256').update(entry).digest('hex').slice(0, 16));
const manifestFile = join(slot, 'manifest.json');

/** Hash of the files (paths relative to the project root) and of what else the bundle depends on. */
function fingerprint(files, esbuildVersion) {
  const h = createHash('sha256').update(`${process.version}\0${esbuildVersion}\0`);
  for (const f of files) h.update(`${f}\0`).update(readFileSync(resolve(root, f))).update('\0');
  return h.digest('hex');
}

function cachedBundle() {
  try {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return fingerprint(m.inputs, m.esbuild) === m.fingerprint ? join(slot, m.bundle) : undefined;
  } catch {
    return undefined; // no bundle yet, or one of its files is gone: make it again
  }
}

function makeBundle() {
  const esbuild = requireFromTsx('esbuild');
  const started = Date.now();
  const res = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // CommonJS libraries inside an ES module bundle call require() for Node's own modules
    banner: { js: "import { createRequire as __wasl_cr } from 'node:module'; const require = __wasl_cr(import.meta.url);" },
    absWorkingDir: root,
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const inputs = Object.keys(res.metafile.inputs).map((f) => relative(root, resolve(root, f)));
  const bundle = `${relative(root, entry).replace(/[^\w.-]+/g, '_')}.mjs`;
  mkdirSync(slot, { recursive: true });
  // written under a temporary name, then renamed: a build running at the same time reads a whole file
  const tmp = `.${process.pid}`;
  writeFileSync(join(slot, bundle + tmp), res.outputFiles[0].contents);
  renameSync(join(slot, bundle + tmp), join(slot, bundle));
  // A file saved while esbuild was reading the sources may be in the bundle as it was before, yet the
  // fingerprint (taken now) has it as it is: such a bundle runs this once and is not recorded for reuse
  // (nor is the bundle the manifest of an earlier one names any more).
  if (inputs.some((f) => statSync(resolve(root, f)).mtimeMs >= started)) {
    rmSync(manifestFile, { force: true });
    return join(slot, bundle);
  }
  const manifest = { inputs, esbuild: esbuild.version, fingerprint: fingerprint(inputs, esbuild.version), bundle };
  writeFileSync(manifestFile + tmp, JSON.stringify(manifest, null, 1));
  renameSync(manifestFile + tmp, manifestFile);
  return join(slot, bundle);
}

process.argv = [process.argv[0], entry, ...args];
let bundle = cachedBundle();
if (!bundle) {
  try {
    bundle = makeBundle();
  } catch (e) {
    console.error(`run.mjs: cannot bundle ${script} (${e.message.split('\n')[0]}); running it through tsx`);
    (await import('tsx/esm/api')).register();
  }
}
await import(pathToFileURL(bundle ?? entry).href);
