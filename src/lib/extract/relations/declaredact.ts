/**
 * np40 (diagnosis-batch35 #134, #135; §6 np39 rank 3): an Arabic act noun announced by a verb of announcing whose subject
 * stands before it (SVO) or is a pronoun — `لكن وزارة الدفاع التركية أعلنت اليوم الثلاثاء «تحييد» ستة من عناصر X`,
 * `لكنها أعلنت في اليوم نفسه «تحييد» خمسة من عناصر X`, `إلا أنها تعلن بشكل دوري «تحييد» عناصر من X` — has that subject
 * as its doer. nounArgs reads the VSO order (`وأعلنت الوزارة تحييد`) only: a verb between the noun and a name before it
 * stops it. The verb (cues.csv `declare`) stands within six words before the noun with only a date, time words
 * (`time_filler`), the adverbial words of `declare_gap` or a quote between (no name, other noun, comma or complementiser); its subject is the verb's own (verbArgs: a name
 * before it, a pronoun resolved by the anaphors). Undefined otherwise.
 */
import { type Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { verbArgs } from './args.ts';
import { actor, BOUNDARY, type Ctx, type Group, prepOf, tokenMarks, TOK_TRIGGER } from './ctx.ts';

export function declaredDoer(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar' || T.clitics) return undefined;
  const toks = ctx.s.tokens;
  // (the last declare cue ending at most six tokens before the noun)
  const D = ctx.byKind.get('declare') ?? [];
  let i = D.length - 1;
  while (i >= 0 && !(D[i]!.tok1 <= T.tok0 && T.tok0 - D[i]!.tok1 <= 6)) i--;
  const V = D[i];
  if (!V) return undefined;
  // (between: a date, time words, a quote, or the adverbial words of cues.csv `declare_gap`, `في اليوم نفسه`, `بشكل دوري`)
  const time = cueWords(ctx.lex, 'time_filler');
  const gap = cueWords(ctx.lex, 'declare_gap');
  for (let k = V.tok1; k < T.tok0; k++) {
    const t = toks[k]!;
    if (ctx.inMention[k] || BOUNDARY.has(t.text) || (tokenMarks(ctx, k) & TOK_TRIGGER) !== 0) return undefined;
    const dated = ctx.s.dates.some((d) => d.start <= t.start && t.start < d.end);
    if (!(dated || /^[«»"]$/.test(t.text) || time.has(t.norm) || gap.has(t.norm))) return undefined;
  }
  // (the subject told before the verb or as its pronoun: a VSO subject right after it is nounArgs' reading already)
  const subj = verbArgs(ctx, V, true).subj?.map((m) => actor(ctx.lex, m) ?? m).filter((m) => m.tok1 <= V.tok0 && m.kind !== 'place' && !!actor(ctx.lex, m));
  if (subj?.length) return subj;
  // (`إلا أنها تعلن`, `لكنها أعلنت` with no mention on the pronoun: the clause before's subject, the sentence's first actor
  // behind no preposition)
  if (!/^(لكنها|لكنه|انها|انه|فانها|وانها|ولكنها)$/.test(toks[V.tok0 - 1]?.norm ?? '')) return undefined;
  const m = ctx.s.mentions.find((x) => x.tok1 < V.tok0 && !prepOf(ctx, x) && !!actor(ctx.lex, x) && actor(ctx.lex, x)!.kind !== 'place');
  return m ? [actor(ctx.lex, m)!] : undefined;
}
