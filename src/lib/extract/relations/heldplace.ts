/**
 * "Held" is presence, not accused (branch slot46; diagnosis-batch44 §6 slot46 rank 1: #95, #97; pool b29
 * al-bab-activist-killing-protests). The bare "held" is a `requires: responsibility` accused trigger ("held X
 * responsible") and a meeting's light verb ("held talks"), so patterns.en.csv keeps only "holds", "still hold" as
 * presence: the perfect was lost. Two readings, each tied to the verb "held" and to a place in its slot:
 *  - active perfect: "X (and Y) have/has/had (long|since|still) held P" with P a place mention right after the verb
 *    (past "the"): each state or armed group of the verb's subject group is deployed in P ("Turkish troops and the SNA
 *    have held al-Bab since 2017"); "has held talks", "held Iran responsible" name no place there;
 *  - passive with a "since" phrase between the verb and its agent: "P has/have been held since DATE by X (and Y)" → each
 *    agent deployed in P (the adjacent "held by" is a passive pattern already).
 * Both are states at publication (a holding "since" a date is a present fact; the date is the start, not the act's).
 * English only: Arabic tells holding with `تسيطر على`, which the patterns read. Not negated, not hypothetical.
 */
import type { Mention, Trigger } from '../doc.ts';
import { verbArgs } from './args.ts';
import { actor, BOUNDARY, type Ctx, mentionAt, mentionIndexAt, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

/** Perfect auxiliaries (grammar words). */
const PERFECT = new Set(['have', 'has', 'had']);
/** Adverbs allowed between the auxiliary and "held" (grammar words). */
const ADVERB = new Set(['long', 'since', 'still', 'also', 'jointly', 'effectively', 'largely']);

function holder(ctx: Ctx, m: Mention): Mention | undefined {
  const a = m.kind === 'place' ? undefined : actor(ctx.lex, m);
  return a && (a.kind === 'armed_group' || a.kind === 'country') ? m : undefined;
}

/** Lower-case words of a coordinated holder's noun phrase between two names ("troops and allied", "and the"). */
function plainGap(ctx: Ctx, a: number, b: number): boolean {
  const toks = ctx.s.tokens;
  if (b - a > 4 || b <= a) return false;
  let and = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.norm === 'and') and = true;
    else if (t.text !== t.norm || BOUNDARY.has(t.text) || t.text === ',') return false;
  }
  return and;
}

/** The holders coordinated with group g: the holder before its first member and after its last one across "and" (past lower-case words). */
function coordinated(ctx: Ctx, g: Mention[]): Mention[] {
  const ms = ctx.s.mentions;
  const out = [...g];
  let i = ms.indexOf(g[0]!);
  while (i > 0 && holder(ctx, ms[i - 1]!) && plainGap(ctx, ms[i - 1]!.tok1, ms[i]!.tok0)) out.unshift(ms[--i]!);
  let j = ms.indexOf(g[g.length - 1]!);
  while (j >= 0 && j + 1 < ms.length && holder(ctx, ms[j + 1]!) && plainGap(ctx, ms[j]!.tok1, ms[j + 1]!.tok0)) out.push(ms[++j]!);
  return out.filter((m, k) => out.indexOf(m) === k);
}

function placeAt(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  if (toks[k]?.norm === 'the') k++;
  const m = mentionAt(ctx, k);
  return m && m.tok0 === k && m.kind === 'place' ? m : undefined;
}

function heldTrigger(ctx: Ctx, i: number): Trigger | undefined {
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return undefined;
  const t = ctx.s.tokens[i]!;
  return { tok0: i, tok1: i + 1, start: t.start, end: t.end, patterns: [p], clitics: '', suffix: false };
}

function emitHeld(ctx: Ctx, T: Trigger, who: Mention[], place: Mention): void {
  if (isNegated(ctx, T) || isHypothetical(ctx, T)) return;
  for (const w of who) {
    const a = actor(ctx.lex, w)!;
    if (a.entity === place.entity || toldHere(ctx, 'deployed_in', a.entity, place.entity)) continue;
    const n = ctx.out.length;
    if (emit(ctx, T, 'deployed_in', w, place, {}, true)) atPublication(ctx, n);
  }
}

/** "X have held P": the subject group's holders in P. */
function activeHeld(ctx: Ctx, i: number): void {
  const toks = ctx.s.tokens;
  let a = i - 1;
  while (a > 0 && ADVERB.has(toks[a]!.norm)) a--;
  if (!PERFECT.has(toks[a]?.norm ?? '')) return;
  const place = placeAt(ctx, i + 1);
  if (!place) return;
  const T = heldTrigger(ctx, i);
  if (!T) return;
  const subj = verbArgs(ctx, T, false).subj;
  if (!subj?.length) return;
  const who = coordinated(ctx, subj).filter((m) => m.tok1 <= a && holder(ctx, m));
  if (who.length) emitHeld(ctx, T, who, place);
}

/** "P has been held since DATE by X and Y": the agents in P. */
function passiveSinceHeld(ctx: Ctx, i: number): void {
  const toks = ctx.s.tokens;
  if (toks[i - 1]?.norm !== 'been' || !PERFECT.has(toks[i - 2]?.norm ?? '') || toks[i + 1]?.norm !== 'since') return;
  // (the place: the mention ending right before the auxiliary)
  const place = ctx.s.mentions.find((m) => m.tok1 === i - 2 && m.kind === 'place');
  if (!place) return;
  let by = i + 2;
  while (by < toks.length && by - i <= 8 && toks[by]!.norm !== 'by' && !BOUNDARY.has(toks[by]!.text) && !mentionAt(ctx, by)) by++;
  if (toks[by]?.norm !== 'by') return;
  let k = by + 1;
  while (k < toks.length && k - by <= 3 && !mentionAt(ctx, k) && /^[a-z-]+$/.test(toks[k]!.text) && toks[k]!.norm !== 'and') k++;
  const idx = mentionIndexAt(ctx, k);
  if (idx < 0) return;
  // (members joined by "and" with no comma: ", and Turkish troops … took" opens another clause)
  const who = coordinated(ctx, [ctx.s.mentions[idx]!]).filter((m) => holder(ctx, m));
  const T = heldTrigger(ctx, i);
  if (T && who.length) emitHeld(ctx, T, who, place);
}

export function heldPlace(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  for (let i = 1; i < toks.length - 1; i++) {
    if (toks[i]!.norm !== 'held') continue;
    activeHeld(ctx, i);
    passiveSinceHeld(ctx, i);
  }
}
