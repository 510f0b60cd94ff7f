/**
 * The fight of a partner (pred32): "backs the SDF in its fight against Islamic State", "has backed the SDF in the fight
 * against IS", "backs the YPG-led SDF against IS", `يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش»`. A fight cue
 * (cues.csv `fight_noun`) right after the one supported or coordinated with, then the foe, is an attack on the foe: by
 * the one supported (English: the partner whose fight it is), by both sides of a coordination (both languages). Read once
 * per sentence after the triggers, from the sentence's own records, so that no new trigger competes with the support
 * or coordination reading.
 */
import { cueWords } from '../lexicon.ts';
import type { Mention } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { actor, type Ctx, sideActor, SIDE_KINDS, cueTrigger, firstMentionAfter, freeWords, groupFrom, hasBoundary, isPossessive, lastMentionBefore, nth, prepOf, verbPattern, subjectActor } from './ctx.ts';
import { asStates, atPublication, emit } from './emit.ts';


export function partnerFight(ctx: Ctx): void {
  const { s } = ctx;
  // (English: a bare "against" right after the one backed, "backs the Kurdish-led SDF against IS", "which backs the SDF
  // against Islamic State remnants", is the partner's fight too; np33)
  const toks = s.tokens;
  const cues: { tok0: number; tok1: number; start: number; end: number; bare?: boolean }[] = [...(ctx.byKind.get('fight_noun') ?? [])];
  if (ctx.lang === 'en')
    for (let k = 0; k < toks.length; k++) if (toks[k]!.norm === 'against') cues.push({ tok0: k, tok1: k, start: toks[k]!.start, end: toks[k]!.end, bare: true });
  if (!cues.length) return;
  const ms = s.mentions;
  const mine = ctx.out.filter((r) => r.evidence.start === s.start && (r.relation === 'coordinated_with' || r.relation === 'supported'));
  if (!mine.length) return;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  for (const c of cues) {
    // the foe: English "in its fight" wants "against" next; the Arabic nouns take it at once
    let k = c.tok1;
    if (c.bare) {
      // (only right after a backed partner: a support record of the sentence whose target is the name before it)
      k = c.tok0 + 1;
      if (!mine.some((r) => r.relation === 'supported')) continue;
    } else if (ctx.lang === 'en') {
      if (nth(toks, k)?.norm !== 'against') continue;
      k++;
    }
    const f = firstMentionAfter(ms, k);
    // (not a demonym of an act noun: `في مواجهة العدوان الصهيوني` names the aggression, no foe fought; np33)
    const foe = f >= 0 && freeWords(ctx, k, ms[f]!.tok0) <= 2 && ms[f]!.via !== 'demonym' ? actor(ctx.lex, ms[f]!) : undefined;
    if (!foe || !SIDE_KINDS.has(foe.kind)) continue;
    // the partner: the actor named right before the cue (past a quote or a parenthesis)
    let j = c.tok0;
    while (j > 0 && (isQuote(toks[j - 1]) || toks[j - 1]!.text === ')')) j--;
    let p = lastMentionBefore(ms, j);
    let partner = p >= 0 && freeWords(ctx, ms[p]!.tok1, j) === 0 ? actor(ctx.lex, ms[p]!) : undefined;
    // (past an apposition or a relative between commas, or the agent of a passive backing; slot47)
    if (!c.bare) {
      const q = fightPartnerPast(ctx, j, mine);
      if (q !== undefined && (!partner || !mine.some((r) => r.target === partner!.entity))) {
        p = q;
        partner = actor(ctx.lex, ms[q]!);
      }
    }
    if (!partner || partner.entity === foe.entity) continue;
    const doers: Mention[] = [];
    // (the partnership read: the fight is part of it and takes its date, a state when it is one, "where they work alongside
    // the SDF against IS remnants" at publication; dates36)
    let host: (typeof mine)[number] | undefined;
    for (const r of mine) {
      if (r.target !== partner.entity || (c.bare && r.relation !== 'supported')) continue;
      host ??= r;
      if (!doers.includes(ms[p]!)) doers.push(ms[p]!);
      if (r.relation === 'coordinated_with') {
        const src = ms.find((m) => actor(ctx.lex, m)?.entity === r.source && m.tok1 <= ms[p]!.tok0);
        if (src && !doers.includes(src)) doers.push(src);
      }
    }
    const n = ctx.out.length;
    for (const m of doers) if (actor(ctx.lex, m)!.entity !== foe.entity) emit(ctx, cueTrigger(c, ap), 'attacked', m, ms[f]!, {}, false);
    if (host && ctx.stative.has(host)) asStates(ctx, n, host.dateSource === 'text' ? host.date : undefined);
  }
}

