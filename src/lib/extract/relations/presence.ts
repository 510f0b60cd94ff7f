/**
 * Presence told by a clause of place (issue #3, the deployed_in audit): "northern Syria, where Turkish troops hold
 * territory", "the al-Tanf garrison, where US troops train opposition fighters", "X must leave northeastern Syria, where
 * they back the SDF". Whatever the clause's verb, forces of a state acting in the place of ", where" are that state's
 * presence there (English; Arabic `حيث تنتشر` is a presence verb of its own).
 */
import { factionOf } from './presenceholder.ts';
import { hitVehicle } from './hitvehicle.ts';
import { returnedToControl } from './ongoingdate.ts';
import { pastBackingParticiple } from './speechadjunct.ts';
import { type Mention, mention, mentionOf, redated, relationRecord, type Trigger } from '../doc.ts';
import type { RelationRecord } from '../../types.ts';
import { mapped } from '../packed.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import type { LexEntity, Lexicon } from '../lexicon.ts';
import { anaphorAt, countedForcesOwner } from './anaphora.ts';
import { areaAnaphor, kindAnaphor } from './discourse.ts';
import { compoundPart, nounArgs, verbArgs } from './args.ts';
import { gerundAdjunctHost, locatedPlaceHead } from './clauses.ts';
import { isHypothetical, isNegated } from './guards.ts';
import { actor, AR_RELATIVE, hasWordCue, hasWordCueAt, type Ctx, cueTrigger, groupFrom, groupTo, hasCue, isPossessive, kindOf, nth, prepOf, sentenceWords, verbPattern, W_CUSTODY, W_CUSTODY_CLITIC, W_OCCUPATION, tokenWordBits, wherePlaceHead, wordCueTokens } from './ctx.ts';
import { asStates, atPublication, emit, emitAll, redateSince, toldHere } from './emit.ts';
import { includedMembers } from './structure.ts';
import { pastFactionHeadAr } from './factionheadar.ts';
import { expulsionCaptors } from './expelcaptor.ts';
import { placePairBefore } from './placepair.ts';
import { heldPlaces } from './heldlist.ts';
import { expulsionAgent, passiveExpelled } from './expelpassive.ts';

// What forces do that is no presence in the place (a plan, a possibility, leaving it).
// (NOT_THERE: the `not_there` word cue of data/lexicon/cues.csv, branch words31)
// A head noun a place name may carry before ", where": "the al-Tanf garrison, where".
// (PLACE_HEAD: the `where_place_head` word cue of data/lexicon/cues.csv, branch words31)

/** The place ", where" at token k refers back to: the name right before it (past a head noun), and for "A inside/in B, where", A. */
function whereAntecedent(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let e = k - 1;
  if (cueWords(ctx.lex, 'where_place_head').has(toks[e - 1]?.norm ?? '')) e--;
  const ms = ctx.s.mentions;
  let m = ms.find((x) => x.tok1 === e);
  if (!m) return undefined;
  const inner = /^(inside|in)$/.test(toks[m.tok0 - 1]?.norm ?? '') ? ms.find((x) => x.tok1 === m!.tok0 - 1) : undefined;
  if (inner && inner.kind === 'place') m = inner;
  if (!inner) m = wherePlaceHead(ctx, m);
  if (!m) return undefined;
  const a = actor(ctx.lex, m);
  return m.kind === 'place' || a?.kind === 'country' ? m : undefined;
}

/** The state whose forces open the clause at token k ("US troops", "Turkish forces", "they" = troops named before). */
function forcesAt(ctx: Ctx, k: number): { who: Mention; end: number } | undefined {
  const toks = ctx.s.tokens;
  if (toks[k]?.norm === 'they') {
    const a = anaphorAt(ctx, k);
    // (only the troops named before it in the sentence: "American troops must leave X, where they …")
    const one = a?.group.length === 1 ? a.group[0]! : undefined;
    if (!one || actor(ctx.lex, one)?.kind !== 'country' || !ctx.byKind.get('military')?.some((c) => c.tok1 <= k)) return undefined;
    return { who: one, end: a!.end };
  }
  const m = ctx.s.mentions.find((x) => x.tok0 === k);
  if (!m || actor(ctx.lex, m)?.kind !== 'country') return undefined;
  // (the military head after the name, or the name's own last word: "US forces" is one mention; ref39)
  const c = ctx.byKind.get('military')?.find((x) => x.tok0 === m.tok1 || (x.tok0 > m.tok0 && x.tok1 === m.tok1));
  return c ? { who: m, end: c.tok1 } : undefined;
}

/**
 * "Syria, where Turkish troops control a strip of territory in the north": "in the north/northeast" of the clause names
 * the country's region when the lexicon has one (`northern-syria`, `northeastern-syria`).
 */
function regionOf(ctx: Ctx, place: Mention, from: number): Mention {
  const toks = ctx.s.tokens;
  const e = ctx.lex.entities.get(place.entity);
  if (e?.kind !== 'country') return place;
  for (let k = from; k + 2 < toks.length && toks[k]!.text !== ','; k++) {
    if (toks[k]!.norm !== 'in' || toks[k + 1]!.norm !== 'the') continue;
    const dir = { north: 'northern', northeast: 'northeastern' }[toks[k + 2]!.norm];
    const r = dir ? ctx.lex.entities.get(`${dir}-${e.label_en.toLowerCase()}`) : undefined;
    if (r) return mentionOf(place, r.id, r.kind);
  }
  return place;
}

/** ", where FORCES …": the forces' state is deployed in the place before ", where" (English). */
export function wherePresence(ctx: Ctx): void {
  const toks = ctx.s.tokens;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.norm !== 'where' || toks[k - 1]!.text !== ',') continue;
    const place = whereAntecedent(ctx, k);
    const f = place && forcesAt(ctx, k + 1);
    if (!place || !f) continue;
    // ("where they could be deployed", "where US troops were stationed until 2019", "where they no longer …")
    let j = f.end;
    while (/^(have|has|also|still|already|now)$/.test(toks[j]?.norm ?? '')) j++;
    if (cueWords(ctx.lex, 'not_there').has(toks[j]?.norm ?? '') || /^(longer)$/.test(toks[j + 1]?.norm ?? '')) continue;
    // ("near Afrin, where Turkish troops regularly strike the YPG": striking a place is no presence in it)
    let end = f.end;
    while (end < toks.length && toks[end]!.text !== ',') end++;
    if (ctx.s.triggers.some((x) => x.tok0 >= f.end && x.tok0 < end && x.patterns[0]!.relation === 'attacked')) continue;
    const t = toks[k + 1]!;
    // (a presence told in the present or the present perfect is a state at the time of writing)
    const past = /^(were|was|had)$/.test(toks[j]?.norm ?? '') || (j === f.end && /ed$/.test(toks[j]?.norm ?? ''));
    const n = ctx.out.length;
    const trig = cueTrigger({ tok0: k + 1, tok1: f.end, start: t.start, end: toks[f.end - 1]!.end }, pattern);
    const where = regionOf(ctx, place, f.end);
    emit(ctx, trig, 'deployed_in', f.who, where, {}, true);
    // ("where US forces are stationed alongside the SDF": the partner named after "alongside" in the clause is there too; ref39)
    const partner = wherePartner(ctx, f.end, end);
    if (partner) emit(ctx, trig, 'deployed_in', partner, where, {}, true);
    if (!past) atPublication(ctx, n);
  }
}

/**
 * The actor named right after an `alongside` cue in the where-clause [a, b) (its article and modifiers between, at most
 * four words, no comma): "where US forces are stationed alongside the Maghaweir al-Thawra faction" (branch ref39).
 */
function wherePartner(ctx: Ctx, a: number, b: number): Mention | undefined {
  const c = ctx.byKind.get('alongside')?.find((x) => x.tok0 >= a && x.tok1 < b);
  if (!c) return undefined;
  const m = ctx.s.mentions.find((x) => x.tok0 >= c.tok1 && x.tok0 - c.tok1 <= 4 && x.tok0 < b);
  if (!m || m.kind === 'place' || !actor(ctx.lex, m)) return undefined;
  const toks = ctx.s.tokens;
  for (let k = c.tok1; k < m.tok0; k++) if (toks[k]!.text === ',' || ctx.inMention[k]) return undefined;
  return m;
}

// A state's base, garrison or outpost (`قاعدة أمريكية في X`, "the US garrison at X"): a standing presence.
// (BASE_NOUN: the `base_noun` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "وتنتقد الدعم الأميركي لها", "انتقد الدعم الأمريكي لها": a support noun with the supporter's nisba and a pronoun after
 * لـ is that state's support of the actor the pronoun refers to: the nearest actor before the noun that no preposition
 * introduces (ها: no person; ه: a person or a group) (Arabic).
 */
export function supportForPronoun(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'supported' || T.patterns[0]!.pos !== 'noun') continue;
    const dem = s.mentions.find((m) => m.tok0 === T.tok1 && m.via === 'demonym');
    const pron = dem ? toks[dem.tok1]?.norm : undefined;
    if (!dem || !pron || !/^(لها|له)$/.test(pron)) continue;
    const fem = pron === 'لها';
    let ref: Mention | undefined;
    for (let i = s.mentions.length - 1; i >= 0 && !ref; i--) {
      const m = s.mentions[i]!;
      // (a list member shares its head's preposition: "في غزة ولبنان")
      let h = i;
      while (h > 0 && s.mentions[h]!.conj) h--;
      if (m.tok1 > T.tok0 || prepOf(ctx, m) || prepOf(ctx, s.mentions[h]!) || m.entity === dem.entity) continue;
      const a = actor(ctx.lex, m);
      if (a && (fem ? a.kind !== 'person' : a.kind === 'person' || a.kind === 'armed_group' || a.kind === 'organization')) ref = a;
    }
    if (!ref) continue;
    // (a standing support, told as the object of a stance: dated at publication)
    const n = ctx.out.length;
    emit(ctx, T, 'supported', dem, mentionOf(ref, ref.entity, ref.kind, 'anaphor'), {}, false);
    atPublication(ctx, n);
  }
}

/**
 * "وتنتشر في منطقة البوكمال فصائل عراقية مسلحة …، أبرزها «كتائب حزب الله»": a presence verb, its place, then an unnamed
 * plural whose members are named after "، بينها/أبرزها": the members are present there (Arabic VSO with the place first).
 */
export function presentMembers(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || toks[T.tok1]?.norm !== 'في') return undefined;
  const place = ctx.s.mentions.find((m) => m.tok0 === T.tok1 + 1 || (m.tok0 === T.tok1 + 2 && /^(منطقه|محافظه|مدينه|ريف)$/.test(toks[T.tok1 + 1]!.norm)));
  const members = place ? includedMembers(ctx, place.tok1, place.tok1 + 1) : undefined;
  if (!place || !members?.length) return undefined;
  return emitAll(ctx, T, p, members, [place], attrs);
}

/** The state a speaker speaks for: a country itself, a person's country, an organ's state (a capital stands for its state already). */
function stateOf(ctx: Ctx, id: string): string | undefined {
  const e = ctx.lex.entities.get(id);
  if (!e) return undefined;
  if (e.kind === 'country') return e.id;
  if (e.kind === 'person' && e.country) return e.country;
  return undefined;
}

/** The mention of the sentence at a record's span (source or target), with the record's entity. */
export function mentionAtSpan(ctx: Ctx, span: [number, number], entity: string): Mention | undefined {
  const m = ctx.s.mentions.find((x) => x.start - ctx.s.start === span[0]);
  const e = ctx.lex.entities.get(entity);
  if (!e) return undefined;
  if (m) return mentionOf(m, e.id, e.kind);
  const k = ctx.s.tokens.findIndex((t) => t.start - ctx.s.start <= span[0] && t.end - ctx.s.start > span[0]);
  const t = ctx.s.tokens[k];
  return t ? mention(k, k + 1, t.start, t.end, e.id, e.kind, 'anaphor', false, '') : undefined;
}

/**
 * The place a withdrawal is from: the first place or country after the word, in its clause, after من/from ("out of"),
 * or right after a verb that takes it as object ("leave Syrian territory"). `null` when a from-phrase names no place we
 * know ("from the area"): then there is no place to fall back on either.
 */
function withdrawnFrom(ctx: Ctx, W: Trigger, who: string, parties: Set<string> = new Set()): Mention | null | undefined {
  const toks = ctx.s.tokens;
  let end = W.tok1;
  while (end < toks.length && end - W.tok1 < 10 && !BOUNDARY_TEXT.test(toks[end]!.text)) end++;
  for (const m of ctx.s.mentions) {
    if (m.tok0 < W.tok1 || m.tok0 >= end) continue;
    if (m.kind !== 'place' && m.kind !== 'country') continue;
    // (the other parties urged to withdraw with it are no place: `بانسحاب القوات الأمريكية والتركية من الأراضي السورية`)
    if (m.entity === who || (parties.has(m.entity) && !prepOf(ctx, m))) continue;
    const p = prepOf(ctx, m);
    if (p === 'من' || p === 'from' || (p === 'of' && toks[m.tok0 - 2]?.norm === 'out')) return m;
    // (a presence ended: where it is, "the Turkish presence in northern Iraq", `الاحتلال التركي لشمال سوريا`)
    if (cueWords(ctx.lex, 'presence_noun').has(toks[W.tok0]!.norm) && p && /^(in|on|في|علي|ل)$/.test(p)) return m;
    if (!p && m.tok0 === W.tok1) return m;
    break;
  }
  for (let k = W.tok0 + 1; k < end; k++) if (/^(from|من)$/.test(toks[k]!.norm)) return null;
  return undefined;
}
const BOUNDARY_TEXT = /^[,،.;:؛]$/;

/** The places after `m` that repeat its من/from (`من قاعدة التنف ومن شمال شرق سوريا`, "from al-Tanf and from northeastern Syria") or join it in a list (`من منبج وتل رفعت`, "from Manbij and Tal Rifaat"; pred34). */
function furtherFrom(ctx: Ctx, m: Mention): Mention[] {
  const toks = ctx.s.tokens;
  const out: Mention[] = [];
  for (let last = m; ; ) {
    const k = last.tok1;
    const gap = toks[k]?.norm === 'ومن' ? 1 : toks[k]?.norm === 'and' && toks[k + 1]?.norm === 'from' ? 2 : 0;
    // (a bare list member, "from Manbij and Tal Rifaat", `من منبج وتل رفعت`, when no verb starts right after it: "from
    // Manbij and Turkey halt its strikes" is a new clause; pred34)
    const bare = gap ? undefined : ctx.s.mentions.find((x) => (x.kind === 'place' || x.kind === 'country') && (toks[k]?.norm === 'and' ? x.tok0 === k + 1 : x.tok0 === k && !!x.conj) && !ctx.s.triggers.some((t) => t.tok0 === x.tok1));
    const next = gap ? ctx.s.mentions.find((x) => x.tok0 === k + gap && (x.kind === 'place' || x.kind === 'country')) : bare;
    if (!next) return out;
    out.push(next);
    last = next;
  }
}

const AT_PREP = /^(in|at|on|across|في|فى|ب)$/;
const isPlaceMention = (m: Mention | undefined) => !!m && (m.kind === 'place' || m.kind === 'country');

/**
 * The places a stationing participle right after the withdrawn forces names (np31): `بانسحاب القوات الأمريكية المنتشرة في
 * شمال شرق سوريا وقاعدة التنف`, "the withdrawal of US forces stationed in northeastern Syria and at al-Tanf": every
 * member of the place list after في/"in"/"at" (a `و` member, "and (at/in) X"), also after a comma ("US forces, stationed in"; slot31
 * wrote the same reader, merged into this one). Empty when no participle follows `who`.
 */
