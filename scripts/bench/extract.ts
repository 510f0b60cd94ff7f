/**
 * Extraction benchmark (issue: ≥ 1,000 articles/s, < 500 MB): runs scripts/bench-extract.ts in its own
 * process, so its peak memory is the extraction's alone. `npm run bench:extract -- N` runs it directly.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default async function bench(): Promise<void> {
  // (as package.json's bench:extract runs it: from a bundle, as build:graph runs the extract step)
  const res = spawnSync(process.execPath, [join('scripts', 'run.mjs'), join('scripts', 'bench-extract.ts'), '10000'], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`bench-extract exited with ${res.status}`);
}
