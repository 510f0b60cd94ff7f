/**
 * Relations: discourse memory across the sentences of an article, for words that refer back to an earlier EVENT rather
 * than to the last names read:
 * - "الجانبان", "الطرفان", "البلدان", "the two sides": the participants of the last meeting, visit, reception, call or
 *   joint act (not the two ends of whatever relation came last: "… يمثل تهديداً لتركيا والعراق. وبحث الجانبان …" are
 *   still the parties of the talks); `lastEventOf`, `eventStates`, and for English `manySided`;
 * - "دانت X الهجوم", "condemned the strike", "called the raids a mistake" with no doer named on the attack: the doer of
 *   the last attack told (`Discourse`, updated by `remember`: its `recent` doer for `condemnedDoer`, both languages;
 *   its `attacker`, which also forgets the doer when a new attack is told without one, for English `definiteAttack`,
 *   `attackerOf`, `labelledAttacks`).
 * The memory is updated by findRelations after each sentence from the relations that sentence gave.
 */
import type { RelationRecord } from '../../types.ts';
import { cueHas, type Mention, mention, mentionOn, type Sentence, type Span, type Trigger } from '../doc.ts';
import type { Token } from '../normalise.ts';
import { actor, RELATIVE, hasWordCue, BOUNDARY, type Ctx, cueTrigger, firstPattern, freeWords, type Group, hasBoundary, hasCue, JOINT, kindOf, nth, prepOf, PERSON_HEAD, sentenceWords, triggerWord, verbPattern, W_ORG_HEAD, W_ORG_HEAD_CLITIC, W_OWN_TERRITORY, W_PERSON_HEAD, isPossessive, subjectActor } from './ctx.ts';
import { cueWords, hasCueWord, type LexEntity, type Lexicon, stateOf } from '../lexicon.ts';
import { isWeekday } from '../dates.ts';
import { isQuote } from '../mentions.ts';
import { normalise } from '../normalise.ts';
import { demonymEntity, verbArgs } from './args.ts';
import { namesakePlace } from './namesakeplace.ts';
import { soleKind, solePlaceOf } from './soleplace.ts';
import { overStory, salientOf, salientRegion, storyHead, storyPlace } from './storyplace.ts';
import { emit, emitAll } from './emit.ts';

/** Relations whose two ends are the parties of an event ("the two sides" of it). */
const EVENT = new Set([...JOINT, 'visited']);

/** The last relation of `records` (one sentence's) that names the two parties of an event, if any. */
export function lastEventOf(records: RelationRecord[], lex: Ctx['lex']): RelationRecord | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (hostOfTalks(records, r)) continue;
    // (a visit to a country or a place names where, not the other party: "زار سوريا" after "استقبله الأسد")
    const k = kindOf(lex, r.target);
    if (EVENT.has(r.relation) && k !== 'place' && !(r.relation === 'visited' && k !== 'person') && r.attrs?.mode !== 'planned') return r;
  }
  return undefined;
}

/**
 * The host of talks between others told in the same sentence (`محادثات استضافتها الصين بين A و B`, "talks hosted by
 * China between A and B"): its records are no event of "the two sides"; A and B are.
 */
export function hostOfTalks(records: RelationRecord[], r: RelationRecord): boolean {
  return r.relation === 'hosted' && records.some((x) => x.relation === 'met' && x.source !== r.source && x.target !== r.source && (x.source === r.target || x.target === r.target));
}

const sinceOf = new Map<string, string>();
/** The first day of the week before `published`: an attack told since then is one a condemnation may answer. */
export function attackSince(published: string): string {
  // (by publication day, computed once each: a corpus has few distinct days, and parsing and formatting
  // a date took ~7 µs, 0.5% of the 10,000-article build's profile)
  let since = sinceOf.get(published);
  if (since === undefined) {
    if (sinceOf.size > 10_000) sinceOf.clear();
    sinceOf.set(published, (since = new Date(Date.parse(published) - 7 * 86_400_000).toISOString().slice(0, 10)));
  }
  return since;
}

/**
 * An attack a condemnation later in the article may answer: done (not planned), told with its day, within the week
 * before the publication date (`since`, attackSince) — not a background attack of years ago, nor a standing state
 * dated only by the paper ("which has waged an insurgency").
 */
function recentAttack(r: RelationRecord, since: string): boolean {
  return r.relation === 'attacked' && r.attrs?.mode !== 'planned' && r.dateSource === 'text' && r.date.length === 10 && r.date >= since;
}

/**
 * "ودانت طهران الهجوم", "condemned the attack": a condemnation whose object is a definite attack noun right after the
 * verb with no doer of its own after it (`hasOwnDoer`: a demonym, a genitive, "by X") criticises the doer of the last attack
 * of the article.
 */
