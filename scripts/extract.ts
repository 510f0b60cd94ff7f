/**
 * The extract step: articles in, one JSON line of ArticleRecord per article out (streaming).
 *
 *   npm run -s extract -- data/articles > records.jsonl
 *   npm run extract -- a.md b.jsonl -o records.jsonl --report report.json --workers 4
 *   cat articles.jsonl | npm run -s extract -- - > records.jsonl
 * (npm runs it from scripts/run.mjs's bundle; `tsx scripts/extract.ts …` runs the source the same way.)
 *
 * Inputs: files or folders of .md/.txt (front matter) and .jsonl; "-" (or no input with a pipe)
 * reads JSONL articles from stdin. Bad inputs are reported on stderr with file and line,
 * skipped and counted. Output order follows input order, also with --workers.
 * Options: -o/--out FILE, --lexicon DIR (data/lexicon), --workers N (worker threads),
 * --report FILE (build-report JSON: counts, unknown names, missed sentences, timing).
 */
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ArticleError, parseArticleFile, parseJsonl } from '../src/lib/extract/articles.ts';
import { loadLexicon, type Lexicon } from '../src/lib/extract/lexicon.ts';
import { extractArticle } from '../src/lib/extract/pipeline.ts';
import { addToReport, emptyReport } from '../src/lib/extract/report.ts';
import type { Article, ArticleRecord } from '../src/lib/types.ts';

function readLexicon(dir: string): Lexicon {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (f.endsWith('.csv')) files[f] = readFileSync(join(dir, f), 'utf8');
  return loadLexicon(files);
}

if (!isMainThread) {
  // worker: batches of articles in, records out
  const lex = readLexicon((workerData as { lexicon: string }).lexicon);
  parentPort!.on('message', (msg: { seq: number; articles: Article[] }) => {
    parentPort!.postMessage({ seq: msg.seq, records: msg.articles.map((a) => extractArticle(a, lex)) });
  });
} else await main();

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const inputs: string[] = [];
  let out: string | undefined;
  let lexDir = 'data/lexicon';
  let workers = 0;
  let reportFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' || a === '--out') out = argv[++i];
    else if (a === '--lexicon') lexDir = argv[++i]!;
    else if (a === '--workers') workers = Math.max(0, Number(argv[++i]) || 0);
    else if (a === '--report') reportFile = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: extract [inputs… | -] [-o out.jsonl] [--lexicon dir] [--workers N] [--report report.json]');
      return;
    } else inputs.push(a);
  }
  if (inputs.length === 0 && !process.stdin.isTTY) inputs.push('-');
  if (inputs.length === 0) {
    console.error('extract: no input (give files, folders or "-" for stdin)');
    process.exit(2);
  }

  const t0 = performance.now();
  const lex = readLexicon(lexDir);
  const report = emptyReport();
  const sink = out ? createWriteStream(out) : process.stdout;
  const write = (rec: ArticleRecord) =>
    new Promise<void>((res) => {
      addToReport(report, rec);
      if (!sink.write(JSON.stringify(rec) + '\n')) sink.once('drain', () => res());
      else res();
    });
  const error = (file: string, line: number, message: string) => {
    report.errors.push({ file, line, message });
    console.error(`${file}:${line}: ${message} (skipped)`);
  };

  // the source of articles, in input order
  async function* articles(): AsyncGenerator<Article> {
    for (const input of inputs) {
      if (input === '-') {
        yield* jsonlLines('<stdin>', createInterface({ input: process.stdin, crlfDelay: Infinity }));
        continue;
      }
      let files: string[];
      try {
        // in a folder, README.md / SOURCES.md and the like are notes, not articles
        files = statSync(input).isDirectory()
          ? readdirSync(input)
              .sort()
              .filter((f) => !/^[A-Z0-9_-]+\.md$/.test(f))
              .map((f) => join(input, f))
          : [input];
      } catch (e) {
        error(input, 0, `unreadable: ${(e as Error).message}`);
        continue;
      }
      for (const f of files) {
        if (/\.jsonl$/i.test(f)) yield* jsonlLines(f, createInterface({ input: createReadStream(f), crlfDelay: Infinity }));
        else if (/\.(md|txt|markdown)$/i.test(f)) {
          try {
            yield parseArticleFile(f, readFileSync(f, 'utf8'));
          } catch (e) {
            if (e instanceof ArticleError) error(e.file, e.line, e.message.replace(/^.*?:\d+: /, ''));
            else error(f, 0, `unreadable: ${(e as Error).message}`);
          }
        }
      }
    }
  }
  async function* jsonlLines(name: string, rl: AsyncIterable<string>): AsyncGenerator<Article> {
    let n = 0;
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      const { articles: arts, errors } = parseJsonl(name, line);
      for (const e of errors) error(name, n, e.message);
      for (const a of arts) yield { ...a, id: a.id.endsWith('-1') && !JSON.parse(line).id ? `${a.id.slice(0, -2)}-${n}` : a.id };
    }
  }

  if (workers <= 1) {
    for await (const a of articles()) await write(extractArticle(a, lex));
  } else {
    // worker pool: batches go round-robin, results are written back in input order
    // From run.mjs's bundle (one self-contained .mjs file) each worker runs the bundle itself; from the
    // TypeScript source (through tsx), extract-worker.mjs registers tsx in the worker first.
    const entry = import.meta.url.endsWith('.ts') ? new URL('./extract-worker.mjs', import.meta.url) : new URL(import.meta.url);
    const pool = Array.from({ length: workers }, () => new Worker(entry, { workerData: { lexicon: lexDir } }));
    const pending = new Map<number, ArticleRecord[]>();
    let nextToWrite = 0;
    let seq = 0;
    let inFlight = 0;
    let wake: (() => void) | undefined;
    const flush = async () => {
      while (pending.has(nextToWrite)) {
        const recs = pending.get(nextToWrite)!;
        pending.delete(nextToWrite++);
        for (const r of recs) await write(r);
      }
    };
    for (const w of pool)
      w.on('message', (m: { seq: number; records: ArticleRecord[] }) => {
        pending.set(m.seq, m.records);
        inFlight--;
        wake?.();
      });
    const BATCH = 64;
    let batch: Article[] = [];
    const send = async () => {
      while (inFlight >= workers * 4) await new Promise<void>((r) => (wake = r));
      pool[seq % workers]!.postMessage({ seq, articles: batch });
      seq++;
      inFlight++;
      batch = [];
      await flush();
    };
    for await (const a of articles()) {
      batch.push(a);
      if (batch.length >= BATCH) await send();
    }
    if (batch.length) await send();
    while (inFlight > 0) await new Promise<void>((r) => (wake = r));
    await flush();
    await Promise.all(pool.map((w) => w.terminate()));
  }
  if (out) await new Promise<void>((r) => (sink as NodeJS.WritableStream).end(r));
  const ms = performance.now() - t0;
  report.timing = { ms: Math.round(ms), articlesPerSecond: Math.round((report.articles / ms) * 1000) };
  if (reportFile) writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n');
  console.error(
    `extract: ${report.articles} articles, ${report.relations} relations, ${report.unknown.length} unknown names, ` +
      `${report.missed.length} missed sentences, ${report.errors.length} bad inputs skipped, ${report.timing.ms} ms`,
  );
}
