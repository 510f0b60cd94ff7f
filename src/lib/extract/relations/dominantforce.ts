/**
 * "X, the dominant force in P" (branch np47; diagnosis-batch47 §6 np47 rank 1): an apposition right after a state or
 * armed group naming it the dominant force of a place (cues.csv `dominant_word` with its `dominant_head`: "the dominant
 * group in Idlib", "the most powerful faction in Idlib province", `، القوة المهيمنة في إدلب`, `، الفصيل الأقوى في محافظة
 * إدلب`) tells X's presence in P (and the places listed with it), at publication.
 */
import type { Mention } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { actor, type Ctx, cueTrigger, groupFrom, hasCue, hasWordCue, hasWordCueAt, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';

/** The token of `in`/`في` closing a dominance apposition that opens at token k (past its comma), else -1. */
function dominanceIn(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  let adj = false;
  let head = false;
  for (let j = k; j < toks.length && j - k <= 5; j++) {
    const t = toks[j]!;
    if (ctx.inMention[j] || !t.word) return -1;
    if (/^(in|across|في)$/.test(t.norm)) return adj && head ? j : -1;
    if (hasWordCueAt(ctx, j, 'dominant_word')) adj = true;
    else if (hasWordCueAt(ctx, j, 'dominant_head')) head = true;
    else if (!/^(the|most|main|single|militarily|العسكرية|العسكريه)$/.test(t.norm)) return -1;
  }
  return -1;
}

export function dominantForce(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'dominant_word')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (const m of s.mentions) {
    const who = actor(ctx.lex, m);
    if (!who || !/^(country|armed_group)$/.test(who.kind)) continue;
    let k = m.tok1;
    if (isQuote(toks[k])) k++;
    if (toks[k]?.text !== ',' && toks[k]?.text !== '،') continue;
    const at = dominanceIn(ctx, k + 1);
    if (at < 0) continue;
    let p = at + 1;
    if (toks[p]?.norm === 'the') p++;
    if (hasCue(ctx, p, 'place_head') && !ctx.inMention[p]) p++;
    const i = s.mentions.findIndex((x) => x.tok0 === p);
    if (i < 0 || s.mentions[i]!.kind !== 'place') continue;
    const places = groupFrom(s.mentions, i).filter((x: Mention) => x.kind === 'place');
    const T = cueTrigger({ tok0: k + 1, tok1: at + 1, start: toks[k + 1]!.start, end: toks[at]!.end }, pattern);
    for (const where of places) {
      if (toldHere(ctx, 'deployed_in', who.entity, where.entity)) continue;
      const n = ctx.out.length;
      emit(ctx, T, 'deployed_in', who, where, {}, true);
      atPublication(ctx, n);
    }
  }
}
