/** Relations: emitting records (actors, pairs, hosted → met), with evidence spans and dates. */
import { cueHas, evidenceOf, type Mention, mentionOf, redated, relationRecord, type Trigger } from '../doc.ts';
import { cueWords, hasCueWord, type Pattern } from '../lexicon.ts';
import type { DateSource } from '../../types.ts';
import { actor, BOUNDARY, RELATIVE, type Ctx, type Group, hasCue, locatedPlace, PAIRABLE, PLACE_RELATIONS, prepOf, span } from './ctx.ts';
import { counterpart } from './anaphora.ts';
import { proxyPatron } from './proxy.ts';
import { roadEnd } from './roadends.ts';
import { capturedWhileHeld, dateFor, isBackground, isPresent, perfectNoun } from './dates.ts';

export function emit(ctx: Ctx, T: Trigger, relation: string, src: Mention, tgt: Mention, attrs: Record<string, string>, targetIsPlace: boolean): boolean {
  // ("received a Syrian delegation headed by X", `وفداً سورياً برئاسة X`: the delegation meets, is received and visits as X)
  if (MEETING_RELATIONS.has(relation)) {
    src = delegationHead(ctx, src) ?? src;
    if (!targetIsPlace) tgt = delegationHead(ctx, tgt) ?? tgt;
  }
  const a = actor(ctx.lex, src);
  if (!a) return false;
  const b = targetIsPlace ? tgt : actor(ctx.lex, tgt);
  if (!b) return false;
  if (a.entity === b.entity || ownState(ctx, relation, a.entity, b.entity)) return false;
  if (relation === 'met' && !targetIsPlace && restatedMeeting(ctx, a.entity, b.entity)) return false;
  if (relation === 'attacked' && reporterOfAttack(ctx, T, src)) return false;
  if (trailingReporter(ctx, T, src) || (!targetIsPlace && trailingReporter(ctx, T, tgt))) return false;
  if (allyApposition(ctx, T, src, tgt)) return false;
  if (relation === 'deployed_in' && partnerNotPlace(ctx, tgt)) return false;
  // (the ends of a road the act took place on: "on the road between Kobani and Sarrin"; roadends.ts, ref40)
  if (targetIsPlace && (relation === 'attacked' || relation === 'deployed_in') && roadEnd(ctx, tgt)) return false;
  if (targetIsPlace && NESTED_RELATIONS.has(relation) && containerOfPlace(ctx, T, tgt)) return false;
  if (targetIsPlace && NESTED_RELATIONS.has(relation) && relativePlaceContainer(ctx, T, tgt)) return false;
  if (ctx.byKind.has('instead') && (standIn(ctx, src) || standIn(ctx, tgt))) return false;
  const sentence = ctx.doc.article.text.slice(ctx.s.start, ctx.s.end);
  const { date, dateSource } = relation === 'deployed_in' && capturedWhileHeld(ctx, T) ? { date: ctx.doc.article.date, dateSource: 'published' as const } : dateOnce(ctx, T);
  const ev = evidenceOf(ctx.doc.article.id, sentence, ctx.s.start, ctx.s.end, span(ctx, src), span(ctx, tgt), ctx.attributedTo || undefined);
  const rec = relationRecord(a.entity, relation, b.entity, date, dateSource, ev);
  const symmetric = ctx.lex.symmetric.has(relation);
  if (
    ctx.out.some(
      (r) =>
        r.evidence.start === ctx.s.start &&
        r.relation === relation &&
        ((r.source === rec.source && r.target === rec.target) || (symmetric && r.source === rec.target && r.target === rec.source)),
    )
  )
    return true;
  const at = { ...attrs };
  if (ctx.attributedTo) at.attributedTo = ctx.attributedTo;
  if (Object.keys(at).length) rec.attrs = at;
  ctx.out.push(rec);
  if (isPresent(ctx, T) || isBackground(ctx, T) || perfectNoun(ctx, T)) ctx.stative.add(rec);
  return true;
}

