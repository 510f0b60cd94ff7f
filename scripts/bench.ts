/**
 * `npm run bench`: every benchmark, printed as tables. Each benchmark is a module of scripts/bench/
 * exporting a function that returns rows. Pass names to run some only: `npm run bench -- import`.
 */
import { benchImport } from './bench/import.ts';

const BENCHES: Record<string, () => Promise<object[]>> = {
  import: () => benchImport(),
};

const only = process.argv.slice(2);
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  console.table(await run());
}