/**
 * The partner of "in its/the fight against", `في حربها على` told away from the cue (slot47; pool b23 "Washington backs the SDF,
 * which the YPG leads, in the fight against Islamic State", b39 "back the Syrian Democratic Forces, the administration's
 * military arm, in its fight against …", diagnosis-batch46 #102 "has been backed by Washington in its fight against IS"):
 * the name right before an apposition or relative closed by the comma before the cue (at most twelve tokens), or, when
 * the name right before the cue is the backer after "by"/`بدعم`, the one backed (`تحظى «قسد» بدعم الولايات المتحدة في
 * حربها على «داعش»`, pool b30); each the target of a record of the sentence.
 * The mention's index, else undefined.
 */
const COMMA = /^[,،]$/;
/** The agent's word right before the backer: "by", `بدعم`, `دعم`, `بدعم من`. */
const BY = /^(by|ب?دعم|من)$/;

function fightPartnerPast(ctx: Ctx, j: number, mine: readonly { source: string; target: string }[]): number | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const backed = (i: number) => i >= 0 && mine.some((r) => r.target === actor(ctx.lex, ms[i]!)?.entity);
  if (COMMA.test(toks[j - 1]?.text ?? '')) {
    for (let k = j - 2; k > 0 && j - k <= 12; k--) {
      if (!COMMA.test(toks[k]!.text)) continue;
      // (the name ends at the comma, or its parenthesised short form does: "the Syrian Democratic Forces (SDF), which")
      const i = ms.findIndex((m) => m.tok1 === k || ((toks[k - 1]!.text === ')' || isQuote(toks[k - 1])) && m.tok1 === k - 1));
      return backed(i) ? i : undefined;
    }
    return undefined;
  }
  // (the passive: "X has been backed by Y in its fight against Z", `تحظى X بدعم Y في حربها على Z`: Y backs X)
  const i = lastMentionBefore(ms, j);
  // (a time adjunct between, "backed by the United States since 2015 in its fight")
  if (i < 1 || freeWords(ctx, ms[i]!.tok1, j) > 2 || hasBoundary(toks, ms[i]!.tok1, j) || !BY.test(toks[ms[i]!.tok0 - 1]?.norm ?? '')) return undefined;
  const by = actor(ctx.lex, ms[i]!)?.entity;
  const r = mine.find((x) => x.source === by);
  if (!r) return undefined;
  const b = ms.findIndex((m) => m.tok1 <= ms[i]!.tok0 && actor(ctx.lex, m)?.entity === r.target);
  return b >= 0 ? b : undefined;
}

/** A members noun (cues.csv `partitive`, not its `organ` units and forces) at token k. */
function membersAt(ctx: Ctx, k: number): boolean {
  const c = ctx.cueAt.get(k);
  return !!c && c.cues.some((x) => x.kind === 'partitive' && x.value !== 'organ');
}

// A place named by a compass word ("northern Syria", `شمال سوريا`): a region, too wide for the foe's place.
// (COMPASS: the `foe_compass` word cue of data/lexicon/cues.csv, branch words31)

/**
 * The foe's place (pred32): "neutralised several members of the PKK and YPG in northern Syria", "12 PKK/YPG militants in
 * northern Iraq", `عملية عسكرية ضد الوحدات الكردية في تل رفعت ومنبج`: an armed group attacked or threatened in the
 * sentence, named (with its list) right before "in"/`في` and the places, is there (gold rule 13; a standing state at
 * publication), when its members are the ones hit (a `partitive` noun before "of"/`من` or right after the name), or when
 * it is the foe after "against"/`ضد` and the place is no compass region ("an offensive against the YPG in northern
 * Syria" is not annotated in batches 13–26). Targets, positions and headquarters of a group in a place are not.
 */
