/** Relations: frames of particular relations (reception, received, reconciliation, control, "US-backed", declared targets). */
import { giversStart, relativeHost } from './relativebacking.ts';
import { normalise } from '../normalise.ts';
import { cueHas, type CueSpan, type Mention, mention, mentionOf, mentionOn, redated, type Trigger, triggerWith } from '../doc.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import { actor, AR_RELATIVE, hasWordCue, BOUNDARY as BOUNDARY_TEXT, commaAnd, type Ctx, cueIn, cueTrigger, firstMentionAfter, firstPattern, freeWords, type Group, groupFrom, groupTo, hasBoundary, hasCue, isPossessive, stateBody, lastMentionBefore, nth, ownerBefore, PASSIVE_AUX, pastDate, PREP_CLITICS, prepOf, verbPattern, withPreps, wordsBetween, leadingActor } from './ctx.ts';
import { leftGroup, nounArgs, objectGroup, possessivePronoun, verbArgs } from './args.ts';
import { isPresent } from './dates.ts';
import { atPublication, emit, emitAll, redateSince } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';
import { isQuote } from '../mentions.ts';
import { pronounRef } from './anaphora.ts';
import { attackerOf } from './discourse.ts';
import { locatedPlaceHead } from './clauses.ts';
import { presenceSubjectList } from './presencelist.ts';
import { insertedHolder } from './presenceholder.ts';
import { definiteDemonymAr } from './presence.ts';
import { vowBefore } from './vowverb.ts';
import { pastFactionHeadAr } from './factionheadar.ts';

/**
 * hosted, "في استقبال": "كان X في استقبال Y" (X before, the guest its genitive) and "كان في استقباله [في المطار] X"
 * (the host after, the guest the pronoun: a person named before, else the carried subject).
 */
export function reception(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  if (ctx.lang !== 'ar' || nth(s.tokens, T.tok0 - 1)?.norm !== 'في' || T.clitics) return undefined;
  let host: Mention | undefined;
  let guest: Mention | undefined;
  if (T.suffix) {
    for (let i = firstMentionAfter(ms, T.tok1); i >= 0 && i < ms.length && !host; i++) {
      const m = ms[i]!;
      if (hasBoundary(s.tokens, T.tok1, m.tok0) || freeWords(ctx, T.tok1, m.tok0) > 8) break;
      if (m.kind === 'person') host = m;
    }
    for (let i = lastMentionBefore(ms, T.tok0); i >= 0 && !guest; i--) if (ms[i]!.kind === 'person' && ms[i]!.entity !== host?.entity) guest = ms[i];
    guest ??= ctx.lastSubject;
    if (guest) guest = mentionOn(guest, T);
  } else {
    const j = firstMentionAfter(ms, T.tok1);
    guest = j >= 0 && ms[j]!.tok0 === T.tok1 ? ms[j] : undefined;
    const h = leftGroup(ctx, T.tok0 - 1, 2);
    host = h?.[h.length - 1];
  }
  if (!host || !guest || host.entity === guest.entity) return undefined;
  return emitAll(ctx, T, p, [host], [guest], attrs);
}

/**
 * "the US-backed SDF", "the SDF, a US-backed alliance": the backer before the hyphen supports the name the
 * compound qualifies, right after it or, in apposition, before the comma.
 */
export function hyphenBacked(ctx: Ctx, T: Trigger): [Mention, Group] | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const backer = ms.find((m) => m.tok1 === T.tok0 - 1);
  if (!backer || !actor(ctx.lex, backer)) return undefined;
  // (np53: "X and Y, two Turkish-backed factions": a number word names the list before the comma, each backed)
  if (/^(two|three|four|both)$/.test(toks[backer.tok0 - 1]?.norm ?? '') && toks[backer.tok0 - 2]?.text === ',') {
    const h = ms.findIndex((m) => m.tok1 === backer.tok0 - 2);
    const g = h >= 0 ? groupTo(ms, h).filter((m) => actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && actor(ctx.lex, m)!.entity !== actor(ctx.lex, backer)!.entity) : [];
    if (g.length > 1) return [backer, g];
  }
  const i = firstMentionAfter(ms, T.tok1);
  if (i >= 0 && ms[i]!.tok0 === T.tok1) return [backer, groupFrom(ms, i)];
  // ("during a Russian-backed offensive", "a Russian-backed offensive by government forces": the backed one is the
  // offensive's doer, only when named — "by X" after it, or the agent of the passive it is an adjunct of; gold rule 12,
  // batch 29 `saraqib-front-raid`; bugs35)
  if (ctx.s.triggers.some((x) => x.tok0 === T.tok1 && x.patterns.some((q) => q.pos === 'noun' && q.relation === 'attacked'))) {
    const doer = offensiveDoer(ctx, T.tok1 + 1, backer);
    return doer ? [backer, doer] : undefined;
  }
  const members = includedMembers(ctx, T.tok1);
  if (members) return [backer, members];
  let k = backer.tok0 - 1;
  // ("the IRI, an umbrella group of Iran-backed militias": a head noun and "of" before the compound; "an umbrella for", np34)
  if (toks[k]?.norm === 'of' || toks[k]?.norm === 'for') {
    let j = k - 1;
    while (j > k - 4 && j >= 0 && toks[j]!.word && !ctx.inMention[j] && !/^(a|an|the)$/.test(toks[j]!.norm)) j--;
    if (/^(a|an|the)$/.test(toks[j]?.norm ?? '')) k = j;
  }
  while (k >= 0 && /^(a|an|the)$/.test(toks[k]!.norm)) k--;
  if (toks[k]?.text !== ',') return undefined;
  k--;
  while (k >= 0 && toks[k]!.text === ')') k--;
  // "(SDF)": the acronym in brackets is read with the name before it
  const head = ms.find((m) => m.tok1 === k + 1 || (m.tok0 < k && m.tok1 >= k && toks[m.tok1]?.text === ')'));
  return head && actor(ctx.lex, head) ? [backer, [head]] : undefined;
}

/** The named doer of a backed offensive whose noun ends before `after`: "by X" right after it, else the passive agent ("was recaptured by X … during") before it. */
function offensiveDoer(ctx: Ctx, after: number, backer: Mention): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const ok = (g: Group) => g.filter((m) => actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && actor(ctx.lex, m)!.entity !== actor(ctx.lex, backer)!.entity);
  if (toks[after]?.norm === 'by') {
    const i = firstMentionAfter(ms, after + 1);
    if (i >= 0 && freeWords(ctx, after + 1, ms[i]!.tok0) <= 1) return ok(groupFrom(ms, i));
  }
  for (let k = backer.tok0 - 1; k > 0; k--) {
    // (a relative clause set off by commas is passed over: "retaken by X, which Iran also backs, in a …-backed offensive")
    if (ctx.inRelative[k] || (toks[k]!.text === ',' && (ctx.inRelative[k - 1] || ctx.inRelative[k + 1]))) continue;
    if (toks[k]!.text === ',' || BOUNDARY_TEXT.has(toks[k]!.text)) break;
    if (toks[k]!.norm !== 'by' || !PASSIVE_AUX.has(toks[k - 2]?.norm ?? '') && !/ed$/.test(toks[k - 1]?.norm ?? '')) continue;
    const i = firstMentionAfter(ms, k + 1);
    if (i >= 0 && ms[i]!.tok1 <= backer.tok0 && freeWords(ctx, k + 1, ms[i]!.tok0) <= 1) {
      const g = ok(groupFrom(ms, i));
      return g.length ? g : undefined;
    }
  }
  return undefined;
}

/**
 * "Iran-backed fighters, including members of Iraq's Nujaba movement and Lebanon's Hezbollah": the named members of an
 * unnamed noun (a noun of one or two words at `from`, then ", including", "such as"), the possessors of the names left out.
 */
export function includedMembers(ctx: Ctx, from: number, maxWords = 2): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let k = from;
  // ("a meeting of Iran-backed fighters, including …": within a longer object, only the first part of a compound is named)
  while (k < toks.length && k - from < maxWords && (toks[k]!.word || toks[k]!.text === '-') && (!ctx.inMention[k] || toks[k + 1]?.text === '-') && !/^(including|such)$/.test(toks[k]!.norm)) k++;
  // (np34: also with no comma, "Iran-backed militias including Kataib Hezbollah", "militias such as")
  if (k > from && toks[k]?.text !== ',' && /^(including|such)$/.test(toks[k]?.norm ?? '')) k--;
  else if (k === from || toks[k]?.text !== ',' || !/^(including|such)$/.test(toks[k + 1]?.norm ?? '')) return undefined;
  for (let i = firstMentionAfter(ms, k + 2); i >= 0 && i < ms.length; i++) {
    const m = ms[i]!;
    if (freeWords(ctx, k + 2, m.tok0) > 3 || hasBoundary(toks, k + 2, m.tok0)) return undefined;
    // ("members of Iraq's Nujaba movement": the country that owns the name is none of them)
    if (isPossessive(ctx, m)) continue;
    const g = groupFrom(ms, i).filter((x) => !isPossessive(ctx, x) && actor(ctx.lex, x) && x.kind !== 'country');
    return g.length ? g : undefined;
  }
  return undefined;
}

/**
 * "تحظى «قسد» … بدعم الولايات المتحدة", "the SDF enjoys the backing of Washington": the subject of a recipient
 * verb receives the noun's act from the noun's possessor.
 */
export function received(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  // ("Russia has faced isolation since its invasion of Ukraine": the noun received is in the recipient word's own object,
  // not past a temporal or causal conjunction)
  const c = (ctx.byKind.get('recipient') ?? []).find((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 10 && !hasBoundary(ctx.s.tokens, x.tok1, T.tok0) && !ctx.s.tokens.slice(x.tok1, T.tok0).some((t) => /^(since|after|before|because|when|while|as|منذ|بعد|قبل|عندما|حين)$/.test(t.norm)));
  if (!c) return undefined;
  const to = verbArgs(ctx, c, false).subj?.filter((m) => m.tok1 <= T.tok0 || m.via === 'anaphor');
  // the giver: the genitive right after the noun (بدعم الولايات المتحدة) or after "of"/"from"
  const ms = ctx.s.mentions;
  // (a date between the noun and من/from: `اتصالاً هاتفياً مساء أمس من Y`, "a telephone call on Friday from Y"; slot42)
  let t1 = pastDate(ctx, T.tok1);
  if (!/^(من|from)$/.test(ctx.s.tokens[t1]?.norm ?? '')) t1 = T.tok1;
  const i = firstMentionAfter(ms, t1);
  const m = nth(ms, i);
  // (or, in Arabic, after من: "تلقى الأسد اتصالاً هاتفياً من بوتين", the subject between the verb and its noun)
  const from = m && prepOf(ctx, m);
  // ("… اتصالاً هاتفياً من نظيره المصري NAME", "a call from his Egyptian counterpart NAME": the counterpart descriptor and its
  // demonym stand between من/from and the name)
  const toks = ctx.s.tokens;
  const viaCounterpart =
    !!m &&
    /^(من|from)$/.test(toks[t1]?.norm ?? '') &&
    m.tok0 - t1 <= 5 &&
    (ctx.byKind.get('counterpart') ?? []).some((c) => c.tok0 > t1 && c.tok1 <= m.tok1 && c.tok0 - t1 <= (ctx.lang === 'en' ? 3 : 2)) &&
    !hasBoundary(toks, t1, m.tok0);
  const ok =
    m &&
    (viaCounterpart ||
      (ctx.lang === 'ar'
        ? (freeWords(ctx, t1, m.tok0) === 0 && !PREP_CLITICS.test(m.clitics)) || (from === 'من' && freeWords(ctx, t1, m.tok0) <= 1)
        : freeWords(ctx, t1, m.tok0) <= 1 && ['of', 'from'].includes(from ?? '')));
  // "is subject to sweeping US sanctions", "تخضع لعقوبات أمريكية": a demonym on the noun
  const dem = ms.find((x) => (x.via === 'demonym' || actor(ctx.lex, x)?.kind === 'country') && (ctx.lang === 'en' ? x.tok1 === T.tok0 : x.tok0 === T.tok1 && x.via === 'demonym'));
  // ("under US and European sanctions": a list of attributive names, each a giver)
  const by = ok && actor(ctx.lex, m) ? groupFrom(ms, i) : dem ? (ctx.lang === 'en' ? groupTo(ms, ms.indexOf(dem)).filter((x) => actor(ctx.lex, x)) : [dem]) : undefined;
  // ("Russia has faced Western sanctions since it invaded Ukraine": the one subject to the act, with no giver named, gives
  // it to no one; the noun right after the recipient word, past its adjectives, is the noun received)
  if (to?.length && !by && freeWords(ctx, c.tok1, T.tok0) <= 2) return true;
  if (!to?.length || !by) return undefined;
  return emitAll(ctx, T, p, by, to, attrs);
}

/** "مناطق في ريف إدلب الخاضعة لسيطرة «هيئة تحرير الشام»": the controller is deployed in the place before. */
export function underControl(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean {
  const ms = ctx.s.mentions;
  // ("The camp … is run by the Kurdish-led administration and guarded by the SDF": a passive of control after "and"
  // holds the place of the passive of control before it; slot44)
  const E = coordinatedPassive(ctx, T);
  const i = lastMentionBefore(ms, (E ?? T).tok0);
  let place = i >= 0 && ms[i]!.kind === 'place' && freeWords(ctx, ms[i]!.tok1, (E ?? T).tok0) <= 2 ? ms[i] : undefined;
  // ("Ain Issa, on the M4 highway, is held by the SDF": a place behind a preposition in an apposition between commas
  // locates the head before the opening comma, which is the place held; diagnosis-batch24 §4 #55)
  if (place && ctx.lang === 'en' && prepOf(ctx, place) && ctx.s.tokens[place.tok1]?.text === ',') {
    let k = place.tok0 - 1;
    while (k > 0 && place.tok0 - k <= 6 && ctx.s.tokens[k]!.text !== ',') k--;
    if (ctx.s.tokens[k]?.text === ',') {
      place = ms.find((m) => m.tok1 === k && m.kind === 'place');
      if (!place) return false;
    }
  }
  // ("the al-Hol camp east of Hasakah, which is run by the SDF": after a comma, the place a compass word locates; slot36)
  if (place && ctx.s.tokens.slice(place.tok1, (E ?? T).tok0).some((t) => t.text === ',' || t.text === '،')) place = locatedPlaceHead(ctx, place) ?? place;
  // "Atmeh, a town near the border crowded with camps and controlled by HTS": the place the apposition describes
  if (!place && ctx.lang === 'en') place = appositionPlace(ctx, T);
  let j = firstMentionAfter(ms, T.tok1);
  // ("held by the US-backed SDF": past an article and the backer of a compound)
  const article = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (ctx.lang !== 'en' || !(ctx.inMention[k] || /^(the|backed|led|supported)$/.test(ctx.s.tokens[k]!.norm) || ctx.s.tokens[k]!.text === '-')) return false;
    return true;
  };
  if (j >= 0 && ctx.lang === 'en' && ctx.s.tokens[ms[j]!.tok1]?.text === '-' && ms[j + 1] && article(ms[j]!.tok1, ms[j + 1]!.tok0)) j++;
  // ("held by Turkish-backed factions": the first part of a compound is no agent, and the factions are named by no entity)
  if (j >= 0 && ctx.lang === 'en' && ctx.s.tokens[ms[j]!.tok1]?.text === '-') j = -1;
  // (past an Arabic faction head, `الخاضعة لسيطرة فصائل «X»`: factionheadar.ts, np47)
  const at = pastFactionHeadAr(ctx, T.tok1);
  // (solo58: `الخاضعة للسيطرة التركية`, `تحت السيطرة التركية`: a demonym right after the definite control noun, which the
  // mentions stage kept for no state organ)
  const demonymHolder = () => (ctx.lang === 'ar' && /(ال|لل)سيطره$/.test(ctx.s.tokens[T.tok1 - 1]!.norm) ? definiteDemonymAr(ctx, T.tok1) : undefined);
  const who = (j >= 0 && (freeWords(ctx, at, ms[j]!.tok0) === 0 || article(T.tok1, ms[j]!.tok0)) ? ms[j] : undefined) ?? (place ? cliticHolder(ctx, T, place) ?? demonymHolder() : undefined);
  // ("Tal Rifaat and Manbij, both held by the SDF": "both", "all" make the whole list the places)
  // (and a list that is the subject of the passive: "Tal Rifaat and Manbij are held by the SDF", "Both towns are held by …")
  const list = place ? groupTo(ms, ms.indexOf(place)) : [];
  // (past the list's plural head or the comma closing an inclusion: "The al-Hol and Roj camps are run by X", "The camps,
  // including al-Hol and Roj, are run by X"; slot32)
  let be = place ? place.tok1 : -1;
  if (be >= 0 && !ctx.inMention[be] && (ctx.s.tokens[be]?.text === ',' || cueWords(ctx.lex, 'plural_place_head').has(nth(ctx.s.tokens, be)?.norm ?? ''))) be++;
  // (PLURAL_HEAD: the `plural_place_head` word cue of data/lexicon/cues.csv, branch words31)
  // ("The towns of Tal Rifaat and Manbij were held by X": "of" after a plural head names the list itself)
  const ofHead = (m: Mention) => prepOf(ctx, m) === 'of' && cueWords(ctx.lex, 'plural_place_head').has(nth(ctx.s.tokens, m.tok0 - 2)?.norm ?? '');
  const subject = ctx.lang === 'en' && list.length > 1 && (!prepOf(ctx, list[0]!) || ofHead(list[0]!)) && /^(are|were|remain|have been)$/.test(nth(ctx.s.tokens, be)?.norm ?? '');
  // (solo58: an Arabic dual participle, `مدينتا رأس العين والباب، الخاضعتان للسيطرة التركية`, holds both members)
  const dual = ctx.lang === 'ar' && /^الخاضعت(ان|ين)$/.test(ctx.s.tokens[T.tok0]!.norm);
  const both = place && (dual || (ctx.lang === 'en' && (subject || ctx.s.tokens.slice(place.tok1, T.tok0).some((t) => /^(both|all)$/.test(t.norm)))));
  const places = place && both ? list.filter((m) => m.kind === 'place') : place ? [place] : [];
  // (`المخيم الواقع في محافظة الحسكة والخاضع لسيطرة «قسد»`: the head of a location participle is held too; cues.csv
  // `located_participle`, ref33)
  const head = place && places.length === 1 ? locatedHead(ctx, place) : undefined;
  if (head) places.unshift(head);
  if (!places.length || !who) return false;
  // (list36, diagnosis-batch31 #66: every holder of a list, `الخاضعة لسيطرة القوات التركية و«الجيش الوطني السوري»`,
  // "held by Turkey and the Syrian National Army": the controller's coordinated actors, no place)
  // (not past ", and", which opens a clause of its own: "held by Kurdish-led forces, and Syrian government troops … are
  // also present"; nor the backer of a compound: "held by government forces and Iran-backed groups")
  const holders = [who];
  // (a holder list only after a named holder, not a clitic's: `الخاضعة لسيطرتها`)
  if (j >= 0 && who === ms[j]) for (const m of groupFrom(ms, j).slice(1)) {
    const a = m.kind === 'place' ? undefined : actor(ctx.lex, m);
    if (!a || !/^(country|armed_group|organization)$/.test(a.kind) || ctx.s.tokens[m.tok1]?.text === '-') break;
    const gap = ctx.s.tokens.slice(holders[holders.length - 1]!.tok1, m.tok0);
    if (gap.some((t) => t.text === ',' || t.text === '،') && gap.some((t) => t.norm === 'and')) break;
    holders.push(m);
  }
  return emitAll(ctx, T, p, holders, places, attrs);
}

/**
 * "is run by X and guarded by Y", "controlled by X and held by Y" (slot44): the passive control trigger before T whose
 * holder phrase T's "and" closes (English; "and" right before T past "is/are/was/were/also", no comma, boundary or
 * other trigger between the two), else undefined.
 */
function coordinatedPassive(ctx: Ctx, T: Trigger): Trigger | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(is|are|was|were|also|still)$/.test(toks[k]!.norm)) k--;
  if (toks[k]?.norm !== 'and') return undefined;
  let E: Trigger | undefined;
  for (const x of ctx.s.triggers) if (x.tok1 <= k && x.patterns.some((q) => q.relation === 'deployed_in' && q.voice === 'passive') && (!E || x.tok0 > E.tok0)) E = x;
  if (!E || k - E.tok1 > 8) return undefined;
  for (let j = E.tok1; j < k; j++) if (toks[j]!.text === ',' || BOUNDARY_TEXT.has(toks[j]!.text)) return undefined;
  if (ctx.s.triggers.some((x) => x.tok0 >= E.tok1 && x.tok1 <= k)) return undefined;
  return E;
}

