/**
 * Rule 19f's expulsion told without its doer in the verb (branch slot55; suite tests/unit/extract/slot55-expel-agent.test.ts;
 * diagnosis-batch52/53 §6 slot54 "rule 19f's captor in every clause"; pool b47 2022-09-22 raqqa, b51 2024-11-19 manbij):
 *   - passiveExpelled: the English passive, "Islamic State fighters were driven out of it in 2016", "IS was expelled from
 *     Raqqa by the SDF in 2017": the one expelled is the side named right before the auxiliary (one word between at most:
 *     "fighters"), not behind a preposition or a possessive;
 *   - expulsionAgent: the doer named after the place and its date, `على يد «قسد»`/`على أيدي X` (Arabic), "at the hands
 *     of X", and for the English passive "by X": a state or armed group, within twelve tokens, no boundary but a comma.
 * presence.ts expulsionPlaces reads the place and the date as for any expulsion; the agent is the captor (its presence in
 * each place and its attack on the expelled, dated as the expulsion).
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, freeWords, hasBreak, isPossessive, prepOf } from './ctx.ts';

/** A stop that ends the expulsion's clause (a comma does not). */
const STOP = /^[.;:؛]$/;

const sideKind = (ctx: Ctx, m: Mention | undefined): boolean => !!m && m.kind !== 'place' && /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? '');

/** English: the one expelled by the passive participle at k ("X (fighters) were driven out of …"), with e the token after it. */
export function passiveExpelled(ctx: Ctx, k: number): { om: Mention; who: NonNullable<ReturnType<typeof actor>>; e: number } | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  const aux = k - 1;
  if (!/^(was|were|been|being)$/.test(toks[aux]?.norm ?? '')) return undefined;
  const ms = ctx.s.mentions;
  let om: Mention | undefined;
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.tok1 <= aux) { om = ms[i]; break; }
  if (!om || !sideKind(ctx, om) || !/^(since|after|when|until|before|undefined)$/.test(String(prepOf(ctx, om))) || isPossessive(ctx, om) || hasBreak(toks, om.tok1, aux) || freeWords(ctx, om.tok1, aux) > 1) return undefined;
  // (not a compound's first part: "IS-held", "Turkish-backed")
  if (toks[om.tok1]?.text === '-') return undefined;
  return { om, who: actor(ctx.lex, om)!, e: k + 1 };
}

/** The doer named after token `from` (`على يد X`, "at the hands of X"; "by X" after an English passive), else undefined. */
export function expulsionAgent(ctx: Ctx, from: number, passive: boolean): Mention | undefined {
  const toks = ctx.s.tokens;
  for (let k = from; k + 1 < toks.length && k - from <= 12; k++) {
    if (STOP.test(toks[k]!.text)) return undefined;
    let at = -1;
    if (ctx.lang === 'ar' && toks[k]!.norm === 'علي' && /^(يد|ايدي)$/.test(toks[k + 1]!.norm)) at = k + 2;
    else if (ctx.lang === 'en' && toks[k]!.norm === 'at' && toks[k + 1]!.norm === 'the' && toks[k + 2]?.norm === 'hands' && toks[k + 3]?.norm === 'of') at = k + 4;
    else if (ctx.lang === 'en' && passive && toks[k]!.norm === 'by') at = k + 1;
    if (at < 0) continue;
    const m = ctx.s.mentions.find((x) => x.tok0 >= at && x.tok0 <= at + (toks[at]?.norm === 'the' ? 2 : 1));
    return sideKind(ctx, m) ? m : undefined;
  }
  return undefined;
}
