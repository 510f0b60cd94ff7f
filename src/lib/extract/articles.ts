/**
 * Reading articles: `.md`/`.txt` files with a front-matter block, and `.jsonl` files of one
 * JSON object a line (DESIGN: articles in). Bad input throws ArticleError (file, line).
 */
import type { Article, Lang } from '../types.ts';

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    /** The problem without the file and line. */
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ArticleError';
  }
}

/** Arabic when more letters are Arabic than Latin. */
export function detectLang(text: string): Lang {
  let ar = 0;
  let la = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) ar++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) la++;
  }
  return ar > la ? 'ar' : 'en';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDate(file: string, line: number, d: unknown): string {
  if (d === undefined || d === null || d === '') throw new ArticleError(file, line, 'no date');
  const s = String(d).trim();
  const m = DATE.exec(s);
  if (!m) throw new ArticleError(file, line, `bad date "${s}" (want YYYY-MM-DD)`);
  const t = new Date(s + 'T00:00:00Z');
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== s) throw new ArticleError(file, line, `bad date "${s}"`);
  return s;
}

/** Article id from a file name: base name without extensions such as .ar.md. */
export function idFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.(md|txt|markdown)$/i, '').replace(/\.(ar|en)$/i, '');
}

function unquote(v: string): string {
  const t = v.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

function build(file: string, line: number, f: Record<string, unknown>, text: string, bodyLine: number): Article {
  const date = checkDate(file, line, f.date);
  if (!text.trim()) throw new ArticleError(file, bodyLine, 'empty body');
  const id = f.id ? String(f.id).trim() : idFromName(file);
  if (!id) throw new ArticleError(file, line, 'missing id');
  let lang = f.lang ? String(f.lang).trim() : '';
  if (lang && lang !== 'ar' && lang !== 'en') throw new ArticleError(file, line, `bad lang "${lang}" (ar | en)`);
  if (!lang) lang = detectLang(text);
  const a: Article = {
    id,
    title: f.title ? String(f.title).trim() : '',
    date,
    source: f.source ? String(f.source).trim() : '',
    lang: lang as Lang,
    text,
  };
  if (f.url) a.url = String(f.url).trim();
  return a;
}

/** Parse one `.md`/`.txt` article with a `---` front-matter block. */
export function parseArticleFile(name: string, text: string): Article {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = src.split('\n');
  if (lines[0]?.trim() !== '---') throw new ArticleError(name, 1, 'no front matter (expected a "---" line)');
  const fields: Record<string, string> = {};
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '---') {
      end = i;
      break;
    }
    if (!l.trim() || l.trim().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(l);
    if (!m) throw new ArticleError(name, i + 1, `bad front-matter line "${l}"`);
    fields[m[1]!.toLowerCase()] = unquote(m[2]!.replace(/\s+#.*$/, ''));
  }
  if (end < 0) throw new ArticleError(name, 1, 'front matter not closed (no second "---")');
  const dateLine = lines.findIndex((l, i) => i < end && /^date\s*:/.test(l)) + 1 || 1;
  const body = lines.slice(end + 1).join('\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return build(name, dateLine, fields, body, end + 2);
}

/** Parse a `.jsonl` file: good lines become articles, bad lines are reported with their line number. */
export function parseJsonl(name: string, text: string): { articles: Article[]; errors: { file: string; line: number; message: string }[] } {
  return parseJsonlLines(name, text.replace(/^\uFEFF/, '').split('\n'));
}

/**
 * parseJsonl of a file given as its lines (without their '\n'), e.g. decoded one at a time: a large JSONL
 * file as one string is twice its size in memory (Arabic text takes two bytes a character), and the
 * lines and articles parsed from it are copies anyway.
 */
export function parseJsonlLines(name: string, lines: Iterable<string>): { articles: Article[]; errors: { file: string; line: number; message: string }[] } {
  const articles: Article[] = [];
  const errors: { file: string; line: number; message: string }[] = [];
  let i = -1;
  for (const raw of lines) {
    i++;
    // (trim() also drops a byte order mark at the start of the file)
    const l = raw.trim();
    if (!l) continue;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(l);
      } catch (e) {
        throw new ArticleError(name, i + 1, `invalid JSON: ${(e as Error).message}`);
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new ArticleError(name, i + 1, 'not a JSON object');
      const o = obj as Record<string, unknown>;
      const body = typeof o.text === 'string' ? o.text.replace(/\r\n?/g, '\n') : '';
      const a = build(name, i + 1, { ...o, id: o.id ?? `${idFromName(name).replace(/\.jsonl$/i, '')}-${i + 1}` }, body, i + 1);
      articles.push(a);
    } catch (e) {
      if (e instanceof ArticleError) errors.push({ file: e.file, line: e.line, message: e.message.replace(/^[^:]*:\d+: /, '') });
      else throw e;
    }
  }
  return { articles, errors };
}
