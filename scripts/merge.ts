/**
 * merge — the second step of the build: article records (JSONL from `npm run extract`, any number of
 * files, or stdin) → graph file. With `extract`, a corpus can be mapped by any engine that maps over
 * lines (GNU parallel, Spark's pipe) and merged once:
 *
 *   npm run -s extract -- --in data/articles | npm run -s merge -- --out public/graph.json
 */
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { buildGraph, serializeGraphChunks } from '../src/lib/graph/build.ts';
import { readLexiconFolder } from './lib/inputs.ts';
import { readRecords } from './lib/records.ts';
import { writeChunks } from './lib/write.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'public/graph.json' },
    lexicon: { type: 'string', default: 'data/lexicon' },
    title: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const { records, problems } = readRecords(positionals);
for (const p of problems) console.error(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
if (records.length === 0) {
  console.error('merge: no article record could be read');
  process.exit(1);
}
const { relations } = loadLexicon(readLexiconFolder(values.lexicon));
const graph = buildGraph(records, relations, { title: values.title ?? 'Wasl graph' });
writeChunks(values.out, serializeGraphChunks(graph));
if (!values.quiet) console.error(`merge: ${records.length} records, ${problems.length} skipped, ${graph.order} nodes, ${graph.size} edges → ${values.out}`);
