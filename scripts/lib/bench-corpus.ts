/**
 * The benchmark corpus: N articles made by recombining the sentences of a folder of articles
 * (the sample corpus by default), seeded so that every run and every benchmark reads the same text.
 * Articles alternate Arabic and English and have 6 to 15 sentences each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../src/lib/extract/articles.ts';
import { splitSentences } from '../../src/lib/extract/sentences.ts';
import type { Article, Lang } from '../../src/lib/types.ts';

export function benchArticles(n: number, dir = 'data/articles'): Article[] {
  const pool: Record<Lang, string[]> = { ar: [], en: [] };
  const dates: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(md|txt)$/.test(f) || /^[A-Z0-9_-]+\.md$/.test(f)) continue;
    const a = parseArticleFile(f, readFileSync(join(dir, f), 'utf8'));
    dates.push(a.date);
    for (const s of splitSentences(a.text)) pool[a.lang].push(a.text.slice(s.start, s.end));
  }
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const lang: Lang = i % 2 ? 'en' : 'ar';
    const k = 6 + Math.floor(rnd() * 10);
    const text = Array.from({ length: k }, () => pick(pool[lang])).join(lang === 'ar' ? '\n' : '\n\n');
    articles.push({ id: `bench-${i}`, title: '', date: pick(dates), source: 'bench', lang, text });
  }
  return articles;
}
