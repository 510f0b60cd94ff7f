/**
 * Joint action (gold README rule 12; branch pred33, diagnosis-batch28 §6 fix 6): a presence the sentence states, with
 * "alongside", `إلى جانب` or "together with" (an `alongside` cue) and a partner right after the place or the holder, is
 * the holder's `coordinated_with` the partner, in every form the presence takes: "keeps 900 troops in Syria, most of
 * them in the northeast alongside the SDF", `وتنتشر قوات أمريكية في قواعد عدة بريف الحسكة إلى جانب «قسد»`, a relative
 * on the place (`مناطق في الشمال السوري تنتشر فيها القوات التركية إلى جانب فصائل «الجيش الوطني»`), a relative on the
 * holder ("Turkey, which controls a strip of northern Syria together with the SNA"). A holding verb (`joint_holding`
 * cue: "controls", `تسيطر`) makes the partner a holder of the same place too (rule 13); a deployment does not.
 */
import type { RelationRecord } from '../../types.ts';
import { type Mention, mentionOn, redated } from '../doc.ts';
import { ORG_HEAD_WINDOW } from './discourse.ts';
import { cueWords, type Pattern, stateOf } from '../lexicon.ts';
import { actor, type Ctx, sideActor, cueTrigger, firstMentionAfter, freeWords, groupFrom, hasBoundary, hasBreak, mentionAt, prepOf, verbPattern, hasCue, lastMentionBefore } from './ctx.ts';
import { isQuote } from '../mentions.ts';
import { atPublication, emit } from './emit.ts';
import { verbArgs } from './args.ts';
import { anaphorAt } from './anaphora.ts';

/** The token that covers offset `off` of the sentence (a record's span start), or -1: a binary search (tokens are in order, apart). */
export function tokenAt(ctx: Ctx, off: number): number {
  const toks = ctx.s.tokens;
  const at = ctx.s.start + off;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length && toks[lo]!.start <= at ? lo : -1;
}

/** Dates the relations emitted since `from` as the presence record `r` they follow (its date and source), states when it is one. */
function redateFrom(ctx: Ctx, from: number, r: RelationRecord): void {
  for (let j = from; j < ctx.out.length; j++) {
    const old = ctx.out[j]!;
    const was = ctx.stative.delete(old);
    ctx.out[j] = redated(old, r.date, r.dateSource);
    if (was || ctx.stative.has(r)) ctx.stative.add(ctx.out[j]!);
  }
}

/**
 * The partners named right after an `alongside` cue (at most one free word between, no boundary, no comma): the actors of
 * the list there that are no place; none when the cue has no such list.
 */
function partnersAfter(ctx: Ctx, c: { tok0: number; tok1: number }): Mention[] {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, c.tok1);
  if (i < 0 || freeWords(ctx, c.tok1, ms[i]!.tok0) > 1 || hasBreak(toks, c.tok1, ms[i]!.tok0)) return [];
  return groupFrom(ms, i).filter((m) => m.kind !== 'place' && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place');
}

