/**
 * Relations: events told by a noun whose arguments sit in its own phrase or in the clause around it (issue #3).
 *
 * Aid (`aid` cues: `مساعدات`, `طائرات مساعدات`, `حزمة مساعدات`, "aid package", "planes carrying supplies", "a show of
 * support"): the giver is the `من X` / "from X" phrase right after the noun, else the noun's own subject, else the
 * subject of the sending or announcing verb of its clause; the receiver is the `إلى/لـ` / "to/for" phrase after it,
 * a place standing for its country ("to Damascus and Aleppo", `إلى المطارات السورية`), or the destination of an
 * arrival verb before it (`ووصلت إلى مطارَي دمشق وحلب طائرات مساعدات من …`).
 *
 * Announced ties (`decision` cues: `أعلنت X وY إعادة العلاقات الدبلوماسية بينهما`, `الاتفاق الذي أعلنته X وY على
 * استئناف العلاقات بينهما`): the parties' own announced or decided restoration is `reconciled_with` (gold rule 11), not a
 * call on anyone.
 */
import type { RelationRecord } from '../../types.ts';
import { type CueSpan, type Mention, mention, mentionOf, type Trigger } from '../doc.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import { actor, hasWordCue, BOUNDARY, type Ctx, firstMentionAfter, freeWords, type Group, groupFrom, hasBoundary, hasCue, lastMentionBefore, nth, placeHeadEndingAt, prepOf, tokenMarks, TOK_TRIGGER, wordsBetween } from './ctx.ts';
import { nounArgs, objectGroup, verbArgs } from './args.ts';
import { subjectedTo, subjectedVerbAt } from './structure.ts';
import { emit, emitAll, pairsOf } from './emit.ts';

/** The aid cue on the trigger's words, if any. */
export function aidCue(ctx: Ctx, T: Trigger): CueSpan | undefined {
  for (const c of ctx.byKind.get('aid') ?? []) if (c.tok0 < T.tok1 && c.tok1 > T.tok0) return c;
  return undefined;
}

/** A state that receives or gives: an actor, or the country a place lies in (a town, an airport). */
function stateOf(ctx: Ctx, m: Mention): Mention | undefined {
  const a = actor(ctx.lex, m);
  if (a && a.kind !== 'place') return a;
  const e = ctx.lex.entities.get(m.entity);
  const c = e?.country ? ctx.lex.entities.get(e.country) : undefined;
  return c ? mentionOf(m, c.id, c.kind) : undefined;
}