/**
 * A place slot (deployed_in, visited, withdrew_from) is filled by a place, never by an actor (the slot guard of guard24,
 * diagnosis-batch25 §4 and §7 fix 5): a person, a group or body that stands for no state, or a state named by one of its
 * bodies, a descriptor or demonym on an `actor_head` or `military` head ("near the line separating Syrian and Israeli
 * forces", "in support of government forces", `قوات النظام`). The state named by its land stays a place ("Syrian
 * territory", `الأراضي السورية`).
 */
function actorNotPlace(ctx: Ctx, m: Mention): boolean {
  const e = ctx.lex.entities.get(m.entity);
  const kind = e?.kind ?? m.kind;
  if (kind === 'person') return true;
  if ((kind === 'organization' || kind === 'armed_group') && !e?.stands_for) return true;
  if (kind !== 'country' || (m.via !== 'descriptor' && m.via !== 'demonym')) return false;
  // a state named by a body, not by its land: "government forces", "Israeli forces", `القوات التركية`, `النظام` (cues.csv
  // `actor_head`, or `military` that is no `place_head`), not "Syrian territory", `الأراضي السورية`, "Turkish bases"
  const body = (k: number) => (!!hasCue(ctx, k, 'actor_head') || !!hasCue(ctx, k, 'military')) && !hasCue(ctx, k, 'place_head') && !/^(bases?|قاعد|قواعد|القواعد|القاعد)/.test(ctx.s.tokens[k]?.norm ?? '');
  for (let k = m.tok0; k < m.tok1; k++) if (body(k)) return true;
  return m.via === 'demonym' && body(ctx.lang === 'en' ? m.tok1 : m.tok0 - 1);
}

/**
 * "deployed in northeastern Syria alongside the Kurdish-led SDF", `تنتشر في … إلى جانب «قسد»`: an actor named right after
 * `alongside` (its article and compound between) is a partner, no place of the presence.
 */
function partnerNotPlace(ctx: Ctx, tgt: Mention): boolean {
  if (tgt.kind === 'place' || actor(ctx.lex, tgt)?.kind === 'country') return false;
  const toks = ctx.s.tokens;
  return !!ctx.byKind.get('alongside')?.some((c) => c.tok1 <= tgt.tok0 && tgt.tok0 - c.tok1 <= 4 && !toks.slice(c.tok1, tgt.tok0).some((t) => t.text === ',' || t.text === '،' || BOUNDARY.has(t.text)));
}