/** Token b - 1 is an attack verb (or "targeting") whose clause opens on an operation noun within three words before it (cues.csv `operation_noun`). */
function operationTargeting(ctx: Ctx, b: number): boolean {
  const v = b - 1;
  if (v < 1 || !ctx.s.triggers.some((x) => x.tok1 === b && x.tok0 === v && x.patterns[0]!.relation === 'attacked')) return false;
  const ops = cueWords(ctx.lex, 'operation_noun');
  for (let j = v - 1; j >= 0 && v - j <= 3; j--) {
    const w = ctx.s.tokens[j]!;
    if (!w.word || ctx.inMention[j]) return false;
    if (ops.has(w.norm.replace(/^[وفبل](?=.{3})/, '')) || ops.has(w.norm)) return true;
  }
  return false;
}

export function foePlaces(ctx: Ctx, from: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const dp = verbPattern(ctx, 'deployed_in');
  if (!dp) return;
  const done = new Set<number>();
  const n = ctx.out.length;
  for (let r0 = from; r0 < n; r0++) {
    const r = ctx.out[r0]!;
    if ((r.relation !== 'attacked' && r.relation !== 'threatened') || ctx.lex.entities.get(r.target)?.kind !== 'armed_group') continue;
    // (the record's span may open on the members noun: `قتلت خمسة عناصر من تنظيم «داعش»`)
    const at = r.evidence.targetSpan[0];
    let i = ms.findIndex((x) => x.start - s.start === at);
    if (i < 0) i = ms.findIndex((x) => x.start - s.start > at && actor(ctx.lex, x)?.entity === r.target && x.start - s.start - at < 40);
    if (i < 0 || done.has(i)) continue;
    const group = groupFrom(ms, i);
    for (let g = 0; g < group.length; g++) done.add(i + g);
    const first = group[0]!.tok0;
    let b = first;
    while (b > 0 && isQuote(toks[b - 1])) b--;
    let k = group[group.length - 1]!.tok1;
    while (k < toks.length && isQuote(toks[k])) k++;
    // (past the group's own nisba adjective, `ضد «وحدات حماية الشعب» الكردية في تل رفعت`; np36)
    if (ctx.lang === 'ar' && toks[k]?.arabic && !ctx.inMention[k] && /^ال\S{2,}(ي|يه|ية)$/.test(toks[k]!.norm) && !ms.some((x) => x.tok0 === k)) k++;
    const before = nth(toks, b - 1)?.norm ?? '';
    // (past one head word between "of"/`من` and the name: `عناصر من تنظيم «داعش»`)
    const of = /^(of|من)$/.test(before) ? b - 1 : /^(of|من)$/.test(nth(toks, b - 2)?.norm ?? '') && toks[b - 1]!.word ? b - 2 : -1;
    const members = (of > 0 && membersAt(ctx, of - 1)) || (ctx.lang === 'ar' && membersAt(ctx, b - 1)) || (ctx.lang === 'en' && membersAt(ctx, k) && ++k > 0);
    // (or an operation noun's targeting verb, `بعملية برية تستهدف «وحدات حماية الشعب» في منبج`, "an operation targeting
    // the YPG in Manbij": the operation's foe; np36)
    const against = /^(against|ضد)$/.test(before) || operationTargeting(ctx, b);
    if (!members && !against) continue;
    if (!/^(in|في)$/.test(nth(toks, k)?.norm ?? '')) continue;
    const j = firstMentionAfter(ms, k + 1);
    if (j < 0 || freeWords(ctx, k + 1, ms[j]!.tok0) > 0 || ms[j]!.kind !== 'place') continue;
    const places = groupFrom(ms, j).filter((m) => m.kind === 'place' && (members || !cueWords(ctx.lex, 'foe_compass').has(toks[m.tok0]!.norm)));
    const m0 = ctx.out.length;
    for (const m of group) if (actor(ctx.lex, m)?.kind === 'armed_group') for (const p of places) emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, dp), 'deployed_in', m, p, {}, true);
    atPublication(ctx, m0);
  }
}