function stationedPlaces(ctx: Ctx, who: Mention): Mention[] {
  const toks = ctx.s.tokens;
  const k = who.tok1 + (toks[who.tok1]?.text === ',' ? 1 : 0);
  if (!cueWords(ctx.lex, 'stationed_participle').has(nth(toks, k)?.norm ?? '')) return [];
  const ms = ctx.s.mentions;
  let i = ms.findIndex((m) => m.tok0 > k && m.tok0 <= k + 3);
  const first = ms[i];
  // (the preposition right after the participle, or a proclitic one on the place: `المتمركزة بقاعدة التنف`)
  if (!isPlaceMention(first) || !(first!.tok0 === k + 2 ? AT_PREP.test(toks[k + 1]!.norm) : first!.tok0 === k + 1 && /^ب/.test(first!.clitics))) return [];
  const out = [first!];
  for (let last = first!; ++i < ms.length; ) {
    const m = ms[i]!;
    const gap = toks.slice(last.tok1, m.tok0).map((t) => t.norm);
    const joined = m.conj ? gap.length === 0 : gap.length >= 1 && gap.length <= 3 && gap[0] === 'and' && gap.slice(1).every((w) => AT_PREP.test(w) || w === 'the');
    if (!joined || !isPlaceMention(m)) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** The presences a demand presupposes (demandedWithdrawal), dated as the demand once the article's dates are settled. */
const PRESUPPOSED = new WeakSet<RelationRecord>();

/**
 * A demanded withdrawal presupposes the presence (gold rule 13): "demanded that Turkey withdraw its forces from Syria",
 * "called for the withdrawal of Turkish forces", `تطالب دمشق بانسحاب القوات التركية من أراضيها`, `دعا أنقرة إلى سحب
 * قواتها`: the state or group urged to withdraw is deployed in the place named after من/from, else in the urging
 * state's own territory; dated as the demand (presupposedDates), and not when the sentence states a presence of either
 * party. Runs after the sentence's triggers, on the urged records any urging frame gave (a withdrawal read as done in
 * the same sentence is the one urged to withdraw leaving: it was there before too).
 */
export function demandedWithdrawal(ctx: Ctx, before: number): void {
  const mine = ctx.out.slice(before);
  const urged = mine.filter((r) => r.relation === 'urged');
  if (!urged.length) return;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  const present = new Set(mine.filter((r) => r.relation === 'deployed_in').map((r) => r.source));
  const words: { W: Trigger; noun: string[] }[] = [];
  for (const W of ctx.s.triggers)
    if (W.patterns.some((q) => q.relation === 'withdrew_from'))
      words.push({ W, noun: W.patterns[0]!.pos === 'noun' ? mapped(nounArgs(ctx, W).subj ?? [], (m) => actor(ctx.lex, m)?.entity).filter((x): x is string => !!x) : [] });
  words.push(...endedPresences(ctx, pattern));
  for (const { W, noun } of words) {
    for (const u of urged) {
      // (the urger named before the withdrawal; the one urged is the withdrawal's own actor when it names one)
      if (u.evidence.sourceSpan[0] >= W.start - ctx.s.start) continue;
      if (noun.length && !noun.includes(u.target)) continue;
      if (present.has(u.target) || present.has(u.source) || !/^(country|armed_group)$/.test(kindOf(ctx.lex, u.target))) continue;
      const who = mentionAtSpan(ctx, u.evidence.targetSpan, u.target);
      if (!who) continue;
      // ("بانسحاب القوات الأمريكية المنتشرة في A وB": the forces' own stationing places, np31)
      const stationed = stationedPlaces(ctx, who);
      let place = stationed.length ? stationed[0] : withdrawnFrom(ctx, W, u.target, new Set(urged.map((x) => x.target)));
      // (a list goes on only after a place named by the withdrawal itself, not after the urger's own soil: "Damascus and
      // Moscow … demanded its withdrawal"; pred34)
      const named = !!place;
      if (place === undefined) {
        // ("تطالب دمشق بانسحاب القوات التركية", "Damascus demands a Turkish withdrawal": from the urging state's own soil)
        // (not a third state's: "Russia has called for the withdrawal of US troops" after US troops told in Syria: the
        // country where the article had them, when none of their earlier places is in the urger's own; slot33, FP 111)
        const home = hostOfDemand(ctx, u.target, stateOf(ctx, u.source));
        const at = home && home !== u.target ? mentionAtSpan(ctx, u.evidence.sourceSpan, u.source) : undefined;
        place = at && home ? mentionOf(at, home, 'country') : undefined;
      }
      if (!place) continue;
      const n = ctx.out.length;
      for (const at of stationed.length ? stationed : [place, ...(named ? furtherFrom(ctx, place) : [])]) emit(ctx, cueTrigger(W, pattern), 'deployed_in', who, at, {}, true);
      for (let j = n; j < ctx.out.length; j++) {
        const r = redated(ctx.out[j]!, u.date, u.dateSource);
        ctx.out[j] = r;
        ctx.stative.add(r);
        PRESUPPOSED.add(r);
      }
      present.add(u.target);
    }
  }
}

/**
 * The state a demanded withdrawal of `who` is from when no place is named: the urger's own (`home`), unless the article
 * told `who` deployed before only outside it; then the country of its last presence told (slot33).
 */
function hostOfDemand(ctx: Ctx, who: string, home: string | undefined): string | undefined {
  let last: string | undefined;
  for (const r of ctx.out) {
    if (r.relation !== 'deployed_in' || r.source !== who || PRESUPPOSED.has(r)) continue;
    const e = ctx.lex.entities.get(r.target);
    const c = e?.kind === 'country' ? e.id : e?.country;
    if (!c) continue;
    if (c === home) return home;
    last = c;
  }
  return last ?? home;
}

// A presence or occupation noun (a `presence_noun` cue) after an end word: "an end to the Turkish presence", `إنهاء الاحتلال التركي`.
// (PRESENCE: the `presence_noun` word cue of data/lexicon/cues.csv, branch words31)
// (END_WORD: the `end_word` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "demanded an end to the Turkish presence on Syrian soil", "an end to Turkey's military presence", `إنهاء «الاحتلال»
 * التركي لأراضٍ سورية`: presence nouns ended by a demand, as withdrawal words, each with the state a demonym or
 * possessor next to it names (demandedWithdrawal).
 */
function endedPresences(ctx: Ctx, pattern: Pattern): { W: Trigger; noun: string[] }[] {
  const toks = ctx.s.tokens;
  const out: { W: Trigger; noun: string[] }[] = [];
  if (!hasWordCue(ctx, 'presence_noun')) return out;
  const presence = cueWords(ctx.lex, 'presence_noun');
  const ending = cueWords(ctx.lex, 'end_word');
  for (let k = 1; k < toks.length; k++) {
    if (!presence.has(toks[k]!.norm)) continue;
    let e = k - 1;
    while (e > 0 && k - e <= 5 && !ending.has(toks[e]!.norm)) e--;
    if (!ending.has(toks[e]!.norm)) continue;
    // (the state: a demonym or possessor within two words either side, "Turkey's military presence", `الوجود العسكري التركي`)
    const own = ctx.s.mentions.filter((m) => (m.tok1 <= k && k - m.tok1 <= 2 && m.tok0 > e) || (m.tok0 > k && m.tok0 - k <= 3 && (m.via === 'demonym' || !!m.clitics)));
    const noun = mapped(own, (m) => actor(ctx.lex, m)?.entity).filter((x): x is string => !!x && kindOf(ctx.lex, x) === 'country');
    if (!noun.length) continue;
    const t = toks[k]!;
    out.push({ W: cueTrigger({ tok0: k, tok1: k + 1, start: t.start, end: t.end }, pattern), noun });
  }
  return out;
}

/** The presences a demand presupposes take the date the article's passes settled for the demand (its urged record). */
export function presupposedDates(rels: RelationRecord[]): RelationRecord[] {
  return mapped(rels, (r) => {
    if (!PRESUPPOSED.has(r)) return r;
    const u = rels.find((x) => x.relation === 'urged' && x.evidence.start === r.evidence.start && x.target === r.source);
    return u && (u.date !== r.date || u.dateSource !== r.dateSource) ? redated(r, u.date, u.dateSource) : r;
  });
}

/** An intervention word among the presence patterns ("intervened militarily", "its military intervention", `تدخلها العسكري`). */
const INTERVENTION = /^[وفل]?(intervened|intervening|intervention|interventions|تدخل|تدخلت|يتدخل|تتدخل|التدخل|تدخلها|تدخله|تدخلهما|تدخلهم)$/;
export function isIntervention(ctx: Ctx, T: Trigger): boolean {
  return T.patterns[0]!.relation === 'deployed_in' && (INTERVENTION.test(ctx.s.tokens[T.tok0]!.norm) || INTERVENTION.test(ctx.s.tokens[T.tok0 + 1]?.norm ?? ''));
}

// Words that may stand between an intervention and its date ("intervened in the war in 2015", `في سوريا عام 2015`).
// (TO_DATE: the `intervention_gap` word cue of data/lexicon/cues.csv, branch words31)

/**
 * An intervention is a deployment (gold rule 13): "Russia intervened (militarily) in Syria in 2015", "since its 2015
 * intervention", "Russia, which intervened in the war in 2015 on the side of Assad", `التدخل العسكري الروسي في سوريا عام
 * 2015`, `منذ تدخلها العسكري`: the intervener is deployed in the place its clause names, else in the country of the
 * government the sentence has it back (a head of state or `الحكومة السورية`); dated as the text dates the intervention
 * (a date right after it, its place and "the war" aside, or right before it: "its 2015 intervention"), else at
 * publication (an intervention told as a standing fact). Not when negated, hypothetical, threatened or demanded.
 */
export function interventions(ctx: Ctx, words: Trigger[]): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of words) {
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    // ("threatened a new military intervention", "warned against", "called for": no act done)
    if (s.triggers.some((x) => x !== T && x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 6 && /^(urged|threatened)$/.test(x.patterns[0]!.relation))) continue;
    if ((ctx.byKind.get('plan') ?? []).some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 3)) continue;
    const p = T.patterns[0]!;
    // ("تدخلها في الشؤون الداخلية", "interference in the affairs of": a bare intervention word before affairs is
    // interference, no deployment, np31)
    const affairs = cueWords(ctx.lex, 'affairs_word');
    if (toks.slice(T.tok1, T.tok1 + 4).some((t) => affairs.has(t.norm))) continue;
    // (past a year or "military" between, "since its 2015 intervention in the war"; np36, diagnosis-batch31 #5)
    const det = ctx.lang === 'en' && /^(\d{4}|military)$/.test(toks[T.tok0 - 1]?.norm ?? '') ? T.tok0 - 2 : T.tok0 - 1;
    const pron = ctx.lang === 'en' ? /^(its|their)$/.test(toks[det]?.norm ?? '') : /(ها|ه|هما|هم)$/.test(toks[T.tok0]!.norm);
    let who: Mention[] = (pron ? undefined : p.pos === 'verb' ? verbArgs(ctx, T, true).subj : nounArgs(ctx, T).subj) ?? [];
    if (pron) {
      // ("Russia keeps forces … since its intervention", `وتعدّ موسكو وطهران …، وقد ساعد تدخلهما`: the sentence's subject,
      // its first country named with no preposition; a dual or plural pronoun its list)
      // (`ولروسيا وجود عسكري في … منذ تدخلها`: the owner of a possession clause that opens the sentence, its ل, is its
      // subject too; solo56)
      const i = s.mentions.findIndex((m) => m.tok1 <= T.tok0 && (!prepOf(ctx, m) || (m.tok0 === 0 && prepOf(ctx, m) === 'ل')) && actor(ctx.lex, m)?.kind === 'country');
      if (i >= 0) who = /(هما|هم)$/.test(toks[T.tok0]!.norm) || toks[det]?.norm === 'their' ? groupFrom(s.mentions, i) : [s.mentions[i]!];
    }
    who = who.filter((m) => actor(ctx.lex, m)?.kind === 'country');
    if (!who.length) continue;
    const ids = new Set(who.map((m) => actor(ctx.lex, m)!.entity));
    // the place: a place or country in the clause after it (or inside it: "the Syrian war"), else the backed government's country
    let end = T.tok1;
    while (end < toks.length && end - T.tok1 < 12 && !BOUNDARY_TEXT.test(toks[end]!.text)) end++;
    let place: Mention | undefined = s.mentions.find((m) => m.tok0 >= T.tok0 && m.tok0 < end && (m.kind === 'place' || m.kind === 'country') && !ids.has(m.entity) && (!prepOf(ctx, m) || /^(in|في|ب)$/.test(prepOf(ctx, m)!)));
    if (!place) {
      // ("intervened in the Syrian war": the demonym the pattern spells)
      for (let k = T.tok0; k < T.tok1 && !place; k++)
        for (const e of demonymCountries(ctx.lex, ctx.lang, toks[k]!.norm))
          if (!ids.has(e.id)) {
            place = mention(k, k + 1, toks[k]!.start, toks[k]!.end, e.id, 'country', 'demonym', false, '');
            break;
          }
    }
    if (!place) {
      for (const m of s.mentions) {
        if (ids.has(m.entity)) continue;
        // (a head of state, `الحكومة السورية`, or a capital for its government: "أبرز حلفاء دمشق")
        const c = m.kind === 'person' ? ctx.lex.entities.get(m.entity)?.country : m.kind === 'country' && m.via === 'descriptor' ? m.entity : ctx.lex.entities.get(m.entity)?.stands_for;
        if (c && !ids.has(c)) {
          place = mentionOf(m, c, 'country');
          break;
        }
      }
    }
    if (!place) continue;
    // the date: right after it (past its place and "the war"), or right before it
    let date: string | undefined;
    for (const d of s.dates) {
      if (d.end <= T.start) {
        const k = toks.findIndex((t) => t.start >= d.end);
        if (k >= 0 && (k === T.tok0 || (k + 1 === T.tok0 && /^(military)$/.test(toks[k]!.norm)))) date = d.date;
        continue;
      }
      // (a date that shares the trigger's last word, "intervened militarily in" + "in 2015", is after it; solo56)
      if (d.start < T.end && d.end <= T.end) continue;
      let ok = true;
      for (let k = T.tok1; k < toks.length && toks[k]!.start < d.start && ok; k++) if (!cueWords(ctx.lex, 'intervention_gap').has(toks[k]!.norm) && !ctx.inMention[k]) ok = false;
      if (ok) date = d.date;
      break;
    }
    // (a bare year as the noun's modifier, "its 2015 intervention", which the date reader leaves alone; np36)
    if (!date && det === T.tok0 - 2 && /^(19|20)\d\d$/.test(toks[T.tok0 - 1]!.norm)) date = toks[T.tok0 - 1]!.norm;
    const n = ctx.out.length;
    const cue = cueTrigger(T, p);
    for (const m of who) emit(ctx, cue, 'deployed_in', m, place, {}, true);
    asStates(ctx, n, date);
  }
}

// Words between a "-held" compound and its place ("SDF-held areas in northeastern Syria", "government-held parts of Aleppo").
// (HELD_GAP: the `held_gap` word cue of data/lexicon/cues.csv, branch words31)

/** The place a few words on from token k, past `held_gap` cue words only. */
function placeAfter(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  for (let j = k; j < toks.length && j - k <= 4; j++) {
    const m = ctx.s.mentions.find((x) => x.tok0 === j);
    // ("controls much of Lebanon's airspace": a country's possession is no place of it; general-en.test.ts)
    if (m) return (m.kind === 'place' || m.kind === 'country') && !isPossessive(ctx, m) ? m : undefined;
    if (!cueWords(ctx.lex, 'held_gap').has(toks[j]!.norm)) return undefined;
  }
  return undefined;
}

/** Has the sentence a presence of `who` in `where` already? */
function stated(ctx: Ctx, before: number, who: string, where: string): boolean {
  return ctx.out.slice(before).some((r) => r.relation === 'deployed_in' && r.source === who && r.target === where);
}

/** A presence by control told over tokens [k0, k1): `who` deployed in `where`, at publication, unless the sentence has it. */
function controlled(ctx: Ctx, before: number, k0: number, k1: number, who: Mention, where: Mention): void {
  const pattern = verbPattern(ctx, 'deployed_in');
  const toks = ctx.s.tokens;
  if (!pattern || stated(ctx, before, who.entity, where.entity)) return;
  const n = ctx.out.length;
  emit(ctx, cueTrigger({ tok0: k0, tok1: k1, start: toks[k0]!.start, end: toks[k1 - 1]!.end }, pattern), 'deployed_in', who, where, {}, true);
  // ("returned to government control in July 2018": the return is an event of its date; ongoingdate.ts, slot42)
  if (!returnedToControl(ctx, k0)) atPublication(ctx, n);
}

/**
 * Presence by control, English (gold rule 13): "SDF-held areas in northeastern Syria", "Turkish-controlled Afrin",
 * "government-held Aleppo" (the government of the place's country); "HTS, the jihadist group that dominates Idlib
 * province", "the PUK, the party that controls Sulaymaniyah", "X, which controls Y" (the relative's antecedent past its
 * apposition); "Idlib is the last stronghold of …, and is dominated by HTS" (a passive's subject place opening the
 * sentence). A standing state: dated at publication. "rebel-held" names no holder: nothing (rule 7).
 */
export function controlPresence(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const put = (k0: number, k1: number, who: Mention, where: Mention) => controlled(ctx, before, k0, k1, who, where);
  for (let k = 2; k < toks.length; k++) {
    const w = toks[k]!.norm;
    // (the hyphen first: most words follow none)
    if (toks[k - 1]!.text === '-' && /^(held|controlled|dominated|run)$/.test(w)) {
      // ("SDF-run prisons in northeastern Syria": a place of custody stands between as an area does)
      const where0 = placeAfter(ctx, k + 1) ?? (isCustody(ctx, k + 1) ? placeAfter(ctx, k + 2) : undefined);
      // (np56: every place of the list, "the government-held provinces of A, B and C", and past a longer head,
      // "government-held neighbourhoods in the centre of Hasakah"; relations/heldlist.ts)
      const listed = heldPlaces(ctx, k + 1);
      const places = where0 ? (listed[0] === where0 ? listed : [where0]) : listed;
      if (!places.length) continue;
      // (pres38: a demonym the mentions stage kept for no state organ, "Turkish-controlled northern Syria")
      const hm = s.mentions.find((m) => m.tok1 === k - 1) ?? demonymAt(ctx, k - 2);
      for (const where of places) {
        let who = hm ? actor(ctx.lex, hm) : undefined;
        // (the place's own government, also where "government" was read as the story's state: discourse.ts orgHeadAnaphors)
        if ((!hm || hm.via === 'anaphor') && /^(government|regime)$/.test(toks[k - 2]!.norm)) {
          const c = where.kind === 'country' ? where.entity : ctx.lex.entities.get(where.entity)?.country;
          const e = c ? ctx.lex.entities.get(c) : undefined;
          if (e) who = mention(k - 2, k - 1, toks[k - 2]!.start, toks[k - 2]!.end, e.id, e.kind, 'descriptor', false, '');
        }
        if (who && /^(country|armed_group)$/.test(who.kind)) put(k - 2, k + 1, who, where);
      }
    }
  }
  // "Daraa returned to government control in 2018", "Afrin has been under Turkish control since 2018", "Manbij is under SDF
  // control": the place opening the sentence is held by the holder named between under/to and "control" (a name, a
  // demonym, or "government", the place's own state's government)
  for (let k = 2; k < toks.length; k++) {
    if (toks[k]!.norm !== 'control') continue;
    // (pres38: "under Turkish control", a demonym the mentions stage kept for no state organ)
    const hm = s.mentions.find((m) => m.tok1 === k) ?? demonymAt(ctx, k - 1);
    const h0 = hm ? hm.tok0 : /^(government|regime)$/.test(toks[k - 1]!.norm) ? k - 1 : -1;
    if (h0 < 1 || !/^(under|to)$/.test(toks[h0 - 1]!.norm)) continue;
    // (pres38: also the place right before "under", "returned to areas of northern Syria under Turkish control since 2016")
    // (not "under Russian control of the talks": the control of something else)
    if (toks[k + 1]?.norm === 'of') continue;
    const end0 = toks[h0 - 2]?.text === ',' ? h0 - 2 : h0 - 1;
    const before0 = h0 >= 2 && toks[h0 - 1]!.norm === 'under' ? s.mentions.find((m) => m.tok1 === end0 && (m.kind === 'place' || m.kind === 'country') && !isPossessive(ctx, m)) : undefined;
    // (solo58: "Ras al-Ain and al-Bab, two other towns under Turkish control", "Jarablus, a border town under Turkish
    // control": the places before the apposition that "under" ends, each member of their list)
    const apposed = !before0 && toks[h0 - 1]!.norm === 'under' ? appositionPlaces(ctx, h0 - 1) : [];
    if (apposed.length) {
      const who = hm && hm.via !== 'anaphor' ? actor(ctx.lex, hm) : undefined;
      if (who && /^(country|armed_group)$/.test(who.kind)) for (const p of apposed) put(h0 - 1, k + 1, who, p);
      continue;
    }
    const place = before0 ?? s.mentions[0];
    if (!place || place.kind !== 'place' || (!before0 && place.tok0 > 1) || place.tok1 > h0) continue;
    let who = hm && hm.via !== 'anaphor' ? actor(ctx.lex, hm) : undefined;
    if (!who && h0 === k - 1) {
      const c = ctx.lex.entities.get(place.entity)?.country;
      const e = c ? ctx.lex.entities.get(c) : undefined;
      if (e) who = mention(k - 1, k, toks[k - 1]!.start, toks[k - 1]!.end, e.id, e.kind, 'descriptor', false, '');
    }
    if (who && /^(country|armed_group)$/.test(who.kind)) put(h0 - 1, k + 1, who, place);
  }
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'deployed_in' || !cueWords(ctx.lex, 'control_verb_present').has(toks[T.tok0]!.norm)) continue;
    // "X, the group that dominates Y", "X, which controls Y": the antecedent past an apposition without a name
    if (!/^(that|which|who)$/.test(toks[T.tok0 - 1]?.norm ?? '')) continue;
    let k = T.tok0 - 2;
    while (k > 0 && T.tok0 - k <= 6 && toks[k]!.text !== ',' && !s.mentions.some((x) => x.tok0 <= k && k < x.tok1 && x.via === 'name')) k--;
    if (toks[k]?.text !== ',') continue;
    k--;
    // ("the Patriotic Union of Kurdistan (PUK), the party that …": the name before the abbreviation, else the abbreviation)
    let m = s.mentions.find((x) => x.tok1 === k + 1);
    if (toks[k]?.text === ')') {
      while (k > 0 && toks[k]!.text !== '(') k--;
      m = s.mentions.find((x) => x.tok1 === k) ?? m ?? s.mentions.find((x) => x.tok1 === k + 2);
    }
    const who = m ? actor(ctx.lex, m) : undefined;
    const where = placeAfter(ctx, T.tok1) ?? (/^(much|most|parts)$/.test(toks[T.tok1]?.norm ?? '') ? placeAfter(ctx, T.tok1 + 2) : undefined);
    if (!who || !where || !/^(country|armed_group|organization)$/.test(who.kind)) continue;
    // (slot44: every place of the list, "a coalition of factions that holds the border strip between Azaz and Jarablus",
    // "that holds Azaz and Jarablus")
    for (const w of groupFrom(s.mentions, s.mentions.indexOf(where))) if (w.kind === 'place' || w.kind === 'country') put(T.tok0, T.tok1, who, w);
  }
  for (const T of s.triggers) {
    // ("al-Hol camp, which the SDF runs", "the areas that Turkey controls": an object relative on the place, its subject
    // right before the control verb; slot31)
    if (T.patterns[0]!.relation !== 'deployed_in' || !cueWords(ctx.lex, 'control_verb').has(toks[T.tok0]!.norm)) continue;
    const subj = s.mentions.find((x) => x.tok1 === T.tok0);
    const rel = subj ? subj.tok0 - (toks[subj.tok0 - 1]?.norm === 'the' ? 2 : 1) : -1;
    if (!subj || !/^(which|that)$/.test(toks[rel]?.norm ?? '')) continue;
    const where = s.mentions.find((x) => x.tok1 === (toks[rel - 1]?.text === ',' ? rel - 1 : rel));
    const who = actor(ctx.lex, subj);
    if (where && (where.kind === 'place' || where.kind === 'country') && who && /^(country|armed_group)$/.test(who.kind)) put(T.tok0, T.tok1, who, where);
  }
  for (const T of s.triggers) {
    // "Idlib is the last major stronghold of opposition fighters, and is dominated by HTS": the place opening the sentence
    if (T.patterns[0]!.relation !== 'deployed_in' || T.patterns[0]!.voice !== 'passive' || !/^(is|are|was|were)$/.test(toks[T.tok0 - 1]?.norm ?? '')) continue;
    const place = s.mentions[0];
    const agent = s.mentions.find((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 1);
    const who = agent ? actor(ctx.lex, agent) : undefined;
    if (!place || place.kind !== 'place' || place.tok0 > 1 || !who || !/^(country|armed_group)$/.test(who.kind)) continue;
    if (ctx.out.slice(before).some((r) => r.relation === 'deployed_in' && r.source === who.entity)) continue;
    put(T.tok0, T.tok1, who, place);
  }
}

/** Words of an apposition on a place right before "under X control": "a border town", "two other towns", "both". */
const PLACE_APPOSITION = /^(a|an|the|two|three|four|both|other|key|border|strategic|nearby|northern|southern|eastern|western|kurdish|arab|town|towns|city|cities|village|villages|district|districts|area|areas|region|regions)$/;

/**
 * (solo58) The places, each member of a list, that an apposition ending right before token `under` follows: ", a border
 * town under", ", two other towns under". Empty when the words before `under` are not such an apposition (at most five,
 * a head or "both" among them) or no place ends at its comma.
 */
function appositionPlaces(ctx: Ctx, under: number): Mention[] {
  const toks = ctx.s.tokens;
  let j = under - 1;
  let head = false;
  while (j > 0 && under - j <= 5 && !ctx.inMention[j] && PLACE_APPOSITION.test(toks[j]!.norm)) {
    if (/^(both|towns?|cit(y|ies)|villages?|districts?|areas?|regions?)$/.test(toks[j]!.norm)) head = true;
    j--;
  }
  if (!head || toks[j]?.text !== ',') return [];
  const ms = ctx.s.mentions;
  let i = ms.findIndex((m) => m.tok1 === j);
  if (i < 0 || (ms[i]!.kind !== 'place' && ms[i]!.kind !== 'country')) return [];
  while (i > 0 && ms[i]!.conj) i--;
  return groupFrom(ms, i).filter((m) => (m.kind === 'place' || m.kind === 'country') && m.tok1 <= j && !isPossessive(ctx, m));
}

/** "Most of them" (normalised) after a comma: part of the forces just told (`معظمهم`, `غالبيتهم`, `أغلبهم`). */
const MOST_OF = /^(معظمهم|غالبيتهم|اغلبهم|معظمها|غالبيتها|اغلبها)$/;
/**
 * Presence by control, Arabic (gold rule 13): `مخيم الهول، الذي تديره «قسد»` (a control verb with a resumptive pronoun
 * in a relative clause: the antecedent place is its object, the name after it its subject); `وتقع جرابلس ضمن مناطق
 * سيطرة فصائل «الجيش الوطني السوري»`, `في مناطق سيطرة X في Y` (the areas of control of a named holder: the place the
 * clause sets them in, before `ضمن/في`, else after). A standing state: dated at publication.
 */
export function controlPresenceAr(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const put = (k0: number, k1: number, who: Mention, where: Mention) => controlled(ctx, before, k0, k1, who, where);
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'deployed_in' || T.patterns[0]!.pos !== 'verb' || !/(ه|ها)$/.test(toks[T.tok1 - 1]!.norm)) continue;
    if (!/^(الذي|التي)$/.test(toks[T.tok0 - 1]?.norm ?? '')) continue;
    // (with or without a comma before the relative: `في مخيم الهول الذي تديره «قسد»`, slot31)
    const where0 = /^[,،]$/.test(toks[T.tok0 - 2]?.text ?? '') ? s.mentions.find((m) => m.tok1 === T.tok0 - 2) : s.mentions.find((m) => m.tok1 === T.tok0 - 1);
    // (`في مخيم الهول شرق الحسكة، الذي تديره «قسد»`: the place a compass word locates; slot36)
    const where = where0 ? locatedPlaceHead(ctx, where0) ?? where0 : undefined;
    const subj = s.mentions.find((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 1);
    const who = subj ? actor(ctx.lex, subj) : undefined;
    if (where && (where.kind === 'place' || where.kind === 'country') && who && /^(country|armed_group)$/.test(who.kind)) put(T.tok0, T.tok1, who, where);
  }
  // (the literal ending tested first: most words are no areas)
  const AREAS = /^[وف]?(ب|ل)?(مناطق|منطقه|المناطق)$/;
  const areas = (norm: string) => (norm.endsWith('مناطق') || norm.endsWith('منطقه')) && AREAS.test(norm);
  for (let k = 1; k + 1 < toks.length; k++) {
    // `مناطق سيطرة X`, and with no control word `مناطق المعارضة` (a group or organisation only: `مناطق سوريا` are Syria's)
    // (and the control participle after the areas, `المناطق الخاضعة لسيطرة «قسد» في شمال شرق البلاد`, read as `مناطق سيطرة`;
    // np33)
    const subject = toks[k]!.norm === 'لسيطره' && k >= 2 && /^(الخاضعه|خاضعه)$/.test(toks[k - 1]!.norm) && areas(toks[k - 2]!.norm);
    const bare = !subject && areas(toks[k]!.norm) && toks[k + 1]?.norm !== 'سيطره';
    if (!subject && (bare ? false : toks[k]!.norm !== 'سيطره' || !areas(toks[k - 1]!.norm))) continue;
    const a = subject ? k - 2 : bare ? k : k - 1;
    // the holder: the name right after (past a head noun: `فصائل`, `قوات`)
    let j = subject ? k + 1 : a + (bare ? 1 : 2);
    if (cueWords(ctx.lex, 'force_head_ar').has(toks[j]?.norm ?? '') && !ctx.inMention[j]) j++;
    while (j < toks.length && /^[«"“]$/.test(toks[j]!.text)) j++;
    const hm = s.mentions.find((m) => m.tok0 === j);
    const who = hm ? actor(ctx.lex, hm) : undefined;
    if (!hm || !who || !(bare ? /^(armed_group|organization)$/ : /^(country|armed_group|organization)$/).test(who.kind)) continue;
    // the place: before `ضمن/في` ahead of the areas, else a place after the holder with في
    let where: Mention | undefined;
    if (/^(ضمن|في|داخل)$/.test(toks[a - 1]?.norm ?? '') || /^[وف]?[ب]/.test(toks[a]!.norm)) {
      let m: Mention | undefined;
      // (only a preposition or a closing quote between: `قصفت القوات التركية قرى في مناطق سيطرة X` sets no one in Turkey; slot31)
      for (const x of s.mentions) if (x.tok1 <= a && a - x.tok1 <= 2 && toks.slice(x.tok1, a).every((t) => /^(ضمن|في|داخل|»|"|\))$/.test(t.norm) || /^(»|"|\))$/.test(t.text))) m = x;
      if (m && (m.kind === 'place' || m.kind === 'country')) where = m;
    }
    if (!where) {
      // (or right after the holder's names, past quotes and brackets: `مناطق سيطرة «قسد» شمال شرقي البلاد`, ref32)
      // (not a list member after و: `في مناطق سيطرة «قسد» وإدلب` names two places, np31)
      const adjacent = (x: Mention) => !x.conj && toks.slice(hm.tok1, x.tok0).every((t, i) => !t.word || s.mentions.some((o) => o.tok0 <= hm.tok1 + i && hm.tok1 + i < o.tok1 && o.kind !== 'place'));
      const m = s.mentions.find((x) => x.tok0 >= hm.tok1 && x.tok0 - hm.tok1 <= 5 && (x.kind === 'place' || x.kind === 'country') && (prepOf(ctx, x) === 'في' || (prepOf(ctx, x) === 'ب' && x.kind === 'place') ? x.tok0 - hm.tok1 <= 3 : x.kind === 'place' && adjacent(x)));
      where = m;
    }
    // ("في مناطق سيطرة «قسد» شمال شرق سوريا": a region right after the holder, past its closing mark or abbreviation, with
    // no preposition, is where the areas lie, np31)
    if (!where) {
      const m = s.mentions.find((x) => x.tok0 >= hm.tok1 && x.tok0 - hm.tok1 <= 4 && x.kind === 'place' && !x.conj && !prepOf(ctx, x));
      let plain = !!m;
      for (let j = hm.tok1; m && plain && j < m.tok0; j++) plain = !toks[j]!.word || s.mentions.some((y) => y.tok0 <= j && j < y.tok1);
      if (plain) where = m;
    }
    if (where) put(a, hm.tok0, who, where);
    // (`وتنشر واشنطن نحو 900 جندي في سوريا، معظمهم في مناطق سيطرة «قسد» …`: most of the troops deployed are in that
    // place too, the deployer's presence; ref32)
    if (where && where.kind === 'place' && toks[a - 1]?.norm === 'في' && MOST_OF.test(toks[a - 2]?.norm ?? '') && /^[,،]$/.test(toks[a - 3]?.text ?? '')) {
      const r = ctx.out.slice(before).find((x) => x.relation === 'deployed_in' && x.evidence.start === s.start && x.evidence.targetSpan[1] <= toks[a - 3]!.start - s.start);
      const dm = r && s.mentions.find((m) => m.start - s.start === r.evidence.sourceSpan[0]);
      const deployer = dm ? actor(ctx.lex, dm) : undefined;
      if (deployer && deployer.entity !== who.entity) put(a - 2, a - 1, deployer, where);
    }
  }
}

/** A place of custody at token k (cues.csv `custody`: "prisons", `سجون`, with a proclitic). */
function isCustody(ctx: Ctx, k: number): boolean {
  const t = ctx.s.tokens[k]?.norm;
  if (!t) return false;
  const words = cueWords(ctx.lex, 'custody');
  return words.has(t) || (ctx.lang === 'ar' && /^[وفبل]/.test(t) && words.has(t.replace(/^[وف]?[بل]?/, '')));
}

/**
 * Presence by custody (gold rule 13): "The SDF holds thousands of suspects in prisons in Hasakah" (a keeper's verb, then
 * "in" a place of custody "in" a place): the keeper, the subject right before its verb, is deployed in the place, at
 * publication. And the ones held are no presence: a presence whose source stands before "in" a place of custody with
 * no keeper's verb between ("IS fighters remain in SDF-run prisons in northeastern Syria", `يقبع عناصر التنظيم في سجون
 * «قسد» في الحسكة`) is dropped.
 */
/** The tokens of the sentence that name a place of custody (isCustody), found once per sentence. */
function custodyAt(ctx: Ctx): number[] {
  if (!ctx.custody) {
    ctx.custody = [];
    // (pre-test: no word of the list in the sentence, most sentences)
    const bits = W_CUSTODY | (ctx.lang === 'ar' ? W_CUSTODY_CLITIC : 0);
    if (sentenceWords(ctx) & bits) for (let k = 0; k < ctx.s.tokens.length; k++) if (tokenWordBits(ctx.lex, ctx.s.tokens[k]!) & bits) ctx.custody.push(k);
  }
  return ctx.custody;
}

/** custodyPresence: the places a first reading found, else a second's (`في مخيم الهول`, else the genitive of `في سجون الحسكة`). */
function firstPlaces(a: Mention[], b: () => Mention[]): Mention[] {
  return a.length ? a : b();
}

/** "The SDF, which Washington backs, holds …": the antecedent of a relative clause that ends with a comma right before token v (bugs36). */
function beforeRelative(ctx: Ctx, v: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let q = v - 1;
  if (!/^[,،]$/.test(toks[q]?.text ?? '') || !ctx.inRelative[q - 1]) return undefined;
  q--;
  while (q > 0 && ctx.inRelative[q]) q--;
  if (/^[,،]$/.test(toks[q]?.text ?? '')) q--;
  return ctx.s.mentions.find((m) => m.tok1 === q + 1 && !ctx.inRelative[m.tok0]);
}

export function custodyPresence(ctx: Ctx, before: number): void {
  const at = custodyAt(ctx);
  // (no place of custody, nothing to keep or drop: most sentences)
  if (!at.length) return;
  const custody = new Set(at);
  const { s } = ctx;
  const toks = s.tokens;
  const verbs = cueWords(ctx.lex, 'custody_verb');
  // (cues.csv `inside_prep`: "in", `في`, `داخل`)
  const inside = cueWords(ctx.lex, 'inside_prep');
  // (a keeper's verb of its own, not the second part of a compound: "SDF-run")
  const isVerb = (k: number) => toks[k - 1]?.text !== '-' && (verbs.has(toks[k]!.norm) || verbs.has(toks[k]!.norm.replace(/^[وف]/, '')));
  const keeperVerb = (k0: number, k1: number) => { for (let k = k0; k < k1; k++) if (isVerb(k)) return true; return false; };
  // (the source's own act in the place is no custody: "The SDF … launched a new security campaign in al-Hol camp"; cues.csv
  // `wage_verb`, `light_act_verb`)
  const acts = [cueWords(ctx.lex, 'wage_verb'), cueWords(ctx.lex, 'light_act_verb')];
  const actedThere = (k0: number, k1: number) => { for (let k = k0; k < k1; k++) if (acts.some((w) => w.has(toks[k]!.norm))) return true; return false; };
  // the ones held: dropped
  for (let j = ctx.out.length - 1; j >= before; j--) {
    const r = ctx.out[j]!;
    if (r.relation !== 'deployed_in' || r.evidence.start !== s.start) continue;
    const src = s.mentions.find((m) => m.start - s.start === r.evidence.sourceSpan[0]);
    const tgt = s.mentions.find((m) => m.start - s.start === r.evidence.targetSpan[0]);
    if (!src || !tgt || tgt.tok0 <= src.tok1) continue;
    let c = -1;
    for (let k = src.tok1; k < tgt.tok0 && c < 0; k++) if (custody.has(k) && toks.slice(src.tok1, k).some((t) => inside.has(t.norm))) c = k;
    // ("remain in the al-Hol camp": English, the place of custody's head after its name or ending it; bugs36)
    if (c < 0 && ctx.lang === 'en' && !actedThere(src.tok1, tgt.tok0) && (custody.has(tgt.tok1) || custody.has(tgt.tok1 - 1)) && (inside.has(toks[tgt.tok0 - 1]?.norm ?? '') || (toks[tgt.tok0 - 1]?.norm === 'the' && inside.has(toks[tgt.tok0 - 2]?.norm ?? '')))) c = tgt.tok1;
    if (c >= 0 && !keeperVerb(src.tok1, c)) ctx.out.splice(j, 1);
  }
  // the keeper: "X holds … in prisons in Y"
  for (let k = 1; k < toks.length; k++) {
    if (!custody.has(k)) continue;
    // ("in the al-Hol and Roj camps": English names before the place of custody, "in" (and "the") before them; bugs36)
    let named: Mention[] | undefined;
    let open = k - 1;
    if (ctx.lang === 'en' && !inside.has(toks[k - 1]!.norm)) {
      const i = s.mentions.findIndex((m) => m.tok1 === k && m.kind === 'place');
      let i0 = i;
      while (i0 > 0 && s.mentions[i0]!.conj) i0--;
      if (i < 0) continue;
      open = s.mentions[i0]!.tok0 - 1;
      if (toks[open]?.norm === 'the') open--;
      if (!inside.has(toks[open]?.norm ?? '')) continue;
      named = s.mentions.slice(i0, i + 1);
    } else if (!inside.has(toks[k - 1]!.norm)) continue;
    // (at most eight free words back, names and quotes not counted: `وتحتجز «قوات سوريا الديمقراطية» (قسد) آلاف …`)
    let v = open - 1;
    for (let n = 0; v > 0 && n < 8 && !isVerb(v) && !/^[,،]$/.test(toks[v]!.text); v--) if (toks[v]!.word && !ctx.inMention[v]) n++;
    if (!isVerb(v)) continue;
    // (the subject right before the verb; Arabic VSO: right after it, `وتحتجز «قسد» …`)
    const sm = s.mentions.find((m) => m.tok1 === v) ?? beforeRelative(ctx, v) ?? (ctx.lang === 'ar' ? s.mentions.find((m) => m.tok0 === v + 1 || (m.tok0 === v + 2 && /^[«"]$/.test(toks[v + 1]!.text))) : undefined);
    const who = sm ? actor(ctx.lex, sm) : undefined;
    let j = k + 1;
    // (the place of custody named itself: `في مخيم الهول`, `في مخيمي الهول وروج`, `في سجن غويران`; bugs36)
    const places = named ?? (toks[j] && !inside.has(toks[j]!.norm) ? (ctx.lang === 'ar' ? firstPlaces(placesFrom(ctx, k), () => placesFrom(ctx, k + 1)) : []) : placesFrom(ctx, j + 1));
    if (!who || !/^(country|armed_group)$/.test(who.kind) || !places.length) continue;
    for (const where of places) if (where.entity !== who.entity) controlled(ctx, before, v, v + 1, who, where);
    j++;
  }
}

/**
 * `وتخضع محافظة درعا لسيطرة الحكومة السورية` (the finite verb of `الخاضعة لسيطرة`, VSO: the place between the verb and
 * the control noun, the holder after it): the holder is deployed in the place, at publication (gold rule 13).
 */
export function subjectToControl(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  // (cues.csv `control_noun`: the control noun after `تخضع X`, `لسيطرة`, `لنفوذ`)
  const control = cueWords(ctx.lex, 'control_noun');
  for (const c of ctx.byKind.get('recipient') ?? []) {
    // (a date phrase between is not counted: `تخضع محافظة درعا منذ صيف عام 2018 لسيطرة …`)
    const dated = (k: number) => /^(منذ|في|عام|العام|صيف|شتاء|ربيع|خريف|مطلع|اواخر|اوايل|منتصف)$/.test(toks[k]!.norm) || /^\d+$/.test(toks[k]!.norm) || s.dates.some((d) => d.start <= toks[k]!.start && toks[k]!.end <= d.end);
    let k = c.tok1;
    for (let n = 0; k < toks.length && n <= 4 && !control.has(toks[k]!.norm); k++) if (!dated(k)) n++;
    if (!control.has(toks[k]?.norm ?? '') || ctx.byKind.get('negation')?.some((n) => n.tok1 <= c.tok0 && c.tok0 - n.tok1 <= 1)) continue;
    const where = s.mentions.find((m) => m.tok0 >= c.tok1 && m.tok1 <= k && (m.kind === 'place' || m.kind === 'country'));
    // (past a faction head, `لسيطرة فصائل «X»`: factionheadar.ts, np47)
    const h0 = pastFactionHeadAr(ctx, k + 1);
    const hm = s.mentions.find((m) => m.tok0 === h0 || (m.tok0 === h0 + 1 && /^[«"]$/.test(toks[h0]!.text)));
    const who = hm ? actor(ctx.lex, hm) : undefined;
    if (!where || !who || !/^(country|armed_group|organization)$/.test(who.kind)) continue;
    controlled(ctx, before, c.tok0, k + 1, who, where);
    // (list36, diagnosis-batch31 #66: every holder of a list, `لسيطرة القوات التركية و«الجيش الوطني السوري»`)
    for (const m of groupFrom(s.mentions, s.mentions.indexOf(hm!)).slice(1)) {
      const a = actor(ctx.lex, m);
      if (a && /^(country|armed_group|organization)$/.test(a.kind) && a.entity !== who.entity && a.entity !== where.entity) controlled(ctx, before, c.tok0, k + 1, a, where);
    }
  }
}

/**
 * `منطقة منبج في شمال سوريا، الخاضعة لسيطرة «قسد»`, "Manbij in northern Syria, held by the SDF": a control clause after
 * a place and its locative describes the place the locative locates (the head, A of "A in B"), not B.
 */
export function appositeControl(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (let j = before; j < ctx.out.length; j++) {
    const r = ctx.out[j]!;
    if (r.relation !== 'deployed_in' || r.evidence.start !== s.start) continue;
    const B = s.mentions.find((m) => m.start - s.start === r.evidence.targetSpan[0] && m.entity === r.target);
    if (!B || !/^[,،]$/.test(toks[B.tok1]?.text ?? '')) continue;
    const T = s.triggers.find((x) => x.tok0 === B.tok1 + 1 && x.patterns[0]!.relation === 'deployed_in' && x.patterns[0]!.voice === 'passive');
    const p = prepOf(ctx, B);
    if (!T || !p || !/^(in|في)$/.test(p)) continue;
    const at = toks[B.tok0 - 1]?.norm === p ? B.tok0 - 1 : B.tok0;
    const A = s.mentions.find((m) => m.tok1 === at && m.kind === 'place' && m.entity !== r.target);
    if (!A || toldHere(ctx, 'deployed_in', r.source, A.entity)) continue;
    ctx.out[j] = relationRecord(r.source, r.relation, A.entity, r.date, r.dateSource, { ...r.evidence, targetSpan: [A.start - s.start, A.end - s.start] }, r.attrs);
    if (ctx.stative.has(r)) ctx.stative.add(ctx.out[j]!);
  }
}

// Words refusing or conditioning an act before it ("has ruled out a withdrawal", `مرهون بإعلان … الانسحاب`).
// (WITHHOLD_BEFORE: the `withhold_word` word cue of data/lexicon/cues.csv, branch words31)
// A withdrawal made a condition, after it ("a Turkish withdrawal cannot be a precondition for talks").
// (CONDITION_AFTER: the `condition_noun` word cue of data/lexicon/cues.csv, branch words31)

/** The actor of a withheld withdrawal: its own subject, else the nearest state or group before it (past a pronoun: the first). */
function withdrawer(ctx: Ctx, W: Trigger): Mention | undefined {
  const { s } = ctx;
  const ok = (m: Mention | undefined) => {
    const a = m ? actor(ctx.lex, m) : undefined;
    return a && /^(country|armed_group)$/.test(a.kind) ? a : undefined;
  };
  const own = (W.patterns[0]!.pos === 'verb' ? verbArgs(ctx, W, true).subj : nounArgs(ctx, W).subj)?.map(ok).find((x) => !!x);
  if (own) return own;
  let k0 = 0;
  for (let k = W.tok0 - 1; k >= 0; k--) if (/^[,،;]$/.test(s.tokens[k]!.text) && !/^(لكنها|لكنه|but)$/.test(s.tokens[k + 1]?.norm ?? '')) break;
  else k0 = k;
  // ("لكنها ترفض الانسحاب", "but it refuses to withdraw": the sentence's first state or group subject)
  const pron = s.cues.some((c) => c.tok0 >= k0 && c.tok1 <= W.tok0 && c.cues.some((x) => x.kind === 'pronoun') && /^(لكنها|it)$/.test(s.tokens[c.tok0]!.norm));
  const cands = s.mentions.filter((m) => m.tok1 <= W.tok0 && !prepOf(ctx, m) && ok(m));
  const m = pron ? cands[0] : cands.filter((x) => x.tok0 >= k0).at(-1);
  if (m) return ok(m);
  // ("إن بلاده لن تسحب قواتها": his country, the country of the person named before)
  const oc = ctx.byKind.get('own_country')?.find((c) => c.tok1 <= W.tok0);
  if (oc) {
    const p = s.mentions.filter((x) => x.tok1 <= oc.tok0 && x.kind === 'person').at(-1);
    const c = p ? ctx.lex.entities.get(p.entity)?.country : undefined;
    const e = c ? ctx.lex.entities.get(c) : undefined;
    if (e) return mention(oc.tok0, oc.tok1, oc.start, oc.end, e.id, e.kind, 'anaphor', false, '');
  }
  return undefined;
}

/**
 * A withdrawal refused or made a condition presupposes the presence (gold rule 13): "Ankara has ruled out a
 * withdrawal", `تكرر أنقرة أنها لا تنوي سحب قواتها`, `لن تسحب قواتها من شمال سوريا`, `لكنها ترفض الانسحاب من X`, "would
 * meet Erdogan only when Turkey is ready to withdraw its forces from Syria", `مرهون بإعلان أنقرة استعدادها للانسحاب`, "a
 * Turkish withdrawal cannot be a precondition": the one who would withdraw is deployed in the place after من/from, else
 * in the state of the speaker (the one who sets the condition), else in the country where the
 * article last had it deployed; at the sentence's date. Not for a withdrawal done, planned or demanded (demandedWithdrawal).
 */
export function withheldWithdrawal(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  const mine = ctx.out.slice(before);
  for (const W of s.triggers) {
    if (!W.patterns.some((q) => q.relation === 'withdrew_from')) continue;
    if (mine.some((r) => r.relation === 'withdrew_from' && r.evidence.start === s.start)) continue;
    const refused = toks.slice(Math.max(0, W.tok0 - 4), W.tok0).some((t) => cueWords(ctx.lex, 'withhold_word').has(t.norm));
    const conditioned = toks.slice(W.tok1, W.tok1 + 4).some((t) => cueWords(ctx.lex, 'condition_noun').has(t.norm)) && s.cues.some((c) => c.tok0 >= W.tok1 && c.tok0 - W.tok1 <= 2 && c.cues.some((x) => x.kind === 'negation'));
    if (!refused && !conditioned && !isNegated(ctx, W) && !isHypothetical(ctx, W)) continue;
    // ("Turkish forces must withdraw": an obligation is a demand, read by the demand frames with its speaker)
    if (ctx.byKind.get('obligation')?.some((c) => c.tok1 <= W.tok0 && W.tok0 - c.tok1 <= 3)) continue;
    const who = withdrawer(ctx, W);
    if (!who) continue;
    if (mine.some((r) => (r.relation === 'urged' && r.target === who.entity) || (r.relation === 'deployed_in' && r.source === who.entity))) continue;
    let place: Mention | null | undefined = withdrawnFrom(ctx, W, who.entity);
    // ("from the area": no place we know; a far "from" is another phrase's: "as long as it sees a threat from X")
    if (place === null && toks.slice(W.tok1, W.tok1 + 3).some((t) => /^(from|من)$/.test(t.norm))) continue;
    if (!place) {
      // the state of the speaker who sets the condition: "Assad said he would meet Erdogan only when Turkey …", `أكد
      // المقداد أن أي لقاء …`
      const c = ctx.attributedTo ? stateOf(ctx, ctx.attributedTo) : undefined;
      const at = c ? s.mentions.find((m) => m.entity === ctx.attributedTo || actor(ctx.lex, m)?.entity === ctx.attributedTo) : undefined;
      if (c && at && c !== who.entity) place = mentionOf(at, c, 'country');
      // (with no report attributed: the sentence's first actor when it is a person, `اتهم المقداد …، وأكد أن …`)
      const first = s.mentions.find((m) => m.tok1 <= W.tok0 && !prepOf(ctx, m) && !!actor(ctx.lex, m));
      const fc = !place && first?.kind === 'person' ? stateOf(ctx, first.entity) : undefined;
      if (first && fc && fc !== who.entity) place = mentionOf(first, fc, 'country');
    }
    if (!place) {
      // else the country where the article last had it deployed
      const last = [...ctx.out.slice(0, before)].reverse().find((r) => r.relation === 'deployed_in' && r.source === who.entity);
      const e = last ? ctx.lex.entities.get(last.target) : undefined;
      const c = e ? (e.kind === 'country' ? e : ctx.lex.entities.get(e.country ?? '')) : undefined;
      if (c) place = mention(W.tok0, W.tok1, W.start, W.end, c.id, c.kind, 'anaphor', false, '');
    }
    if (!place || place.entity === who.entity) continue;
    emit(ctx, cueTrigger(W, pattern), 'deployed_in', who, place, {}, true);
  }
}

