/**
 * Rule 19f, a place taken from X, when the place is a pronoun or a clitic, and the captor of "took P from X" (branch
 * slot45; diagnosis-batch42 #17–18, #23, #55–56, #92–93, FP 95–96; pool b23 palmyra, b40 tal-rifaat). Forms:
 *   - Arabic: a capture verb or its verbal noun carrying the object clitic (cues.csv `taken_clitic_ar`: `استعادتها`,
 *     `انتزاعها`, `حرروها`), or a capture verb (`capture_verb`) whose object is `السيطرة عليها/عليه`
 *     (`منذ انتزعت «قسد» السيطرة عليها من «داعش»`);
 *   - English: a capture or taking verb (`capture_verb`, `taken_from_verb`) right before "it" ("since the group took it
 *     from the Islamic State", "before government forces recaptured it in March 2017").
 * The place is the last place named before the word (its sentence, else the nearest sentence before that names one; no
 * capital acting for its state). With `من`/"from" and a state or armed group right after (past a kind of group), that
 * one held the place then; the captor (the verb's subject; for a verbal noun the sentence's opening actor) holds it from
 * then and, when the one it was taken from is an armed group, attacked it. All dated by the first date of the clause;
 * no date, no presence (gold rule 19f). A capture verb that took a place is no `reconciled_with` (the restore sense of
 * `استعاد` is `استعادت مقعدها`, an organisation's seat): the sentence's reconciled_with rows are dropped.
 * English "took P from X" with P named: the takers (the verb's subject, states and armed groups) hold P from then and
 * attacked X (an armed group); takenfrom.ts gives X's own row, capturedFrom the rows of `capture_verb` words.
 */