/**
 * Forces arriving are present, not visiting (pred32): "Turkish troops arrived in Idlib", `وصلت قوات تركية إلى إدلب`: a
 * `visited` record of the sentence whose source is named on a forces phrase (a `military` cue right before, on or
 * right after the source's words; Arabic: two words before, past an adjective) is dropped; the presence is read by presence.ts forcesInPresence.
 */
export function forcesNoVisit(ctx: Ctx, from: number): void {
  const military = ctx.byKind.get('military');
  if (!military?.length) return;
  const { s } = ctx;
  const toks = s.tokens;
  for (let i = ctx.out.length - 1; i >= from; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'visited') continue;
    const [a, b] = r.evidence.sourceSpan;
    let k0 = -1;
    let k1 = -1;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!.start - s.start;
      if (t >= a && t < b) {
        if (k0 < 0) k0 = k;
        k1 = k + 1;
      }
    }
    if (k0 < 0) continue;
    // (Arabic: an adjective may stand between the head and the demonym, `تعزيزات عسكرية تركية`)
    const reach = ctx.lang === 'ar' ? 2 : 1;
    if (military.some((c) => c.tok0 >= k0 - reach && c.tok0 <= k1)) ctx.out.splice(i, 1);
  }
}

/**
 * A group loyal to a pronoun's referent (pred32): `القوات التركية وفصائل «الجيش الوطني السوري» الموالية لها`,
 * `و«الجيش الوطني السوري» الموالي لها`, "the Turkish army and the factions loyal to it": the group named right before a
 * `loyal_pronoun` cue (an armed group by its name) is supported by the nearest state or armed group named before it with no preposition (`ها`: no
 * person), a standing state at publication.
 */
export function loyalToPronoun(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const sp = verbPattern(ctx, 'supported');
  if (!sp) return;
  for (const c of ctx.byKind.get('loyal_pronoun') ?? []) {
    let j = c.tok0;
    while (j > 0 && isQuote(toks[j - 1])) j--;
    const gi = lastMentionBefore(ms, j);
    if (gi < 0 || freeWords(ctx, ms[gi]!.tok1, j) > 0) continue;
    // (an armed group by its name: not a demonym, `فصائل سورية موالية لها`, nor an agency, `وكالة «أعماق» التابعة له`)
    const group = actor(ctx.lex, ms[gi]!);
    if (!group || group.kind !== 'armed_group' || ms[gi]!.via === 'demonym') continue;
    const fem = /(ها|it|them)$/.test(toks[c.tok1 - 1]!.norm);
    let owner: Mention | undefined;
    for (let k = gi - 1; k >= 0 && !owner; k--) {
      const m = ms[k]!;
      const a = actor(ctx.lex, m);
      if (!a || a.entity === group.entity || (fem && a.kind === 'person') || a.kind === 'place') continue;
      if (m.kind === 'place' || prepOf(ctx, m)) continue;
      owner = m;
    }
    if (!owner) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger(c, sp), 'supported', owner, ms[gi]!, {}, false);
    atPublication(ctx, n);
  }
}

const COPULA = /^(is|was|are|were|remains|remained|became|been)$/;

/**
 * A state's partner (pred32): "the SDF, Washington's main partner against IS", "The SDF … is Washington's main partner in
 * the fight against Islamic State", `«قسد»، الشريك الرئيسي لواشنطن`: the owner of a `partner_noun` (an English
 * possessive right before it, an Arabic genitive or ل-name right after it) supported the one the noun describes (the
 * name before the apposition's comma, or the clause's subject before the copula). Not "ally": gold reads "X, Y's ally"
 * as X's support of Y.
 */
