/**
 * A coordinated verb after a complement clause (branch bugs43): "Iran's foreign ministry spokesman Nasser Kanaani denied
 * on Wednesday that Tehran had any link to the groups targeted, and condemned the strikes", "Mekdad said Turkey occupies
 * Syrian land, and criticised US support for the SDF": a verb phrase after ", and" with no subject of its own belongs to
 * the main clause, whose subject is named before the verb that opens the complement ("that", or a speech verb with the
 * clause right after it), not to a name inside the complement. Arabic has its own reader (args.ts reportSpeaker:
 * `وقال X إن Y …، وأدان …`).
 */
import type { Trigger } from '../doc.ts';
import { actor, BOUNDARY, type Ctx, type Group, groupFrom, hasCue, isPossessive, prepOf } from './ctx.ts';

/** Adverbs and auxiliaries between "and" and its verb ("and also condemned", "and has repeatedly accused"). */
const AUX_ADVERB = /^(has|have|had|also|later|then|repeatedly|strongly|sharply|again|further)$/;
/** Date words between the main verb and its complement ("denied on Wednesday that"). */
const ADJUNCT = /^(on|late|early|last|this|in|earlier|later|again|also|flatly|repeatedly|strongly|publicly|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The main clause's subject for a verb T after ", and" that follows a complement clause; undefined when none is read. */
export function complementMainSubject(ctx: Ctx, T: { tok0: number; tok1: number }): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let j = T.tok0 - 1;
  while (j > 0 && AUX_ADVERB.test(toks[j]!.norm)) j--;
  if (toks[j]?.norm !== 'and' || toks[j - 1]?.text !== ',') return undefined;
  if (ms.some((m) => m.tok0 > j && m.tok1 <= T.tok0)) return undefined;
  // the main subject: the sentence's first mention (with its coordinated members), no relation trigger before it
  if (!ms.length || ms[0]!.tok0 >= j) return undefined;
  const g = groupFrom(ms, 0);
  const last = g[g.length - 1]!;
  if (ctx.s.triggers.some((x) => x.tok0 < g[0]!.tok0)) return undefined;
  if (g.some((m) => isPossessive(ctx, m) || prepOf(ctx, m) || !actor(ctx.lex, m))) return undefined;
  for (let k = 0; k < g[0]!.tok0; k++) if (BOUNDARY.has(toks[k]!.text)) return undefined;
  // its verb right after it (a few date or manner words), then the complement: "that", or the clause after a speech verb
  let k = last.tok1;
  if (ctx.inMention[k] || toks[k]?.text === ',') return undefined;
  const verb = k;
  if (!toks[verb]?.word || ctx.s.triggers.some((x) => x.tok0 <= verb && x.tok1 > verb)) return undefined;
  k++;
  while (k < j && k - verb <= 4 && ADJUNCT.test(toks[k]!.norm)) k++;
  let open: number;
  if (toks[k]?.norm === 'that') open = k + 1;
  else if (hasCue(ctx, verb, 'speech') && k === verb + 1) open = k;
  else return undefined;
  // the complement has a clause of its own (a name or a verb in it) and runs to the comma before "and", no boundary
  if (open >= j - 1) return undefined;
  for (let x = open; x < j; x++) if (BOUNDARY.has(toks[x]!.text)) return undefined;
  if (!ms.some((m) => m.tok0 >= open && m.tok1 <= j)) return undefined;
  return g.map((m) => actor(ctx.lex, m)!);
}

/** The relations whose verb after ", and" is read by complementMainSubject (acts of the speaker, not the reported clause's). */
export function speakerAct(T: Trigger): boolean {
  return T.patterns.some((p) => p.relation === 'criticized' || p.relation === 'accused' || p.relation === 'urged' || p.relation === 'threatened' || p.relation === 'supported');
}