export function condemnedDoer(ctx: Ctx, T: Trigger, subj: Group, hasOwnDoer: (A: Trigger) => boolean): Group | undefined {
  if (!ctx.discourse.recent) return undefined;
  // (past a subject that follows the verb, with its title: "ندّد المتحدث باسم الخارجية الإيرانية ناصر كنعاني بالغارات")
  const from = Math.max(T.tok1, ...subj.filter((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 8).map((m) => m.tok1));
  let A = ctx.s.triggers.find((x) => x.tok0 >= from && freeWords(ctx, from, x.tok0) <= 1 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'));
  // (`وأدانت الخارجية السورية العملية،`: a bare definite `العملية` right after the verb and its subject, no adjective or
  // genitive of its own, before punctuation, is the attack told, as "condemned the operation" is; Arabic)
  const t = ctx.s.tokens[from];
  const op = !A && ctx.lang === 'ar' && t && /^[ب]?العمليه$/.test(t.norm) && !ctx.s.tokens[from + 1]?.word ? firstPattern(ctx.lex.patterns, 'attacked', 'ar', 'noun') : undefined;
  if (op) A = cueTrigger({ tok0: from, tok1: from + 1, start: t!.start, end: t!.end }, op);
  if (!A) return undefined;
  const w = triggerWord(ctx, A);
  // (an attack noun with a weekday of its own is definite too, `غارة الخميس`; ref36)
  const critics = subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity);
  const onDay = toldOnDay(ctx, A, critics);
  const definite = onDay !== undefined || (ctx.lang === 'ar' ? w.startsWith('ال') : /^(the|this|that|these|those)$/.test(ctx.s.tokens[A.tok0 - 1]?.norm ?? ''));
  // (a name other than the subject between the verb and the noun, or a doer on the noun, "الغارات الإسرائيلية": read by the frames)
  if (!definite || ctx.s.mentions.some((m) => m.tok0 >= from && m.tok1 <= A.tok0 && !subj.some((x) => x.tok0 === m.tok0)) || hasOwnDoer(A)) return undefined;
  if (onDay !== undefined) return onDay ? [onDay] : undefined;
  const told = toldOn(ctx, A, critics);
  if (told) return [told];
  // ("condemned the shelling": the doer of the last shelling, past air strikes by another party since; English)
  const kind = attackKind(ctx.lex, ctx.s.tokens[A.tok0]!.norm);
  // (a critic is not the doer of the kind it condemns: the recent attack then, ref42)
  const ofKind0 = kind ? ctx.discourse.byKind.get(kind) : undefined;
  const ofKind = ofKind0 && !critics.includes(ofKind0.entity) ? ofKind0 : undefined;
  const doer = (ofKind && actor(ctx.lex, ofKind)) ?? actor(ctx.lex, ctx.discourse.recent);
  if (!doer) return undefined;
  // (every doer of that act, when the one found is among them: "strikes by the United States and Britain" … "condemned
  // the strikes"; a critic who is one of them criticises the others only)
  const all = ctx.discourse.recentAll?.map((m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m);
  if (all && all.length > 1 && all.some((m) => m.entity === doer.entity)) {
    const critics = new Set(subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
    const others = all.filter((m) => !critics.has(m.entity));
    return others.length ? others.map((m) => mentionOn(m, A)) : [mentionOn(doer, A)];
  }
  return [mentionOn(doer, A)];
}

/**
 * "وأدانت واشنطن الهجوم على أبوظبي", "condemned the attack on Abu Dhabi" after a later raid by another party: an attack noun
 * that names what was struck (right after it, past a preposition and "the"), or the state a struck capital stands for, is the
 * attack the article told on it; its doer (not a critic), on the noun.
 */
function toldOn(ctx: Ctx, A: Trigger, critics: string[]): Mention | undefined {
  const gap = (m: Mention) => ctx.s.tokens.slice(A.tok1, m.tok0).filter((t) => t.word && t.norm !== 'the').length;
  const on = ctx.s.mentions.find((m) => m.tok0 >= A.tok1 && gap(m) <= 1 && m.via !== 'anaphor');
  if (!on) return undefined;
  const struck = [on.entity, ctx.lex.entities.get(on.entity)?.stands_for];
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    const e = ctx.lex.entities.get(r.source);
    if (r.relation === 'attacked' && struck.includes(r.target) && r.attrs?.mode !== 'planned' && !critics.includes(r.source) && e) return mention(A.tok0, A.tok1, A.start, A.end, e.id, e.kind, 'anaphor', false, '');
  }
  return undefined;
}

/**
 * "condemned Thursday's strike", `دانت غارة الخميس`, `الهجوم يوم الأحد` (ref36, diagnosis-batch31 #88, FP 90): an attack
 * noun with a weekday of its own (English right before it, past "'s"; Arabic right after it, past `يوم`) is the attack the
 * article told with that day: the doer of the last `attacked` record of that date, not the critic. null when the noun
 * has its day but no attack of that day was told with a doer (then it names no one: not the last attack told); undefined
 * when the noun has no day.
 */
function toldOnDay(ctx: Ctx, A: Trigger, critics: string[]): Mention | null | undefined {
  const toks = ctx.s.tokens;
  let k = -1;
  if (ctx.lang === 'en') {
    for (let j = A.tok0 - 1; j >= 0 && A.tok0 - j <= 3; j--) {
      if (isWeekday(toks[j]!.norm)) {
        k = j;
        break;
      }
      if (!(toks[j]!.text === "'s" || toks[j]!.text === '’s' || cueWords(ctx.lex, 'attack_means_word').has(toks[j]!.norm))) break;
    }
  } else {
    const j = toks[A.tok1]?.norm === 'يوم' ? A.tok1 + 1 : A.tok1;
    if (isWeekday(toks[j]?.norm ?? '')) k = j;
  }
  if (k < 0) return undefined;
  const t = toks[k]!;
  const day = ctx.s.dates.find((d) => d.start <= t.start && t.start < d.end && d.date.length === 10)?.date;
  if (!day) return undefined;
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    const e = ctx.lex.entities.get(r.source);
    if (r.relation === 'attacked' && r.date === day && r.attrs?.mode !== 'planned' && !critics.includes(r.source) && e) return mention(A.tok0, A.tok1, A.start, A.end, e.id, e.kind, 'anaphor', false, '');
  }
  return null;
}

/** How many sentences back a decision noun ("the decision", `القرار`) looks for the act it refers to. */
export const DECISION_WINDOW = 4;
/** Relations that are acts a decision takes (not speech acts, meetings or attacks: condemnedDoer has those). */
const DECIDED = new Set(['sanctioned', 'withdrew_from', 'deployed_in', 'reconciled_with', 'supported']);

/**
 * "انتقدت وزارة الخارجية السورية القرار", "criticised the decision": a criticism whose object is a definite decision noun
 * (cues.csv `decision_noun`) right after the verb (past a subject after it), with no name of its own after it, criticises
 * the doer of the last act told (DECIDED) in its sentence or the DECISION_WINDOW sentences before, not the critic.
 */
export function criticisedDecision(ctx: Ctx, T: Trigger, subj: Group): Group | undefined {
  const words = cueWords(ctx.lex, 'decision_noun');
  const toks = ctx.s.tokens;
  const from = Math.max(T.tok1, ...subj.filter((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 8).map((m) => m.tok1));
  let k = from;
  if (ctx.lang === 'en' && /^(the|this|that|these|those)$/.test(toks[k]?.norm ?? '')) k++;
  // ("condemned the new measures", "the latest decision": an adjective of time before the noun)
  if (ctx.lang === 'en' && k > from && cueWords(ctx.lex, 'new_measure_adjective').has(toks[k]?.norm ?? '')) k++;
  const w = toks[k];
  if (!w || !words.has(w.norm.replace(/^[وف]/, '')) || (ctx.lang === 'en' && k === from) || ctx.s.mentions.some((m) => m.tok0 >= from && m.tok0 <= k + 2)) return undefined;
  const first = ctx.doc.sentences[Math.max(0, ctx.s.index - DECISION_WINDOW)]!.start;
  const critics = new Set(subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
  // (an event anaphor by class: "the measures", `الإجراءات` (cues.csv measure_noun) are sanctions told before, not any act)
  const measures = cueWords(ctx.lex, 'measure_noun').has(w.norm.replace(/^[وف]/, ''));
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (r.evidence.start < first) break;
    if (!DECIDED.has(r.relation) || (measures && r.relation !== 'sanctioned') || critics.has(r.source) || r.attrs?.mode === 'planned') continue;
    const e = ctx.lex.entities.get(r.source);
    if (!e || e.kind === 'place' || e.kind === 'person') continue;
    return [mention(k, k + 1, w.start, w.end, e.id, e.kind, 'anaphor', false, '')];
  }
  return undefined;
}

/**
 * "وانتقدت دمشق التدريبات" after "أجرت القوات الأمريكية و«قسد» … تدريبات عسكرية مشتركة", "Amnesty criticised the
 * deportations" after "Lebanese authorities deported dozens of Syrians": criticism of an event told before targets the
 * event's doer (diagnosis-batch25 §6). The object of a criticism verb is a definite noun with no name (Arabic `ال…`;
 * English after the/this/these) whose stem (Arabic: the word without its article and clitics; English: its first six
 * letters, "deport" of deported) is a word of one of the DECISION_WINDOW sentences before; the doer is the subject of that
 * sentence, its first actor named before that word (not after a preposition) and the names joined to it. Not the
 * critics. The last fallback after criticisedDecision; undefined when nothing fits.
 */
export function criticisedEvent(ctx: Ctx, T: Trigger, subj: Group): Group | undefined {
  const toks = ctx.s.tokens;
  const en = ctx.lang === 'en';
  const from = Math.max(T.tok1, ...subj.filter((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 8).map((m) => m.tok1));
  let k = from;
  if (en && /^(the|this|these|those|such)$/.test(toks[k]?.norm ?? '')) k++;
  const w = toks[k];
  if (!w || !w.word || (en && k === from) || ctx.inMention[k] || ctx.s.mentions.some((m) => m.tok0 >= from && m.tok0 <= k + 1)) return undefined;
  const bare = (t: { norm: string }) => t.norm.replace(/^[وفبل]?(ال|لل)/, '');
  let stem: string;
  // (an attack noun is condemnedDoer's, which reads its doer by the attack's own frames)
  if (ctx.s.triggers.some((t) => t.tok0 <= k && k < t.tok1 && t.patterns.some((q) => q.relation === 'attacked'))) return undefined;
  if (en) {
    // (the head of its phrase: "the deportations, saying", not a modifier, "the normalisation deals", "the cross-border …")
    const nx = toks[k + 1];
    if (!/^[a-z]{4,}$/.test(w.text) || (nx && !/^(,|\.|;|and|as|for|in|on|over|by|of|saying|which|that|amid|after)$/.test(nx.norm))) return undefined;
    stem = w.norm.slice(0, 6);
  } else {
    if (!/^[وف]?ال/.test(w.norm) || bare(w).length < 4) return undefined;
    stem = bare(w);
  }
  const critics = new Set(subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity));
  for (let h = ctx.s.index - 1; h >= 0 && h >= ctx.s.index - DECISION_WINDOW; h--) {
    const sent = ctx.doc.sentences[h];
    const ms = ctx.history[h];
    if (!sent || !ms) break;
    const at = sent.tokens.findIndex((t, j) => j > 0 && (en ? t.norm.startsWith(stem) : t.norm.replace(/^[وفبل]?(ال|لل)?/, '') === stem || t.norm === stem));
    if (at < 0) continue;
    const first = ms.findIndex((m) => m.tok1 <= at && !/[بلك]/.test(m.clitics) && !(!en && /^[وف]?(في|من|علي|الي|عن|مع|بين|لدي|ضد|عبر)$/.test(sent.tokens[isQuote(sent.tokens[m.tok0 - 1]) ? m.tok0 - 2 : m.tok0 - 1]?.norm ?? '')) && !(en && /^(in|on|at|from|to|of|by|with|near)$/.test(sent.tokens[m.tok0 - 1]?.norm ?? '')) && !!actor(ctx.lex, m) && m.kind !== 'place');
    // (a later mention of the event with no doer before it, "وشاركت في التدريبات …": the sentence before that tells it)
    if (first < 0) continue;
    const group: Mention[] = [];
    for (let i = first; i < ms.length && ms[i]!.tok1 <= at && (i === first || ms[i]!.conj); i++) {
      const a = actor(ctx.lex, ms[i]!);
      if (a && !critics.has(a.entity) && ms[i]!.kind !== 'place') group.push(mention(k, k + 1, w.start, w.end, a.entity, a.kind, 'anaphor', false, ''));
    }
    return group.length ? group : undefined;
  }
  return undefined;
}

/**
 * "زار المقداد جدة …، حيث اتفق البلدان على …", "استقبل الأسد السوداني … وبحث تعزيز العلاقات بين البلدين": "the two
 * countries" are the states of the last event of their sentence before them (a visit's visitor and the place visited
 * included), else (not `sentenceOnly`) of the article's last event; undefined when those are not two distinct states.
 */
export function eventStates(ctx: Ctx, before: number, sp: Span, sentenceOnly = false): Group | undefined {
  let pair: [string, string] | undefined;
  for (let i = ctx.out.length - 1; i >= 0 && !pair; i--) {
    const r = ctx.out[i]!;
    if (r.evidence.start !== ctx.s.start) break;
    if (EVENT.has(r.relation) && r.evidence.targetSpan[1] + ctx.s.start <= before) pair = [r.source, r.target];
  }
  if (!pair && ctx.lastEvent && !sentenceOnly) pair = [ctx.lastEvent[0].entity, ctx.lastEvent[1].entity];
  if (!pair) return undefined;
  const a = stateOf(ctx.lex, pair[0], true);
  const b = stateOf(ctx.lex, pair[1], true);
  if (!a || !b || a === b) return undefined;
  // (an array literal, not [a, b].map(): a .map() result turns holey once its caller is optimised, see packed.ts)
  return [mention(sp.tok0, sp.tok1, sp.start, sp.end, a, 'country', 'anaphor', false, ''), mention(sp.tok0, sp.tok1, sp.start, sp.end, b, 'country', 'anaphor', false, '')];
}

/**
 * The latest person of `country` named before: among the first `end` mentions of `here` (the sentence's own, nearest
 * first), else in the article's sentences before (the discourse's "he").
 */
function latestPersonOf(ctx: Ctx, country: string, here: readonly Mention[] = [], end = 0): Mention | undefined {
  const of = (m: Mention) => m.kind === 'person' && ctx.lex.entities.get(m.entity)?.country === country;
  for (let j = end - 1; j >= 0; j--) if (of(here[j]!)) return here[j];
  for (let h = ctx.history.length - 1; h >= 0; h--) {
    const ms = ctx.history[h]!;
    for (let j = ms.length - 1; j >= 0; j--) if (of(ms[j]!)) return ms[j];
  }
  return undefined;
}


/**
 * "وأكد الوزير الإيراني في مؤتمر صحافي مشترك مع نظيره …": a person's head noun and a demonym that the lexicon does not
 * resolve to one office holder is the latest person of that country named in the article (the discourse's "he"). The
 * mentions added, or undefined when none.
 */
export function descriptorAnaphors(ctx: Ctx): Mention[] | undefined {
  if (ctx.lang !== 'ar' || !(sentenceWords(ctx) & W_PERSON_HEAD)) return undefined;
  const { s } = ctx;
  let added: Mention[] | undefined;
  for (let k = 0; k + 1 < s.tokens.length; k++) {
    if (!PERSON_HEAD.test(s.tokens[k]!.norm) || s.mentions.some((m) => m.tok0 <= k + 1 && k < m.tok1)) continue;
    const dem = s.names?.find((n) => n.tok0 === k + 1 && n.tok1 === k + 2 && n.values.some((v) => v.via === 'demonym'));
    const country = dem?.values.find((v) => v.via === 'demonym')?.entity;
    // (a name right after it is the person itself: "الوزير الإيراني حسين …" is merged by the mentions stage)
    // (but a name with a title of its own there is another person, the object: "التقى المسؤول العراقي وزير الداخلية السوري X")
    if (!country || s.mentions.some((m) => m.tok0 === k + 2 && !PERSON_HEAD.test(s.tokens[k + 2]!.norm))) continue;
    const who = latestPersonOf(ctx, country);
    if (!who) continue;
    const t0 = s.tokens[k]!;
    const t1 = s.tokens[k + 1]!;
    const clitics = /^[وف]/.test(t0.norm) && !/^(وزير|وفد)/.test(t0.norm) ? t0.norm[0]! : '';
    (added ??= []).push(mention(k, k + 2, t0.start, t1.end, who.entity, 'person', 'anaphor', false, clitics));
  }
  return added;
}

/** How many sentences back a bare organisation head ("the bloc", `المجلس`) looks for the organisation it names. */
export const ORG_HEAD_WINDOW = 3;

/** A place's names with its descriptors ("Idlib province", `محافظة إدلب`: entities.csv descriptors), normalised; ref32. */
function placeNames(lex: Lexicon, id: string): string {
  const e = lex.entities.get(id);
  return e ? normalise([e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar, ...e.descriptors_en, ...e.descriptors_ar].join(' ')) : '';
}

/** The words (normalised) of an entity's names: its labels and aliases, both languages. */
function namesOf(lex: Lexicon, id: string): string {
  const e = lex.entities.get(id);
  return e ? normalise([e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar].join(' ')) : '';
}

/**
 * Does mention m (of an earlier or the same sentence) name the organisation a bare head refers to? Its kind is an actor's
 * (not a person, not a place), and its surface (with the few words before it: `تنظيم «الدولة الإسلامية»`) or one of its
 * names holds one of the head's words; a word `@kind` takes any entity of that kind (`@names`: a state's names are read
 * too, "the kingdom" is the Kingdom of Saudi Arabia).
 */
function headOf(ctx: Ctx, m: Mention, words: string[]): Mention | undefined {
  const a = actor(ctx.lex, m);
  if (!a || a.kind === 'person' || m.kind === 'place' || m.via === 'anaphor') return undefined;
  const text = ctx.doc.article.text;
  // (the leader named after "led by", `بقيادة`: the head is the word before it, "the coalition led by the US",
  // `التحالف بقيادة الولايات المتحدة`)
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const led = /(?:بقيادة|led by(?: the)?)\s*$/.exec(before);
  // ("Syria's foreign ministry": an English possessive state owns the head named right after it, one adjective between;
  // ref33, diagnosis-batch28 #106)
  const owned = /['’]s$/.test(text.slice(m.start, m.end)) ? /^\s+(?:[A-Za-z]+\s+)?[A-Za-z]+/.exec(text.slice(m.end, m.end + 40))?.[0] ?? '' : '';
  const surface = normalise((led ? before.slice(Math.max(0, led.index - 12)) + text.slice(m.start, m.end) : text.slice(Math.max(0, m.start - 12), m.end)) + owned);
  for (const w of words) {
    if (w.startsWith('@')) {
      if (a.kind === w.slice(1)) return a;
    } else if (surface.includes(w) || ((a.kind !== 'country' || words.includes('@names')) && namesOf(ctx.lex, a.entity).includes(w))) return a;
  }
  return undefined;
}

/**
 * "IS lost its last stronghold in 2019, but its cells continue to launch attacks on …" (ref33, diagnosis-batch28 #101):
 * English "its"/"their" right before a members noun (cues.csv `partitive`, not an organ: cells, fighters, militants)
 * refers to its sentence's subject when that is an armed group (the first actor named before it outside a preposition,
 * relative or possessive). The mentions added (via
 * anaphor, on the pronoun), or undefined; ctx.ts membersAfter reads them as the members' possessor.
 */
export function membersPronounAnaphors(ctx: Ctx): Mention[] | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  let added: Mention[] | undefined;
  for (let k = 1; k < toks.length; k++) {
    if (!/^(its|their)$/.test(toks[k]!.norm) || ctx.s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    const c = ctx.cueAt.get(k + 1);
    if (!c || !c.cues.some((x) => x.kind === 'partitive' && x.value !== 'organ')) continue;
    // (the sentence's subject, its first actor outside a preposition, relative or possessive: "The group lost … to the
    // SDF at Baghouz, but its cells still carry out attacks" is the group's, not the SDF's)
    const m = subjectActor(ctx, k);
    const a = m ? actor(ctx.lex, m) : undefined;
    if (a && ctx.lex.entities.get(a.entity)?.kind === 'armed_group') (added ??= []).push(mention(k, k + 1, toks[k]!.start, toks[k]!.end, a.entity, 'armed_group', 'anaphor', false, ''));
  }
  return added;
}

/**
 * "ودعا الاتحاد دمشق …", "وقال المجلس إن …", "واتهمت الوزارة …", "the bloc said", "the group claimed": a bare organisation
 * head (cues.csv `org_head`, lexicon `orgHeads`: the head noun, and as value the words of the names it heads, `@kind`
 * for any entity of a kind) with no name of its own after it refers to the last organisation named before it whose name has that head: in
 * its sentence, else in the ORG_HEAD_WINDOW sentences before (a ministry is its state's: "وزارة الخارجية السورية" is
 * Syria). Not when an adjective or a genitive follows that makes it another name (`المجلس الوطني`, "the council of").
 * The mentions added (via anaphor), or undefined.
 */
export function orgHeadAnaphors(ctx: Ctx): Mention[] | undefined {
  const heads = ctx.lex.orgHeads;
  // (pre-test: no head in the sentence, most sentences)
  if (!heads.size || !(sentenceWords(ctx) & (W_ORG_HEAD | W_ORG_HEAD_CLITIC))) return undefined;
  const { s } = ctx;
  const toks = s.tokens;
  let added: Mention[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // (Arabic: the head with its article and a conjunction, `والاتحاد`, `فالمجلس`; English: "the" before it)
    const en = ctx.lang === 'en';
    const c0 = t.norm.charCodeAt(0);
    const clitics = !en && (c0 === 0x648 || c0 === 0x641) && t.norm.startsWith('ال', 1) ? t.norm[0]! : '';
    const words = heads.get(en ? t.norm : t.norm.slice(clitics.length));
    // ("government positions", "government offensives", "government-held zones": an English state's body as a bare
    // modifier of a state organ or act, or before "-held"/"-controlled", is that body, like "the government"; not "pro-"
    // or "anti-government", which name its friends or foes, nor after a name or demonym of its own, "Syrian government forces";
    // "government-held Saraqeb" is the place, held by its own state's government: presence.ts controlPresence)
    const modifier = en && !!words?.includes('@story') && nth(toks, k - 1)?.norm !== 'the' && nth(toks, k - 1)?.text !== '-' && !s.mentions.some((m) => m.tok1 === k) && (hasCue(ctx, k + 1, 'state_head') || (nth(toks, k + 1)?.text === '-' && /^(held|controlled)$/.test(nth(toks, k + 2)?.norm ?? '') && !s.mentions.some((m) => m.tok0 === k + 3 && m.kind === 'place')));
    // ("the Kurdish-led force", "the US-backed force": one hyphenated participle of leadership or backing between "the" and
    // the head; the organisation is still the last named with that head)
    const led = en && !modifier && nth(toks, k - 2)?.text === '-' && /^(led|backed|dominated|run)$/.test(nth(toks, k - 1)?.norm ?? '') && nth(toks, k - 4)?.norm === 'the' ? 3 : 0;
    if (!words || ctx.inMention[k] || (en && nth(toks, k - 1 - led)?.norm !== 'the' && !modifier) || s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    const tok0 = en && !modifier ? k - 1 - led : k;
    const next = toks[k + 1];
    const named = s.mentions.find((m) => m.tok0 === k + 1 || (m.tok0 === k + 2 && isQuote(next)));
    // (an adjective or genitive of its own, `المجلس الوطني`, "the council of", is another name; a name right after an
    // Arabic head is the verb's object, `واتهمت الوزارة الاتحاد الأوروبي`, unless quoted, `الحركة «حماس»`)
    // ("the government for blocking", `السلطات إلى`: a state's body takes "for" and إلى as the verb's, not as its own; nor
    // is a noun of charge its adjective, `منذ استعادة الحكومة السيطرة عليها`, cues.csv `charge_noun`, ref32)
    const story = words.includes('@story');
    // ("accused the coalition of stealing": an "of" before a verb's -ing form is the verb's, not the head's genitive)
    const ofAct = en && next?.norm === 'of' && /^[a-z]{3,}ing$/.test(nth(toks, k + 2)?.text ?? '');
    // (the preposition إلى is no adjective of any head: `حرباً ضد التنظيم إلى جانب «قسد»`, branch ref38)
    // (another body noun after it, an org head or a delegation noun, is the verb's object, no adjective: `وطالب المجلس
    // المنظمة`, `وطالب رئيس المجلس الوفدَ التركي`; ref55)
    const bodyNoun = !en && !!next && (heads.has(next.norm) || hasCueWord(ctx.lex, 'delegation_noun', next.norm));
    if (en ? (next?.norm === 'of' && !ofAct) || (next?.norm === 'for' && !story) : (next?.arabic && /^(ال|لل)/.test(next.norm) && !/^(الي|الى)$/.test(next.norm) && !(story && hasCue(ctx, k + 1, 'charge_noun')) && !named && !bodyNoun) || (named && named.tok0 > k + 1)) continue;
    // (a name right after an English head is the organisation itself: "the group Hayat Tahrir al-Sham")
    // (a demonym right after a state's body is its own, `السلطات اللبنانية`: a name the mentions stage did not merge)
    if ((en && named) || (story && named?.via === 'demonym')) continue;
    let found: Mention | undefined;
    // (a document, `البيان`, "the statement": its issuer, @issuer)
    if (words.includes('@issuer')) {
      found = issuerOf(ctx, tok0);
      if (!found) continue;
    }
    if (story) found = storyBody(ctx, tok0, words);
    for (let j = s.mentions.length - 1; j >= 0 && !found && !story; j--) if (s.mentions[j]!.tok1 <= tok0) found = headOf(ctx, s.mentions[j]!, words);
    for (let h = ctx.history.length - 1; h >= 0 && h >= ctx.history.length - ORG_HEAD_WINDOW && !found && !story; h--) {
      const ms = ctx.history[h]!;
      for (let j = ms.length - 1; j >= 0 && !found; j--) found = headOf(ctx, ms[j]!, words);
    }
    if (!found) continue;
    // (a state's body inside a list, "the government and the opposition", `المعارضة والحكومة`: joined to its neighbours,
    // which the mentions stage could not join to a word that was no name)
    const and = (j: number) => toks[j]?.norm === 'and';
    // (Arabic across the quote marks of a quoted name, `بين «قسد» والجيش`, `بين الجيش و«قسد»`: a bare و, then the quote; ref55)
    const prev = story ? s.mentions.find((m) => m.tok1 === tok0 || (en && m.tok1 === tok0 - 1 && and(tok0 - 1)) || (!en && m.tok1 === tok0 - 1 && isQuote(toks[tok0 - 1]))) : undefined;
    const conj = !!prev && (en ? and(tok0 - 1) : clitics === 'و');
    const bareWa = !en && toks[k + 1]?.norm === 'و';
    const after = story ? s.mentions.find((m) => (en ? m.tok0 === k + 2 && and(k + 1) : (m.tok0 === k + 1 && m.clitics.startsWith('و')) || (bareWa && (m.tok0 === k + 2 || (m.tok0 === k + 3 && isQuote(toks[k + 2])))))) : undefined;
    if (after) after.conj = true;
    (added ??= []).push(mention(tok0, k + 1, toks[tok0]!.start, t.end, found.entity, found.kind, 'anaphor', conj, clitics));
  }
  return added;
}

/**
 * `واتهم البيان الولايات المتحدة`, "The statement accused …" (org_head `@issuer`): a document is its issuer, the first
 * actor named before the statement noun (`بيان`, "statement") of the last sentence that tells one (its own sentence before
 * the head, else the ORG_HEAD_WINDOW sentences before): `وقالت الوزارة في بيان` (the ministry, a resolved head too);
 * not after a preposition, not a place. Undefined when no sentence tells a statement.
 */
function issuerOf(ctx: Ctx, before: number): Mention | undefined {
  const isStatement = (t: { norm: string }) => /^[وفب]?(ال)?بيان(ه|ها)?$/.test(t.norm) || /^statements?$/.test(t.norm);
  const from = (toks: readonly { norm: string }[], ms: readonly Mention[], end: number): Mention | undefined | null => {
    let k = 0;
    while (k < end && !isStatement(toks[k]!)) k++;
    if (k >= end) return null;
    for (const m of ms) {
      if (m.tok1 > k) break;
      const a = actor(ctx.lex, m);
      if (a && (m.kind !== 'place' || a.kind === 'country') && !/[بلك]/.test(m.clitics)) return a;
    }
    return undefined;
  };
  const own = from(ctx.s.tokens, ctx.s.mentions, before);
  if (own !== null) return own;
  for (let h = ctx.history.length - 1; h >= 0 && h >= ctx.history.length - ORG_HEAD_WINDOW; h--) {
    const sent = ctx.doc.sentences[h];
    if (!sent) break;
    const got = from(sent.tokens, ctx.history[h]!, sent.tokens.length);
    if (got !== null) return got;
  }
  return undefined;
}

/**
 * "the government", `السلطات` (org_head `@story`): the one state named with that head ("the Syrian government",
 * `السلطات السورية`) in its sentence before it and the ORG_HEAD_WINDOW sentences before; none, or two such states, is
 * the story's main state (storyState).
 */
function storyBody(ctx: Ctx, before: number, words: string[]): Mention | undefined {
  let found: Mention | undefined;
  let many = false;
  const see = (m: Mention) => {
    const a = headOf(ctx, m, words);
    if (!a || a.kind !== 'country' || found?.entity === a.entity) return;
    if (found) many = true;
    else found = a;
  };
  for (const m of ctx.s.mentions) if (m.tok1 <= before) see(m);
  for (let h = Math.max(0, ctx.history.length - ORG_HEAD_WINDOW); h < ctx.history.length; h++) for (const m of ctx.history[h]!) see(m);
  return found && !many ? found : storyState(ctx);
}

/**
 * The state the story is about (org_head `@story`: "the government", `السلطات` with no state named with that head in the
 * window): the country (a capital's state, an organisation's, a group's or a person's country) named more often than any other in the article
 * before its sentence and in its sentence, at least twice; undefined when two states tie or none is named so.
 */
function storyState(ctx: Ctx): Mention | undefined {
  const counts = new Map<string, number>();
  let last: Map<string, Mention> | undefined;
  const count = (m: Mention) => {
    if (m.via === 'anaphor') return;
    const a = actor(ctx.lex, m);
    if (!a) return;
    // (a state's own organisations and groups tell its story too: "the Constitutional Committee", "the opposition")
    // (and its own people: "protests against President Bashar al-Assad … the authorities")
    const e = a.kind === 'organization' || a.kind === 'armed_group' || a.kind === 'person' ? ctx.lex.entities.get(a.entity) : undefined;
    const state = a.kind === 'country' ? a.entity : e?.country;
    if (!state || ctx.lex.entities.get(state)?.kind !== 'country') return;
    counts.set(state, (counts.get(state) ?? 0) + 1);
    if (!last?.has(state)) (last ??= new Map()).set(state, a.kind === 'country' ? a : mention(a.tok0, a.tok1, a.start, a.end, state, 'country', 'anaphor', false, ''));
  };
  for (const ms of ctx.history) for (const m of ms) count(m);
  // (its own sentence whole: "urged the government and the opposition")
  for (const m of ctx.s.mentions) count(m);
  let best: string | undefined;
  let n = 0;
  let tie = false;
  for (const [id, c] of counts) {
    if (c > n) [best, n, tie] = [id, c, false];
    else if (c === n) tie = true;
  }
  return best && !tie && n >= 2 ? last?.get(best) : undefined;
}

/**
 * "condemned Turkish strikes on its territory", `بانسحاب القوات التركية من أراضيها`: a state's own territory named by a
 * possessive pronoun (cues.csv `own_territory`: English after "its", Arabic with its feminine ها) is the state that is the
 * clause subject: the first state named before it in its sentence, not after a preposition, not a demonym (the doer,
 * "Turkish strikes"), else the carried subject when it is a state. The mentions added (a country, via anaphor), or undefined.
 */
export function ownTerritoryAnaphors(ctx: Ctx): Mention[] | undefined {
  const words = cueWords(ctx.lex, 'own_territory');
  if (!(sentenceWords(ctx) & W_OWN_TERRITORY)) return undefined;
  const { s } = ctx;
  const toks = s.tokens;
  let added: Mention[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    if (!words.has(toks[k]!.norm)) continue;
    const en = ctx.lang === 'en';
    if ((en && nth(toks, k - 1)?.norm !== 'its') || s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    const tok0 = en ? k - 1 : k;
    let owner: Mention | undefined;
    // (an armed group as the clause subject before any state owns "its territory" itself: "Islamic State lost the last
    // of its territory in Syria" is no land of the state the sentence before had as its subject; slot43)
    let groupFirst = false;
    for (const m of s.mentions) {
      if (m.tok1 > tok0) break;
      const a = actor(ctx.lex, m);
      if (a?.kind === 'armed_group' && m.kind !== 'place' && m.via !== 'demonym' && !prepOf(ctx, m) && !isPossessive(ctx, m) && !ctx.inRelative[m.tok0]) {
        groupFirst = true;
        break;
      }
      if (a?.kind === 'country' && m.via !== 'demonym' && !prepOf(ctx, m)) {
        owner = a;
        break;
      }
    }
    if (groupFirst) continue;
    owner ??= ctx.lastSubject && actor(ctx.lex, ctx.lastSubject)?.kind === 'country' ? actor(ctx.lex, ctx.lastSubject) : undefined;
    if (owner) (added ??= []).push(mention(tok0, k + 1, toks[tok0]!.start, toks[k]!.end, owner.entity, 'country', 'anaphor', false, ''));
  }
  return added;
}

// English person head nouns after a demonym ("the Emirati minister", "the Iranian foreign minister", "the Saudi envoy").
// (PERSON_HEAD_EN: the `person_head` word cue of data/lexicon/cues.csv, branch words31)
// Words of an office between the demonym and its head ("foreign", "defence", "top").
// (OFFICE_EN: the `office_word` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "It was the Emirati minister's second visit", "the Iranian foreign minister said": a demonym and a person's head noun
 * with no name of their own and no office holder in the lexicon (the mention stage left the demonym alone) are the latest
 * person of that country named before them in the article. The English twin of descriptorAnaphors: the demonym
 * mention is replaced by the person. Undefined when nothing changes.
 */
export function descriptorPersonsEn(ctx: Ctx): Mention[] | undefined {
  if (ctx.lang !== 'en') return undefined;
  const { s } = ctx;
  let out: Mention[] | undefined;
  for (let i = 0; i < s.mentions.length; i++) {
    const d = s.mentions[i]!;
    if (d.via !== 'demonym' || d.kind !== 'country' || s.tokens[d.tok0 - 1]?.norm !== 'the') continue;
    let k = d.tok1;
    while (k < s.tokens.length && k - d.tok1 < 2 && cueWords(ctx.lex, 'office_word').has(s.tokens[k]!.norm)) k++;
    const head = s.tokens[k];
    if (!head || !cueWords(ctx.lex, 'person_head').has(head.norm.replace(/['’]s$/, '')) || s.mentions.some((m) => m.tok0 === k + 1)) continue;
    const who = latestPersonOf(ctx, d.entity, s.mentions, i);
    if (!who) continue;
    out ??= [...s.mentions];
    out[i] = mention(d.tok0 - 1, k + 1, s.tokens[d.tok0 - 1]!.start, head.end, who.entity, 'person', 'anaphor', false, '');
  }
  return out;
}

export interface Discourse {
  /**
   * The doer of the last attack told (an `attacked` relation's source, or the one blamed for an attack), at its
   * mention; unknown after a new attack told with no doer. What an English "the strike" after a verb of criticism
   * refers to (definiteAttack, attackerOf).
   */
  attacker: Mention | undefined;
  /**
   * The doer of the last RECENT attack (recentAttack: done, told with its day, within the week before publication),
   * never forgotten: what "دانت X الهجوم" / "condemned the attack" refers to when nothing nearer names a doer
   * (condemnedDoer). Two memories, not one: each language's tests and held-out batches were written against its own;
   * folding them into one loses English triples (batch 6) or lets a background attack be condemned (Arabic test).
   */
  recent: Mention | undefined;
  /**
   * Every doer of `recent`'s act (ref35, diagnosis-batch30 #63, 64): the sources of the recent attacks of its sentence on
   * the same target mention, in text order ("الضربات التي شنتها الولايات المتحدة وبريطانيا على مواقع في اليمن": both), so
   * that `كما دانت إيران وروسيا الضربات` criticises each, not the last one listed. Empty unless `remember` set `recent`.
   */
  recentAll?: Mention[];
  /**
   * Every doer of `attacker`'s act (ref35): the sources of its sentence's attacks on the same target mention, in text order
   * ("The United States and Britain carried out air strikes on Houthi targets": both), for "condemned the strikes"
   * (attackersOf). Undefined when `attacker` was set otherwise (then it is the one doer).
   */
  attackerAll?: string[];
  /** Whether `attacker`'s attack is the story's (not one dated before the week of publication). */
  attackerRecent: boolean;
  /** Every doer of the sentence that told `attacker`'s attack (a critic among them criticises another). */
  doers: string[];
  /** The one struck by `attacker`'s attack, when the lexicon knows it (what "the attack" of a claim was on). */
  target: Mention | undefined;
  /**
   * The pair "the two sides" (`الجانبان`) first named across sentences: what the story keeps calling so past a side meeting
   * of one of them with a third party (anaphora.ts anaphorAt).
   */
  sides?: [Mention, Mention];
  /**
   * The parties of the article's first two-party event (the call, visit or meeting the story is about; ref40): what
   * "the two sides" (`الجانبان`) still are past a later side event of one of them, or of its state, with a third party.
   */
  story?: [Mention, Mention];
  /** The date of `story`'s event, and of the last two-party event (ctx.lastEvent's) when it was told by a record. */
  storyDate?: string;
  eventDate?: string;
  /**
   * The doer of the last attack told by each kind of attack word (attackKind: "shelled", "the shelling" → shell): what
   * "condemned the shelling" refers to when another kind of attack by another party was told since (English).
   */
  byKind: Map<string, Mention>;
  /**
   * The document's records of a response to an attack told before (returnfire.ts, ref43): never the story's last attack
   * for remember(). Kept here, per document, not as module state (mend44).
   */
  responses: Set<RelationRecord>;
  /** The mentions attackeranaphor.ts added for "the attackers" (a repel verb takes them as its direct object; ref44). */
  attackers: Set<Mention>;
  /** The Arabic `عليها` after a control noun placepronoun.ts resolved (pronounControlAr reads their holder; ref44). */
  controlPronouns: Set<Mention>;
  /**
   * The parties of the last meeting told (the `met` records of the last sentence that had any, done, every party): whom
   * "Russia, which hosted the meeting" received (index.ts hostedMeetingMembers; solo50).
   */
  meeting?: Mention[];
}

export function newDiscourse(): Discourse {
  return { attacker: undefined, recent: undefined, attackerRecent: false, doers: [], target: undefined, sides: undefined, byKind: new Map(), responses: new Set(), attackers: new Set(), controlPronouns: new Set() };
}

/** The kind of an English attack word (shelled, shelling, shells → shell), for kinds precise enough to refer back by
 * (cues.csv `attack_shell`, `attack_bomb`, `attack_raid`). */
export function attackKind(lex: Lexicon, word: string): string | undefined {
  if (cueWords(lex, 'attack_shell').has(word)) return 'shell';
  if (cueWords(lex, 'attack_bomb').has(word)) return 'bomb';
  if (cueWords(lex, 'attack_raid').has(word)) return 'raid';
  // (ref42: Arabic attack words by kind, the ar rows of the same cues — `غارة` raid, `قصف` shell, `تفجير` bomb — matched on
  // the word without its proclitics and article, `بالقصف` → `قصف`, `الغارات` → `غارات`)
  if (/[\u0600-\u06FF]/.test(word)) {
    const stem = word.replace(/^[وف]?[بل]?(ال|لل)?/, '');
    return stem !== word ? attackKind(lex, stem) : undefined;
  }
  return undefined;
}

/**
 * The kind of attack word each `attacked` record of a sentence was told with (ref42): the kinded attack trigger nearest
 * before the record's target (`شنّت طائرات روسية غارات على محاور في جبل الأكراد، بالتزامن مع قصف لقوات النظام على قرى في
 * سهل الغاب`: the raids are Russia's, the shelling the army's), for a sentence that tells attacks of more than one kind.
 * `kinded`: the sentence's kinded attack triggers (start, kind) in trigger order, as remember() collects them; `at`: the
 * record's target offset in the document.
 */
function recordKind(kinded: readonly { start: number; kind: string }[], at: number): string | undefined {
  let best: string | undefined;
  let bestStart = -1;
  for (const x of kinded) {
    if (x.start >= at || x.start <= bestStart) continue;
    best = x.kind;
    bestStart = x.start;
  }
  return best;
}

/**
 * After a sentence: remember the doer of its last attack (`mine`: the relations found in sentence `s`). A new attack
 * told with no doer ("a wave of bombings", "a drone strike hit …") is the one "the attack" refers to next: no doer
 * known; a definite one ("did not comment on the strike") refers back and changes nothing.
 */
/** The doers of the recent attacks of `mine` on the target mention of `r` (one act told with a list of doers), in text order. */
function recentDoers(mine: RelationRecord[], r: RelationRecord, since: string, at: (id: string, offset: number) => Mention | undefined): Mention[] {
  const out: Mention[] = [];
  const [t0, t1] = r.evidence.targetSpan;
  for (const x of mine) {
    if (x.target !== r.target || x.evidence.targetSpan[0] !== t0 || x.evidence.targetSpan[1] !== t1 || !recentAttack(x, since) || out.some((m) => m.entity === x.source)) continue;
    const m = at(x.source, x.evidence.sourceSpan[0]);
    if (m) out.push(m);
  }
  return out;
}

export function remember(d: Discourse, lex: Lexicon, s: Sentence, mine: RelationRecord[], since: string): void {
  // (fire returned or an attack repelled is no new attack "the strikes", "condemned the shelling" refer to: returnfire.ts, ref43)
  if (mine.some((r) => d.responses.has(r))) mine = mine.filter((r) => !d.responses.has(r));
  const at = (id: string, offset: number): Mention | undefined => {
    const e = lex.entities.get(id);
    const k = Math.max(0, s.tokens.findIndex((t) => t.start - s.start === offset));
    return e && mention(k, k + 1, s.tokens[k]!.start, s.tokens[k]!.end, e.id, e.kind, 'anaphor', false, '');
  };
  // (the kinds of attack word of the sentence: its attacks' doers are the doers of that kind, when it tells one kind only)
  const kinds = new Set<string>();
  const kinded: { start: number; kind: string }[] = [];
  for (const x of s.triggers) {
    if (!x.patterns.some((q) => q.relation === 'attacked')) continue;
    const k = attackKind(lex, s.tokens[x.tok0]!.norm);
    kinds.add(k ?? '');
    if (k) kinded.push({ start: x.start, kind: k });
  }
  kinds.delete('');
  const kind = kinds.size === 1 ? [...kinds][0] : undefined;
  if (kind)
    for (let i = mine.length - 1; i >= 0; i--) {
      const r = mine[i]!;
      const m = r.relation === 'attacked' && r.attrs?.mode !== 'planned' ? at(r.source, r.evidence.sourceSpan[0]) : undefined;
      if (m) {
        d.byKind.set(kind, m);
        break;
      }
    }
  // (ref42: attacks of two kinds in one sentence, each its own doer: the record's kind by the attack word before its target)
  if (kinds.size > 1) {
    const set = new Set<string>();
    for (let i = mine.length - 1; i >= 0; i--) {
      const r = mine[i]!;
      if (r.relation !== 'attacked' || r.attrs?.mode === 'planned') continue;
      const k = recordKind(kinded, s.start + r.evidence.targetSpan[0]);
      const m = k && !set.has(k) ? at(r.source, r.evidence.sourceSpan[0]) : undefined;
      if (k && m) {
        d.byKind.set(k, m);
        set.add(k);
      }
    }
  }
  for (let i = mine.length - 1; i >= 0; i--) {
    const r = mine[i]!;
    const m = recentAttack(r, since) ? at(r.source, r.evidence.sourceSpan[0]) : undefined;
    if (m) {
      d.recent = m;
      d.recentAll = recentDoers(mine, r, since, at);
      break;
    }
  }
  // (attacks told as a habit, "jets still strike the area regularly", `بين حين وآخر`, are no event "the attack" refers to)
  const habitual = cueWords(lex, 'habitual');
  if (s.tokens.some((t, k) => habitual.has(t.norm) || (t.norm === 'حين' && s.tokens[k + 1]?.norm === 'واخر'))) return;
  // (a background attack, dated in the text before the week of the story, "since Hamas attacked Israel on October 7",
  // does not displace the doer of the story's own attack: "the strikes" later are still the story's)
  const background = (r: RelationRecord) => r.dateSource === 'text' && r.date < since.slice(0, r.date.length);
  const attacks = mine.filter((r) => r.relation === 'attacked' && !(d.attackerRecent && background(r)));
  for (let i = attacks.length - 1; i >= 0; i--) {
    const r = attacks[i]!;
    const m = at(r.source, r.evidence.sourceSpan[0]);
    if (m) {
      d.attacker = m;
      d.attackerAll = [...new Set(attacks.filter((x) => x.target === r.target && x.evidence.targetSpan[0] === r.evidence.targetSpan[0] && x.evidence.targetSpan[1] === r.evidence.targetSpan[1]).map((x) => x.source))];
      d.attackerRecent = !background(r);
      // (every doer of that sentence, for a critic who is one of them: "DAMASCUS - An Israeli strike hit …")
      d.doers = [...new Set(attacks.map((x) => x.source))];
      d.target = at(r.target, r.evidence.targetSpan[0]);
      return;
    }
  }
  if (mine.some((r) => r.relation === 'attacked')) return;
  // "blaming X for the assassination attempt", "accused X of the bombing": the one accused of the attack
  for (let i = mine.length - 1; i >= 0; i--) {
    const r = mine[i]!;
    const end = s.start + r.evidence.targetSpan[1];
    const m = r.relation === 'accused' && s.triggers.some((x) => x.start >= end && x.start - end <= 40 && x.patterns.some((q) => q.relation === 'attacked')) ? at(r.target, r.evidence.targetSpan[0]) : undefined;
    if (m) {
      d.attacker = m;
      d.attackerAll = undefined;
      d.doers = [m.entity];
      d.target = undefined;
      // (told with its day in the story's week, the attack blamed on X is the recent one a condemnation answers:
      // "واتهمت إسرائيل بالوقوف وراء الهجوم …. كما دانت طهران الهجوم")
      if (s.dates.some((x) => x.date.length === 10 && x.date >= since)) (d.recent = m), (d.recentAll = [m]);
      return;
    }
  }
  // an attack told with its doer but no target the lexicon knows ("Russian jets carried out six raids on the area",
  // "غارات روسية على المنطقة"): its doer, a demonym or a name right before the attack word (English), or a demonym right
  // after it (Arabic), is the one "the attack" refers to next
  const told = toldDoer(lex, s);
  if (told) {
    // (told with its day in the story's week, it is the recent attack a condemnation answers, as recentAttack)
    if (s.dates.some((x) => x.date.length === 10 && x.date >= since)) (d.recent = told), (d.recentAll = [told]);
    d.attacker = told;
    d.attackerAll = undefined;
    d.attackerRecent = true;
    d.doers = [told.entity];
    d.target = undefined;
    return;
  }
  // (an attack told with no doer the lexicon knows still names what it struck: "the assailants who attacked the interior
  // ministry in Ankara on Sunday", what a later claim of "Sunday's bombing" is on)
  const struck = toldTarget(lex, s);
  if (struck) d.target = struck;
  for (const x of s.triggers) {
    // (an attack noun, or a verb form after "a": "a strike"; not a verb: "the earthquake, which killed …")
    if (!x.patterns.some((q) => q.relation === 'attacked' && (q.pos === 'noun' || /^(a|an)$/.test(nth(s.tokens, x.tok0 - 1)?.norm ?? '')))) continue;
    // (no attack told: an infinitive or a modal's verb, "the ability of Iran-backed groups to attack US forces", "will strike",
    // or an attack of any kind, "will respond to any attack on its troops", `أي هجوم`; ref32)
    if (cueWords(lex, 'untold_word').has(nth(s.tokens, x.tok0 - 1)?.norm ?? '')) continue;
    // (an attack answered, "the strikes came in response to a rocket attack on US personnel": the earlier attack, not the
    // story's new one; np33)
    const answered = cueWords(lex, 'response_word');
    if (s.tokens.slice(Math.max(0, x.tok0 - 5), x.tok0).some((t) => answered.has(t.norm))) continue;
    let definite = false;
    for (let k = Math.max(0, x.tok0 - 3); k < x.tok0 && !definite; k++) definite = DEFINITE.test(s.tokens[k]!.norm) || /^(its|their|his|her|our)$/.test(s.tokens[k]!.norm);
    // ("did not comment on individual strikes": a bare plural is attacks in general, no new one told)
    const bare = s.tokens[x.tok1 - 1]!.norm.endsWith('s') && !/^(a|an|\d.*|one|two|three|four|five|six|seven|eight|nine|ten|several|new|fresh|more|further|of)$/.test(nth(s.tokens, x.tok0 - 1)?.norm ?? '');
    if (!definite && !bare) {
      d.attacker = undefined;
      d.attackerAll = undefined;
      d.attackerRecent = false;
      d.doers = [];
      d.target = struck;
    }
  }
}

// The word before an attack word that tells no attack of its own (remember): an infinitive, a modal, "any", `أي`.
// (UNTOLD_ATTACK: the `untold_word` word cue of data/lexicon/cues.csv, branch words31)

/**
 * The place or party an attack word of `s` strikes, named within five words after it (no boundary between; not after a
 * definite attack noun, which refers back), if any.
 */
function toldTarget(lex: Lexicon, s: Sentence): Mention | undefined {
  for (const x of s.triggers) {
    if (!x.patterns.some((q) => q.relation === 'attacked') || /^(the|this|that)$/.test(nth(s.tokens, x.tok0 - 1)?.norm ?? '')) continue;
    const m = s.mentions.find((y) => y.tok0 >= x.tok1 && y.tok0 - x.tok1 <= 5);
    // (ref44: nor past a relative pronoun, `الهجمات التي تشنها فصائل عراقية موالية لإيران على القواعد`: its doer or its
    // doer's patron, no target)
    if (!m || s.tokens.slice(x.tok1, m.tok0).some((t) => !t.word || /^(التي|الذي|اللتي|which|who)$/.test(t.norm))) continue;
    const e = lex.entities.get(m.entity);
    if (e && (e.kind === 'place' || e.kind === 'country' || e.kind === 'armed_group' || e.kind === 'person')) return mention(m.tok0, m.tok1, m.start, m.end, e.id, e.kind, 'anaphor', false, '');
  }
  return undefined;
}

/**
 * The doer an attack word of sentence `s` names on itself when the sentence gave no attack relation: English, a
 * demonym or a country or group named right before it, with up to two words between ("Russian jets carried out",
 * "an Israeli missile strike", "Israel's strikes"); Arabic, a demonym right after it (`غارات روسية`, `القصف الإسرائيلي`).
 * Not a definite noun that refers back ("the strike"), nor one after a preposition of cause or time ("after a PKK
 * attack"), nor a report's source.
 */
function toldDoer(lex: Lexicon, s: Sentence): Mention | undefined {
  const toks = s.tokens;
  for (const x of s.triggers) {
    if (!x.patterns.some((q) => q.relation === 'attacked')) continue;
    let m: Mention | undefined;
    if (/[a-z]/.test(toks[x.tok0]!.norm)) {
      m = s.mentions.find((y) => y.tok1 <= x.tok0 && x.tok0 - y.tok1 <= 2);
      const between = toks.slice(m ? m.tok1 : 0, x.tok0);
      if (!m || between.some((t) => !t.word || /^(the|this|that|after|since|following|said|says|of|by|and)$/.test(t.norm)) || /^(after|since|following|of|by|from)$/.test(nth(toks, m.tok0 - 1)?.norm ?? '')) continue;
      if (/^(the|this|that|these|those)$/.test(nth(toks, m.tok0 - 1)?.norm ?? '') && m.via === 'demonym' && toks[m.tok0]!.norm === toks[x.tok0]!.norm) continue;
    } else {
      m = s.mentions.find((y) => y.tok0 === x.tok1 && y.via === 'demonym');
      // (or the subject of a light verb right before the noun: "شنّت إسرائيل، مساء أمس الخميس، غارات")
      if (!m) {
        const light = toks.findIndex((t, j) => j < x.tok0 && x.tok0 - j <= 8 && cueWords(lex, 'launch_verb_ar').has(t.norm));
        if (light >= 0) m = s.mentions.find((y) => y.tok0 === light + 1 && y.tok1 <= x.tok0);
      }
    }
    const e = m && lex.entities.get(m.entity);
    if (m && e && (e.kind === 'country' || e.kind === 'armed_group')) return mention(m.tok0, m.tok1, m.start, m.end, e.id, e.kind, 'anaphor', false, '');
  }
  return undefined;
}

/** English parts of the attacks told before a claim's "of the attacks" ("claimed several of the attacks"; ref44). */
const CLAIMED_PART_EN = /^(several|most|some|many|all|one|two|three|both|each|dozens|scores)$/;
/** Words that make an attack noun definite: it refers to an attack already told ("Sunday's" is read without its "'s"). */
const DEFINITE = /^(the|this|that|these|those|sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|last|latest|overnight|weekend|recent)$/;

/**
 * The attack noun a verb of criticism at T governs ("condemned the strike", "called the raids …"), definite (it refers
 * to an attack told before), and the doer named on it in "by X"/"of X" after it (past a quoted label: "called the
 * raids 'a mistake' by X"), if any. Undefined when the verb governs no definite attack noun.
 */
export function definiteAttack(ctx: Ctx, T: { tok1: number }): { noun: Trigger; doer: Mention | undefined } | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok1;
  let det = false;
  while (k < toks.length && (DEFINITE.test(toks[k]!.norm) || cueWords(ctx.lex, 'attack_means_word').has(toks[k]!.norm))) {
    det ||= DEFINITE.test(toks[k]!.norm);
    k++;
  }
  // ("condemned the Mezzeh attack": the place it struck, named as a modifier, is passed over)
  const place = det ? ctx.s.mentions.find((m) => m.tok0 === k && m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for) : undefined;
  if (place) {
    k = place.tok1;
    while (k < toks.length && cueWords(ctx.lex, 'attack_means_word').has(toks[k]!.norm)) k++;
  }
  if (!det || ctx.inMention[k]) return undefined;
  const noun = ctx.s.triggers.find((x) => x.tok0 === k && x.patterns.some((q) => q.relation === 'attacked'));
  if (!noun) return undefined;
  let j = noun.tok1;
  const quoted = isQuote(toks[j]);
  if (quoted) {
    j++;
    while (j < toks.length && !isQuote(toks[j]) && j - noun.tok1 <= 10) j++;
    j++;
  }
  if (!/^(by|of)$/.test(nth(toks, j)?.norm ?? '')) return { noun, doer: undefined };
  const m = ctx.s.mentions.find((x) => x.tok0 === j + 1);
  return { noun, doer: m && actor(ctx.lex, m) };
}

/** The doer of the attack a definite attack noun refers to: the last attacker of the sentence, else of the discourse; not the critic. */
export function attackerOf(ctx: Ctx, d: Discourse, noun: Trigger, critic: string[]): Mention | undefined {
  let a: Mention | undefined;
  for (const r of ctx.out)
    if (r.evidence.start === ctx.s.start && r.relation === 'attacked' && r.evidence.sourceSpan[1] <= noun.start - ctx.s.start) {
      const e = ctx.lex.entities.get(r.source);
      if (e) a = mention(noun.tok0, noun.tok1, noun.start, noun.end, e.id, e.kind, 'anaphor', false, '');
    }
  // ("condemned Thursday's strike": the attack told with that day, or no one; ref36)
  if (!a) {
    const onDay = toldOnDay(ctx, noun, critic);
    if (onDay !== undefined) return onDay ? mentionOn(onDay, noun) : undefined;
  }
  // ("condemned the shelling" after "X shelled …" and air strikes by Y since: the doer of that kind of attack)
  const kind = attackKind(ctx.lex, ctx.s.tokens[noun.tok0]!.norm);
  const ofKind = kind ? d.byKind.get(kind) : undefined;
  a = a ?? toldOn(ctx, noun, critic) ?? (ofKind && actor(ctx.lex, ofKind)) ?? (d.attacker && actor(ctx.lex, d.attacker));
  // (a critic who is one of the doers told criticises the other: "DAMASCUS - An Israeli strike hit …. The Syrian
  // foreign ministry condemned the attack")
  if (a && critic.includes(a.entity) && !ctx.out.some((r) => r.evidence.start === ctx.s.start && r.relation === 'attacked')) {
    const other = [...d.doers].reverse().find((id) => !critic.includes(id));
    const e = other ? ctx.lex.entities.get(other) : undefined;
    a = e && mention(noun.tok0, noun.tok1, noun.start, noun.end, e.id, e.kind, 'anaphor', false, '');
  }
  if (!a || critic.includes(a.entity)) return undefined;
  return mentionOn(a, noun);
}

/**
 * attackerOf, with every doer of the act it refers to (ref35, diagnosis-batch30 #63, 64): "The United States and Britain
 * carried out air strikes on …. Iran condemned the strikes" criticises both (Discourse.attackerAll), not a critic among
 * them; one doer when the attack is told in this sentence or has one doer.
 */
export function attackersOf(ctx: Ctx, d: Discourse, noun: Trigger, critic: string[]): Mention[] {
  const a = attackerOf(ctx, d, noun, critic);
  if (!a) return [];
  const all = d.attackerAll;
  if (!all || all.length < 2 || !all.includes(a.entity) || ctx.out.some((r) => r.evidence.start === ctx.s.start && r.relation === 'attacked')) return [a];
  const out: Mention[] = [];
  for (const id of all) {
    const e = ctx.lex.entities.get(id);
    if (e && !critic.includes(id)) out.push(mention(noun.tok0, noun.tok1, noun.start, noun.end, e.id, e.kind, 'anaphor', false, ''));
  }
  return out.length ? out : [a];
}

/** Verbs that label an act ("called the strike 'unacceptable'", "described the raids as …"). */
// (a Set, not a regex: it is looked up for every token of an English sentence with an attack trigger)
// (LABEL: the `label_word` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "X called the strike 'unacceptable'", "described the raids as a crime": labelling an attack told before criticises its
 * doer (or the doer named on it: "called the raids 'a mistake' by Washington"); the labelling verb's subject by verbArgs.
 */
export function labelledAttacks(ctx: Ctx, d: Discourse): void {
  const toks = ctx.s.tokens;
  const pattern = verbPattern(ctx, 'criticized');
  if (!pattern || !hasWordCue(ctx, 'label_word')) return;
  for (let k = 0; k < toks.length; k++) {
    if (!cueWords(ctx.lex, 'label_word').has(toks[k]!.norm) || ctx.inMention[k]) continue;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    const act = definiteAttack(ctx, v);
    const subj = act && verbArgs(ctx, v, true).subj;
    if (!act || !subj?.length) continue;
    const critics = subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity);
    const target = act.doer ? mentionOn(act.doer, act.noun) : attackerOf(ctx, d, act.noun, critics);
    if (target && !critics.includes(target.entity)) for (const a of subj) emit(ctx, v, 'criticized', a, target, {}, false);
  }
}

/**
 * Is `r` one of a sentence's relations of three or more parties ("the defence ministers of A, B and C met": every pair
 * told)? Such an event gives no pair for "the two sides", "the two ministers" next.
 */
export function manySided(mine: RelationRecord[], r: RelationRecord): boolean {
  const parties = new Set<string>();
  const same = mine.filter((x) => x.relation === r.relation && x.evidence.start === r.evidence.start);
  for (const x of same) {
    parties.add(x.source);
    parties.add(x.target);
  }
  // ("A met B in Beirut, then held talks with C": two meetings of one party, no meeting of three, when one party is in
  // every pair and the others never meet)
  const hub = [r.source, r.target].some((p) => same.every((x) => x.source === p || x.target === p));
  return parties.size > 2 && !hub;
}

/** Arabic: `المنطقة` with any proclitics (و ف ب ل), not followed by its own adjective or genitive (`المنطقة العازلة`). */
const PLACE_ONE_AR = /^[وف]?[بل]?(ال|لل)منطق[هة]$/;
/** Relations a place anaphor may be the target of: struck, or held (its sentence has no other reading of it). */
export const PLACE_ANAPHOR_RELATIONS = new Set(['attacked', 'deployed_in']);

/**
 * "Russian and Syrian aircraft still bomb the region", "وتتعرض المنطقة لغارات روسية", "التي تسيطر على المنطقة", "Both
 * towns are held by …": a place noun with no name of its own refers to the last place (not a country) named before it,
 * in its sentence or the article's sentences before (two places for "both towns"). The mentions added (kind place,
 * via anaphor), or undefined. Only `attacked` and `deployed_in` may take them as target (findRelations drops the rest).
 */
export function placeAnaphors(ctx: Ctx): Mention[] | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  let added: Mention[] | undefined;
  // (struck, the area is the place the last attack told struck: "غارات روسية استهدفت أطراف جسر الشغور في ريف إدلب. …
  // نفذت عشر غارات على المنطقة" is Jisr al-Shughur)
  const struck = ctx.discourse.target?.kind === 'place' && s.triggers.some((x) => x.patterns.some((q) => q.relation === 'attacked')) ? ctx.discourse.target : undefined;
  const lastPlaces = (before: number, n: number, area = false): Mention[] => {
    // (ref45: "the area", `المنطقة`: the place struck only when named in its sentence or the sentence before; else
    // the place of the sentence before, or the article's, areaPlace — "Idlib province … Turkey keeps troops there. … jets
    // regularly strike the area" is Idlib, not Jabal al-Zawiya struck three sentences before)
    if (struck && n === 1 && (!area || ctx.s.mentions.some((m) => m.tok1 <= before && m.entity === struck.entity) || (ctx.history.at(-1) ?? []).some((m) => m.entity === struck.entity))) return [struck];
    if (area && n === 1) {
      const got = areaPlace(ctx, before);
      return got ? [got] : [];
    }
    const found: Mention[] = [];
    // (not a capital, which acts for its state: "a ceasefire brokered by Moscow and Ankara", "ANKARA, June 2 -")
    const take = (m: Mention) => {
      if (m.kind === 'place' && m.via !== 'anaphor' && !ctx.lex.entities.get(m.entity)?.stands_for && !found.some((x) => x.entity === m.entity)) found.push(m);
    };
    for (let j = s.mentions.length - 1; j >= 0 && found.length < n; j--) if (s.mentions[j]!.tok1 <= before) take(s.mentions[j]!);
    for (let h = ctx.history.length - 1; h >= 0 && found.length < n; h--) {
      const ms = ctx.history[h]!;
      for (let j = ms.length - 1; j >= 0 && found.length < n; j--) take(ms[j]!);
    }
    return found.length === n ? found.reverse() : [];
  };
  // (only as the place of a strike or a presence word right next to it: "strike the area", "raids on the area",
  // "تنتشر في المنطقة", "وتتعرض المنطقة لغارات"; "the dominant group in the area", «إشعال المنطقة» are the region at large)
  const governed = (k: number, tok0: number) =>
    s.triggers.some((x) => x.patterns.some((q) => PLACE_ANAPHOR_RELATIONS.has(q.relation)) && ((k >= x.tok1 && k - x.tok1 <= 2) || subjectOf(ctx, k, x))) || placeOfClause(ctx, tok0, k) || (toks[k]!.norm !== 'region' && forcesBefore(ctx, tok0));
  // (with no such word, no token is governed; but `وتخضع المدينة … لسيطرة X` tells a presence with no trigger, ref32)
  // (nor "SDF fighters at the camp", `عناصر «قسد» في المخيم`: a force noun's place, forcesBefore; ref36)
  // (ref55: a visit takes a place of a kind too, `زار المخيم`, "visited the camp": placeKindAt below; "the area" stays governed by
  // a strike or presence word only)
  const opened = s.triggers.some((x) => x.patterns.some((q) => PLACE_ANAPHOR_RELATIONS.has(q.relation))) || (ctx.lang === 'ar' && ctx.byKind.has('recipient')) || ctx.byKind.has('military') || ctx.byKind.has('partitive');
  // (ref56: when only a visit opens the sentence, the place of a kind is read only as the visit's own object, with no
  // other trigger between them — `زار المخيم`, "visited the camp"; `وصل X …، واستقبله في المطار Y` keeps the airport out of the host's slot)
  const visit = (x: Trigger) => x.patterns.some((q) => q.relation === 'visited');
  if (!opened && !s.triggers.some(visit)) return undefined;
  // (the nearest trigger before it is the visit, or every trigger between them stands in a relative clause: "WHO, which
  // supports clinics, visited the camp")
  const visitObject = (k: number) => {
    if (opened) return true;
    let v: Trigger | undefined;
    for (const x of s.triggers) if (x.tok1 <= k && visit(x) && (!v || x.tok1 > v.tok1)) v = x;
    // (and a visitor, an actor named before the place: `معبر أبو الزندين الذي يصل المدينة بمناطق …` is a road's link, no visit)
    if (!v || !s.mentions.some((m) => m.tok1 <= k && m.kind !== 'place')) return false;
    let rel = false;
    for (let j = v.tok1; j < k; j++) {
      if (RELATIVE.has(toks[j]!.norm)) rel = true;
      else if (!rel && s.triggers.some((x) => x.tok0 === j)) return false;
    }
    return true;
  };
  // English place anaphors (cues.csv `place_one`, `place_two`): "the area", "the region" (one place), "both towns", "the two cities" (the last two)
  const one = cueWords(ctx.lex, 'place_one');
  const two = cueWords(ctx.lex, 'place_two');
  const bareDirection = cueWords(ctx.lex, 'bare_direction');
  const partWords = cueWords(ctx.lex, ctx.lang === 'en' ? 'place_part' : 'place_part_ar');
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // ("troops in the country", `من البلاد`, "in the north of the country", `في شمال البلاد`: the story's state, countryAnaphorAt)
    const land = t.norm === 'country' || t.norm.endsWith('بلاد') ? countryAnaphorAt(ctx, k) : ctx.lang === 'en' && bareDirection.has(t.norm) ? bareDirectionAt(ctx, k) : ctx.lang === 'ar' && t.norm.includes('ال') ? bareDirectionArAt(ctx, k, bareDirection) : undefined;
    if (land) {
      (added ??= []).push(land);
      continue;
    }
    // (a place of a kind, "the province", `المحافظة`: the one place of that kind named before, placeOfKind)
    const kind = placeKindAt(ctx, k);
    if (kind && !visitObject(kind.tok0)) continue;
    if (kind) {
      // (with a demonym, "the Palestinian enclave", `المدينة السورية`: the place of that kind in the demonym's state; ref36)
      const end = kind.state && ctx.lang === 'ar' ? k + 1 : k;
      // (ref42: read wherever it stands, not only next to a strike or presence word (governedNear): a place of a kind has
      // one antecedent of its kind, and only `attacked`/`deployed_in` take it as target, so every reader of a place slot
      // gets it — "IS cells operating inside the camp", `بطرد خلايا التنظيم من المدينة`, "on the outskirts of the city")
      const p0 = kind.words && !s.mentions.some((m) => m.tok0 <= k && k < m.tok1) ? placeOfKind(ctx, kind.tok0, kind.words, kind.state, k) ?? solePlaceAt(ctx, kind.tok0, k, kind.words, kind.state) : undefined;
      const p = p0 && (!kind.state || stateOf(ctx.lex, p0.entity, true) === kind.state) ? p0 : undefined;
      const first = toks[kind.tok0]!;
      if (p) (added ??= []).push(mention(kind.tok0, end + 1, first.start, toks[end]!.end, p.entity, 'place', 'anaphor', false, kind.clitics));
      continue;
    }
    // (ref35, diagnosis-batch30 #29: a place part with a clitic owner, `على أطرافها`, `في محيطها`, `في عدد من مناطقها`, "on
    // its outskirts": the last place named before it; cues.csv `place_part_ar`, `place_part`)
    const part = clitPlacePart(ctx, k, partWords);
    if (part !== undefined) {
      // (ref42: wherever it stands, as a place of a kind: the clitic names the place named last, and only a place slot
      // takes it; it was read only next to a strike or presence word)
      const places = !s.mentions.some((m) => m.tok0 <= k && k < m.tok1) ? lastPlaces(part, 1) : [];
      if (places.length) (added ??= []).push(mention(part, k + 1, toks[part]!.start, t.end, places[0]!.entity, 'place', 'anaphor', false, ctx.lang === 'ar' ? (/^[وف]?[بل]/.exec(t.norm)?.[0] ?? '').replace(/^[وف]/, '') : ''));
      continue;
    }
    // (the place noun first, by its word or ending: most words are none)
    if (!(ctx.lang === 'en' ? one.has(t.norm) || two.has(t.norm) : (t.norm.endsWith('منطقه') || t.norm.endsWith('منطقة')) && PLACE_ONE_AR.test(t.norm))) continue;
    if (s.mentions.some((m) => m.tok0 <= k && k < m.tok1) || !governed(k, ctx.lang === 'en' ? k - 1 : k)) continue;
    let tok0 = k;
    let places: Mention[] = [];
    if (ctx.lang === 'en') {
      const prev = nth(toks, k - 1)?.norm ?? '';
      const next = nth(toks, k + 1)?.norm ?? '';
      // (not "the region's", "the area of X", "the area around X": a phrase of its own, cues.csv `place_own_word`)
      if (one.has(t.norm) && prev === 'the' && !cueWords(ctx.lex, 'place_own_word').has(next)) {
        tok0 = k - 1;
        // ("The northwest is dominated by HTS. … fighters fired rockets at the Saraqeb area. Russia has stepped up air
        // strikes on the region": "the region" is the last compass region named in its window, not a town; ref32)
        const region = t.norm === 'region' && !struck ? (salientRegion(ctx, k - 1) ?? lastRegion(ctx, k - 1)) : undefined;
        places = region ? [region] : lastPlaces(k - 1, 1, t.norm !== 'region');
      } else if (two.has(t.norm) && (prev === 'both' || (prev === 'two' && nth(toks, k - 2)?.norm === 'the')) && next !== 'of') {
        tok0 = prev === 'both' ? k - 1 : k - 2;
        places = lastPlaces(tok0, 2);
      }
    } else if (PLACE_ONE_AR.test(t.norm)) {
      const next = nth(toks, k + 1);
      if (next?.arabic && /^(ال|لل)/.test(next.norm)) continue;
      places = lastPlaces(k, 1, true);
    }
    if (!places.length) continue;
    // (the proclitics before the article: "وبالمنطقة" و+ب, "للمنطقة" ل)
    const pre = ctx.lang === 'ar' ? /^([وف]?[بل]?)(ال|لل)/.exec(t.norm) : null;
    const clitics = pre ? pre[1]! + (pre[2] === 'لل' ? 'ل' : '') : '';
    const first = toks[tok0]!;
    // (two places share the words: "Both" is the first, "towns" the second, joined, so that a verb takes both)
    if (places.length === 2) {
      const second = toks[k]!;
      (added ??= []).push(mention(tok0, k, first.start, toks[k - 1]!.end, places[0]!.entity, 'place', 'anaphor', false, ''), mention(k, k + 1, second.start, second.end, places[1]!.entity, 'place', 'anaphor', true, ''));
    } else for (const p of places) (added ??= []).push(mention(tok0, k + 1, first.start, t.end, p.entity, 'place', 'anaphor', false, clitics));
  }
  return added;
}

/** A road (its English label names one: "M4 highway"): never the place "the area" stands for. */
function isRoad(lex: Lexicon, id: string): boolean {
  return /\b(highway|motorway|road)\b/i.test(lex.entities.get(id)?.label_en ?? '');
}

/**
 * ref45 (diagnosis-batch42 #2, -43 FP 19, FP 53): the place "the area" / `المنطقة` stands for, ending before token
 * `before`: the last place named before it in its sentence, else the last of the sentence before, else (nothing named
 * there) the article's place, the first place of its first sentence that is no compass region (`northwestern-syria`
 * only when it names nothing smaller) — not the last town named further back ("Tadef … south of al-Bab … which holds
 * al-Bab. … No casualties … in the area. Russia keeps military police in the area": Tadef). A road ("the M4 highway")
 * is never the area, nor a capital acting for its state, nor another anaphor. Undefined when nothing fits.
 */
function areaPlace(ctx: Ctx, before: number): Mention | undefined {
  const ok = (m: Mention) => m.kind === 'place' && m.via !== 'anaphor' && !ctx.lex.entities.get(m.entity)?.stands_for && !isRoad(ctx.lex, m.entity);
  const own = ctx.s.mentions.filter((m) => m.tok1 <= before && ok(m));
  if (own.length) return containedPlace(ctx, ctx.s.tokens, own);
  const prev = (ctx.history.at(-1) ?? []).filter(ok);
  const ps = ctx.doc.sentences[ctx.s.index - 1];
  if (prev.length) {
    const got = ps ? containedPlace(ctx, ps.tokens, prev) : prev[prev.length - 1]!;
    return REGION_ID.test(got.entity) ? got : overStory(ctx, got, before);
  }
  if (ctx.history.length < 2) return undefined;
  const first = (ctx.history[0] ?? []).filter(ok);
  return first.find((m) => !REGION_ID.test(m.entity)) ?? first[0];
}

/**
 * ref47 (diagnosis-batch46 §6 ref47 rank 3, -47 rank 1): the last of `places` (mentions of one sentence, in order, over
 * `toks`), or, when it only locates the place named right before it ("villages around Tal Rifaat in northern Aleppo
 * province", `قرى تل رفعت في ريف حلب الشمالي`: the words between all cues.csv `area_container_link` or `compass`), that
 * smaller place: "the area" is the smallest place the story is about, not its province.
 */
function containedPlace(ctx: Ctx, toks: readonly Token[], places: readonly Mention[]): Mention {
  let i = places.length - 1;
  if (i < 1) return places[i]!;
  const links = cueWords(ctx.lex, 'area_container_link');
  const compass = cueWords(ctx.lex, 'compass');
  while (i > 0) {
    const a = places[i - 1]!;
    const b = places[i]!;
    // (a compass region is the area itself: "Idlib in northwestern Syria … troops in the area" is the northwest, gold)
    if (a.tok1 > b.tok0 || b.tok0 - a.tok1 > 4 || REGION_ID.test(a.entity) || REGION_ID.test(b.entity)) break;
    // (the first word between locates: "in", `في`, `بريف`; the rest are province words, articles or compass words; none
    // between when the province's own proclitic locates, `جنديرس بريف حلب`)
    const first = toks[a.tok1]?.norm ?? '';
    if (a.tok1 === b.tok0 ? !b.clitics.includes('ب') : !(first === 'in' || first === 'في' || (first.startsWith('ب') && links.has(first.slice(1))))) break;
    let linked = true;
    for (let k = a.tok1 + 1; k < b.tok0 && linked; k++) {
      const w = toks[k]?.norm ?? '';
      linked = links.has(w) || compass.has(w);
    }
    if (!linked) break;
    i--;
  }
  return places[i]!;
}

/**
 * The first token of a place part with a clitic owner at token k (ref35): Arabic a `place_part_ar` noun with ها (`أطرافها`,
 * `وبمحيطها`), English "its" + a `place_part` noun ("its outskirts"); undefined otherwise. `parts`: the words of the
 * language's kind (`place_part` or `place_part_ar`), looked up once by the caller's loop.
 */
function clitPlacePart(ctx: Ctx, k: number, parts: ReadonlySet<string>): number | undefined {
  const t = ctx.s.tokens[k]!;
  if (ctx.lang === 'en') return k > 0 && ctx.s.tokens[k - 1]!.norm === 'its' && parts.has(t.norm) ? k - 1 : undefined;
  if (!t.arabic || !t.norm.endsWith('ها')) return undefined;
  const stem = t.norm.slice(0, -2).replace(/^[وف]?[بل]?/, '');
  return parts.has(stem) || parts.has(t.norm.slice(0, -2)) ? k : undefined;
}

/** A compass region's id (`northwestern-syria`, `northern-iraq`). */
const REGION_ID = /^(northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|central)-/;
/**
 * The last compass region (REGION_ID) named before token `before` in the sentence or the three sentences before it.
 * Undefined otherwise.
 */
function lastRegion(ctx: Ctx, before: number): Mention | undefined {
  const pick = (ms: readonly Mention[], end: number): Mention | undefined | null => {
    for (let j = ms.length - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (m.tok1 > end) continue;
      if (m.kind === 'place' && REGION_ID.test(m.entity)) return m;
    }
    return null;
  };
  const own = pick(ctx.s.mentions, before);
  if (own) return own;
  for (let h = ctx.history.length - 1; h >= 0 && h >= ctx.history.length - 3; h--) {
    const got = pick(ctx.history[h]!, Infinity);
    if (got) return got;
  }
  return undefined;
}

/** Arabic: `البلاد` with any proclitics (و ف ب ل), "the country". */
const COUNTRY_AR = /^([وف]?[بل]?)(ال|لل)بلاد$/;
/** The region words of a direction before "the country" (English after "the … of", Arabic before `البلاد`), normalised. */
const DIRECTION: Record<string, string> = { north: 'northern', northeast: 'northeastern', northwest: 'northwestern', southeast: 'southeastern', southwest: 'southwestern', south: 'southern', east: 'eastern', west: 'western', شمال: 'northern', شمالي: 'northern', جنوب: 'southern', جنوبي: 'southern', شرق: 'eastern', شرقي: 'eastern', غرب: 'western', غربي: 'western' };

/**
 * "US troops in the country", `بخروج القوات من البلاد`, "in the north of the country", `في شمال شرقي البلاد`: "the
 * country" with no name of its own (not "the country's", "the country of X", `البلاد العربية`) is the story's state
 * (storyState), and with a direction before it that state's region when the lexicon has one (`northeastern-syria`);
 * only as the place of a strike or presence word (governedNear), and never the state of the sentence's first actor ("Iran
 * … has advisers in the country" is not Iran). Undefined otherwise.
 */
function countryAnaphorAt(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  const t = toks[k]!;
  const next = nth(toks, k + 1);
  let tok0 = k;
  let dir: string | undefined;
  let clitics = '';
  if (ctx.lang === 'en') {
    if (t.norm !== 'country' || nth(toks, k - 1)?.norm !== 'the' || cueWords(ctx.lex, 'place_own_word').has(next?.norm ?? '') || /['’]s$/.test(t.text) || next?.text === "'s" || next?.text === '’s') return undefined;
    tok0 = k - 1;
    const d = DIRECTION[nth(toks, k - 3)?.norm ?? ''];
    if (d && nth(toks, k - 2)?.norm === 'of' && nth(toks, k - 4)?.norm === 'the') [tok0, dir] = [k - 4, d];
  } else {
    const pre = COUNTRY_AR.exec(t.norm);
    if (!pre || (next?.arabic && /^(ال|لل)/.test(next.norm))) return undefined;
    clitics = pre[1]! + (pre[2] === 'لل' ? 'ل' : '');
    // (`شمال البلاد`, `شمال شرقي البلاد`, `شمالي شرقي البلاد`: the first word names the region, a second east or west turns it)
    const d1 = DIRECTION[nth(toks, k - 1)?.norm ?? ''];
    const d2 = d1 ? DIRECTION[nth(toks, k - 2)?.norm ?? ''] : undefined;
    if (d1 && d2 === 'northern' && /^(eastern|western)$/.test(d1)) [tok0, dir] = [k - 2, d1 === 'eastern' ? 'northeastern' : 'northwestern'];
    else if (d1) [tok0, dir] = [k - 1, d1];
  }
  if (ctx.s.mentions.some((m) => m.tok0 <= k && tok0 < m.tok1) || !governedNear(ctx, tok0, k)) return undefined;
  // (a country named before it in its sentence after a preposition is the one meant: "shifted to Ukraine since it invaded
  // the country"; not "along with Russia", "backed by Russia")
  const named = [...ctx.s.mentions].reverse().find((m) => m.tok1 <= tok0 && m.kind === 'country' && m.via !== 'anaphor' && !/^(with|by|مع|من)$/.test(prepOf(ctx, m) ?? 'with'));
  const state = named ?? storyState(ctx);
  if (!state) return undefined;
  const first = ctx.s.mentions.find((m) => m.tok1 <= tok0 && m.via !== 'anaphor' && actor(ctx.lex, m));
  const label = ctx.lex.entities.get(state.entity)?.label_en.toLowerCase();
  const region = dir && label ? ctx.lex.entities.get(`${dir}-${label}`) : undefined;
  // (the subject's own state is no place of it, "Iraqi forces … in the country"; but a region of it is: "Iraqi forces in
  // the north of the country", `وتنتشر القوات السورية في شمال غرب البلاد` in a story of that state; bugs35)
  if (!named && first && stateOf(ctx.lex, first.entity) === state.entity && !region) return undefined;
  const start = toks[tok0]!;
  return mention(tok0, k + 1, start.start, t.end, region?.id ?? state.entity, region ? region.kind : 'country', 'anaphor', false, clitics);
}

// English compass words that stand alone for a region of the story's state ("in the northwest"); not "the West", "the East".
// (BARE_DIRECTION_EN: the `bare_direction` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "Turkey, which keeps dozens of military posts in the northwest, …" (ref31): "the" + a compass word with no "of" nor
 * noun of its own after it ("the northwest of the country" is countryAnaphorAt's, "the north-west corner" no place) is
 * the region of that direction of the story's state (storyState), when the lexicon has one (`northwestern-syria`); never
 * the region of the sentence's first actor's own state (ref42: no longer only next to a strike or presence word).
 */
function bareDirectionAt(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  // ("the north-west": three tokens, the compass word turned by east or west after the hyphen)
  const turned = nth(toks, k + 1)?.text === '-' && /^(east|west)$/.test(nth(toks, k + 2)?.norm ?? '') && /^(north|south)$/.test(toks[k]!.norm);
  const end = turned ? k + 2 : k;
  const dir = DIRECTION[turned ? toks[k]!.norm + toks[end]!.norm : toks[k]!.norm];
  const next = nth(toks, end + 1);
  // ("the oil-rich northeast", "the rebel-held northwest": one hyphenated modifier between "the" and the direction; bugs42b)
  const hyph = nth(toks, k - 2)?.text === '-' && nth(toks, k - 1)?.word && nth(toks, k - 3)?.word && nth(toks, k - 4)?.norm === 'the' ? 3 : 0;
  if (!dir || nth(toks, k - 1 - hyph)?.norm !== 'the' || (next?.word && !cueWords(ctx.lex, 'direction_end').has(next.norm)) || next?.text === '-' || next?.text === "'s" || next?.text === '’s') return undefined;
  const tok0 = k - 1 - hyph;
  // (ref42: wherever it stands, not only next to a strike or presence word: "The northwest … is largely controlled by X",
  // "keeps troops there" after "factions in the region")
  if (ctx.s.mentions.some((m) => m.tok0 <= end && tok0 < m.tok1)) return undefined;
  const region = storyRegion(ctx, dir, tok0);
  if (!region) return undefined;
  return mention(tok0, end + 1, toks[tok0]!.start, toks[end]!.end, region.id, region.kind, 'anaphor', false, '');
}

/**
 * The region of direction `dir` of the story's state (bareDirectionAt, bareDirectionArAt): undefined when the sentence's
 * first actor before tok0 belongs to that state, or the lexicon has no such region.
 */
function storyRegion(ctx: Ctx, dir: string, tok0: number): LexEntity | undefined {
  const state = storyState(ctx);
  if (!state) return undefined;
  const first = ctx.s.mentions.find((m) => m.tok1 <= tok0 && m.via !== 'anaphor' && actor(ctx.lex, m));
  if (first && stateOf(ctx.lex, first.entity) === state.entity) return undefined;
  const label = ctx.lex.entities.get(state.entity)?.label_en.toLowerCase();
  return label ? ctx.lex.entities.get(`${dir}-${label}`) : undefined;
}

/** `الشمال الشرقي`, `الجنوب الغربي`: the direction turned by an adjective (normalised). */
const TURNED_AR: Record<string, string> = { الشرقي: 'east', الغربي: 'west' };

/**
 * Arabic `في الشمال`, `بالشمال الشرقي` (bugs42b): the article + a `bare_direction` word (cues.csv, Arabic row) with no
 * word of its own after it (`الشمال السوري` is a name of the lexicon) is the region of that direction of the story's
 * state, as bareDirectionAt reads "the north"; never the region of the sentence's first actor's own state.
 */
function bareDirectionArAt(ctx: Ctx, k: number, words: ReadonlySet<string>): Mention | undefined {
  const toks = ctx.s.tokens;
  const pre = PLACE_KIND_AR.exec(toks[k]!.norm);
  if (!pre) return undefined;
  const stem = toks[k]!.norm.slice(pre[0].length);
  if (!words.has(stem)) return undefined;
  let end = k;
  let key = stem === 'شمال' ? 'north' : stem === 'جنوب' ? 'south' : '';
  if (!key) return undefined;
  const turn = TURNED_AR[nth(toks, k + 1)?.norm ?? ''];
  if (turn) {
    key += turn;
    end = k + 1;
  }
  const next = nth(toks, end + 1);
  if (next?.word && !/^[وف]/.test(next.norm) && !cueWords(ctx.lex, 'direction_end').has(next.norm)) return undefined;
  const dir = DIRECTION[key];
  if (!dir || ctx.s.mentions.some((m) => m.tok0 <= end && k < m.tok1)) return undefined;
  const region = storyRegion(ctx, dir, k);
  if (!region) return undefined;
  return mention(k, end + 1, toks[k]!.start + pre[1]!.length, toks[end]!.end, region.id, region.kind, 'anaphor', false, pre[1]!);
}

/** Arabic: a bare place head's proclitics and article (`وفي المحافظة` is two tokens; `بالمحافظة`, `للمخيم`, `والمعبر`). */
const PLACE_KIND_AR = /^([وف]?[بل]?)(ال|لل)/;

/**
 * A bare place head at token k (cues.csv `place_kind`: English after "the", Arabic with its article) with no name or
 * phrase of its own after it (not "the province of X", "the province's", `المحافظة على` "keeping", `المحافظة الجنوبية`):
 * its first token, its proclitics and the words that mark a place of its kind; words undefined for a head that is a phrase
 * of its own (skipped, no other place reading). Undefined when the token is no such head.
 */
function placeKindAt(ctx: Ctx, k: number): { tok0: number; clitics: string; words: string[] | undefined; state?: string } | undefined {
  const kinds = ctx.lex.placeKinds;
  const toks = ctx.s.tokens;
  const t = toks[k]!;
  const next = nth(toks, k + 1);
  if (ctx.lang === 'en') {
    const words = kinds.get(t.norm);
    if (!words) return undefined;
    // ("the vast desert", "the nearby town": one adjective of size or place between "the" and the head)
    // ("the Palestinian enclave", "the Syrian city": a demonym, the place is of its state; ref36)
    const state = nth(toks, k - 2)?.norm === 'the' ? demonymState(ctx, k - 1) : undefined;
    const adj = state || cueWords(ctx.lex, 'place_kind_adjective').has(nth(toks, k - 1)?.norm ?? '') ? 1 : 0;
    if (nth(toks, k - 1 - adj)?.norm !== 'the') return undefined;
    // (cues.csv `place_own_word`: "the province of X", "the city's council": a phrase of its own, no anaphor)
    const own = cueWords(ctx.lex, 'place_own_word').has(next?.norm ?? '') || /['’]s$/.test(t.text) || next?.text === "'s" || next?.text === '’s';
    return { tok0: k - 1 - adj, clitics: '', words: own ? undefined : words, state };
  }
  const pre = PLACE_KIND_AR.exec(t.norm);
  if (!pre) return undefined;
  const words = kinds.get(t.norm.slice(pre[0].length));
  if (!words) return undefined;
  // (`القطاع الفلسطيني`, `المدينة السورية`: a demonym after it, the place is of its state; ref36)
  const state = next?.arabic && next.norm.startsWith('ال') ? demonymState(ctx, k + 1) : undefined;
  // (a relative or a location participle after it is no adjective of its own: `المخيم الذي يؤوي`, `المخيم الواقع في`; ref33)
  const own = !state && !!next?.arabic && ((/^(ال|لل)/.test(next.norm) && !/^(الذي|التي|اللذين|اللتين|الذين)$/.test(next.norm) && !cueWords(ctx.lex, 'located_participle').has(next.norm)) || next.norm === 'على' || next.norm === 'علي');
  return { tok0: k, clitics: pre[1]! + (pre[2] === 'لل' ? 'ل' : ''), words: own ? undefined : words, state };
}

/**
 * The country whose demonym is token j ("Palestinian", `الفلسطيني`, `السورية`, read without its article) when that token
 * is no mention of its own (then it is a state organ's, not the place's); undefined otherwise.
 */
function demonymState(ctx: Ctx, j: number): string | undefined {
  const t = ctx.s.tokens[j];
  if (!t || ctx.s.mentions.some((m) => m.tok0 <= j && j < m.tok1)) return undefined;
  // (the one demonym map, args.ts demonymEntity; ref36)
  return demonymEntity(ctx.lex, ctx.lang === 'ar' ? t.norm.replace(/^ال/, '') : t.norm);
}

/** Is the place head at tok0..k the place of a strike or a presence word near it (up to 4 words after it: "patrol parts of the province", or 2 before)? */
function governedNear(ctx: Ctx, tok0: number, k: number): boolean {
  return ctx.s.triggers.some((x) => x.patterns.some((q) => PLACE_ANAPHOR_RELATIONS.has(q.relation)) && ((tok0 >= x.tok1 && tok0 - x.tok1 <= 3) || subjectOf(ctx, k, x))) || placeOfClause(ctx, tok0, k) || chargeOf(ctx, tok0) || controlAreaBefore(ctx, tok0) || subjectToControlAt(ctx, tok0) || objectPastSubject(ctx, tok0) || locatedHeadHeld(ctx, k) || forcesBefore(ctx, tok0) || relativeOnPlace(ctx, k);
}

/**
 * `ويؤوي المخيم، الذي تديره الإدارة الذاتية`, `البلدة، التي تسيطر عليها «قسد»` (ref38): a
 * place noun ending at token k is the antecedent of a relative clause whose verb is a place relation's (deployed_in,
 * attacked …) and takes it as its object: the verb right after `الذي`/`التي` with a resumptive pronoun (on the verb or a
 * preposition after it, `عليها`, `فيه`); English ", which" + a name + at most two words + a holding verb ("the town, which
 * the SDF now controls"; objrelative.ts reads the relation).
 */
function relativeOnPlace(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  let r = k + 1;
  if (toks[r]?.text === ',' || toks[r]?.text === '،') r++;
  const w = toks[r]?.norm ?? '';
  const placeVerb0 = (x: Trigger) => x.patterns.some((q) => q.relation === 'deployed_in' && q.pos === 'verb' && q.preps.includes(''));
  // (English: "the town, which the SDF now controls": "which", a name, at most two words, a holding verb; objrelative.ts)
  if (ctx.lang === 'en') {
    if (w !== 'which' || toks[r - 1]?.text !== ',') return false;
    // (this "which" or a second "and which" of the same antecedent: "which Kurdish fighters recaptured … and which the SDF now controls")
    for (let j = r; j < toks.length && j - r <= 25 && !BOUNDARY.has(toks[j]!.text); j++) {
      if (toks[j]!.norm !== 'which' || (j > r && toks[j - 1]!.norm !== 'and')) continue;
      const m = ctx.s.mentions.find((x) => x.tok0 === j + 1);
      if (m && m.kind !== 'place' && ctx.s.triggers.some((x) => placeVerb0(x) && x.tok0 >= m.tok1 && freeWords(ctx, m.tok1, x.tok0) <= 2)) return true;
    }
    return false;
  }
  if (!/^(الذي|التي)$/.test(w)) return false;
  const placeVerb = (x: Trigger) => x.patterns[0]!.pos === 'verb' && x.patterns.some((q) => PLACE_ANAPHOR_RELATIONS.has(q.relation));
  const T = ctx.s.triggers.find((x) => x.tok0 === r + 1);
  if (T && placeVerb(T) && (/\S{3}(ها|ه)$/.test(toks[T.tok1 - 1]!.norm) || /^(عليها|عليه|فيها|فيه)$/.test(toks[T.tok1]?.norm ?? ''))) return true;
  // (a second verb joined by و with its own pronoun, in the clause or right after its comma: `الذي يضم …، وتحرسه «قسد»`)
  let commas = 0;
  for (let j = r + 1; j < toks.length && j - r <= 30 && !BOUNDARY.has(toks[j]!.text); j++) {
    if (toks[j]!.text === '،' || toks[j]!.text === ',') {
      if (++commas > 1) return false;
      continue;
    }
    const x = ctx.s.triggers.find((y) => y.tok0 === j);
    if (x && placeVerb(x) && x.tok1 === j + 1 && /^و\S{3,}(ها|ه)$/.test(toks[j]!.norm)) return true;
  }
  return false;
}

/** Locatives between a force noun and its place (ref36): English "in", "at", "inside"; Arabic `في`, `داخل`. */
const FORCES_LOC = /^(in|at|inside|في|داخل)$/;

/**
 * "IS cells in the province", "at US bases in the province", `خلايا تنظيم «داعش» في المحافظة` (ref36, diagnosis-batch31
 * #65, #97): a place anaphor right after a locative whose force, base or members noun (cues.csv `military`, `partitive`,
 * `member_head`) stands at most six words before it, no comma, boundary or place named between, is the place of that
 * noun phrase's presence (presence.ts forcesInPresence reads it, for a kind anaphor only: kindAnaphor).
 */
function forcesBefore(ctx: Ctx, tok0: number): boolean {
  const toks = ctx.s.tokens;
  if (!FORCES_LOC.test(nth(toks, tok0 - 1)?.norm ?? '')) return false;
  const heads = cueWords(ctx.lex, 'member_head');
  for (let j = tok0 - 2; j >= 0 && tok0 - 1 - j <= 6; j--) {
    const t = toks[j]!;
    if (BOUNDARY.has(t.text) || t.text === ',' || t.text === '،') return false;
    if (ctx.s.mentions.some((m) => m.tok0 <= j && j < m.tok1 && m.kind === 'place')) return false;
    if (hasCue(ctx, j, 'military') || hasCue(ctx, j, 'partitive') || heads.has(t.norm)) return true;
  }
  return false;
}

/**
 * Is mention m the place anaphor "the area" (cues.csv `place_one`, not "the region", a wider place than the last named) or
 * Arabic `المنطقة` (ref44)? A presence told by a force noun takes it as its place (presence.ts forcesInPresence), as it
 * takes a kind anaphor: "IS cells in the area", `خلايا التنظيم في المنطقة`, "troops … man checkpoints in the area".
 */
export function areaAnaphor(ctx: Ctx, m: Mention): boolean {
  if (m.via !== 'anaphor' || m.kind !== 'place') return false;
  const t = ctx.s.tokens[m.tok1 - 1];
  if (!t) return false;
  return ctx.lang === 'en' ? t.norm !== 'region' && cueWords(ctx.lex, 'place_one').has(t.norm) && ctx.s.tokens[m.tok0]?.norm === 'the' : PLACE_ONE_AR.test(t.norm);
}

/**
 * Is mention m a place anaphor of a kind (ref36: "the province", `المخيم`, resolved by placeOfKind to the one place of
 * that kind named before), not "the area" nor "the country"? Such a head is a referent strong enough for a presence told
 * by a noun phrase (presence.ts forcesInPresence).
 */
export function kindAnaphor(ctx: Ctx, m: Mention): boolean {
  if (m.via !== 'anaphor' || m.kind !== 'place') return false;
  const t = ctx.s.tokens[m.tok1 - 1];
  if (!t) return false;
  if (ctx.lang === 'en') return ctx.lex.placeKinds.has(t.norm) && !cueWords(ctx.lex, 'place_one').has(t.norm);
  const pre = PLACE_KIND_AR.exec(t.norm);
  return !!pre && ctx.lex.placeKinds.has(t.norm.slice(pre[0].length));
}

/**
 * `من المخيم الواقع في محافظة الحسكة والخاضع لسيطرة «قسد»` (ref33, diagnosis-batch28 #119): a place anaphor right before
 * a location participle (cues.csv `located_participle`) with a control participle of presence after it in its phrase (up
 * to ten words, no comma nor boundary) is the place held (frames.ts underControl takes the head).
 */
function locatedHeadHeld(ctx: Ctx, k: number): boolean {
  if (!cueWords(ctx.lex, 'located_participle').has(nth(ctx.s.tokens, k + 1)?.norm ?? '')) return false;
  const toks = ctx.s.tokens;
  for (let j = k + 2; j < toks.length && j - k <= 10; j++) {
    if (BOUNDARY.has(toks[j]!.text) || toks[j]!.text === '،' || toks[j]!.text === ',') return false;
    if (ctx.s.triggers.some((x) => x.tok0 === j && x.patterns.some((q) => q.relation === 'deployed_in' && q.voice === 'passive'))) return true;
  }
  return false;
}

/**
 * `وتدير «قوات سوريا الديمقراطية» (قسد) المخيم`, `وتدير «قسد» السجن` (ref33, diagnosis-batch28 #14): a place anaphor
 * right after the named subject of a verb of strike or presence that stands before it (VSO: the verb, then only the
 * subject's names, quotes and brackets, then the head) is that verb's object. Arabic only (English puts the subject first).
 */
function objectPastSubject(ctx: Ctx, tok0: number): boolean {
  if (ctx.lang !== 'ar') return false;
  const toks = ctx.s.tokens;
  let j = tok0 - 1;
  let named = false;
  for (; j >= 0 && tok0 - j <= 12; j--) {
    const inName = ctx.s.mentions.some((m) => m.tok0 <= j && j < m.tok1 && m.via !== 'anaphor' && actor(ctx.lex, m));
    if (inName) named = true;
    else if (toks[j]!.word) break;
  }
  if (!named || j < 0) return false;
  return ctx.s.triggers.some((x) => x.tok1 === j + 1 && x.patterns.some((q) => q.pos === 'verb' && q.preps.includes('') && PLACE_ANAPHOR_RELATIONS.has(q.relation)));
}

/**
 * `وتخضع المدينة منذ عام 2017 لسيطرة «الجيش الوطني السوري»` (ref32): a place anaphor right after the verb of being
 * subject to (cues.csv `recipient`: `تخضع`) with a control noun (`control_noun`: `لسيطرة`, `لنفوذ`) within eight words
 * after it is the place held (presence.ts subjectToControl reads the holder).
 */
function subjectToControlAt(ctx: Ctx, tok0: number): boolean {
  if (ctx.lang !== 'ar' || !hasCue(ctx, tok0 - 1, 'recipient')) return false;
  const control = cueWords(ctx.lex, 'control_noun');
  for (let j = tok0 + 1; j < ctx.s.tokens.length && j - tok0 <= 8; j++) if (control.has(ctx.s.tokens[j]!.norm)) return true;
  return false;
}

/**
 * `في مناطق سيطرة «قسد» شمال شرقي البلاد` (ref32): a place anaphor right after the holder named after the control noun
 * `سيطرة` (past quotes, brackets and its names: `«قوات سوريا الديمقراطية» (قسد)`, an optional `في`) is the place of that
 * control, a presence word of its own (presence.ts controlPresenceAr).
 */
function controlAreaBefore(ctx: Ctx, tok0: number): boolean {
  if (ctx.lang !== 'ar') return false;
  const toks = ctx.s.tokens;
  let j = tok0 - 1;
  if (toks[j]?.norm === 'في') j--;
  let named = false;
  for (; j >= 0 && tok0 - j <= 10; j--) {
    const inName = ctx.s.mentions.some((m) => m.tok0 <= j && j < m.tok1);
    if (inName) named = true;
    else if (toks[j]!.word) break;
  }
  return named && j >= 0 && /^ل?سيطره$/.test(toks[j]!.norm);
}

/**
 * `ويتولى مجلس منبج العسكري، المنضوي في «قسد»، السيطرة على المدينة` (ref32): a place anaphor right after `على` and a noun
 * of charge (cues.csv `charge_noun`: `السيطرة`, `إدارة`, `حماية`) that a presence verb of its sentence governs (the verb
 * before it, any apposition between).
 */
function chargeOf(ctx: Ctx, tok0: number): boolean {
  if (ctx.lang !== 'ar' || !/^(علي|على)$/.test(nth(ctx.s.tokens, tok0 - 1)?.norm ?? '')) return false;
  const c = ctx.s.cues.find((x) => x.tok1 === tok0 - 1 && cueHas(x, 'charge_noun'));
  return !!c && ctx.s.triggers.some((x) => x.tok1 <= c.tok0 && c.tok0 - x.tok1 <= 14 && x.patterns.some((q) => q.relation === 'deployed_in'));
}

/** English auxiliaries passed over between a place anaphor and the word it is the subject of ("The town has been under …"). */
const AUX_EN = /^(has|have|had|been|is|are|was|were|being)$/;

/** Is the place anaphor ending at token k right before trigger x, one word apart at most past auxiliaries ("the area is held by")? */
function subjectOf(ctx: Ctx, k: number, x: Trigger): boolean {
  if (x.tok0 <= k) return false;
  let n = 0;
  for (let j = k + 1; j < x.tok0; j++) if (!(ctx.lang === 'en' && AUX_EN.test(ctx.s.tokens[j]!.norm))) n++;
  return n <= 1;
}

/** English prepositions of place before a place anaphor ("keeps posts in the region", "shelled the outskirts of the town"). */
const PLACE_PREP_EN = /^(in|across|throughout|at|near|around|inside|into|outside|within)$/;
// English nouns of a part of a place before "of" ("the outskirts of the town", "most of the province").
// (PLACE_PART_EN: the `place_part` word cue of data/lexicon/cues.csv, branch words31)
// Arabic words of place before a place anaphor (`في المنطقة`, `أطراف البلدة`, `محيط القاعدة`), normalised.
// (PLACE_PREP_AR: the `place_prep_ar` word cue of data/lexicon/cues.csv, branch words31)
/** Words that open another clause between a presence word and its place ("which", `التي`, a finite "have continued"). */
const CLAUSE_OPENER = /^(which|who|that|where|when|while|has|have|had|is|are|was|were|will|would|said|says|التي|الذي|الذين|حيث|بينما|فيما|اذ)$/;

/**
 * A place anaphor (its first token tok0 .. its head k) that is the place phrase of a strike or presence word earlier in its
 * clause, past the word's object and any date between ("Turkey keeps dozens of military posts in the region", "Turkey has
 * kept, since 2018, posts in the region", `وتنشر تركيا منذ عام 2018 نقاطاً عسكرية في المنطقة`, `بقصف أطراف البلدة`): a
 * preposition or part-of-place word right before it, the verb at most 8 tokens before, no sentence boundary, clause
 * opener, other verb or place named between.
 */
function placeOfClause(ctx: Ctx, tok0: number, k: number): boolean {
  const toks = ctx.s.tokens;
  const prev = nth(toks, tok0 - 1)?.norm ?? '';
  const clitic = ctx.lang === 'ar' && /^[وف]?ب(ال|ل)/.test(toks[k]!.norm);
  const prep =
    ctx.lang === 'en' ? PLACE_PREP_EN.test(prev) || (prev === 'of' && cueWords(ctx.lex, 'place_part').has(nth(toks, tok0 - 2)?.norm ?? '')) : clitic || cueWords(ctx.lex, 'place_prep_ar').has(prev);
  if (!prep) return false;
  return ctx.s.triggers.some((x) => {
    // (a verb's clause: a noun's place is its own phrase, "attacks on checkpoints … across the province", read by the nearness rules)
    if (x.patterns[0]!.pos !== 'verb' || !x.patterns.some((q) => PLACE_ANAPHOR_RELATIONS.has(q.relation)) || x.tok1 > tok0 || tok0 - x.tok1 > 8) return false;
    if (hasBoundary(toks, x.tok1, tok0)) return false;
    for (let j = x.tok1; j < tok0; j++) if (CLAUSE_OPENER.test(toks[j]!.norm)) return false;
    if (ctx.s.triggers.some((y) => y !== x && y.tok0 >= x.tok1 && y.tok0 < tok0 && y.patterns[0]!.pos === 'verb')) return false;
    return !ctx.s.mentions.some((m) => m.tok0 >= x.tok1 && m.tok1 <= tok0 && m.kind === 'place');
  });
}

/**
 * The one place of a kind named before token `before` (in its sentence, else in the article's sentences before): a place
 * mention (not an anaphor, not a capital that acts for its state) whose names, or the words around its mention ("Idlib
 * province", `محافظة إدلب`, "Rukban camp"), hold one of the kind's words; with `state` (a demonym on the head, ref36) only a
 * place of that state. Undefined when none or more than one place fits.
 */
function placeOfKind(ctx: Ctx, before: number, words: string[], state?: string, head?: number): Mention | undefined {
  const text = ctx.doc.article.text;
  const found: Mention[] = [];
  const fits = (m: Mention) => {
    if (m.kind !== 'place' || m.via === 'anaphor' || ctx.lex.entities.get(m.entity)?.stands_for) return;
    // (a demonym's head, "the Palestinian enclave": a place of that state only; ref36)
    if (state && stateOf(ctx.lex, m.entity, true) !== state) return;
    if (found.some((x) => x.entity === m.entity)) return;
    // (a name in brackets after another name of it, `مدينة عين العرب (كوباني)`: the words before the first name; ref36)
    const bracketed = /\(\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start));
    const around = normalise(text.slice(Math.max(0, m.start - (bracketed ? 30 : 12)), m.end + 10));
    const names = placeNames(ctx.lex, m.entity);
    if (!words.some((w) => around.includes(w) || names.includes(w))) return;
    found.push(m);
  };
  const ms = ctx.s.mentions;
  for (let j = ms.length - 1; j >= 0 && found.length < 6; j--) if (ms[j]!.tok1 <= before) fits(ms[j]!);
  for (let h = ctx.history.length - 1; h >= 0 && found.length < 6; h--) for (const m of ctx.history[h]!) fits(m);
  // (ref51: none of its kind named so: a town head is the place the story is about, storyplace.ts)
  if (!found.length) return facilityOfTown(ctx, before, words) ?? (head !== undefined && !state && storyHead(ctx, head) ? storyPlace(ctx, before) : undefined);
  // (ref53: a body of the sentence named after another place than the one found, "The Manbij Military Council, which drove
  // IS out of the city" after "the village of Arima, west of Manbij": that place; namesakeplace.ts)
  const namesake = found.length === 1 ? namesakePlace(ctx, before, state) : undefined;
  if (namesake) return namesake;
  if (found.length <= 1) return head !== undefined && !state && storyHead(ctx, head) ? overStory(ctx, found[0]!, before) : found[0];
  // (several of that kind: the one an actor of the sentence before the anaphor is named after, `مجلس منبج العسكري …
  // السيطرة على المدينة`, "the Manbij Military Council … controls the city"; ref32)
  const own = ms.filter((m) => m.tok1 <= before && m.kind !== 'place' && m.kind !== 'country' && m.kind !== 'person').map((m) => normalise(text.slice(m.start, m.end)));
  const named = !own.length ? [] : found.filter((p) => {
    const e = ctx.lex.entities.get(p.entity);
    return !!e && [e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar].some((n) => n.length >= 4 && own.some((o) => ` ${o} `.includes(` ${normalise(n)} `)));
  });
  if (named.length === 1) return named[0];
  // (several: the one whose own words or names hold the kind's word, "the al-Hol camp in northeastern Syria" is al-Hol,
  // not the region the window around it reaches; ref32)
  // (its own words, its names, or the word right before it: `مدينة منبج`; not one after it, "the Daraa town of al-Sanamayn")
  const strong = found.filter((m) => {
    const own = normalise(text.slice(m.start, m.end));
    const names = placeNames(ctx.lex, m.entity);
    const prev = normalise(text.slice(Math.max(0, m.start - 12), m.start)).trim().split(/\s+/).pop() ?? '';
    return words.some((w) => own.includes(w) || names.includes(w) || prev.includes(w));
  });
  if (strong.length === 1) return strong[0];
  // (ref51: still several: the one the story is about, named most often, the title counting; storyplace.ts)
  return soleKind(ctx.lex, words) ? undefined : salientOf(ctx, found, before);
}

/**
 * np44: a bare head (token k) of a `place_kind_sole` kind with none of its kind named before ("its cells still carry out attacks in
 * the desert" in a Syrian story): the sole place of the kind in the demonym's state or the story's state (soleplace.ts).
 */
function solePlaceAt(ctx: Ctx, tok0: number, k: number, words: string[], state?: string): Mention | undefined {
  if (!soleKind(ctx.lex, words)) return undefined;
  // (not a part of a place told after it: "the desert south of al-Sukhnah", `البادية جنوب بلدة مسكنة`, "the desert near P":
  // the place after it is meant, rule 19d)
  const next = nth(ctx.s.tokens, k + (ctx.lang === 'ar' && state ? 2 : 1))?.norm ?? '';
  if (cueWords(ctx.lex, 'compass').has(next) || /^(near|around|outside|قرب|بالقرب|محيط|حول)$/.test(next)) return undefined;
  const st = state ?? storyState(ctx)?.entity;
  const id = st ? solePlaceOf(ctx.lex, words, st) : undefined;
  const t = ctx.s.tokens[tok0]!;
  return id ? mention(tok0, tok0 + 1, t.start, t.end, id, 'place', 'anaphor', false, '') : undefined;
}

/** Per lexicon: place names (normalised, both languages) to their ids. */
const PLACE_NAME_INDEX = new WeakMap<Lexicon, Map<string, string>>();
function placeNameIndex(lex: Lexicon): Map<string, string> {
  let idx = PLACE_NAME_INDEX.get(lex);
  if (idx) return idx;
  idx = new Map();
  for (const e of lex.entities.values()) if (e.kind === 'place') for (const n of [e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar]) if (n) idx.set(normalise(n), e.id);
  PLACE_NAME_INDEX.set(lex, idx);
  return idx;
}

/**
 * `بمربع أمني وسط القامشلي وبالمطار`, "struck Damascus and put the airport out of service" (ref33, diagnosis-batch28
 * #44): a bare facility head with no place of its kind named before is the facility of that kind of the nearest town
 * named before it in its sentence (then the sentence before), when the lexicon names one so ("مطار القامشلي",
 * "Qamishli airport": the kind's word and one of the town's names). Undefined otherwise.
 */
function facilityOfTown(ctx: Ctx, before: number, words: string[]): Mention | undefined {
  const idx = placeNameIndex(ctx.lex);
  const towns = [...ctx.s.mentions.filter((m) => m.tok1 <= before).reverse(), ...[...(ctx.history.at(-1) ?? [])].reverse()];
  for (const m of towns) {
    if (m.kind !== 'place' || m.via === 'anaphor') continue;
    const e = ctx.lex.entities.get(m.entity);
    if (!e) continue;
    for (const n of [e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar]) {
      if (!n) continue;
      const t = normalise(n);
      for (const w of words) {
        const id = idx.get(`${w} ${t}`) ?? idx.get(`${t} ${w}`);
        if (id && id !== m.entity) return { ...m, entity: id };
      }
    }
    return undefined;
  }
  return undefined;
}

/**
 * "Islamic State claimed responsibility for the attack", "The PKK claimed Sunday's bombing", `وأعلن تنظيم «الدولة
 * الإسلامية» مسؤوليته عن الهجوم`: a claim of an attack told before (a definite attack noun right after the claim, with no
 * doer nor target of its own) gives the claimant as doer of that attack on the one it struck (`Discourse.target`). The
 * claimant is the actor right before the claim verb (English) or before the responsibility word (Arabic), not after a
 * preposition.
 */
export function claimedAttacks(ctx: Ctx): void {
  const d = ctx.discourse;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const pattern = verbPattern(ctx, 'attacked');
  if (!pattern) return;
  // (cues.csv `claim_word`: English claim verbs, "X claimed (responsibility for) the attack"; Arabic the claimant's
  // responsibility before عن, `أعلن X مسؤوليته عن الهجوم`)
  const claim = cueWords(ctx.lex, 'claim_word');
  // (ref44: the Arabic claim verb, `وتبنّت X الهجوم`, `تبنّت X معظم هذه الهجمات`: cues.csv `claim_verb`)
  const claimVerb = ctx.lang === 'ar' ? cueWords(ctx.lex, 'claim_verb') : undefined;
  if (!hasWordCue(ctx, 'claim_word') && !(claimVerb && hasWordCue(ctx, 'claim_verb'))) return;
  // (from the first token: an Arabic claim verb opens its sentence)
  for (let k = 0; k < toks.length; k++) {
    let noun = -1;
    let vso: Mention | undefined;
    if (ctx.lang === 'en' && claim.has(toks[k]!.norm)) {
      let j = k + 1;
      if (toks[j]?.norm === 'responsibility' && toks[j + 1]?.norm === 'for') j += 2;
      // (ref44: a part of the attacks told, "has claimed several of the attacks", "most of the attacks")
      if (CLAIMED_PART_EN.test(toks[j]?.norm ?? '') && toks[j + 1]?.norm === 'of') j += 2;
      // (definite: it refers to the attack told, "the attack", "Sunday's suicide bombing"; its modifiers passed over)
      const det = (t: { norm: string } | undefined) => !!t && DEFINITE.test(t.norm.replace(/['’]s$/, ''));
      if (!det(toks[j])) continue;
      j++;
      // (cues.csv `attack_modifier`: "suicide", "car", "drone", "twin" …)
      while (j < toks.length && j - k <= 8 && (det(toks[j]) || cueWords(ctx.lex, 'attack_modifier').has(toks[j]!.norm) || toks[j]!.text === '’s' || toks[j]!.text === "'s")) j++;
      noun = j;
    } else if (ctx.lang === 'ar' && toks[k + 1]?.norm === 'عن' && claim.has(toks[k]!.norm)) noun = k + 2;
    else if (claimVerb?.has(toks[k]!.norm) && !/(ه|ها|هما)$/.test(toks[k]!.norm)) {
      // (VSO: the claimant right after the verb, past a group head, `وتبنّت جماعة تطلق على نفسها اسم «…»`; then the
      // definite attack noun, past `معظم`/`بعض` and a demonstrative)
      vso = ms.find((m) => m.tok0 > k && m.tok0 - k <= 8 && !prepOf(ctx, m));
      if (!vso) continue;
      let j = vso.tok1;
      while (j < toks.length && isQuote(toks[j])) j++;
      if (/^(معظم|بعض|اغلب|احد|احدي)$/.test(toks[j]?.norm ?? '')) j++;
      if (/^(هذه|تلك|هذا|ذلك)$/.test(toks[j]?.norm ?? '')) j++;
      noun = j;
    } else continue;
    const A = ctx.s.triggers.find((x) => x.tok0 === noun && x.patterns.some((q) => q.relation === 'attacked'));
    if (!A || (ctx.lang === 'ar' && !/^[وفب]?(ال|لل)/.test(toks[A.tok0]!.norm))) continue;
    // (a doer or a target of its own after the noun: "claimed the attack on X" is read by the frames)
    if (ms.some((m) => m.tok0 >= A.tok1 && m.tok0 - A.tok1 <= 2)) continue;
    let i = ms.length - 1;
    while (i >= 0 && ms[i]!.tok1 > k) i--;
    let m = vso ?? (i >= 0 ? ms[i] : undefined);
    // (ref44: an English claimant past its apposition, "The Islamic Resistance in Iraq, an umbrella of Iran-aligned armed
    // factions, (has) claimed the attack": the mention right before the apposition's opening comma)
    if (!vso && ctx.lang === 'en') {
      let e = k - 1;
      while (e > 0 && /^(has|have|had|also|later|then)$/.test(toks[e]!.norm)) e--;
      if (toks[e]?.text === ',') {
        let o = e - 1;
        while (o > 0 && e - o <= 15 && toks[o]!.text !== ',' && !BOUNDARY.has(toks[o]!.text)) o--;
        const before = toks[o]?.text === ',' ? ms.find((x) => x.tok1 === o) : undefined;
        if (before && !prepOf(ctx, before)) m = mention(before.tok0, before.tok1, before.start, before.end, before.entity, before.kind, before.via, false, before.clitics);
        if (before) i = -2;
      }
    }
    // (Arabic: a date may sit between, `وأعلن تنظيم «الدولة الإسلامية» اليوم الجمعة مسؤوليته`)
    const who = m && (vso || i === -2 || freeWords(ctx, m.tok1, k) <= (ctx.lang === 'ar' ? 3 : 1)) && !prepOf(ctx, m) ? actor(ctx.lex, m) : undefined;
    if (!who || who.kind === 'place') continue;
    // (ref44: an attack whose doer the story named, another side, is not the one claimed: "militants attacked a US base
    // …, a day after a US strike in Baghdad …. X claimed the attack" is not X's strike on Baghdad)
    const named = d.attacker && d.attacker.entity !== who.entity && d.target ? d.attacker : undefined;
    // (the claimant is the doer of the attack told, for what "the attack", `التفجير` refers to next: "condemned the
    // bombing", `ودانت طهران التفجير` after `أعلن التنظيم مسؤوليته عن الهجوم`; the story's own attack, the recent one, when
    // the claim is told with no day or a day of the story's week)
    if (!d.attacker || !d.attackerRecent || d.attacker.entity !== who.entity) {
      const at = mentionOn(who, A);
      d.attacker = at;
      d.attackerAll = undefined;
      d.doers = [who.entity];
      const since = attackSince(ctx.doc.article.date);
      if (!ctx.s.dates.length || ctx.s.dates.some((x) => x.date.length === 10 && x.date >= since)) (d.recent = at), (d.recentAll = [at]), (d.attackerRecent = true);
    }
    // (ref44's forms — past an apposition, a part of the attacks, the Arabic claim verb — take an actor struck, never a
    // place: `هجوم استهدف حافلة عسكرية في بادية معدان` after `قُتل أربعة عناصر من قوات النظام` struck the army, rule 10)
    const newForm = !!vso || i === -2 || CLAIMED_PART_EN.test(toks[k + 1]?.norm ?? '');
    if (!d.target || (newForm && (named || d.target.kind === 'place'))) continue;
    const T = cueTrigger({ tok0: k, tok1: A.tok1, start: toks[k]!.start, end: A.end }, pattern);
    // (a capital struck is its state: "attacked the interior ministry in Ankara")
    const target = actor(ctx.lex, d.target) ?? d.target;
    if (target.entity !== who.entity) emitAll(ctx, T, pattern, [m!], [mentionOn(target, A)], {});
  }
}

/**
 * "Israel has vowed to respond", `وتوعّد «حزب الله» بالرد`: a threat of a response (cues.csv `vow_response` in the trigger
 * or within the few words after it, past the subject) that names no one threatens the doer of the last recent attack told,
 * when that doer is not the threatener's own side. Undefined when no recent attack has a doer.
 */
export function vowedResponse(ctx: Ctx, T: Trigger, subj: Group): Group | undefined {
  const toks = ctx.s.tokens;
  let found = false;
  for (let k = T.tok0; k < toks.length && k - T.tok1 <= 5 && !found; k++) {
    if (k >= T.tok1 && BOUNDARY.has(toks[k]!.text)) break;
    // (nothing named between, but the subject: "vowed to respond" of its own, not "warned X that Y would respond")
    if (k >= T.tok1 && ctx.inMention[k] && !subj.some((m) => m.tok0 <= k && k < m.tok1)) return undefined;
    found = cueWords(ctx.lex, 'vow_response').has(toks[k]!.norm);
  }
  if (!found) return undefined;
  const own = (id: string): string[] => [id, ctx.lex.entities.get(id)?.country ?? ''].filter(Boolean);
  const mine = subj.flatMap((m) => own(actor(ctx.lex, m)?.entity ?? m.entity));
  if (!mine.length) return undefined;
  // ("Syrian and Russian jets struck Idlib. The Syrian army … vowed to respond": the threatener attacked in a sentence
  // that told one of the doer's attacks, a co-doer, not its enemy)
  const coDoer = (id: string): boolean => {
    const together = new Set(ctx.out.filter((r) => r.relation === 'attacked' && r.source === id).map((r) => r.evidence.start));
    return ctx.out.some((r) => r.relation === 'attacked' && together.has(r.evidence.start) && own(r.source).some((x) => mine.includes(x)));
  };
  // ("Israel blamed Hezbollah for the strike and vowed a harsh response", `حمّلت X المسؤولية وتوعّدت بالرد`: the one the
  // threatener blamed in this very sentence; pred37)
  for (let i = ctx.out.length - 1; i >= 0 && ctx.out[i]!.evidence.start === ctx.s.start; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'accused' || !mine.includes(r.source) || mine.includes(r.target)) continue;
    const e = ctx.lex.entities.get(r.target);
    if (e) return [mention(T.tok0, T.tok1, T.start, T.end, e.id, e.kind, 'anaphor', false, '')];
  }
  // the answered act: the last attack told on the threatener's side ("Iran fired missiles at Israel, which has vowed to
  // retaliate"), by another side
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'attacked' || r.attrs?.mode === 'planned' || !own(r.target).some((x) => mine.includes(x)) || own(r.source).some((x) => mine.includes(x))) continue;
    if (coDoer(r.source)) return undefined;
    const e = ctx.lex.entities.get(r.source);
    return e ? [mention(T.tok0, T.tok1, T.start, T.end, e.id, e.kind, 'anaphor', false, '')] : undefined;
  }
  // else the doer of the story's recent attack, when the threatener was none of that attack's doers (not an ally's strike)
  const recent = ctx.discourse.recent;
  const doer = recent && actor(ctx.lex, recent);
  if (!doer || own(doer.entity).some((x) => mine.includes(x)) || ctx.discourse.doers.some((d) => own(d).some((x) => mine.includes(x)))) return undefined;
  if (coDoer(doer.entity)) return undefined;
  return [mentionOn(doer, T)];
}

/** Demonstratives of a plural noun (normalised; Arabic with its conjunction). */
const DEMONSTRATIVE = /^(these|those|[وف]?(هذه|تلك))$/;

/**
 * `وتطالب بخروج هذه القوات من البلاد`, "demanded the withdrawal of these forces": a demonstrative on a troop noun (cues.csv
 * `military`) with no demonym or name of its own after it is the state whose troops were last named — a country mention
 * qualifying a troop noun ("US troops", `القوات الأمريكية`) in its sentence before it, else in the ORG_HEAD_WINDOW
 * sentences before. The mentions added (a country, via anaphor), or undefined.
 */
export function demonstrativeForces(ctx: Ctx): Mention[] | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  let added: Mention[] | undefined;
  const troop = (S: Sentence, k: number) => S.cues.some((c) => c.tok0 <= k && k < c.tok1 && c.cues.some((x) => x.kind === 'military'));
  // the last country mention qualifying a troop noun in S, before token `end`
  const lastOwner = (S: Sentence, end: number): Mention | undefined => {
    let found: Mention | undefined;
    for (const m of S.mentions) {
      if (m.tok1 > end || m.kind !== 'country') continue;
      const arabic = S.tokens[m.tok0]!.arabic;
      // (the troop noun inside the mention, `القوات الأمريكية` read as one, or right next to it)
      if (troop(S, m.tok0) || troop(S, m.tok1 - 1) || (arabic ? troop(S, m.tok0 - 1) : troop(S, m.tok1))) found = m;
    }
    return found;
  };
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!DEMONSTRATIVE.test(toks[k]!.norm) || ctx.inMention[k + 1] || !troop(s, k + 1)) continue;
    // (its own demonym or name: `هذه القوات الأمريكية`, "these Russian troops")
    if (s.mentions.some((m) => m.tok0 === k + 2 || m.tok0 === k + 1)) continue;
    let owner = lastOwner(s, k);
    for (let i = s.index - 1; !owner && i >= 0 && i >= s.index - ORG_HEAD_WINDOW; i--) owner = lastOwner(ctx.doc.sentences[i]!, Infinity);
    const a = owner && actor(ctx.lex, owner);
    if (!a || a.kind !== 'country') continue;
    const t0 = toks[k]!;
    const t1 = toks[k + 1]!;
    (added ??= []).push(mention(k, k + 2, t0.start, t1.end, a.entity, 'country', 'anaphor', false, ''));
  }
  return added;
}