/** A control noun with a pronoun clitic (`لسيطرتها`, `لسيطرته`, `لنفوذهم`), normalised; ref36. */
const CONTROL_CLITIC_AR = /(سيطرت|نفوذ)(ها|هم|هما|ه)$/;

/**
 * `في عامودا الخاضعة لسيطرتها`, "in Amuda, which is under its control" (ref36, diagnosis-batch31 #68): a control
 * participle whose holder is a pronoun (Arabic a clitic on the control noun, English "its"/"their" in the trigger) holds the
 * place for the nearest state or armed group named before that place in its sentence (not the place itself, nor a demonym,
 * which names an organ or a weapon: "Turkish drones struck a car near Manbij, a town under its control"). Undefined otherwise.
 */
function cliticHolder(ctx: Ctx, T: Trigger, place: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  const pron = ctx.lang === 'ar' ? CONTROL_CLITIC_AR.test(toks[T.tok1 - 1]?.norm ?? '') : toks.slice(T.tok0, T.tok1).some((t) => t.norm === 'its' || t.norm === 'their');
  if (!pron) return undefined;
  const ms = ctx.s.mentions;
  // (solo58: `«الجيش الوطني»، الذي يتهم «قسد» بقصف مدينتي جرابلس والباب الخاضعتين لسيطرته`: inside a relative clause
  // opened after a comma, the clitic is the clause's subject, the antecedent before the comma, not the object named in it)
  if (ctx.lang === 'ar') {
    for (let k = place.tok0 - 1; k > 0; k--) {
      const t = toks[k]!;
      if (t.text === '،' || t.text === ',' || BOUNDARY_TEXT.has(t.text)) break;
      if (!AR_RELATIVE.has(t.norm)) continue;
      if (toks[k - 1]!.text !== '،' && toks[k - 1]!.text !== ',') break;
      const m = ms.find((x) => x.tok1 === k - 1 || (x.tok1 === k - 2 && /^[»”"]$/.test(toks[k - 2]!.text)));
      const a = m && m.via !== 'demonym' && m.via !== 'anaphor' ? actor(ctx.lex, m) : undefined;
      if (a && (a.kind === 'country' || a.kind === 'armed_group') && m!.kind !== 'place') return a;
      break;
    }
  }
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.tok1 > place.tok0 || m.via === 'demonym' || m.via === 'anaphor' || m.entity === place.entity || demonymMention(ctx, m)) continue;
    const a = actor(ctx.lex, m);
    if (a && (a.kind === 'country' || a.kind === 'armed_group') && m.kind !== 'place') return a;
  }
  return undefined;
}

/** Is mention m a state's demonym ("Turkish", `تركية`: one word, among its entity's demonyms)? ref36. */
function demonymMention(ctx: Ctx, m: Mention): boolean {
  if (m.kind !== 'country' || m.tok1 - m.tok0 !== 1) return false;
  const e = ctx.lex.entities.get(m.entity);
  const w = ctx.s.tokens[m.tok0]!.norm.replace(/^(و|ف)?(ال)?/, '');
  return !!e && [...e.demonyms_en, ...e.demonyms_ar].some((d) => normalise(d).replace(/^ال/, '') === w);
}

/** The place before `الواقع في`/"located in" that names `m` (the place it lies in), or undefined. */
function locatedHead(ctx: Ctx, m: Mention): Mention | undefined {
  const prep = prepOf(ctx, m);
  if (prep !== 'في' && prep !== 'in') return undefined;
  const v = m.tok0 - 2;
  if (v < 1 || !cueWords(ctx.lex, 'located_participle').has(ctx.s.tokens[v]!.norm)) return undefined;
  // (English: "the camp, located in": past the comma)
  const end = ctx.s.tokens[v - 1]?.text === ',' ? v - 1 : v;
  return ctx.s.mentions.find((x) => x.tok1 === end && x.kind === 'place' && x.entity !== m.entity);
}

/** The place before an English participle phrase ("X, a town … controlled by", "X, which is held by"): the nearest place named before a comma. */
function appositionPlace(ctx: Ctx, T: Trigger): Mention | undefined {
  const ms = ctx.s.mentions;
  for (let i = lastMentionBefore(ms, T.tok0); i >= 0; i--) {
    const m = ms[i]!;
    if (hasBoundary(ctx.s.tokens, m.tok1, T.tok0) || freeWords(ctx, m.tok1, T.tok0) > 16) return undefined;
    if (m.kind === 'place' && ctx.s.tokens[m.tok1]?.text === ',') return m;
  }
  return undefined;
}

/**
 * urged_reconciliation_with: a reconciliation word ('المصالحة مع', 'normalisation between A and B')
 * governed by an urging word before it ('دعا', 'urged', 'رسالة من X إلى Y', 'الدفع بـ').
 * Source = the urging party, target = the party to reconcile with, addressee = who is urged;
 * 'between A and B' gives both directions.
 */
export function reconciliation(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean {
  const { s } = ctx;
  const ms = s.mentions;
  const pairs: [Mention | undefined, Mention][] = [];
  const na = nounArgs(ctx, T);
  if (na.pairs) {
    const g = na.pairs;
    for (const a of g) for (const b of g) if (a !== b) pairs.push([a, b]);
  } else {
    const target = objectGroup(ctx, T.tok1, withPreps(p, ['مع', 'with', 'ب']), new Set());
    if (target) for (const b of target) pairs.push([undefined, b]);
  }
  // "كلّف أردوغان وزير خارجيته بإعداد خارطة طريق لتطبيع العلاقات", "instructed Fidan to prepare a roadmap for
  // restoring ties": an instruction to one's own minister is urged (gold rule 9), the reconciliation its topic
  if (s.triggers.some((x) => x.tok1 <= T.tok0 && x.patterns[0]!.relation === 'urged' && INSTRUCTION.test(s.tokens[x.tok0]!.norm) && !hasBoundary(s.tokens, x.tok1, T.tok0))) return false;
  // ("a clear message that normalisation with Assad was unacceptable", `إن التطبيع مع الأسد «غير مقبول»`: a reconciliation
  // judged unacceptable in its own clause is rejected, not urged)
  const verdict = cueIn(ctx, T.tok1, T.tok1 + 10, 'unacceptable');
  if (verdict && !hasBoundary(s.tokens, T.tok1, verdict.tok0)) return false;
  let urger: Group | undefined;
  let addressee: Mention | undefined;
  // (the triggers and cue spans themselves, not copies marked as cues: a cue span is the one with `cues`)
  const urges: (Trigger | CueSpan)[] = [...s.triggers.filter((x) => x.tok1 <= T.tok0 && x.patterns[0]!.relation === 'urged'), ...s.cues.filter((c) => c.tok1 <= T.tok0 && cueHas(c, 'urge'))].sort((a, b) => b.tok0 - a.tok0);
  const u0 = urges[0];
  // ("urged Damascus and Ankara to resume talks on normalising relations": a plain urge cue, `to resume`, inside the
  // clause of an urging verb is that verb's complement; the verb names the urger and the addressees; pred35)
  const u = u0 && 'cues' in u0 && !u0.cues.some((k) => k.kind === 'urge' && (k.value === 'noun' || k.value === 'mediation'))
    ? (urges.find((x) => 'patterns' in x && x.tok1 <= u0.tok0 && freeWords(ctx, x.tok1, u0.tok0) <= 8 && !hasBoundary(s.tokens, x.tok1, u0.tok0)) ?? u0)
    : u0;
  // "instructed X to prepare a roadmap for restoring ties", "كلّف X بإعداد خارطة طريق لتطبيع العلاقات": the
  // reconciliation is the topic of a plan to be drawn up, not what anyone is urged to do (the order stays `urged`)
  if (u) {
    if (cueIn(ctx, u.tok0, T.tok0, 'groundwork')) return false;
    const i = firstMentionAfter(ms, u.tok1);
    const m = i >= 0 ? ms[i] : undefined;
    if (m && m.tok1 <= T.tok0 && wordsBetween(s.tokens, u.tok1, m.tok0).length <= 1 && ['من', 'from'].includes(prepOf(ctx, m) ?? '')) {
      // رسالة من X إلى Y / a message from X to Y
      urger = groupFrom(ms, i);
      const j = firstMentionAfter(ms, m.tok1);
      const m2 = j >= 0 ? ms[j] : undefined;
      if (m2 && m2.tok1 <= T.tok0 && ['الي', 'to', 'ل'].includes(prepOf(ctx, m2) ?? '')) addressee = m2;
    } else if ('cues' in u && u.cues.some((k) => k.kind === 'urge' && (k.value === 'noun' || k.value === 'mediation'))) {
      // "a Russian-brokered effort to restore ties", "وساطة موسكو", "mediating between": third-party
      // mediation for a process is no call on anyone (gold rule 7)
      return false;
    } else {
      const a = verbArgs(ctx, u, true);
      urger = a.subj;
      // ("His call for reconciliation between A and B": the owner of the call; opening the sentence, the person carried over)
      const own = ctx.lang === 'en' && 'patterns' in u && /^(his|her)$/.test(nth(s.tokens, u.tok0 - 1)?.norm ?? '');
      if (own) {
        const who = possessivePronoun(ctx, u) ?? (ctx.lastSubject?.kind === 'person' && !ms.some((m) => m.tok1 <= u.tok0 && m.kind === 'person') ? mentionOn(ctx.lastSubject, u) : undefined);
        urger = who ? [who] : undefined;
      }
      const o = objectGroup(ctx, a.objFrom, withPreps(p, [], []), new Set(urger?.map((x) => x.entity)));
      if (o && o[0]!.tok1 <= T.tok0) {
        addressee = o[0];
        // "urged Damascus and Ankara to mend ties": each to reconcile with the other
        if (!pairs.length && o.length >= 2) for (const a2 of o) for (const b2 of o) if (a2 !== b2) pairs.push([a2, b2]);
      }
    }
  }
  // "قررت الحركة استئناف علاقاتها مع سوريا": a party's own decision to resume ties is the restored ties (gold rule 11)
  if (!urger && pairs.length && ctx.lang === 'ar') {
    const k = s.tokens.findIndex((t, j) => j < T.tok0 && T.tok0 - j <= 8 && /^[وف]?(قرر|قررت|قرروا|قررا)$/.test(t.norm));
    const rp = k >= 0 ? firstPattern(ctx.lex.patterns, 'reconciled_with', 'ar', 'any') : undefined;
    const who = k >= 0 && rp && !hasBoundary(s.tokens, k + 1, T.tok0) ? verbArgs(ctx, { tok0: k, tok1: k + 1, start: s.tokens[k]!.start, end: s.tokens[k]!.end }, true).subj : undefined;
    if (who?.length && rp) return emitAll(ctx, T, rp, who, pairs.map((x) => x[1]).filter((b) => !who.some((w) => actor(ctx.lex, w)?.entity === actor(ctx.lex, b)?.entity)), attrs);
  }
  if (!urger || !pairs.length) return false;
  // "has urged", "تدعو": a standing call, not an event of the day
  const standing = !!u && 'patterns' in u && isPresent(ctx, u);
  const n0 = ctx.out.length;
  let emitted = false;
  for (const a of urger)
    for (const [ad0, b] of pairs) {
      const at = { ...attrs };
      const ad = (ad0 ?? addressee) && actor(ctx.lex, (ad0 ?? addressee)!);
      if (ad && ad.entity !== b.entity) at.addressee = ad.entity;
      emitted = emit(ctx, T, 'urged_reconciliation_with', a, b, at, false) || emitted;
    }
  if (standing) for (const r of ctx.out.slice(n0)) ctx.stative.add(r);
  return emitted;
}

const INSTRUCTION = /^[وف]?(instructed|instructs|ordered|tasked|كلف|كلفت|يكلف|اوعز)$/;

/**
 * "Ankara declared the facilities of the PKK and the YPG legitimate targets", "أعلن فيدان أن منشآت
 * حزب العمال … باتت «أهدافاً مشروعة»": the declaring party threatens the actors named between the
 * declaring verb (`declare` cue) and the phrase (`declared_target` cue); places are where, not whom.
 */
/** np43: is mention m the complement of an owner word (cues.csv `owner` in Arabic, `owner_link_en` + "to" in English)? */
function ownerLinkBefore(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  if (ctx.lang === 'ar') return m.tok0 > 0 && !!hasCue(ctx, m.tok0 - 1, 'owner');
  let k = m.tok0 - 1;
  if (toks[k]?.norm === 'the') k--;
  // ("infrastructure used by the PKK", "facilities run by X": the agent of an owning participle is the owner; solo50)
  if (toks[k]?.norm === 'by' && cueWords(ctx.lex, 'owned_participle_en').has(toks[k - 1]?.norm ?? '')) return true;
  return toks[k]?.norm === 'to' && cueWords(ctx.lex, 'owner_link_en').has(toks[k - 1]?.norm ?? '');
}

export function declaredTargets(ctx: Ctx): void {
  const { s } = ctx;
  const ms = s.mentions;
  const pattern = verbPattern(ctx, 'threatened');
  if (!pattern) return;
  for (const D of ctx.byKind.get('declared_target') ?? []) {
    let V = [...(ctx.byKind.get('declare') ?? [])].reverse().find((c) => c.tok1 <= D.tok0 && D.tok0 - c.tok1 <= 25 && !hasBoundary(s.tokens, c.tok1, D.tok0));
    // (np43: a speech verb whose "that"/`أن` clause holds the phrase: "Fidan said on Wednesday that facilities belonging to
    // the PKK … were now legitimate targets")
    V ??= [...(ctx.byKind.get('speech') ?? [])].reverse().find((c) => c.tok1 <= D.tok0 && D.tok0 - c.tok1 <= 25 && !hasBoundary(s.tokens, c.tok1, D.tok0) && s.tokens.slice(c.tok1, D.tok0).some((t) => /^(ان|that)$/.test(t.norm)));
    if (!V) continue;
    const T = cueTrigger(D, pattern);
    const VT = cueTrigger(V, pattern);
    if (isNegated(ctx, VT) || isHypothetical(ctx, VT)) continue;
    // the declaring party: Arabic VSO (أعلن فيدان أن …), else the subject before the verb, else the one carried over
    const that = s.tokens.findIndex((t, k) => k >= V.tok1 && k < D.tok0 && /^(ان|that)$/.test(t.norm));
    let subj: Group | undefined;
    if (ctx.lang === 'ar') {
      const i = firstMentionAfter(ms, V.tok1);
      const m = i >= 0 ? ms[i] : undefined;
      if (m && (that < 0 || m.tok1 <= that) && !prepOf(ctx, m) && actor(ctx.lex, m) && freeWords(ctx, V.tok1, m.tok0) <= 2) subj = [m];
    }
    subj ??= leftGroup(ctx, V.tok0, 6);
    if (!subj && ctx.lastSubject) subj = [mentionOn(ctx.lastSubject, V)];
    if (!subj?.length) continue;
    const from = Math.max(that + 1, subj[subj.length - 1]!.tok1 > V.tok1 ? subj[subj.length - 1]!.tok1 : V.tok1);
    const ids = new Set(subj.map((m) => m.entity));
    // ("in Syria and Iraq": the members of a group share its first member's preposition)
    const targets: Group = [];
    let located = false;
    for (const m of ms) {
      if (m.tok0 < from || m.tok1 > D.tok0) continue;
      let prep = m.conj && !PREP_CLITICS.test(m.clitics) ? undefined : prepOf(ctx, m);
      // (np43: the ل/"to" of an owner word names the owner, not a place: `التابعة لحزب العمال`, "belonging to the PKK")
      if (prep && /^(ل|to|by)$/.test(prep) && ownerLinkBefore(ctx, m)) prep = undefined;
      if (!m.conj || prep) located = !!prep && prep !== 'of';
      if (!located && m.kind !== 'place' && !ids.has(m.entity) && actor(ctx.lex, m)) targets.push(m);
    }
    if (!targets.length) continue;
    emitAll(ctx, T, pattern, subj, targets, {});
  }
}

/**
 * "يقول مسؤولون أردنيون إن ميليشيات … و«حزب الله» تقف وراء …", "قال X إن «الكيان الصهيوني» نفّذ الهجوم": a speaker who
 * says that an actor is behind an act or carried out the attack accuses that actor (`responsibility` cues with value
 * `behind`; the group right before the cue, after the speech verb, not the speaker's own side, not an affiliation's
 * complement: "مرتبطة بإيران").
 */
export function behindClaims(ctx: Ctx, speaker: Mention): void {
  const { s } = ctx;
  const ms = s.mentions;
  const pattern = verbPattern(ctx, 'accused');
  const who = actor(ctx.lex, speaker);
  if (!pattern || !who) return;
  for (const c of ctx.byKind.get('responsibility') ?? []) {
    if (!c.cues.some((x) => x.kind === 'responsibility' && x.value === 'behind')) continue;
    const i = lastMentionBefore(ms, c.tok0);
    if (i < 0 || freeWords(ctx, ms[i]!.tok1, c.tok0) > 1) continue;
    const g = groupTo(ms, i).filter((m) => !prepOf(ctx, m) && actor(ctx.lex, m));
    if (!g.length) continue;
    // ("The United States and Britain said Damascus bore responsibility": every speaker of a list; pred32)
    const si = ms.indexOf(speaker);
    for (const sp of si >= 0 ? groupTo(ms, si) : [speaker]) {
      const w = actor(ctx.lex, sp);
      if (w) spokenClaim(ctx, c, pattern, sp, w, g, Infinity, true);
    }
  }
}

/**
 * "قال أردوغان إن مطالبة الأسد بالانسحاب «غير مقبولة»", "X said two of the conditions set by Damascus were unacceptable": a
 * speaker calling an act of another actor unacceptable criticizes that actor (`unacceptable` cues). The actor is the one
 * named last before the cue, at most three words before it, as the act's genitive or agent ("by", "of", `من قبل`), never
 * as its target or place ("attacks on US forces are unacceptable" criticizes no one named).
 */
export function unacceptableClaims(ctx: Ctx, speaker: Mention): void {
  const ms = ctx.s.mentions;
  const pattern = verbPattern(ctx, 'criticized');
  const who = actor(ctx.lex, speaker);
  if (!pattern || !who) return;
  for (const c of ctx.byKind.get('unacceptable') ?? []) {
    const i = lastMentionBefore(ms, c.tok0);
    if (i < 0 || ms[i]!.tok0 <= speaker.tok0 || freeWords(ctx, ms[i]!.tok1, c.tok0) > 3) continue;
    const prep = prepOf(ctx, ms[i]!);
    if (prep && !/^(by|of|من قبل)$/.test(prep)) continue;
    const g = groupTo(ms, i).filter((m) => actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place');
    if (!g.length) continue;
    spokenClaim(ctx, c, pattern, speaker, who, g, Infinity, true);
  }
}

/**
 * `speaker` claims `g` (urged, accused) through cue c: a speech verb before g (within `maxGap` free words, in the same
 * sentence part) says it, g is not the speaker's own side ("Erdogan said Turkey must act"), and neither the speech nor,
 * when `cueNegated` is checked, the cue's own clause is negated.
 */
function spokenClaim(ctx: Ctx, c: CueSpan, pattern: Pattern, speaker: Mention, who: Mention, g: Group, maxGap: number, cueNegated: boolean): void {
  const speech = (ctx.byKind.get('speech') ?? []).find((x) => x.tok1 <= g[0]!.tok0 && freeWords(ctx, x.tok1, g[0]!.tok0) <= maxGap && !hasBoundary(ctx.s.tokens, x.tok1, g[0]!.tok0));
  const home = who.kind === 'person' ? ctx.lex.entities.get(who.entity)?.country : who.entity;
  if (!speech || g.some((m) => m.entity === speaker.entity || [who.entity, home].includes(actor(ctx.lex, m)?.entity))) return;
  const T = cueTrigger(c, pattern);
  const ST = triggerWith(T, T.patterns);
  ST.tok0 = speech.tok0;
  ST.tok1 = speech.tok1;
  if (isNegated(ctx, ST) || (cueNegated && isNegated(ctx, T))) return;
  emitAll(ctx, T, pattern, [speaker], g, {});
}

/**
 * "داعياً القوات الأجنبية … إلى مغادرة سوريا، في إشارة إلى القوات الأميركية والتركية": a verb whose object is a
 * description (a definite word right after it that names no one), and ", في إشارة إلى X" closing its clause: X is the
 * object. Undefined otherwise (checked from the verb on: no scan unless the word after the verb is such a description).
 */
export function referredTo(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  const w = toks[T.tok1];
  if (ctx.lang !== 'ar' || !w?.arabic || ctx.inMention[T.tok1] || !w.norm.startsWith('ال')) return undefined;
  for (let k = T.tok1 + 1; k + 2 < toks.length; k++) {
    const t = toks[k]!;
    if (BOUNDARY_TEXT.has(t.text)) return undefined;
    if (t.norm !== 'اشاره') continue;
    if (toks[k - 1]!.norm !== 'في' || (toks[k - 2]!.text !== '،' && toks[k - 2]!.text !== ',') || toks[k + 1]!.norm !== 'الي') return undefined;
    if (ctx.s.triggers.some((x) => x !== T && x.tok0 > T.tok0 && x.tok1 <= k && x.patterns[0]!.pos === 'verb')) return undefined;
    const ms = ctx.s.mentions;
    const i = firstMentionAfter(ms, k + 2);
    if (i < 0 || ms[i]!.tok0 > k + 3) return undefined;
    const g = groupFrom(ms, i).filter((m) => actor(ctx.lex, m));
    return g.length ? g : undefined;
  }
  return undefined;
}

/**
 * "Raisi said American troops must leave …", "قال المقداد إن على أنقرة أن تنسحب", "… يجب على واشنطن أن …": a speaker
 * saying what another actor must do urges it. The addressee stands right before an `obligation` cue (English "must",
 * "should") or right after one whose value is `before` (`إن على`, `يجب على`), after the speech verb.
 */
export function obligations(ctx: Ctx, speaker: Mention): void {
  const { s } = ctx;
  const ms = s.mentions;
  const pattern = verbPattern(ctx, 'urged');
  const who = actor(ctx.lex, speaker);
  if (!pattern || !who) return;
  for (const c of ctx.byKind.get('obligation') ?? []) {
    const after = c.cues.some((x) => x.kind === 'obligation' && x.value === 'before');
    let g: Group | undefined;
    if (after) {
      const i = firstMentionAfter(ms, c.tok1);
      if (i >= 0 && freeWords(ctx, c.tok1, ms[i]!.tok0) <= 1 && (ms[i]!.tok0 === c.tok1 || !prepOf(ctx, ms[i]!))) g = groupFrom(ms, i);
    } else {
      const i = lastMentionBefore(ms, c.tok0);
      if (i >= 0 && freeWords(ctx, ms[i]!.tok1, c.tok0) <= 1 && !prepOf(ctx, ms[i]!) && !isPossessive(ctx, ms[i]!)) g = groupTo(ms, i);
    }
    // ("the YPG should be cleared": the one acted on is not the one urged; the one told it is: "X told Y that Z should be …")
    if (s.tokens[c.tok1]?.norm === 'be') toldThat(ctx, c, pattern);
    if (!g?.length || s.tokens[c.tok1]?.norm === 'be') continue;
    // said after the speaker, before the addressee, in the same sentence part
    spokenClaim(ctx, c, pattern, speaker, who, g, 3, false);
  }
}

/**
 * "وتعد إيران أبرز حلفاء الحكومة السورية", "وروسيا وإيران حليفتا دمشق", "Russia and Iran are Assad's main allies": a
 * noun naming the doer (`agent_noun`: ally, backer) acts for its genitive (Arabic, right after it or with لـ) or its
 * English possessor, and the doer is the subject on its left.
 */
export function agentNoun(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  let obj: Group | undefined;
  let left = T.tok0;
  if (ctx.lang === 'ar') {
    const i = firstMentionAfter(ms, T.tok1);
    const m = i >= 0 ? ms[i] : undefined;
    if (m && freeWords(ctx, T.tok1, m.tok0) <= 1 && !hasBoundary(s.tokens, T.tok1, m.tok0) && (!PREP_CLITICS.test(m.clitics) || m.clitics.replace(/^[وف]/, '') === 'ل')) obj = groupFrom(ms, i);
  } else {
    let i = lastMentionBefore(ms, T.tok0);
    // ("Turkey's NATO ally": an organisation named as the noun's modifier stands between the possessor and the noun)
    if (i > 0 && ms[i]!.tok1 === T.tok0 && ms[i]!.kind === 'organization' && isPossessive(ctx, ms[i - 1]!) && ms[i - 1]!.tok1 === ms[i]!.tok0) i--;
    const m = i >= 0 ? ms[i] : undefined;
    // ("Assad's main military backer": adjectives of the noun between)
    let k = T.tok0 - 1;
    while (k > 0 && cueWords(ctx.lex, 'ally_adjective').has(s.tokens[k]!.norm)) k--;
    if (m && isPossessive(ctx, m) && (freeWords(ctx, m.tok1, T.tok0) <= 1 || m.tok1 === k + 1)) {
      obj = [m];
      left = m.tok0;
      // ("Iran has been one of Assad's main backers", "is among his allies": the partitive before the possessor)
      while (left > 0 && /^(one|of|among)$/.test(s.tokens[left - 1]!.norm)) left--;
    } else {
      // "Russia and Iran are his main allies": "his" is the last person named before
      const who = /^(his|her)$/.test(s.tokens[k]?.norm ?? '') ? [...ms].reverse().find((x) => x.tok1 <= k && x.kind === 'person') : undefined;
      if (who) {
        obj = [mention(k, k + 1, s.tokens[k]!.start, s.tokens[k]!.end, who.entity, who.kind, 'anaphor', who.conj, who.clitics, who.grouped)];
        left = k;
      }
    }
  }
  let alongOf: Group = [];
  if (!obj && ctx.lang === 'en' && s.tokens[T.tok1]?.norm === 'of') {
    // "the main ally of X, together with Y": a member joined to the genitive by along/together with is another ally
    const i = firstMentionAfter(ms, T.tok1 + 1);
    const g = i >= 0 && ms[i]!.tok0 === T.tok1 + 1 ? groupFrom(ms, i) : [];
    alongOf = g.filter((m, j) => j > 0 && ctx.byKind.get('conj')?.some((c) => c.tok1 === m.tok0 && s.tokens[c.tok0]!.norm !== 'and'));
    if (!alongOf.length) return undefined;
    obj = g.filter((m) => !alongOf.includes(m));
    // (the subject is left of "is the main military ally")
    while (left > 0 && (cueWords(ctx.lex, 'ally_adjective').has(s.tokens[left - 1]!.norm) || /^(the|an?)$/.test(s.tokens[left - 1]!.norm))) left--;
  }
  if (!obj && ctx.lang === 'en') {
    const r = pairedAlly(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  if (!obj) return undefined;
  // "its deal with Iran, Assad's main regional ally,": a noun in apposition describes the name before its comma, whatever
  // that name's own role in the sentence
  // (Arabic: `بالرئيس محمد مرسي، حليف أنقرة`: the name right before the comma, whatever its preposition)
  const ap = (ctx.lang === 'en' && s.tokens[left - 1]?.text === ',') || (ctx.lang === 'ar' && s.tokens[left - 1]?.text === '،' && !/^و/.test(s.tokens[T.tok0]!.norm)) ? ms.findIndex((x) => x.tok1 === left - 1) : -1;
  const head = ap >= 0 ? ms[ap]! : undefined;
  let subj = head && head.kind !== 'place' && actor(ctx.lex, head) && !isPossessive(ctx, head) ? groupTo(ms, ap) : leftGroup(ctx, left, 3);
  if (!subj?.length) return undefined;
  // ("Saudi Arabia and Iran, Assad's main regional ally,": likewise in English, a singular noun describes the last member)
  if (ctx.lang === 'en' && head && subj.length > 1 && cueWords(ctx.lex, 'ally_noun_en').has(s.tokens[T.tok0]!.norm)) subj = subj.slice(-1);
  // ("اتفاق السعودية وإيران، الحليف الأبرز لدمشق،": a singular noun in apposition after a list describes its last member)
  if (ctx.lang === 'ar' && subj.length > 1 && subj[subj.length - 1]!.clitics.startsWith('و') && s.tokens[left - 1]?.text === '،' && /^(ال)?(حليف|داعم|حليفه)$/.test(s.tokens[T.tok0]!.norm.replace(/^و/, ''))) subj = subj.slice(-1);
  if (alongOf.length) subj = [...subj, ...alongOf];
  // "موسكو، الحليف الأبرز لدمشق إلى جانب طهران": a name joined by إلى جانب after the one allied is another ally
  const along = ctx.lang === 'ar' ? obj.filter((m, j) => j > 0 && s.tokens[m.tok0 - 1]?.norm === 'جانب' && /^و?الي$/.test(s.tokens[m.tok0 - 2]?.norm ?? '')) : [];
  if (along.length) {
    obj = obj.filter((m) => !along.includes(m));
    subj = [...subj, ...along];
  }
  // ("Moscow, Assad's main backer alongside Tehran,": a member joined to the noun by a conjunction backs him too)
  const c = ctx.lang === 'en' ? ctx.byKind.get('conj')?.find((x) => x.tok0 === T.tok1) : undefined;
  const j = c ? firstMentionAfter(ms, c.tok1) : -1;
  const also = j >= 0 && ms[j]!.tok0 === c!.tok1 && actor(ctx.lex, ms[j]!) ? groupFrom(ms, j).filter((x) => actor(ctx.lex, x)) : [];
  const n = ctx.out.length;
  const r = emitAll(ctx, T, p, [...subj, ...also], obj, attrs);
  // ("Russia has been Assad's main backer since it intervened in 2015": being an ally is a state at the time of writing)
  if (ctx.lang === 'en') atPublication(ctx, n);
  return r;
}

/**
 * Allies told beside the one they ally with (English): "Iran and its ally Hezbollah" (the name after the noun is the ally
 * of the name before "and its"), "Iran and the Lebanese group Hezbollah, both allies of Assad" ("both"/"all" give the
 * noun to every member of the list before the comma). Undefined when neither is written.
 */
export function pairedAlly(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  // (Arabic: `إيران وحليفها «حزب الله»`, the noun with و and the owner's suffix pronoun between two names)
  if (ctx.lang === 'ar') {
    if (!/^و(حليف|حليفت|داعم)(ها|ه|هم|هما)$/.test(toks[T.tok0]!.norm)) return undefined;
    const before = ms.find((m) => m.tok1 === T.tok0);
    const i = firstMentionAfter(ms, T.tok1);
    const after = i >= 0 && freeWords(ctx, T.tok1, ms[i]!.tok0) === 0 ? ms[i] : undefined;
    if (!before || !after || !actor(ctx.lex, before) || !actor(ctx.lex, after)) return undefined;
    return emitAll(ctx, T, p, [after], [before], attrs);
  }
  let k = T.tok0 - 1;
  while (k > 0 && cueWords(ctx.lex, 'ally_adjective').has(toks[k]!.norm)) k--;
  // ("government forces and their Russian allies": a demonym between the pronoun and the noun names the ally)
  const dem = ms.find((m) => m.tok1 === k + 1 && m.via === 'demonym' && actor(ctx.lex, m)?.kind === 'country');
  if (dem) for (k = dem.tok0 - 1; k > 0 && cueWords(ctx.lex, 'ally_adjective').has(toks[k]!.norm); ) k--;
  if (/^(its|their)$/.test(toks[k]?.norm ?? '') && /^(and|,)$/.test(toks[k - 1]?.norm ?? '')) {
    // (past a relative clause on the owner: "Iran, which funds several groups, and its ally Hezbollah")
    let e = k - 1;
    if (toks[e - 1]?.text === ',') {
      let j = e - 2;
      while (j > 0 && e - j <= 12 && toks[j]!.text !== ',') j--;
      if (toks[j]?.text === ',' && /^(which|who|whose)$/.test(toks[j + 1]?.norm ?? '')) e = j;
    }
    // ("Syrian troops and their …": a demonym on a state organ)
    const before = ms.find((m) => m.tok1 === e) ?? ms.find((m) => m.tok1 === e - 1 && m.via === 'demonym' && !!hasCue(ctx, e - 1, 'state_head'));
    const after = dem ?? ms.find((m) => m.tok0 === T.tok1);
    if (!before || !after || !actor(ctx.lex, before) || !actor(ctx.lex, after) || isPossessive(ctx, after) || actor(ctx.lex, before)!.entity === actor(ctx.lex, after)!.entity) return undefined;
    // (a demonym ally is a state's only beside a state's forces: "government forces and their Russian allies"; "Turkey
    // and its Syrian allies" are factions)
    if (dem && !ctx.s.cues.some((c) => c.tok0 >= before.tok0 && c.tok0 < e && cueHas(c, 'state_head'))) return undefined;
    return emitAll(ctx, T, p, [after], [before], attrs);
  }
  if (/^(both|all)$/.test(toks[k]?.norm ?? '') && toks[k - 1]?.text === ',' && toks[T.tok1]?.norm === 'of') {
    const i = firstMentionAfter(ms, T.tok1 + 1);
    if (i < 0 || ms[i]!.tok0 !== T.tok1 + 1) return undefined;
    const obj = groupFrom(ms, i).filter((m) => actor(ctx.lex, m));
    const subj = leftGroup(ctx, k - 1, 3)?.filter((m) => actor(ctx.lex, m) && m.kind !== 'place');
    if (!obj.length || !subj || subj.length < 2) return undefined;
    const n = ctx.out.length;
    const r = emitAll(ctx, T, p, subj, obj, attrs);
    atPublication(ctx, n);
    return r;
  }
  return undefined;
}

// Adjectives of an ally or backer noun: "Assad's main military backer", "his closest regional ally".
// (ALLY_ADJECTIVE: the `ally_adjective` word cue of data/lexicon/cues.csv, branch words31)

// (CONDITION_WORDS: the `condition_word` word cue of data/lexicon/cues.csv, branch words31)
/**
 * "Assad said any restoration of relations with Turkey must be based on …", "قال المقداد إن أي تقارب مع تركيا يجب أن
 * يقوم على …": a condition set on any reconciliation with a party urges that party (the speaker on the left).
 */
export function conditionOnTies(ctx: Ctx, T: Trigger): boolean {
  const { s } = ctx;
  const toks = s.tokens;
  const k = T.tok0 - 1;
  if (!/^(any|[وفل]?اي)$/.test(toks[k]?.norm ?? '')) return false;
  const i = firstMentionAfter(s.mentions, T.tok1);
  let m = i >= 0 ? s.mentions[i] : undefined;
  if (!m || freeWords(ctx, T.tok1, m.tok0) > 1 || !['with', 'مع'].includes(prepOf(ctx, m) ?? '')) m = undefined;
  // ("تربط دمشق أي تطبيع للعلاقات معها بانسحاب …": a condition verb before the subject sets it, pred33)
  const cv = cueWords(ctx.lex, 'condition_verb');
  let verb = false;
  for (let j = k - 1; j >= Math.max(0, k - 4) && !verb; j--) verb = cv.has(toks[j]!.norm.replace(/^[وف]/, ''));
  // (the party as a pronoun after "with" (`معها`, "with it"): the sentence's first state or group before the verb that
  // is not its subject, the topic of the clause before; pred33)
  if (!m && verb) m = withPronounParty(ctx, T, k);
  if (!m) return false;
  let cond = verb;
  for (let j = m.tok1; j < Math.min(toks.length, m.tok1 + 4) && !cond; j++) cond = cueWords(ctx.lex, 'condition_word').has(toks[j]!.norm.replace(/^و/, ''));
  const pattern = verbPattern(ctx, 'urged');
  const who = cond ? leftGroup(ctx, k, 5) : undefined;
  if (!who?.length || !pattern) return false;
  return emitAll(ctx, triggerWith(T, [pattern]), pattern, who, [m], {});
}

/** conditionOnTies: the party of `معها`/`معه`/"with it" within two words after T, as the sentence's first state or group before token k not in the subject before k (pred33). */
function withPronounParty(ctx: Ctx, T: Trigger, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let at = -1;
  for (let j = T.tok1; j < Math.min(toks.length, T.tok1 + 3) && at < 0; j++) if (/^(معها|معه|معهم|معهما)$/.test(toks[j]!.norm) || (toks[j]!.norm === 'with' && /^(it|them)$/.test(toks[j + 1]?.norm ?? ''))) at = j;
  if (at < 0) return undefined;
  const subj = lastMentionBefore(ctx.s.mentions, k);
  for (const x of ctx.s.mentions) {
    if (x.tok1 > k || (subj >= 0 && x === ctx.s.mentions[subj])) break;
    const a = actor(ctx.lex, x);
    if (a && (a.kind === 'country' || a.kind === 'armed_group') && !prepOf(ctx, x) && x.via !== 'demonym') return a;
  }
  return undefined;
}

/**
 * "Russia has said it hopes Turkey will refrain from …", "تأمل موسكو أن تمتنع أنقرة عن …": a hope or expectation about
 * what another actor will do urges it (the actor right after the cue, before "will"/"would"/an Arabic verb).
 */
export function hopes(ctx: Ctx): void {
  const { s } = ctx;
  const ms = s.mentions;
  const pattern = verbPattern(ctx, 'urged');
  if (!pattern) return;
  for (const c of ctx.byKind.get('hope') ?? []) {
    let k = c.tok1;
    while (k < s.tokens.length && /^(that|ان)$/.test(s.tokens[k]!.norm)) k++;
    const i = firstMentionAfter(ms, k);
    const m = i >= 0 ? ms[i] : undefined;
    // (Arabic VSO: "تأمل أن تمتنع أنقرة": the verb may come first)
    const verbFirst = ctx.lang === 'ar' && m && m.tok0 === k + 1 && s.tokens[k]!.arabic && /^[تي]/.test(s.tokens[k]!.norm);
    if (!m || !(m.tok0 === k || verbFirst) || prepOf(ctx, m) || !actor(ctx.lex, m)) continue;
    if (ctx.lang === 'en' && !/^(will|would|can|could|should)$/.test(s.tokens[m.tok1]?.norm ?? '')) continue;
    const who = leftGroup(ctx, c.tok0, 4);
    const a = who?.length === 1 ? actor(ctx.lex, who[0]!) : undefined;
    const home = a && (a.kind === 'person' ? ctx.lex.entities.get(a.entity)?.country : a.entity);
    const target = actor(ctx.lex, m)!.entity;
    if (!a || target === a.entity || target === home) continue;
    const T = cueTrigger(c, pattern);
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    emitAll(ctx, T, pattern, who!, [m], {});
  }
}

// (KILL_WORDS: the `kill_word` word cue of data/lexicon/cues.csv, branch words31)

/** An attack noun introduced by in/by/during (determiners, modifiers and names between): "in a US raid", "by an Israeli air strike". */
function meansNoun(ctx: Ctx, A: Trigger, from: number): boolean {
  const toks = ctx.s.tokens;
  if (!A.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun')) return false;
  let k = A.tok0 - 1;
  while (k > from && (ctx.inMention[k] || cueWords(ctx.lex, 'means_word').has(toks[k]!.norm) || /^(a|an|the|its|their|his|her|joint|suspected|apparent|targeted)$/.test(toks[k]!.norm) || toks[k]!.text === '-')) k--;
  return /^(in|by|during|amid)$/.test(toks[k]?.norm ?? '');
}

/** The first attack noun after `from` within the clause, when it says how (meansNoun). */
function attackNounAfter(ctx: Ctx, from: number): Trigger | undefined {
  const toks = ctx.s.tokens;
  for (const A of ctx.s.triggers) {
    if (A.tok0 < from || !A.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun')) continue;
    if (freeWords(ctx, from, A.tok0) > 12 || hasBoundary(toks, from, A.tok0)) return undefined;
    return meansNoun(ctx, A, from) ? A : undefined;
  }
  return undefined;
}

/**
 * The doer of the attack told before that a definite attack noun refers back to ("killed in the raid", "in the same
 * strike", `في الغارة نفسها`; or the killing word itself, "Among those killed"): the last attacker of the sentence, else
 * of the article (discourse.ts attackerOf); never one of the victims. Undefined for an indefinite noun.
 */
export function toldAttackDoer(ctx: Ctx, A: Trigger, victim: Group): Group | undefined {
  const toks = ctx.s.tokens;
  const before = toks[A.tok0 - 1]?.norm ?? '';
  const definite = cueWords(ctx.lex, 'kill_word').has(toks[A.tok0]!.norm) || (ctx.lang === 'ar' ? /^[وفبل]*ال/.test(toks[A.tok0]!.norm) : /^(the|that|this|same)$/.test(before));
  if (!definite) return undefined;
  const doer = attackerOf(ctx, ctx.discourse, A, victim.map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
  return doer ? [doer] : undefined;
}

// Words of an English attack noun's compound between its article and its head ("a US special forces raid").
// (COMPOUND_WORDS: the `means_word` word cue of data/lexicon/cues.csv, branch words31)

/**
 * The doer of an attack noun: a demonym or country right before it, a possessor, or "by X" after it; or a country at
 * the head of the noun's compound ("a US special forces raid", "an Israeli drone strike").
 */
function attackDoer(ctx: Ctx, A: Trigger): Group | undefined {
  const a = nounArgs(ctx, triggerWith(A, A.patterns.filter((q) => q.pos === 'noun')));
  const g = a.subj?.filter((m) => actor(ctx.lex, m));
  if (g?.length) return g;
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  let k = A.tok0 - 1;
  while (k >= 0 && A.tok0 - k <= 3 && !ctx.inMention[k] && cueWords(ctx.lex, 'means_word').has(toks[k]!.norm)) k--;
  const m = k < A.tok0 - 1 ? ctx.s.mentions.find((x) => x.tok1 === k + 1) : undefined;
  const c = m && /^(a|an|the)$/.test(nth(toks, m.tok0 - 1)?.norm ?? '') ? actor(ctx.lex, m) : undefined;
  return c?.kind === 'country' ? [c] : undefined;
}

/**
 * Killings are attacks on the one killed (English): "X was killed in a US raid", "X was killed by an Israeli air strike",
 * "the killing of X in an Israeli strike on Beirut" (the attack noun's doer attacked X; the place struck is not the
 * target when a person is), "US forces killed X in a raid", "an Israeli strike killed X" (the doer, the person killed:
 * a person named in apposition, "the leader of the group, NAME", before the group). No subject carried over: "a bomb
 * killed …", "the quake killed …" name no one. Undefined when T is no killing word.
 */
export function killing(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (ctx.lang !== 'en' || p.relation !== 'attacked' || !cueWords(ctx.lex, 'kill_word').has(toks[T.tok0]!.norm)) return undefined;
  // ("the group's slain leader X", "the assassinated commander": a participle qualifying a noun after a determiner or a
  // possessor names no killer; the possessor is the victim's own side)
  const det = nth(toks, T.tok0 - 1);
  if (/^(slain|killed|assassinated|murdered)$/.test(toks[T.tok0]!.norm) && det && (/^('s|his|her|its|their|the|a|an)$/.test(det.norm) || /'s$/.test(det.text)) && !!toks[T.tok1]?.word && !ctx.inMention[T.tok1]) return true;
  const person = (from: number): Group | undefined => {
    for (let i = firstMentionAfter(ms, from); i >= 0 && i < ms.length; i++) {
      const m = ms[i]!;
      if (hasBoundary(toks, from, m.tok0) || freeWords(ctx, from, m.tok0) > 8) return undefined;
      if (m.kind !== 'person') continue;
      // ("the leader of the (…) group, NAME,": a name in apposition to a role descriptor is the one meant, whoever the role
      // resolves to on the article's date)
      const n = ms[i + 1];
      if (m.via === 'descriptor' && n?.kind === 'person' && n.via !== 'descriptor' && n.tok0 - m.tok1 <= 3 && toks[n.tok0 - 1]!.text === ',' && !hasBoundary(toks, m.tok1, n.tok0)) return groupFrom(ms, i + 1);
      return groupFrom(ms, i);
    }
    return undefined;
  };
  let k = T.tok0 - 1;
  // "Among those killed was X": X, killed in the attack told last (its sentence's, else the article's)
  if (nth(toks, k)?.norm === 'those' && nth(toks, k - 1)?.norm === 'among' && /^(was|were)$/.test(nth(toks, T.tok1)?.norm ?? '')) {
    const victim = person(T.tok1 + 1);
    const doer = victim && toldAttackDoer(ctx, T, victim);
    return doer ? emitAll(ctx, T, p, doer, victim, attrs) : true;
  }
  while (k >= 0 && /^(reportedly|also|allegedly|later|had|has|have)$/.test(toks[k]!.norm)) k--;
  // (", killing two advisers": a participle after a comma is the verb of the main clause's subject)
  const noun = /^(killing|assassination|death)$/.test(toks[T.tok0]!.norm) && nth(toks, T.tok0 - 1)?.text !== ',';
  let victim: Group | undefined;
  let doer: Group | undefined;
  let after = T.tok1;
  // ("X died during a US raid": the one who died, as the passive's subject)
  if (noun || PASSIVE_AUX.has(toks[k]?.norm ?? '') || toks[T.tok0]!.norm === 'died') {
    if (noun) {
      if (toks[T.tok1]?.norm !== 'of') return true;
      const i = titledPerson(ctx, firstMentionAfter(ms, T.tok1));
      if (i < 0 || freeWords(ctx, T.tok1, ms[i]!.tok0) > 5) return true;
      victim = groupFrom(ms, i);
    } else victim = leftGroup(ctx, k + 1, 6);
    if (toks[T.tok0]!.norm === 'died' && !diedNamed(ctx, T, victim)) return true;
    if (!victim?.length) return true;
    // ("died during a US raid": the preposition is part of the trigger, and says how)
    after = Math.max(toks[T.tok0]!.norm === 'died' ? T.tok0 + 1 : T.tok1, victim[victim.length - 1]!.tok1);
    const A = attackNounAfter(ctx, after);
    if (A) {
      // ("X was killed in the raid", "in the same strike": a definite attack with no doer of its own is the last one told)
      doer = attackDoer(ctx, A) ?? toldAttackDoer(ctx, A, victim);
      // (dated as the whole "killing … in an Israeli strike … on September 27")
      if (doer?.length) return emitAll(ctx, cueTrigger({ tok0: T.tok0, tok1: A.tok1, start: T.start, end: A.end }, p), p, doer, victim, attrs);
    } else if (noun) {
      // ("Israel's killing of X in Beirut on Friday and of Y in Tehran": the possessor killed each one after "of"; np39)
      // (or a state's name or demonym after "the": "the US killing of X", "the Israeli killing of")
      const own = ms.find((x) => x.tok1 === T.tok0 && (/['’]s$/.test(toks[x.tok1 - 1]?.text ?? '') || (x.kind === 'country' && toks[x.tok0 - 1]?.norm === 'the')));
      const killer = own ? actor(ctx.lex, own) : undefined;
      if (!killer) return true;
      const all = [...victim];
      for (let k = victim[victim.length - 1]!.tok1; k + 1 < toks.length && k - victim[victim.length - 1]!.tok1 <= 12; k++) {
        if (BOUNDARY_TEXT.has(toks[k]!.text) || toks[k]!.text === ',') break;
        if (toks[k]!.norm !== 'and' || toks[k + 1]!.norm !== 'of') continue;
        const j = titledPerson(ctx, firstMentionAfter(ms, k + 2));
        if (j >= 0 && freeWords(ctx, k + 2, ms[j]!.tok0) <= 5) all.push(...groupFrom(ms, j));
        break;
      }
      return emitAll(ctx, T, p, [killer], all.filter((m) => m.kind === 'person'), attrs);
    } else {
      // "was killed by Turkish drones": the agent
      const a = verbArgs(ctx, T, false);
      doer = a.passive ? a.agent : undefined;
      // "nine soldiers were killed on Friday when PKK militants tried to …": the actor opening the when-clause
      if (!doer) {
        const w = toks.findIndex((t, j) => j >= T.tok1 && j - T.tok1 <= 6 && /^(when|as)$/.test(t.norm));
        const i = w >= 0 && !hasBoundary(toks, T.tok1, w) ? firstMentionAfter(ms, w + 1) : -1;
        if (i >= 0 && freeWords(ctx, w + 1, ms[i]!.tok0) <= 1 && !prepOf(ctx, ms[i]!) && actor(ctx.lex, ms[i]!)) doer = [ms[i]!];
      }
    }
  } else {
    // active: the subject (an attack noun's doer when the subject is one: "an Israeli strike killed …"), no carried one
    const A = ctx.s.triggers.find((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 1 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun')) ?? subjectAttack(ctx, T);
    // ("a second strike in Syria on Tuesday killed …": a further attack with no doer named is the last attacker's)
    const again = A && !ctx.s.mentions.some((m) => m.tok1 <= A.tok0) && /^(second|third|another|new|further|same)$/.test(nth(toks, A.tok0 - 1)?.norm ?? '') ? attackerOf(ctx, ctx.discourse, A, []) : undefined;
    doer = A ? (attackDoer(ctx, A) ?? (again ? [again] : undefined)) : verbArgs(ctx, T, false).subj;
    if (!doer?.length) return true;
    const ids = new Set(doer.map((m) => m.entity));
    // (", killing …" read from the noun row: a bare object of any actor kind)
    victim = person(T.tok1) ?? objectGroup(ctx, T.tok1, p.pos === 'noun' ? withPreps(p, [''], ['person', 'armed_group', 'organization', 'country'], 'verb') : p, ids);
    // ("explosions that killed scores of people at a memorial for slain commander X": a name far past the verb, after the
    // unnamed ones killed, is no one killed)
    if (victim?.length && freeWords(ctx, T.tok1, victim[0]!.tok0) > 6) return true;
  }
  if (!doer?.length || !victim?.length) return true;
  return emitAll(ctx, T, p, doer, victim, attrs);
}

/**
 * "the killing of senior Hamas official Saleh al-Arouri", "of Hezbollah leader Hassan Nasrallah": the first name after
 * "of" that is a group or body owning the title of a person named right after it (up to three words between, no comma)
 * gives way to the person (index i of the mentions, or the person's; np39).
 */
function titledPerson(ctx: Ctx, i: number): number {
  const ms = ctx.s.mentions;
  const m = ms[i];
  const n = ms[i + 1];
  if (!m || !n || m.kind === 'person' || n.kind !== 'person' || n.tok0 - m.tok1 > 3) return i;
  const between = ctx.s.tokens.slice(m.tok1, n.tok0);
  return between.some((t) => !t.word || /^(and|or|of|in|on|at|by|from|to)$/.test(t.norm)) ? i : i + 1;
}

/**
 * "A second strike in northwest Syria on Tuesday killed …": the attack noun opening the subject of the verb at T, with
 * only its complements (a place or date after a preposition, a date) between; undefined when another relation word, a
 * relative pronoun, "and" or an agent "by" sits between.
 */
function subjectAttack(ctx: Ctx, T: Trigger): Trigger | undefined {
  const toks = ctx.s.tokens;
  let A: Trigger | undefined;
  for (const x of ctx.s.triggers) if (x.tok1 <= T.tok0 - 2 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun')) A = x;
  if (!A || !/^(a|an|the|second|third|another|new|further|same)$/.test(nth(toks, A.tok0 - 1)?.norm ?? '') || !/^(in|near|on|at|against)$/.test(toks[A.tok1]!.norm)) return undefined;
  if (hasBoundary(toks, A.tok1, T.tok0) || freeWords(ctx, A.tok1, T.tok0) > 8 || ctx.s.triggers.some((x) => x !== A && x.tok0 >= A!.tok1 && x.tok1 <= T.tok0)) return undefined;
  for (let k = A.tok1; k < T.tok0; k++) if (/^(that|which|who|and|by)$/.test(toks[k]!.norm)) return undefined;
  return A;
}

/**
 * "X died during a US raid": the one who died is named right before the verb (its relative clause or apposition passed
 * over), not a speaker before it ("X said a second officer had died of wounds sustained in …" names no one who died).
 */
function diedNamed(ctx: Ctx, T: Trigger, victim: Group | undefined): boolean {
  const end = victim?.[victim.length - 1]?.tok1;
  return end !== undefined && freeWords(ctx, end, T.tok0) <= 2 && !cueIn(ctx, end, T.tok0, 'speech');
}

/** An attack noun that only says how a killing was done ("killed … in a US raid", "an Israeli strike killed X"): no relation of its own. */
export function killingMeans(ctx: Ctx, A: Trigger): boolean {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'en' || cueWords(ctx.lex, 'kill_word').has(toks[A.tok0]!.norm)) return false;
  for (const K of ctx.s.triggers) {
    if (!cueWords(ctx.lex, 'kill_word').has(toks[K.tok0]!.norm)) continue;
    if (toks[K.tok0]!.norm === 'died' && !diedNamed(ctx, K, leftGroup(ctx, K.tok0, 6))) continue;
    if (K.tok0 >= A.tok1 && K.tok0 - A.tok1 <= 1) return true;
    // ("killed the leader of the group, NAME, in a raid": the first attack noun after the killing, saying how)
    if (K.tok1 <= A.tok0 && freeWords(ctx, K.tok1, A.tok0) <= 14 && !hasBoundary(toks, K.tok1, A.tok0) && meansNoun(ctx, A, K.tok1)) {
      if (!ctx.s.triggers.some((x) => x !== A && x.tok0 >= K.tok1 && x.tok1 <= A.tok0 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'))) return true;
    }
  }
  return false;
}

const OWN_SIDE_PRONOUN = /^(it|we|they|he|she)$/;
/**
 * Threats of retaliation (English): "X warned that it would respond to any Israeli attack" (X threatened Israel: the one
 * whose act the warner's own side will answer, else the one warned, "warned Israel that Iran would retaliate"), "X said
 * Iran had made a mistake and would pay for it" (X threatened the one who will pay). T is a `would respond`, `will
 * retaliate`, `would pay` trigger; the warner is the subject of the speech or warning verb before it. Always handled.
 */
export function retaliation(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const pay = /pay/.test(ctx.doc.article.text.slice(T.start, T.end).toLowerCase());
  // the warning or saying verb before the clause, and its subject
  const w = [...s.triggers].reverse().find((x) => x.tok1 <= T.tok0 && x.patterns[0]!.relation === 'threatened' && x !== T);
  const c = [...(ctx.byKind.get('speech') ?? [])].reverse().find((x) => x.tok1 <= T.tok0);
  let verb: { tok0: number; tok1: number; start: number; end: number } | undefined = w && (!c || w.tok0 > c.tok0) ? w : c;
  // ("X vowed that Y would pay": a vow before "that" is the saying verb; vowverb.ts, en43)
  const vow = vowBefore(ctx, T.tok0);
  if (vow && (!verb || vow.tok0 > verb.tok0)) verb = vow;
  if (!verb || hasBoundary(toks, verb.tok1, T.tok0)) return true;
  const pron = ctx.byKind.get('pronoun')?.find((x) => x.tok1 <= verb.tok0 && verb.tok0 - x.tok1 <= 1);
  let left = leftGroup(ctx, verb.tok0, 6)?.[0];
  // ("Tehran has blamed Israel … and vowed that": a coordinated vow's subject is the clause's first actor; en43)
  if (verb === vow && toks[verb.tok0 - 1]?.norm === 'and') left = leadingActor(ctx, verb.tok0, true);
  const carried = left ? undefined : pron ? pronounRef(ctx, pron) : ctx.lastSubject;
  const warnerM = left ?? (carried && mentionOn(carried, pron ?? verb));
  const warner = warnerM && actor(ctx.lex, warnerM);
  if (!warnerM || !warner) return true;
  const home = warner.kind === 'country' ? warner.entity : ctx.lex.entities.get(warner.entity)?.country;
  const own = (id: string) => id === warner.entity || (!!home && (id === home || ctx.lex.entities.get(id)?.country === home));
  // the one who responds or pays: the actor in the clause before the trigger (after the verb), or a pronoun
  let who: Mention | undefined;
  for (let i = lastMentionBefore(ms, T.tok0); i >= 0 && ms[i]!.tok0 >= verb.tok1; i--) {
    const a = !prepOf(ctx, ms[i]!) && !isPossessive(ctx, ms[i]!) ? actor(ctx.lex, ms[i]!) : undefined;
    if (a) {
      who = a;
      break;
    }
  }
  const ownPronoun = !who && toks.slice(verb.tok1, T.tok0).some((t) => OWN_SIDE_PRONOUN.test(t.norm));
  const target = (g: Group | undefined) => (g ?? []).filter((m) => actor(ctx.lex, m) && !own(actor(ctx.lex, m)!.entity));
  if (pay) {
    // ("vowed that it would pay a price": the pronoun right before the promise, when it is not the warner's side; en43)
    if (!who && vow && verb === vow) {
      const pr = ctx.byKind.get('pronoun')?.find((x) => x.tok0 > verb!.tok0 && T.tok0 - x.tok1 <= 1 && x.tok1 <= T.tok0);
      const r = pr ? pronounRef(ctx, pr) : undefined;
      let a = r ? actor(ctx.lex, r) : undefined;
      // ("blamed Israel for the killing and vowed that it would pay": the one other side named between warner and vow)
      if (pr && (!a || own(a.entity))) {
        const others = new Set(ms.filter((m) => m.tok0 >= warnerM.tok1 && m.tok1 <= verb!.tok0 && !prepOf(ctx, m) && !isPossessive(ctx, m) && actor(ctx.lex, m) && !own(actor(ctx.lex, m)!.entity)).map((m) => actor(ctx.lex, m)!));
        a = new Set([...others].map((m) => m.entity)).size === 1 ? [...others][0] : undefined;
      }
      if (pr && a && !own(a.entity)) emitAll(ctx, T, p, [warnerM], [mentionOn(a, pr)], attrs);
      return true;
    }
    if (who && !own(who.entity)) emitAll(ctx, T, p, [warnerM], [who], attrs);
    return true;
  }
  if (!(who && own(who.entity)) && !ownPronoun) return true;
  // "respond to any Israeli attack", "retaliate against Washington": the one answered; else the one warned
  // ("to any Israeli attack on Lebanon": the attack's demonym first)
  const i0 = firstMentionAfter(ms, T.tok1);
  let g = i0 >= 0 && ms[i0]!.via === 'demonym' && freeWords(ctx, T.tok1, ms[i0]!.tok0) <= 3 ? target([ms[i0]!]) : [];
  if (!g.length) g = target(objectGroup(ctx, T.tok1, withPreps(p, ['to', 'against', 'for'], p.targetKinds), new Set([warner.entity])));
  if (!g.length && w && w === verb) {
    const i = firstMentionAfter(ms, w.tok1);
    if (i >= 0 && ms[i]!.tok1 <= T.tok0 && freeWords(ctx, w.tok1, ms[i]!.tok0) <= 1) g = target(groupFrom(ms, i));
  }
  if (g.length) emitAll(ctx, T, p, [warnerM], g, attrs);
  return true;
}

/**
 * "X hosted leaders … for a summit on Gaza, attended by A and B", "a meeting in Riyadh, joined by A": the attendees a
 * participle names after the host's object (English) are the host's guests.
 */
export function attendedBy(ctx: Ctx, from: number): Group | undefined {
  const toks = ctx.s.tokens;
  for (let k = from; k + 1 < toks.length && freeWords(ctx, from, k) <= 24; k++) {
    if (BOUNDARY_TEXT.has(toks[k]!.text)) return undefined;
    if (!/^(attended|joined)$/.test(toks[k]!.norm) || toks[k + 1]!.norm !== 'by' || nth(toks, k - 1)?.text !== ',') continue;
    const i = firstMentionAfter(ctx.s.mentions, k + 2);
    if (i < 0 || freeWords(ctx, k + 2, ctx.s.mentions[i]!.tok0) > 0) return undefined;
    const g = groupFrom(ctx.s.mentions, i).filter((m) => actor(ctx.lex, m));
    return g.length ? g : undefined;
  }
  return undefined;
}

/**
 * "Syrian government forces, backed by Russian air power, …", "the SNA, funded by Turkey": a participle phrase after a
 * comma names the backer of the actor right before it (English). Undefined when T is no such participle.
 */
export function backedBy(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'en' || p.relation !== 'supported' || toks[T.tok1]?.norm !== 'by' || nth(toks, T.tok0 - 1)?.text !== ',') return undefined;
  const ms = ctx.s.mentions;
  // (the name before the comma, or a demonym with its head: "Iraqi forces, backed by …")
  // ("The Syrian Democratic Forces (SDF), backed by …": past the abbreviation in brackets)
  const bracket = toks[T.tok0 - 2]?.text === ')';
  const backed = ms.find((m) => m.tok1 === T.tok0 - 1 || (bracket && (m.tok1 === T.tok0 - 2 || (m.tok1 === T.tok0 - 4 && toks[T.tok0 - 4]?.text === '('))) || (m.tok1 === T.tok0 - 2 && m.via === 'demonym' && !!hasCue(ctx, m.tok1, 'state_head')));
  const i = firstMentionAfter(ms, T.tok1 + 1);
  // ("backed by about 900 US troops": a count before the backer's forces is passed over)
  let gap = 0;
  if (i >= 0) for (let k = T.tok1 + 1; k < ms[i]!.tok0; k++) if (!/^(about|some|around|nearly|roughly|almost|up|to|more|than|\d[\d,]*)$/.test(toks[k]!.norm)) gap++;
  const backer = i >= 0 && gap <= 1 ? groupFrom(ms, i).filter((m) => actor(ctx.lex, m)) : undefined;
  if (!backed || !actor(ctx.lex, backed) || !backer?.length) {
    // (", backed by …" is never the active verb: with no backer or no backed read, no triple rather than one reversed)
    return backed && actor(ctx.lex, backed) ? true : undefined;
  }
  return emitAll(ctx, T, p, backer, [backed], attrs);
}


/** Words of killing: passive or intransitive verbs and verbal nouns (قُتل, اغتيل, استشهد, لقي حتفه, مقتل, اغتيال). */

/**
 * "قُتل X في غارة إسرائيلية", "اغتيل X بضربة أمريكية", "مقتل X جراء قصف تركي": the doer of the attack that killed
 * a person attacked that person (the people named between the killing word and the attack noun, outside
 * prepositional phrases). Emits and returns whether anything was emitted.
 */
export function killedBy(ctx: Ctx, T: Trigger, subj: Group, attrs: Record<string, string>): boolean {
  const k = killingBefore(ctx, T);
  if (k < 0) return false;
  let emitted = false;
  for (const m of ctx.s.mentions) {
    if (m.tok0 <= k || m.tok1 > T.tok0 || !(m.kind === 'person' ? !prepOf(ctx, m) : membersOf(ctx, m)) || subj.some((x) => x.entity === m.entity)) continue;
    for (const a of subj) emitted = emit(ctx, T, 'attacked', a, m, attrs, false) || emitted;
  }
  return emitted;
}

/**
 * "ثلاث مقاتلات من «وحدات حماية المرأة»", "مستشارين عسكريين من الحرس الثوري": a group named after من and a noun of
 * members (`partitive` cues; one adjective between) stands for the members killed: the group was attacked.
 */
function membersOf(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  while (k >= 0 && isQuote(toks[k])) k--;
  if (m.kind === 'place' || m.kind === 'country' || !actor(ctx.lex, m) || memberNamed(ctx, m)) return false;
  // ("ستة من عناصر «قسد»": the members' noun with the group as its genitive)
  // ("عناصر قوى الأمن الداخلي (الأسايش)": the group's full name the lexicon lacks, then its short name in parentheses)
  const paren = toks[m.tok0 - 1]?.text === '(';
  // ("قيادي في تنظيم «حراس الدين»": the group's head noun before its name)
  const head = !ctx.inMention[k] && cueWords(ctx.lex, 'group_head_ar').has(toks[k]?.norm ?? '') && /^(في|من)$/.test(toks[k - 1]?.norm ?? '');
  if (head) k--;
  // ("قيادي (بارز) في «حراس الدين»": a member noun with في names its group as من does)
  if (toks[k]?.norm === 'في') return (ctx.byKind.get('partitive') ?? []).some((c) => c.tok1 === k || (c.tok1 === k - 1 && !ctx.inMention[k - 1]));
  if (toks[k]?.norm !== 'من') return (ctx.byKind.get('partitive') ?? []).some((c) => !c.clitics && (c.tok1 === k + 1 || (paren && c.tok1 < m.tok0 && m.tok0 - c.tok1 <= 5 && !ctx.inMention.slice(c.tok1, m.tok0).some((x) => x))));
  return (ctx.byKind.get('partitive') ?? []).some((c) => c.tok1 === k || (c.tok1 === k - 1 && !ctx.inMention[k - 1]));
}

/**
 * "القيادي في الحرس الثوري عباس نيلفروشان", "senior Hezbollah commander Fuad Shukr": the member is named right after his
 * group (past a closing mark and an adjective), so the one hit is that person, not the group.
 */
function memberNamed(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  let k = m.tok1;
  while (k < toks.length && k - m.tok1 < 3 && !ctx.inMention[k] && (isQuote(toks[k]) || toks[k]!.text === ')' || /^ال\S+(ية|يه|ي)$/.test(toks[k]!.norm) || cueWords(ctx.lex, 'member_rank').has(toks[k]!.norm))) k++;
  return ctx.s.mentions.some((x) => x.tok0 === k && x.kind === 'person');
}

/**
 * An armed group or organisation named as the group of members (`partitive` cues): Arabic after من/في or as their genitive
 * (membersOf), English after "of"/"in" ("a leader in X", "members of X") or as a modifier before them ("X commanders").
 */
function groupMembers(ctx: Ctx, m: Mention): boolean {
  const a = actor(ctx.lex, m);
  if (!a || a.kind === 'country' || a.kind === 'person' || m.kind === 'place' || m.via === 'demonym' || memberNamed(ctx, m)) return false;
  if (ctx.lang === 'ar') return membersOf(ctx, m);
  const toks = ctx.s.tokens;
  const part = ctx.byKind.get('partitive') ?? [];
  let k = m.tok0 - 1;
  if (toks[k]?.norm === 'the') k--;
  if (/^(of|in|from)$/.test(toks[k]?.norm ?? '') && part.some((c) => c.tok1 === k)) return true;
  return part.some((c) => c.tok0 === m.tok1);
}

/** m names a state by its forces (a `state_head` word in it) after a partitive or military noun and من/of/from: `عناصر من قوات النظام`, "members of the Syrian army" (slot31). */
function stateForcesMembers(ctx: Ctx, m: Mention): boolean {
  if (m.kind === 'place' || m.via === 'demonym' || actor(ctx.lex, m)?.kind !== 'country') return false;
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  if (toks[k]?.norm === 'the') k--;
  if (!/^(من|of|from)$/.test(toks[k]?.norm ?? '') || ![...(ctx.byKind.get('partitive') ?? []), ...(ctx.byKind.get('military') ?? [])].some((c) => c.tok1 === k)) return false;
  return stateBody(ctx, m);
}

/** The token of a killing word before the attack noun T in its clause (no other relation word between), else -1. */
function killingBefore(ctx: Ctx, T: Trigger): number {
  if (ctx.lang !== 'ar') return -1;
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  const killed = cueWords(ctx.lex, 'killed_word');
  while (k >= 0 && T.tok0 - k <= 18 && !BOUNDARY_TEXT.has(toks[k]!.text) && !killed.has(toks[k]!.norm)) k--;
  if (k < 0 || !killed.has(toks[k]!.norm) || ctx.s.triggers.some((x) => x !== T && x.tok0 > k && x.tok1 <= T.tok0)) return -1;
  return k;
}

/**
 * The one killed is never the doer of the attack that killed them, whatever the attack's word: "قُتل X … بغارة بطائرة
 * مسيّرة استهدفت مكتباً" (the verb after the means), "Three US soldiers were killed … when a drone struck an outpost"
 * (an English passive), "US forces killed 37 militants, including X, in two strikes" (the object of an active killing,
 * before an attack noun). Only the means of the killing (attack nouns) may stand between the killing word and T.
 */
export function killedNotDoer(ctx: Ctx, T: Trigger, subj: Group): boolean {
  const toks = ctx.s.tokens;
  // (cues.csv `killed_word`: English a passive after was/were or an active verb before its object)
  const killed = cueWords(ctx.lex, 'killed_word');
  const killing = (norm: string) => killed.has(norm);
  let k = T.tok0 - 1;
  while (k >= 0 && T.tok0 - k <= 24 && !/^[.;:؛]$/.test(toks[k]!.text) && !killing(toks[k]!.norm)) k--;
  if (k < 0 || !killing(toks[k]!.norm) || !subj.length) return false;
  if (ctx.s.triggers.some((x) => x !== T && x.tok0 > k && x.tok1 <= T.tok0 && !x.patterns.every((q) => q.relation === 'attacked' && (q.pos === 'noun' || ctx.lang === 'en')))) return false;
  // (the one killed comes before the means; a name after it, "في هجوم تبنّته جماعة الحوثيين واستهدف …", is the doer)
  const between = subj.every((m) => m.tok0 > k && m.tok1 <= T.tok0 && !ctx.s.triggers.some((x) => x !== T && x.tok0 > k && x.tok1 <= m.tok0));
  if (ctx.lang === 'ar') return between;
  // (English: an active killing's object only before an attack noun, "killed X in strikes"; a verb's subject between,
  // "killed X when Y attacked Z", is Y's own)
  if (between) return T.patterns[0]!.pos === 'noun' || toks.slice(Math.max(0, T.tok0 - 3), T.tok0).some((t) => /^(in|by|during|with)$/.test(t.norm));
  return /^(was|were|been|be)$/.test(toks[k - 1]?.norm ?? '') && subj.every((m) => m.tok1 <= k - 1 && k - 1 - m.tok1 <= 3);
}

/** "وقُتل نصر الله في غارة على …": the one killed, named between the killing word and the attack, is not its doer. */
export function victimAsDoer(ctx: Ctx, T: Trigger, subj: Group): boolean {
  const k = killingBefore(ctx, T);
  return k >= 0 && subj.every((m) => m.tok0 > k && m.tok1 <= T.tok0);
}

/**
 * "بضربة إسرائيلية في بيروت", "غارات أمريكية جديدة في دير الزور": the place in a في-phrase right after an attack noun
 * (past its demonym and adjectives) is the place struck; a في further on belongs to something else.
 */
export function struckIn(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  let k = T.tok1;
  for (let n = 0; k < toks.length && n < 3 && (ctx.inMention[k] || /^ال.+(ي|يه|ه)$/.test(toks[k]!.norm)); n++) k++;
  if (toks[k]?.norm !== 'في') return undefined;
  const i = firstMentionAfter(ctx.s.mentions, k + 1);
  const m = ctx.s.mentions[i];
  if (!m || m.tok0 !== k + 1 || (m.kind !== 'place' && actor(ctx.lex, m)?.kind !== 'country')) return undefined;
  return groupFrom(ctx.s.mentions, i);
}

/**
 * A promised retaliation ("retribution" cues: «ستدفع ثمن», «ستتلقى رداً», «لن تسلم», «سترد»): the speaker
 * ("قال رئيسي إن إسرائيل «ستدفع ثمن» …") threatened the one who is to pay; when that is the speaker's own side
 * and the speaker warned someone ("حذّر بايدن خامنئي من أن واشنطن «سترد»"), the one warned is threatened. A threat
 * is conditional by nature ("… إذا استمرت"): no hypothetical guard.
 */
export function retribution(ctx: Ctx, speaker: Mention | undefined): void {
  const { s } = ctx;
  const ms = s.mentions;
  const pattern = verbPattern(ctx, 'threatened');
  if (!pattern) return;
  const cues = ctx.byKind.get('retribution') ?? [];
  const own = (m: Mention): string[] => {
    const a = actor(ctx.lex, m) ?? m;
    return [a.entity, ctx.lex.entities.get(a.entity)?.country ?? ''];
  };
  for (const R of cues) {
    if (R.cues.some((c) => c.kind === 'retribution' && c.value === 'warn')) continue;
    // "متوعداً بالرد", "«هذه الجريمة لن تمر دون رد»": a vow that names no one threatens the doer of the attack just told
    if (R.cues.some((c) => c.kind === 'retribution' && c.value === 'vow')) {
      const S = speaker ?? ms.find((m) => m.tok1 <= R.tok0 && !prepOf(ctx, m) && actor(ctx.lex, m));
      const doer = ctx.discourse.recent && actor(ctx.lex, ctx.discourse.recent);
      if (S && doer && !own(doer).some((x) => x && own(S).includes(x))) emit(ctx, cueTrigger(R, pattern), 'threatened', S, mentionOn(doer, R), {}, false);
      continue;
    }
    // the one who is to pay: the actor right before the promise (past quotes and one word: "would")
    const yi = lastMentionBefore(ms, R.tok0);
    const Y = yi >= 0 ? ms[yi]! : undefined;
    if (!Y || freeWords(ctx, Y.tok1, R.tok0) > 1 || !actor(ctx.lex, Y)) continue;
    // the warner and the one warned: "حذّر X Z من أن Y …"
    const W = [...cues].reverse().find((c) => c.tok1 <= Y.tok0 && c.cues.some((k) => k.value === 'warn'));
    let S: Mention | undefined;
    let Z: Mention | undefined;
    if (W) {
      const after = ms.filter((m) => m.tok0 >= W.tok1 && m.tok1 <= Y.tok0 && !prepOf(ctx, m) && actor(ctx.lex, m));
      // (SVO first: "وكان بايدن قد حذّر خامنئي من أن …")
      const before = leftGroup(ctx, W.tok0, 2)?.[0];
      if (before) {
        S = before;
        Z = after[0];
      } else if (after[0] && freeWords(ctx, W.tok1, after[0].tok0) <= 3) {
        S = after[0];
        Z = after[1];
      } else {
        S = leftGroup(ctx, W.tok0, 4)?.[0] ?? ctx.lastSubject;
        Z = after[0];
      }
    } else S = speaker && speaker.tok1 <= Y.tok0 ? speaker : undefined;
    if (!S) continue;
    const mine = own(S);
    // ("قال X إن بلاده سترد على أي هجوم إسرائيلي": the speaker's own side responding to an act threatens its doer)
    const doer = !W && ctx.lang === 'ar' ? ms.find((m) => m.tok0 >= R.tok1 && freeWords(ctx, R.tok1, m.tok0) <= 4 && !hasBoundary(s.tokens, R.tok1, m.tok0) && actor(ctx.lex, m) && !own(m).some((x) => x && mine.includes(x))) : undefined;
    const target = own(Y).some((x) => x && mine.includes(x)) ? (Z ?? doer) : Y;
    if (!target || own(target).some((x) => x && mine.includes(x))) continue;
    emit(ctx, cueTrigger(R, pattern), 'threatened', S, target, {}, false);
  }
}

/**
 * "استقبل الأسد وفداً من الفصائل ضمّ X و Y", "a delegation that included X": the people the received delegation
 * included are the guests (the delegation itself names no one).
 */
export function delegationMembers(ctx: Ctx, from: number): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  let k = from;
  while (k < toks.length && k - from <= 10 && !cueWords(ctx.lex, 'gather_verb_ar').has(toks[k]!.norm)) {
    if (BOUNDARY_TEXT.has(toks[k]!.text)) return undefined;
    k++;
  }
  if (!cueWords(ctx.lex, 'gather_verb_ar').has(toks[k]?.norm ?? '')) return undefined;
  // (the received noun before it is a delegation, not a person: "استقبل X وفداً …")
  if (ctx.s.mentions.some((m) => m.tok0 >= from && m.tok1 <= k && m.kind === 'person')) return undefined;
  const out: Mention[] = [];
  for (const m of ctx.s.mentions) {
    if (m.tok0 <= k) continue;
    if (out.length && !m.conj) break;
    // ("ضمّ رئيس مكتب العلاقات … في حركة حماس خليل الحية": a title's words read as a name yield to the known name after them)
    const known = m.via === 'discovered' && ctx.s.mentions.some((n) => n.tok0 > m.tok1 && n.kind === 'person' && n.via !== 'discovered' && !hasBoundary(toks, m.tok1, n.tok0) && !toks.slice(m.tok1, n.tok0).some((t) => t.text === '،'));
    if (m.kind === 'person' && !prepOf(ctx, m) && !known) out.push(m);
    if (!out.length && freeWords(ctx, k + 1, m.tok0) > 12) break;
  }
  return out.length ? out : undefined;
}

/**
 * "تسيطر قسد على معظم الحسكة وأجزاء من ريف دير الزور", "تنشر روسيا 4000 جندي في سوريا و1500 في ليبيا": a second place
 * of a presence, after "و" and a share or a number (أجزاء من، بعض، نحو 1500 في), has the same actor.
 */
export function furtherPlaces(ctx: Ctx, obj: Group): Group {
  if (ctx.lang === 'en') return furtherPlacesEn(ctx, obj);
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const out = obj.slice();
  for (;;) {
    const last = out[out.length - 1]!;
    const k = last.tok1;
    // ("تحتفظ روسيا بقاعدة حميميم في ريف اللاذقية وبمنشأة بحرية في طرطوس": a second place with the same proclitic
    // preposition, past a locative adjunct of the first)
    const adj = toks[k]?.norm === 'في' ? ms.find((x) => x.tok0 === k + 1) : undefined;
    const second = adj ? ms.find((x) => x.tok0 === adj.tok1) : undefined;
    const prep = last.clitics.replace(/^[وف]/, '');
    if (second && prep && second.kind === 'place' && /^و/.test(second.clitics) && second.clitics.slice(1) === prep) {
      out.push(second);
      continue;
    }
    const w = toks[k];
    if (!w || !/^و./.test(w.norm) || ctx.inMention[k]) break;
    // the share or number, then the preposition (في، من) right before the next place
    let j = k;
    while (j < toks.length && j - k < 4 && !/^(في|من)$/.test(toks[j]!.norm) && !ctx.inMention[j]) {
      if (!/^و?(اجزاء|جزء|بعض|معظم|غالبيه|مناطق|نحو|حوالي|قرابه|[0-9٠-٩,.]+)$/.test(toks[j]!.norm)) return out;
      j++;
    }
    const i = firstMentionAfter(ms, j);
    const m = ms[i];
    // (a head noun may stand before the name: "من ريف دير الزور", "في محافظة حماة")
    // (plural heads too, each member of the list after it: `وأجزاء من أرياف حلب واللاذقية وحماة`)
    const head = m && m.tok0 === j + 2 && cueWords(ctx.lex, 'place_head_ar').has(toks[j + 1]!.norm);
    if (!/^(في|من)$/.test(toks[j]?.norm ?? '') || !m || (m.tok0 !== j + 1 && !head) || !(m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country')) break;
    out.push(...groupFrom(ms, i).filter((x) => x.kind === 'place' || actor(ctx.lex, x)?.kind === 'country'));
  }
  return out;
}

/**
 * "وتنتشر في ريف حلب نقاط عسكرية للجيش التركي": after a verb of presence, "[military noun] لـ X" names the one
 * present (X), whoever the clause's subject seemed to be.
 */
export function presenceOwner(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  // (a list subject after the verb, each member with its holder: presencelist.ts, slot39)
  const list = presenceSubjectList(ctx, T);
  if (list) return list;
  // (np46: the first head's holder past an inserted adjective, `نقاط عسكرية تركية`, `نقاط عسكرية لـ«X»`; presenceholder.ts)
  const held = insertedHolder(ctx, T);
  if (held) return held;
  for (const c of ctx.byKind.get('military') ?? []) {
    if (c.tok0 < T.tok1 || freeWords(ctx, T.tok1, c.tok0) > 6 || hasBoundary(ctx.s.tokens, T.tok1, c.tok0)) continue;
    if (ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok1 <= c.tok0 && x.patterns[0]!.pos === 'verb')) continue;
    const m = ctx.s.mentions.find((x) => x.tok0 === c.tok1 && actor(ctx.lex, x));
    if (m && /ل/.test(m.clitics)) return [m];
  }
  return undefined;
}

// "would meet an immediate response", "will be met with a firm reply": the answer promised to an act.
// (RESPONSE: the `response_noun` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "X said any American attack on … would meet an immediate response": meeting a response is no meeting; the speaker
 * (the subject of the verb of speech before the act) threatens the doer of the act answered (its demonym or possessor
 * right before the attack noun). True when T is such a "meet" (handled), false otherwise.
 */
export function metWithResponse(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  let k = T.tok1;
  while (k < toks.length && k - T.tok1 <= 3 && !cueWords(ctx.lex, 'response_noun').has(toks[k]!.norm)) k++;
  if (!cueWords(ctx.lex, 'response_noun').has(toks[k]?.norm ?? '')) return false;
  const pattern = verbPattern(ctx, 'threatened');
  // the act answered: the last attack before "meet", with its doer named right before it ("any American attack")
  const act = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 && x.patterns.some((q) => q.relation === 'attacked'));
  const doer = act && ctx.s.mentions.find((m) => m.tok1 === act.tok0 && actor(ctx.lex, m));
  const speech = act && [...(ctx.byKind.get('speech') ?? [])].reverse().find((c) => c.tok1 <= act.tok0);
  const speaker = speech && leftGroup(ctx, speech.tok0, 4);
  if (pattern && doer && speaker?.length) for (const m of speaker) emit(ctx, cueTrigger(T, pattern), 'threatened', m, doer, {}, false);
  return true;
}

/**
 * "keeps 900 troops in Syria and 2,500 in Iraq", "and some in Iraq", "…, most of them in the northeast": a number or share
 * and "in" before another place shares the actor.
 */
// (SHARE_EN: the `share_word` word cue of data/lexicon/cues.csv, branch words31)
// (SHARE_FILLER_EN: the `share_filler` word cue of data/lexicon/cues.csv, branch words31)
function furtherPlacesEn(ctx: Ctx, obj: Group): Group {
  const toks = ctx.s.tokens;
  const out = obj.slice();
  for (;;) {
    const k = out[out.length - 1]!.tok1;
    // ("900 troops in Syria, most of them in the northeast": a share of those present, after a comma)
    if (toks[k]?.text === ',') {
      let j = k + 1;
      while (j < toks.length && j - k <= 5 && /^(most|many|some|half|all|the|rest|majority|bulk|of|them|mostly|mainly|largely)$/.test(toks[j]!.norm)) j++;
      const share = toks.slice(k + 1, j).map((t) => t.norm).join(' ');
      // (slot55: "most of them at bases in Hasakah and Deir ez-Zor provinces": past "at"/"in" and a base noun, cues.csv
      // `base_noun`; each place of the list after it)
      const bases = /^(at|in)$/.test(toks[j]?.norm ?? '') && cueWords(ctx.lex, 'base_noun').has(toks[j + 1]?.norm ?? '') && toks[j + 2]?.norm === 'in';
      if (bases) j += 2;
      const at = toks[j + 1]?.norm === 'the' && !ctx.inMention[j + 1] ? j + 2 : j + 1;
      const i = ctx.s.mentions.findIndex((x) => x.tok0 === j + 1 || (bases && x.tok0 === at));
      const m = ctx.s.mentions[i];
      if (!/of them|^(mostly|mainly|largely)$/.test(share) || toks[j]?.norm !== 'in' || !m || !(m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country')) break;
      if (bases) {
        const more = groupFrom(ctx.s.mentions, i).filter((x) => x.kind === 'place' && !out.includes(x));
        out.push(...more);
        if (!more.length) break;
      } else out.push(m);
      continue;
    }
    // ("operates from the Hmeimim air base near Latakia and from a naval facility in Tartus": a second place of the same
    // verb, past an adjunct of the first, with the same preposition or none)
    let a = k;
    if (/^(near|in|on|outside)$/.test(toks[a]?.norm ?? '') && ctx.inMention[a + 1]) a = ctx.s.mentions.find((x) => x.tok0 === a + 1)!.tok1;
    if (toks[a]?.text === 'province' || toks[a]?.norm === 'province') a++;
    // ("controls most of Idlib province and parts of the neighbouring Latakia and Aleppo countryside": a share of more
    // places after "and", each member of its list; diagnosis-batch26 §6 fix 4)
    if (toks[a]?.norm === 'and' && cueWords(ctx.lex, 'share_word').has(toks[a + 1]?.norm ?? '') && toks[a + 2]?.norm === 'of') {
      let b = a + 3;
      while (b < toks.length && b - a <= 6 && cueWords(ctx.lex, 'share_filler').has(toks[b]!.norm)) b++;
      const i = ctx.s.mentions.findIndex((x) => x.tok0 === b);
      const more = i >= 0 ? groupFrom(ctx.s.mentions, i).filter((x) => x.kind === 'place' || actor(ctx.lex, x)?.kind === 'country') : [];
      if (more.length) {
        out.push(...more);
        continue;
      }
    }
    if (toks[a]?.norm === 'and') {
      let b = a + 1;
      if (/^(from|at|in)$/.test(toks[b]?.norm ?? '')) b++;
      if (/^(an?|the)$/.test(toks[b]?.norm ?? '')) b++;
      const m2 = ctx.s.mentions.find((x) => x.tok0 === b);
      if (m2 && m2.kind === 'place' && b > a + 1 && !ctx.lex.entities.get(m2.entity)?.stands_for) {
        out.push(m2);
        continue;
      }
    }
    if (toks[k]?.norm !== 'and') break;
    let j = k + 1;
    // ("2,500" is read as 2 , 500)
    while (j < toks.length && j - k <= 4 && (/^(about|around|some|nearly|roughly|more|than|[0-9][0-9,.]*)$/.test(toks[j]!.norm) || (toks[j]!.text === ',' && /^[0-9]/.test(toks[j - 1]!.norm) && /^[0-9]/.test(toks[j + 1]?.norm ?? '')))) j++;
    const m = ctx.s.mentions.find((x) => x.tok0 === j + 1);
    if (j === k + 1 || !/[0-9]|some/.test(toks.slice(k + 1, j).map((t) => t.norm).join(' ')) || toks[j]?.norm !== 'in' || !m || !(m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country')) break;
    out.push(m);
  }
  return out;
}

/** "X told Y that the YPG should be cleared from …": an obligation with no actor of its own, told to Y, urges Y (English). */
function toldThat(ctx: Ctx, c: CueSpan, pattern: Pattern): void {
  if (ctx.lang !== 'en') return;
  const { s } = ctx;
  const told = [...(ctx.byKind.get('speech') ?? [])].reverse().find((x) => x.tok1 <= c.tok0 && s.tokens[x.tok0]!.norm === 'told');
  const i = told ? firstMentionAfter(s.mentions, told.tok1) : -1;
  const y = i >= 0 ? s.mentions[i]! : undefined;
  // ("told Erdogan on Monday that …": a date between the one told and "that")
  let that = y ? y.tok1 : -1;
  while (y && that < c.tok0 && that - y.tok1 <= 4 && s.tokens[that]!.norm !== 'that' && !ctx.inMention[that]) that++;
  if (!told || !y || y.tok0 - told.tok1 > 1 || s.tokens[that]?.norm !== 'that' || hasBoundary(s.tokens, y.tok1, c.tok0) || !actor(ctx.lex, y)) return;
  const x = leftGroup(ctx, told.tok0, 4);
  if (x?.length) emitAll(ctx, cueTrigger(told, pattern), pattern, x, [y], {});
}

// Participles that name who uses or owns what was struck: "facilities used by X", "targets linked to X".
// (OWNED: the `owned_participle` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "US jets struck a depot in eastern Syria used by Iran's Revolutionary Guards", "struck 85 targets in Iraq and Syria
 * linked to the IRGC": what was struck belongs to a named actor, who is the one attacked (the place only says where;
 * English). Undefined when the verb's object names no such owner.
 */
export function ownerStruck(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  // ("85 targets", "the strikes": a verb form after a numeral or a determiner is a noun)
  const noun = (k: number) => /^([\p{N}]+|the|a|an|its|their|more|several|dozens|many)$/u.test(nth(toks, k - 1)?.norm ?? '');
  if (ctx.lang !== 'en' || p.pos !== 'verb' || noun(T.tok0)) return undefined;
  // (a comma followed by a lowercase common noun and closed by "and" before the next comma: "shelters, tunnels and depots")
  const listComma = (k: number): boolean => {
    const nx = nth(toks, k + 1);
    if (!nx || ctx.inMention[k + 1] || !/^\p{Ll}+$/u.test(nx.text) || /ing$/.test(nx.norm) || /^(which|who|while|whereas|and|but|where|when|as|after|before|the|a|an)$/.test(nx.norm)) return false;
    for (let j = k + 2; j < toks.length && j <= k + 5; j++) {
      if (toks[j]!.norm === 'and') return true;
      if (BOUNDARY_TEXT.has(toks[j]!.text) || toks[j]!.text === ',' || ctx.inMention[j]) return false;
    }
    return false;
  };
  const ms = ctx.s.mentions;
  const housingWords = cueWords(ctx.lex, 'housing_word');
  // (the window counts the words outside names: "a facility in Deir ez-Zor province that the Pentagon said was used by X")
  let free = 0;
  for (let k = T.tok1; k < toks.length && free <= 14; k++) {
    const t = toks[k]!;
    if (!ctx.inMention[k]) free++;
    // ("hit shelters, tunnels and ammunition depots used by X": a comma inside a list of common nouns)
    if (t.text === ',' && !ctx.inMention[k] && listComma(k)) continue;
    if (BOUNDARY_TEXT.has(t.text) || (t.text === ',' && !ctx.inMention[k]) || ctx.s.triggers.some((x) => x.tok0 === k && x !== T && x.patterns[0]!.pos === 'verb' && !noun(k))) return undefined;
    // ("positions believed to house IS cells", "sites sheltering fighters of X": a word of sheltering; cues.csv housing_word, solo50)
    const housing = !ctx.inMention[k] && housingWords.has(t.norm);
    if (!housing && (ctx.inMention[k] || !cueWords(ctx.lex, 'owned_participle').has(t.norm) || !/^(by|to|with)$/.test(nth(toks, k + 1)?.norm ?? ''))) continue;
    const from = housing ? k + 1 : k + 2;
    const i = firstMentionAfter(ms, from);
    const m = i >= 0 ? ms[i] : undefined;
    // (a sheltering word's owner follows it closely, past a members noun and "of": "house IS cells", "hideouts of the
    // PKK"; not "a safe house in eastern Syria", "hideouts in Syria's Suwayda province")
    const sheltered = (x: Mention) => freeWords(ctx, from, x.tok0) <= 2 && !toks.slice(from, x.tok0).some((y) => /^(in|near|on|at|from|across)$/.test(y.norm)) && (ctx.lex.entities.get(x.entity)?.kind !== 'country' || x.via === 'demonym');
    if (!m || hasBoundary(toks, from, m.tok0) || freeWords(ctx, from, m.tok0) > 3 || m.kind === 'place' || (housing && !sheltered(m))) {
      if (housing) continue;
      return undefined;
    }
    // ("used by groups linked to Iran's Revolutionary Guards": an unnamed group's things name no one attacked, gold rule 10)
    if (toks.slice(k + 2, m.tok0).some((x) => cueWords(ctx.lex, 'proxy_plural_en').has(x.norm))) return undefined;
    // (not past ", and", which opens a clause of its own: "… links to Iran and Hezbollah, and Russia keeps forces at …")
    const owners = groupFrom(ms, i).filter((x) => x.kind !== 'place' && actor(ctx.lex, x) && !commaAnd(toks, m.tok1, x.tok0 + 1));
    // (ref42: "said the strikes hit a depot belonging to X", "one of the strikes hit a building used by X": a definite
    // attack noun as the subject has the doer of the attack told before, not the speaker)
    const told = definiteNounDoerEn(ctx, T);
    const subj = told ? [told] : verbArgs(ctx, T, true).subj;
    if (!owners.length || !subj?.length) return undefined;
    return emitAll(ctx, T, p, subj, owners, attrs);
  }
  return undefined;
}

/**
 * "Israeli strikes hit Palmyra … The raids targeted a meeting of …, including members of X and Y", "said the strikes hit a
 * depot in Z": an attack verb whose subject is a definite attack noun ("the raids") has the doer of the attack told
 * before (the sentence's, else the article's: discourse.ts attackerOf) as doer, whoever speaks. Arabic (ref30): `إن
 * الضربات استهدفت مقرات X`, `واستهدفت الغارات مستودعات لـX`: a definite attack noun right before or after the verb.
 */
export function definiteAttackDoer(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  if (p.pos !== 'verb') return undefined;
  const toks = ctx.s.tokens;
  if (ctx.lang === 'ar') {
    // (`إن الضربات استهدفت مقرات X`, `وأصابت الغارة مواقع X`: a definite attack noun with nothing after it of its own, no
    // demonym or name, right before or after the attack verb; the verb's other side is what was struck)
    // (or an indefinite one told again, `غارة أخرى`, `غارة متزامنة` (cues.csv `again_adjective`), its adjective between; ref36)
    const again = (j: number) => cueWords(ctx.lex, 'again_adjective').has(nth(toks, j)?.norm ?? '');
    const noun = ctx.s.triggers.find((x) => x !== T && x.tok1 - x.tok0 === 1 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun') && (((x.tok1 === T.tok0 || x.tok0 === T.tok1) && /^[وف]?ال/.test(toks[x.tok0]!.norm)) || ((x.tok1 + 1 === T.tok0 || x.tok0 === T.tok1) && again(x.tok1))));
    if (!noun) return undefined;
    const after = Math.max(noun.tok1 + (again(noun.tok1) ? 1 : 0), T.tok1);
    if (ctx.s.mentions.some((m) => m.tok0 === noun.tok1 && m.tok0 < T.tok0) || ctx.s.mentions.some((m) => m.tok0 === after && m.via === 'demonym')) return undefined;
    const doer = attackerOf(ctx, ctx.discourse, noun, []);
    if (!doer) return undefined;
    const obj = objectGroup(ctx, after, p, new Set([doer.entity]));
    if (!obj?.length) return undefined;
    return emitAll(ctx, T, p, [doer], obj, attrs);
  }
  if (ctx.lang !== 'en') return undefined;
  const doer = definiteNounDoerEn(ctx, T);
  if (!doer) return undefined;
  const obj = includedMembers(ctx, T.tok1, 8) ?? objectGroup(ctx, T.tok1, p, new Set([doer.entity]));
  if (!obj?.length) return undefined;
  return emitAll(ctx, T, p, [doer], obj, attrs);
}

/**
 * English: the doer of the definite attack noun ("the strikes", "the raids", "one of the strikes", "Another strike on
 * Thursday") standing right before the attack verb at T, as definiteAttackDoer reads it (discourse.ts attackerOf);
 * undefined when no such noun is the verb's subject (ref42: shared with ownerStruck).
 */
function definiteNounDoerEn(ctx: Ctx, T: Trigger): Mention | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  // (past a date of its own, "Another strike on Thursday targeted"; ref36)
  const inDate = (j: number) => ctx.s.dates.some((x) => x.start <= toks[j]!.start && toks[j]!.start < x.end);
  while (k > 0 && (/^(also|reportedly|had|have|has|then|later)$/.test(toks[k]!.norm) || inDate(k) || (toks[k]!.norm === 'on' && inDate(k + 1)))) k--;
  const noun = ctx.s.triggers.find((x) => x.tok1 === k + 1 && x !== T && x.patterns.some((q) => q.relation === 'attacked'));
  if (!noun) return undefined;
  let d = noun.tok0 - 1;
  while (d > 0 && /^(air|drone|missile|rocket)$/.test(toks[d]!.norm)) d--;
  // ("A simultaneous strike", "Another strike", "A second raid": told again, cues.csv `again_adjective`; ref36)
  const again = cueWords(ctx.lex, 'again_adjective').has(toks[d]?.norm ?? '') && (toks[d]!.norm === 'another' || /^(a|an|the)$/i.test(nth(toks, d - 1)?.norm ?? ''));
  if (!again && !/^(the|these|those)$/.test(toks[d]?.norm ?? '')) return undefined;
  return attackerOf(ctx, ctx.discourse, noun, []);
}

/**
 * "An Israeli strike on a building in Damascus killed five IRGC members", "strikes against PKK targets in northern Iraq":
 * an attack that names an actor it was aimed at is not also an attack on the place it happened in (gold rule 10; a
 * country after "in"/"at"/"near" counts as a place). Arabic: `قُتل المستشار في الحرس الثوري X في غارة إسرائيلية استهدفت
 * منطقة السيدة زينب`, `بغارة استهدفت منطقة في ريف دمشق`: a place of the lexicon, or a country after في/داخل/قرب. Drops
 * such records of the sentence from `ctx.out` (from index `from`).
 */
export function placesOfNamedTargets(ctx: Ctx, from: number): void {
  const { s, out } = ctx;
  const placeKinds = new Set(['place', 'country']);
  const named = new Set<string>();
  for (let i = from; i < out.length; i++) {
    const r = out[i]!;
    if (r.relation === 'attacked' && !placeKinds.has(ctx.lex.entities.get(r.target)?.kind ?? '')) named.add(r.source);
    // ("struck Iran-linked targets in Syria": a country named as whose the targets are is an actor hit, not a place)
    else if (r.relation === 'attacked' && ctx.lang === 'en' && s.mentions.some((x) => x.start - s.start === r.evidence.targetSpan[0] && s.tokens[x.tok1]?.text === '-')) named.add(r.source);
    // (`مواقع للقوات الإيرانية`: a state named by the demonym on its forces is an actor hit; slot32)
    else if (r.relation === 'attacked' && ctx.lang === 'ar' && s.mentions.some((x) => x.start - s.start === r.evidence.targetSpan[0] && x.via === 'demonym' && hasCue(ctx, x.tok0 - 1, 'military'))) named.add(r.source);
  }
  // (`غارات في الشمال الغربي استهدفت قادة في التنظيم`: an attack verb right after the place describes the attack noun, and
  // its object is a body named by its kind, cues.csv `actor_head`: an actor was hit, resolved to the story's group or not;
  // diagnosis-batch23 §4 #29)
  const heads = cueWords(ctx.lex, 'actor_head');
  const unnamedHit = (m: Mention | undefined) => {
    if (!m || ctx.lang !== 'ar' || !heads.size) return false;
    const V = s.triggers.find((x) => x.tok0 === m.tok1 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'verb'));
    if (!V) return false;
    for (let k = V.tok1; k < s.tokens.length && k <= V.tok1 + 3 && !BOUNDARY_TEXT.has(s.tokens[k]!.text) && s.tokens[k]!.text !== '،'; k++)
      if (heads.has(s.tokens[k]!.norm) && !s.mentions.some((x) => x.tok0 === k + 1)) return true;
    return false;
  };
  for (let i = out.length - 1; i >= from; i--) {
    const r = out[i]!;
    if (r.relation !== 'attacked' || named.has(r.source) || !placeKinds.has(ctx.lex.entities.get(r.target)?.kind ?? '')) continue;
    if (unnamedHit(s.mentions.find((x) => x.start - s.start === r.evidence.targetSpan[0]))) out.splice(i, 1);
  }
  if (!named.size) return;
  for (let i = out.length - 1; i >= from; i--) {
    const r = out[i]!;
    if (r.relation !== 'attacked' || !named.has(r.source)) continue;
    const m = s.mentions.find((x) => x.start - s.start === r.evidence.targetSpan[0]);
    const k = m ? m.tok0 - 1 : -1;
    // (the preposition may stand before a compass word: "in northern Iraq")
    let before = cueWords(ctx.lex, 'target_place_adjective').has(nth(s.tokens, k)?.norm ?? '') ? k - 1 : k;
    // (or before the place's head: "near the northeastern Syrian city of Qamishli", "in the town of X")
    if (ctx.lang === 'en' && nth(s.tokens, k)?.norm === 'of' && cueWords(ctx.lex, 'target_place_head').has(nth(s.tokens, k - 1)?.norm ?? ''))
      for (let j = k - 2; j >= 0 && j >= k - 6 && s.tokens[j]!.text !== ','; j--)
        if (/^(in|at|near|across|inside|over|around)$/.test(s.tokens[j]!.norm)) {
          before = j;
          break;
        }
    if (ctx.lang === 'ar') {
      // (`على الأراضي السورية`, `داخل الأراضي السورية`: a country named as its territory is where, whatever the preposition; slot32)
      const territory = !!m && actor(ctx.lex, m)?.kind === 'country' && /^[وفبل]?(ال)?اراضي$/.test(s.tokens[m.tok0]!.norm);
      if (m && (territory || (m.kind === 'place' ? actor(ctx.lex, m)?.kind !== 'country' : actor(ctx.lex, m)?.kind === 'country' && /^(في|داخل|قرب)$/.test(prepOf(ctx, m) ?? '')))) out.splice(i, 1);
      continue;
    }
    if (m && placeKinds.has(actor(ctx.lex, m)?.kind === 'country' ? 'country' : m.kind) && /^(in|at|near|across|inside|over|around)$/.test(nth(s.tokens, before)?.norm ?? '')) out.splice(i, 1);
  }
}

/** The doer of a record told by a pronoun (`إنها`, "it"): a mention of its entity on the record's source span. */
function spanMention(ctx: Ctx, sp: [number, number], entity: string): Mention | undefined {
  const toks = ctx.s.tokens;
  const k = toks.findIndex((t) => t.start - ctx.s.start === sp[0]);
  const e = ctx.lex.entities.get(entity);
  if (k < 0 || !e) return undefined;
  let k1 = k + 1;
  while (k1 < toks.length && toks[k1]!.end - ctx.s.start <= sp[1]) k1++;
  return mention(k, k1, toks[k]!.start, toks[k1 - 1]!.end, entity, e.kind, 'anaphor', false, '');
}

/**
 * `غارات على مواقع في سوريا تقول إنها تابعة لإيران`: a strike on sites whose owner is named after the place (an `owner`
 * cue right before the name, past the report) attacks the owner and not the place (gold rule 10; Arabic). The doer is
 * the one of the attack record on the place told before the cue in the sentence; the owner's own date is that record's.
 * An unnamed group between (`تابعة لمجموعات موالية لإيران`) names no owner: the cue is not right before the name.
 */
export function ownerAfterPlace(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  if (ctx.lang !== 'ar') return;
  const p = verbPattern(ctx, 'attacked');
  // (a site noun with its owner after لـ, the place told first: `تستهدف في سوريا مواقع لإيران و«حزب الله»`)
  const sites = (ctx.byKind.get('military') ?? []).filter((c) => s.mentions.some((m) => m.tok0 === c.tok1 && /^و?ل$/.test(m.clitics)));
  for (const c of [...(ctx.byKind.get('owner') ?? []), ...sites]) {
    const i = s.mentions.findIndex((m) => m.tok0 >= c.tok1 && m.tok0 - c.tok1 <= 2 && (ownerBefore(ctx, m) || (m.tok0 === c.tok1 && sites.includes(c))));
    if (i < 0 || !p) continue;
    const owners = groupFrom(s.mentions, i).filter((m) => m.kind !== 'place' && actor(ctx.lex, m));
    const placeRecord = (j: number) => {
      const r = out[j]!;
      const m = s.mentions.find((x) => x.start - s.start === r.evidence.targetSpan[0]);
      return r.relation === 'attacked' && !!m && m.tok1 <= c.tok0 && (m.kind === 'place' || (actor(ctx.lex, m)?.kind === 'country' && /^(في|داخل)$/.test(prepOf(ctx, m) ?? '')));
    };
    const j = [...out.keys()].slice(before).reverse().find(placeRecord);
    if (!owners.length || j === undefined) continue;
    const r = out[j]!;
    const doer = s.mentions.find((x) => x.start - s.start === r.evidence.sourceSpan[0]) ?? spanMention(ctx, r.evidence.sourceSpan, r.source);
    if (!doer) continue;
    const n = out.length;
    for (const o of owners) emit(ctx, cueTrigger(c, p), 'attacked', doer, o, r.attrs ?? {}, false);
    if (out.length === n) continue;
    for (let k = n; k < out.length; k++) out[k] = redated(out[k]!, r.date, r.dateSource);
    // (every place the doer's strike was told in: "على 85 هدفاً في العراق وسوريا مرتبطة بـ…")
    for (let k = n - 1; k >= before; k--) if (out[k]!.source === r.source && placeRecord(k)) out.splice(k, 1);
  }
}

// (AID: the `aid_word` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "Assad, who thanked Cairo for its aid after the earthquake", "thanked him for his country's relief flights": thanks for
 * aid say that the one thanked (its state) supported the thanker (its state) (English).
 */
export function thanks(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  if (ctx.lang !== 'en' || !ctx.doc.article.text.slice(s.start, s.end).includes('thank')) return;
  const pattern = verbPattern(ctx, 'supported');
  if (!pattern) return;
  for (let k = 0; k < toks.length; k++) {
    if (!/^(thanked|thanks|thanking|thank)$/.test(toks[k]!.norm) || ctx.inMention[k]) continue;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    const thanker = verbArgs(ctx, v, true).subj?.[0];
    if (!thanker) continue;
    // the one thanked: a name right after, or "him"/"her": the first other person of the sentence
    let thanked: Mention | undefined = s.mentions.find((m) => m.tok0 === k + 1);
    let end = thanked?.tok1 ?? k + 2;
    if (!thanked && /^(him|her)$/.test(toks[k + 1]?.norm ?? '')) thanked = s.mentions.find((m) => m.kind === 'person' && m.entity !== thanker.entity && m.tok1 <= k);
    if (!thanked || toks[end]?.norm !== 'for') continue;
    let aid = false;
    for (let j = end + 1; j < toks.length && j - end <= 5 && !aid; j++) aid = cueWords(ctx.lex, 'aid_word').has(toks[j]!.norm);
    if (!aid) continue;
    const state = (m: Mention): Mention | undefined => {
      const a = actor(ctx.lex, m);
      if (!a || a.kind !== 'person') return a;
      const c = ctx.lex.entities.get(a.entity)?.country;
      const e = c ? ctx.lex.entities.get(c) : undefined;
      return e ? mentionOn(mention(m.tok0, m.tok1, m.start, m.end, e.id, e.kind, 'anaphor', false, ''), m) : undefined;
    };
    const giver = state(thanked);
    const taker = state(thanker);
    if (!giver || !taker || giver.entity === taker.entity) continue;
    // (the support thanked for is a state of the time told, not the day of the thanks: the publication date)
    const n = ctx.out.length;
    emitAll(ctx, v, pattern, [giver], [taker], {});
    atPublication(ctx, n);
  }
}

/**
 * "Government forces retook Palmyra with Russian air support", "captured Raqqa with the backing of the United States": a
 * "with … support" adjunct says its giver supported the clause's subject (the first actor of the clause that no
 * preposition introduces); it is never the subject's support of the giver (English).
 */
export function withSupport(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang === 'en' && toks[T.tok0]!.norm === 'with') return withHelpOf(ctx, T, p, attrs);
  if (ctx.lang !== 'en' || !cueWords(ctx.lex, 'support_noun_en').has(toks[T.tok0]!.norm)) return undefined;
  const ms = ctx.s.mentions;
  let k = T.tok0 - 1;
  while (k > 0 && cueWords(ctx.lex, 'support_adjective').has(toks[k]!.norm)) k--;
  let giver: Mention | undefined;
  const before = ms.find((m) => m.tok1 === k + 1);
  const more: Mention[] = [];
  if (before && (before.via === 'demonym' || isPossessive(ctx, before) || actor(ctx.lex, before)?.kind === 'country')) {
    giver = actor(ctx.lex, before);
    k = before.tok0 - 1;
    // ("with American and British air support": a list of demonyms; np35)
    for (let prev = ms.find((m) => m.tok1 === k); before.via === 'demonym' && /^(and|,)$/.test(toks[k]?.norm ?? '') && (prev = ms.find((m) => m.tok1 === k)) && prev.via === 'demonym'; ) {
      more.push(prev);
      k = prev.tok0 - 1;
    }
  } else if (toks[T.tok1]?.norm === 'of') giver = ms.find((m) => m.tok0 === T.tok1 + 1 || (m.tok0 === T.tok1 + 2 && toks[T.tok1 + 1]!.norm === 'the'));
  // ("With Russian and Iranian help": demonyms read as no mention, a list of them; np35, diagnosis-batch30 #77, 78)
  const givers: Mention[] = [];
  if (!giver && !before) {
    let j = k;
    while (j > 0) {
      const id = countryWords(ctx.lex).get(toks[j]!.norm);
      const e = id ? ctx.lex.entities.get(id) : undefined;
      if (!e || ms.some((m) => m.tok0 <= j && j < m.tok1)) break;
      const t = toks[j]!;
      givers.unshift(mention(j, j + 1, t.start, t.end, e.id, e.kind, 'demonym', false, ''));
      j--;
      if (/^(and|,)$/.test(toks[j]?.norm ?? '') && countryWords(ctx.lex).has(toks[j - 1]?.norm ?? '')) j--;
      else break;
    }
    if (givers.length) k = j;
  }
  while (k > 0 && /^(the|a)$/.test(toks[k]!.norm)) k--;
  if (toks[k]?.norm !== 'with') return undefined;
  if (givers.length) {
    // (the adjunct opens the sentence: its subject follows the comma, "With Russian help, the Syrian army retook")
    const opens = k === 0 || /^[.;:]$/.test(toks[k - 1]!.text) || !ms.some((m) => m.tok1 <= k);
    const c = opens ? toks.findIndex((t, j) => j >= T.tok1 && j - T.tok1 <= 1 && t.text === ',') : -1;
    const subj1 = c >= 0 ? ms.find((m) => m.kind !== 'place' && m.tok0 > c && m.tok0 - c <= 2 && !prepOf(ctx, m) && m.via !== 'demonym' && !!actor(ctx.lex, m)) : ms.find((m) => m.tok1 <= k && !prepOf(ctx, m) && !isPossessive(ctx, m) && m.via !== 'demonym' && !!actor(ctx.lex, m) && !hasBoundary(toks, m.tok1, k));
    // (np56: inside a relative clause, its antecedent; relativebacking.ts)
    const subj = subj1 && c < 0 ? relativeHost(ctx, k, subj1) ?? subj1 : subj1;
    const a = subj ? actor(ctx.lex, subj) : undefined;
    if (!subj || !a) return true;
    return emitAll(ctx, T, p, givers.filter((g) => g.entity !== a.entity), [subj], attrs);
  }
  if (!giver || !actor(ctx.lex, giver)) return true;
  const subj0 = ms.find((m) => m.tok1 <= k && !prepOf(ctx, m) && !isPossessive(ctx, m) && m.via !== 'demonym' && !!actor(ctx.lex, m) && !hasBoundary(toks, m.tok1, k));
  // (np56: inside a relative clause, its antecedent; relativebacking.ts)
  const subj = subj0 ? relativeHost(ctx, k, subj0) ?? subj0 : undefined;
  if (!subj || actor(ctx.lex, subj)!.entity === actor(ctx.lex, giver)!.entity) return true;
  const gs = [actor(ctx.lex, giver)!, ...more.map((m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m && m.entity !== actor(ctx.lex, subj)!.entity)];
  return emitAll(ctx, T, p, gs, [subj], attrs);
}

/**
 * "Kurdish fighters repelled an IS siege in 2015 with the help of US air strikes", "captured Raqqa with the backing of
 * the United States" (the adjunct as one trigger, patterns.en.csv): the actors right after it give their support to the
 * clause's subject, its first actor with no preposition and no indefinite article before it ("an IS siege" is a noun's
 * modifier, no subject); an unnamed subject ("Kurdish fighters") gets none (README 18c). np36, diagnosis-batch31 FP 85.
 */
function withHelpOf(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const i0 = ms.findIndex((m) => m.tok0 === T.tok1 || (m.tok0 === T.tok1 + 1 && toks[T.tok1]!.norm === 'the'));
  // (np56: "with the backing of a US-led coalition", "of about 900 US troops"; relativebacking.ts)
  const i = i0 >= 0 ? i0 : ms.findIndex((m) => m.tok0 === giversStart(ctx, T.tok1) && m.tok0 > T.tok1);
  if (i < 0) return undefined;
  // (not the backer in a compound, "with the help of Iranian-backed militias": unnamed helpers)
  const givers = groupFrom(ms, i).filter((m) => !!actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && toks[m.tok1]?.text !== '-');
  if (!givers.length) return undefined;
  const k = T.tok0;
  // (a demonym only on its forces: "Syrian troops retook Palmyra")
  const subj0 = ms.find((m) => m.tok1 <= k && m.kind !== 'place' && !prepOf(ctx, m) && !isPossessive(ctx, m) && (m.via !== 'demonym' || !!hasCue(ctx, m.tok1, 'military')) && !!actor(ctx.lex, m) && !hasBoundary(toks, m.tok1, k));
  if (subj0 && /^(a|an)$/.test(toks[subj0.tok0 - 1]?.norm ?? '')) return true;
  // (np56: inside a relative clause, its antecedent, also after a preposition, "run by the SDF, which hold …";
  // relativebacking.ts)
  const subj = relativeHost(ctx, k, subj0) ?? subj0;
  if (!subj) return true;
  const a = actor(ctx.lex, subj)!;
  const gs = givers.filter((g) => actor(ctx.lex, g)!.entity !== a.entity);
  return gs.length ? emitAll(ctx, T, p, gs, [subj], attrs) : true;
}

/** English demonyms and names of countries, lower case → the country id (per lexicon). */
const countryWordCache = new WeakMap<object, Map<string, string>>();
function countryWords(lex: Ctx['lex']): Map<string, string> {
  let map = countryWordCache.get(lex);
  if (map) return map;
  map = new Map();
  for (const e of lex.entities.values()) if (e.kind === 'country') for (const w of [e.label_en, ...e.demonyms_en]) if (w && !w.includes(' ')) map.set(w.toLowerCase(), e.id);
  countryWordCache.set(lex, map);
  return map;
}

/**
 * "the Turkish-backed Syrian National Army" as one lexicon name: the compound inside it still says who backs the group
 * (the country whose demonym or name opens it; English).
 */
export function backedInName(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  if (ctx.lang !== 'en') return;
  for (const m of s.mentions) {
    if (m.tok1 - m.tok0 < 4 || toks[m.tok0 + 1]?.text !== '-' || !/^(backed|supported|sponsored)$/.test(toks[m.tok0 + 2]?.norm ?? '')) continue;
    const pattern = verbPattern(ctx, 'supported');
    if (!pattern) return;
    const id = countryWords(ctx.lex).get(toks[m.tok0]!.norm);
    const backer = id ? ctx.lex.entities.get(id) : undefined;
    if (!backer || backer.id === m.entity) continue;
    const t = toks[m.tok0]!;
    const v = toks[m.tok0 + 2]!;
    const b = mention(m.tok0, m.tok0 + 1, t.start, t.end, backer.id, backer.kind, 'demonym', false, '');
    emitAll(ctx, cueTrigger({ tok0: m.tok0 + 2, tok1: m.tok0 + 3, start: v.start, end: v.end }, pattern), pattern, [b], [m], {});
  }
}

/**
 * "The visit was Amir-Abdollahian's first to Turkey since …": after a copula, a possessor and an ordinal stand for the
 * visit noun the sentence opened with ("X's first [visit] to Y"): X visited Y (English).
 */
export function elidedVisit(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  const noun = s.triggers.find((x) => x.patterns.some((q) => q.relation === 'visited' && q.pos === 'noun'));
  const pattern = noun?.patterns.find((q) => q.relation === 'visited' && q.pos === 'noun');
  if (ctx.lang !== 'en' || !noun || !pattern || !/^(was|is|will|would)$/.test(toks[noun.tok1]?.norm ?? '')) return;
  for (const m of s.mentions) {
    if (m.tok0 < noun.tok1 || m.tok0 - noun.tok1 > 3 || m.kind !== 'person' || !isPossessive(ctx, m)) continue;
    if (!/^(first|second|third|last|latest)$/.test(toks[m.tok1]?.norm ?? '') || toks[m.tok1 + 1]?.norm !== 'to') return;
    const place = s.mentions.find((x) => x.tok0 === m.tok1 + 2 && (x.kind === 'place' || x.kind === 'country'));
    if (!place) return;
    // (the visit the story is about: undated here, so that it takes the day of that visit)
    const n = ctx.out.length;
    emitAll(ctx, cueTrigger({ tok0: m.tok1, tok1: m.tok1 + 1, start: toks[m.tok1]!.start, end: toks[m.tok1]!.end }, pattern), pattern, [m], [place], {});
    redateSince(ctx, n, ctx.doc.article.date, 'published');
    return;
  }
}


/**
 * "ويقاتل «حزب الله» إلى جانب القوات الحكومية", "وقفت روسيا إلى جانب دمشق", "أكد وقوف سوريا إلى جانب روسيا": a verb (or its noun) of fighting or standing (a
 * `requires: alongside` pattern) supports the one after "إلى جانب"; its subject is named before the cue (VSO), else
 * carried. Undefined when the cue does not follow the verb's subject.
 */
// English fight verbs whose object, named before "alongside", is the foe ("fight IS alongside the SDF").
// (FIGHT_EN: the `fight_verb` word cue of data/lexicon/cues.csv, branch words31)
export function alongside(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  // (what is taken part in, "in the battle (for Aleppo)", `في معركة حلب`, may stand between: a phrase opened by "in"/`في`; bugs35)
  const inPhrase = (x: { tok0: number }) => /^(in|في)$/.test(ctx.s.tokens[T.tok1]?.norm ?? '') && freeWords(ctx, T.tok1, x.tok0) <= 5;
  const c = ctx.byKind.get('alongside')?.find((x) => x.tok0 >= T.tok1 && (freeWords(ctx, T.tok1, x.tok0) <= 2 || inPhrase(x)) && !hasBoundary(ctx.s.tokens, T.tok1, x.tok0));
  if (!c) return undefined;
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, c.tok1);
  if (i < 0 || freeWords(ctx, c.tok1, ms[i]!.tok0) > 1) return undefined;
  let named = ms.filter((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0 && !prepOf(ctx, m) && actor(ctx.lex, m));
  // ("where they fight Islamic State alongside the SDF": an English name between a fight verb and "alongside" is the
  // verb's object, the foe both fight, not its subject; ref32)
  const foes = ctx.lang === 'en' && named.length && cueWords(ctx.lex, 'fight_verb').has(ctx.s.tokens[T.tok0]!.norm) ? named : undefined;
  if (foes) named = [];
  // (the verbal noun's subject is its genitive, never one named or carried before: "أكد الأسد وقوف الشعوب العربية إلى جانب سوريا")
  const noun = /وقوف$/.test(ctx.s.tokens[T.tok0]!.norm);
  let subj = named.length ? named : noun ? undefined : verbArgs(ctx, T, true).subj?.filter((m) => m.tok1 <= T.tok0 || m.via === 'anaphor');
  // ("وتنشر الولايات المتحدة نحو 900 جندي في …، يعملون إلى جانب «قسد»": a verb opening a clause after a comma, with no
  // subject of its own, is done by the troops of the verb before, i.e. by that verb's subject)
  if (!subj?.length && !noun && nth(ctx.s.tokens, T.tok0 - 1)?.text === '،') {
    const earlier = [...ctx.s.triggers].reverse().find((x) => x.tok1 < T.tok0 && x.patterns[0]!.pos === 'verb');
    subj = earlier ? verbArgs(ctx, earlier, true).subj?.filter((m) => m.tok1 <= earlier.tok0 || m.tok0 >= earlier.tok1) : undefined;
  }
  const group = groupFrom(ms, i);
  const obj = group.filter((m) => actor(ctx.lex, m));
  if (!subj?.length || !obj.length) return undefined;
  const r = emitAll(ctx, T, p, subj, obj, attrs);
  jointFight(ctx, T, subj, group);
  const ap = foes ? verbPattern(ctx, 'attacked') : undefined;
  if (foes && ap) {
    const n = ctx.out.length;
    const ids = new Set([...subj, ...obj].map((m) => actor(ctx.lex, m)?.entity));
    const foe = foes.filter((m) => !ids.has(actor(ctx.lex, m)?.entity) && actor(ctx.lex, m)?.kind !== 'place');
    if (foe.length) for (const side of [...subj, ...obj]) emitAll(ctx, cueTrigger(T, ap), ap, [side], foe, {});
    atPublication(ctx, n);
  }
  // ("ويقاتل «حزب الله» في سوريا إلى جانب القوات الحكومية", "fought in Syria alongside": the one fighting is there, gold
  // rule 13; a standing state at publication)
  const where = ms.find((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0 && (m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country') && /^(in|في)$/.test(prepOf(ctx, m) ?? ''));
  const dp = where && !noun ? verbPattern(ctx, 'deployed_in') : undefined;
  if (where && dp) {
    const n = ctx.out.length;
    for (const m of subj) emit(ctx, cueTrigger(T, dp), 'deployed_in', m, where.kind === 'place' ? where : actor(ctx.lex, where)!, {}, true);
    atPublication(ctx, n);
  }
  return r;
}

/**
 * "where they work alongside the SDF against IS remnants", `يقاتل «حزب الله» إلى جانب القوات الحكومية ضد تنظيم «داعش»`:
 * a joint fight (a coordination whose partner follows "alongside"/`إلى جانب`) against a foe named right after the
 * partner (past one or two words, "remnants", `خلايا`) is an attack on the foe by both sides, the standing fight (pred31,
 * diagnosis-batch27 #38, 39).
 */
export function jointFight(ctx: Ctx, T: Trigger, subj: Mention[], partners: Mention[]): void {
  if (!subj.length || !partners.length) return;
  const ms = ctx.s.mentions;
  const first = partners[0]!.tok0;
  if (!ctx.byKind.get('alongside')?.some((c) => c.tok0 >= T.tok0 && c.tok1 <= first && freeWords(ctx, c.tok1, first) <= 1)) return;
  const end = partners[partners.length - 1]!.tok1;
  let k = end;
  while (k < ctx.s.tokens.length && isQuote(ctx.s.tokens[k])) k++;
  if (!/^(against|ضد)$/.test(nth(ctx.s.tokens, k)?.norm ?? '')) return;
  const f = firstMentionAfter(ms, k + 1);
  const foe = f >= 0 && freeWords(ctx, k + 1, ms[f]!.tok0) <= 2 ? actor(ctx.lex, ms[f]!) : undefined;
  const ap = foe ? verbPattern(ctx, 'attacked') : undefined;
  if (!foe || !ap) return;
  for (const m of [...subj, ...partners]) if (actor(ctx.lex, m) && actor(ctx.lex, m)!.entity !== foe.entity) emit(ctx, cueTrigger(T, ap), 'attacked', m, ms[f]!, {}, true);
}

/**
 * "said it would not lift its sanctions on Damascus", "will keep their sanctions on Iran": sanctions that a possessive
 * names are in force, whatever the verb that governs them (lift, keep, ease) and its negation or modality; their owner
 * is the first state or organisation that is a subject in the sentence, and they are a state at the time of writing
 * (English). Undefined when T is no such noun.
 */
export function possessedSanctions(ctx: Ctx, T: Trigger, p: Pattern): boolean | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (ctx.lang !== 'en' || p.pos !== 'noun' || !/^(its|their)$/.test(nth(toks, T.tok0 - 1)?.norm ?? '') || !/^(on|against)$/.test(nth(toks, T.tok1)?.norm ?? '')) return undefined;
  const i = firstMentionAfter(ms, T.tok1);
  const target = i >= 0 && freeWords(ctx, T.tok1, ms[i]!.tok0) <= 1 ? actor(ctx.lex, ms[i]!) : undefined;
  const owner = ms.find((m) => m.tok1 <= T.tok0 && !prepOf(ctx, m) && !isPossessive(ctx, m) && !ctx.inRelative[m.tok0] && ['country', 'organization'].includes(actor(ctx.lex, m)?.kind ?? ''));
  if (!target || !owner || actor(ctx.lex, owner)!.entity === target.entity) return undefined;
  const n = ctx.out.length;
  const r = emitAll(ctx, T, p, [owner], [mentionOn(target, ms[i]!)], {});
  atPublication(ctx, n);
  return r;
}

/**
 * "وقُتل في الغارة نفسها القيادي X", "شنت إسرائيل غارة … قُتل فيها X" (Arabic): a killing word followed by a definite
 * attack noun (with or without نفسها/ذاتها) or by فيها/فيه (the attack of the clause before), then the one killed: a
 * person not after a preposition, or a group after a members' noun (`مستشارين من الحرس الثوري`). The doer is the
 * attack noun's own (its demonym) or the one told last (toldAttackDoer).
 */
export function killedInToldAttack(ctx: Ctx): void {
  if (ctx.lang !== 'ar') return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  // (cues.csv `killed_word`, verbs only: not `killing_noun`, مقتل, اغتيال …)
  const killed = cueWords(ctx.lex, 'killed_word');
  const nouns = cueWords(ctx.lex, 'killing_noun');
  const pattern = verbPattern(ctx, 'attacked');
  if (!pattern) return;
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!killed.has(toks[k]!.norm) || nouns.has(toks[k]!.norm)) continue;
    const at = toks[k + 1]!.norm === 'في' ? k + 2 : k + 1;
    let A = ctx.s.triggers.find((x) => x.tok0 === at && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'));
    let j = A ? A.tok1 : k + 1;
    const resumptive = !A && /^(فيها|فيه|بها|به)$/.test(toks[k + 1]!.norm);
    if (!A && !resumptive) continue;
    if (A && !/^(في|ب)?ال/.test(toks[A.tok0]!.norm.replace(/^[وف]/, ''))) continue;
    if (/^(نفسها|نفسه|ذاتها|ذاته)$/.test(nth(toks, j)?.norm ?? '')) j++;
    if (resumptive) j = k + 2;
    // (the first one killed within a title's reach: "القيادي في «حزب الله» حسن نصر الله" is the person, not the party)
    const victimOk = (m: Mention) => (m.kind === 'person' ? !prepOf(ctx, m) : membersOf(ctx, m));
    let i = firstMentionAfter(ms, j);
    while (i >= 0 && i < ms.length && !victimOk(ms[i]!) && freeWords(ctx, j, ms[i]!.tok0) <= 8) i++;
    const m = ms[i];
    if (!m || freeWords(ctx, j, m.tok0) > 8 || hasBoundary(toks, j, m.tok0) || !victimOk(m)) continue;
    // (the attack of the clause before, for فيها: its trigger stands for it)
    A ??= [...ctx.s.triggers].reverse().find((x) => x.tok1 <= k && x.patterns.some((q) => q.relation === 'attacked'));
    if (!A) continue;
    const victim = groupFrom(ms, i).filter((x) => x.kind === 'person' || membersOf(ctx, x));
    const own = resumptive ? undefined : attackDoer(ctx, A);
    const ids = victim.map((x) => actor(ctx.lex, x)?.entity ?? x.entity);
    const told = resumptive ? attackerOf(ctx, ctx.discourse, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern), ids) : undefined;
    const doer = own ?? (resumptive ? (told ? [told] : undefined) : toldAttackDoer(ctx, A, victim));
    if (doer?.length && victim.length) emitAll(ctx, cueTrigger({ tok0: k, tok1: j, start: toks[k]!.start, end: toks[j - 1]!.end }, pattern), pattern, doer, victim, {});
  }
}

/**
 * "The Syrian government blames US and European sanctions for …", "Damascus condemned European and American sanctions",
 * "انتقدت دمشق العقوبات الأمريكية والأوروبية": sanctions named by their imposers' demonyms alone, as the object of a verb of
 * criticism or blame, are sanctions on the one who blames them (the subject's state): each demonym's state sanctioned
 * it, a state at the time of writing. Undefined when T is no such noun (a target after on/against/على is the noun's own).
 */
export function complainedSanctions(ctx: Ctx, T: Trigger, p: Pattern): boolean | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (p.pos !== 'noun' || /^(on|against|علي|ضد)$/.test(nth(toks, T.tok1)?.norm ?? '')) return undefined;
  // the demonyms: right before the noun in English ("US and European sanctions"), right after it in Arabic
  const dem: Mention[] = [];
  const joiner = (k: number) => /^(and|,|،|و)$/.test(toks[k]?.norm ?? '') || toks[k]?.text === ',';
  if (ctx.lang === 'en') {
    for (let k = T.tok0; ; ) {
      const m = ms.find((x) => x.tok1 === k && x.via === 'demonym' && actor(ctx.lex, x)?.kind !== 'place');
      // ("US sanctions", "EU sanctions": an acronym names its state as a demonym does)
      const named = m ?? ms.find((x) => x.tok1 === k && x.tok1 - x.tok0 === 1 && /^[A-Z]{2,5}$/.test(toks[x.tok0]!.text) && actor(ctx.lex, x)?.kind !== 'place');
      if (!named) break;
      dem.unshift(named);
      k = named.tok0;
      if (joiner(k - 1)) k--;
      else break;
    }
  } else {
    for (let k = T.tok1; ; ) {
      const m = ms.find((x) => x.tok0 === k && x.via === 'demonym');
      if (!m) break;
      dem.push(m);
      k = m.tok1;
      if (!ms.some((x) => x.tok0 === k && x.via === 'demonym' && /^و/.test(x.clitics))) break;
    }
  }
  if (!dem.length) return undefined;
  const first = ctx.lang === 'en' ? dem[0]! : T;
  // the governing verb of criticism or blame, right before ("condemned European …", "blames US …", "انتقدت دمشق العقوبات")
  // (or a call to lift them, "يطالب مسؤولون سوريون برفع العقوبات الأمريكية والأوروبية", "demanded the lifting of US and
  // European sanctions": sanctions on the state of those who want them lifted)
  const lift = /^[وبل]?(رفع|ورفع|تخفيف|lifting|lift|easing|ease|removal|remove)$/;
  let w = first.tok0 - 1;
  while (w > 0 && /^(the|of)$/.test(toks[w]!.norm)) w--;
  const lifted = lift.test(nth(toks, w)?.norm ?? '');
  const V = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= first.tok0 && freeWords(ctx, x.tok1, first.tok0) <= (ctx.lang === 'en' ? (lifted ? 4 : 1) : 3) && x.patterns[0]!.pos === 'verb' && (/^(criticized|accused)$/.test(x.patterns[0]!.relation) || (lifted && x.patterns[0]!.relation === 'urged')));
  if (!V || isNegated(ctx, V)) return undefined;
  const subj = verbArgs(ctx, V, true).subj?.[0];
  const who = subj ? actor(ctx.lex, subj) : undefined;
  const state = who?.kind === 'country' ? who.entity : who?.kind === 'person' ? ctx.lex.entities.get(who.entity)?.country : undefined;
  if (!subj || !state || ctx.lex.entities.get(state)?.kind !== 'country') return undefined;
  const target = mentionOf(subj, state, 'country');
  const imposers = dem.filter((m) => actor(ctx.lex, m)?.entity !== state);
  if (!imposers.length) return undefined;
  const n = ctx.out.length;
  const r = emitAll(ctx, T, p, imposers, [target], {});
  atPublication(ctx, n);
  return r;
}

// English words of killing before a demonym's victims (demonymVictims).
// (KILL_EN: the `kill_verb` word cue of data/lexicon/cues.csv, branch words31)

/**
 * Victims named by their owner's pronoun (ref31, diagnosis-batch27 #37): "strikes had killed several of its fighters",
 * `مقتل 12 من جنودها`, `مقتل أربعة من عناصره`: a killing word at k with, within five words, no name and no boundary between,
 * "its"/"their" before a military or members noun (English) or a military noun with a suffix pronoun (Arabic); the owner is
 * the nearest state or armed group named before the killing word, not by a demonym nor after a preposition. The owner as a
 * mention on the pronoun's words, or undefined.
 */
function pronounVictims(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  const mil = ctx.byKind.get('military') ?? [];
  const part = ctx.byKind.get('partitive') ?? [];
  let at = -1;
  let end = -1;
  for (let j = k + 1; j <= k + 5 && j < toks.length && at < 0; j++) {
    if (ctx.inMention[j] || hasBoundary(toks, k, j)) break;
    if (ctx.lang === 'en') {
      if (/^(its|their)$/.test(toks[j]!.norm) && (mil.some((c) => c.tok0 === j + 1) || part.some((c) => c.tok0 === j + 1))) [at, end] = [j, j + 2];
    } else if (/(ها|ه|هم)$/.test(toks[j]!.norm) && mil.some((c) => c.tok0 === j && c.tok1 === j + 1)) [at, end] = [j, j + 1];
  }
  if (at < 0) return undefined;
  for (let i = lastMentionBefore(ctx.s.mentions, k); i >= 0; i--) {
    const m = ctx.s.mentions[i]!;
    const a = actor(ctx.lex, m);
    if (!a || (a.kind !== 'country' && a.kind !== 'armed_group') || m.via === 'demonym' || prepOf(ctx, m)) continue;
    return mentionOn(a, { tok0: at, tok1: end, start: toks[at]!.start, end: toks[end - 1]!.end });
  }
  return undefined;
}

/**
 * Victims named by a demonym (gold rule 10: the actor hit, not the place): "Israeli strikes on the outskirts of Damascus
 * killed four Syrian soldiers", `غارات على مواقع في محيط دمشق، ما أدى إلى مقتل جندي سوري`, `قُتل جنديان سوريان في غارات
 * إسرائيلية استهدفت مواقع في طرطوس`. A killing word (or "wounded", `إصابة`) with, within four words and no boundary, a
 * military noun qualified by a country's demonym: the doers of the sentence's attacks (their records from `before`, else
 * an attack noun's own doer) attacked that country, and their records on a place of that sentence are dropped.
 */
export function demonymVictims(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  const toks = s.tokens;
  const killedAr = cueWords(ctx.lex, 'killed_word');
  const kill = (w: string) => (ctx.lang === 'ar' ? killedAr.has(w) : cueWords(ctx.lex, 'kill_verb').has(w));
  const p = verbPattern(ctx, 'attacked');
  if (!p || !hasWordCue(ctx, ctx.lang === 'ar' ? 'killed_word' : 'kill_verb')) return;
  for (let k = 0; k < toks.length; k++) {
    if (!kill(toks[k]!.norm)) continue;
    const m =
      s.mentions.find((x) => x.tok0 > k && x.tok0 - k <= 4 && x.via === 'demonym' && actor(ctx.lex, x)?.kind === 'country' && !hasBoundary(toks, k, x.tok0) &&
        (ctx.lang === 'ar' ? (ctx.byKind.get('military') ?? []).some((c) => c.tok1 === x.tok0) : (ctx.byKind.get('military') ?? []).some((c) => c.tok0 === x.tok1))) ??
      // (members named by their group: `مقتل قيادي بارز في تنظيم «حراس الدين»`, "killed a senior leader in Hurras al-Din",
      // "killed two Hurras al-Din commanders": the group was attacked)
      s.mentions.find((x) => x.tok0 > k && x.tok0 - k <= 6 && !hasBoundary(toks, k, x.tok0) && groupMembers(ctx, x)) ??
      // (members of a state's forces: `قُتل ثلاثة عناصر من قوات النظام السوري … بقصف`, "killed three members of the
      // Syrian army": that state was attacked, not the place; slot31)
      s.mentions.find((x) => x.tok0 > k && x.tok0 - k <= 6 && !hasBoundary(toks, k, x.tok0) && stateForcesMembers(ctx, x)) ??
      pronounVictims(ctx, k);
    if (!m) continue;
    // (no other actor between: "killed four soldiers of …", the killing word's own object is the military noun)
    if (s.mentions.some((x) => x !== m && x.tok0 > k && x.tok1 <= m.tok0)) continue;
    const victim = actor(ctx.lex, m)!.entity;
    const placeKinds = new Set(['place']);
    const doers: { doer: Mention; r?: number }[] = [];
    for (let i = before; i < out.length; i++) {
      const r = out[i]!;
      if (r.relation !== 'attacked' || r.source === victim || r.evidence.start !== s.start) continue;
      const d = s.mentions.find((x) => x.start - s.start === r.evidence.sourceSpan[0]);
      if (d && !doers.some((x) => actor(ctx.lex, x.doer)?.entity === r.source)) doers.push({ doer: d, r: i });
    }
    if (!doers.length)
      for (const A of s.triggers) {
        if (!A.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun') || kill(toks[A.tok0]!.norm)) continue;
        for (const d of attackDoer(ctx, A) ?? []) if (actor(ctx.lex, d)?.entity !== victim && !doers.some((x) => actor(ctx.lex, x.doer)?.entity === actor(ctx.lex, d)?.entity)) doers.push({ doer: d });
      }
    if (!doers.length) continue;
    const K = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p);
    for (const { doer, r } of doers) {
      const rec = r !== undefined ? out[r]! : undefined;
      const before1 = out.length;
      emit(ctx, K, 'attacked', doer, m, rec?.attrs ?? {}, false);
      // (the date of the attack told: the killing is its outcome)
      if (rec && out.length > before1) {
        out[out.length - 1] = redated(out[out.length - 1]!, rec.date, rec.dateSource);
      }
    }
    const sources = new Set(out.slice(before).filter((r) => r.relation === 'attacked' && r.target === victim && r.evidence.start === s.start).map((r) => r.source));
    for (let i = out.length - 1; i >= before; i--) {
      const r = out[i]!;
      if (r.relation === 'attacked' && r.evidence.start === s.start && sources.has(r.source) && placeKinds.has(ctx.lex.entities.get(r.target)?.kind ?? '')) out.splice(i, 1);
    }
  }
}

/**
 * `تواصل روسيا وإيران دعم الحكومة السورية`, `يواصل الجيش التركي قصف مواقع …`: a verbal noun right after a verb of
 * continuing and its subject (one name or a list) is that subject's act, and the noun's genitive or bare complement is its
 * object (the genitive is not the doer, as it is in `دعم روسيا للحكومة`). Undefined when T is not such a noun.
 */
export function continuedAct(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  if (ctx.lang !== 'ar' || T.clitics || p.relation === 'phoned') return undefined;
  const { s } = ctx;
  const toks = s.tokens;
  const word = toks[T.tok0]!.norm;
  if (word.startsWith('ال')) return undefined;
  const j = lastMentionBefore(s.mentions, T.tok0);
  const last = j >= 0 ? s.mentions[j] : undefined;
  if (!last || last.tok1 !== T.tok0) return undefined;
  const subj = groupTo(s.mentions, j).filter((m) => actor(ctx.lex, m));
  // (cues.csv `continue_verb`: the Arabic verbs of continuing whose object is a verbal noun, `تواصل`, `واصلت`, `يستمر`)
  if (!subj.length || !cueWords(ctx.lex, 'continue_verb').has(toks[subj[0]!.tok0 - 1]?.norm ?? '')) return undefined;
  const ids = new Set(subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
  const obj = objectGroup(ctx, T.tok1, withPreps(p, [...p.preps, ''], p.targetKinds, 'verb'), ids);
  if (!obj?.length) return undefined;
  return emitAll(ctx, T, p, subj, obj, attrs);
}

/**
 * np34 (diagnosis-batch29 #126): a compound whose second part is support only in a compound (cues.csv `hyphen_backing`:
 * "Iran-aligned", "Russia-allied") reads like "Iran-backed" (hyphenBacked): the first part supports the name the compound
 * qualifies, the members it includes, or the name the apposition holding it stands for ("The Islamic Resistance in Iraq,
 * an umbrella of Iran-aligned armed factions"). English; a standing fact, at publication.
 */
export function hyphenAligned(ctx: Ctx, before: number): void {
  const toks = ctx.s.tokens;
  let words: ReadonlySet<string> | undefined;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k - 1]!.text !== '-') continue;
    words ??= cueWords(ctx.lex, 'hyphen_backing');
    if (!words.has(toks[k]!.norm)) continue;
    const p = verbPattern(ctx, 'supported');
    if (!p) return;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p);
    const b = hyphenBacked(ctx, T);
    if (!b) continue;
    const n = ctx.out.length;
    emitAll(ctx, T, p, [b[0]], b[1], {});
    atPublication(ctx, n);
  }
  void before;
}