const OCCUPATION = /^[وبلف]*(ال)?(احتلال)$|^occupation$/;

/** A country's demonym at token k that the mentions stage kept for no state organ ("the Turkish occupation"). */
function demonymAt(ctx: Ctx, k: number): Mention | undefined {
  const t = ctx.s.tokens[k];
  if (!t || ctx.inMention[k]) return undefined;
  const e = demonymCountries(ctx.lex, ctx.lang, t.norm)[0];
  return e ? mention(k, k + 1, t.start, t.end, e.id, 'country', 'demonym', false, '') : undefined;
}

/**
 * (solo58) Arabic: the definite nisba at token k, `التركية`, `الروسي`, as a mention of its country (the lexicon's
 * demonyms are written bare and with ة, the token normalised with ال and ه), when no mention covers it.
 */
export function definiteDemonymAr(ctx: Ctx, k: number): Mention | undefined {
  const t = ctx.s.tokens[k];
  if (!t || ctx.inMention[k] || !t.norm.startsWith('ال')) return undefined;
  const bare = t.norm.slice(2);
  const e = demonymCountries(ctx.lex, 'ar', bare)[0] ?? (bare.endsWith('ه') ? demonymCountries(ctx.lex, 'ar', `${bare.slice(0, -1)}ة`)[0] : undefined);
  return e ? mention(k, k + 1, t.start, t.end, e.id, 'country', 'demonym', false, '') : undefined;
}

