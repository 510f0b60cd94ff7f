/**
 * npm run perturb — a robustness probe (issue #3): does a triple the extractor finds survive when a
 * writer inserts meaning-preserving material into its sentence? For every gold triple of the sample
 * corpus and of the held-out batches 1–17 that the extractor finds today, the sentence of its
 * evidence gets one variant per insertion kind (scripts/lib/perturb.ts: time adverbial, "reportedly",
 * apposition after a person, hedge before a target noun, trailing clause, event-noun modifier; only
 * where the grammar surely allows it), the article is extracted again with that sentence replaced,
 * and the triple (source, relation, target) is looked for. Prints survival per kind and language;
 * with -v the lost cases; kinds added for the insertions batch 17 showed (counterpart, compound, hedged, date, saying, prompting, including), placelist (a list of places after a locative, docs/misses-by-construction.md), andclause (a trailing ", and" clause with its own subject and object, diagnosis of batch 20 fix 4), ownerlist (a second owner of the sites struck, docs/diagnosis-batch20.md) and midtime (a date inside the clause before the target, docs/diagnosis-batch26.md §5) (original and variant sentence); Arabic kinds of material between the parts (robust40a, docs/diagnosis-batch35.md §5): ar_pluperfect (`وكان X قد V` around a verb-first clause), ar_apposition (`، إلى جانب حلفائها،` after a country subject, `، حليفة واشنطن،` after a country object), ar_participle (`المدعومة من واشنطن` after a group), ar_adjunct (`في بيانات سابقة` between a statement verb with its subject and its object), ar_titlechain (`المبعوث الخاص للرئيس الروسي` before an untitled name) and ar_clitic (`مقاتليها` for `مقاتلي X` after a sentence that names X); English kinds of the same (robust40b): en_pastperfect "X had earlier V-ed", en_apposition ", a key player in the conflict," after a named country or group, en_participle ", backed by foreign powers," after a named armed group, en_adjunct "accused in a statement Y of" / "struck overnight Y", en_titlechain "the chief negotiator of the government, NAME,", en_pronoun "its positions" with the owner named in a sentence before, en_both "both X and Y". `--lang en|ar` reads one language. `--last-batch N` reads the held-out batches up to N (default 17; the round-40 pool is `--last-batch 35`); `-V` lists the surviving variants too. Deterministic.
 *
 *   tsx scripts/perturb.ts [-v|-V] [--kind KIND[,KIND…]] [--last-batch N] [--lang en|ar] [--articles data/articles] [--heldout data/heldout]
 *                          [--gold tests/gold] [--lexicon data/lexicon]
 */
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { extractArticle } from '../src/lib/extract/pipeline.ts';
import { tripleKey, type GoldFile } from '../src/lib/extract/score.ts';
import type { Article, ArticleRecord } from '../src/lib/types.ts';
import { readGold } from './lib/gold.ts';
import { readInputs, readLexiconFolder } from './lib/inputs.ts';
import { KINDS, variants, type Kind } from './lib/perturb.ts';
import { printTable } from './lib/table.ts';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}
const verbose = process.argv.includes('-v') || process.argv.includes('-V');
/** -V: list the variants that survive too (to pick test sentences). */
const listAll = process.argv.includes('-V');
/** `--kind K` or `--kind K1,K2`: only those kinds. */
const onlyKinds = new Set(arg('--kind', '').split(',').filter(Boolean));
const wanted = (k: string) => !onlyKinds.size || onlyKinds.has(k);
/** Held-out batches the probe may read: 1–17 by default; `--last-batch N` reads the pool up to batch N. */
const LAST_BATCH = Number(arg('--last-batch', '17'));
if (!Number.isInteger(LAST_BATCH) || LAST_BATCH < 0) throw new Error(`--last-batch: not a batch number: ${arg('--last-batch', '')}`);
/** `--lang en|ar`: only the articles of one language. */
const onlyLang = arg('--lang', '');

const lexicon = loadLexicon(readLexiconFolder(arg('--lexicon', 'data/lexicon')));
const inputs = readInputs([arg('--articles', 'data/articles'), arg('--heldout', 'data/heldout')]);
const articles = new Map<string, Article>(inputs.articles.map((a) => [a.id, a]));
const gold: GoldFile[] = readGold(arg('--gold', 'tests/gold')).filter((g) => !g.heldout || (g.batch !== undefined && g.batch <= LAST_BATCH));

const keysOf = (r: ArticleRecord) => new Set(r.relations.map((x) => tripleKey(x.source, x.relation, x.target)));

type Tally = { found: number; variants: number; kept: number };
const tally = new Map<string, Tally>();
const cell = (kind: string, lang: string) => {
  const k = `${kind}\t${lang}`;
  let t = tally.get(k);
  if (!t) tally.set(k, (t = { found: 0, variants: 0, kept: 0 }));
  return t;
};
const lost: string[] = [];

