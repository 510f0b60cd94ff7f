/**
 * English object relatives of blame (branch slot46; pool b42 hasakah-wfp-bakeries, b24 al-omar-field-drone-attack):
 * "the Kurdistan Workers' Party (PKK), which it blames for attacks inside Turkey", "al-Jawari, a leader of Harakat
 * al-Nujaba whom Washington blamed for attacks on American personnel": the relative's subject accused the antecedent.
 * An `accused` verb trigger with a subject right after "which"/"whom" (a name, or "it"/"they" = the sentence's subject
 * before the relative, ctx.ts subjectActor), at most "has"/"have"/"had"/"long" between, and "for"/"of" right after the
 * verb (no object of its own: "which it blamed on the PKK" names the accused after "on"). The antecedent: for "which"
 * the actor ending right before ", which"; for "whom" the nearest person named before it in its phrase (an apposition
 * "X, a leader of Y whom" is X's). Not negated.
 */
import type { Mention, Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, subjectActor } from './ctx.ts';
import { emit } from './emit.ts';
import { isNegated } from './guards.ts';

const AUX = new Set(['has', 'have', 'had', 'long', 'also', 'repeatedly']);

function antecedent(ctx: Ctx, r: number): Mention | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (toks[r]!.norm === 'which') {
    if (toks[r - 1]?.text !== ',') return undefined;
    // (past a parenthesised short form: "the Kurdistan Workers' Party (PKK), which")
    // (or a unit noun after the name, "IS cells, which they blame": cues.csv `its_unit_en`; slot47)
    const m = ms.find((x) => x.tok1 === r - 1) ?? ms.find((x) => x.tok1 === r - 2 && (toks[r - 2]?.text === ')' || cueWords(ctx.lex, 'its_unit_en').has(toks[r - 2]!.norm)));
    const a = m && m.kind !== 'place' ? actor(ctx.lex, m) : undefined;
    return a && a.kind !== 'place' && a.kind !== 'person' ? m : undefined;
  }
  // "whom": the person of the phrase before it, within twelve words, no full stop
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.tok1 > r) continue;
    if (r - m.tok1 > 12) return undefined;
    if (m.kind === 'person') return m;
  }
  return undefined;
}

export function blameObjectRelatives(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  for (const T of ctx.s.triggers as Trigger[]) {
    if (!T.patterns.some((q) => q.relation === 'accused' && q.pos === 'verb' && q.voice === 'active')) continue;
    if (!/^(for|of)$/.test(toks[T.tok1]?.norm ?? '')) continue;
    let k = T.tok0 - 1;
    while (k > 0 && AUX.has(toks[k]!.norm)) k--;
    // the relative's subject: a name ending at k, or a pronoun
    let subj: Mention | undefined;
    let r: number;
    if (/^(it|they)$/.test(toks[k]?.norm ?? '')) {
      r = k - 1;
      if (!/^(which|whom)$/.test(toks[r]?.norm ?? '')) continue;
      subj = subjectActor(ctx, r);
    } else {
      const m = ctx.s.mentions.find((x) => x.tok1 === k + 1);
      if (!m) continue;
      r = m.tok0 - 1;
      if (!/^(which|whom)$/.test(toks[r]?.norm ?? '')) continue;
      subj = m;
    }
    if (!subj || !actor(ctx.lex, subj) || r < 1) continue;
    const ante = antecedent(ctx, r);
    if (!ante || ante === subj || isNegated(ctx, T)) continue;
    emit(ctx, T, 'accused', subj, ante, {}, false);
  }
}