import type { Mention, Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { verbArgs } from './args.ts';
import { actor, BOUNDARY, RELATIVE, type Ctx, cueTrigger, hasWordCue, hasWordCueAt, isPossessive, leadingActor, prepOf, verbPattern, forcesOwnerBefore } from './ctx.ts';
import { emit, redateSince } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';
import { clauseDate, datedPresence } from './presence.ts';
import { landObjectEnd, vsoCaptors } from './takenvso.ts';
import { placePairBefore } from './placepair.ts';

// (Arabic: the control noun of `السيطرة عليها`, cues.csv `control_noun_ar` or `control_object_ar`, with a proclitic و/ف or
// none; kinds of group between `من`/"from" and the name, `from_gap`: `من تنظيم «داعش»`, "from the Kurdish YPG militia";
// the verbal nouns among the clitic forms, `taken_noun_ar`, whose doer is the sentence's opening actor)
/** An opening quote between `من`/"from" and the name. */
const FROM_QUOTE = /^(«|")$/;

const holderKind = (ctx: Ctx, m: Mention | undefined): string | undefined => {
  const a = m && actor(ctx.lex, m);
  const k = a && (ctx.lex.entities.get(a.entity)?.kind ?? a.kind);
  return k === 'country' || k === 'armed_group' ? k : undefined;
};

/** The last place named before token k: its sentence, else the nearest sentence before that names one. */
function placeBefore(ctx: Ctx, k: number): Mention | undefined {
  const ok = (m: Mention) => m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for;
  const ms = ctx.s.mentions;
  for (let j = ms.length - 1; j >= 0; j--) if (ms[j]!.tok1 <= k && ok(ms[j]!)) return ms[j];
  for (let h = ctx.history.length - 1; h >= 0 && ctx.history.length - h <= 3; h--) {
    const prev = ctx.history[h]!;
    for (let j = prev.length - 1; j >= 0; j--) if (prev[j]!.via !== 'anaphor' && ok(prev[j]!)) return prev[j];
  }
  return undefined;
}

/** An Arabic dual object pronoun on the taking word (`انتزاعهما`, `استعادتهما`): a pair of places (slot55). */
const PAIR_CLITIC_AR = /هما$/;

/** The one it was taken from: a state or armed group right after `من`/"from" at token f (past a kind of group). */
function loserAfter(ctx: Ctx, f: number): Mention | undefined {
  const toks = ctx.s.tokens;
  if (toks[f]?.norm !== 'from' && toks[f]?.norm !== 'من') return undefined;
  let j = f + 1;
  while (j < toks.length && j - f <= 3 && (FROM_QUOTE.test(toks[j]!.norm) || hasWordCueAt(ctx, j, 'from_gap'))) j++;
  const m = ctx.s.mentions.find((x) => x.tok0 > f && x.tok0 <= j && x.via !== 'demonym');
  return m && holderKind(ctx, m) && !isPossessive(ctx, m) ? m : undefined;
}

export function takenClitic(ctx: Ctx): void {
  const en = ctx.lang === 'en';
  if (en ? !hasWordCue(ctx, 'capture_verb') && !hasWordCue(ctx, 'taken_from_verb') : !hasWordCue(ctx, 'taken_clitic_ar', 'conj') && !hasWordCue(ctx, 'capture_verb', 'conj')) return;
  const toks = ctx.s.tokens;
  const capture = cueWords(ctx.lex, 'capture_verb');
  const took = en ? cueWords(ctx.lex, 'taken_from_verb') : undefined;
  const dv = verbPattern(ctx, 'deployed_in');
  const av = verbPattern(ctx, 'attacked');
  if (!dv || !av) return;
  for (let k = 0; k < toks.length - 1; k++) {
    const n = toks[k]!.norm;
    // (after: the token after the place; noun: a verbal noun whose doer opens the sentence)
    let after = -1;
    let noun = false;
    let named: Mention | undefined;
    // (slot55: a dual or plural pronoun, "took them", `انتزاعهما`: the pair of places named before, each taken)
    let pair = false;
    if (en) {
      if (!capture.has(n) && !took!.has(n)) continue;
      if (toks[k + 1]!.norm === 'it') after = k + 2;
      else if (toks[k + 1]!.norm === 'them') [after, pair] = [k + 2, true];
      else if (took!.has(n)) {
        // ("took the nearby Afrin region from the YPG in 2018": the takers of a named place; takenfrom.ts gives the YPG)
        let f = k + 1;
        while (f < toks.length && f - k <= 8 && toks[f]!.norm !== 'from' && toks[f]!.text !== ',' && !BOUNDARY.has(toks[f]!.text)) f++;
        if (toks[f]?.norm !== 'from') continue;
        named = ctx.s.mentions.find((m) => m.tok0 > k && m.tok1 <= f && m.kind === 'place');
        // ("since it took the town from IS": a definite land word alone between is the place named before, as capturedFrom)
        if (!named && !(f === k + 3 && toks[k + 1]!.norm === 'the' && cueWords(ctx.lex, 'taken_land').has(toks[k + 2]!.norm))) continue;
        after = f;
      } else continue;
    } else if (hasWordCueAt(ctx, k, 'taken_clitic_ar', 'conj')) {
      after = k + 1;
      noun = hasWordCueAt(ctx, k, 'taken_noun_ar', 'conj');
      pair = PAIR_CLITIC_AR.test(n);
    } else if (hasWordCueAt(ctx, k, 'capture_verb', 'conj')) {
      // (`انتزعت «قسد» السيطرة عليها`: the control noun and its pronoun within seven words, no break)
      for (let j = k + 1; j < toks.length - 1 && j - k <= 7 && !BOUNDARY.has(toks[j]!.text) && toks[j]!.text !== ','; j++) {
        if ((hasWordCueAt(ctx, j, 'control_noun_ar', 'conj') || hasWordCueAt(ctx, j, 'control_object_ar', 'conj')) && /^(عليها|عليه)$/.test(toks[j + 1]!.norm)) {
          after = j + 2;
          break;
        }
      }
      // (slot53: `التي انتزعت خلالها القوات التركية المنطقة من`, `قد انتزعت المدينة من`: a definite land word, past the
      // verb's VSO subject; the place named before; takenvso.ts)
      if (after < 0) after = landObjectEnd(ctx, k);
      if (after < 0) continue;
    } else continue;
    const pairPlaces = pair ? placePairBefore(ctx, k) : undefined;
    if (pair && !pairPlaces) continue;
    const place = named ?? pairPlaces?.[0] ?? placeBefore(ctx, k);
    if (!place) continue;
    const places = pairPlaces ?? [place];
    const date = clauseDate(ctx, k);
    if (!date) continue;
    const span = { tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end };
    const v = cueTrigger(span, dv);
    if (isNegated(ctx, v) || isHypothetical(ctx, v)) continue;
    // (`من` after the place, past a VSO subject: `استعادها الجيش السوري من تنظيم «داعش»`; six words, no comma nor boundary)
    let f = after;
    while (f < toks.length && f - after <= 6 && toks[f]!.norm !== 'from' && toks[f]!.norm !== 'من' && toks[f]!.text !== ',' && !BOUNDARY.has(toks[f]!.text)) f++;
    const loser = loserAfter(ctx, f);
    // (the captor: the verb's subject, states and armed groups; a verbal noun's, the sentence's opening actor)
    let takers: Mention[] = [];
    if (!noun) takers = (verbArgs(ctx, v, true).subj ?? []).filter((m) => m.tok0 !== loser?.tok0 && holderKind(ctx, m));
    // (slot53: an Arabic verb's own VSO subject, `منذ أن انتزعتها القوات التركية من`, not the main clause's holder)
    const vso = !en && !noun ? vsoCaptors(ctx, k, (m) => m.tok0 !== loser?.tok0 && !!holderKind(ctx, m)) : undefined;
    if (vso) takers = vso;
    // (a relative's verb has its own subject: `مدينة كوباني التي استعادها المقاتلون الأكراد` is not the main clause's)
    let r = k - 1;
    while (r >= 0 && k - r <= 4 && !RELATIVE.has(toks[r]!.norm) && !BOUNDARY.has(toks[r]!.text)) r--;
    if (r >= 0 && RELATIVE.has(toks[r]!.norm)) takers = takers.filter((m) => m.tok0 > r);
    // ("Turkish troops and their Syrian National Army allies took …": the forces joined before the subject's first member)
    const joined = en && takers.length ? forcesAndBefore(ctx, takers[0]!) : undefined;
    if (joined && !takers.some((m) => m.entity === joined.entity)) takers = [joined, ...takers];
    if (!takers.length && noun) {
      const lead = leadingActor(ctx, k);
      if (lead && holderKind(ctx, lead) && lead.tok0 !== loser?.tok0) takers = [lead];
    }
    for (const p of places) {
      if (!named && loser) datedPresence(ctx, v, loser, p, date);
      for (const m of takers) if (actor(ctx.lex, m)!.entity !== loser?.entity) datedPresence(ctx, v, m, p, date);
    }
    if (loser && holderKind(ctx, loser) === 'armed_group') {
      const a = cueTrigger(span, av);
      for (const m of takers) if (actor(ctx.lex, m)!.entity !== actor(ctx.lex, loser)!.entity) emitDated(ctx, a, m, loser, date);
    }
    // (the place taken is no restored tie: `قد استعادتها من فصائل المعارضة` is not `reconciled_with`)
    if (!en && (loser || takers.length)) dropReconciled(ctx);
  }
}

/**
 * English: the forces of a state or armed group joined by "and" before mention m, past m's own "their"/"its"/"the"
 * ("Turkish troops and their Syrian National Army allies"): a mention (no preposition or possessive) and up to three
 * forces words (`military`, `state_head`, at least one `military`) right before "and".
 */
function forcesAndBefore(ctx: Ctx, m: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  let a0 = m.tok0 - 1;
  while (a0 > 0 && m.tok0 - a0 <= 2 && /^(the|their|its)$/.test(toks[a0]!.norm)) a0--;
  if (toks[a0]?.norm !== 'and') return undefined;
  const x = forcesOwnerBefore(ctx, a0);
  return x && !prepOf(ctx, x) && !isPossessive(ctx, x) && holderKind(ctx, x) ? x : undefined;
}

/** `who attacked whom` by trigger T, dated `date` (the capture's). */
function emitDated(ctx: Ctx, T: Trigger, who: Mention, whom: Mention, date: string): void {
  const n = ctx.out.length;
  if (emit(ctx, T, 'attacked', who, whom, {}, false)) redateSince(ctx, n, date);
}

/** Drop the reconciled_with rows of this sentence (a sentence that tells a place retaken tells no restored tie). */
function dropReconciled(ctx: Ctx): void {
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (r.relation === 'reconciled_with' && r.evidence.start === ctx.s.start) ctx.out.splice(i, 1);
  }
}