const NO_COUNTRIES: readonly LexEntity[] = [];
const demonymIndex = new WeakMap<Lexicon, { ar: Map<string, LexEntity[]>; en: Map<string, LexEntity[]> }>();
/**
 * The countries of the lexicon, in its order, with a demonym of `lang` that lower-cased is `norm`: an index made once per
 * lexicon (its entities are fixed once loaded), instead of every country's demonyms lower-cased at every token asked.
 */
function demonymCountries(lex: Lexicon, lang: 'ar' | 'en', norm: string): readonly LexEntity[] {
  let index = demonymIndex.get(lex);
  if (!index) {
    index = { ar: new Map(), en: new Map() };
    for (const e of lex.entities.values()) {
      if (e.kind !== 'country') continue;
      for (const [l, ds] of [['ar', e.demonyms_ar], ['en', e.demonyms_en]] as const) {
        const byWord = index[l];
        for (const d of ds) {
          const w = d.toLowerCase();
          const list = byWord.get(w);
          if (!list) byWord.set(w, [e]);
          else if (list[list.length - 1] !== e) list.push(e);
        }
      }
    }
    demonymIndex.set(lex, index);
  }
  return index[lang].get(norm) ?? NO_COUNTRIES;
}

/**
 * A criticised presence named as a noun is presence (gold rule 13): "the Turkish occupation (of northern Syria)", "US
 * occupation forces in eastern Syria", `الاحتلال التركي لأراضٍ سورية`, `قوات الاحتلال الأمريكي في شرق سوريا`: the state
 * of the demonym next to the noun is deployed in the place after of/in/ل/في, else in the place the sentence names, else
 * in the speaker's state ("legitimise the Turkish occupation," Assad told …) or another state the sentence names; at
 * publication (a standing state).
 */
export function occupationPresence(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  // (the noun first: most sentences have none, and the pattern is looked up only for one that has)
  let pattern: Pattern | undefined;
  if (!(sentenceWords(ctx) & W_OCCUPATION)) return;
  for (let k = 0; k < toks.length; k++) {
    const norm = toks[k]!.norm;
    if (!(norm.endsWith('احتلال') || norm === 'occupation') || !OCCUPATION.test(norm)) continue;
    pattern ??= verbPattern(ctx, 'deployed_in');
    if (!pattern) return;
    const dem =
      (ctx.lang === 'en'
        ? s.mentions.find((m) => m.tok1 === k || (m.tok1 === k + 1 && m.tok0 < k))
        : s.mentions.find((m) => m.tok0 === k + 1 && m.via === 'demonym') ?? s.mentions.find((m) => m.tok0 > k && m.tok0 - k <= 2 && m.via === 'demonym' && s.mentions.some((x) => x.tok0 <= k && x.tok1 > k))) ??
      demonymAt(ctx, ctx.lang === 'en' ? k - 1 : k + 1);
    const who = dem ? actor(ctx.lex, dem) : undefined;
    if (!dem || !who || who.kind !== 'country' || (ctx.lang === 'en' && dem.tok1 !== k && dem.via !== 'demonym' && !isPossessive(ctx, dem))) continue;
    if (ctx.out.slice(before).some((r) => r.relation === 'deployed_in' && r.source === who.entity)) continue;
    const placeLike = (m: Mention) => (m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country') && actor(ctx.lex, m)?.entity !== who.entity;
    const from = Math.max(k + 1, dem.tok1);
    let end = from;
    while (end < toks.length && end - from < 5 && !BOUNDARY_TEXT.test(toks[end]!.text)) end++;
    let place: Mention | undefined = s.mentions.find((m) => m.tok0 >= from && m.tok0 < end && placeLike(m));
    if (place && place.kind !== 'place') place = actor(ctx.lex, place);
    // the place the sentence names (a region, a city), else the speaker's state or another state named
    // (not a capital standing for its state with no preposition, the actor of another relation: `وتطالب دمشق …، وتتهمها
    // بالتعاون مع «الاحتلال الأميركي»`; diagnosis-batch26 §4 #61)
    place ??= s.mentions.find((m) => m.kind === 'place' && m !== dem && (!ctx.lex.entities.get(m.entity)?.stands_for || !!prepOf(ctx, m)));
    if (!place) {
      const c = ctx.attributedTo ? stateOf(ctx, ctx.attributedTo) : undefined;
      const at = c ? s.mentions.find((m) => m.entity === ctx.attributedTo) : undefined;
      if (c && at) place = mentionOf(at, c, 'country');
    }
    if (!place) {
      const m = s.mentions.find((x) => x !== dem && stateOf(ctx, x.entity) !== undefined && stateOf(ctx, x.entity) !== who.entity);
      const c = m ? stateOf(ctx, m.entity) : undefined;
      if (m && c) place = mentionOf(m, c, 'country');
    }
    if (!place || place.entity === who.entity) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern), 'deployed_in', who, place, {}, true);
    atPublication(ctx, n);
  }
}

/**
 * An occupation named by its occupier is presence (gold rule 13): "the Israeli-occupied Golan Heights", "Israel-occupied
 * territory", `الجولان الذي تحتله إسرائيل`, `الأراضي التي تحتلها تركيا`: the occupier is deployed in the place, at
 * publication (a standing state). "The occupied Golan", `الجولان المحتل` name no occupier and give nothing.
 */
export function occupiedPlaces(ctx: Ctx, before: number): void {
  for (let k = 1; k < ctx.s.tokens.length; k++) {
    const found = occupiedAt(ctx, k);
    const occupier = found ? actor(ctx.lex, found.who) : undefined;
    if (!found || occupier?.kind !== 'country') continue;
    const who = found.who.entity === occupier.entity ? found.who : mentionOf(found.who, occupier.entity, 'country');
    controlled(ctx, before, k, k + 1, who, found.place);
  }
}

/** The occupier and the place of an occupation word at token k ("Israeli-occupied", `الذي تحتله`), if both are named. */
function occupiedAt(ctx: Ctx, k: number): { who: Mention; place: Mention } | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let who: Mention | undefined;
  let place: Mention | undefined;
  if (ctx.lang === 'en' && toks[k]!.norm === 'occupied' && toks[k - 1]!.text === '-') {
    // ("the Israeli-occupied Golan Heights", "Israel-occupied land": the first part of the compound, the place right after;
    // the lexicon may name the place with the adjective: "occupied Golan")
    who = ms.find((m) => m.tok1 === k - 1) ?? demonymAt(ctx, k - 2);
    place = ms.find((m) => (m.tok0 === k + 1 || m.tok0 === k) && m.kind === 'place');
  } else if (ctx.lang === 'ar' && /^(تحتله|تحتلها)$/.test(toks[k]!.norm) && /^(الذي|التي)$/.test(toks[k - 1]!.norm)) {
    // (`الجولان الذي تحتله إسرائيل`: the place before the relative pronoun, the occupier right after the verb)
    who = ms.find((m) => m.tok0 === k + 1);
    place = ms.find((m) => m.tok1 === k - 1 && m.kind === 'place');
  }
  return who && place ? { who, place } : undefined;
}

/** The prepositions of the place forces are in ("troops in Iraq", "forces at al-Tanf", `قوات في سوريا`, `داخل سوريا`). */
const FORCES_IN = /^(in|at|inside|across|near|around|في|داخل|قرب)$/;
/** The edge of a place after "on"/`على` ("positions on the outskirts of Aleppo", `مواقع على أطراف حلب`). */
// (and a front line, `مواقع لفصائل «الجيش الوطني» على خطوط التماس قرب مدينة الباب`, "positions on the front line near X": np32)
// (EDGE: the `edge_word` word cue of data/lexicon/cues.csv, branch words31)

// The second word of a front line (`خطوط التماس`, `خط الجبهة`, "front line"), passed on the way to its place; np32.
// (FRONT_TAIL: the `front_tail` word cue of data/lexicon/cues.csv, branch words31)

/** A locative at token k: a FORCES_IN preposition, or "on (the)"/`على` before an edge word. */
function locativeAt(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  const t = toks[k]?.norm ?? '';
  if (FORCES_IN.test(t)) return true;
  // (np44: "a Syrian army checkpoint south of Mayadin", "positions west of P": a compass word and "of"; Arabic a compass
  // word before a place head, `نقطة للجيش السوري جنوب مدينة الميادين`)
  if ((toks[k + 1]?.norm === 'of' || (toks[k]?.arabic && hasCue(ctx, k + 1, 'place_head'))) && cueWords(ctx.lex, 'compass').has(t)) return true;
  if (t !== 'on' && t !== 'علي') return false;
  let e = toks[k + 1]?.norm === 'the' ? k + 2 : k + 1;
  // (np46: a compass word on the edge, "army positions on the western outskirts of Aleppo")
  if (ctx.lang === 'en' && cueWords(ctx.lex, 'compass').has(toks[e]?.norm ?? '')) e++;
  // (np46: Arabic the edge word with its article and the compass after it, `على الأطراف الغربية لمدينة حلب`)
  const w = toks[e]?.norm ?? '';
  return cueWords(ctx.lex, 'edge_word').has(ctx.lang === 'ar' && w.startsWith('ال') ? w.slice(2) : w);
}

/**
 * m stands inside an English relative clause set off by commas that closes before token `at` ("Russia, which along with
 * Iran is Assad's main ally, said … its bases": "its" is the antecedent's, not the clause's name); bugs33.
 */
function inClosedRelative(ctx: Ctx, m: Mention, at: number): boolean {
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  let open = -1;
  for (let k = m.tok0 - 1; k >= 1 && m.tok0 - k <= 8; k--) {
    if (toks[k]!.text === ',' || BOUNDARY_TEXT.test(toks[k]!.text)) break;
    if (/^(which|who)$/.test(toks[k]!.norm) && toks[k - 1]!.text === ',') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = m.tok1; k < at && k - m.tok1 <= 10; k++) if (toks[k]!.text === ',') return true;
  return false;
}

/**
 * The owners of forces named by a possessive or suffix pronoun at head `c` ("its/their positions", `مواقعها`,
 * `مواقعهما`, `قواعدهم`). Positions an attacker fires from ("shelled villages from its positions near X", `انطلاقاً من
 * مواقعها`) are the doers' of the attacks the sentence told before them, each member of a list. Else the nearest state
 * or armed group named before the head with no preposition (a person, a possessor, a compound's first part passed over),
 * with the list it closes — the English singular "its" the one named last. Past an attack with no "from", the pronoun
 * names another's ("Israel struck its positions"): nothing.
 */
function pronounOwners(ctx: Ctx, c: { tok0: number; tok1: number }, before: number): Mention[] {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let one = false;
  let at = c.tok0;
  if (ctx.lang === 'en') {
    const w = toks[c.tok0 - 1]?.norm;
    if (w !== 'its' && w !== 'their') return [];
    one = w === 'its';
    at = c.tok0 - 1;
  } else if (!/(ها|هما|هم)$/.test(toks[c.tok1 - 1]?.norm ?? '') || ctx.inMention[c.tok1 - 1]) return [];
  const armed = (m: Mention) => {
    const a = actor(ctx.lex, m);
    return a && (a.kind === 'country' || a.kind === 'armed_group') ? a : undefined;
  };
  const from = /^(from|من)$/.test(toks[at - 1]?.norm ?? '');
  const attacks = ctx.out.slice(before).filter((r) => r.relation === 'attacked' && r.evidence.start < toks[at]!.start);
  if (from && attacks.length) {
    const doers: Mention[] = [];
    for (const m of ms) {
      const a = m.tok1 <= at ? armed(m) : undefined;
      if (a && attacks.some((r) => r.source === a.entity) && !doers.some((x) => x.entity === a.entity)) doers.push(a);
    }
    return doers;
  }
  let i = -1;
  for (let j = ms.length - 1; j >= 0 && i < 0; j--) {
    const m = ms[j]!;
    // (np46: "factions of X" stands for X, "Turkish-backed factions of the SNA had fired … from their positions")
    if (m.tok1 <= at && armed(m) && (m.conj || factionOf(ctx, m) || (!prepOf(ctx, m) && !isPossessive(ctx, m) && !compoundPart(ctx, m))) && !(one && inClosedRelative(ctx, m, at))) i = j;
  }
  if (i < 0) return [];
  const group = one ? [ms[i]!] : groupTo(ms, i);
  if ((prepOf(ctx, group[0]!) && !factionOf(ctx, group[0]!)) || isPossessive(ctx, group[0]!)) return [];
  const owners: Mention[] = [];
  for (const m of group) {
    const a = armed(m);
    if (a) owners.push(a);
  }
  const attack = ctx.s.triggers.some((x) => x.patterns[0]!.relation === 'attacked' && x.tok0 >= ms[i]!.tok1 && x.tok1 <= at);
  return attack && !from ? [] : owners;
}
/** Words that may stand between forces and their locative: "US troops remain in", "its officers are in", "are also in". */
const FORCES_LINK = /^(are|is|were|was|remain|remains|remained|still|also|currently|now|elsewhere)$/;