export function jointPresence(ctx: Ctx, before: number): void {
  const cues = ctx.byKind.get('alongside');
  if (!cues?.length) return;
  const rows = ctx.out.slice(before).filter((r) => r.relation === 'deployed_in');
  if (!rows.length) {
    placelessPresence(ctx, cues);
    return;
  }
  const cp = verbPattern(ctx, 'coordinated_with');
  const dp = verbPattern(ctx, 'deployed_in');
  if (!cp || !dp) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const holding = cueWords(ctx.lex, 'joint_holding');
  for (const c of cues) {
    const partners = partnersAfter(ctx, c);
    if (!partners.length) continue;
    const ids = new Set(partners.map((m) => actor(ctx.lex, m)!.entity));
    for (const r of rows as RelationRecord[]) {
      if (ids.has(r.source)) continue;
      const a = tokenAt(ctx, r.evidence.sourceSpan[0]);
      const b = tokenAt(ctx, r.evidence.targetSpan[0]);
      if (a < 0 || b < 0 || a >= c.tok0) continue;
      const src = mentionAt(ctx, a);
      const place = mentionAt(ctx, b);
      // (the record's place is named there, not read off a person: "the main ally of President Assad, together with Iran")
      if (!src || !place || (place.entity !== r.target && actor(ctx.lex, place)?.entity !== r.target)) continue;
      const last = partners[partners.length - 1]!;
      // (the partner between the holder and the place: `وتسيطر تركيا جنباً إلى جنب مع «الجيش الوطني» على مناطق في …`)
      if (b >= c.tok0 && (b < last.tok1 || freeWords(ctx, src.tok1, c.tok0) > 1 || freeWords(ctx, last.tok1, place.tok0) > 3 || hasBoundary(toks, src.tok0, place.tok1))) continue;
      // (the partner follows the presence at once: the nearer of holder and place ends at most three free words before the cue)
      const near = b >= c.tok0 ? src.tok1 : Math.max(src.tok1, place.tok1);
      // (or past an apposition on the troops, ", most of them in the northeast alongside": the troops' own place)
      const of = () => { for (let k = near; k + 2 < c.tok0; k++) if (/^(most|many|some|all|half|part|the bulk)$/.test(toks[k]!.norm) && toks[k + 1]!.norm === 'of' && toks[k + 2]!.norm === 'them' && (toks[k - 1]?.text === ',' || toks[k - 1]?.text === '،')) return true; return false; };
      if (hasBoundary(toks, Math.min(src.tok0, place.tok0), c.tok0) || (freeWords(ctx, near, c.tok0) > 3 && !(freeWords(ctx, near, c.tok0) <= 16 && of()))) continue;
      // (no other actor's clause between: "…, while Russia fights alongside the Syrian army")
      if (ms.some((m) => m.tok0 >= near && m.tok1 <= c.tok0 && m !== src && !prepOf(ctx, m) && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && actor(ctx.lex, m)!.entity !== r.source)) continue;
      const T = cueTrigger(c, cp);
      const n = ctx.out.length;
      for (const m of partners) emit(ctx, T, 'coordinated_with', src, m, {}, false);
      // (joint holding: the partner holds the place too)
      const lo = Math.min(src.tok0, place.tok0);
      const held = toks.slice(Math.max(0, lo - 2), c.tok0).some((t) => holding.has(t.norm.replace(/^[وف]/, '')));
      if (held) for (const m of partners) emit(ctx, cueTrigger(c, dp), 'deployed_in', m, place, {}, true);
      redateFrom(ctx, n, r);
    }
  }
}

/**
 * A presence verb whose place names no place the lexicon knows ("Ankara keeps troops in those areas alongside the
 * Syrian National Army"): with no presence record, the verb's subject named before it is `coordinated_with` the
 * partner right after the cue, the cue at most six words after the verb, no other actor between (pred33).
 */