export function partnerOf(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const sp = verbPattern(ctx, 'supported');
  if (!sp) return;
  for (const c of ctx.byKind.get('partner_noun') ?? []) {
    let owner: Mention | undefined;
    let k: number;
    if (ctx.lang === 'en') {
      const o = ms.find((m) => m.tok1 === c.tok0 && isPossessive(ctx, m));
      if (!o) continue;
      owner = o;
      k = o.tok0 - 1;
    } else {
      const o = ms.find((m) => m.tok0 === c.tok1 && (m.clitics === '' || /ل$/.test(m.clitics)));
      if (!o) continue;
      owner = o;
      k = c.tok0 - 1;
    }
    const a = actor(ctx.lex, owner);
    if (!a || (a.kind !== 'country' && a.kind !== 'organization')) continue;
    let x: Mention | undefined;
    if (toks[k]?.text === ',' || toks[k]?.text === '،') {
      // (past quotes and a parenthesis: "the Syrian Democratic Forces (SDF), Washington's partner")
      const i = lastMentionBefore(ms, k);
      x = i >= 0 && freeWords(ctx, ms[i]!.tok1, k) === 0 ? ms[i] : undefined;
    } else if (ctx.lang === 'en' && COPULA.test(toks[k]?.norm ?? '')) {
      x = subjectActor(ctx, k);
    }
    const b = x && actor(ctx.lex, x);
    if (!x || !b || b.entity === a.entity || b.kind === 'place' || b.kind === 'person') continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger(c, sp), 'supported', owner, x, {}, false);
    atPublication(ctx, n);
  }
}

/**
 * A withdrawal demanded is no withdrawal done (pred32): "demanded an end to Turkish support for terrorism and a
 * withdrawal of Turkish forces from Syrian territory": a `withdrew_from` record told by a noun that an urging verb of the
 * same clause governs (the verb before the noun, no clause boundary between, at most eight free words) becomes the
 * presence it presupposes (gold rule 13), at publication. Records the urging frames already turned into a presence
 * (presence.ts demandedWithdrawal) are not there to convert.
 */
export function demandedNounWithdrawal(ctx: Ctx, from: number): void {
  const { s } = ctx;
  const ms = s.mentions;
  const dp = verbPattern(ctx, 'deployed_in');
  if (!dp) return;
  for (const W of s.triggers) {
    if (W.patterns[0]!.relation !== 'withdrew_from' || W.patterns[0]!.pos !== 'noun') continue;
    const U = s.triggers.find((x) => x.tok1 <= W.tok0 && x.patterns[0]!.relation === 'urged' && x.patterns[0]!.pos === 'verb' && freeWords(ctx, x.tok1, W.tok0) <= 8 && !hasBoundary(s.tokens, x.tok1, W.tok0));
    if (!U) continue;
    for (let i = ctx.out.length - 1; i >= from; i--) {
      const r = ctx.out[i]!;
      if (r.relation !== 'withdrew_from' || r.evidence.sourceSpan[0] < W.start - s.start) continue;
      const src = ms.find((m) => m.start - s.start === r.evidence.sourceSpan[0]);
      const tgt = ms.find((m) => m.start - s.start === r.evidence.targetSpan[0]);
      ctx.out.splice(i, 1);
      if (!src || !tgt) continue;
      const place = tgt.kind === 'place' ? tgt : actor(ctx.lex, tgt);
      if (!place) continue;
      const n = ctx.out.length;
      emit(ctx, cueTrigger(W, dp), 'deployed_in', src, place, {}, true);
      atPublication(ctx, n);
    }
  }
}

/**
 * An incursion into a place is also presence there (pred32), as the Arabic `توغل`: "launched a ground incursion into
 * southern Lebanon", "its 2019 incursion into northeastern Syria against the Kurdish YPG": an attack noun "incursion(s)"
 * with "into" and a place right after gives the attacker's presence there, beside whatever attack the noun reads
 * (its doer: the source of an attack record of the sentence whose target comes after the noun).
 */
