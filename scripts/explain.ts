/**
 * Show what extraction sees in an article or a sentence: mentions, triggers, cues, dates and
 * the relations found, sentence by sentence (a tool for tuning the lexicon and patterns).
 *   tsx scripts/explain.ts data/articles/x.md
 *   tsx scripts/explain.ts --text "التقى الأسد لافرنتييف يوم الخميس" [--lang ar] [--date 2023-01-13]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLang, parseArticleFile } from '../src/lib/extract/articles.ts';
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { analyse, extractArticle } from '../src/lib/extract/pipeline.ts';
import type { Article } from '../src/lib/types.ts';

const argv = process.argv.slice(2);
const opt = (n: string) => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : undefined;
};
const dir = 'data/lexicon';
const files: Record<string, string> = {};
for (const f of readdirSync(dir)) if (f.endsWith('.csv')) files[f] = readFileSync(join(dir, f), 'utf8');
const lex = loadLexicon(files);

const text = opt('--text');
const a: Article = text
  ? { id: 'text', title: '', date: opt('--date') ?? '2023-01-13', source: '', lang: (opt('--lang') as 'ar' | 'en') ?? detectLang(text), text }
  : parseArticleFile(argv[0]!, readFileSync(argv[0]!, 'utf8'));
const doc = analyse(a, lex);
const sl = (s: number, e: number) => a.text.slice(s, e);
for (const s of doc.sentences) {
  console.log(`\n[${s.index}] ${sl(s.start, s.end)}`);
  console.log('  mentions:', s.mentions.map((m) => `${sl(m.start, m.end)}=${m.entity}${m.conj ? '+' : ''}${m.grouped ? 'g' : ''}`).join(' ; '));
  console.log('  triggers:', s.triggers.map((t) => `${sl(t.start, t.end)}:${t.patterns[0]!.relation}/${t.patterns[0]!.pos}`).join(' ; '));
  console.log('  cues:', s.cues.map((c) => `${sl(c.start, c.end)}:${c.cues.map((x) => x.kind).join('/')}`).join(' ; '));
  if (s.dates.length) console.log('  dates:', s.dates.map((d) => `${sl(d.start, d.end)}=${d.date}`).join(' ; '));
}
const rec = extractArticle(a, lex);
console.log('\nrelations:');
for (const r of rec.relations)
  console.log(`  ${r.source} ${r.relation} ${r.target} ${r.date} (${r.dateSource}) ${JSON.stringify(r.attrs ?? {})}  [${r.evidence.sentence.slice(...r.evidence.sourceSpan)} → ${r.evidence.sentence.slice(...r.evidence.targetSpan)}]`);
if (rec.missed?.length) console.log('missed:', rec.missed.map((m) => `${m.trigger}:${m.relation}`).join(', '));
console.log('discovered:', rec.entities.filter((e) => e.discovered).map((e) => `${e.id} (${e.label_en || e.label_ar})`).join(', '));
