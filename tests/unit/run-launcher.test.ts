/**
 * scripts/run.mjs, the launcher of `npm run build:graph`: runs a TypeScript script with its arguments,
 * reuses its cached bundle while the sources are unchanged and makes it again when one changes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('scripts/run.mjs', { timeout: 60_000 }, () => {
  it('runs a script from a bundle that is remade when a source file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasl-run-'));
    const cache = join(dir, 'cache');
    writeFileSync(join(dir, 'msg.ts'), "export const msg: string = 'first';\n");
    writeFileSync(join(dir, 'hello.ts'), "import { msg } from './msg.ts';\nconsole.log(`${msg} ${process.argv.slice(2).join(',')}`);\n");
    const run = () => {
      const res = spawnSync(process.execPath, ['scripts/run.mjs', join(dir, 'hello.ts'), 'a', '--b'], {
        encoding: 'utf8',
        env: { ...process.env, WASL_RUN_CACHE: cache },
      });
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      return res.stdout;
    };
    const bundleTime = () => {
      const [slot] = readdirSync(cache);
      const file = readdirSync(join(cache, slot!)).find((f) => f.endsWith('.mjs'))!;
      return statSync(join(cache, slot!, file)).mtimeMs;
    };

    expect(run()).toBe('first a,--b\n');
    const made = bundleTime();
    expect(run()).toBe('first a,--b\n');
    expect(bundleTime()).toBe(made); // reused, not made again

    writeFileSync(join(dir, 'msg.ts'), "export const msg: string = 'second';\n");
    expect(run()).toBe('second a,--b\n');

    // a source saved while the bundle was being made (its time after the start of bundling) may be in the
    // bundle as it was before: that bundle is used once, not reused
    writeFileSync(join(dir, 'msg.ts'), "export const msg: string = 'third';\n");
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'msg.ts'), later, later);
    expect(run()).toBe('third a,--b\n');
    const remade = bundleTime();
    expect(run()).toBe('third a,--b\n');
    expect(bundleTime()).toBeGreaterThan(remade); // made again, not trusted
  });

  // `taskset` pins a process to one CPU (Linux); where there is none, the one-CPU case cannot be made here
  const taskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

  it.runIf(taskset)('on one CPU, runs the script with V8 single-threaded, keeping its arguments and exit status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wasl-run-'));
    writeFileSync(join(dir, 'flags.ts'), "console.log(JSON.stringify([process.execArgv, process.argv.slice(2)]));\nprocess.exitCode = 3;\n");
    const env = { ...process.env, WASL_RUN_CACHE: join(dir, 'cache') };
    const pinned = spawnSync('taskset', ['-c', '0', process.execPath, 'scripts/run.mjs', join(dir, 'flags.ts'), 'x', '--y'], { encoding: 'utf8', env });
    expect(pinned.stderr).toBe('');
    expect(pinned.status).toBe(3);
    expect(JSON.parse(pinned.stdout)).toEqual([['--single-threaded'], ['x', '--y']]);

    const optedOut = spawnSync('taskset', ['-c', '0', process.execPath, 'scripts/run.mjs', join(dir, 'flags.ts')], {
      encoding: 'utf8',
      env: { ...env, WASL_V8_THREADS: '1' },
    });
    expect(JSON.parse(optedOut.stdout)).toEqual([[], []]);

    if (availableParallelism() > 1) {
      const free = spawnSync(process.execPath, ['scripts/run.mjs', join(dir, 'flags.ts')], { encoding: 'utf8', env });
      expect(JSON.parse(free.stdout)).toEqual([[], []]);
    }
  });
});