/** Country ids by their normalised Arabic demonyms (`سوري`, `سورية`), built once per lexicon. */
const demonymCache = new WeakMap<object, Map<string, string>>();
export function arabicDemonyms(ctx: Ctx): Map<string, string> {
  let m = demonymCache.get(ctx.lex);
  if (!m) {
    m = new Map();
    for (const e of [...ctx.lex.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
      if (e.kind === 'country') for (const d of e.demonyms_ar) if (!m.has(normalise(d))) m.set(normalise(d), e.id);
    demonymCache.set(ctx.lex, m);
  }
  return m;
}

/** `إلى المطارات السورية`: a preposition, a place head and a demonym at token k: the demonym's country. */
function demonymPlace(ctx: Ctx, k: number): Mention | undefined {
  const { tokens } = ctx.s;
  if (ctx.lang !== 'ar' || nth(tokens, k)?.norm !== 'الي') return undefined;
  const head = hasCue(ctx, k + 1, 'place_head');
  const d = head ? tokens[head.tok1] : undefined;
  const id = d ? arabicDemonyms(ctx).get(d.norm.replace(/^ال/, '')) : undefined;
  const e = id ? ctx.lex.entities.get(id) : undefined;
  return e && d ? mention(head!.tok1, head!.tok1 + 1, d.start, d.end, e.id, e.kind, 'demonym', false, '') : undefined;
}

/**
 * The states of a group, each once: a capital stands for its country, and so does a town listed with a capital ("to
 * Damascus and Aleppo") or a facility after a place head (`إلى مطارَي دمشق وحلب`); a town alone ("aid to Gaza") is where.
 */
function states(ctx: Ctx, g: Group): Group {
  const out: Group = [];
  const capital = g.some((m) => m.kind === 'place' && !!ctx.lex.entities.get(m.entity)?.stands_for);
  const headed = !!g[0] && !!placeHeadEndingAt(ctx, g[0].tok0 - 1);
  for (const m of g) {
    const a = capital || headed ? stateOf(ctx, m) : actor(ctx.lex, m);
    if (a?.kind === 'place') continue;
    if (a && !out.some((x) => x.entity === a.entity)) out.push(a);
  }
  return out;
}

/** The subject of the sending or announcing verb of T's clause (a `sent_envoy` trigger, a speech or declare cue). */
function senderOf(ctx: Ctx, T: Trigger): Group | undefined {
  const { s } = ctx;
  const verbs: { tok0: number; tok1: number; start: number; end: number }[] = [
    ...s.triggers.filter((x) => x.patterns[0]!.relation === 'sent_envoy' && x.patterns[0]!.pos === 'verb'),
    ...(ctx.byKind.get('speech') ?? []),
    ...(ctx.byKind.get('declare') ?? []),
    ...(ctx.byKind.get('decision') ?? []),
  ].filter((v) => v.tok1 <= T.tok0 && freeWords(ctx, v.tok1, T.tok0) <= 10 && !hasBoundary(s.tokens, v.tok1, T.tok0));
  verbs.sort((a, b) => b.tok0 - a.tok0);
  const V = verbs[0];
  if (!V) return undefined;
  // (nobody named between the verb and the noun but the verb's own subject: "أعلنت X حزمة مساعدات", "sent A and B carrying supplies")
  const subj = verbArgs(ctx, V, false).subj?.filter((m) => !!actor(ctx.lex, m));
  return subj?.length ? subj : undefined;
}

/**
 * Aid given (`supported`): returns undefined when the frame does not apply or adds nothing to the ordinary noun reading
 * (an Arabic aid noun whose giver is its subject and whose receiver is a named actor after it).
 */
export function aidEvent(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  // (the preposition that introduces the aid's giver: cues.csv `aid_giver`, `من`, "from")
  const giverPreps = cueWords(ctx.lex, 'aid_giver');
  // (and its receiver: `aid_receiver`, `إلى`, `لـ`, "to", "for")
  const receiverPreps = cueWords(ctx.lex, 'aid_receiver');
  const c = aidCue(ctx, T);
  // (English: the aid words themselves, not a kind of support that ends in one, "military aid")
  if (!c || (ctx.lang === 'en' && (c.tok0 !== T.tok0 || c.tok1 !== T.tok1))) return undefined;
  const { s } = ctx;
  const ms = s.mentions;
  let giver: Group | undefined;
  let receiver: Group | undefined;
  let novel = false;
  // the phrases after the noun: `من X وY` (giver), `إلى/لـ X` (receiver), in either order, adjectives and amounts between
  let from = Math.max(T.tok1, c.tok1);
  for (let n = 0; n < 2; n++) {
    const dp = receiver ? undefined : demonymPlace(ctx, from) ?? (from + 1 < s.tokens.length && !ctx.inMention[from] ? demonymPlace(ctx, from + 1) : undefined);
    if (dp) {
      receiver = [dp];
      novel = true;
      from = dp.tok1;
      continue;
    }
    const i = firstMentionAfter(ms, from);
    const m = i >= 0 ? ms[i] : undefined;
    if (!m || hasBoundary(s.tokens, from, m.tok0) || freeWords(ctx, from, m.tok0) > 3 || s.triggers.some((x) => x !== T && x.tok0 >= from && x.tok1 <= m.tok0 && x.patterns[0]!.pos === 'verb')) break;
    const prep = prepOf(ctx, m) ?? '';
    const g = groupFrom(ms, i);
    // ("المساعدات الإماراتية إلى سوريا", "مساعدات سعودية لتركيا": a demonym adjective of the noun is its giver, np28)
    if (!prep && m.via === 'demonym' && !giver && ctx.lang === 'ar' && freeWords(ctx, from, m.tok0) <= 1) {
      giver = g.map((x) => actor(ctx.lex, x)).filter((x): x is Mention => !!x && x.kind !== 'place');
      from = g[g.length - 1]!.tok1;
      continue;
    }
    if (giverPreps.has(prep) && !giver) {
      giver = g.map((x) => actor(ctx.lex, x)).filter((x): x is Mention => !!x && x.kind !== 'place');
      novel = true;
    } else if (receiverPreps.has(prep) && !receiver) {
      // ("إلى مناطق المعارضة": the areas an actor holds are where the aid goes, not whom it supports)
      if (m.kind !== 'place' && placeHeadEndingAt(ctx, m.tok0 - 1)) return false;
      receiver = states(ctx, g);
      if (g.some((x) => actor(ctx.lex, x)?.entity !== stateOf(ctx, x)?.entity)) novel = true;
    } else break;
    from = g[g.length - 1]!.tok1;
  }
  // `ووصلت إلى مطارَي دمشق وحلب طائرات مساعدات`: the destination of an arrival verb before the noun
  // (the vehicle's own demonym, `طائرة عسكرية جزائرية تحمل مساعدات`: its words and a date between verb and noun, np28)
  const carrier = giver?.length ? undefined : carrierDemonym(ctx, T);
  if (!receiver?.length) {
    const arr = (ctx.byKind.get('arrival') ?? []).filter((a) => a.tok1 <= T.tok0 && !hasBoundary(s.tokens, a.tok1, T.tok0) && freeWords(ctx, a.tok1, T.tok0) <= (carrier ? 9 : 4));
    const A = arr[arr.length - 1];
    if (A) {
      const i = firstMentionAfter(ms, A.tok1);
      const m = i >= 0 ? ms[i] : undefined;
      const dp = demonymPlace(ctx, A.tok1);
      if (dp) receiver = [dp];
      // (the town or airport an aid arrival reaches stands for its country, gold rule 16: `ووصلت إلى مطار حلب الدولي
      // طائرة … تحمل مساعدات`, np28)
      else if (m && m.tok1 <= T.tok0 && receiverPreps.has(prepOf(ctx, m) ?? '')) receiver = arrivedStates(ctx, groupFrom(ms, i).filter((x) => x.tok1 <= T.tok0));
      novel = true;
    }
  }
  // ("Saudi aid arrived in Syria", "A Saudi aid plane landed in Aleppo": an English arrival verb after the noun, np28)
  if (!receiver?.length && ctx.lang === 'en') {
    const A = (ctx.byKind.get('arrival') ?? []).find((a) => a.tok0 >= T.tok1 && a.tok0 - T.tok1 <= 3 && !hasBoundary(s.tokens, T.tok1, a.tok0) && !ms.some((m) => m.tok0 >= T.tok1 && m.tok1 <= a.tok0));
    const i = A ? firstMentionAfter(ms, A.tok1) : -1;
    const m = i >= 0 ? ms[i] : undefined;
    if (m && /^(in|at|to)$/.test(prepOf(ctx, m) ?? '') && freeWords(ctx, A!.tok1, m.tok0) <= 1) {
      receiver = arrivedStates(ctx, groupFrom(ms, i));
      novel = true;
    }
  }
  if (!receiver?.length) return undefined;
  if (!giver?.length) giver = carrier;
  if (!giver?.length) {
    const own = nounArgs(ctx, T).subj?.filter((m) => !!actor(ctx.lex, m));
    if (own?.length) giver = own;
    else {
      giver = senderOf(ctx, T);
      novel = true;
    }
  }
  if (!giver?.length) return undefined;
  if (!novel && ctx.lang === 'ar') return undefined;
  const ids = new Set(giver.map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
  const to = receiver.filter((m) => !ids.has(m.entity));
  if (!to.length) return undefined;
  return emitAll(ctx, T, p, giver, to, attrs);
}

/** The states an aid arrival reaches: every place stands for its country (a town, an airport), each once. */
function arrivedStates(ctx: Ctx, g: Group): Group {
  const out: Group = [];
  for (const m of g) {
    const a = stateOf(ctx, m);
    if (a && a.kind !== 'place' && !out.some((x) => x.entity === a.entity)) out.push(a);
  }
  return out;
}

/**
 * `طائرة إماراتية محمّلة بالمساعدات`, `طائرة عسكرية جزائرية تحمل مساعدات`: the demonym of the vehicle that carries the
 * aid, right before the noun (a carrying participle or verb between, `carry_verb`-like words), is the giver (np28).
 */
function carrierDemonym(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const { s } = ctx;
  const i = lastMentionBefore(s.mentions, T.tok0);
  const m = i >= 0 ? s.mentions[i] : undefined;
  if (!m || m.via !== 'demonym' || hasBoundary(s.tokens, m.tok1, T.tok0)) return undefined;
  const gap = wordsBetween(s.tokens, m.tok1, T.tok0);
  if (gap.length !== 1 || !cueWords(ctx.lex, 'carry_participle_ar').has(gap[0]!.norm)) return undefined;
  const a = actor(ctx.lex, m);
  return a && a.kind !== 'place' ? [a] : undefined;
}

/** The last mention index before token k that is not introduced by a preposition, or -1. */
function bareBefore(ctx: Ctx, k: number): number {
  for (let i = lastMentionBefore(ctx.s.mentions, k); i >= 0; i--) if (!prepOf(ctx, ctx.s.mentions[i]!)) return i;
  return -1;
}

/**
 * `أعلنت تركيا وإسرائيل إعادة العلاقات الدبلوماسية بينهما`, `بالاتفاق الذي أعلنته السعودية وإيران … على استئناف العلاقات
 * الدبلوماسية بينهما`: a reconciliation noun whose parties are named by `بينهما` and governed by a decision or
 * announcement verb (`decision` cues) is the restored ties of that verb's subjects (two or more), pairwise.
 */
export function announcedTies(ctx: Ctx, T: Trigger, rp: Pattern, attrs: Record<string, string>): boolean | undefined {
  const { s } = ctx;
  if (ctx.lang !== 'ar') return undefined;
  // (the pronoun of the pair right after the noun and its adjectives)
  // (or `بين البلدين`, past a coordinated noun: `استئناف الخدمات القنصلية والرحلات الجوية بين البلدين`)
  let k = T.tok1;
  while (k < s.tokens.length && k - T.tok1 < 4 && s.tokens[k]!.word && !/^بين/.test(s.tokens[k]!.norm) && !ctx.inMention[k]) k++;
  const w = nth(s.tokens, k)?.norm ?? '';
  const pairWord = w === 'بين' && s.cues.some((c) => c.tok0 === k + 1 && c.cues.some((x) => x.kind === 'plural' || x.kind === 'dual'));
  if (!/^(بينهما|بينها|بينهم)$/.test(w) && !pairWord) return undefined;
  const D = [...(ctx.byKind.get('decision') ?? [])].reverse().find((d) => d.tok1 <= T.tok0 && T.tok0 - d.tok1 <= 12 && !hasBoundary(s.tokens, d.tok1, T.tok0));
  if (!D) return undefined;
  // the subject: after the verb (VSO, `أعلنت تركيا وإسرائيل`, `أعلنته السعودية وإيران`), else before it
  const ms = s.mentions;
  let i = firstMentionAfter(ms, D.tok1);
  let g: Group | undefined;
  if (i >= 0 && ms[i]!.tok1 <= T.tok0 && !prepOf(ctx, ms[i]!) && freeWords(ctx, D.tok1, ms[i]!.tok0) <= 1) g = groupFrom(ms, i);
  else {
    i = bareBefore(ctx, D.tok0);
    if (i >= 0 && freeWords(ctx, ms[i]!.tok1, D.tok0) <= 2 && !hasBoundary(s.tokens, ms[i]!.tok1, D.tok0)) {
      g = [ms[i]!];
      for (let j = i; j > 0 && ms[j]!.conj; j--) g.unshift(ms[j - 1]!);
    }
  }
  const parties = (g ?? []).map((m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m && m.kind !== 'place' && m.kind !== 'person');
  if (parties.length < 2) return undefined;
  return pairsOf(ctx, T, rp, parties, attrs);
}

/**
 * "Several Arab states, led by the UAE and Saudi Arabia, have restored ties with Damascus": an unnamed plural subject
 * whose leaders are named (`headed_by` cue between commas, right before the verb) acts through them; the names are the
 * verb's subject. Not when the noun before the cue is itself named ("Iran's delegation, headed by X,": the delegation).
 */
export function ledBySubject(ctx: Ctx, T: Trigger): Group | undefined {
  const { s } = ctx;
  if (ctx.lang !== 'en') return undefined;
  const ms = s.mentions;
  const c = [...(ctx.byKind.get('headed_by') ?? [])].reverse().find((x) => x.tok1 <= T.tok0);
  if (!c || nth(s.tokens, c.tok0 - 1)?.text !== ',') return undefined;
  const i = firstMentionAfter(ms, c.tok1);
  if (i < 0 || ms[i]!.tok0 - c.tok1 > 1) return undefined;
  const g: Group = [ms[i]!];
  for (let j = i + 1; j < ms.length && ms[j]!.tok1 <= T.tok0 && (ms[j]!.conj || s.tokens.slice(ms[j - 1]!.tok1, ms[j]!.tok0).every((t) => t.norm === 'and' || t.text === ',')); j++) g.push(ms[j]!);
  const last = g[g.length - 1]!;
  // (the phrase closes with a comma, then the verb with its auxiliaries and adverbs)
  if (s.tokens[last.tok1]?.text !== ',' || wordsBetween(s.tokens, last.tok1 + 1, T.tok0).some((t) => !/^(have|has|had|also|already|since|recently|all|both|each|now|then)$/.test(t.norm))) return undefined;
  // (the noun led: a plural with no name in it, from the sentence start or the last comma before it)
  let k = c.tok0 - 2;
  while (k >= 0 && s.tokens[k]!.text !== ',' && !BOUNDARY.has(s.tokens[k]!.text)) k--;
  if (ms.some((m) => m.tok0 > k && m.tok1 <= c.tok0) || !/s$/.test(s.tokens[c.tok0 - 2]?.norm ?? '')) return undefined;
  const out = g.map((m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m && m.kind !== 'place');
  return out.length ? out : undefined;
}

/**
 * English claims (`claim` cues): "X claimed an attack (on DATE) on Y", "X claimed dozens of attacks on US forces": the
 * claimant attacked the attack's target; "the bombing outside … in Ankara, which was claimed by X", "the bombings in
 * Kerman, which killed … and were claimed by X": X did the attack on its target, or on the place it struck (gold rule
 * 10). Returns undefined when no claim governs the attack noun.
 */
export function claimedAttack(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const { s } = ctx;
  if (ctx.lang === 'ar') return claimedAttackAr(ctx, T, p, attrs);
  const toks = s.tokens;
  const ms = s.mentions;
  let claimant: Group | undefined;
  let end = toks.length;
  const C = [...(ctx.byKind.get('claim') ?? [])].reverse().find((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 4);
  // (the words that may stand between a claim verb and the attack noun it claims, cues.csv `claim_between`: "claimed dozens of drone attacks")
  const claimed = C && cueWords(ctx.lex, 'claim_between');
  if (C && toks.slice(C.tok1, T.tok0).every((t) => claimed!.has(t.norm))) {
    claimant = verbArgs(ctx, C, true).subj;
  } else {
    // the passive after the attack noun, in a relative clause or a coordinated verb phrase of its own
    for (let k = T.tok1; k + 2 < toks.length && k - T.tok1 <= 20; k++) {
      if (BOUNDARY.has(toks[k]!.text)) break;
      if (s.triggers.some((x) => x !== T && x.tok0 === k && x.patterns[0]!.relation === 'attacked' && x.patterns[0]!.pos === 'noun')) break;
      if (toks[k]!.norm !== 'claimed' || toks[k + 1]!.norm !== 'by') continue;
      // ("a suicide car bombing claimed by Islamic State killed seven Jordanian soldiers": a reduced relative right after
      // the noun too; pred33)
      // (np40: or after a comma closing the noun's own phrase, "a shooting in Hadera, claimed by X,", or after "many of
      // them" / "most of them", "150 attacks since mid-October, many of them claimed by X")
      const rel = toks.slice(T.tok1, k).some((t) => t.norm === 'which') || k === T.tok1 || claimedAfterComma(ctx, T.tok1, k);
      if (!rel) break;
      const i = firstMentionAfter(ms, k + 2);
      if (i >= 0 && ms[i]!.tok0 - (k + 2) <= 1) claimant = groupFrom(ms, i);
      end = k;
      break;
    }
  }
  const doers = claimant?.map((m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m && m.kind !== 'place');
  if (!doers?.length) return undefined;
  // ("a bombing claimed by IS killed seven Jordanian soldiers": the claimed attack's victims, a demonym on the killed,
  // are its target; pred33)
  const victims = end < toks.length && claimant ? claimedVictims(ctx, claimant[claimant.length - 1]!.tok1, new Set(doers.map((m) => m.entity))) : undefined;
  // (np40: "US bases in Iraq and Syria have come under … attacks, many of them claimed by X": what came under them)
  const under = !victims && end < toks.length ? cameUnder(ctx, T) : undefined;
  if (under) {
    const n = ctx.out.length;
    const r = emitAll(ctx, T, p, doers, under, attrs);
    for (const x of ctx.out.slice(n)) background.add(x);
    return r;
  }
  if (victims) {
    const n = ctx.out.length;
    const r = emitAll(ctx, T, p, doers, [victims], attrs);
    for (const x of ctx.out.slice(n)) background.add(x);
    return r;
  }
  // the attack's target: the first name after the noun ("on Y", "on US forces", "in Kerman", "outside … in Ankara")
  const ids = new Set(doers.map((m) => m.entity));
  const i = firstMentionAfter(ms, T.tok1);
  const m = i >= 0 ? ms[i] : undefined;
  // (else the ordinary reading of the attack noun)
  const located = (k: number) => /^(on|against|at|in|near|outside)$/.test(prepOf(ctx, m!) ?? '') || toks.slice(T.tok1, k).some((t) => /^(on|against)$/.test(t.norm)) || /^(in|at|near|outside)$/.test(toks[T.tok1]?.norm ?? '');
  // ("the two explosions that killed scores at a memorial for X": a name past a relative clause's verb is that verb's)
  if (!m || m.tok1 > end || hasBoundary(toks, T.tok1, m.tok0) || freeWords(ctx, T.tok1, m.tok0) > 8 || !located(m.tok0) || (end === toks.length && toks.slice(T.tok1, m.tok0).some((t) => /^(that|which|who)$/.test(t.norm)))) return undefined;
  const target = groupFrom(ms, i).filter((x) => x.tok1 <= end && !ids.has(actor(ctx.lex, x)?.entity ?? x.entity));
  if (!target.length) return undefined;
  const n = ctx.out.length;
  const r = emitAll(ctx, T, p, doers, target.slice(0, 1).concat(target.slice(1).filter((x) => x.kind !== 'place')), attrs);
  // (a past attack named by its claim in a relative clause is background: "the strike" of the next sentence is not it)
  if (end < toks.length) for (const x of ctx.out.slice(n)) background.add(x);
  return r;
}

const background = new WeakSet<RelationRecord>();

/**
 * np40: a reduced relative "claimed by" after a comma that closes the attack noun's own phrase (its place, its date, "more
 * than 150"): the words in [a, k) end in a comma, optionally followed by "many/most/some/all/several of them", and hold no
 * verb trigger, no other comma and no relative pronoun of a clause of its own.
 */
function claimedAfterComma(ctx: Ctx, a: number, k: number): boolean {
  const toks = ctx.s.tokens;
  let c = k - 1;
  if (toks[c]?.norm === 'them' && toks[c - 1]?.norm === 'of' && /^(many|most|some|all|several|both|one|two|three|dozens|scores)$/.test(toks[c - 2]?.norm ?? '')) c -= 3;
  if (toks[c]?.text !== ',' || c < a || k - a > 14) return false;
  for (let j = a; j < c; j++) {
    if (/^[,;:()]$/.test(toks[j]!.text) || /^(that|who|which|said|says)$/.test(toks[j]!.norm)) return false;
    if ((tokenMarks(ctx, j) & TOK_TRIGGER) !== 0 && ctx.s.triggers.some((x) => x.tok0 === j && x.patterns.every((q) => q.pos === 'verb'))) return false;
  }
  return true;
}

/**
 * np40: "US bases in Iraq and Syria have come under more than 150 attacks", "American forces came under repeated drone
 * attacks": what came under the attack noun (English "come/came/comes under" within eight words before it, no comma
 * between) is its target: the first actor of that clause before the verb, behind no preposition.
 */
function cameUnder(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  let u = T.tok0 - 1;
  while (u > 0 && T.tok0 - u <= 8 && !/^[,;:]$/.test(toks[u]!.text) && !(toks[u]!.norm === 'under' && /^(come|came|comes|coming)$/.test(toks[u - 1]!.norm))) u--;
  if (toks[u]?.norm !== 'under' || !/^(come|came|comes|coming)$/.test(toks[u - 1]?.norm ?? '')) return undefined;
  let s0 = u - 1;
  while (s0 > 0 && !/^[,;:]$/.test(toks[s0 - 1]!.text) && !BOUNDARY.has(toks[s0 - 1]!.text)) s0--;
  const m = ctx.s.mentions.find((x) => x.tok0 >= s0 && x.tok1 < u && !prepOf(ctx, x) && !!actor(ctx.lex, x) && actor(ctx.lex, x)!.kind !== 'place');
  const a = m && actor(ctx.lex, m);
  return a ? [a] : undefined;
}

/**
 * claimedAttack: right after the claimant (token k), a killing verb (`kill_verb` cue) and its victims named by a
 * demonym ("killed seven Jordanian soldiers"): the victims' state, as a mention; else undefined (pred33).
 */
function claimedVictims(ctx: Ctx, k: number, not: Set<string>): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = k;
  while (j < toks.length && j - k <= 2 && !cueWords(ctx.lex, 'kill_verb').has(toks[j]!.norm)) j++;
  if (j >= toks.length || j - k > 2) return undefined;
  const i = firstMentionAfter(ctx.s.mentions, j + 1);
  const m = i >= 0 ? ctx.s.mentions[i]! : undefined;
  if (!m || m.via !== 'demonym' || m.kind !== 'country' || m.tok0 - (j + 1) > 3 || hasBoundary(toks, j, m.tok0)) {
    // (np40: "killed seven of its soldiers": the soldiers' owner, the clause's state before the attack)
    const own = (ctx.byKind.get('own_organ') ?? []).find((o) => o.tok0 > j && o.tok0 - j <= 4 && !hasBoundary(toks, j, o.tok0));
    return own ? clauseState(ctx, k, not) : undefined;
  }
  return m;
}

/** Was this record a past attack told by its claim in a relative clause (not the story's attack for the discourse)? */
export function backgroundClaim(r: RelationRecord): boolean {
  return background.has(r);
}

/**
 * `أعلن X مسؤوليته عن الهجوم على Y`: the one who declares responsibility (`responsibility` cue right before `عن` and the
 * attack noun, under a `decision`/`declare` verb) attacked the target after `على`. Undefined otherwise (a target told
 * only in an earlier sentence is left: the discourse keeps no target yet).
 */
function claimedAttackAr(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const rc = claimRelativeAr(ctx, T, p, attrs);
  if (rc !== undefined) return rc;
  if (T.clitics || nth(toks, T.tok0 - 1)?.norm !== 'عن') return undefined;
  const R = (ctx.byKind.get('responsibility') ?? []).find((c) => c.tok1 === T.tok0 - 1);
  if (!R) return undefined;
  const V = [...(ctx.byKind.get('decision') ?? []), ...(ctx.byKind.get('declare') ?? [])].filter((c) => c.tok1 <= R.tok0 && R.tok0 - c.tok1 <= 8 && !hasBoundary(toks, c.tok1, R.tok0)).sort((a, b) => b.tok0 - a.tok0)[0];
  if (!V) return undefined;
  const doers = verbArgs(ctx, V, false).subj?.map((m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m && m.kind !== 'place' && m.kind !== 'person');
  if (!doers?.length) return undefined;
  const i = firstMentionAfter(ms, T.tok1);
  const m = i >= 0 ? ms[i] : undefined;
  if (!m || hasBoundary(toks, T.tok1, m.tok0) || freeWords(ctx, T.tok1, m.tok0) > 3 || !toks.slice(T.tok1, m.tok0 + 1).some((t) => t.norm === 'علي' || /^علي/.test(t.norm))) return undefined;
  const ids = new Set(doers.map((x) => x.entity));
  const target = groupFrom(ms, i).filter((x) => !ids.has(actor(ctx.lex, x)?.entity ?? x.entity));
  return target.length ? emitAll(ctx, T, p, doers, target, attrs) : undefined;
}

// (np40: a claim verb, cues.csv `claim_verb`, carrying the attack noun as its pronoun, `تبنّته`, `تبنّتها`; or bare
// `تبنّت`/`تبنّى` with a share of them, `تبنّت معظمها`)
const CLAIM_PRONOUN = /ه(ا|ما)?$/;
const CLAIM_SHARE = /^(معظمها|بعضها|اغلبها|جميعها|كلها|عددا|معظمهما)$/;

/** np40: the clause's state before token `before`: its first country actor behind no preposition, not one of `not`. */
function clauseState(ctx: Ctx, before: number, not: Set<string>): Mention | undefined {
  for (const m of ctx.s.mentions) {
    if (m.tok1 > before) break;
    const a = actor(ctx.lex, m);
    if (a?.kind === 'country' && !prepOf(ctx, m) && !not.has(a.entity)) return a;
  }
  return undefined;
}

/**
 * subjectedFar (claimRelativeAr's target): what is subjected (`تتعرض`) to the attack noun (its لـ clitic), the verb up to twelve words before it
 * (a date, a place phrase between; no comma): the actors between the verb and the noun behind no preposition (`القواعد
 * الأمريكية في سوريا والعراق`: the US, not the places of the bases), else structure.ts subjectedTo's reading.
 */
function subjectedFar(ctx: Ctx, T: Trigger): Group | undefined {
  const v = subjectedVerbAt(ctx, T, 12);
  if (v < 0) return undefined;
  // (up to the first name behind a preposition: `في سوريا والعراق` are the bases' places, the second one too)
  const inside: Mention[] = [];
  for (const m of ctx.s.mentions) {
    if (m.tok0 <= v || m.tok1 > T.tok0) continue;
    if (prepOf(ctx, m)) break;
    if (actor(ctx.lex, m)) inside.push(m);
  }
  return inside.length ? inside : subjectedTo(ctx, T);
}

/**
 * np40 (diagnosis-batch35 #87): `هجوم بطائرات مسيّرة تبنّته جماعة الحوثيين واستهدف منشآت في أبوظبي`, `وتتعرض القواعد
 * الأمريكية … لهجمات متكررة بطائرات مسيّرة وصواريخ تبنّت معظمها «المقاومة الإسلامية في العراق»`, `الهجمات على القوات
 * الأمريكية التي تبنّتها X`: a claim verb in a relative on the attack noun (within ten words after it, no comma or
 * boundary, no other verb between) names its doer, the actor right after it. The target: what is subjected (`تتعرض لـ`)
 * to the noun, else the object of an attack verb coordinated right after the claimant (`واستهدف`), else the noun's own
 * `على`/`ضد` target before the claim. Undefined when any part is missing.
 */
function claimRelativeAr(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  if (!hasWordCue(ctx, 'claim_verb')) return undefined;
  const claim = cueWords(ctx.lex, 'claim_verb');
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let k = T.tok1;
  for (; k < toks.length && k - T.tok1 <= 10; k++) {
    const t = toks[k]!;
    if (BOUNDARY.has(t.text) || /^[،,:;]$/.test(t.text)) return undefined;
    if (claim.has(t.norm) && (CLAIM_PRONOUN.test(t.norm) || CLAIM_SHARE.test(toks[k + 1]?.norm ?? ''))) break;
    if ((tokenMarks(ctx, k) & TOK_TRIGGER) !== 0 && ctx.s.triggers.some((x) => x !== T && x.tok0 === k && x.patterns.every((q) => q.pos === 'verb'))) return undefined;
  }
  if (k >= toks.length || k - T.tok1 > 10) return undefined;
  const from = CLAIM_PRONOUN.test(toks[k]!.norm) ? k + 1 : k + 2;
  const i = firstMentionAfter(ms, from);
  const c = i >= 0 ? ms[i] : undefined;
  if (!c || freeWords(ctx, from, c.tok0) > 1 || hasBoundary(toks, from, c.tok0)) return undefined;
  const doer = actor(ctx.lex, c);
  if (!doer || doer.kind === 'place' || doer.kind === 'country') return undefined;
  const ids = new Set([doer.entity]);
  let target: Group | undefined = subjectedFar(ctx, T);
  if (!target?.length) {
    // (an attack verb coordinated right after the claimant and its adjectives: `تبنّته جماعة الحوثيين اليمنية واستهدف …`)
    const V = ctx.s.triggers.find((x) => x.tok0 >= c.tok1 && x.tok0 - c.tok1 <= 2 && /^و/.test(toks[x.tok0]!.norm) && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'verb'));
    const vp = V?.patterns.find((q) => q.relation === 'attacked' && q.pos === 'verb');
    if (V && vp && !hasBoundary(toks, c.tok1, V.tok0)) target = objectGroup(ctx, V.tok1, vp, ids);
  }
  if (!target?.length) {
    const j = firstMentionAfter(ms, T.tok1);
    const m = j >= 0 ? ms[j] : undefined;
    if (m && m.tok1 <= k && /^(علي|ضد)$/.test(prepOf(ctx, m) ?? '') && freeWords(ctx, T.tok1, m.tok0) <= 3) target = groupFrom(ms, j).filter((x) => x.tok1 <= k);
  }
  if (!target?.length) {
    // (`هجوم تبنّاه «داعش» على موقع لجيشه`, `هجوم … على موقع لجيشه … تبنّاه «داعش»`: a post of "its army" after على is
    // the owner's, the clause's state)
    const end = Math.max(k, c.tok1) + 6;
    const own = (ctx.byKind.get('own_organ') ?? []).find((o) => o.tok0 > T.tok0 && o.tok0 < end && toks.slice(Math.max(T.tok1, o.tok0 - 3), o.tok0).some((t) => /^(علي|ضد)$/.test(t.norm)));
    const owner = own ? clauseState(ctx, T.tok0, ids) : undefined;
    if (owner) target = [owner];
  }
  target = target?.filter((m) => !ids.has(actor(ctx.lex, m)?.entity ?? m.entity));
  if (!target?.length) return undefined;
  return emitAll(ctx, T, p, [doer], target, attrs);
}

/**
 * "X thanked Y for sending rescue teams and aid", "thanked Y for its support", `شكر X Y على إرسال المساعدات`, `على دعمها`:
 * the one thanked for aid or support gave it to the thanker (a person thanked on behalf of a state's aid receives it as
 * the state: "Cavusoglu, who thanked Athens for sending aid": grc supported tur). The thanker is the subject before the
 * verb (the antecedent of ", who"), the one thanked the first actor after it; the aid or support noun stands within five
 * words after "for"/`على`.
 */
export function thankedGiver(ctx: Ctx): void {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const thank = cueWords(ctx.lex, 'thank_verb');
  if (!hasWordCue(ctx, 'thank_verb')) return;
  for (let k = 0; k < toks.length; k++) {
    if (!thank.has(toks[k]!.norm) || ctx.inMention[k]) continue;
    let i = firstMentionAfter(ms, k + 1);
    // (Arabic VSO: `وشكرت تركيا اليونان على …`, the thanker right after the verb, the one thanked after it)
    const vso = ctx.lang === 'ar' && i >= 0 && ms[i]!.tok0 === k + 1 && ms[i + 1] && freeWords(ctx, ms[i]!.tok1, ms[i + 1]!.tok0) === 0 && !prepOf(ctx, ms[i + 1]!) ? ms[i] : undefined;
    if (vso) i++;
    const giver = i >= 0 && freeWords(ctx, k + 1, ms[i]!.tok0) <= (vso ? 4 : 1) ? actor(ctx.lex, ms[i]!) : undefined;
    if (!giver || giver.kind === 'place') continue;
    let f = ms[i]!.tok1;
    while (f < toks.length && f - ms[i]!.tok1 < 4 && !/^(for|علي)$/.test(toks[f]!.norm)) f++;
    if (!/^(for|علي)$/.test(toks[f]?.norm ?? '')) continue;
    const T = ctx.s.triggers.find((x) => x.tok0 > f && x.tok0 - f <= 5 && x.patterns.some((q) => q.relation === 'supported' && q.pos === 'noun') && !hasBoundary(toks, f, x.tok0));
    if (!T) continue;
    // (the thanker: the antecedent of ", who", else the nearest actor before the verb with no preposition)
    let j = k - 1;
    let thanker: Mention | undefined = vso ? actor(ctx.lex, vso) : undefined;
    if (/^(who|which)$/.test(toks[j]?.norm ?? '') && toks[j - 1]?.text === ',') {
      j -= 2;
      const ante = ms.find((m) => m.tok1 === j + 1);
      thanker = ante ? actor(ctx.lex, ante) : undefined;
      if (!thanker) continue;
    }
    for (let n = lastMentionBefore(ms, j + 1); n >= 0 && !thanker; n--) {
      const m = ms[n]!;
      if (m.tok1 > j + 1) continue;
      if (hasBoundary(toks, m.tok1, k)) break;
      if (!prepOf(ctx, m) && actor(ctx.lex, m)) thanker = actor(ctx.lex, m);
    }
    if (!thanker || thanker.entity === giver.entity) continue;
    // (an official who thanks does so for his state: it receives the aid or support)
    const state = thanker.kind === 'person' ? ctx.lex.entities.get(thanker.entity)?.country : undefined;
    const ce = state ? ctx.lex.entities.get(state) : undefined;
    const receiver = ce ? mentionOf(thanker, ce.id, ce.kind) : thanker;
    if (receiver.entity === giver.entity) continue;
    emit(ctx, T, 'supported', giver, receiver, {}, false);
  }
}
