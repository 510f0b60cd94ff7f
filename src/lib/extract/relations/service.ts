/**
 * Putting a place out of service (branch pred33, diagnosis-batch28 §6 fix 3, #61, 62): the `requires: out_of_service`
 * rows ("put", "knocked", `أخرج`) read by args.ts with the cue after the object; in a relative on an attack noun
 * ("Israeli air strikes that have repeatedly put the airports of Damascus and Aleppo out of service",
 * `الغارات الإسرائيلية التي أخرجت مطار حلب عن الخدمة`) the doer is the attack noun's demonym, the places those named
 * between the verb and the cue; a noun with no demonym takes the doer of the attack the sentence told before it
 * (`ومنها الغارة التي أخرجت مطار دمشق الدولي من الخدمة`).
 */
import type { Mention, Trigger } from '../doc.ts';
import type { Pattern } from '../lexicon.ts';
import { actor, type Ctx, groupFrom, hasBoundary, firstMentionAfter } from './ctx.ts';
import { emitAll } from './emit.ts';

const RELATIVE = /^(that|which|التي|الذي|اللتين|اللذين)$/;

export function outOfServiceRelative(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  // the relative pronoun, past "have repeatedly" and the like (English) or right before the verb (Arabic)
  let r = T.tok0 - 1;
  while (r > 0 && T.tok0 - r <= 3 && !RELATIVE.test(toks[r]!.norm)) r--;
  if (r <= 0 || !RELATIVE.test(toks[r]!.norm)) return undefined;
  const noun = ctx.s.triggers.find((x) => x.tok1 <= r && r - x.tok1 <= 2 && x.patterns[0]!.relation === 'attacked' && x.patterns[0]!.pos === 'noun');
  if (!noun) return undefined;
  // the noun's demonym: before it (English "Israeli air strikes"), after it (Arabic `الغارات الإسرائيلية`)
  let doer = ms.find((m) => m.via === 'demonym' && actor(ctx.lex, m)?.kind === 'country' && ((m.tok1 === noun.tok0) || (m.tok0 >= noun.tok1 && m.tok1 <= r)));
  // (else the doer of the attacks the sentence told before the noun: `دان الغارات الإسرائيلية …، ومنها الغارة التي أخرجت …`)
  if (!doer) {
    const told = [...ctx.out].reverse().find((x) => x.evidence.start === ctx.s.start && x.relation === 'attacked' && x.evidence.sourceSpan[1] + ctx.s.start <= toks[noun.tok0]!.start);
    const m = told ? ms.find((x) => x.start - ctx.s.start === told.evidence.sourceSpan[0]) : undefined;
    doer = m && actor(ctx.lex, m)?.entity === told!.source ? m : undefined;
  }
  if (!doer) return undefined;
  const cue = ctx.byKind.get('out_of_service')?.find((c) => c.tok0 > T.tok1 && c.tok0 - T.tok1 <= 12);
  if (!cue || hasBoundary(toks, T.tok1, cue.tok0)) return undefined;
  const i = firstMentionAfter(ms, T.tok1);
  if (i < 0 || ms[i]!.tok1 > cue.tok0) return undefined;
  const places: Mention[] = groupFrom(ms, i).filter((m) => m.tok1 <= cue.tok0 && m.kind === 'place');
  if (!places.length) return undefined;
  return emitAll(ctx, T, p, [actor(ctx.lex, doer)!], places, attrs);
}
