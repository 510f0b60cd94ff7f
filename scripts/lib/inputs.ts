/**
 * Node-side input reading shared by the CLIs: folders, article files and `.jsonl` files → articles,
 * with every bad input reported by file and line. Parsing itself lives in src/lib/extract.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArticleFile, parseJsonlLines } from '../../src/lib/extract/articles.ts';
import type { Article } from '../../src/lib/types.ts';

export interface InputProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ReadInputsResult {
  articles: Article[];
  problems: InputProblem[];
}

const ARTICLE_EXTS = new Set(['.md', '.txt']);
/** All-caps names (README.md, SOURCES.md) are notes about the folder, not articles. */
const NOTE_FILE = /^[A-Z0-9_-]+\.(md|txt)$/;

/** Files under `path` (recursively, sorted) that are articles or JSONL; README/SOURCES notes are not articles. */
export function listInputFiles(path: string): string[] {
  const st = statSync(path);
  if (st.isFile()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(path, name);
    if (statSync(full).isDirectory()) out.push(...listInputFiles(full));
    else if (NOTE_FILE.test(name)) continue;
    else if (ARTICLE_EXTS.has(extname(name)) || extname(name) === '.jsonl') out.push(full);
  }
  return out;
}

export function readInputs(paths: readonly string[], cwd = process.cwd()): ReadInputsResult {
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const seen = new Map<string, string>();
  const add = (a: Article, file: string, line?: number) => {
    const prior = seen.get(a.id);
    if (prior) {
      problems.push({ file, ...(line ? { line } : {}), message: `duplicate article id "${a.id}" (first in ${prior}); skipped` });
      return;
    }
    seen.set(a.id, file);
    articles.push(a);
  };
  for (const input of paths) {
    let files: string[];
    try {
      files = listInputFiles(input);
    } catch (e) {
      problems.push({ file: input, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    for (const file of files) {
      const name = relative(cwd, file) || file;
      if (extname(file) === '.jsonl') {
        let res: ReturnType<typeof parseJsonlLines>;
        try {
          res = readJsonl(name, file);
        } catch (e) {
          if (!(e instanceof ReadError)) throw e;
          problems.push({ file: name, message: `cannot read: ${(e.cause as Error).message}` });
          continue;
        }
        for (const err of res.errors) problems.push({ file: err.file, line: err.line, message: err.message });
        res.articles.forEach((a) => add(a, name));
        continue;
      }
      let text: string;
      try {
        // (bytes, then decoded: the same string as readFileSync(file, 'utf8'), whose decoding of
        // non-ASCII text is slower — ~150 ms of 450 for the 18 MB benchmark corpus)
        text = readFileSync(file).toString('utf8');
      } catch (e) {
        problems.push({ file: name, message: `cannot read: ${(e as Error).message}` });
        continue;
      }
      try {
        add(parseArticleFile(name, text), name);
      } catch (e) {
        const err = e as Error & { line?: number; reason?: string };
        problems.push({ file: name, ...(err.line ? { line: err.line } : {}), message: err.reason ?? err.message });
      }
    }
  }
  return { articles, problems };
}

/** A JSONL file that cannot be opened or read (its `cause`, the file system's error, is reported). */
class ReadError extends Error {
  constructor(cause: unknown) {
    super('cannot read', { cause });
  }
}

/**
 * parseJsonl of a file, its lines decoded one at a time from a reused buffer: the 18 MB benchmark corpus
 * decoded whole was a 36 MB string (two bytes a character once Arabic is in it) on top of its 18 MB of
 * bytes, all of it fresh memory that the lines and articles are then copied out of (page faults of the
 * build benchmark ~79,000 -> ~66,000; on a VM a page first touched costs CPU time).
 */
function readJsonl(name: string, file: string): ReturnType<typeof parseJsonlLines> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new ReadError(e);
  }
  try {
    return parseJsonlLines(name, lines(fd));
  } finally {
    closeSync(fd);
  }
}

/** The lines of an open UTF-8 file (split at each '\n' byte, which is never part of another character). */
function* lines(fd: number): Generator<string> {
  let buf = Buffer.allocUnsafe(1 << 20);
  let start = 0; // buf[start, end) is read and not yet given out
  let end = 0;
  for (;;) {
    const nl = buf.indexOf(10, start);
    if (nl >= 0 && nl < end) {
      yield buf.toString('utf8', start, nl);
      start = nl + 1;
      continue;
    }
    // no whole line left: move the rest to the front (into a larger buffer when it fills this one), read on
    if (start > 0) {
      buf.copy(buf, 0, start, end);
      end -= start;
      start = 0;
    }
    if (end === buf.length) {
      const larger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(larger, 0, 0, end);
      buf = larger;
    }
    let n: number;
    try {
      n = readSync(fd, buf, end, buf.length - end, null);
    } catch (e) {
      throw new ReadError(e);
    }
    if (n === 0) {
      yield buf.toString('utf8', 0, end);
      return;
    }
    end += n;
  }
}

/** Every file of the lexicon folder, by name, for `loadLexicon`. */
export function readLexiconFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.csv') || name.endsWith('.json')) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}
