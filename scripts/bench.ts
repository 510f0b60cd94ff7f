/**
 * npm run bench [-- NAME…] — runs the benchmark modules of scripts/bench/ (each prints its own tables).
 * A module exports `default async function (): Promise<void>`. With names, only those run.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(basename(f, '.ts')));
if (modules.length === 0) {
  console.error(`bench: no benchmark named ${wanted.join(', ')} in scripts/bench/`);
  process.exit(1);
}
for (const file of modules) {
  console.log(`\n## ${basename(file, '.ts')}\n`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
