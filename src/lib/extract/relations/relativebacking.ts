/**
 * A "with … backing/support" adjunct inside a relative clause backs the relative's antecedent (branch np56;
 * diagnosis-batch54 §6 np56 rank 2 #4; pool b32, b40, b50, b51, b52): "The YPG forms the backbone of the SDF, which
 * control much of northeastern Syria with the backing of the United States" (the SDF, not the YPG), "…, which captured
 * Baghouz … with US backing", "whose armed wing, the Syrian Democratic Forces, controls most of the northeast with the
 * backing of a US-led coalition" (the apposition after `whose N,`). English; frames.ts withSupport / withHelpOf.
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx } from './ctx.ts';

/** The actor mention ending at token k, or, at ")", the name before its parenthesised abbreviation ("the SDF (SDF)"). */
function endingAt(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (toks[k]?.text === ')') {
    let p = k;
    while (p > 0 && k - p <= 6 && toks[p]!.text !== '(') p--;
    if (toks[p]?.text !== '(') return undefined;
    return ms.find((m) => m.tok1 === p) ?? ms.find((m) => m.tok0 === p + 1 && m.tok1 === k) ?? ms.find((m) => (m.tok1 === k || m.tok1 === k + 1) && m.tok0 < p);
  }
  return ms.find((m) => m.tok1 === k + 1);
}

/**
 * The antecedent of the last relative clause (", which/who …", ", whose N, the X, …") opened after the clause subject
 * `subj` (or anywhere, with no subject) and before token k, when it names an actor that is no place; undefined when there is none.
 */
export function relativeHost(ctx: Ctx, k: number, subj: Mention | undefined): Mention | undefined {
  const toks = ctx.s.tokens;
  for (let j = k - 1; j > (subj?.tok1 ?? 0); j--) {
    const w = toks[j]!.norm;
    if (w !== 'which' && w !== 'who' && w !== 'whose') continue;
    if (toks[j - 1]?.text !== ',') continue;
    let m: Mention | undefined;
    if (w === 'whose') {
      // (`whose N, the X,`: the apposition after the possessed noun)
      let c = j + 1;
      while (c < k && c - j <= 4 && toks[c]!.text !== ',') c++;
      if (toks[c]?.text !== ',') return undefined;
      const a = c + 1 + (toks[c + 1]?.norm === 'the' ? 1 : 0);
      m = ctx.s.mentions.find((x) => x.tok0 === a || x.tok0 === c + 1);
      if (!m || toks[m.tok1]?.text !== ',') return undefined;
    } else m = endingAt(ctx, j - 2);
    const a = m ? actor(ctx.lex, m) : undefined;
    if (!m || !a || a.kind === 'place' || (subj && m.tok0 <= subj.tok0)) return undefined;
    return m;
  }
  return undefined;
}

/** The token where the backers start after "with the backing of": past "a"/"an"/"the" and a quantity ("about 900 US troops"). */
export function giversStart(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  let j = k;
  if (/^(a|an|the)$/.test(toks[j]?.norm ?? '')) j++;
  if (/^(about|some|around|nearly|roughly|approximately)$/.test(toks[j]?.norm ?? '') && /^\d[\d,]*$/.test(toks[j + 1]?.norm ?? '')) j += 2;
  return j;
}