/** A count before forces: "roughly 900", "about 2,500", "some", "several thousand" (digits, "estimated", cues.csv `count_word_en`). */
function forcesCount(ctx: Ctx, w: string): boolean {
  return /^\d[\d,.]*$/.test(w) || w === 'estimated' || cueWords(ctx.lex, 'count_word_en').has(w);
}

/** The state (a country) whose forces head at token k: a demonym or name right before it ("American", "Turkey's"), or "its". */
function forcesOwner(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  // ("Turkey's forces", "US forces": the mentions stage may take the head into the state's name)
  const m = ctx.s.mentions.find((x) => x.tok1 === k || (x.tok1 === k + 1 && x.tok0 < k));
  // (a state, or an armed group's positions and fighters: "SDF positions", "Hezbollah fighters")
  if (m) {
    const a = actor(ctx.lex, m);
    // (not the group's own name ending in the head: "the Syrian Democratic Forces in the northeast")
    return a && (a.kind === 'country' || (a.kind === 'armed_group' && m.tok1 === k)) ? a : undefined;
  }
  // ("its roughly 900 troops in Syria", "their 2,500 soldiers": a count between the pronoun and the forces; ref34)
  let j = k - 1;
  while (j > 0 && k - j <= 3 && forcesCount(ctx, toks[j]!.norm)) j--;
  if (j < k - 1 && /^(its|their)$/.test(toks[j]!.norm) && !ctx.inMention[j]) return countedForcesOwner(ctx, j);
  if (!/^(its|their)$/.test(toks[k - 1]?.norm ?? '') || !hasCue(ctx, k - 1, 'own_organ')) return undefined;
  const g = anaphorAt(ctx, k - 1)?.group;
  const one = g?.length === 1 ? actor(ctx.lex, g[0]!) : undefined;
  return one?.kind === 'country' ? one : undefined;
}

/**
 * The owner of Arabic forces at cue `c`, after the head: the mentions stage's own phrase (`القوات الأميركية`), a demonym
 * or genitive right after it (`قوات تركية`, `مقاتلي الوحدات الكردية`), or `لـX` (`مواقع لحزب العمال`); a state or an
 * armed group. `end` is the token after the owner.
 */
function forcesOwnerAr(ctx: Ctx, c: { tok0: number; tok1: number }): { who: Mention; end: number } | undefined {
  const ms = ctx.s.mentions;
  const m = ms.find((x) => x.tok0 <= c.tok0 && x.tok1 > c.tok0);
  if (m) {
    const a = actor(ctx.lex, m);
    return a && (a.kind === 'country' || a.kind === 'armed_group') ? { who: a, end: m.tok1 } : undefined;
  }
  const own = holderAr(ctx, c.tok1, false);
  if (own) return own;
  // (a group's kind noun between the head and its holder, `خلايا تنظيم «داعش» في`, `مواقع لفصائل «الجيش الوطني» في`,
  // `عناصر جماعة X في`: the holder after the kind noun, np32)
  const kind = kindNounAt(ctx, c.tok1);
  if (kind) return holderAr(ctx, c.tok1 + 1, false);
  // ("عناصر من «حزب العمال الكردستاني» في شمال العراق", `11 عنصراً من X وY في A وB`: people of the group, gold rule 13, np31)
  if (ctx.s.tokens[c.tok1]?.norm === 'من' && (hasCue(ctx, c.tok0, 'partitive') || cueWords(ctx.lex, 'member_head').has(ctx.s.tokens[c.tok0]!.norm))) return holderAr(ctx, c.tok1 + 1, false);
  // (an affiliation, hedged or not, before the holder: `منشآت قالت إنها تابعة للوحدات الكردية`, `مواقع تابعة لإيران`)
  const toks = ctx.s.tokens;
  let j = c.tok1;
  // (what a depot holds between it and the affiliation, gold rule 19e: `مستودعات صواريخ تابعة لـ«حزب الله»`; cues.csv
  // `stock_noun`, rule19)
  if (cueWords(ctx.lex, 'stock_noun').has(toks[j]?.norm ?? '') && cueWords(ctx.lex, 'holding_head').has(toks[c.tok0]?.norm ?? '')) j++;
  if (cueWords(ctx.lex, 'saying_verb').has(toks[j]?.norm ?? '') && /^(انها|انه|انهم)$/.test(toks[j + 1]?.norm ?? '')) j += 2;
  // (or the holder right after the complementizer, with لـ: `مواقع تقول إنها لإيران`)
  if (j > c.tok1 && !cueWords(ctx.lex, 'subordinate_ar').has(toks[j]?.norm ?? '')) return holderAr(ctx, j, false);
  if (!cueWords(ctx.lex, 'subordinate_ar').has(toks[j]?.norm ?? '')) return undefined;
  return holderAr(ctx, j + 1, false);
}

/**
 * Arabic: a group's kind noun (cues.csv `group_noun`: `تنظيم`, `فصائل`, `جماعة`), bare or with `لـ` (`لفصائل`), at token k
 * and outside a name; np32.
 */
function kindNounAt(ctx: Ctx, k: number): boolean {
  const t = ctx.s.tokens[k];
  if (!t || ctx.inMention[k]) return false;
  const words = cueWords(ctx.lex, 'group_noun');
  return words.has(t.norm) || (t.norm.startsWith('ل') && words.has(t.norm.slice(1)));
}