/** The place relations whose place is the innermost one named (slot34). */
const NESTED_RELATIONS = new Set(['deployed_in']);
/** What may stand between a place and its container: "in", "of", "the", "'s", `في`, and place heads ("province"). */
const NEST_WORD = /^(in|of|the|'s|’s|في)$/;

/**
 * "a US base near Rumeilan in Syria's Hasakah province", `قرب بلدة تل تمر في ريف الحسكة`: a place (no state) that
 * contains a place named right before it ("in", `في`, `بريف`, a state's possessive and place heads between, no comma or
 * "and") only locates that place; the relation's place is the inner one (slot34, diagnosis-batch29 FP 77).
 */
function containerOfPlace(ctx: Ctx, T: Trigger, tgt: Mention): boolean {
  if (ctx.lang !== 'en' || ctx.lex.entities.get(tgt.entity)?.kind === 'country' || tgt.kind === 'country') return false;
  const toks = ctx.s.tokens;
  const inner = ctx.s.mentions.find((p) => p.tok1 <= tgt.tok0 && tgt.tok0 - p.tok1 <= 4 && p.entity !== tgt.entity && p.kind === 'place' && ctx.lex.entities.get(p.entity)?.kind !== 'country' && p.tok1 > 0);
  // (the trigger before both: a control clause after "A in B" is rewritten to A by presence.ts appositeControl)
  if (!inner || T.tok1 > inner.tok0) return false;
  let nest = false;
  for (let k = inner.tok1; k < tgt.tok0; k++) {
    const t = toks[k]!;
    if (ctx.inMention[k]) {
      const x = ctx.s.mentions.find((y) => y.tok0 <= k && y.tok1 > k);
      if (x && (x.kind === 'country' || ctx.lex.entities.get(x.entity)?.kind === 'country')) continue;
      return false;
    }
    if (NEST_WORD.test(t.norm)) {
      nest ||= t.norm === 'in' || t.norm === 'في';
      continue;
    }
    if (t.word && hasCue(ctx, k, 'place_head')) {
      nest ||= t.arabic && /^ب/.test(t.norm);
      continue;
    }
    return false;
  }
  return nest;
}

/**
 * slot35 (diagnosis-batch30 FP 54; diag28 FP 90, 123): `مخيم الهول الذي تديره «قسد» في ريف الحسكة`, "the al-Hol camp,
 * which the SDF runs in Hasakah province": in a relative clause on a place (no state), a second place (no state) after
 * the verb behind `في`/"in" only locates the antecedent; the relation's place is the antecedent. The relative pronoun
 * up to eight tokens before the verb, only its subject and adverbs between; the antecedent right before it (past a comma
 * or quotes).
 */
function relativePlaceContainer(ctx: Ctx, T: Trigger, tgt: Mention): boolean {
  const toks = ctx.s.tokens;
  if (tgt.tok0 < T.tok1 || tgt.kind !== 'place' || ctx.lex.entities.get(tgt.entity)?.kind === 'country') return false;
  let r = -1;
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 8; k--) {
    if (RELATIVE.has(toks[k]!.norm) || toks[k]!.norm === 'that') {
      r = k;
      break;
    }
    if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',' || toks[k]!.text === '،') return false;
  }
  if (r < 1) return false;
  let e = r - 1;
  while (e > 0 && (toks[e]!.text === ',' || /^[«»"”]$/.test(toks[e]!.text))) e--;
  const ante = ctx.s.mentions.find((m) => m.tok1 === e + 1);
  if (!ante || ante.kind !== 'place' || ante.entity === tgt.entity || ctx.lex.entities.get(ante.entity)?.kind === 'country') return false;
  // (a capital that stands for its state is an actor, no place: "Washington, which keeps about 900 troops in …")
  const who = actor(ctx.lex, ante);
  if (who && who.entity !== ante.entity) return false;
  // (the second place behind in / في, or a clitic في/ب on it, with no comma or boundary after the verb)
  const before = toks[tgt.tok0 - 1]?.norm ?? '';
  if (!(before === 'in' || before === 'في' || /[بف]/.test(tgt.clitics))) return false;
  for (let k = T.tok1; k < tgt.tok0; k++) if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',' || toks[k]!.text === '،') return false;
  return true;
}

/** `بدلاً من الرئيس X`, "instead of X": the one another stands in for (past a title, up to three words) is no party. */
function standIn(ctx: Ctx, m: Mention): boolean {
  return !!ctx.byKind.get('instead')?.some((c) => c.tok1 <= m.tok0 && m.tok0 - c.tok1 <= 3 && !ctx.s.tokens.slice(c.tok1, m.tok0).some((t) => t.text === ',' || t.text === '،' || BOUNDARY.has(t.text)));
}

/**
 * dateFor(ctx, T), kept for the next record of the same trigger in the same sentence: a trigger joining a
 * list emits a record per pair, and 39% of emit's calls (first 3,000 benchmark articles) asked again for
 * the date of the trigger before. The date reads only what is fixed once the sentence's triggers are
 * processed (its tokens, dates, cues and clauses), never the records emitted.
 */
let dated: { ctx: Ctx; s: Ctx['s']; T: Trigger; date: ReturnType<typeof dateFor> } | undefined;
function dateOnce(ctx: Ctx, T: Trigger): ReturnType<typeof dateFor> {
  if (dated && dated.T === T && dated.ctx === ctx && dated.s === ctx.s) return dated.date;
  const date = dateFor(ctx, T);
  dated = { ctx, s: ctx.s, T, date };
  return date;
}

/**
 * `وتوعّدت إيران، الحليف الأبرز لدمشق والحزب، بأن …`, `انتقدت الولايات المتحدة، الداعم الرئيسي لـ«قسد»، إجراء …`: the
 * genitive of an ally noun in apposition to the subject (between commas) belongs to that noun, never to the verb.
 * The ally noun's own relation (the subject supports its genitive) is the agent-noun frame's, whose trigger is the noun.
 */
function allyApposition(ctx: Ctx, T: Trigger, src: Mention, tgt: Mention): boolean {
  if (ctx.lang !== 'ar' || tgt.tok0 < src.tok1) return false;
  const toks = ctx.s.tokens;
  if (!/^[،,]$/.test(toks[src.tok1]?.text ?? '')) return false;
  const c = ctx.s.cues.find((x) => x.tok0 === src.tok1 + 1 && cueHas(x, 'agent_noun'));
  if (!c || (T.tok0 >= c.tok0 && T.tok0 < c.tok1)) return false;
  // the apposition ends at the next comma (or the sentence's end); the target inside it
  let end = c.tok1;
  while (end < toks.length && !/^[،,]$/.test(toks[end]!.text)) end++;
  return tgt.tok0 >= c.tok1 && tgt.tok1 <= end && !(T.tok0 >= c.tok1 && T.tok0 < end);
}

/** What may stand between a speech verb (and its subject) and the subject of the clause it reports. */
const REPORT_OPENER = /^(that|ان|بان|لان|the|a|an|this|these|that|those|[«»"“”'(),،])$/;
/**
 * "The Observatory, a war monitor, said Tuesday's strike targeted …", `أفاد المرصد … بأن الغارات طالت …`,
 * `وذكر «المرصد» أن الضربة استهدفت …`: an organisation that reports an attack whose noun opens the clause it
 * reports is the attack's reporter, never its doer (the doer, when named, is the noun's: "an Israeli strike").
 * Organisations only (monitors, news agencies, UN bodies); a state or an armed group may report its own strikes,
 * and one that stands for a state ("the coalition", CENTCOM) is that state.
 */
function reporterOfAttack(ctx: Ctx, T: Trigger, src: Mention): boolean {
  if (src.kind !== 'organization' || ctx.lex.entities.get(src.entity)?.stands_for) return false;
  const s = ctx.s;
  for (const c of reportVerbs(ctx, T.tok0)) {
    // the speaker next to its verb: "X, a monitor, said" (SVO) or `قال X` (VSO)
    const svo = src.tok1 <= c.tok0 && c.tok0 - src.tok1 <= 15;
    const vso = c.tok1 <= src.tok0 && src.tok0 - c.tok1 <= 1;
    if (!svo && !vso) continue;
    let k = Math.max(c.tok1, src.tok1);
    // openers, dates, a count ("at least 11", `ما لا يقل عن 11`) and up to three words that are no name, trigger or
    // pronoun ("a "terrorist attack"", "a deadly ambush had") may stand before the act noun that opens what is reported
    // or counted, or before the attack verb itself: the reported clause then has its own subject, a noun phrase
    let modifiers = 0;
    for (; k < T.tok0 && k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      const w = t.norm.toLowerCase();
      if (REPORT_OPENER.test(w) || COUNT_FILLER.test(w) || /^[0-9٠-٩]+$/.test(t.text)) continue;
      if (s.dates.some((d) => t.start < d.end && t.end > d.start)) continue;
      if (t.word && !ctx.inMention[k] && !REPORT_PRONOUN.test(w) && !s.triggers.some((x) => x.tok0 === k) && ++modifiers <= 3) continue;
      break;
    }
    if (k === T.tok0 && modifiers > 0 && modifiers <= 3) return true;
    if (s.triggers.some((x) => x.tok0 === k && x.tok0 <= T.tok0 && x.patterns.some((p) => p.relation === 'attacked'))) return true;
  }
  return false;
}

/** Pronouns that make the reporter (or its fighters) the subject of what it reports: "said it had struck", `إنها`. */
const REPORT_PRONOUN = /^(it|its|they|their|he|she|we|our|انها|انه|انهم|انهما)$/;

/** What may stand between a count verb and the act noun it counts: "at least", "more than", `ما لا يقل عن`, `نحو`. */
const COUNT_FILLER = /^(at|least|more|than|some|about|over|nearly|around|almost|ما|لا|يقل|عن|نحو|اكثر|من)$/;

/**
 * The verbs that report or count before `before`: speech cues ("said", `أفاد`) and count verbs (cues.csv `count_verb`:
 * "counted", "recorded", "documented", `وثّق`, `أحصى`, `رصد`; a proclitic و or ف read off), as token spans.
 */
function reportVerbs(ctx: Ctx, before: number): { tok0: number; tok1: number }[] {
  const out: { tok0: number; tok1: number }[] = [];
  for (const c of ctx.s.cues) if (cueHas(c, 'speech') && c.tok0 <= before) out.push({ tok0: c.tok0, tok1: c.tok1 });
  const toks = ctx.s.tokens;
  const count = cueWords(ctx.lex, 'count_verb');
  for (let k = 0; k < before && k < toks.length; k++) {
    const n = toks[k]!.norm;
    if (count.has(n) || (ctx.lang === 'ar' && /^[وف]/.test(n) && count.has(n.slice(1)))) out.push({ tok0: k, tok1: k + 1 });
  }
  return out;
}

/**
 * The source of a report is no participant of what it reports (diagnosis-batch29 §6 fix 3; branch slot34). An
 * organisation that stands for no state (a monitor, a news agency) named as the trailing reporter of the clause that
 * holds the trigger is no argument of it: "…, killing four soldiers, the Syrian Observatory for Human Rights said",
 * "…, said the Observatory", `…، بحسب المرصد السوري`, "…, according to SANA". The reporter comes after the trigger, a
 * comma (at most three words between, none a name or trigger) before it, its verb right after it or past the rest of
 * its name (SVO) or right before
 * it after the comma (VSO), or an `according` cue right before it.
 */
function trailingReporter(ctx: Ctx, T: Trigger, m: Mention): boolean {
  if (m.tok0 <= T.tok0 || m.kind !== 'organization' || ctx.lex.entities.get(m.entity)?.stands_for) return false;
  const s = ctx.s;
  const toks = s.tokens;
  const comma = (k: number) => toks[k]?.text === ',' || toks[k]?.text === '،';
  const cueAt = (kind: 'speech' | 'according', pred: (c: { tok0: number; tok1: number }) => boolean) => s.cues.some((c) => cueHas(c, kind) && pred(c));
  // according to X, `بحسب X`, `وفقاً لـX`: the cue within two words before the name
  if (cueAt('according', (c) => c.tok1 <= m.tok0 && m.tok0 - c.tok1 <= 2 && c.tok0 > T.tok0)) return true;
  // ", said the Observatory", `، قال المرصد`
  if (cueAt('speech', (c) => c.tok1 <= m.tok0 && m.tok0 - c.tok1 <= 1 && comma(c.tok0 - 1) && c.tok0 > T.tok0)) return true;
  // ", the Observatory said", `، المرصد قال` is rare: English only
  // (the rest of a name the mention did not cover between: "the Syrian Observatory for Human Rights said")
  const verbAfter = (c: { tok0: number }) => c.tok0 >= m.tok1 && c.tok0 - m.tok1 <= 4 && toks.slice(m.tok1, c.tok0).every((t, i) => t.word && !ctx.inMention[m.tok1 + i]);
  if (!cueAt('speech', verbAfter)) return false;
  for (let k = m.tok0 - 1; k > T.tok0 && m.tok0 - k <= 4; k--) {
    if (comma(k)) return true;
    if (ctx.inMention[k] || s.triggers.some((x) => x.tok0 === k)) return false;
  }
  return false;
}

const MEETING_RELATIONS = new Set(['met', 'hosted', 'visited']);

/**
 * `وفداً سورياً برئاسة X`, `وفد سوري يرأسه X`, "a Syrian delegation headed by X", "Syria's delegation, led by X": a state
 * that qualifies a delegation noun (cues.csv `delegation_noun`) headed by a named person (`headed_by`, the person within
 * four words after it, no comma between) is that person for a meeting, a reception or a visit. Undefined otherwise.
 */
export function delegationHead(ctx: Ctx, m: Mention): Mention | undefined {
  if (m.kind === 'person' || actor(ctx.lex, m)?.kind !== 'country') return undefined;
  const toks = ctx.s.tokens;
  const isDel = (k: number) => k >= 0 && k < toks.length && hasCueWord(ctx.lex, 'delegation_noun', toks[k]!.norm);
  let end: number | undefined;
  // the noun before its demonym (Arabic) or after it, its possessive or one adjective between ("a Syrian ministerial delegation")
  if (ctx.lang === 'ar' && isDel(m.tok0 - 1)) end = m.tok1;
  // ("Iran's delegation", "الوفد الإيراني" read as one mention of the state)
  else if (isDel(m.tok1 - 1) || (ctx.lang === 'ar' && isDel(m.tok0))) end = m.tok1;
  else if (ctx.lang === 'en')
    for (let k = m.tok1; k <= m.tok1 + 2 && k < toks.length; k++) {
      if (isDel(k)) {
        end = k + 1;
        break;
      }
      if (ctx.inMention[k] || !toks[k]!.word && toks[k]!.text !== "'s") break;
    }
  if (end === undefined) return undefined;
  const h = ctx.byKind.get('headed_by')?.find((c) => c.tok0 >= end! && c.tok0 - end! <= 3 && !ctx.s.mentions.some((x) => x.tok0 >= end! && x.tok0 < c.tok0));
  if (!h) return undefined;
  const head = ctx.s.mentions.find((x) => x.tok0 >= h.tok1 && x.tok0 - h.tok1 <= 4);
  if (!head || head.kind !== 'person' || toks.slice(h.tok1, head.tok0).some((t) => t.text === ',' || t.text === '،')) return undefined;
  return mentionOf(m, head.entity, 'person', 'descriptor');
}
/**
 * A person and the state they belong to are never the two ends of a meeting, a reception or a visit ("Erdogan met
 * Turkey", "Assad hosted Syria"): one of the two was misread (a pronoun, a report's source). Persons' countries are
 * the lexicon's `country` column.
 */
/**
 * solo49 (diag46 ref47 rank 4): "The defence ministers of Turkey, Syria and Russia held talks in Moscow, the highest-level
 * meeting between Ankara and Damascus": two states met in a sentence that already has a meeting of their persons (one of
 * each state) restate that meeting; no state row of their own (the pool's gold has none).
 */
function restatedMeeting(ctx: Ctx, a: string, b: string): boolean {
  const ea = ctx.lex.entities.get(a);
  const eb = ctx.lex.entities.get(b);
  if (ea?.kind !== 'country' || eb?.kind !== 'country') return false;
  const stateOf = (id: string) => { const e = ctx.lex.entities.get(id); return e?.kind === 'person' ? e.country : undefined; };
  for (let i = ctx.out.length - 1; i >= 0 && ctx.out[i]!.evidence.start === ctx.s.start; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'met') continue;
    const x = stateOf(r.source);
    const y = stateOf(r.target);
    if ((x === a && y === b) || (x === b && y === a)) return true;
  }
  return false;
}

/** Relations a person never has with his own state (ownState, beside the meeting relations). */
const OWN_STATE_NONE: ReadonlySet<string> = new Set(['coordinated_with', 'agreed_with', 'reconciled_with', 'supported', 'phoned']);

export function ownState(ctx: Ctx, relation: string, a: string, b: string): boolean {
  // (a leader's warning of a danger near "the kingdom's borders" threatens no one, least his own state: slot45, FP guard)
  if (relation === 'threatened') return ctx.lex.entities.get(a)?.kind === 'person' && ctx.lex.entities.get(a)?.country === b;
  // (solo49: nor does one coordinate, agree, reconcile, phone or side with one's own state: "Putin approved letting
  // volunteers fight alongside Russian forces" is no `coordinated_with`; the pool's gold has none of these. Urging
  // reconciliation with it is another matter: "Raisi urged Cairo to restore ties with Tehran")
  if (!MEETING_RELATIONS.has(relation) && !OWN_STATE_NONE.has(relation)) return false;
  const ea = ctx.lex.entities.get(a);
  const eb = ctx.lex.entities.get(b);
  return (ea?.kind === 'person' && eb?.kind === 'country' && ea.country === b) || (eb?.kind === 'person' && ea?.kind === 'country' && eb.country === a);
}

export function emitAll(ctx: Ctx, T: Trigger, p: Pattern, subj: Group, obj0: Group, attrs: Record<string, string>): boolean {
  let emitted = false;
  const obj: Group = [];
  for (const m of obj0) {
    // (the patron of an unnamed group is not hit: "depots used by groups loyal to Iran"; proxy.ts, slot32)
    if (p.relation === 'attacked' && proxyPatron(ctx, m)) continue;
    const c = counterpart(ctx, subj, m);
    if (c) obj.push(c);
  }
  const rels = [p.relation, ...p.also];
  for (const rel of rels) {
    // a place slot is filled only by a place (slot guard, diagnosis-batch25 §4): never by a person, a group or body, or a
    // state named by an actor noun phrase ("the line separating Syrian and Israeli forces", "in support of government
    // forces", `قوات النظام`); the place named with it stays
    const placeObj = PLACE_RELATIONS.has(rel) ? obj.filter((m) => !actorNotPlace(ctx, m)) : obj;
    if (PLACE_RELATIONS.has(rel) && !placeObj.length) continue;
    // an implied meeting (hosted → met): a person receiving one guest meets them; a country hosting delegations does
    // not. (An implied one-way relation keeps the arguments: an invasion, attacked → deployed_in, gold rule 13.)
    if (rel !== p.relation && ctx.lex.symmetric.has(rel) && (obj.length > 1 || subj.some((m) => m.kind !== 'person'))) continue;
    // a town or region struck is the target of an attack ("غارات على سوق في جسر الشغور"); a capital stands for its state
    // (a capital named as a place, or listed with a town, is where the attack struck: "مواقع في محيط دمشق", "قرب طرطوس ودمشق")
    const plain = (m: Mention) => m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for;
    const placeTarget = PLACE_RELATIONS.has(rel) || (rel === 'attacked' && obj.every((m) => m.kind === 'place' && (plain(m) || locatedPlace(ctx, m) || obj.some(plain))));
    // ("Israel struck Idlib and Lebanon", `قصفت إسرائيل إدلب ولبنان`: a town listed with a country is struck as a place,
    // the country as a state; every member gets the slot, diagnosis-batch26 §6 fix 4)
    // (not a list after "in"/`في`, where a region and a state are where the strikes fell: "air strikes in northern Iraq and
    // Syria", `مواقع عسكرية في شمال إسرائيل والجولان`)
    const placeOf = (m: Mention) => placeTarget || (rel === 'attacked' && plain(m) && !/^(in|في)$/.test(prepOf(ctx, obj[0]!) ?? '') && obj.some((x) => x.kind !== 'place' && actor(ctx.lex, x)?.kind === 'country'));
    // "areas of Turkish influence": a demonym is no place to go to or leave
    if (placeTarget && obj.every((m) => m.via === 'demonym')) continue;
    // an implied relation (hosted → met) joins host and guests, not the guests among themselves
    // ("Fidan met A and B": one subject meeting a list, the list's members are not said to meet each other, unless
    // the meeting is joint: "three-way", "trilateral", "together"; English)
    // ("met his Jordanian, Saudi and Iraqi counterparts", `اتفق مع نظرائه الأردني والسعودي والعراقي`: a plural counterpart
    // word is one party of several, who met or agreed together; gold rule 3, every pair)
    // (so is a role group, "agreed with the foreign ministers of A, B and C": the holders of one office, described together)
    const counterparts = obj.length >= 2 && obj.length === obj0.length && obj0.every((m, i) => (m.kind === 'country' && obj[i]!.kind === 'person') || (m.grouped && m.kind === 'person'));
    const many = rel === p.relation && (ctx.lex.symmetric.has(rel) || (counterparts && PAIRABLE.has(rel))) && subj.length + obj.length > 2;
    // (Arabic: a verb that takes the one met as its object, "التقى خلالها A والرئيس B"; not "شارك في الاجتماع A وB")
    // ("held talks in 2023 with A, B and C": a meeting noun whose "with" names several is one-to-many too)
    const withMany = many && ctx.lang === 'en' && T.patterns[0]!.pos === 'noun' && !!obj.length && prepOf(ctx, obj[0]!) === 'with';
    const oneToMany = many && !counterparts && subj.length === 1 && (T.patterns[0]!.pos === 'verb' || withMany) && (ctx.lang === 'en' || AR_MEET_OBJECT.test(ctx.s.tokens[T.tok0]!.norm)) && !JOINT_WORDS.test(ctx.doc.article.text.slice(ctx.s.start, ctx.s.end));
    if (many && !oneToMany) {
      // ("طهران شاركت في اجتماع وزراء خارجية روسيا وتركيا وإيران": a state whose own office holder is among the
      // participants takes part through them; no pairs of its own)
      const all = [...subj, ...obj].filter((m, _, g) => {
        const st = m.kind === 'person' ? undefined : actor(ctx.lex, m);
        return st?.kind !== 'country' || !g.some((x) => x.kind === 'person' && ctx.lex.entities.get(x.entity)?.country === st.entity);
      });
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++) emitted = emit(ctx, T, rel, all[i]!, all[j]!, attrs, placeTarget) || emitted;
    } else for (const a of subj) for (const b of placeObj) emitted = emit(ctx, T, rel, a, b, attrs, placeOf(b)) || emitted;
  }
  if (rels.some((r) => PAIRABLE.has(r)) || p.relation === 'hosted') ctx.groups.push([...subj, ...obj]);
  else ctx.groups.push(subj, obj);
  return emitted;
}

/** Words that make a meeting of one with several a meeting of all. */
const AR_MEET_OBJECT = /^[وف]?(التقي|التقت|يلتقي|تلتقي|قابل|قابلت|يقابل|تقابل)$/;
const JOINT_WORDS = /\b(three-way|four-way|trilateral|tripartite|quadrilateral|joint|together|jointly)\b/i;

export function pairsOf(ctx: Ctx, T: Trigger, p: Pattern, g0: Group, attrs: Record<string, string>): boolean {
  let emitted = false;
  // ("Mekdad and his Jordanian, Saudi and Egyptian counterparts met": the demonyms of a counterpart word are the holders
  // of the role of the person named before them in the group)
  const g: Group = [];
  for (const m of g0) {
    const who = m.kind === 'country' ? g0.filter((x) => x.kind === 'person' && x.tok1 <= m.tok0) : [];
    const c = who.length ? counterpart(ctx, [who[who.length - 1]!], m) : m;
    if (c) g.push(c);
  }
  for (const rel of [p.relation, ...p.also])
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        emitted = emit(ctx, T, rel, g[i]!, g[j]!, attrs, PLACE_RELATIONS.has(rel)) || emitted;
        // ("Ankara and Damascus cut ties", "منذ قطع العلاقات بينهما": ties cut with no one named as the one who cut
        // them were cut by both, each sanctioning the other; gold rule 11)
        if (rel === 'sanctioned') emitted = emit(ctx, T, rel, g[j]!, g[i]!, attrs, false) || emitted;
      }
  ctx.groups.push(g);
  return emitted;
}

