/**
 * English object relatives on a place (branch ref38, diagnosis-batch33 #66; pool b30 kobani): "al-Hol, which the SDF has
 * run since 2019", "Kobani, which the SDF now controls", "the town, which Kurdish fighters recaptured … and which the SDF
 * now controls": a place relation's verb that takes its place as a direct object (a `deployed_in` pattern with the empty
 * preposition), whose subject is an actor named right after "which"/"that" (at most two auxiliaries or adverbs between
 * the name and the verb) and whose clause follows ", which" on a place, has that place as its object: the subject holds
 * it. A second "and which" shares the first's antecedent. Nothing when the verb has an object of its own right after it.
 */
import type { Mention, Trigger } from '../doc.ts';
import { actor, type Ctx, freeWords, hasCue } from './ctx.ts';
import { emitAll } from './emit.ts';

const REL = /^(which|that)$/;

/** The place antecedent of the relative pronoun at token r: ", which" right after a place, or "and which" after one. */
function antecedent(ctx: Ctx, r: number, depth = 0): Mention | undefined {
  const toks = ctx.s.tokens;
  const prev = toks[r - 1];
  if (prev?.text === ',') {
    const m = ctx.s.mentions.find((x) => x.tok1 === r - 1);
    return m && m.kind === 'place' ? m : undefined;
  }
  // ("… which Kurdish fighters recaptured …, and which the SDF now controls")
  if (prev?.norm === 'and' && depth === 0) {
    for (let j = r - 2; j > 0 && r - j <= 25; j--) {
      if (toks[j]!.text === '.' || toks[j]!.text === ';') return undefined;
      if (REL.test(toks[j]!.norm)) return antecedent(ctx, j, 1);
    }
  }
  return undefined;
}

export function objectRelativesEn(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  for (const T of ctx.s.triggers as Trigger[]) {
    const p = T.patterns.find((q) => q.relation === 'deployed_in' && q.pos === 'verb' && q.voice === 'active' && q.preps.includes(''));
    if (!p) continue;
    // (no object of its own: "controls the crossing", "keeps troops" (a `military` cue) is not the antecedent's)
    const next = toks[T.tok1];
    if (next && (ms.some((m) => m.tok0 === T.tok1) || /^(the|a|an|its|their)$/.test(next.norm) || hasCue(ctx, T.tok1, 'military'))) continue;
    // the subject: the last actor ending before the verb, at most two free words between
    let s: Mention | undefined;
    for (const m of ms) if (m.tok1 <= T.tok0) s = m;
    if (!s || s.kind === 'place' || !actor(ctx.lex, s) || freeWords(ctx, s.tok1, T.tok0) > 2) continue;
    const r = REL.test(toks[s.tok0 - 1]?.norm ?? '') ? s.tok0 - 1 : -1;
    if (r < 1) continue;
    const place = antecedent(ctx, r);
    if (!place) continue;
    emitAll(ctx, T, p, [s], [place], {});
  }
}
