/**
 * Sanctions named by their doers' demonyms (np35, diagnosis-batch30 §6 fix 1a, #22, 23): a sanction noun trigger with a
 * list of demonym doers (`لعقوبات أمريكية وأوروبية`, "US and European sanctions") and no target phrase of its own
 * (`على X`, "on X"): its target is what the clause says is under them, the subject of a `recipient` cue verb
 * (`يخضع قطاع النفط السوري لعقوبات …`, "Syria's oil sector is subject to US sanctions") or of a passive hit "by" them
 * ("Syria's economy has been hit by the war, US and European sanctions"): a name, a possessive, or (Arabic) a demonym
 * adjective in that subject phrase (`قطاع النفط السوري`).
 */
import type { Mention } from '../doc.ts';
import { mention } from '../doc.ts';
import { actor, type Ctx, hasBoundary, hasCue, isPossessive } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { arabicDemonyms } from './nominal.ts';

/** The demonym doers right after (Arabic) or before (English) the noun at [t0, t1): a list joined by و/"and"/",". */
function demonymDoers(ctx: Ctx, t0: number, t1: number): Mention[] {
  const ms = ctx.s.mentions;
  const out: Mention[] = [];
  if (ctx.lang === 'ar') {
    let i = ms.findIndex((m) => m.tok0 === t1);
    while (i >= 0 && ms[i]!.via === 'demonym' && (out.length === 0 || ms[i]!.conj)) {
      out.push(ms[i]!);
      i = i + 1 < ms.length && ms[i + 1]!.tok0 <= ms[i]!.tok1 + 1 ? i + 1 : -1;
    }
    return out;
  }
  let i = ms.findIndex((m) => m.tok1 === t0);
  while (i >= 0) {
    const m = ms[i]!;
    // ("US and European sanctions": a demonym or a bare country name as a modifier)
    if (!(m.via === 'demonym' || (actor(ctx.lex, m)?.kind === 'country' && !isPossessive(ctx, m)))) break;
    out.unshift(m);
    const gap = ctx.s.tokens[m.tok0 - 1]?.norm;
    if (!gap || !/^(and|,)$/.test(gap)) break;
    i = ms.findIndex((x) => x.tok1 === m.tok0 - 1);
  }
  return out;
}

/** The one under the sanctions: the subject of the recipient verb or of the passive "hit by" before the noun. */
function underThem(ctx: Ctx, t0: number): Mention | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  if (ctx.lang === 'ar') {
    // `يخضع قطاع النفط السوري لعقوبات`: the recipient verb, a subject phrase of at most five words, the noun
    for (let v = Math.max(0, t0 - 6); v < t0; v++) {
      if (!hasCue(ctx, v, 'recipient') || hasBoundary(toks, v, t0)) continue;
      for (let k = v + 1; k < t0; k++) {
        const m = s.mentions.find((x) => x.tok0 === k);
        if (m) return actor(ctx.lex, m) ? m : undefined;
        const id = arabicDemonyms(ctx).get(toks[k]!.norm.replace(/^ال/, ''));
        const e = id ? ctx.lex.entities.get(id) : undefined;
        if (e) return mention(k, k + 1, toks[k]!.start, toks[k]!.end, e.id, e.kind, 'demonym', false, '');
      }
      return undefined;
    }
    return undefined;
  }
  // "Syria's economy has been hit by …", "Syria's oil sector is subject to …": the possessive opening the sentence
  const first = s.mentions[0];
  if (!first || first.tok0 > 1 || !isPossessive(ctx, first) || hasBoundary(toks, first.tok1, Math.min(first.tok1 + 2, t0))) return undefined;
  for (let k = first.tok1; k < t0; k++) if (toks[k]!.norm === 'by' || hasCue(ctx, k, 'recipient')) return first;
  return undefined;
}

export function demonymSanctions(ctx: Ctx): void {
  for (const T of ctx.s.triggers) {
    const p = T.patterns[0]!;
    if (p.relation !== 'sanctioned') continue;
    const doers = demonymDoers(ctx, T.tok0, T.tok1);
    if (!doers.length) continue;
    // (a target phrase of its own: "US sanctions on Iran", `عقوبات أمريكية على إيران`)
    const after = ctx.lang === 'ar' ? doers[doers.length - 1]!.tok1 : T.tok1;
    if (/^(on|against|upon|علي|ضد)$/.test(ctx.s.tokens[after]?.norm ?? '')) continue;
    const tgt = underThem(ctx, T.tok0);
    const t = tgt ? actor(ctx.lex, tgt) : undefined;
    if (!tgt || !t || t.kind === 'place') continue;
    for (const d of doers) {
      const a = actor(ctx.lex, d);
      if (!a || a.entity === t.entity) continue;
      if (toldHere(ctx, 'sanctioned', a.entity, t.entity)) continue;
      emit(ctx, T, 'sanctioned', d, tgt, {}, false);
    }
  }
}