function placelessPresence(ctx: Ctx, cues: readonly { tok0: number; tok1: number; start: number; end: number }[]): void {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const cp = verbPattern(ctx, 'coordinated_with');
  if (!cp) return;
  for (const c of cues) {
    const V = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= c.tok0 && c.tok0 - x.tok1 <= 6 && x.patterns[0]!.relation === 'deployed_in' && x.patterns[0]!.pos === 'verb');
    if (!V || hasBoundary(toks, V.tok1, c.tok0)) continue;
    // (between the verb and the cue, an actor with no preposition is the Arabic verb's subject (VSO), else another clause's)
    const between = ms.filter((m) => m.tok0 >= V.tok1 && m.tok1 <= c.tok0 && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && !prepOf(ctx, m));
    if (between.length && (ctx.lang !== 'ar' || between[0]!.tok0 !== V.tok1)) continue;
    const i = firstMentionAfter(ms, c.tok1);
    if (i < 0 || freeWords(ctx, c.tok1, ms[i]!.tok0) > 1 || toks.slice(c.tok1, ms[i]!.tok0).some((t) => t.text === ',' || t.text === '،')) continue;
    const partners = groupFrom(ms, i).filter((m) => m.kind !== 'place' && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place');
    const subj = between.length ? between : verbArgs(ctx, V, false).subj?.filter((m) => m.tok1 <= V.tok0 && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place');
    if (!partners.length || !subj?.length) continue;
    const n = ctx.out.length;
    for (const a of subj) for (const m of partners) emit(ctx, cueTrigger(c, cp), 'coordinated_with', a, m, {}, false);
    atPublication(ctx, n);
  }
}

/**
 * The partner's presence (gold README rule 18b, ruled 2026-12-01; branch pred35, diagnosis-batch30 §6 fix 2): once a
 * holder present in P is `coordinated_with` a partner named right after an `alongside` cue ("deployed in northeastern
 * Syria, where they work alongside the SDF", "most of them in the northeast alongside the SDF", `تنتشر قوات أمريكية
 * … بريف الحسكة إلى جانب «قسد»`, `يعملون إلى جانب «قسد»`), the partner is in P too. P is the holder's nearest place
 * before the cue ("remain in Syria, most of them in the northeast alongside": the northeast only). A state's own forces
 * in its own country give none ("deployed in Aleppo alongside Syrian government forces").
 */
export function partnerPresence(ctx: Ctx, before: number): void {
  const cues = ctx.byKind.get('alongside');
  if (!cues?.length) return;
  const recs = ctx.out.slice(before) as RelationRecord[];
  if (!recs.some((r) => r.relation === 'coordinated_with')) return;
  const dp = verbPattern(ctx, 'deployed_in');
  if (!dp) return;
  const ms = ctx.s.mentions;
  for (const c of cues) {
    const partners = partnersAfter(ctx, c);
    for (const m of partners) {
      const p = actor(ctx.lex, m)!;
      const holders = new Set(recs.filter((r) => r.relation === 'coordinated_with' && r.target === p.entity).map((r) => r.source));
      if (!holders.size) continue;
      // (the holder's nearest place before the cue)
      let best: { r: RelationRecord; place: Mention; b: number } | undefined;
      for (const r of recs) {
        if (r.relation !== 'deployed_in' || !holders.has(r.source)) continue;
        const b = tokenAt(ctx, r.evidence.targetSpan[0]);
        const place = b >= 0 ? mentionAt(ctx, b) : undefined;
        // (solo58: not a presence told on a capital standing for its state, "Damascus has demanded the withdrawal of US
        // troops, who operate alongside the SDF in Hasakah": the demander's name is no place of the partner)
        if (!place || b >= c.tok0 || place.entity !== r.target) continue;
        if (!best || b > best.b) best = { r, place, b };
      }
      if (!best) {
        placeAfterPartner(ctx, c, m, partners[partners.length - 1]!, recs, dp);
        continue;
      }
      // (a place named nearer the cue, past the record's, is the partner's: "deployed in Syria as part of the coalition
      // …, most of them in the northeast alongside the SDF", the apposition's own place)
      const b0 = best.b;
      const nearer = ms.filter((x) => x.tok0 > b0 && x.tok1 <= c.tok0 && x.kind === 'place' && !actor(ctx.lex, x)?.kind.match(/^(person|organization|armed_group)$/)).pop();
      const place = nearer ?? best.place;
      const target = nearer ? nearer.entity : best.r.target;
      // (a state's own forces in its own country)
      if (p.kind === 'country' && (target === p.entity || stateOf(ctx.lex, target, true) === p.entity)) continue;
      if (ctx.out.some((r, j) => j >= before && r.relation === 'deployed_in' && r.source === p.entity && r.target === target)) continue;
      const n = ctx.out.length;
      emit(ctx, cueTrigger(c, dp), 'deployed_in', m, place, {}, true);
      // (the holder is in that nearer place too, rule 18b: "X and Y in P")
      const a = tokenAt(ctx, best.r.evidence.sourceSpan[0]);
      const holder = a >= 0 ? mentionAt(ctx, a) : undefined;
      if (nearer && holder && !ctx.out.some((r, j) => j >= before && r.relation === 'deployed_in' && r.source === best!.r.source && r.target === target)) emit(ctx, cueTrigger(c, dp), 'deployed_in', holder, place, {}, true);
      redateFrom(ctx, n, best.r);
    }
  }
}

/**
 * "X works (operates, fights) alongside Y in P", `تعمل قوات التحالف إلى جانب «قسد» في شمال شرق سوريا` (rule 18b): with no
 * presence of X stated, a place right after the partner (its preposition in/at/across, في, ب, at most one free word
 * between) is X's and Y's. Not past a foe ("fight alongside the SDF against IS in Deir ez-Zor"), not for a state in its
 * own country.
 */
function placeAfterPartner(ctx: Ctx, c: { tok0: number; tok1: number; start: number; end: number }, m: Mention, last: Mention, recs: readonly RelationRecord[], dp: Pattern): void {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const p = actor(ctx.lex, m)!;
  const j = firstMentionAfter(ms, last.tok1);
  const place = j >= 0 ? ms[j]! : undefined;
  if (!place || (place.kind !== 'place' && place.kind !== 'country') || freeWords(ctx, last.tok1, place.tok0) > 2 || hasBoundary(toks, last.tok1, place.tok0)) return;
  if (toks.slice(last.tok1, place.tok0).some((t) => t.text === ',' || t.text === '،')) return;
  const prep = toks[place.tok0 - 1];
  const pre = toks[place.tok0 - 2];
  const isPrep = (t: typeof prep) => !!t && /^(in|at|across|inside)$/.test(t.norm);
  // (`في ريف تل تمر`: a place head between the preposition and the name; pred36, diagnosis-batch31 #1)
  const headed = ctx.lang === 'ar' && !!prep && !ctx.inMention[place.tok0 - 1] && !!hasCue(ctx, place.tok0 - 1, 'place_head') && (/^[وف]?(في|ب)/.test(prep.text) && prep.text.length > 3 || /^[وف]?في$/.test(pre?.text ?? ''));
  if (!(headed || isPrep(prep) || (prep?.norm === 'the' && isPrep(pre)) || (ctx.lang === 'ar' && /^[وف]?(في|ب)/.test(toks[place.tok0]!.text)) || (ctx.lang === 'ar' && prep && /^[وف]?في$/.test(prep.text)))) return;
  const own = (id: string, k: string) => k === 'country' && (place.entity === id || stateOf(ctx.lex, place.entity, true) === id);
  for (const r of recs) {
    if (r.relation !== 'coordinated_with' || r.target !== p.entity) continue;
    // (the holder's presence stated elsewhere keeps the place from the partner; stated at this place, it does not: pred36)
    const pe = actor(ctx.lex, place)?.entity ?? place.entity;
    const held = recs.filter((x) => x.relation === 'deployed_in' && x.source === r.source);
    if (held.length && !held.some((x) => x.target === pe)) continue;
    const a = tokenAt(ctx, r.evidence.sourceSpan[0]);
    const holder = a >= 0 ? mentionAt(ctx, a) : undefined;
    if (!holder || holder.tok0 >= c.tok0) continue;
    const n = ctx.out.length;
    const h = actor(ctx.lex, holder);
    // (people are not deployed: "approved letting volunteers … fight alongside Russian forces in Ukraine", Putin)
    if (h?.kind === 'person' || p.kind === 'person') continue;
    if (h && !own(h.entity, h.kind) && !held.length) emit(ctx, cueTrigger(c, dp), 'deployed_in', holder, place, {}, true);
    if (!own(p.entity, p.kind)) emit(ctx, cueTrigger(c, dp), 'deployed_in', m, place, {}, true);
    redateFrom(ctx, n, r);
  }
}

/**
 * A joint fight (gold README rules 12, 17e, 18b; branch pred36, diagnosis-batch31 #21-24, 40, 41). Two orders:
 * (a) the foe first, then the partner: a fight word (cues.csv `joint_fight`: "fight", "war", "against", `حربا`, `ضد`,
 * `يقاتل` …) right before the foe, then an `alongside` cue and the partner right after the foe (`يخوض التحالف الدولي حرباً
 * ضد «داعش» إلى جانب «قسد» في شمال شرق سوريا`, "waged a war against IS alongside the SDF"): the partner is no second foe
 * and no second fighter of the foe's side, but the subject's `coordinated_with` partner, and both attack the foe.
 * (b) the partner first: "working with (alongside) the SDF against IS", `يعمل مع «قسد» ضد «داعش»`: a coordination whose
 * partner is followed at once by "against"/`ضد` and a foe: both attack the foe. The place after the partner is read by
 * partnerPresence (placeAfterPartner) from the coordination, so this runs before it. Dated as the record it reads.
 */
/**
 * "… in northeastern Syria, where they fight IS alongside the SDF", `في شمال شرق سوريا، حيث يقاتلون «داعش» إلى جانب «قسد»`:
 * the subject of a where-relative whose verb names no one (at most a pronoun, "they", between "where"/`حيث` and the fight
 * word at token w) is the holder of the presence on the place right before the relative: the source of a `deployed_in`
 * record of the sentence (since `before`) whose target is named there. Undefined otherwise (branch ref38).
 */
function whereHolder(ctx: Ctx, before: number, w: number): Mention | undefined {
  const toks = ctx.s.tokens;
  const k = whereBefore(ctx, w);
  if (k < 1) return undefined;
  const end = toks[k - 1]!.text === ',' || toks[k - 1]!.text === '،' ? k - 1 : k;
  const place = ctx.s.mentions.find((m) => m.tok1 === end);
  if (!place) return undefined;
  for (const r of ctx.out.slice(before) as RelationRecord[]) {
    if (r.relation !== 'deployed_in') continue;
    const b = tokenAt(ctx, r.evidence.targetSpan[0]);
    if (b < place.tok0 || b >= place.tok1) continue;
    const a = tokenAt(ctx, r.evidence.sourceSpan[0]);
    const m = a >= 0 && a < place.tok0 ? mentionAt(ctx, a) : undefined;
    if (m && actor(ctx.lex, m)) return m;
  }
  return undefined;
}

/** The "where"/`حيث` token that opens the clause of the verb at w (at most two words between, no name, no comma), or -1. */
function whereBefore(ctx: Ctx, w: number): number {
  const toks = ctx.s.tokens;
  for (let k = w - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const t = toks[k]!;
    if (/^(where|حيث|وحيث)$/.test(t.norm)) return k;
    if (ctx.inMention[k] || hasBreak(toks, k, k + 1)) return -1;
  }
  return -1;
}

/**
 * The token after which the foe of a fight frame starts, the frame opening at token k: "in the fight (war, battle,
 * campaign) against|on", `في ملاحقة`, `في (إطار) الحرب على|ضد` (cues.csv `fight_frame`); -1 when none opens there.
 */
function fightFrame(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'fight_frame');
  if (!words.size) return -1;
  if (ctx.lang === 'en') {
    if (toks[k]?.norm !== 'in') return -1;
    let j = k + 1;
    if (/^(the|its|their)$/.test(toks[j]?.norm ?? '')) j++;
    if (!words.has(toks[j]?.norm ?? '')) return -1;
    return /^(against|on)$/.test(toks[j + 1]?.norm ?? '') ? j + 1 : -1;
  }
  if (!/^(في|فى)$/.test(toks[k]?.norm ?? '')) return -1;
  let j = k + 1;
  if (toks[j]?.norm === 'اطار') j++;
  if (!words.has(toks[j]?.norm ?? '')) return -1;
  return /^(علي|ضد)$/.test(toks[j + 1]?.norm ?? '') ? j + 1 : j;
}