/** Opening marks and the separate `لـ` before an Arabic holder's name (`مواقع لـ«قسد»`, `ولـ«وحدات حماية الشعب»`). */
const HOLDER_OPEN = /^(«|\(|"|لـ|ل|ولـ|ول)$/;

/**
 * The Arabic holder named at token k, a state or an armed group, genitive or with `لـ` (`مواقع «قسد»`, `مواقع لحزب
 * العمال`), or with `ولـ` when `and` (a second holder: `… في شمال العراق ولوحدات حماية الشعب في شمال سوريا`); `end` is the
 * token after it, past a closing mark and an adjective (`«وحدات حماية الشعب» الكردية`).
 */
export function holderAr(ctx: Ctx, k: number, and: boolean): { who: Mention; end: number } | undefined {
  const toks = ctx.s.tokens;
  let j = k;
  while (j < toks.length && j - k < 2 && HOLDER_OPEN.test(toks[j]!.text) && (and || !toks[j]!.text.startsWith('و'))) j++;
  const opened = j > k;
  const m = ctx.s.mentions.find((x) => x.tok0 === j && (and ? x.clitics === 'ول' || (opened && x.clitics === '') : x.clitics === '' || x.clitics === 'ل'));
  if (!m || (and && !opened && !m.conj)) return undefined;
  const a = actor(ctx.lex, m);
  if (!a || (a.kind !== 'country' && a.kind !== 'armed_group')) return undefined;
  let end = m.tok1;
  if (/^(»|\)|")$/.test(toks[end]?.text ?? '')) end++;
  if (/^ال\S+(ية|يه|ي)$/.test(toks[end]?.norm ?? '') && !ctx.s.mentions.some((x) => x.tok0 === end)) end++;
  return { who: a, end };
}

/**
 * The holders named after English forces at token k, "of" a state or an armed group or a list of them ("positions of the
 * Kurdistan Workers' Party (PKK) and the People's Protection Units (YPG)"); `end` is the token after the last.
 */
function holdersOf(ctx: Ctx, k0: number): { who: Mention[]; end: number } | undefined {
  const toks = ctx.s.tokens;
  // ("facilities belonging to the PKK")
  const k = toks[k0]?.norm === 'belonging' && toks[k0 + 1]?.norm === 'to' ? k0 + 1 : k0;
  if (toks[k]?.norm !== 'of' && k === k0) return undefined;
  const j = toks[k + 1]?.norm === 'the' ? k + 2 : k + 1;
  const ms = ctx.s.mentions;
  let i = ms.findIndex((m) => m.tok0 === j || m.tok0 === k + 1);
  if (i < 0) return undefined;
  // ("of the SDF-affiliated Asayish": the compound's first part qualifies the holder named after it)
  if (compoundPart(ctx, ms[i]!) && ms[i + 1]?.tok0 === ms[i]!.tok1 + 2) i++;
  const who: Mention[] = [];
  let end = j;
  for (const m of groupFrom(ms, i)) {
    const a = actor(ctx.lex, m);
    if (!a || (a.kind !== 'country' && a.kind !== 'armed_group')) break;
    who.push(a);
    end = m.tok1;
  }
  // (the group's own kind noun after its name: "the Islamic State group in", "the Syrian National Army factions near", np32)
  const kinds = cueWords(ctx.lex, 'group_noun');
  if (!ctx.inMention[end] && (kinds.has(toks[end]?.norm ?? '') || kinds.has((toks[end]?.norm ?? '').replace(/s$/, '')))) end++;
  // (an abbreviation in brackets after a name: "the Kurdistan Workers' Party (PKK)")
  // (the mention may end before its closing bracket)
  if (toks[end]?.text === ')') end++;
  while (toks[end]?.text === '(' && toks[end + 2]?.text === ')') end += 3;
  return who.length ? { who, end } : undefined;
}

/** A state named by one of its bodies, not its land (`الجيش السوري`, "the Syrian army": a `state_head` word in the mention). */
function bodyOfState(ctx: Ctx, m: Mention): boolean {
  if (m.kind === 'place') return false;
  for (let k = m.tok0; k < m.tok1; k++) if (hasCue(ctx, k, 'state_head') && !hasCue(ctx, k, 'place_head')) return true;
  return false;
}

/** The places from token k on (a list: "in Syria and Iraq", `في سوريا والعراق`), past compass words and place heads. */
export function placesFrom(ctx: Ctx, k: number): Mention[] {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let reach = 4;
  let light = 0;
  for (let j = k; j < toks.length && j - k <= reach; j++) {
    const i = ms.findIndex((x) => x.tok0 === j);
    // (a country's place: "in Syria's Idlib province" is in Idlib)
    const nx = i >= 0 ? ms[i + 1] : undefined;
    if (nx && isPossessive(ctx, ms[i]!) && nx.kind === 'place' && nx.tok0 - ms[i]!.tok1 <= 1) {
      j = nx.tok0 - 1;
      continue;
    }
    if (i >= 0) {
      const out: Mention[] = [];
      for (const m of groupFrom(ms, i)) {
        const w = m.kind === 'place' ? m : actor(ctx.lex, m);
        // ("controls much of Lebanon's airspace": a country's possession is no place of it)
        if (!w || (w.kind !== 'place' && w.kind !== 'country') || isPossessive(ctx, m)) break;
        out.push(w);
      }
      return out;
    }
    const t = toks[j]!.norm;
    // (np40, gold rule 19d: a village or town the lexicon does not know, right after its place head, then the region it
    // lies in: `قرب قرية الدردارة في ريف تل تمر`, `في محيط بلدة جورين بريف حماة`: the region)
    if (reach === 4) {
      const u = unknownPlaceName(ctx, j);
      if (u > j) {
        reach = u - k + 4;
        j = u - 1;
        continue;
      }
    }
    // (`إلى قاعدة الشدادي`: a one-word military site right after the preposition, then the place's name; bugs35)
    const site = j === k && toks[j]!.arabic && !!ctx.byKind.get('military')?.some((c) => c.tok0 === j && c.tok1 === j + 1);
    // (np46: Arabic edge and compass words with their article and agreement, `على الأطراف الغربية لمدينة حلب`)
    const bare = toks[j]!.arabic && t.startsWith('ال') ? t.slice(2).replace(/يه$/, 'ي') : t;
    if (!(t === 'the' || t === 'and' || site || cueWords(ctx.lex, 'place_adjacent').has(t) || cueWords(ctx.lex, 'compass').has(bare) || cueWords(ctx.lex, 'edge_word').has(bare) || cueWords(ctx.lex, 'held_gap').has(t) || hasCue(ctx, j, 'place_head') || cueWords(ctx.lex, 'edge_word').has(t) || cueWords(ctx.lex, 'front_tail').has(t))) return [];
    // (np44: "the" and "of" do not count, up to three of them: "on the outskirts of the town of Jasim")
    if ((t === 'the' || t === 'of') && light++ < 3) reach++;
  }
  return [];
}

/**
 * np40, Arabic: at j, one or two words of a place name the lexicon does not know (no mention, no cue, no trigger), right
 * after a place head (`قرية`, `بلدة`), followed by a locative (`في`, past a comma) or by a mention carrying the locative
 * clitic ب (`بريف حماة`): the token after the name and its locative word (where the region's search goes on), else -1.
 * (English names after "the village of" are discovered as places of their own, so they never reach here.)
 */
function unknownPlaceName(ctx: Ctx, j: number): number {
  const toks = ctx.s.tokens;
  const headAt = (x: number) => hasCue(ctx, x, 'place_head') && !ctx.inMention[x];
  if (ctx.lang !== 'ar' || !headAt(j - 1)) return -1;
  const free = (x: number) => !!toks[x] && !ctx.inMention[x] && !ctx.cueAt.get(x)?.cues.length && !ctx.s.triggers.some((t) => t.tok0 <= x && x < t.tok1) && toks[x]!.arabic && toks[x]!.norm !== 'في';
  if (!free(j)) return -1;
  let e = j + 1;
  if (free(e)) e++;
  if (toks[e]?.text === '،' || toks[e]?.text === ',') e++;
  if (toks[e]?.norm === 'في') return e + 1;
  if (ctx.inMention[e] && /^ب/.test(toks[e]!.norm)) return e;
  // (np44: then a compass word, `في بادية الشولا جنوب غرب مدينة دير الزور`: the place it points from, rule 19d)
  if (cueWords(ctx.lex, 'compass').has(toks[e]?.norm ?? '')) return e;
  return -1;
}

/**
 * Arabic: the place a locative pronoun right after a presence verb stands for, when the forces follow it (`وتسيطر «قسد»
 * على ريف تل تمر، فيما تنتشر فيه نقاط للجيش السوري`): the last place named before the verb in the sentence (np31).
 */
function pronounPlaceBefore(ctx: Ctx, head: number): Mention | undefined {
  const toks = ctx.s.tokens;
  // (list36, diagnosis-batch31 #44: an adverb of addition between the pronoun and the forces, `وتنتشر فيها أيضاً نقاط لـX`)
  if (ctx.lang === 'ar' && cueWords(ctx.lex, 'also_adverb').has(toks[head - 1]?.norm ?? '')) head--;
  if (ctx.lang !== 'ar' || !/^(فيه|فيها|به|بها)$/.test(toks[head - 1]?.norm ?? '')) return undefined;
  const verb = head - 2;
  if (!ctx.s.triggers.some((x) => x.tok1 === verb + 1 && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === 'deployed_in')) return undefined;
  for (let i = ctx.s.mentions.length - 1; i >= 0; i--) {
    const m = ctx.s.mentions[i]!;
    if (m.tok1 > verb) continue;
    return (m.kind === 'place' || m.kind === 'country') && m.via !== 'anaphor' ? m : undefined;
  }
  return undefined;
}

/**
 * The heads of a group's people (cues.csv `member_head`: "militants", "members", "cells", "remnants", `عنصراً`, `خلايا`)
 * not inside a name and not already a `military` cue: "11 militants of the PKK and the YPG in northern Iraq", "IS cells
 * in the Badia", `11 عنصراً من X وY في A وB` read as forces are (forcesInPresence). Not after a word of custody or kin ("families of IS members in",
 * "IS members held in": the latter has no locative right after the head).
 */
function memberHeads(ctx: Ctx): { tok0: number; tok1: number }[] {
  const words = cueWords(ctx.lex, 'member_head');
  // (a group's holdings are read as its people are: "IS hideouts in the Syrian desert", `معاقل «الهيئة» في إدلب`, np33)
  const holding = cueWords(ctx.lex, 'holding_head');
  const out: { tok0: number; tok1: number }[] = [];
  const toks = ctx.s.tokens;
  if (!hasWordCue(ctx, 'member_head') && !hasWordCue(ctx, 'holding_head')) return out;
  const kin = cueWords(ctx.lex, 'member_kin');
  for (let k = 0; k < toks.length; k++) {
    if (!(words.has(toks[k]!.norm) || holding.has(toks[k]!.norm)) || ctx.inMention[k] || hasCue(ctx, k, 'military')) continue;
    // ("families of IS members", "wives and children of suspected militants": people held or kin, not the group's presence)
    if (ctx.s.tokens.slice(Math.max(0, k - 5), k).some((t) => words.has(t.norm) === false && kin.has(t.norm))) continue;
    out.push({ tok0: k, tok1: k + 1 });
  }
  return out;
}

/**
 * Presence told as a noun phrase (gold rule 13), both languages: forces (the `military` cues: troops, forces, bases,
 * advisers, `قوات`, `جنود`, `قاعدة`, `مستشارون` …) with their owner — a demonym or possessor before them in English ("the
 * Russian military in Syria", "the roughly 2,500 American troops in Iraq", "Turkey's forces", "its troops"), a demonym,
 * genitive or `لـX` after them in Arabic (`القوات الأميركية في سوريا والعراق`, `مقاتلي الوحدات الكردية في تل رفعت`) — and a
 * locative (in/at/inside, `في`/`داخل`, past "are"/"remain") with a place or a list of places: the owner is deployed in each
 * place, whatever frame the phrase stands in (a subject, an object, the complement of a noun). A standing state: at
 * publication, also when another act hits them ("attacks on US forces in Iraq", `قصف مواقع لـ«قسد» في`). Not when
 * negated ("no US troops in Syria"), nor when the sentence states that presence already.
 */
export function forcesInPresence(ctx: Ctx, before: number): void {
  const toks = ctx.s.tokens;
  // (places of custody with their keeper are held like positions: "Islamic State camps in central Syria", `سجون «قسد» في الحسكة`)
  const custody: { tok0: number; tok1: number }[] = [];
  for (const k of custodyAt(ctx)) if (!ctx.inMention[k]) custody.push({ tok0: k, tok1: k + 1 });
  const military = ctx.byKind.get('military');
  // (people of a group, gold rule 13: "militants / members / cells / remnants of X in Y", "11 PKK militants in", np31)
  const people = memberHeads(ctx);
  // ("Turkey said its troops in Idlib …", "any attack on its troops in Iraq and Syria": an English `own_organ` span's head
  // word, its "its" read by forcesOwner; ref34)
  const own = ctx.lang === 'en' ? mapped(ctx.byKind.get('own_organ') ?? [], (c) => ({ tok0: c.tok1 - 1, tok1: c.tok1 })) : [];
  if (!military?.length && !custody.length && !people.length && !own.length) return;
  const heads = [...(military ?? []), ...custody, ...people, ...own].sort((a, b) => a.tok0 - b.tok0);
  for (const c of heads) {
    let who: Mention | undefined;
    let end = c.tok1;
    // (more holders after "of": "positions of the PKK and the YPG in northern Syria" — each with each place)
    let also: Mention[] = [];
    let pron = false;
    if (ctx.lang === 'en') {
      who = forcesOwner(ctx, c.tok0);
      // (np55: a head of two military words, "a US military base near Rmelan", "US military advisers in Iraq": the place
      // follows the second)
      if (who) for (let x = military?.find((h) => h.tok0 === end); x; x = military?.find((h) => h.tok0 === end)) end = x.tok1;
      if (!who) {
        // (pres38: past a closing quote on the head, '"neutralised" five "terrorists" of the PKK and YPG in')
        const o = holdersOf(ctx, /^["”’']$/.test(toks[c.tok1]?.text ?? '') ? c.tok1 + 1 : c.tok1);
        if (o) [who, also, end] = [o.who[0], o.who.slice(1), o.end];
        // (the holder's own head after its name: "a checkpoint of the Asayish security forces near X")
        const tail = o ? military?.find((x) => x.tok0 >= end && x.tok0 <= end + 1 && x.tok1 <= end + 2) : undefined;
        if (tail) end = tail.tok1;
      }
      // ("Russia has kept forces in Syria since 2015, with troops at the Hmeimim air base": the clause's subject, its
      // first state named with no preposition)
      if (!who && toks[c.tok0 - 1]?.norm === 'with') {
        const m = ctx.s.mentions.find((x) => x.tok1 <= c.tok0 && !prepOf(ctx, x) && actor(ctx.lex, x)?.kind === 'country');
        who = m ? actor(ctx.lex, m) : undefined;
      }
    } else {
      const o = forcesOwnerAr(ctx, c);
      if (o) [who, end] = [o.who, Math.max(o.end, c.tok1)];
      // (a list of holders joined by و before the place: `مواقع لحزب العمال الكردستاني ووحدات حماية الشعب في شمال العراق`)
      while (who) {
        let j = end;
        // (list36, diagnosis-batch31 #93: a group's fighters as the next holder, `القوات التركية وفصائل «الجيش الوطني»`:
        // a joined partitive head, cues.csv `partitive`, before the name)
        if (/^و/.test(toks[j]?.norm ?? '') && !ctx.inMention[j] && hasCue(ctx, j, 'partitive') && j + 1 < toks.length) j++;
        if (toks[j]?.text === '«' || toks[j]?.text === 'و«') j++;
        // (np37: a separate و before the quote, `مواقع للجيش التركي و«الجيش الوطني السوري» في`)
        // (slot37: `و` and `«` as two tokens, `للجيش التركي و«الجيش الوطني»`)
        else if (toks[j]?.text === 'و' && toks[j + 1]?.text === '«') j += 2;
        const nx = ctx.s.mentions.find((x) => x.tok0 === j && x.conj);
        const a = nx ? actor(ctx.lex, nx) : undefined;
        if (!nx || !a || (a.kind !== 'country' && a.kind !== 'armed_group') || a.entity === who.entity) break;
        also.push(a);
        end = nx.tok1 + (/^(»|\)|")$/.test(toks[nx.tok1]?.text ?? '') ? 1 : 0);
      }
    }
    // (a pronoun owner: "from its positions near X", `انطلاقاً من مواقعها في محيط X`, `مواقعهما`)
    if (!who) {
      const g = pronounOwners(ctx, c, before);
      if (g.length) [who, also, pron] = [g[0], g.slice(1), true];
    }
    if (!who) continue;
    // (people or forces carried in a vehicle that is hit are victims, no presence, gold rule 19c, branch rule19: "a vehicle
    // carrying members of the SDF on the outskirts of Qamishli", "a car transporting three SDF fighters near", `سيارة تقل
    // عناصر من «قسد» قرب`; cues.csv `conveyed_word` up to three words before the phrase, past a number, "the", "some")
    if (conveyedBefore(ctx, Math.min(c.tok0, who.tok0))) continue;
    // (np44: a convoy, patrol or bus of the forces that an attack hits, hitvehicle.ts)
    if (hitVehicle(ctx, Math.min(c.tok0, who.tok0), end)) continue;
    // (a holding lost is no presence, as the gold of batches 13-27 reads it: "IS lost its last stronghold in Syria in
    // 2019", `رغم خسارته آخر معاقله في الباغوز`; np33)
    if (lostHolding(ctx, c.tok0)) continue;
    // (kin of the group's people are no presence of it: `عائلات عناصر تنظيم «داعش» في مخيم الهول`, np33)
    if (ctx.lang === 'ar' && cueWords(ctx.lex, 'member_kin').has(toks[c.tok0 - 1]?.norm ?? '')) continue;
    // (a unit named before في and the forces is a part of them, "عناصر من «الفرقة الرابعة» في قوات النظام على أطراف طفس":
    // the unit's presence, not the parent body's)
    if (ctx.lang === 'ar' && toks[c.tok0 - 1]?.norm === 'في' && hasCue(ctx, c.tok0, 'state_head') && ctx.s.mentions.some((m) => m.tok1 === c.tok0 - 1 || (m.tok1 === c.tok0 - 2 && /^(»|\))$/.test(toks[c.tok0 - 2]!.text)))) continue;
    let k = end;
    // (a stationing participle between the forces and their place: "US forces stationed at", "troops, based in",
    // `القوات الأمريكية المتمركزة في`, `المنتشرة في`)
    const stationed = cueWords(ctx.lex, 'stationed_participle');
    // (or of lurking, np33: "IS cells hiding in", "militants operating in", "holed up in", `خلايا تنظيم «داعش» النشطة في`,
    // `المتحصنة في`; past a comma too: "IS members, still hiding in")
    const lurk = cueWords(ctx.lex, 'lurk_participle');
    if (toks[k]?.text === ',' && (stationed.has(toks[k + 1]?.norm ?? '') || lurk.has(toks[k + 1]?.norm ?? ''))) k++;
    while (k < toks.length && k - end < 3 && (FORCES_LINK.test(toks[k]!.norm) || stationed.has(toks[k]!.norm) || lurk.has(toks[k]!.norm))) k++;
    // (a backing or loyalty participle on the holder, `مواقع لـ«قسد» المدعومة من واشنطن في ريف الحسكة`; robust40a)
    if (k === end) k = pastBackingParticiple(ctx, k);
    // (the holder's unnamed partners between it and the place: `مواقع تابعة لإيران وحلفائها في سوريا`)
    if (ctx.lang === 'ar' && /^و\S+(ها|ه)$/.test(toks[k]?.norm ?? '') && !ctx.inMention[k] && FORCES_IN.test(toks[k + 1]?.norm ?? '')) k++;
    // ("فيما تنتشر فيه نقاط للجيش السوري": the place is the pronoun before the forces, after a presence verb, np31)
    // (`القوات التركية شمال سوريا`, `الوجود الأمريكي شرق الفرات`: an Arabic place told by a bare compass adverb right
    // after the forces is their locative; np32)
    const bare = ctx.lang === 'ar' && !locativeAt(ctx, k) && cueWords(ctx.lex, 'compass').has(toks[k]?.norm ?? '') && ctx.s.mentions.some((m) => m.tok0 === k && m.kind === 'place');
    const back = locativeAt(ctx, k) || bare ? undefined : pronounPlaceBefore(ctx, c.tok0);
    // (forces arriving are there: "US reinforcements arrived at the Shaddadi base", `وصلت قافلة تعزيزات عسكرية أمريكية،
    // أمس الإثنين، إلى قاعدة الشدادي`; the arrival verb after the forces or right before them, past a comma and a date,
    // "to"/`إلى` a locative; pred31, diagnosis-batch27 #63)
    if (!back && !bare && !locativeAt(ctx, k)) {
      const a = arrivalDestination(ctx, c.tok0, k);
      if (a < 0) continue;
      k = a;
    }
    const from = pron ? c.tok0 - (ctx.lang === 'en' ? 1 : 0) : Math.min(who.tok0, c.tok0);
    // ("no US troops in", `لا توجد قوات إيرانية في`: a negation up to two words before)
    if (/^(no|not|without)$/.test(toks[from - 1]?.norm ?? '') || ctx.byKind.get('negation')?.some((n) => n.tok1 <= from && from - n.tok1 <= 1)) continue;
    // (the genitive of a relation noun is that noun's: "the deployment of Russian forces in", `انتشار القوات الحكومية في`)
    // (not an attack noun's on an armed group's positions: `بقصف مواقع لـ«الجيش الوطني» قرب رأس العين`, "the shelling of
    // SDF positions near X" hit positions that are there)
    // (np37: nor a state's positions, `باستهداف مواقع للجيش التركي في محيط تل أبيض`: cues.csv `struck_site`)
    const site = cueWords(ctx.lex, 'struck_site').has(toks[c.tok0]!.norm);
    // (slot37: nor an Arabic attack noun's on a state's positions named after their head, `باستهداف مواقع للجيش التركي
    // و«الجيش الوطني» في محيط تل أبيض`: the positions hit are there, as gold rule 13 reads any forces hit)
    const hitHead = ctx.lang === 'ar' && from === c.tok0 && who.tok0 > c.tok0 && hasCue(ctx, c.tok0, 'place_head');
    if (ctx.s.triggers.some((x) => x.patterns[0]!.pos === 'noun' && !(x.patterns[0]!.relation === 'attacked' && (who!.kind === 'armed_group' || site || hitHead)) && (x.tok1 === from || (x.tok1 === from - 1 && toks[from - 1]!.norm === 'of')))) continue;
    // (forces an attack hits are still forces there, gold rule 13: "attacks on US forces in Iraq", "killed three American
    // soldiers in Jordan", `هجوماً على مواقع القوات الحكومية في`: the attack and the presence both)
    for (let at = k, holders = [who, ...also]; holders.length; ) {
      const places = back ? [back] : placesFrom(ctx, at + (bare && at === k ? 0 : 1));
      for (const holder of holders) {
        for (const where of places) {
          // (a place anaphor is the place of a presence told this way only as a place of a kind, "IS cells in the province",
          // or as "the area", `المنطقة`, of an armed group's members (ref44: "IS cells in the area", `خلايا التنظيم في
          // المنطقة`; not "the region", a wider one, nor a state's forces, "US forces in the area", often the wider region))
          // (nor a state named by a body: `دمج عناصرها في الجيش السوري` joins an army, it is in no place)
          if ((where.via === 'anaphor' && !kindAnaphor(ctx, where) && !(areaAnaphor(ctx, where) && ctx.lex.entities.get(holder.entity)?.kind === 'armed_group')) || where.entity === holder.entity || stateOf(ctx, where.entity) === holder.entity || bodyOfState(ctx, where)) continue;
          controlled(ctx, before, c.tok0, c.tok1, holder, where);
        }
      }
      // (Arabic, each holder with its own place: `مواقع لحزب العمال في شمال العراق ولوحدات حماية الشعب في شمال سوريا`)
      const last = places.length && ctx.lang === 'ar' ? Math.max(...places.map((p) => p.tok1)) : -1;
      const next = last >= 0 ? holderAr(ctx, last, true) : undefined;
      // (pres38, English likewise: "12 militants of the PKK in northern Iraq and of the YPG in northern Syria")
      const lastEn = places.length && ctx.lang === 'en' ? Math.max(...places.map((p) => p.tok1)) : -1;
      const nextEn = lastEn >= 0 && toks[lastEn]?.norm === 'and' && toks[lastEn + 1]?.norm === 'of' ? holdersOf(ctx, lastEn + 1) : undefined;
      if (nextEn && FORCES_IN.test(toks[nextEn.end]?.norm ?? '')) {
        [at, holders] = [nextEn.end, nextEn.who];
        continue;
      }
      if (!next || !FORCES_IN.test(toks[next.end]?.norm ?? '')) break;
      [at, holders] = [next.end, [next.who]];
    }
  }
}

/**
 * The token of the destination preposition of forces that arrive (cues.csv `arrival`), or -1: the verb right after the
 * forces phrase (ending at k, "reinforcements arrived at") or right before its head (VSO, `وصلت قوات … إلى`, a kind noun
 * `قافلة`/`رتل` between), then commas, fillers and dates up to "to"/"at"/"in"/`إلى`/`في`.
 */
function arrivalDestination(ctx: Ctx, head: number, k: number): number {
  const toks = ctx.s.tokens;
  let j = k;
  if (hasCue(ctx, j, 'arrival')) j++;
  else {
    let h = head - 1;
    if (ctx.lang === 'ar' && /^(قافله|رتل|دفعه)$/.test(toks[h]?.norm ?? '')) h--;
    if (h < 0 || !hasCue(ctx, h, 'arrival')) return -1;
  }
  const dates = ctx.s.dates;
  for (let n = 0; j < toks.length && n < 8; n++) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === '،' || /^(on|yesterday|today|late|early)$/.test(t.norm)) j++;
    else {
      const d = dates.find((x) => x.start <= t.start && t.start < x.end);
      if (!d) break;
      while (j < toks.length && toks[j]!.start < d.end) j++;
    }
  }
  return /^(to|at|in|into|الي|في)$/.test(toks[j]?.norm ?? '') ? j : -1;
}

// The bare Arabic verbal nouns of expulsion that are also past verbs (read as nouns only after a preposition).
// (EXPEL_BARE: the `expel_bare` word cue of data/lexicon/cues.csv, branch words31)
// Words that may stand between the one expelled and "out of"/"from"/`من` ("drive PKK militants from", `مقاتلي`).
// (EXPELLED_GAP: the `expelled_gap` word cue of data/lexicon/cues.csv, branch words31)

/**
 * An expulsion presupposes the presence (gold rule 13), whatever frame it stands in (a threat, a demand, a plan, an
 * operation's purpose): "vowed to drive the YPG out of Manbij", "to push PKK militants from Tal Rifaat", `لوّح بعملية
 * لإخراج الوحدات الكردية من تل رفعت ومنبج`, `تطالب أنقرة بإخراج X من Y` — the one expelled (a state or an armed group, the
 * object right after the word, cues.csv `expel_word`) is deployed in each place after out of / from / `من`, at
 * publication. Not negated; an expulsion told with a pronoun (`طردت «داعش» منها`) names no place and gives nothing.
 */
/**
 * A past expulsion told by a verbal noun after "since"/"after" (`منذ طرد تنظيم «داعش» منها`, `بعد إخراج الوحدات الكردية
 * من`, "since driving IS out of Manbij"): the clause's subject (its first actor named with no preposition before the
 * word) attacked the one expelled (a state or an armed group right after the word), dated by the sentence; pred31,
 * diagnosis-batch27 #34.
 */
export function pastExpulsion(ctx: Ctx): void {
  const toks = ctx.s.tokens;
  // (the guard first: most sentences have none of these words)
  if (!hasWordCue(ctx, 'past_event_prep') || (!hasWordCue(ctx, 'expel_word') && !hasWordCue(ctx, 'expel_bare'))) return;
  const words = cueWords(ctx.lex, 'expel_word');
  const after = cueWords(ctx.lex, 'past_event_prep');
  const holders = cueWords(ctx.lex, 'holder_verb');
  const bare = cueWords(ctx.lex, 'expel_bare');
  const pattern = verbPattern(ctx, 'attacked');
  if (!words.size || !pattern) return;
  for (let k = 1; k < toks.length - 1; k++) {
    // (the preposition before first: one set lookup before the two of the word)
    if (!after.has(toks[k - 1]!.norm)) continue;
    if (!words.has(toks[k]!.norm) && !bare.has(toks[k]!.norm)) continue;
    const x = expelledAfter(ctx, k);
    if (!x) continue;
    const { om, who } = x;
    if ((ctx.byKind.get('negation') ?? []).some((c) => c.tok1 <= k && c.tok1 >= k - 3)) continue;
    // (only when the clause tells the subject's hold on the place, cues.csv `holder_verb`: "has held Manbij since driving IS
    // out", `تسيطر … منذ طرد`; forces "deployed since IS was expelled" need not have expelled it)
    if (!toks.slice(0, k - 1).some((t) => holders.has(t.norm.replace(/^[وف](?=...)/, '')))) continue;
    const doer = ctx.s.mentions.find((m) => m.tok1 < k && !prepOf(ctx, m) && !isPossessive(ctx, m) && actor(ctx.lex, m) && /^(country|armed_group)$/.test(actor(ctx.lex, m)!.kind));
    const d = doer ? actor(ctx.lex, doer) : undefined;
    if (!doer || !d || d.entity === who.entity) continue;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern), 'attacked', doer, om, {}, false);
  }
}

/**
 * Control regained, told by an Arabic verbal noun with its doer and a pronoun for the place (`وتشهد محافظة درعا توتراً
 * منذ استعادة الحكومة السيطرة عليها في تموز 2018`): the doer (the genitive right after the noun, cues.csv `regain_noun`)
 * is deployed in the sentence's first place named before the noun, which `عليها`/`عليه` stands for; dated by the sentence
 * (pred31, diagnosis-batch27 #18). A place named after `على` is the verb's and the noun's own reading.
 */
export function regainedControl(ctx: Ctx): void {
  if (ctx.lang !== 'ar' || !ctx.byKind.has('regain_noun')) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (const c of ctx.byKind.get('regain_noun')!) {
    const doer = ms.find((m) => m.tok0 === c.tok1);
    const who = doer ? actor(ctx.lex, doer) : undefined;
    if (!doer || !who || !/^(country|armed_group)$/.test(who.kind)) continue;
    if (!/^(السيطره|سيطرتها|سيطرته)$/.test(toks[doer.tok1]?.norm ?? '') || !/^(عليها|عليه)$/.test(toks[doer.tok1 + 1]?.norm ?? '')) continue;
    const where = ms.find((m) => m.tok1 <= c.tok0 && m.kind === 'place');
    if (!where || where.entity === who.entity) continue;
    emit(ctx, cueTrigger({ tok0: c.tok0, tok1: c.tok1, start: toks[c.tok0]!.start, end: toks[c.tok1 - 1]!.end }, pattern), 'deployed_in', doer, where, {}, true);
  }
}

/** Kinds of group a place is taken from, between `من`/"from" and the name (`من تنظيم «داعش»`, "from the Kurdish YPG militia"). */
const TAKEN_FROM_GAP = /^(the|تنظيم|جماعه|حركه|ميليشيا|ميليشيات|فصايل|قوات|«|")$/;

/**
 * "Turkish troops and allied Syrian fighters seized Afrin from the Kurdish YPG militia", `استعادت القوات الحكومية الميادين
 * من التنظيم في تشرين الأول 2017`, `انتزعت «قسد» من التنظيم آخر معاقله` (pred29, diagnosis-batch26 §6 fix 2): a place
 * captured, retaken or freed (cues.csv `capture_verb`) from an armed group or a body is an attack on it by each
 * subject of the verb (verbArgs: VSO, SVO, a list, a carried subject), whatever stands between the verb and `من`/"from"
 * in its clause (the place, a date, "control of"); not negated. A state it was taken from is history, no attack ("Israel
 * captured the Golan Heights from Syria in 1967", held-out batch 25 gold).
 */
export function capturedFrom(ctx: Ctx): void {
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'capture_verb');
  const landWords = cueWords(ctx.lex, 'taken_land');
  const pattern = words.size ? verbPattern(ctx, 'attacked') : undefined;
  if (!pattern || !hasWordCue(ctx, 'capture_verb', true)) return;
  for (let k = 0; k < toks.length - 2; k++) {
    // (a proclitic و/ف read off without a regex: this runs for every token of every sentence)
    const n = toks[k]!.norm;
    if (!words.has(n) && !((n.charCodeAt(0) === 0x648 || n.charCodeAt(0) === 0x641) && words.has(n.slice(1)))) continue;
    // (the words of names do not count: "seized the border towns of Ras al-Ain and Tal Abyad from the YPG"; solo49)
    let f = k + 1;
    // (nor a list's comma between two names: "seized Afrin, Jinderes and Rajo from the YPG")
    const listComma = (j: number) => ctx.inMention[j - 1] && ctx.inMention[j + 1] && /^[,،]$/.test(toks[j]!.text);
    for (let free = 0; f < toks.length && free < 8 && toks[f]!.norm !== 'from' && toks[f]!.norm !== 'من' && (!BOUNDARY_TEXT.test(toks[f]!.text) || listComma(f)); f++) if (!ctx.inMention[f]) free++;
    if (f >= toks.length || (toks[f]!.norm !== 'from' && toks[f]!.norm !== 'من')) continue;
    // (what was taken is land: a place named between, a word of territory or control, or nothing, `انتزعت من التنظيم آخر
    // معاقله`; not "seized weapons from", `استعادت مقعد سوريا من`)
    const land = f === k + 1 || ctx.s.mentions.some((m) => m.tok0 > k && m.tok1 <= f && m.kind === 'place') || toks.slice(k + 1, f).some((t) => landWords.has(t.norm));
    if (!land) continue;
    let j = f + 1;
    while (j < toks.length && j - f <= 3 && TAKEN_FROM_GAP.test(toks[j]!.norm)) j++;
    // (the one it was taken from: a mention right there, past a kind of group and a demonym, "the Kurdish YPG")
    const om = ctx.s.mentions.find((m) => m.tok0 > f && m.tok0 <= j + 1 && m.via !== 'demonym');
    const who = om ? actor(ctx.lex, om) : undefined;
    if (!om || !who || !/^(armed_group|organization)$/.test(who.kind) || isPossessive(ctx, om)) continue;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    if (isNegated(ctx, v) || isHypothetical(ctx, v)) continue;
    // (English passive and object relative, solo49: "Raqqa … was captured from the group by the SDF in October 2017", "Raqqa
    // city, which the SDF captured from the Islamic State in 2017": the captor after "by", the place the passive's subject
    // or the relative's antecedent)
    const held = ctx.lang === 'en' && f === k + 1 ? takenPlaceEn(ctx, k, om) : undefined;
    const subj = held?.captors ?? verbArgs(ctx, v, true).subj ?? [];
    for (const a of subj) if (held || a.tok1 <= k || a.tok0 < f) emit(ctx, v, 'attacked', a, om, {}, false);
    // (gold rule 19f, rule19: the place taken, named between the verb and from, is the loser's presence and the captor's,
    // dated as the capture: the first date of the clause after the verb)
    // ("has kept troops in Afrin since seizing the district from the YPG": a definite land word alone between the verb
    // and from, "the district", "the town", is the place named last before the verb in the sentence; slot36)
    const pi = ctx.s.mentions.findIndex((m) => m.tok0 > k && m.tok1 <= f && m.kind === 'place' && m.via !== 'anaphor');
    const place = ctx.s.mentions[pi] ?? held?.place ?? (f === k + 3 && toks[k + 1]!.norm === 'the' && landWords.has(toks[k + 2]!.norm) ? ctx.s.mentions.filter((m) => m.tok1 <= k && m.kind === 'place' && m.via !== 'anaphor').pop() : undefined);
    // (past a list's commas, the date after "from": "seized Afrin, Jinderes and Rajo from the YPG in March 2018")
    const date = place ? clauseDate(ctx, k) ?? clauseDate(ctx, f) : undefined;
    if (!place || !date) continue;
    const dv = verbPattern(ctx, 'deployed_in');
    if (!dv) continue;
    const pv = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, dv);
    // (every place of a list taken: "seized Ras al-Ain and Tal Abyad from the YPG"; solo49)
    const places = pi >= 0 ? groupFrom(ctx.s.mentions, pi).filter((m) => m.kind === 'place' && m.tok1 <= f && m.via !== 'anaphor') : [place];
    for (const a of [om, ...subj.filter((x) => (held || x.tok1 <= k || x.tok0 < f) && x.kind !== 'place' && /^(country|armed_group)$/.test(actor(ctx.lex, x)?.kind ?? ''))]) for (const where of places) datedPresence(ctx, pv, a, where, date);
  }
}