for (const g of gold) {
  const a = articles.get(g.article);
  if (!a) continue;
  const lang = a.lang === 'ar' ? 'ar' : 'en';
  if (onlyLang && lang !== onlyLang) continue;
  const rec = extractArticle(a, lexicon);
  const goldKeys = new Set(g.triples.map((t) => tripleKey(t.source, t.relation, t.target)));
  // A mention is a person's name when it is a person and its last word is a word of the person's label
  // (not a pronoun, a demonym or "the two men" that the extractor resolved to the person).
  const persons = new Map(rec.entities.filter((e) => e.kind === 'person').map((e) => [e.id, (lang === 'ar' ? e.label_ar : e.label_en).split(/\s+/)]));
  const isName = (id: string, s: string, [a, b]: [number, number]) => {
    const words = persons.get(id);
    const last = s.slice(a, b).split(/\s+/).pop() ?? '';
    return !!words && words.includes(last);
  };
  const groups = new Set(rec.entities.filter((e) => e.kind === 'armed_group').map((e) => e.id));
  const countries = new Set(rec.entities.filter((e) => e.kind === 'country').map((e) => e.id));
  const isCountryName = (id: string, s: string, [a, b]: [number, number]) => {
    const e = rec.entities.find((x) => x.id === id);
    return countries.has(id) && !!e && s.slice(a, b).replace(/^[وفبل]/, '') === (lang === 'ar' ? e.label_ar : e.label_en).replace(/^[وفبل]/, '');
  };
  /** Where a person's own name begins in a mention that opens with a title ("President |Ebrahim Raisi"). */
  const nameAt = (id: string, s: string, [a, b]: [number, number]) => {
    const words = persons.get(id);
    if (!words || !isName(id, s, [a, b])) return undefined;
    const re = /\S+/g;
    for (let m = re.exec(s.slice(a, b)); m; m = re.exec(s.slice(a, b))) if (words.includes(m[0])) return a + m.index;
    return undefined;
  };
  /** The masculine singular demonym of a person's country (`Iranian`, `إيراني`). */
  const demonymOf = (id: string) => {
    const c = lexicon.entities.get(id)?.country ?? rec.entities.find((x) => x.id === id)?.country;
    const ce = c ? lexicon.entities.get(c) : undefined;
    if (!ce) return undefined;
    return lang === 'en' ? ce.demonyms_en[0] : ce.demonyms_ar.find((d) => /ي$/.test(d) && !/^ال/.test(d));
  };
  const cache = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const r of rec.relations) {
    const key = tripleKey(r.source, r.relation, r.target);
    if (!goldKeys.has(key) || seen.has(key)) continue; // a found gold triple, probed once (its first evidence)
    seen.add(key);
    const ev = r.evidence;
    if (a.text.slice(ev.start, ev.end) !== ev.sentence) continue;
    for (const kind of KINDS) if (wanted(kind)) cell(kind, lang).found++;
    const vs = variants({
      sentence: ev.sentence,
      lang,
      source: ev.sourceSpan,
      target: ev.targetSpan,
      sourcePerson: isName(r.source, ev.sentence, ev.sourceSpan),
      targetPerson: isName(r.target, ev.sentence, ev.targetSpan),
      sourceCountry: isCountryName(r.source, ev.sentence, ev.sourceSpan),
      targetCountry: isCountryName(r.target, ev.sentence, ev.targetSpan),
      targetDemonym: demonymOf(r.target),
      targetNameAt: nameAt(r.target, ev.sentence, ev.targetSpan),
      sourceDemonym: demonymOf(r.source),
      sourceNameAt: nameAt(r.source, ev.sentence, ev.sourceSpan),
      sourceGroup: groups.has(r.source),
      targetGroup: groups.has(r.target),
      sourceId: r.source,
      targetId: r.target,
    });
    for (const v of vs) {
      if (!wanted(v.kind)) continue;
      const text = a.text.slice(0, ev.start) + v.text + a.text.slice(ev.end);
      let keys = cache.get(text);
      if (!keys) cache.set(text, (keys = keysOf(extractArticle({ ...a, text }, lexicon))));
      const t = cell(v.kind, lang);
      t.variants++;
      if (keys.has(key)) {
        t.kept++;
        if (listAll) lost.push(`kept ${v.kind} ${lang} ${g.article}\n  ${key}\n  - ${ev.sentence}\n  + ${v.text}`);
      } else lost.push(`${v.kind} ${lang} ${g.article}\n  ${key}\n  - ${ev.sentence}\n  + ${v.text}`);
    }
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const rows: Record<string, string | number>[] = [];
const total = { en: { found: 0, variants: 0, kept: 0 }, ar: { found: 0, variants: 0, kept: 0 } } as Record<string, Tally>;
for (const kind of KINDS) {
  if (!wanted(kind)) continue;
  for (const lang of ['en', 'ar']) {
    const t = cell(kind as Kind, lang);
    total[lang]!.found = t.found;
    total[lang]!.variants += t.variants;
    total[lang]!.kept += t.kept;
    rows.push({ kind, lang, 'found triples': t.found, variants: t.variants, survive: t.kept, lost: t.variants - t.kept, 'survive %': pct(t.kept, t.variants) });
  }
}
for (const lang of ['en', 'ar']) {
  const t = total[lang]!;
  rows.push({ kind: 'all kinds', lang, 'found triples': t.found, variants: t.variants, survive: t.kept, lost: t.variants - t.kept, 'survive %': pct(t.kept, t.variants) });
}
if (verbose) for (const l of lost) console.log(l + '\n');
console.log(`perturbation probe: sample corpus + held-out batches 1–${LAST_BATCH}; a variant survives when its triple is still found\n`);
printTable(rows);