/** The `foe_remnant` words ("remnants", "cells", `فلول`, `خلايا`) among tokens a..b-1. */
function remnantWords(ctx: Ctx, a: number, b: number): number {
  const words = cueWords(ctx.lex, 'foe_remnant');
  let n = 0;
  for (let j = a; j < b; j++) if (!ctx.inMention[j] && words.has(ctx.s.tokens[j]!.norm)) n++;
  return n;
}

/** The last armed group named in the ORG_HEAD_WINDOW sentences before this one whose entity is not in `not`. */
function priorGroup(ctx: Ctx, not: Set<string | undefined>): Mention | undefined {
  for (let h = ctx.history.length - 1; h >= 0 && h >= ctx.history.length - ORG_HEAD_WINDOW; h--) {
    const ms = ctx.history[h]!;
    for (let j = ms.length - 1; j >= 0; j--) {
      const a = actor(ctx.lex, ms[j]!);
      if (a && a.kind === 'armed_group' && !not.has(a.entity)) return a;
    }
  }
  return undefined;
}

export function alongsideFight(ctx: Ctx, before: number): void {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const fightWords = cueWords(ctx.lex, 'joint_fight');
  if (!fightWords.size) return;
  const ap = verbPattern(ctx, 'attacked');
  const cp = verbPattern(ctx, 'coordinated_with');
  if (!ap || !cp) return;
  const isFight = (k: number) => { const n = toks[k]?.norm ?? ''; return fightWords.has(n) || (ctx.lang === 'ar' && /^[وف]/.test(n) && fightWords.has(n.slice(1))); };
  const foeKind = (m: Mention) => sideActor(ctx.lex, m);
  const skipBack = (j: number) => { while (j > 0 && (isQuote(toks[j - 1]) || toks[j - 1]!.text === ')' || toks[j - 1]!.text === '(')) j--; return j; };
  const recs = () => ctx.out.slice(before) as RelationRecord[];
  const has = (s: string, rel: string, t: string) => recs().some((r) => r.source === s && r.relation === rel && r.target === t);
  // (a) foe, alongside, partner
  for (const c of ctx.byKind.get('alongside') ?? []) {
    const partners = partnersAfter(ctx, c).filter(foeKind);
    if (!partners.length) continue;
    const f = lastMentionBefore(ms, skipBack(c.tok0));
    let foeM: Mention | undefined = f >= 0 ? ms[f]! : undefined;
    let foe = foeM ? foeKind(foeM) : undefined;
    if (!foeM || !foe || freeWords(ctx, foeM.tok1, skipBack(c.tok0)) > 1 || toks.slice(foeM.tok1, c.tok0).some((t) => t.text === ',' || t.text === '،')) foeM = foe = undefined;
    // (the fight word right before the foe (past "the", `تنظيم`, a quote, a VSO subject), or, with no foe named, right
    // before the cue past at most three words: `حرباً ضد التنظيم إلى جانب «قسد»`)
    let w = -1;
    for (let k = (foeM ? foeM.tok0 : c.tok0) - 1, n = 0; k >= 0 && n <= 3; k--) {
      if (hasBreak(toks, k, k + 1)) break;
      if (isFight(k)) { w = k; break; }
      if (!ctx.inMention[k] && !isQuote(toks[k])) n++;
    }
    if (w < 0) continue;
    const partnerIds = new Set(partners.map((m) => actor(ctx.lex, m)!.entity));
    if (foe && partnerIds.has(foe.entity)) continue;
    // the subject: the source of a record of the sentence on the foe or the partner, neither of them; else the nearest
    // actor before the fight word, no preposition, no comma between
    let anchor = recs().find((r) => r.source !== foe?.entity && !partnerIds.has(r.source) && ((r.relation === 'attacked' && ((foe && r.target === foe.entity) || partnerIds.has(r.target))) || (r.relation === 'coordinated_with' && partnerIds.has(r.target))));
    let subj: Mention | undefined;
    if (anchor) {
      const a = tokenAt(ctx, anchor.evidence.sourceSpan[0]);
      subj = a >= 0 ? mentionAt(ctx, a) : undefined;
    } else {
      const j = lastMentionBefore(ms, w);
      const m = j >= 0 ? ms[j]! : undefined;
      if (m && foeKind(m) && !prepOf(ctx, m) && freeWords(ctx, m.tok1, w) <= 8 && !hasBreak(toks, m.tok1, w) && !partnerIds.has(actor(ctx.lex, m)!.entity)) subj = m;
      else subj = whereHolder(ctx, before, w);
      if (subj && partnerIds.has(actor(ctx.lex, subj)?.entity ?? '')) subj = undefined;
    }
    // (the foe of the fight word is never the partner's: `حيث يقاتلون «داعش» إلى جانب «قسد»` with no subject found, ref38)
    if (foe && (!subj || subj.tok0 >= c.tok0) && whereBefore(ctx, w) >= 0) for (let j = ctx.out.length - 1; j >= before; j--) {
      const r = ctx.out[j]!;
      if (r.relation === 'coordinated_with' && r.source === foe.entity && partnerIds.has(r.target)) { ctx.stative.delete(r); ctx.out.splice(j, 1); }
    }
    if (!subj || subj.tok0 >= c.tok0) continue;
    const sid = actor(ctx.lex, subj)!.entity;
    // (the partner is no foe, and the foe no partner: `يقاتل التحالف «داعش» إلى جانب «قسد»`)
    for (let j = ctx.out.length - 1; j >= before; j--) {
      const r = ctx.out[j]!;
      if ((r.relation === 'attacked' && r.source === sid && partnerIds.has(r.target)) || (foe && r.relation === 'coordinated_with' && r.source === foe.entity && partnerIds.has(r.target))) {
        ctx.stative.delete(r);
        ctx.out.splice(j, 1);
      }
    }
    const n = ctx.out.length;
    for (const m of partners) {
      const id = actor(ctx.lex, m)!.entity;
      if (!has(sid, 'coordinated_with', id)) emit(ctx, cueTrigger(c, cp), 'coordinated_with', subj, m, {}, false);
      if (foe && foeM && !has(id, 'attacked', foe.entity)) emit(ctx, cueTrigger(c, ap), 'attacked', m, foeM, {}, false);
    }
    if (foe && foeM && !has(sid, 'attacked', foe.entity)) emit(ctx, cueTrigger(c, ap), 'attacked', subj, foeM, {}, false);
    if (anchor) redateFrom(ctx, n, anchor);
  }
  // (c) "X sided with Y against Z" between armed groups: a joint fight, no support (the siding turned into the coordination
  // that (b) reads)
  const sideWords = ctx.lang === 'en' ? cueWords(ctx.lex, 'side_verb') : undefined;
  if (sideWords?.size) for (let j = ctx.out.length - 1; j >= before; j--) {
    const r = ctx.out[j]!;
    if (r.relation !== 'supported' || r.evidence.start !== ctx.s.start) continue;
    const b = tokenAt(ctx, r.evidence.targetSpan[0]);
    const a = tokenAt(ctx, r.evidence.sourceSpan[0]);
    const pm = b >= 0 ? mentionAt(ctx, b) : undefined;
    const sm = a >= 0 ? mentionAt(ctx, a) : undefined;
    if (!pm || !sm || sm.tok0 >= pm.tok0 || actor(ctx.lex, pm)?.kind !== 'armed_group' || actor(ctx.lex, sm)?.kind !== 'armed_group') continue;
    // ("sided with (several) Y": the verb right before the partner's phrase)
    let v = pm.tok0 - 1;
    while (v > sm.tok1 && pm.tok0 - v <= 4 && toks[v]!.norm !== 'with') v--;
    if (toks[v]?.norm !== 'with' || !sideWords.has(toks[v - 1]?.norm ?? '')) continue;
    let k = pm.tok1;
    if (toks[k]?.word && !ctx.inMention[k] && toks[k + 1]?.norm === 'against') k++;
    if (toks[k]?.norm !== 'against') continue;
    ctx.stative.delete(r);
    ctx.out.splice(j, 1);
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: v - 1, tok1: v + 1, start: toks[v - 1]!.start, end: toks[v]!.end }, cp), 'coordinated_with', sm, pm, {}, false);
    redateFrom(ctx, n, r);
  }
  partnerAgainst(ctx, before);
}