export function incursionPresence(ctx: Ctx, from: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const dp = verbPattern(ctx, 'deployed_in');
  if (!dp || ctx.lang !== 'en') return;
  for (const T of s.triggers) {
    if (!/^incursions?$/.test(toks[T.tok1 - 1]!.norm) || nth(toks, T.tok1)?.norm !== 'into') continue;
    const place = ms.find((m) => m.tok0 === T.tok1 + 1 && (m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country'));
    if (!place) continue;
    const r = ctx.out.slice(from).find((x) => x.relation === 'attacked' && x.evidence.targetSpan[0] >= T.start - s.start);
    // (np46: a doer read off a possessive, "its 2019 incursion into P": the span is the noun's, the doer a mention before it)
    const src = r ? ms.find((m) => m.start - s.start === r.evidence.sourceSpan[0]) ?? ms.find((m) => m.tok1 <= T.tok0 && actor(ctx.lex, m)?.entity === r.source) : undefined;
    if (!src) continue;
    const at = place.kind === 'place' ? place : actor(ctx.lex, place)!;
    const n = ctx.out.length;
    emit(ctx, cueTrigger(T, dp), 'deployed_in', src, at, {}, true);
    // (np46: an incursion dated in the text, "its 2019 incursion into P", dates the presence it began; gold rule 13)
    if (r!.dateSource === 'text') for (const x of ctx.out.slice(n)) [x.date, x.dateSource] = [r!.date, r!.dateSource];
    else atPublication(ctx, n);
  }
}

/**
 * A deployment told "as part of the fight against Y" (gold rule 17e; np33): "The United States keeps around 900 troops in
 * northeastern Syria as part of the campaign against Islamic State", "has about 900 troops in Syria … as part of the
 * fight against IS": the one deployed in the sentence before the phrase attacked the foe (a standing fight: at
 * publication). A fight noun (cues.csv `fight_head_en`: fight, campaign, war, battle, struggle), not a coalition ("as
 * part of the coalition against IS" names no fight, rule 17e). English.
 */
export function partOfFight(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const heads = cueWords(ctx.lex, 'fight_head_en');
  const ap = heads.size ? verbPattern(ctx, 'attacked') : undefined;
  if (!ap) return;
  for (let k = 0; k + 5 < toks.length; k++) {
    if (toks[k]!.norm !== 'as' || toks[k + 1]!.norm !== 'part' || toks[k + 2]!.norm !== 'of') continue;
    let j = k + 3;
    if (/^(the|its|their|a)$/.test(toks[j]!.norm)) j++;
    if (!heads.has(toks[j]?.norm ?? '') || toks[j + 1]?.norm !== 'against') continue;
    const f = firstMentionAfter(ms, j + 2);
    const foe = f >= 0 && freeWords(ctx, j + 2, ms[f]!.tok0) <= 2 && ms[f]!.via !== 'demonym' ? actor(ctx.lex, ms[f]!) : undefined;
    if (!foe || !SIDE_KINDS.has(foe.kind)) continue;
    const at = toks[k]!.start - s.start;
    const n = ctx.out.length;
    const done = new Set<string>();
    for (const r of ctx.out.slice(0, n)) {
      if (r.evidence.start !== s.start || r.relation !== 'deployed_in' || r.evidence.sourceSpan[1] > at || done.has(r.source) || r.source === foe.entity) continue;
      const src = ms.find((m) => m.start - s.start === r.evidence.sourceSpan[0]);
      const a = src ? actor(ctx.lex, src) : undefined;
      if (!src || !a || (a.kind !== 'country' && a.kind !== 'armed_group')) continue;
      done.add(r.source);
      emit(ctx, cueTrigger({ tok0: j, tok1: j + 2, start: toks[j]!.start, end: toks[j + 1]!.end }, ap), 'attacked', src, ms[f]!, {}, false);
    }
    atPublication(ctx, n);
  }
}

/** Adjectives between a possessor and its ally noun ("Washington's main partner", "the SDF's closest ally"). */
const ALLY_ADJECTIVE = /^(main|key|closest|close|chief|principal|top|primary|major|local|strongest|staunchest)$/;

/**
 * Allies in a fight (gold rule 17e; np33): "The SDF … is Washington's main partner in the fight against Islamic State",
 * "The United States, the SDF's main ally in the fight against IS": the possessor of the ally noun (`ally_noun_en` or
 * "partner") right before "in the fight against" (`fight_noun`) and the ally it is said of — the name before ", the"
 * (an apposition) or the clause's first actor before a copula ("is", "has been", "remains") — both attacked the foe, at
 * publication. English.
 */
export function allyFight(ctx: Ctx): void {
  const cues = ctx.byKind.get('fight_noun');
  const ap = cues?.length ? verbPattern(ctx, 'attacked') : undefined;
  if (!ap) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const allies = cueWords(ctx.lex, 'ally_noun_en');
  for (const c of cues!) {
    if (nth(toks, c.tok1)?.norm !== 'against') continue;
    let j = c.tok0 - 1;
    if (!(allies.has(toks[j]?.norm ?? '') || /^(partner|allies|partners)$/.test(toks[j]?.norm ?? ''))) continue;
    j--;
    while (j > 0 && ALLY_ADJECTIVE.test(toks[j]!.norm)) j--;
    const pi = ms.findIndex((m) => m.tok1 === j + 1 && isPossessive(ctx, m));
    const pos = pi >= 0 ? actor(ctx.lex, ms[pi]!) : undefined;
    if (!pos || !SIDE_KINDS.has(pos.kind)) continue;
    const f = firstMentionAfter(ms, c.tok1 + 1);
    const foe = f >= 0 && freeWords(ctx, c.tok1 + 1, ms[f]!.tok0) <= 2 && ms[f]!.via !== 'demonym' ? actor(ctx.lex, ms[f]!) : undefined;
    if (!foe || !SIDE_KINDS.has(foe.kind) || foe.entity === pos.entity) continue;
    // the ally: before ", the" (apposition) or the clause's first actor before a copula
    let ally: Mention | undefined;
    const p0 = ms[pi]!.tok0;
    const before = toks[p0 - 1]?.norm === 'the' ? p0 - 1 : p0;
    if (toks[before - 1]?.text === ',') {
      const a = ms.find((m) => m.tok1 === before - 1 || (m.tok1 === before - 2 && toks[before - 2]!.text === ')'));
      ally = a && !prepOf(ctx, a) ? actor(ctx.lex, a) : undefined;
    } else if (/^(is|was|been|remains|remained|became)$/.test(toks[before - 1]?.norm ?? '')) {
      const a = ms.find((m) => m.tok1 <= before && !prepOf(ctx, m) && !isPossessive(ctx, m) && sideActor(ctx.lex, m, true));
      ally = a ? actor(ctx.lex, a) : undefined;
    }
    const n = ctx.out.length;
    const T = cueTrigger(c, ap);
    for (const m of [ms[pi]!, ...(ally && SIDE_KINDS.has(ally.kind) ? [ally] : [])]) {
      const a = actor(ctx.lex, m)!;
      if (a.entity !== foe.entity) emit(ctx, T, 'attacked', m, ms[f]!, {}, false);
    }
    atPublication(ctx, n);
  }
}

/**
 * An ally apposition with its attributive holder, gold rule 19b (rule19): "Jordan, a close US ally, hosts …", "Egypt, a
 * key Western ally": the name before ", a/an/the" is the ally, the demonym, possessor or attributive name right before
 * "ally" (past `ally_adjective` words, "close") the one it is ally of — `Y supported X`, at publication. English.
 */
export function allyAttributive(ctx: Ctx): void {
  const pattern = verbPattern(ctx, 'supported');
  if (!pattern) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const adjectives = cueWords(ctx.lex, 'ally_adjective');
  for (const c of ctx.byKind.get('agent_noun') ?? []) {
    if (!/^(ally|allies)$/.test(toks[c.tok0]?.norm ?? '') || c.tok1 !== c.tok0 + 1) continue;
    const xm = ms.find((m) => m.tok1 === c.tok0);
    const x = xm ? actor(ctx.lex, xm) : undefined;
    if (!xm || !x || !/^(country|armed_group|organization)$/.test(x.kind)) continue;
    let j = xm.tok0 - 1;
    while (j > 0 && (adjectives.has(toks[j]!.norm) || ALLY_ADJECTIVE.test(toks[j]!.norm) || /^(long|longtime|-|staunch|important|traditional)$/.test(toks[j]!.norm))) j--;
    if (!/^(a|an|the)$/.test(toks[j]?.norm ?? '') || toks[j - 1]?.text !== ',') continue;
    const k = j - 1;
    const ym = ms.find((m) => m.tok1 === k || (m.tok1 === k - 1 && toks[k - 1]!.text === ')'));
    const y = ym && !prepOf(ctx, ym) ? actor(ctx.lex, ym) : undefined;
    if (!ym || !y || y.entity === x.entity || !/^(country|armed_group|person|organization)$/.test(y.kind)) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger(c, pattern), 'supported', ym, xm, {}, false);
    atPublication(ctx, n);
  }
}
