/**
 * "demanded their withdrawal" (branch slot51; diagnosis-batch48 §6 slot49 rank 1, #14; pool b14 us-raid-qamishli): an
 * urging verb whose object is a withdrawal owned by a pronoun ("their withdrawal", "its withdrawal", "their immediate withdrawal") urges the forces the
 * clause named before it ("has repeatedly denounced the presence of US troops in the country as an occupation and demanded
 * their withdrawal", "has long described Turkish forces in the north as occupiers and demanded their withdrawal"): the
 * last actor before the verb whose mention carries or is followed by a forces word (a `military` cue), no place; the
 * urging side is the verb's subject, the sentence's opening actor. Read only when the verb's frame gave no `urged`.
 */
import type { Trigger } from '../doc.ts';
import { actor, type Ctx, hasCue, leadingActor, prepOf, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

export function ownedWithdrawals(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en') return;
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers as Trigger[]) {
    const p = T.patterns[0]!;
    if (p.relation !== 'urged' || p.pos !== 'verb') continue;
    if (!/^(its|their)$/.test(toks[T.tok1]?.norm ?? '') || !s.triggers.some((x) => x.tok0 > T.tok1 && x.tok0 <= T.tok1 + 2 && x.patterns[0]!.relation === 'withdrew_from')) continue;
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    const at = toks[T.tok0]!.start - s.start;
    if (ctx.out.slice(before).some((r) => r.relation === 'urged' && r.evidence.sourceSpan[0] < at && r.evidence.targetSpan[0] > at)) continue;
    // the owner: the last actor before the verb named with its forces ("US troops", "Turkish forces")
    let owner;
    for (let i = s.mentions.length - 1; i >= 0; i--) {
      const m = s.mentions[i]!;
      if (m.tok1 > T.tok0) continue;
      const a = actor(ctx.lex, m);
      // (a place, or a name behind a locative preposition: "US troops in the country")
      const pr = prepOf(ctx, m);
      if (!a || a.kind === 'place' || m.kind === 'place' || (pr && pr !== 'of')) continue;
      let forces = false;
      for (let k = m.tok0; k <= m.tok1 && k < T.tok0; k++) if (hasCue(ctx, k, 'military')) forces = true;
      if (forces) owner = m;
      break;
    }
    const speaker = owner && leadingActor(ctx, owner.tok0, true);
    const sa = speaker && actor(ctx.lex, speaker);
    const oa = owner && actor(ctx.lex, owner);
    if (!owner || !speaker || !sa || !oa || sa.entity === oa.entity) continue;
    const up = verbPattern(ctx, 'urged') ?? p;
    emit(ctx, { ...T, patterns: [up] } as Trigger, 'urged', speaker, owner, {}, false);
  }
}