/** "they" at token k naming one actor named before it in the sentence (anaphora.ts anaphorAt); English only (ref39). */
function pronounHolder(ctx: Ctx, k: number): Mention | undefined {
  if (ctx.lang !== 'en' || ctx.s.tokens[k]?.norm !== 'they') return undefined;
  const g = anaphorAt(ctx, k)?.group;
  return g?.length === 1 ? g[0]! : undefined;
}

/**
 * (b) of alongsideFight: a coordination whose partner is followed by "against"/`ضد` or a fight frame and a foe ("working
 * with the SDF against IS", `إلى جانب «قسد» في ملاحقة خلايا التنظيم`): both sides attack the foe. Run again after
 * jointPresence, whose coordination it reads too (ref38).
 */
export function partnerAgainst(ctx: Ctx, before: number): void {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  const foeKind = (m: Mention) => sideActor(ctx.lex, m);
  const recs = () => ctx.out.slice(before) as RelationRecord[];
  const has = (s: string, rel: string, t: string) => recs().some((r) => r.source === s && r.relation === rel && r.target === t);
  // (b) partner, "against", foe
  for (const r of recs()) {
    if (r.relation !== 'coordinated_with') continue;
    const b = tokenAt(ctx, r.evidence.targetSpan[0]);
    const a = tokenAt(ctx, r.evidence.sourceSpan[0]);
    const pm = b >= 0 ? mentionAt(ctx, b) : undefined;
    // (an English pronoun subject, "where they work with the SDF against IS remnants": the one troop holder it names; ref39)
    const sm = a >= 0 ? mentionAt(ctx, a) ?? pronounHolder(ctx, a) : undefined;
    if (!pm || !sm || sm.tok0 >= pm.tok0) continue;
    const g = groupFrom(ms, ms.indexOf(pm));
    let k = g[g.length - 1]!.tok1;
    while (k < toks.length && (isQuote(toks[k]) || toks[k]!.text === ')' || toks[k]!.text === '(' || (ctx.lang === 'ar' && ms.some((m) => m.tok0 <= k && m.tok1 > k)))) k++;
    // (past one word of the partner's phrase: "sided with several SNA factions against")
    if (toks[k]?.word && !ctx.inMention[k] && /^(against|ضد)$/.test(toks[k + 1]?.norm ?? '')) k++;
    // ("alongside the SDF in the fight against IS", `إلى جانب «قسد» في ملاحقة خلايا التنظيم`: a fight frame, ref38)
    else if (!/^(against|ضد)$/.test(toks[k]?.norm ?? '')) k = fightFrame(ctx, k);
    if (k < 0) continue;
    const f = firstMentionAfter(ms, k + 1);
    let foeM = f >= 0 ? ms[f]! : undefined;
    let foe = foeM ? foeKind(foeM) : undefined;
    // (the foe's remnants, cells or fighters: "against the remnants of IS", `فلول التنظيم`; cues.csv foe_remnant, ref38)
    if (!foeM || !foe || freeWords(ctx, k + 1, foeM.tok0) - remnantWords(ctx, k + 1, foeM.tok0) > 2 || foeM.via === 'demonym' || hasBoundary(toks, k, foeM.tok0)) continue;
    // ("alongside the SDF against the remnants of the group": a bare head there is no side of the fight; the last
    // armed group named before the sentence that is neither, ref38)
    const sides = new Set([actor(ctx.lex, sm)?.entity, ...g.map((m) => actor(ctx.lex, m)?.entity)]);
    if (sides.has(foe.entity)) {
      if (foeM.via !== 'anaphor' && foeM.via !== 'descriptor') continue;
      const other = priorGroup(ctx, sides);
      if (!other) continue;
      foeM = mentionOn(other, foeM);
      foe = foeKind(foeM);
      if (!foe) continue;
    }
    const n = ctx.out.length;
    for (const m of [sm, ...g]) {
      const id = actor(ctx.lex, m)?.entity;
      if (!id || id === foe.entity || has(id, 'attacked', foe.entity)) continue;
      if (m !== sm && !foeKind(m)) continue;
      emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, ap), 'attacked', m, foeM, {}, false);
    }
    redateFrom(ctx, n, r);
  }
}
