/**
 * Sanctions named by their doers' demonyms (np35, diagnosis-batch30 §6 fix 1a, #22, 23): a sanction noun trigger with a
 * list of demonym doers (`لعقوبات أمريكية وأوروبية`, "US and European sanctions") and no target phrase of its own
 * (`على X`, "on X"): its target is what the clause says is under them, the subject of a `recipient` cue verb
 * (`يخضع قطاع النفط السوري لعقوبات …`, "Syria's oil sector is subject to US sanctions") or of a passive hit "by" them
 * ("Syria's economy has been hit by the war, US and European sanctions"): a name, a possessive, or (Arabic) a demonym
 * adjective in that subject phrase (`قطاع النفط السوري`).
 */
import type { Mention, Trigger } from '../doc.ts';
import { mention } from '../doc.ts';
import { actor, type Ctx, hasBoundary, hasCue, isPossessive, groupTo, hasWordCue, prepOf } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { cueWords } from '../lexicon.ts';
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

/**
 * Sanctions said to target someone (np36, diagnosis-batch31 #57, 58; batch 17): "Washington has said its sanctions target
 * the Assad government", "the United States and the European Union say their measures target the Syrian government"
 * (a measure noun, cues.csv `measure_noun`, only beside a sanction noun of the sentence), `تقول واشنطن إن عقوباتها
 * تستهدف الحكومة السورية`: a sanction noun owned by a pronoun ("its", "their", a clitic `ها`/`هما`/`هم`) or by demonyms
 * ("US sanctions target"), right before a verb of aiming (cues.csv `aim_verb`), has the actor right after that verb as
 * its target and, for a pronoun, the actors the sentence names first (no preposition, not possessive) as its owners.
 */
export function targetedSanctions(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'aim_verb')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const aim = cueWords(ctx.lex, 'aim_verb');
  const measures = cueWords(ctx.lex, 'measure_noun');
  const sanction = s.triggers.filter((T) => T.patterns.some((p) => p.relation === 'sanctioned' && p.pos === 'noun'));
  if (!sanction.length) return;
  const heads: { t0: number; t1: number; T: Trigger }[] = sanction.map((T) => ({ t0: T.tok0, t1: T.tok1, T }));
  if (ctx.lang === 'en') for (let k = 1; k < toks.length; k++) if (measures.has(toks[k]!.norm) && /^(its|their)$/.test(toks[k - 1]!.norm)) heads.push({ t0: k, t1: k + 1, T: sanction[0]! });
  for (const h of heads) {
    const ar = ctx.lang === 'ar';
    const pron = ar ? /(ها|هما|هم)$/.test(toks[h.t1 - 1]!.norm) : /^(its|their)$/.test(toks[h.t0 - 1]?.norm ?? '');
    const doers = pron ? [] : demonymDoers(ctx, h.t0, h.t1);
    if (!pron && !doers.length) continue;
    // the verb of aiming right after the noun (or its Arabic demonyms), past "are"/"were"
    let v = ar && doers.length ? doers[doers.length - 1]!.tok1 : h.t1;
    if (/^(are|were|is|was)$/.test(toks[v]?.norm ?? '')) v++;
    if (!aim.has(toks[v]?.norm ?? '')) continue;
    // ("aimed at", "aim at")
    const e = v + 1 + (toks[v + 1]?.norm === 'at' ? 1 : 0);
    const tm = s.mentions.find((m) => m.tok0 === e || (m.tok0 === e + 1 && toks[e]!.norm === 'the'));
    const t = tm ? actor(ctx.lex, tm) : undefined;
    if (!tm || !t || t.kind === 'place' || (prepOf(ctx, tm) && toks[e - 1]!.norm !== 'at')) continue;
    let owners = doers;
    if (pron) {
      // (the pronoun's owners: the last actors named before the noun, no preposition, not possessive: "while the United
      // States and the European Union say their measures")
      let i = -1;
      for (let x = 0; x < s.mentions.length && s.mentions[x]!.tok1 <= h.t0; x++) {
        const m = s.mentions[x]!;
        const a = actor(ctx.lex, m);
        if (a && a.kind !== 'place' && !prepOf(ctx, m) && !isPossessive(ctx, m)) i = x;
      }
      owners = i >= 0 ? groupTo(s.mentions, i) : [];
    }
    for (const d of owners) {
      const a = actor(ctx.lex, d);
      if (!a || a.entity === t.entity) continue;
      if (ctx.out.some((r) => r.relation === 'sanctioned' && r.source === a.entity && r.target === t.entity && r.evidence.start === s.start)) continue;
      emit(ctx, h.T, 'sanctioned', d, tm, {}, false);
    }
  }
}
