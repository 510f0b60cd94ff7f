/**
 * Benchmarks measure "one core": on Linux with more than one CPU, a command is run under
 * `taskset -c 0`, so the garbage collector's and the compiler's helper threads share that core.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** `cmd` prefixed with `taskset -c 0` when pinning is possible here, else unchanged. */
export function pinnedCommand(cmd: string[]): { cmd: string[]; pinned: boolean } {
  const can = process.platform === 'linux' && availableParallelism() > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  return can ? { cmd: ['taskset', '-c', '0', ...cmd], pinned: true } : { cmd, pinned: false };
}

/** sysconf(_SC_CLK_TCK), the unit of /proc's CPU times: 100 on the Linux kernels Node runs on. */
const CLOCK_TICKS = 100;

/**
 * CPU time (ms) of the child processes this process has waited for, their own children included
 * (Linux: /proc/self/stat); undefined elsewhere. The difference around a `spawnSync` is the CPU time of
 * everything the command ran, startup and exit included.
 */
export function childrenCpuMs(): number | undefined {
  try {
    // fields after the command name, which is in parentheses: state is field 3, cutime 16, cstime 17
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ').pop()!.split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