/**
 * capturedFrom, English (solo49): the place and captors of a capture verb at k whose "from" follows it at once. Passive
 * ("Raqqa, once the capital of its caliphate, was captured from the group by the SDF"): the place is the sentence's
 * opening place or the one right before the auxiliary, the captors the names after "by" past the group taken from.
 * Object relative ("Raqqa city, which the SDF captured from IS"): the place is the antecedent before ", which", the
 * captors the relative's subject. undefined otherwise.
 */
function takenPlaceEn(ctx: Ctx, k: number, om: Mention): { place: Mention; captors: Mention[] } | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const isPlace = (m: Mention | undefined) => !!m && m.kind === 'place' && m.via !== 'anaphor';
  let aux = k - 1;
  if (toks[aux]?.norm === 'been' && /^(had|has|have)$/.test(toks[aux - 1]?.norm ?? '')) aux--;
  if (/^(was|were|had|has|have)$/.test(toks[aux]?.norm ?? '')) {
    const b = om.tok1;
    const by = toks[b]?.norm === 'by' ? b : toks[b + 1]?.norm === 'by' && toks[b]?.text === ')' ? b + 1 : -1;
    if (by < 0) return undefined;
    // (not a backer in the captor's modifier: "by the US-backed Syrian Democratic Forces")
    const backer = (m: Mention) => [toks[m.tok1], toks[m.tok1 + 1]].some((x) => /backed$/.test(x?.norm ?? ''));
    const i = ms.findIndex((m) => m.tok0 > by && m.tok0 - by <= 5 && !backer(m));
    const captors = i >= 0 ? groupFrom(ms, i).filter((m) => /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? '')) : [];
    const place = ms.find((m) => m.tok1 === aux) ?? (ms[0]!.tok0 <= 1 ? ms[0] : undefined);
    return isPlace(place) && captors.length ? { place: place!, captors } : undefined;
  }
  // object relative: ", which X captured from"
  let w = k - 1;
  while (w > 0 && k - w <= 6 && toks[w]!.norm !== 'which') w--;
  if (toks[w]?.norm !== 'which' || toks[w - 1]?.text !== ',') return undefined;
  const captors = ms.filter((m) => m.tok0 > w && m.tok1 <= k && /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? ''));
  let a = w - 2;
  if (a >= 0 && ctx.lex.placeKinds.has(toks[a]!.norm)) a--;
  const place = ms.find((m) => m.tok1 === a + 1);
  return isPlace(place) && captors.length ? { place: place!, captors } : undefined;
}

/**
 * The first date in the clause after token k (up to a clause boundary, a comma, or "but"/`لكن`), or undefined. With
 * `within`, the date starts within that many tokens after k; with `published`, a date after the publication date tells
 * none (controlnoun.ts, np45; one helper since mend46).
 */
export function clauseDate(ctx: Ctx, k: number, opts?: { within?: number; published?: boolean }): string | undefined {
  const toks = ctx.s.tokens;
  const last = opts?.within === undefined ? toks.length : k + opts.within;
  let j = k + 1;
  while (j < toks.length && j <= last && !BOUNDARY_TEXT.test(toks[j]!.text) && !/^(but|while|لكن|فيما|بينما)$/.test(toks[j]!.norm)) j++;
  const end = j < toks.length ? toks[j]!.start : Infinity;
  const date = ctx.s.dates.find((x) => x.start >= toks[k]!.end && x.start < end)?.date;
  return date && opts?.published && date > ctx.doc.article.date ? undefined : date;
}

/** `who deployed_in where` by trigger T, dated `date` (a loss or a capture, gold rule 19f); once per pair. */
export function datedPresence(ctx: Ctx, T: Trigger, who: Mention, where: Mention, date: string): void {
  const n = ctx.out.length;
  const a = actor(ctx.lex, who);
  if (!a || a.entity === where.entity || ctx.out.some((r) => r.evidence.start === ctx.s.start && r.relation === 'deployed_in' && r.source === a.entity && r.target === where.entity && r.date === date)) return;
  emit(ctx, T, 'deployed_in', who, where, {}, true);
  redateSince(ctx, n, date);
}

/**
 * "the SDF, which captured the last IS stronghold of Baghouz in 2019", "seized HTS positions in Sarmada": a capture verb
 * (cues.csv `capture_verb`) whose object is an armed group's stronghold or positions of/in a place puts its subject in
 * that place (the attack on the group is pred31's row); English, not negated (slot32).
 */
export function strongholdCaptured(ctx: Ctx): void {
  if (ctx.lang !== 'en') return;
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'capture_verb');
  const pattern = words.size ? verbPattern(ctx, 'deployed_in') : undefined;
  if (!pattern || !hasWordCue(ctx, 'capture_verb')) return;
  const strongholds = cueWords(ctx.lex, 'stronghold_noun');
  for (let k = 0; k < toks.length - 3; k++) {
    if (!words.has(toks[k]!.norm)) continue;
    let j = k + 1;
    while (j < toks.length && j - k <= 3 && /^(the|a|its|their|last|main|key|remaining|former)$/.test(toks[j]!.norm)) j++;
    let g = ctx.s.mentions.find((m) => m.tok0 === j);
    // ("declared the defeat of IS … after capturing its last enclave in Baghuz": "its"/"their" before the stronghold is
    // the armed group named last before the verb that is not its subject; slot36)
    if (!g && strongholds.has(toks[j]?.norm ?? '') && toks.slice(k + 1, j).some((t) => t.norm === 'its' || t.norm === 'their')) {
      const own = ctx.s.mentions.filter((m) => m.tok1 <= k && actor(ctx.lex, m)?.kind === 'armed_group' && m.via !== 'anaphor').pop();
      const vk = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
      const subj = own ? verbArgs(ctx, vk, true).subj ?? [] : [];
      if (own && subj.length && !subj.some((a) => a.entity === own.entity)) g = { ...own, tok0: j - 1, tok1: j, start: toks[j - 1]!.start, end: toks[j - 1]!.end };
    }
    if (!g || actor(ctx.lex, g)?.kind !== 'armed_group' || !strongholds.has(toks[g.tok1]?.norm ?? '')) continue;
    // (gold rule 19f, rule19: the group whose stronghold was taken was there, dated as the capture — the stronghold's place
    // and date as for a loss, "the last IS stronghold of Baghouz in 2019", "the IS stronghold, the village of Baghouz, in
    // March 2019"; a named group only, not an anaphor)
    const lost = g.via !== 'anaphor' ? lostPlaceAfter(ctx, g.tok1) : undefined;
    const place = /^(of|in|near)$/.test(toks[g.tok1 + 1]?.norm ?? '') ? ctx.s.mentions.find((m) => m.tok0 === g.tok1 + 2 && m.kind === 'place') : undefined;
    if (!place && !lost) continue;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    if (isNegated(ctx, v) || isHypothetical(ctx, v)) continue;
    if (lost) datedPresence(ctx, v, g, lost.where, lost.date);
    // ("declared the defeat of IS in March 2019 after capturing its last enclave in Baghuz": a gerund adjunct with no
    // date of its own is dated as its clause, by the last date before it; slot36)
    else if (place && g.via !== 'anaphor' && gerundAdjunctHost(ctx, v) !== undefined) {
      const d = ctx.s.dates.filter((x) => x.end <= toks[k]!.start).pop();
      if (d) datedPresence(ctx, v, g, place, d.date);
    }
    if (!place) continue;
    for (const a of verbArgs(ctx, v, true).subj ?? []) if (a.tok1 <= k && actor(ctx.lex, a)?.kind !== 'place') emit(ctx, v, 'deployed_in', a, place, {}, true);
  }
}
// (STRONGHOLD: the `stronghold_noun` word cue of data/lexicon/cues.csv, branch words31)

/**
 * The one expelled by the expulsion word at token k (expelledPresence, expulsionPlaces, pastExpulsion): the first mention
 * starting right after the word, past an article, a quote or a kind of group (`تنظيم «داعش»`), that is a state or an armed
 * group and no possessive; with `e`, the token past it and its closing quote or `expelled_gap` words.
 */