/** The relations emitted since `from` (an index into ctx.out) take `date` (from the text unless said otherwise). */
export function redateSince(ctx: Ctx, from: number, date: string, dateSource: DateSource = 'text'): void {
  for (let j = from; j < ctx.out.length; j++) ctx.out[j] = redated(ctx.out[j]!, date, dateSource);
}

/** Has the sentence (ctx.s) already told `source relation target`? Readers that may reach a pair twice ask it before emitting. */
export function toldHere(ctx: Ctx, relation: string, source: string, target: string): boolean {
  const start = ctx.s.start;
  return ctx.out.some((r) => r.evidence.start === start && r.relation === relation && r.source === source && r.target === target);
}

/**
 * The relations emitted since `from` are states: dated `date` when the text gives one, else at publication
 * ('published': the publication date stands for a date the text does not give), and left alone by the article-level
 * passes that date undated acts (`stative`).
 */
export function asStates(ctx: Ctx, from: number, date?: string): void {
  redateSince(ctx, from, date ?? ctx.doc.article.date, date ? 'text' : 'published');
  for (let j = from; j < ctx.out.length; j++) ctx.stative.add(ctx.out[j]!);
}

/** The relations emitted since `from` are states at the time of writing: dated at publication. */
export function atPublication(ctx: Ctx, from: number): void {
  asStates(ctx, from);
}
