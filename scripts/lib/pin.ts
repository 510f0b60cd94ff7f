/**
 * Benchmarks measure "one core": on Linux with more than one CPU, a command is run under
 * `taskset -c 0`, so the garbage collector's and the compiler's helper threads share that core.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** `cmd` prefixed with `taskset -c 0` when pinning is possible here, else unchanged. */
export function pinnedCommand(cmd: string[]): { cmd: string[]; pinned: boolean } {
  const can = process.platform === 'linux' && availableParallelism() > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  return can ? { cmd: ['taskset', '-c', '0', ...cmd], pinned: true } : { cmd, pinned: false };
}