function expelledAfter(ctx: Ctx, k: number): { om: Mention; who: Mention; e: number } | undefined {
  const toks = ctx.s.tokens;
  const heads = cueWords(ctx.lex, 'group_head_expel_ar');
  let j = k + 1;
  const gap = cueWords(ctx.lex, 'expelled_gap');
  // (or its members' noun, `لطرد مقاتلي «وحدات حماية الشعب» من`, cues.csv `expelled_gap`; np36)
  while (j < toks.length && j - k <= 3 && (toks[j]!.norm === 'the' || /^[«"“]$/.test(toks[j]!.text) || heads.has(toks[j]!.norm) || (ctx.lang === 'ar' && j === k + 1 && gap.has(toks[j]!.norm)))) j++;
  const om = ctx.s.mentions.find((m) => m.tok0 > k && m.tok0 <= j);
  const who = om ? actor(ctx.lex, om) : undefined;
  if (!om || !who || !/^(country|armed_group)$/.test(who.kind) || isPossessive(ctx, om)) return undefined;
  let e = om.tok1;
  // (and, in Arabic, the group's own nisba adjective after it: `لطرد «الوحدات» الكردية من تل رفعت`; np36)
  while (e < toks.length && e - om.tok1 <= 2 && (/^[»"”]$/.test(toks[e]!.text) || gap.has(toks[e]!.norm) || nisbaAdjective(ctx, e))) e++;
  return { om, who, e };
}

/** Token k is an Arabic definite nisba adjective outside any mention (`الكردية`, `الكردي`, `المسلحة`); np36. */
function nisbaAdjective(ctx: Ctx, k: number): boolean {
  const t = ctx.s.tokens[k];
  return !!t && t.arabic && !ctx.inMention[k] && /^ال\S{2,}(ي|يه|ية|يين)$/.test(t.norm);
}

export function expelledPresence(ctx: Ctx, before: number): void {
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'expel_word');
  if (!words.size) return;
  if (!hasWordCue(ctx, 'expel_word') && !hasWordCue(ctx, 'expel_bare')) return;
  const bare = cueWords(ctx.lex, 'expel_bare');
  for (let k = 0; k < toks.length - 2; k++) {
    // (a bare Arabic verbal noun after a preposition, `إلى طرد`: the bare word is also the past verb, `طرد الجيش …`)
    if (!words.has(toks[k]!.norm) && !(bare.has(toks[k]!.norm) && /^(الي|علي|عن|في)$/.test(nth(toks, k - 1)?.norm ?? ''))) continue;
    // (the one expelled: the object right after the word, past an article, a quote or a kind of group, `تنظيم «داعش»`)
    const x = expelledAfter(ctx, k);
    if (!x) continue;
    const { who, e } = x;
    const w = toks[e]?.norm;
    const from = w === 'from' || w === 'من' ? e + 1 : w === 'out' && toks[e + 1]?.norm === 'of' ? e + 2 : -1;
    // (not negated: a negation cue within three words before the word, as for a trigger)
    if (from < 0 || (ctx.byKind.get('negation') ?? []).some((c) => c.tok1 <= k && c.tok1 >= k - 3)) continue;
    for (const where of placesFrom(ctx, from)) if (where.entity !== who.entity) controlled(ctx, before, k, e, who, where);
  }
}


/**
 * Is the holding head at token k governed by a loss word (cues.csv `loss_word`, an Arabic proclitic allowed: `وخسر`,
 * `بخسارة`), past `loss_gap` fillers ("its", "last", `آخر`), quote marks and, in Arabic, the loser's name (`خسارة تنظيم
 * «داعش» آخر معاقله`)? np33.
 */
function lostHolding(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  if (!cueWords(ctx.lex, 'holding_head').has(toks[k]?.norm ?? '')) return false;
  const loss = cueWords(ctx.lex, 'loss_word');
  const gap = cueWords(ctx.lex, 'loss_gap');
  for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
    const w = toks[j]!.norm;
    if (loss.has(w) || (ctx.lang === 'ar' && /^[وفبل]/.test(w) && loss.has(w.slice(1)))) return true;
    if (!(gap.has(w) || /^[«»"]$/.test(toks[j]!.text) || kindNounAt(ctx, j) || (ctx.lang === 'ar' && ctx.inMention[j]))) return false;
  }
  return false;
}

/** Is token j a word of a holding that can be lost or taken (cues.csv `holding_head`, `taken_land`, `stronghold_noun`)? */
function holdingWord(ctx: Ctx, j: number): boolean {
  const w = ctx.s.tokens[j]?.norm ?? '';
  return cueWords(ctx.lex, 'holding_head').has(w) || cueWords(ctx.lex, 'taken_land').has(w) || cueWords(ctx.lex, 'stronghold_noun').has(w);
}

/**
 * The holding word after token k (holdingWord, not in a name) within `reach` tokens, past `loss_gap` fillers and, after a
 * loss word (`loss`), past "from", quotes, kind nouns and Arabic names too: its token, else -1 (lostPlaces,
 * lastHoldingOwner; mend42).
 */
function holdingAfter(ctx: Ctx, k: number, reach: number, loss: boolean): number {
  const toks = ctx.s.tokens;
  const gap = cueWords(ctx.lex, 'loss_gap');
  for (let j = k + 1; j < toks.length && j - k <= reach; j++) {
    if (holdingWord(ctx, j) && !ctx.inMention[j]) return j;
    const w = toks[j]!.norm;
    if (!(gap.has(w) || (loss && (w === 'from' || /^[«»"]$/.test(toks[j]!.text) || kindNounAt(ctx, j) || (ctx.lang === 'ar' && ctx.inMention[j]))))) return -1;
  }
  return -1;
}

/**
 * The place of a lost or taken holding whose head is at token h (gold rule 19f): the first place named after it in its
 * clause — past "in"/"at"/"of"/`في`, an apposition's comma right after the head ("its last stronghold, Baghuz"), a place
 * head (`بلدة`, "the eastern village of"), a date or "to X" — the most specific one ("in Syria at Baghuz" is Baghuz).
 */
function lostPlaceAfter(ctx: Ctx, h: number): { where: Mention; date: string } | undefined {
  const toks = ctx.s.tokens;
  let country: Mention | undefined;
  let place: Mention | undefined;
  let j = h + 1;
  for (; j < toks.length && j - h <= 18; j++) {
    const t = toks[j]!;
    if (BOUNDARY_TEXT.test(t.text) && !(j === h + 1 && (t.text === ',' || t.text === '،')) && !(place && ctx.s.mentions.some((m) => m.tok1 === j && m === place)) && !(!place && country && country.tok1 === j && appositePlace(ctx, j))) break;
    if (/^(but|while|although|yet|لكن|لكنه|الا|فيما|بينما)$/.test(t.norm)) break;
    const m = ctx.s.mentions.find((x) => x.tok0 === j);
    if (!m) continue;
    const w = m.kind === 'place' ? m : actor(ctx.lex, m);
    if (w && w.kind === 'place' && w.via !== 'anaphor') place ??= w;
    // (a country only as the place of a locative, not "the US-backed SDF")
    if (w && w.kind === 'country' && !isPossessive(ctx, m) && /^(in|at|inside|في|داخل)$/.test(toks[j - 1]?.norm ?? '')) country ??= w;
    j = m.tok1 - 1;
  }
  // ("lost its last stronghold in Syria in March 2019, when the SDF captured Baghouz": the place the "when" clause has
  // taken is the holding's, the country only locates it; gold rule 19f; slot43)
  if (!place && country && j < toks.length) place = whenCaptured(ctx, j);
  const where = place ?? country;
  // (the loss's own date: the first date in its clause after the holding)
  const end = j < toks.length ? toks[j]!.start : Infinity;
  const d = ctx.s.dates.find((x) => x.start >= toks[h]!.end && x.start < end);
  return where && d ? { where, date: d.date } : undefined;
}

/**
 * An apposition naming a place right after the comma at token j that follows a lost holding's country ("in Syria, the
 * village of Baghuz, in March 2019", `في سوريا، بلدة الباغوز، في`): at most four words before the place (an article, a
 * place head, "eastern", "of"; no mention, verb or boundary), the place closed by a comma, "to", "in" or "at"; slot43.
 */
function appositePlace(ctx: Ctx, j: number): boolean {
  const toks = ctx.s.tokens;
  if (toks[j]!.text !== ',' && toks[j]!.text !== '،') return false;
  for (let k = j + 1; k < toks.length && k - j <= 5; k++) {
    const m = ctx.s.mentions.find((x) => x.tok0 === k);
    if (m) return m.kind === 'place' && m.via !== 'anaphor' && /^(,|،|to|in|at|في)$/.test(toks[m.tok1]?.norm ?? toks[m.tok1]?.text ?? '');
    if (!toks[k]!.word || BOUNDARY_TEXT.test(toks[k]!.text) || ctx.s.triggers.some((x) => x.tok0 <= k && k < x.tok1)) return false;
  }
  return false;
}

/**
 * The place a "when" clause after a loss has taken: ", when"/`، عندما`/`، حين` at token j (the comma), a capture verb
 * (cues.csv `capture_verb`) within thirteen tokens, and the first place named within five tokens after it ("when the
 * US-backed SDF captured the eastern village of Baghouz", `عندما انتزعت «قسد» بلدة الباغوز`); slot43.
 */
function whenCaptured(ctx: Ctx, j: number): Mention | undefined {
  const toks = ctx.s.tokens;
  if (toks[j]!.text !== ',' && toks[j]!.text !== '،') return undefined;
  if (!/^(when|عندما|حين|حينما|بعدما)$/.test(toks[j + 1]?.norm ?? '')) return undefined;
  for (let k = j + 2; k < toks.length && k - j <= 14; k++) {
    if (/^[.;:؛]$/.test(toks[k]!.text)) return undefined;
    if (!hasWordCueAt(ctx, k, 'capture_verb', 'conj')) continue;
    for (let q = k + 1; q < toks.length && q - k <= 6; q++) {
      if (BOUNDARY_TEXT.test(toks[q]!.text)) return undefined;
      const m = ctx.s.mentions.find((x) => x.tok0 === q);
      if (m?.kind === 'place' && m.via !== 'anaphor') return m;
    }
    return undefined;
  }
  return undefined;
}

/**
 * A lost holding is dated presence (gold rule 19f, branch rule19): "IS lost its last territory in Syria at Baghuz in March
 * 2019", "which lost its last bastion in Baghuz in 2019", "was driven from its last enclave in Syria in 2019", `خسر
 * التنظيم آخر معاقله في الباغوز عام 2019`, `رغم خسارته آخر معاقله في الباغوز` — a loss word (cues.csv `loss_word`, an Arabic
 * proclitic allowed) with a holding after it (`holding_head`, `taken_land`, `stronghold_noun`, past `loss_gap` fillers, the
 * loser's Arabic name, "from") puts the loser (the verb's subject; for a verbal noun with a pronoun, or an unresolved
 * subject, the sentence's first armed group or state named with no preposition) in the holding's place, dated as the
 * sentence dates the loss. No place or no date in the sentence: nothing (the place or the time is unknown).
 */
export function lostPlaces(ctx: Ctx, before: number): void {
  if (!ctx.s.dates.length || !hasWordCue(ctx, 'loss_word', true)) return;
  const toks = ctx.s.tokens;
  const loss = cueWords(ctx.lex, 'loss_word');
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (let k = 0; k < toks.length - 2; k++) {
    const n = toks[k]!.norm;
    if (!loss.has(n) && !(ctx.lang === 'ar' && /^[وفب]/.test(n) && loss.has(n.slice(1)))) continue;
    const h = holdingAfter(ctx, k, 8, true);
    if (h < 0) continue;
    const lost = lostPlaceAfter(ctx, h);
    if (!lost) continue;
    const { where } = lost;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    if (isNegated(ctx, v) || isHypothetical(ctx, v)) continue;
    const isActor = (m: Mention) => /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? '') && m.kind !== 'place';
    let losers = (verbArgs(ctx, v, false).subj ?? []).filter(isActor);
    if (!losers.length) {
      const m = ctx.s.mentions.find((x) => isActor(x) && !prepOf(ctx, x) && !isPossessive(ctx, x) && (x.tok1 <= k || ctx.lang === 'ar'));
      if (m) losers = [m];
    }
    for (const a of losers) {
      if (actor(ctx.lex, a)!.entity === where.entity || stated(ctx, before, actor(ctx.lex, a)!.entity, where.entity)) continue;
      const n = ctx.out.length;
      emit(ctx, v, 'deployed_in', a, where, {}, true);
      redateSince(ctx, n, lost.date);
    }
    // (slot44: the captor of the "when" clause took the holding from the loser: "lost the last of its territory in Syria in
    // March 2019, when the SDF captured the village of Baghuz" → the SDF in Baghuz and its attack on IS, both dated as the
    // loss; gold rule 19f)
    // (and, Arabic, the one at whose hands it was lost, `خسر آخر معاقله في بلدة الباغوز … على يد «قسد»`: the attack only, as
    // the pool's gold reads it)
    const captor = whenCaptor(ctx, h, where) ?? handsOf(ctx, where);
    if (!captor) continue;
    const c = actor(ctx.lex, captor)!.entity;
    const n0 = ctx.out.length;
    if (captor.tok0 < where.tok0 && c !== where.entity && !stated(ctx, before, c, where.entity)) emit(ctx, v, 'deployed_in', captor, where, {}, true);
    const att = verbPattern(ctx, 'attacked');
    if (att) for (const a of losers) {
      const e = actor(ctx.lex, a)!.entity;
      if (e !== c && !toldHere(ctx, 'attacked', c, e) && ctx.lex.entities.get(e)?.kind === 'armed_group') emit(ctx, cueTrigger(v, att), 'attacked', captor, a, {}, false);
    }
    redateSince(ctx, n0, lost.date);
  }
}

/** `على يد X` / `على أيدي X` within twelve tokens after the lost place (no boundary but a comma): X, a state or armed group. */
function handsOf(ctx: Ctx, where: Mention): Mention | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  for (let k = where.tok1; k + 1 < toks.length && k - where.tok1 <= 12; k++) {
    if (BOUNDARY_TEXT.test(toks[k]!.text) && toks[k]!.text !== '،') return undefined;
    if (toks[k]!.norm !== 'علي' || !/^(يد|ايدي)$/.test(toks[k + 1]!.norm)) continue;
    const m = ctx.s.mentions.find((x) => x.tok0 >= k + 2 && x.tok0 <= k + 3);
    return m && m.kind !== 'place' && /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? '') ? m : undefined;
  }
  return undefined;
}

/**
 * The captor of the ", when X captured P" clause that follows the holding at token h and names its place `where` (slot44):
 * the state or armed group named between "when"/`عندما`/`حين` and the capture verb (cues.csv `capture_verb`), else none.
 */
function whenCaptor(ctx: Ctx, h: number, where: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = h + 1;
  while (j < where.tok0 && !/^(when|عندما|حين|حينما|بعدما)$/.test(toks[j]!.norm)) j++;
  if (j >= where.tok0 || (toks[j - 1]?.text !== ',' && toks[j - 1]?.text !== '،')) return undefined;
  let k = j + 1;
  while (k < where.tok0 && !hasWordCueAt(ctx, k, 'capture_verb', 'conj')) k++;
  if (k >= where.tok0) return undefined;
  const ok = (x: Mention) => x.kind !== 'place' && /^(country|armed_group)$/.test(actor(ctx.lex, x)?.kind ?? '');
  // (Arabic puts the subject after the verb: `عندما انتزعت «قسد» بلدة الباغوز`)
  return ctx.s.mentions.filter((x) => x.tok0 > j && x.tok1 <= k && ok(x)).pop() ?? (ctx.lang === 'ar' ? ctx.s.mentions.find((x) => x.tok0 > k && x.tok1 <= where.tok0 && ok(x)) : undefined);
}

/**
 * The owner of a last holding (gold rule 19f; pres41): "drove Islamic State from its last enclave at Baghouz in March
 * 2019", "defeating IS in its last enclave of Baghouz in March 2019", "captured the group's last stronghold, the eastern
 * village of Baghouz, in March 2019", "the last stronghold of IS, Baghouz, in 2019", `بلدة الباغوز، آخر معاقل التنظيم، في
 * آذار/مارس 2019`, `حتى القضاء على آخر معاقله في الباغوز في آذار/مارس 2019` — "last"/`آخر` (cues.csv `last_word`) before a
 * holding (`holding_head`, `taken_land`, `stronghold_noun`, past `loss_gap` fillers) puts the holding's OWNER (not the
 * verb's subject, which lostPlaces reads) in the holding's place: a possessive name right before "last" ("the group's",
 * "IS's"), "of X"/`آخر معاقل X` after the head, or a pronoun owner ("its"/"their" before "last", an Arabic clitic on the
 * head, `معاقله`) standing for the armed group named last before it. The place is the first after the holding (as for a
 * loss), else the place in apposition right before it ("Baghouz, the last IS stronghold,"); dated as the sentence dates
 * it after the holding; nothing without a place or a date. Armed groups only.
 */
export function lastHoldingOwner(ctx: Ctx, before: number): void {
  if (!ctx.s.dates.length || !hasWordCue(ctx, 'last_word')) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  const isGroup = (m: Mention | undefined) => !!m && m.kind !== 'place' && actor(ctx.lex, m)?.kind === 'armed_group';
  for (const k of wordCueTokens(ctx, 'last_word')) {
    if (k >= toks.length - 1 || ctx.inMention[k]) continue;
    const h = holdingAfter(ctx, k, 4, false);
    if (h < 0) continue;
    let owner: Mention | undefined;
    let end = h;
    const hw = toks[h]!.norm;
    const pron = ctx.lang === 'en' ? /^(its|their)$/.test(toks[k - 1]?.norm ?? '') : /(ه|ها)$/.test(hw) && cueWords(ctx.lex, 'holding_head').has(hw.replace(/(ه|ها)$/, ''));
    // (a possessive name right before "last": "the group's last stronghold", "IS's last enclave")
    const poss = ctx.lang === 'en' ? ms.find((m) => m.tok1 === k && isPossessive(ctx, m)) : undefined;
    if (poss && isGroup(poss)) owner = poss;
    // ("the last stronghold of IS", `آخر معاقل التنظيم`, `آخر معاقل «داعش»`)
    if (!owner && !pron) {
      let j = h + 1;
      if (ctx.lang === 'en') j = toks[j]?.norm === 'of' ? j + 1 : -1;
      const m = j > h ? ms.find((x) => x.tok0 === j || (toks[j]?.text === '«' && x.tok0 === j + 1)) : undefined;
      if (m && isGroup(m)) [owner, end] = [m, m.tok1 - 1 + (toks[m.tok1]?.text === '»' ? 1 : 0)];
    }
    // (a pronoun owner: the armed group named last before it)
    if (!owner && pron) owner = ms.filter((m) => m.tok1 <= k && isGroup(m)).pop();
    if (!owner) continue;
    let lost = lostPlaceAfter(ctx, end);
    if (!lost) {
      // (the place in apposition right before: "Baghouz, the last IS stronghold,", `بلدة الباغوز، آخر معاقل التنظيم،`)
      let b = k - 1;
      if (ctx.lang === 'en' && toks[b]?.norm === 'the') b--;
      if (!/^(,|،)$/.test(toks[b]?.text ?? '')) continue;
      const place = ms.find((m) => m.tok1 === b && m.kind === 'place');
      const d = ctx.s.dates.find((x) => x.start >= toks[h]!.end);
      if (!place || !d) continue;
      lost = { where: place, date: d.date };
    }
    const a = actor(ctx.lex, owner)!;
    if (a.entity === lost.where.entity || stated(ctx, before, a.entity, lost.where.entity)) continue;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    if (isNegated(ctx, v) || isHypothetical(ctx, v)) continue;
    const n = ctx.out.length;
    emit(ctx, v, 'deployed_in', owner, lost.where, {}, true);
    redateSince(ctx, n, lost.date);
  }
}

/**
 * A past expulsion from a place is the presence of the one expelled there, dated as the expulsion (gold rule 19f,
 * branch rule19): `منذ طرد تنظيم «داعش» منها عام 2016`, `منذ أن طردت تنظيم «داعش» منها في آب/أغسطس 2016`, `من طرد التنظيم
 * منها مطلع عام 2015`, "since 2017, when they drove Islamic State out of the town". An expulsion word (cues.csv
 * `expel_past`, `expel_word`, `expel_bare`; an Arabic proclitic allowed), the one expelled right after it (a state or an
 * armed group, past an article, quotes, `group_head_expel_ar`; then `expelled_gap`), then from/out of/`من` a place or
 * the pronoun `منها`/`منه`, which stands for the last place (with its list) named before the word. Dated by the first
 * date of the clause after the place, else a date right before ", when" the expulsion; none without a date.
 */
export function expulsionPlaces(ctx: Ctx): void {
  if (!ctx.s.dates.length || !(hasWordCue(ctx, 'expel_past', true) || hasWordCue(ctx, 'expel_word', true) || hasWordCue(ctx, 'expel_bare', true))) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const words = [cueWords(ctx.lex, 'expel_past'), cueWords(ctx.lex, 'expel_word'), cueWords(ctx.lex, 'expel_bare')];
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (let k = 0; k < toks.length - 2; k++) {
    const n = toks[k]!.norm;
    const bare = ctx.lang === 'ar' && /^[وفبل]/.test(n) ? n.slice(1) : n;
    if (!words.some((w) => w.has(n) || w.has(bare))) continue;
    let x = expelledAfter(ctx, k);
    // (slot55: an English passive, "Islamic State fighters were driven out of it in 2016": the expelled before the auxiliary)
    const passive = !x && ctx.lang === 'en' ? passiveExpelled(ctx, k) : undefined;
    if (passive) x = passive;
    // (Arabic VSO, `وطردت «قسد» تنظيم «داعش» من الرقة`: the first name is the subject, the expelled the name after it; slot51)
    if (x && ctx.lang === 'ar' && !/^(من|منها|منه)$/.test(toks[x.e]?.norm ?? '')) x = expelledAfter(ctx, x.e - 1) ?? x;
    // (a named one only: an anaphor, `التنظيم`, may stand for another group of the sentence; unless the sentence names
    // that group before it, `ضد «داعش»، بعدما تمكّنت الوحدات الكردية … من طرد التنظيم منها`; slot51)
    if (!x || ((x.om.via === 'anaphor' || x.om.via === 'descriptor') && !ms.some((m) => m.tok1 <= k && m.via !== 'anaphor' && m.via !== 'descriptor' && m.entity === x!.om.entity))) continue;
    const { om, who, e } = x;
    const w = toks[e]?.norm;
    let places: Mention[] = [];
    let last = e;
    // (the place is named in the sentence, not an anaphor resolved from the story: only then has it a captor, below)
    let named = true;
    // (slot55: a dual pronoun, `منهما`, "out of them"/"from them": the pair of places named before, two or more)
    const pairFrom = w === 'منهما' ? e : (w === 'from' || w === 'out') && toks[w === 'out' ? e + 2 : e + 1]?.norm === 'them' && (w === 'from' || toks[e + 1]?.norm === 'of') ? (w === 'out' ? e + 2 : e + 1) : -1;
    if (pairFrom >= 0) {
      const g = placePairBefore(ctx, k);
      if (!g) continue;
      places = g;
      last = pairFrom;
    } else if (w === 'منها' || w === 'منه') {
      let i = -1;
      for (let x = ms.length - 1; x >= 0; x--) if (ms[x]!.tok1 <= k && ms[x]!.kind === 'place') { i = x; break; }
      if (i < 0) continue;
      while (i > 0 && ms[i]!.conj && ms[i - 1]!.kind === 'place') i--;
      places = groupFrom(ms, i).filter((m) => m.kind === 'place' && m.tok1 <= k);
    } else {
      const from = w === 'from' || w === 'من' ? e + 1 : w === 'out' && toks[e + 1]?.norm === 'of' ? e + 2 : -1;
      // ("Kobani, a mainly Kurdish town …, became a symbol … after the YPG … drove the jihadists out in January 2015": a
      // bare "out" is out of the place the sentence opens with, not a capital standing for its state; slot51)
      if (from < 0 && w === 'out' && ms[0]?.kind === 'place' && ms[0].tok0 <= 1 && ms[0].tok1 <= k && (actor(ctx.lex, ms[0])?.kind ?? 'place') === 'place') {
        places = [ms[0]];
        last = e;
      } else if (from < 0) continue;
      else {
        places = placesFrom(ctx, from).filter((m) => m.kind === 'place');
        // ("from its last enclave at Baghouz": past the owner pronoun, the last word and the holding noun, at/in; slot51)
        if (!places.length && /^(its|their)$/.test(toks[from]?.norm ?? '')) {
          let j = from + 1;
          while (j < toks.length && j - from <= 3 && (cueWords(ctx.lex, 'last_word').has(toks[j]!.norm) || cueWords(ctx.lex, 'stronghold_noun').has(toks[j]!.norm))) j++;
          if (j > from + 1 && /^(at|in)$/.test(toks[j]?.norm ?? '')) places = placesFrom(ctx, j + 1).filter((m) => m.kind === 'place');
        }
        last = places.length ? Math.max(...places.map((p) => p.tok1)) - 1 : from;
        // ("drove Islamic State out of the town": the place named before, as `منها`; cues.csv `town_of_head`)
        // (or a place anaphor there, "the city", "the town", when the sentence names its place before the verb: "Tal Abyad
        // has been held by … since a Turkish offensive drove the SDF from the town"; not a name that only modifies,
        // "Ankara-backed"; slot51)
        const anaphoric = places.length > 0 && places.every((m) => m.via === 'anaphor' && m.tok0 >= from && m.tok0 <= from + 1);
        // (slot55: or "it", "were driven out of it in 2016", the place named before)
        if ((!places.length && toks[from]?.norm === 'the' && cueWords(ctx.lex, 'town_of_head').has(toks[from + 1]?.norm ?? '')) || anaphoric || (!places.length && toks[from]?.norm === 'it')) {
          // ("it": the place the sentence opens with, "Manbij, a town west of the Euphrates, … since IS fighters were driven
          // out of it", else the last place named; slot55)
          const opening = toks[from]?.norm === 'it' && ms[0]?.kind === 'place' && ms[0].tok0 <= 1 && ms[0].tok1 <= k && (actor(ctx.lex, ms[0])?.kind ?? 'place') === 'place' ? ms[0] : undefined;
          const p = opening ?? [...ms].reverse().find((m) => m.tok1 <= k && m.kind === 'place' && m.via !== 'anaphor' && toks[m.tok1]?.text !== '-');
          if (p) [places, last] = [[p], Math.max(last, toks[from]?.norm === 'it' ? from : from + 1)];
          named = !!p;
        }
      }
    }
    if (!places.length) continue;
    if ((ctx.byKind.get('negation') ?? []).some((c) => c.tok1 <= k && c.tok1 >= k - 3)) continue;
    let date = clauseDate(ctx, last);
    if (!date) {
      const d = ctx.s.dates.find((x) => x.end <= toks[k]!.start && /^\s*,\s*when\b[^,.]{0,40}$/i.test(ctx.doc.article.text.slice(x.end, toks[k]!.start)));
      date = d?.date;
    }
    if (!date) continue;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    for (const where of places) if (where.entity !== who.entity) datedPresence(ctx, v, om, where, date);
    // (and its captor, the doer of the verb's attack on the expelled: expelcaptor.ts, slot51)
    const captors = named ? expulsionCaptors(ctx, om, k) : [];
    for (const c of captors) for (const where of places) if (where.via !== 'anaphor') datedPresence(ctx, v, c, where, date);
    // (slot55: the doer named after the place, `على يد «قسد»`, "at the hands of X", "by X" after a passive: expelpassive.ts)
    const agent = captors.length ? undefined : expulsionAgent(ctx, last, !!passive);
    const ag = agent && actor(ctx.lex, agent);
    if (!agent || !ag || ag.entity === who.entity) continue;
    for (const where of places) datedPresence(ctx, v, agent, where, date);
    const ap = who.kind === 'armed_group' ? verbPattern(ctx, 'attacked') : undefined;
    if (ap && !toldHere(ctx, 'attacked', ag.entity, who.entity)) {
      const n = ctx.out.length;
      if (emit(ctx, cueTrigger(v, ap), 'attacked', agent, om, {}, false)) redateSince(ctx, n, date);
    }
  }
}

/** Is the phrase starting at token k carried ("carrying", `تقل`: cues.csv `conveyed_word`), past a number or filler? */
function conveyedBefore(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'conveyed_word');
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const w = toks[j]!.norm;
    if (words.has(w)) return true;
    if (!(/^\d+$/.test(w) || /^(the|some|several|two|three|four|five|six|seven|eight|nine|ten|a|an)$/.test(w))) return false;
  }
  return false;
}

/**
 * `وعادت درعا إلى سيطرة الحكومة في تموز/يوليو 2018`, `عادت منبج إلى سيطرة «قسد» عام 2016`, `وكانت درعا … قد عادت إلى
 * سيطرة القوات الحكومية`: a place returned (a `regain_word`, its و/ف read off) to (`إلى`, `تحت`, or `لسيطرة`) a
 * holder's control (a `charge_noun` cue) is the holder's presence in the place, dated by the return as the English
 * "returned to government control in July 2018" (ongoingdate.ts returnedToControl). The place: the first place after the
 * verb before the control noun (VSO), else the last place before the verb; the holder: the name right after the
 * control noun (past a quote), else the bare government (`الحكومة`, `النظام`: a state_head cue with no name), the
 * place's own state. Arabic; branch bugs42a.
 */
export function returnedToControlAr(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const charge = ctx.byKind.get('charge_noun');
  if (!charge) return;
  for (let k = 0; k < toks.length; k++) {
    if (!hasWordCueAt(ctx, k, 'regain_word', 'conj')) continue;
    // the control noun within twelve words on, right after إلى/تحت (or `لسيطرة`), no other verb between but a relative's
    // (`أعادت اتفاقات التسوية التي رعتها روسيا عام 2018 درعا إلى سيطرة الحكومة`)
    const c = charge.find((x) => x.tok0 > k + 1 && x.tok0 - k <= 12 && (/^(الي|تحت)$/.test(toks[x.tok0 - 1]!.norm) || x.clitics === 'ل'));
    if (!c || s.triggers.some((x) => x.tok0 > k && x.tok1 <= c.tok0 && x.patterns[0]!.pos === 'verb' && !AR_RELATIVE.has(toks[x.tok0 - 1]?.norm ?? ''))) continue;
    let where = s.mentions.find((m) => m.tok0 > k && m.tok1 <= c.tok0 && (m.kind === 'place' || m.kind === 'country'));
    for (let i = s.mentions.length - 1; !where && i >= 0; i--) {
      const m = s.mentions[i]!;
      if (m.tok1 <= k && m.kind === 'place' && !isPossessive(ctx, m)) where = m;
    }
    if (!where || where.kind !== 'place') continue;
    const j = /^[«"“]$/.test(toks[c.tok1]?.text ?? '') ? c.tok1 + 1 : c.tok1;
    const hm = s.mentions.find((m) => m.tok0 === j);
    let who = hm ? actor(ctx.lex, hm) : undefined;
    if (!hm && j === c.tok1 && ctx.byKind.get('state_head')?.some((x) => x.tok0 === j)) {
      const country = ctx.lex.entities.get(where.entity)?.country;
      const e = country ? ctx.lex.entities.get(country) : undefined;
      if (e) who = mention(j, j + 1, toks[j]!.start, toks[j]!.end, e.id, e.kind, 'descriptor', false, '');
    }
    if (!who || !/^(country|armed_group)$/.test(who.kind) || who.entity === where.entity) continue;
    controlled(ctx, before, k, c.tok1, who, where);
  }
}
