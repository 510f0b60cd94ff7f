/**
 * The named among those an attack killed (branch np44; diagnosis-batch40 §6 np44 rank 3 "an attack that killed a named
 * person", pool killed 108/23; b30 amuda, b13 hurras-al-din): "A Turkish drone strike on a car near the town of Amuda
 * killed three people on Thursday, including a local commander of the Syrian Democratic Forces", "US forces killed 37
 * militants, including senior members of the Islamic State and the al Qaeda-linked Hurras al-Din group". A `kill_verb`
 * attack trigger (active: no passive auxiliary before it) with "including"/"among them" within twelve tokens after it
 * (no boundary, no other verb trigger or "and" + a past verb but "wounded" between): the armed groups and persons named within eight words after that word
 * (past articles, counts, adjectives, a member's rank or head noun and "of"), and their list, were attacked by the
 * verb's subject (args.ts verbArgs), each once.
 */
import { cueWords } from '../lexicon.ts';
import type { Mention } from '../doc.ts';
import { actor, type Ctx, groupFrom, hasBoundary, hasWordCue, mentionIndexAt } from './ctx.ts';
import { compoundPart, verbArgs } from './args.ts';
import { emit, toldHere } from './emit.ts';

const INCLUDING = /^(including|among)$/;
const PASSIVE = /^(was|were|been|being|be|is|are)$/;

export function killedIncluding(ctx: Ctx): void {
  if (ctx.lang !== 'en' || !hasWordCue(ctx, 'kill_verb')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const kills = cueWords(ctx.lex, 'kill_verb');
  for (const T of s.triggers) {
    const p = T.patterns[0]!;
    if (p.pos !== 'verb' || p.relation !== 'attacked' || !kills.has(toks[T.tok1 - 1]!.norm) || PASSIVE.test(toks[T.tok0 - 1]?.norm ?? '')) continue;
    let inc = -1;
    for (let k = T.tok1; k < toks.length && k - T.tok1 <= 12; k++) {
      if (INCLUDING.test(toks[k]!.norm)) {
        inc = k;
        break;
      }
    }
    if (inc < 0 || hasBoundary(toks, T.tok1, inc) || s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok0 < inc && x.patterns[0]!.pos === 'verb')) continue;
    // (nor past another coordinated verb: "killed three militants and arrested others, including"; "and wounded" stays)
    if (toks.slice(T.tok1, inc).some((t, q, a) => q > 0 && a[q - 1]!.norm === 'and' && /ed$/.test(t.norm) && !/^(wounded|injured)$/.test(t.norm))) continue;
    // ("among them", "among those killed")
    let j = inc + 1;
    if (toks[inc]!.norm === 'among' && /^(them|those)$/.test(toks[j]?.norm ?? '')) j++;
    let i = -1;
    for (; j < toks.length && j - inc <= 8; j++) {
      if ((i = mentionIndexAt(ctx, j)) >= 0) break;
      if (!toks[j]!.word || toks[j]!.text === ',') break;
    }
    if (i < 0) continue;
    // (a compound's first part names no victim, the name after it does: "the al Qaeda-linked Hurras al-Din group")
    const group = [...groupFrom(s.mentions, i)];
    const last = group[group.length - 1]!;
    if (compoundPart(ctx, last)) {
      const nx = s.mentions.find((m) => m.tok0 > last.tok1 && m.tok0 <= last.tok1 + 3);
      if (nx) group.push(nx);
    }
    const victims = group.filter((m) => !compoundPart(ctx, m) && /^(armed_group|person)$/.test(actor(ctx.lex, m)?.kind ?? ''));
    if (!victims.length) continue;
    // (the verb's subject, else the owner right before an attack noun that opens its clause: "A Turkish drone strike on a
    // car near the town of Amuda killed")
    const doer = verbArgs(ctx, T, false).subj?.[0] ?? attackNounOwner(ctx, T.tok0);
    const d = doer ? actor(ctx.lex, doer) : undefined;
    if (!doer || !d) continue;
    for (const v of victims) {
      const id = actor(ctx.lex, v)!.entity;
      if (id === d.entity || toldHere(ctx, 'attacked', d.entity, id)) continue;
      emit(ctx, T, 'attacked', doer, v, {}, false);
    }
  }
}

/** The mention right before the nearest attack noun trigger before token `before` with no verb trigger or boundary between. */
function attackNounOwner(ctx: Ctx, before: number): Mention | undefined {
  const { s } = ctx;
  let noun: { tok0: number; tok1: number } | undefined;
  for (const x of s.triggers) if (x.tok1 <= before && x.patterns[0]!.pos === 'noun' && x.patterns[0]!.relation === 'attacked' && (!noun || x.tok0 > noun.tok0)) noun = x;
  if (!noun || before - noun.tok1 > 14 || hasBoundary(s.tokens, noun.tok1, before)) return undefined;
  if (s.triggers.some((x) => x.tok0 >= noun!.tok1 && x.tok1 <= before && x.patterns[0]!.pos === 'verb')) return undefined;
  return s.mentions.find((m) => m.tok1 === noun!.tok0 && m.via === 'demonym');
}
