/**
 * build:graph — articles → public/graph.json (DESIGN: graph file).
 *
 *   npm run build:graph -- [--in data/articles]… [--out public/graph.json] [--lexicon data/lexicon]
 *                          [--report FILE.md|FILE.json] [--quiet]
 *
 * Runs the extract step (src/lib/extract) on every article and the merge step (src/lib/graph) on the
 * records (`npm run extract` and `npm run merge` run them apart). Bad inputs are reported with file
 * and line and skipped; exits non-zero only when no article could be read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { extractArticle } from '../src/lib/extract/pipeline.ts';
import { GraphBuilder, serializeGraphChunks } from '../src/lib/graph/build.ts';
import { ReportBuilder, reportToMarkdown } from '../src/lib/graph/report.ts';
import { readInputs, readLexiconFolder } from './lib/inputs.ts';
import { jsonChunks, writeChunks } from './lib/write.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', multiple: true },
    out: { type: 'string', default: 'public/graph.json' },
    lexicon: { type: 'string', default: 'data/lexicon' },
    report: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run build:graph -- [--in PATH]… [--out FILE] [--lexicon DIR] [--report FILE.md|.json] [--quiet]');
  process.exit(0);
}

const inputs = values.in?.length ? values.in : ['data/articles'];
const timing: Record<string, number> = {};
let t = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  timing[name] = now - t;
  t = now;
};

const lexicon = loadLexicon(readLexiconFolder(values.lexicon));
lap('lexicon');
const { articles, problems } = readInputs(inputs);
lap('read');
for (const p of problems) console.error(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);

if (articles.length === 0) {
  console.error(`build:graph: no article could be read from ${inputs.join(', ')}`);
  process.exit(1);
}

const PROGRESS_EVERY = 1000;
const showProgress = !values.quiet && articles.length > PROGRESS_EVERY;
// Each article's records are merged as soon as they are made and then let go (the graph keeps the evidence,
// the report what it lists): in article-id order, so the graph is the same as merging them all at the end.
articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const builder = new GraphBuilder(lexicon.relations, { title: `Wasl: ${inputs.join(', ')}` });
const reportBuilder = values.report ? new ReportBuilder() : undefined;
let mergeMs = 0;
for (let i = 0; i < articles.length; i++) {
  if (showProgress && i > 0 && i % PROGRESS_EVERY === 0) console.error(`build:graph: extracted ${i}/${articles.length} articles`);
  const record = extractArticle(articles[i]!, lexicon);
  const m0 = performance.now();
  builder.add(record);
  reportBuilder?.add(record);
  mergeMs += performance.now() - m0;
}
lap('extract');
timing.extract! -= mergeMs;
const graph = builder.finish();
lap('merge');
timing.merge! += mergeMs;
writeChunks(values.out, serializeGraphChunks(graph));
lap('write');

const cpu = process.cpuUsage();
const resources = { cpuMs: (cpu.user + cpu.system) / 1000, peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6 };
const seconds = Object.values(timing).reduce((a, b) => a + b, 0) / 1000;
if (values.report) {
  const report = reportBuilder!.finish(graph, problems, timing, resources);
  // (the JSON in pieces: as one string it is the build's largest allocation after the articles)
  if (values.report.endsWith('.json')) writeChunks(values.report, jsonChunks(report));
  else {
    mkdirSync(dirname(values.report), { recursive: true });
    writeFileSync(values.report, reportToMarkdown(report));
  }
}
if (!values.quiet || problems.length) {
  console.log(
    `build:graph: ${articles.length} articles read, ${problems.length} skipped, ${graph.order} nodes, ${graph.size} edges → ${values.out} ` +
      `(${seconds.toFixed(1)} s, ${(resources.cpuMs / 1000).toFixed(1)} s CPU, peak ${resources.peakRssMB.toFixed(0)} MB)`,
  );
}
