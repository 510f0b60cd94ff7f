import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadLexicon, type Lexicon } from '../../../src/lib/extract/lexicon.ts';
import { analyse, extractArticle } from '../../../src/lib/extract/pipeline.ts';
import type { Article, ArticleRecord, Lang } from '../../../src/lib/types.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function lexiconFiles(): Record<string, string> {
  const dir = ROOT + 'data/lexicon/';
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (f.endsWith('.csv')) files[f] = readFileSync(dir + f, 'utf8');
  return files;
}

let cached: Lexicon | undefined;
export function lexicon(): Lexicon {
  return (cached ??= loadLexicon(lexiconFiles()));
}

export function article(text: string, lang: Lang, date = '2023-01-13', id = 't'): Article {
  return { id, title: '', date, source: 'test', lang, text };
}

export function extract(text: string, lang: Lang, date = '2023-01-13'): ArticleRecord {
  return extractArticle(article(text, lang, date), lexicon());
}

/** The entity ids of every mention of a text, in text order (what the extractor reads as names, before any relation). */
export function mentionIds(text: string, lang: Lang, date = '2024-01-10'): string[] {
  return analyse(article(text, lang, date), lexicon()).sentences.flatMap((s) => s.mentions.map((m) => m.entity));
}

/** "source relation target" triples of a record. */
export function triples(rec: ArticleRecord): string[] {
  return rec.relations.map((r) => `${r.source} ${r.relation} ${r.target}`);
}

/** Distinct "source relation target" triples of a record (of one relation when given), sorted. */
export function tripleSet(rec: ArticleRecord, relation?: string): string[] {
  return rec.relations
    .filter((r) => !relation || r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target}`)
    .filter((x, i, xs) => xs.indexOf(x) === i)
    .sort();
}

/** A relation case: the expected "source relation target" (or "no …" for a look-alike that must not give it) and a sentence. */
export type Case = [expected: string, text: string];

/** One describe block per named list of cases; a name ending in "(ar)" is Arabic, else English. */
export function describeCases(cases: Record<string, Case[]>, date = '2024-02-01'): void {
  for (const [name, list] of Object.entries(cases)) {
    const lang: Lang = name.endsWith('(ar)') ? 'ar' : 'en';
    describe(name, () => {
      it.each(list)('%s: %s', (expected, text) => {
        const got = tripleSet(extract(text, lang, date));
        if (expected.startsWith('no ')) expect(got).not.toContain(expected.slice(3));
        else expect(got).toContain(expected);
      });
    });
  }
}

/** "source target date" of each relation `relation` of the record of a text. */
export function datedOf(text: string, lang: Lang, date: string, relation: string): string[] {
  return extract(text, lang, date)
    .relations.filter((r) => r.relation === relation)
    .map((r) => `${r.source} ${r.target} ${r.date}`);
}

/**
 * A paraphrase suite of dated relations, one cell per line: `LANG PUBDATE RELATION WANT | TEXT`, WANT being
 * `source_target_date` (underscores for spaces) or `!source_target_date` for a look-alike that must not give it;
 * " / " in TEXT separates sentences.
 */
export function datedSuite(title: string, lines: string): void {
  describe(title, () => {
    for (const line of lines.trim().split('\n')) {
      const [head, text] = line.split(' | ') as [string, string];
      const [lang, pub, relation, want] = head.trim().split(' ') as ['ar' | 'en', string, string, string];
      const no = want.startsWith('!');
      it(`${lang}: ${text.slice(0, 70)}`, () => {
        const got = datedOf(text.replaceAll(' / ', '\n'), lang, pub, relation);
        if (no) expect(got).not.toContain(want.slice(1).replaceAll('_', ' '));
        else expect(got).toContain(want.replaceAll('_', ' '));
      });
    }
  });
}
