/** Relations: anaphors ("the two sides", "الجانبان", "بلاده", "their"), role groups and counterparts. */
import { cueHas, type CueSpan, type Mention, mention, mentionOf, mentionOn, type Sentence, type Span, type Trigger } from '../doc.ts';
import { isQuote, resolveRole } from '../mentions.ts';
import type { EntityKind } from '../../types.ts';
import { cueWords, type Lexicon, officeHeld, stateOf } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import { actor, betweenAt, type Ctx, cueKinds, freeWords, type Group, groupFrom, isPossessive, kindOf, membersAfter, lastMentionBefore, nth, prepOf, QAD } from './ctx.ts';
import { mapped } from '../packed.ts';
import { eventStates } from './discourse.ts';
import { visitStates } from './structure.ts';
import { troopsConjuncts } from './theyconj.ts';

/** "the two leaders", "الرئيسان" name people; "the two sides", "الجانبان" name the parties. */
/**
 * The presidents (at the article's date) of the two states a "between A and B" / `بين A و B` names before the dual cue c
 * ("الرئيسان", "the two presidents") in its sentence; undefined unless both are known.
 */
function presidentsOf(ctx: Ctx, c: CueSpan): Group | undefined {
  if (officeOfDual(c) !== 'president') return undefined;
  const toks = ctx.s.tokens;
  const b = toks.findIndex((_, j) => j < c.tok0 && betweenAt(ctx, j));
  if (b < 0) return undefined;
  const i = ctx.s.mentions.findIndex((m) => m.tok0 === b + 1);
  const two = i >= 0 ? groupFrom(ctx.s.mentions, i) : [];
  if (two.length !== 2 || two[1]!.tok1 > c.tok0) return undefined;
  const out: Mention[] = [];
  for (const m of two) {
    const st = actor(ctx.lex, m);
    const who = st?.kind === 'country' ? resolveRole(ctx.lex, st.entity, ctx.lang === 'ar' ? 'الرئيس' : 'President', ctx.lang, ctx.doc.article.date) : undefined;
    const e = who ? ctx.lex.entities.get(who) : undefined;
    if (!e) return undefined;
    out.push(mention(c.tok0, c.tok1, c.start, c.end, e.id, e.kind, 'anaphor', false, ''));
  }
  return out[0]!.entity === out[1]!.entity ? undefined : out;
}

/** The office a people dual names: "the two ministers", الوزيران ('minister'); "the two presidents", الرئيسان ('president'). */
function officeOfDual(c: CueSpan): 'minister' | 'president' | undefined {
  const f = mapped(c.cues, (x) => normalise(x.form)).join(' ');
  return /ministers|الوزير/.test(f) ? 'minister' : /presidents|الرييس/.test(f) ? 'president' : undefined;
}

/**
 * "Gantz met Akar. Gantz was also received by Erdogan. The two ministers agreed …": a dual that names an office is the
 * latest pair of people a relation joined (first `pair`, the default, then the story's relations backwards) of whom
 * neither is known to hold another office at the sentence's date (roles.csv, officeHeld); [] when a pair was found but
 * none fits (precision first: no guess), the default when the dual names no office or there is no default.
 */
function officePair(ctx: Ctx, c: CueSpan, pair: Group | undefined): Group | undefined {
  const office = officeOfDual(c);
  if (!office || !pair) return pair;
  const date = dateOf(ctx);
  const fits = (a: string, b: string) => a !== b && officeHeld(ctx.lex, a, office, date) !== false && officeHeld(ctx.lex, b, office, date) !== false;
  if (fits(pair[0]!.entity, pair[1]!.entity)) return pair;
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (kindOf(ctx.lex, r.source) !== 'person' || kindOf(ctx.lex, r.target) !== 'person' || !fits(r.source, r.target)) continue;
    return [mention(c.tok0, c.tok1, c.start, c.end, r.source, 'person', 'anaphor', false, ''), mention(c.tok0, c.tok1, c.start, c.end, r.target, 'person', 'anaphor', false, '')];
  }
  return [];
}

function peopleDual(c: CueSpan): boolean {
  return /leaders|men|ministers|presidents|officials|الرييس|الزعيم|الوزير|المسوول/.test(mapped(c.cues, (x) => normalise(x.form)).join(' '));
}

/**
 * "ووقّع الجانبان مذكرة تفاهم", "the two sides signed an accord": a signed document (a `binding`
 * cue on the verb) binds the sides' states, so people of a sides-dual stand for their countries.
 */
export function bindingSides(ctx: Ctx, T: Trigger, subj: Group): Group {
  if (subj[0]!.via !== 'anaphor' || !ctx.byKind.get('binding')?.some((c) => c.tok0 === T.tok0) || !subj.every((m) => m.via === 'anaphor')) return subj;
  const c = ctx.cueAt.get(subj[0]!.tok0);
  if (!c || !cueHas(c, 'dual') || peopleDual(c)) return subj;
  const out: Group = [];
  for (const m of subj) {
    const country = m.kind === 'person' ? ctx.lex.entities.get(m.entity)?.country : m.entity;
    if (!country) return subj;
    out.push(mentionOf(m, country, 'country'));
  }
  return new Set(out.map((m) => m.entity)).size === out.length ? out : subj;
}

/** Kinds a plural of any actor stands for ("both delegations", `الوفدين`: a state and a movement alike). */
const ANY_ACTOR = new Set(['country', 'organization', 'armed_group']);

/**
 * The last list (A and B) of two or more distinct actors, all of `kind` (`actor`: any but people), before token `before` in
 * its sentence ("Sweden and Finland …, accusing both countries"), else in the previous sentences.
 */
function lastPlural(ctx: Ctx, kind: string, before: number): Mention[] | undefined {
  // ("Russia and Iran sought to revive talks between the two neighbours": a list of its own clause before "between" is
  // not the pair it sets "between"; that would be "between themselves")
  const between = ctx.byKind.get('between')?.some((c) => c.tok1 === before || (c.tok1 === before - 1 && /^(the|both)$/.test(ctx.s.tokens[before - 1]!.norm)));
  const open = (m: Mention) => !between || ctx.s.tokens.slice(m.tok1, before).some((t) => t.text === ',' || t.text === '،');
  const here = ctx.s.mentions.filter((m) => m.tok1 <= before && open(m));
  for (let h = ctx.history.length; h >= 0; h--) {
    const ms = h === ctx.history.length ? here : ctx.history[h]!;
    let found: Mention[] | undefined;
    for (let i = 0; i < ms.length; i++) {
      if (ms[i]!.conj || !ms[i + 1]?.conj) continue;
      const g: Mention[] = [];
      let same = true;
      for (const m of groupFrom(ms, i)) {
        const a = actor(ctx.lex, m);
        if (!a) continue;
        if (kind === 'actor' ? !ANY_ACTOR.has(a.kind) : a.kind !== kind) same = false;
        if (!g.some((x) => x.entity === a.entity)) g.push(a);
      }
      if (same && g.length >= 2) found = g;
    }
    if (found) return found;
  }
  return undefined;
}

/** How many sentences back a counted group ("the five countries", `الدول الخمس`) looks for its list. */
export const COUNTED_WINDOW = 3;

/** The last list (A, B and C) of exactly n distinct actors in the COUNTED_WINDOW sentences before. */
function listOfSize(ctx: Ctx, n: number): Mention[] | undefined {
  for (let h = ctx.history.length - 1; h >= 0 && h >= ctx.history.length - COUNTED_WINDOW; h--) {
    const ms = ctx.history[h]!;
    let found: Mention[] | undefined;
    for (let i = 0; i < ms.length; i++) {
      if (ms[i]!.conj || !ms[i + 1]?.conj) continue;
      const g: Mention[] = [];
      for (const m of groupFrom(ms, i)) {
        const a = actor(ctx.lex, m);
        if (a && !g.some((x) => x.entity === a.entity)) g.push(a);
      }
      if (g.length === n) found = g;
    }
    if (found) return found;
  }
  return undefined;
}

/** Relations whose two parties a "they" after them in their sentence refers to ("held talks with X, who said they agreed"). */
const THEY_EVENTS = new Set(['met', 'hosted', 'phoned']);

/**
 * Is the subject of sentence s a plural: a group word (a `group`, `plural` or `dual` cue) or a list (A and B) before its
 * first verb, with no name before it?
 */
function pluralSubject(s: Sentence): Mention[] | 'cue' | undefined {
  const verb = s.triggers.find((t) => t.patterns[0]!.pos === 'verb')?.tok0 ?? s.tokens.length;
  const cue = s.cues.find((c) => c.tok0 < verb && c.cues.some((x) => x.kind === 'group' || x.kind === 'plural' || x.kind === 'dual') && !/^(they|them|their)$/i.test(s.tokens[c.tok0]!.norm));
  const first = s.mentions[0];
  if (cue && (!first || cue.tok0 < first.tok0)) return 'cue';
  if (first && first.tok0 < verb && s.mentions[1]?.conj && s.mentions[1].tok0 < verb) return groupFrom(s.mentions, 0);
  return undefined;
}

/**
 * English "they" as a group (not troops named before it): the plural subject of its own sentence before it ("The three
 * guarantor states said they supported …"), else the two parties of a meeting or call told before it in its sentence
 * ("held talks with Borrell, who said they agreed …"), else the last group when the sentence right before had a plural
 * subject ("The guarantors reaffirmed …. They condemned …"). Nothing otherwise: not the last list of three named anywhere.
 */
function theyGroup(ctx: Ctx, c: CueSpan): Mention[] | undefined {
  const own = pluralSubject(ctx.s);
  if (own && own !== 'cue' && own[own.length - 1]!.tok1 <= c.tok0) return own.map((m) => actor(ctx.lex, m) ?? m);
  if (own === 'cue') {
    const g = ctx.s.cues.find((x) => x.tok0 < c.tok0 && x.cues.some((k) => k.kind === 'group' || k.kind === 'plural' || k.kind === 'dual'));
    const a = g && g.tok0 !== c.tok0 ? anaphorAt(ctx, g.tok0) : undefined;
    if (a?.group.length) return a.group;
  }
  // ("The group's remnants operate in X, where they attack Y": the members of the group its subject names, ref31)
  const first = ctx.s.mentions[0];
  const verb = ctx.s.triggers.find((t) => t.patterns[0]!.pos === 'verb');
  if (first && verb && first.tok1 <= verb.tok0 && verb.tok1 <= c.tok0) {
    const end = membersAfter(ctx, first);
    if (end >= 0 && end <= verb.tok0) return [actor(ctx.lex, first) ?? first];
  }
  const pair = sentencePair(ctx, c.start, c, false, THEY_EVENTS);
  if (pair) return pair;
  const prev = ctx.doc.sentences[ctx.s.index - 1];
  const before = prev && pluralSubject(prev);
  if (before && before !== 'cue') {
    const g = before.map((m) => actor(ctx.lex, m)).filter((m): m is Mention => !!m);
    if (g.length >= 2) return g;
  }
  return before && ctx.lastGroup ? ctx.lastGroup : undefined;
}

/** The two distinct states the last relation of the sentence right before joined, as mentions at span sp; undefined if none. */
function previousStates(ctx: Ctx, sp: Span): Group | undefined {
  const prev = ctx.doc.sentences[ctx.s.index - 1];
  if (!prev) return undefined;
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const r = ctx.out[i]!;
    if (r.evidence.start > prev.start) continue;
    if (r.evidence.start < prev.start) break;
    if (kindOf(ctx.lex, r.source) === 'country' && kindOf(ctx.lex, r.target) === 'country' && r.source !== r.target)
      return [mention(sp.tok0, sp.tok1, sp.start, sp.end, r.source, 'country', 'anaphor', false, ''), mention(sp.tok0, sp.tok1, sp.start, sp.end, r.target, 'country', 'anaphor', false, '')];
  }
  return undefined;
}

/** The nearest actor before token k named by a plural military or state noun ("American troops", "Turkish forces"). */
function pluralActorBefore(ctx: Ctx, k: number): Mention | undefined {
  for (let i = lastMentionBefore(ctx.s.mentions, k); i >= 0; i--) {
    const m = ctx.s.mentions[i]!;
    // (the head inside the mention, "Russian forces", or right after a demonym, "American troops")
    const heads = `${ctx.s.tokens[m.tok1 - 1]!.norm} ${ctx.s.tokens[m.tok1]?.norm ?? ''}`;
    if (/\b(troops|forces|soldiers|advisers|advisors|militias|fighters|jets|warplanes)\b/.test(heads) && actor(ctx.lex, m)) return actor(ctx.lex, m);
  }
  return undefined;
}

/**
 * The two names in apposition right after a dual (a demonym or a comma between): "الرئيسان الروسي X والتركي Y", "the
 * two leaders, X and Y"; the second is coordinated with the first and nothing but a nisba stands between them.
 */
function apposedPair(ctx: Ctx, c: CueSpan): Mention[] | undefined {
  const ms = ctx.s.mentions;
  const i = ms.findIndex((m) => m.tok0 >= c.tok1);
  const a = ms[i];
  const b = ms[i + 1];
  if (!a || !b || !b.conj || a.conj || ms[i + 2]?.conj) return undefined;
  const gap = (x: number, y: number) => ctx.s.tokens.slice(x, y).every((t) => !t.word || /^(و|and)$/.test(t.norm) || /^و?ال.+(ي|يه|ية)$/.test(t.norm));
  if (a.tok0 - c.tok1 > 1 || !gap(c.tok1, a.tok0) || b.tok0 - a.tok1 > 2 || !gap(a.tok1, b.tok0)) return undefined;
  const x = actor(ctx.lex, a);
  const y = actor(ctx.lex, b);
  if (!x || !y || x.entity === y.entity || (peopleDual(c) && (x.kind !== 'person' || y.kind !== 'person'))) return undefined;
  return [x, y];
}

/**
 * Is `pair` (ctx.lastEvent's) a side event of the story's pair (ref40): exactly one of its two is a party of `story` or
 * that party's state (a minister's country), and the other, the third party, is of another level than a story of two
 * people (a country, an assembly: `بلاده استقبلت الوافدين من لبنان`, `مشاركته في أعمال الجمعية العامة`), or the side
 * event is told as earlier than the story's ("had met Pedersen last week")? A meeting of one of two people with a third
 * person told as the story's own is a new pair ("والتقى السوداني المرشد علي خامنئي. واتفق الجانبان").
 */
function sideOfStory(ctx: Ctx, pair: readonly Mention[], story: readonly Mention[]): boolean {
  const ofStory = (m: Mention) => story.some((x) => x.entity === m.entity || stateOf(ctx.lex, x.entity) === m.entity);
  if (pair.length !== 2 || ofStory(pair[0]!) === ofStory(pair[1]!)) return false;
  const third = ofStory(pair[0]!) ? pair[1]! : pair[0]!;
  if (story.every((x) => x.kind === 'person') && third.kind !== 'person') return true;
  const { storyDate, eventDate } = ctx.discourse;
  return !!storyDate && !!eventDate && eventDate < storyDate;
}

/** The last two distinct actors named before token k (its sentence, then 3 sentences back) whose names hold one of `words`. */
function kindPair(ctx: Ctx, k: number, words: string[]): Mention[] | undefined {
  const found: Mention[] = [];
  const take = (m: Mention) => {
    const a = actor(ctx.lex, m);
    if (!a || m.kind === 'place' || m.kind === 'person' || found.some((x) => x.entity === a.entity)) return;
    const e = ctx.lex.entities.get(a.entity);
    const names = e ? normalise([e.label_en, e.label_ar, ...e.aliases_en, ...e.aliases_ar].join(' ')) : '';
    if (words.some((w) => names.includes(normalise(w)))) found.push(a);
  };
  for (let j = ctx.s.mentions.length - 1; j >= 0 && found.length < 2; j--) if (ctx.s.mentions[j]!.tok1 <= k) take(ctx.s.mentions[j]!);
  for (let h = ctx.history.length - 1; h >= Math.max(0, ctx.history.length - 3) && found.length < 2; h--) {
    const ms = ctx.history[h]!;
    for (let j = ms.length - 1; j >= 0 && found.length < 2; j--) take(ms[j]!);
  }
  return found.length === 2 ? found.reverse() : undefined;
}

/** The anaphor at token k (الجانبان, the two sides, the four, بلاده), as a group. */
export function anaphorAt(ctx: Ctx, k: number): { group: Group; end: number; start: number } | undefined {
  // (one cue span starts at a token: the by-token index, not a scan of the sentence's cues)
  const c = ctx.cueAt.get(k);
  if (c) {
    const kinds = cueKinds(c);
    const at = (m: Mention): Mention => {
      const x = mentionOn(m, c);
      x.clitics = '';
      return x;
    };
    if (kinds.has('dual')) {
      // (ref56: a dual of a kind, "the two tribes", `العشيرتين` (cues.csv `dual` with a value): the last two bodies whose
      // names hold one of its words; a pair of other kinds is no antecedent of it)
      const kind = c.cues.find((x) => x.kind === 'dual' && x.value)?.value;
      if (kind) {
        const two = kindPair(ctx, c.tok0, kind.split('|'));
        return two ? { group: mapped(two, at), end: c.tok1, start: c.tok0 } : undefined;
      }
      // "the two leaders", "الرئيسان": people; "the two sides", "الجانبان": any pair
      // (the pair of a relation earlier in the sentence first: "استقبل الأسد …، وبحث الجانبان …")
      const people = peopleDual(c);
      // ("الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان", "the two presidents, Putin and Erdogan": a dual with
      // its own two names in apposition, each after its nisba, names exactly those two)
      const named = apposedPair(ctx, c);
      if (named) return { group: mapped(named, at), end: c.tok1, start: c.tok0 };
      const here = officePair(ctx, c, sentencePair(ctx, c.start, c, people));
      if (here && here.length === 2 && !people && !ctx.discourse.sides) ctx.discourse.sides = [here[0]!, here[1]!];
      if (here) return { group: here, end: c.tok1, start: c.tok0 };
      // ("العلاقات بين القاهرة وأنقرة …، قبل أن يتصافح الرئيسان", "ties between A and B …, before the two presidents …": the
      // presidents of the two states its sentence set "between" before it)
      const heads = presidentsOf(ctx, c);
      if (heads) return { group: heads, end: c.tok1, start: c.tok0 };
      let pair = people ? officePair(ctx, c, ctx.lastPersons) : (ctx.lastEvent ?? ctx.lastPair);
      // ("استقبل رئيسي السوداني … وبحث الجانبان …. والتقى السوداني خامنئي …. واتفق الجانبان": the sides the story already
      // called so, past a side meeting of one of them with a third party)
      const sides = people ? undefined : ctx.discourse.sides;
      if (pair && sides && pair.filter((m) => sides.some((x) => x.entity === m.entity)).length === 1) pair = sides;
      // (no sides called so yet: the story's first event, "تلقى صباغ اتصالاً من نظيره البوسعيدي … بلاده استقبلت الوافدين
      // من لبنان … واتفق الجانبان", past a side event of one of its parties, or of that party's state, with a third; ref40)
      const story = people || sides ? undefined : ctx.discourse.story;
      if (pair && story && pair !== story && sideOfStory(ctx, pair, story)) pair = story;
      if (pair?.length === 2 && !people && !sides) ctx.discourse.sides = [pair[0]!, pair[1]!];
      if (pair) return { group: mapped(pair, at), end: c.tok1, start: c.tok0 };
    }
    // ("على أطراف مدينة X", "أطراف جسر الشغور": a head noun of a place before its name, not "the parties")
    if (kinds.has('group') && !(kinds.has('place_head') && placeNameAt(ctx, c.tok1))) {
      // a named group ("the guarantors" = Russia, Turkey, Iran) or one that names no one ("the participants": '-')
      const value = c.cues.find((x) => x.kind === 'group' && x.value)?.value;
      if (value === '-') return { group: [], end: c.tok1, start: c.tok0 };
      if (value?.startsWith('#')) {
        // "the three countries", "الدول الثلاث": the last list of that many actors, else the last that many
        // countries named before it in the sentence
        const n = Number(value.slice(1));
        if (ctx.lastGroup?.length === n) return { group: mapped(ctx.lastGroup, at), end: c.tok1, start: c.tok0 };
        const named: Mention[] = [];
        for (let i = ctx.s.mentions.length - 1; i >= 0 && named.length < n; i--) {
          const m = ctx.s.mentions[i]!;
          const a = m.tok1 <= c.tok0 ? actor(ctx.lex, m) : undefined;
          if (a?.kind === 'country' && !named.some((x) => x.entity === a.entity)) named.unshift(a);
        }
        if (named.length === n) return { group: mapped(named, at), end: c.tok1, start: c.tok0 };
        // ("والدول الموقّعة هي A وB وC وD وE. … وطالبت الدول الخمس": the last list of exactly that many, a few sentences back)
        const list = listOfSize(ctx, n);
        if (list) return { group: mapped(list, at), end: c.tok1, start: c.tok0 };
        // (a count larger than the last group names no one we know: "the six countries" after a list of five; a smaller
        // one may be part of a larger group, as before)
        if (!ctx.lastGroup || ctx.lastGroup.length < n) return { group: [], end: c.tok1, start: c.tok0 };
      } else if (value) {
        const group: Group = [];
        for (const id of value.split('|')) {
          const e = ctx.lex.entities.get(id);
          if (e) group.push(mention(c.tok0, c.tok1, c.start, c.end, e.id, e.kind, 'anaphor', false, ''));
        }
        return { group, end: c.tok1, start: c.tok0 };
      }
      // "American troops must leave X, where they back Y": "they" is the troops named before it in the sentence
      const troops = ctx.lang === 'en' && ctx.s.tokens[c.tok0]!.norm === 'they' ? pluralActorBefore(ctx, c.tok0) : undefined;
      // ("Turkish troops and the SNA have held al-Bab since they drove IS out": every member of the troops' list; theyconj.ts, slot47)
      if (troops) return { group: mapped(troopsConjuncts(ctx, troops, c.tok0) ?? [troops], at), end: c.tok1, start: c.tok0 };
      if (ctx.lang === 'en' && ctx.s.tokens[c.tok0]!.norm === 'they') {
        const they = theyGroup(ctx, c);
        return they ? { group: mapped(they, at), end: c.tok1, start: c.tok0 } : undefined;
      }
      if (ctx.lastGroup) return { group: mapped(ctx.lastGroup, at), end: c.tok1, start: c.tok0 };
    }
    if (kinds.has('plural')) {
      // "the groups", "both countries", "الجماعتين": the last list of actors of that kind
      for (const kind of c.cues.find((x) => x.kind === 'plural')?.value?.split('|') ?? []) {
        // ("زار المقداد جدة، حيث اتفق البلدان": the states of the event just told; discourse.ts)
        const evStates = kind === 'country' && ctx.lang === 'ar' ? (visitStates(ctx, c) ?? eventStates(ctx, c.start, c)) : undefined;
        if (evStates) return { group: evStates, end: c.tok1, start: c.tok0 };
        const g = lastPlural(ctx, kind, c.tok0);
        // (English, with no list of its own sentence: the states of an event of its own sentence before it, "Erdogan visited
        // Baghdad in April, when the two governments signed …", not an older list)
        if (kind === 'country' && ctx.lang === 'en' && !g?.every((m) => ctx.s.mentions.includes(m))) {
          const here = eventStates(ctx, c.start, c, true);
          if (here) return { group: here, end: c.tok1, start: c.tok0 };
        }
        if (g) return { group: mapped(g, at), end: c.tok1, start: c.tok0 };
        // "Xi met Assad … and said the two countries …": the countries of the two people a relation just joined (gold rule 4:
        // duals are resolved from context)
        const pair = kind === 'country' && ctx.lang === 'en' ? (sentencePair(ctx, c.start, c, true) ?? ctx.lastPersons) : undefined;
        const states = pair?.map((m) => ctx.lex.entities.get(m.entity)?.country);
        if (pair && states?.[0] && states[1] && states[0] !== states[1]) return { group: mapped(pair, (m, i) => mentionOf(at(m), states[i]!, 'country')), end: c.tok1, start: c.tok0 };
        // ("Moscow has accused the US-led coalition of …. The two militaries set up a deconfliction line": the two states
        // the last relation of the sentence before joined)
        const prev = kind === 'country' ? previousStates(ctx, c) : undefined;
        if (prev) return { group: prev, end: c.tok1, start: c.tok0 };
      }
    }
    if (kinds.has('own_organ')) {
      // "مسيّراتها", "قواته": the forces of the country named last before them in the sentence, else of the last subject
      // (English "its troops" are a state's or a group's, not a person's)
      const its = ctx.lang === 'en' && /^(its|their)$/.test(ctx.s.tokens[c.tok0]!.norm);
      for (let i = lastMentionBefore(ctx.s.mentions, c.tok0); i >= 0; i--) {
        const a = actor(ctx.lex, ctx.s.mentions[i]!);
        if (its && a?.kind === 'person') continue;
        const country = a && (a.kind === 'country' ? a.entity : a.kind === 'person' ? ctx.lex.entities.get(a.entity)?.country : undefined);
        if (country) {
          const ce = ctx.lex.entities.get(country)!;
          return { group: [mentionOf(at(ctx.s.mentions[i]!), ce.id, ce.kind)], end: c.tok1, start: c.tok0 };
        }
      }
    }
    // "Assad, whose country …", "Erdogan, whose government …": the person right before the relative clause
    if (kinds.has('own_country') && ctx.s.tokens[c.tok0]!.norm === 'whose' && nth(ctx.s.tokens, c.tok0 - 1)?.text === ',') {
      const ante = ctx.s.mentions.find((m) => m.tok1 === c.tok0 - 1);
      const a = ante && actor(ctx.lex, ante);
      const country = a && (a.kind === 'country' ? a.entity : ctx.lex.entities.get(a.entity)?.country);
      if (country) return { group: [mentionOf(at(ante), country, 'country')], end: c.tok1, start: c.tok0 };
    }
    // ("Washington opposes normalisation with Assad and keeps sanctions on his government": English "his"/"her" is a person's,
    // the one person named before it in its sentence, when there is exactly one)
    if (kinds.has('own_country') && ctx.lang === 'en' && /^(his|her)$/.test(ctx.s.tokens[c.tok0]!.norm)) {
      const people = new Set<string>();
      let one: Mention | undefined;
      for (const m of ctx.s.mentions) {
        const a = m.tok1 <= c.tok0 ? actor(ctx.lex, m) : undefined;
        if (a?.kind !== 'person') continue;
        people.add(a.entity);
        one = m;
      }
      const country = people.size === 1 && one ? ctx.lex.entities.get(actor(ctx.lex, one)!.entity)?.country : undefined;
      const ce = country ? ctx.lex.entities.get(country) : undefined;
      if (ce) return { group: [mentionOf(at(one!), ce.id, ce.kind)], end: c.tok1, start: c.tok0 };
    }
    if ((kinds.has('own_country') || kinds.has('own_organ')) && ctx.lastSubject) {
      const e = ctx.lex.entities.get(ctx.lastSubject.entity);
      const country = e?.kind === 'country' ? e.id : e?.country;
      if (country) {
        const ce = ctx.lex.entities.get(country)!;
        return { group: [mentionOf(at(ctx.lastSubject), ce.id, ce.kind)], end: c.tok1, start: c.tok0 };
      }
    }
  }
  return undefined;
}

/**
 * "Washington says its roughly 900 troops in Syria …", "Moscow … its 5,000 soldiers in …" (ref34, diagnosis-batch29 #39):
 * the state whose English "its"/"their" at token k stands before a count of its forces, by the `own_organ` reading (the
 * country named last before it in its sentence, not a person; else the last subject's country), or undefined.
 */
export function countedForcesOwner(ctx: Ctx, k: number): Mention | undefined {
  for (let i = lastMentionBefore(ctx.s.mentions, k); i >= 0; i--) {
    const a = actor(ctx.lex, ctx.s.mentions[i]!);
    if (!a || a.kind === 'person') continue;
    // (the nearest actor that is no person: a state's, never past a group, "the SDF says its 100,000 fighters")
    return a.kind === 'country' ? a : undefined;
  }
  const e = ctx.lastSubject ? ctx.lex.entities.get(ctx.lastSubject.entity) : undefined;
  const country = e?.kind === 'country' ? e.id : e?.country;
  const ce = country ? ctx.lex.entities.get(country) : undefined;
  return ce && ctx.lastSubject ? mentionOf(ctx.lastSubject, ce.id, ce.kind) : undefined;
}

/** "Putin hosted Assad in the Kremlin, their first meeting in a year": "their" is the pair of the relation before. */
export function theirPair(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(first|second|third|last|latest|previous|direct|official)$/.test(toks[k]!.norm)) k--;
  if (ctx.lang !== 'en' || nth(toks, k)?.norm !== 'their') return undefined;
  const r = [...ctx.out].reverse().find((x) => x.evidence.start === ctx.s.start && x.relation !== 'met' && x.evidence.targetSpan[1] + ctx.s.start <= T.start);
  const at = (sp: [number, number], id: string) => ctx.s.mentions.find((m) => m.start - ctx.s.start === sp[0] && m.kind === 'person' && actor(ctx.lex, m)?.entity === id);
  const a = r && at(r.evidence.sourceSpan, r.source);
  const b = r && at(r.evidence.targetSpan, r.target);
  return a && b ? [a, b] : undefined;
}

const ROLES: Record<'ar' | 'en', string[]> = {
  en: ['foreign minister', 'defence minister', 'president', 'prime minister', 'intelligence chief'],
  ar: ['وزير الخارجية', 'وزير الدفاع', 'الرئيس', 'رئيس الوزراء', 'رئيس الاستخبارات'],
};

/**
 * A country mention right next to a counterpart word ("his Saudi counterpart", "نظيره السعودي"), or a demonym of a list of
 * them before a plural one ("his Turkish and Iranian counterparts": only demonyms, "and" and commas between).
 */
export function counterpartOf(ctx: Ctx, m: Mention): boolean {
  for (const c of ctx.byKind.get('counterpart') ?? []) {
    if (Math.abs(c.tok1 - m.tok0) <= 1 || Math.abs(m.tok1 - c.tok0) <= 1) return m.kind === 'country';
    // `نظراءه الأردني والسعودي والعراقي والمصري`, `نظيريه التركي والإيراني`: an Arabic plural or dual counterpart word
    // takes every demonym of the و-list after it
    if (m.kind === 'country' && m.via === 'demonym' && ctx.lang === 'ar' && m.tok0 > c.tok1 && m.tok0 - c.tok1 <= 8 && /^[وب]?(نظرا|نظيري|نظيرا)/.test(ctx.s.tokens[c.tok1 - 1]!.norm)) {
      let k = c.tok1;
      for (const d of ctx.s.mentions) {
        if (d.tok0 !== k || d.kind !== 'country' || d.via !== 'demonym' || (k > c.tok1 && !d.conj)) continue;
        if (d === m) return true;
        k = d.tok1;
      }
    }
    if (m.kind !== 'country' || m.via !== 'demonym' || m.tok1 >= c.tok0 || c.tok0 - m.tok1 > 8 || ctx.s.tokens[c.tok1 - 1]!.norm !== 'counterparts') continue;
    let k = m.tok1;
    while (k < c.tok0) {
      const t = ctx.s.tokens[k]!;
      const d = ctx.s.mentions.find((x) => x.tok0 === k && x.kind === 'country' && x.via === 'demonym');
      if (d) k = d.tok1;
      else if (!t.word || t.norm === 'and' || t.text === ',') k++;
      else break;
    }
    if (k === c.tok0) return true;
  }
  return false;
}

/**
 * "his counterparts from the Gulf Cooperation Council", `نظرائه من دول مجلس التعاون`, `نظرائه في الجامعة العربية`:
 * the bodies (not states: a state's counterpart is its office holder, counterpart(); not places, not persons) of the list
 * after "from"/"of"/"in", `من`/`في` right after a plural counterpart word ending at `end` (past "the" and a head word,
 * "the countries of"), every member of the list; undefined when none.
 */
function counterpartsFrom(ctx: Ctx, end: number): Mention[] | undefined {
  const p = ctx.s.tokens[end];
  if (!p || !(ctx.lang === 'en' ? /^(from|of|in)$/.test(p.norm) : /^(من|في)$/.test(p.norm))) return undefined;
  const first = ctx.s.mentions.find((m) => m.tok0 > end && freeWords(ctx, end + 1, m.tok0) <= (ctx.lang === 'en' ? 3 : 1));
  if (!first || ctx.s.tokens.slice(end + 1, first.tok0).some((t) => !t.word && !/^[«»"]$/.test(t.text))) return undefined;
  const out: Mention[] = [];
  for (let i = ctx.s.mentions.indexOf(first); i < ctx.s.mentions.length && (i === ctx.s.mentions.indexOf(first) || ctx.s.mentions[i]!.conj); i++) {
    const a = actor(ctx.lex, ctx.s.mentions[i]!);
    if (a && a.kind !== 'person' && a.kind !== 'place' && a.kind !== 'country') out.push(a);
  }
  return out.length ? out : undefined;
}

/**
 * "بحث المقداد مع نظرائه ملف اللاجئين", "discussed with his counterparts": a plural counterpart word with no one named
 * after it is the last group of three or more (the ministers listed before), less the subject and its country.
 */
export function pluralCounterparts(ctx: Ctx, T: Trigger, subj: Group): Group | undefined {
  const c = ctx.byKind.get('counterpart')?.find((x) => x.tok0 >= T.tok1 && freeWords(ctx, T.tok1, x.tok0) <= 1 && /نظرا|counterparts/.test(ctx.s.tokens[x.tok1 - 1]!.norm));
  if (!c) return undefined;
  const own = new Set(subj.flatMap((m) => [m.entity, ctx.lex.entities.get(m.entity)?.country ?? '']));
  const from = counterpartsFrom(ctx, c.tok1)?.filter((m) => !own.has(m.entity));
  if (from?.length) return mapped(from, (m) => mentionOn(m, c));
  if (!ctx.lastGroup || ctx.s.mentions.some((m) => m.tok0 >= c.tok1 && m.tok0 - c.tok1 <= 1)) return undefined;
  let g = ctx.lastGroup.filter((m) => !own.has(m.entity) && !own.has(ctx.lex.entities.get(m.entity)?.country ?? '-'));
  // counterparts hold the subject's role in their countries (the foreign ministers, not the League's secretary-general)
  const role = roleOf(ctx, subj[0]!);
  if (role) g = g.filter((m) => m.kind !== 'person' || resolveRole(ctx.lex, ctx.lex.entities.get(m.entity)?.country ?? '', role[0], role[1], dateOf(ctx)) === m.entity);
  return g.length ? mapped(g, (m) => mentionOn(m, c)) : undefined;
}

/**
 * "A met B … together with their Russian and Iranian counterparts", "held talks with B and their Russian counterpart",
 * `التقى A B … بحضور نظيريهما الروسي والإيراني`: counterparts of a pair (a counterpart word whose possessor is "their",
 * هما/هم) joined to a meeting after its trigger are the holders, in the demonyms' states, of the office both people
 * hold at the sentence's date; they take part in the meeting. Undefined unless the pair shares one office and every
 * state has a holder.
 */
export function joinedCounterparts(ctx: Ctx, T: Trigger, people: Group): Group | undefined {
  const ps = people.filter((m, i) => m.kind === 'person' && people.findIndex((x) => x.entity === m.entity) === i);
  if (ps.length !== 2) return undefined;
  const toks = ctx.s.tokens;
  for (const c of ctx.byKind.get('counterpart') ?? []) {
    if (c.tok0 < T.tok1 || toks.slice(T.tok1, c.tok0).some((t) => t.text === '.' || t.text === ';')) continue;
    const word = toks[c.tok1 - 1]!.norm;
    let states: Mention[] = [];
    let opener: number;
    if (ctx.lang === 'en') {
      // the demonyms before the counterpart word, "their" before them
      let k = c.tok0;
      while (k > 0) {
        const d = ctx.s.mentions.find((m) => m.tok1 === k && m.kind === 'country' && m.via === 'demonym');
        if (d) (states.unshift(d), (k = d.tok0));
        else if (states.length && (toks[k - 1]!.norm === 'and' || toks[k - 1]!.text === ',')) k--;
        else break;
      }
      if (toks[k - 1]?.norm !== 'their') continue;
      opener = k - 2;
      if (!/^(with|and|alongside)$/.test(toks[opener]?.norm ?? '')) continue;
    } else {
      if (!/(هما|هم)$/.test(word)) continue;
      // the demonyms after it, joined by و
      let k = c.tok1;
      for (;;) {
        const d = ctx.s.mentions.find((m) => m.tok0 === k && m.kind === 'country' && m.via === 'demonym');
        if (!d || (states.length && !d.conj)) break;
        states.push(d);
        k = d.tok1;
      }
      opener = c.tok0 - 1;
      // (joined by و, after `مع`, or after a participation cue, `بحضور`, `بمشاركة`)
      if (!/^و/.test(toks[c.tok0]!.norm) && toks[opener]?.norm !== 'مع' && !ctx.byKind.get('participation')?.some((x) => x.tok1 === c.tok0)) continue;
    }
    if (!states.length) continue;
    const roles = ps.map((m) => roleOf(ctx, m));
    if (!roles[0] || !roles[1] || roles[0][0] !== roles[1][0] && resolveRole(ctx.lex, ctx.lex.entities.get(ps[1]!.entity)?.country ?? '', roles[0][0], roles[0][1], dateOf(ctx)) !== ps[1]!.entity) continue;
    const own = new Set(ps.map((m) => ctx.lex.entities.get(m.entity)?.country));
    const holders = states.map((d) => (own.has(d.entity) ? undefined : resolveRole(ctx.lex, d.entity, roles[0]![0], roles[0]![1], dateOf(ctx))));
    if (holders.some((h) => !h)) return undefined;
    return holders.map((h, i) => mentionOf(mentionOn(states[i]!, c), h!, 'person', 'descriptor'));
  }
  return undefined;
}

const dateOf = (ctx: Ctx): string => ctx.s.dates.find((d) => d.date.length === 10)?.date ?? ctx.doc.article.date;

/** The role (of ROLES) a person holds in their country at the sentence's date. */
function roleOf(ctx: Ctx, who: Mention): [string, 'ar' | 'en'] | undefined {
  const home = who.kind === 'person' ? ctx.lex.entities.get(who.entity)?.country : undefined;
  if (!home) return undefined;
  for (const lang of [ctx.lang, ctx.lang === 'ar' ? 'en' : 'ar'] as const)
    for (const role of ROLES[lang]) if (resolveRole(ctx.lex, home, role, lang, dateOf(ctx)) === who.entity) return [role, lang];
  return undefined;
}

/**
 * "his Saudi counterpart", "نظيره السعودي": the holder of the subject's role in that country; undefined when the subject
 * holds a role whose holder there is unknown ("التقى لافروف نظيره البوليفي": a counterpart is a person, not his country).
 */
export function counterpart(ctx: Ctx, subj: Group, m: Mention): Mention | undefined {
  if (m.kind !== 'country' || !counterpartOf(ctx, m)) return m;
  const who = subj.find((x) => x.kind === 'person');
  const home = who && ctx.lex.entities.get(who.entity)?.country;
  // (a person the lexicon does not know, discovered in the text, has a counterpart we cannot name)
  if (!who || !home) return who && !ctx.lex.entities.has(who.entity) ? undefined : m;
  const date = ctx.s.dates.find((d) => d.date.length === 10)?.date ?? ctx.doc.article.date;
  let held = false;
  for (const lang of [ctx.lang, ctx.lang === 'ar' ? 'en' : 'ar'] as const)
    for (const role of ROLES[lang]) {
      if (resolveRole(ctx.lex, home, role, lang, date) !== who.entity) continue;
      held = true;
      const p = resolveRole(ctx.lex, m.entity, role, lang, date);
      if (p) return mentionOf(m, p, 'person', 'descriptor');
    }
  return held ? undefined : m;
}

/**
 * "وزراء دفاع الدول الثلاث", "the three countries' defence ministers", "the defence ministers of the two countries",
 * `وزيرا دفاع البلدين`: a role group over a group word (counted, "the guarantors") or a dual of states names each member
 * country's holder of the role at the sentence's date; they become mentions of the sentence (one per member, joined), so
 * frames read them like "وزراء دفاع روسيا وتركيا وسوريا". Only when the group word names exactly as many states as it
 * counts and each has a holder; the group word is then consumed (`cues`: the cue spans read), so that no frame reads it
 * as the states themselves.
 */
export function roleGroupAnaphors(ctx: Ctx): { added: Mention[]; cues: Set<CueSpan>; apposed: Set<Mention> } | undefined {
  let added: Mention[] | undefined;
  const cues = new Set<CueSpan>();
  const apposed = new Set<Mention>();
  for (const c of ctx.s.cues) {
    const plural = c.cues.find((x) => x.kind === 'plural')?.value?.split('|').includes('country');
    if (!plural && !c.cues.some((x) => x.kind === 'group')) continue;
    const role = ctx.s.cues.find((r) => (r.tok1 === c.tok0 || r.tok0 === c.tok1 || (r.tok0 === c.tok1 + 1 && isQuote(ctx.s.tokens[c.tok1]))) && r.cues.some((x) => x.kind === 'role_group' && x.value));
    // (a name inside the group word after its head is part of it: `الدول الضامنة لمسار أستانا`)
    if (!role || ctx.s.mentions.some((m) => m.tok0 < Math.max(c.tok1, role.tok1) && m.tok1 > Math.min(c.tok0, role.tok0) && !(m.tok0 > c.tok0 && m.tok1 <= c.tok1))) continue;
    // (a dual of states is the last two states named together, a list: not the states of an event told before, which
    // may be a host and a guest of another office; with no list, the states its sentence names before it, or the
    // sentence before names, when exactly that many)
    let a: { group: Group } | undefined = plural ? undefined : anaphorAt(ctx, c.tok0);
    const want = plural ? 2 : Number(c.cues.find((x) => x.kind === 'group')?.value?.replace(/^#/, '') ?? NaN);
    if (plural) {
      const here = statesNamed(ctx, c.tok0);
      const pair = here.length === 2 ? here : lastPlural(ctx, 'country', c.tok0);
      a = pair && { group: pair };
    } else if (!Number.isNaN(want) && a?.group.length !== want) {
      const here = statesNamed(ctx, c.tok0);
      if (here.length === want) a = { group: here };
    }
    if (!a || a.group.length < 2) continue;
    // (a counted group names that many states; a dual of states, two: "the two countries" after three states is no one)
    if (!Number.isNaN(want) && a.group.length !== want) continue;
    if (a.group.some((m) => m.kind !== 'country')) continue;
    const value = role.cues.find((x) => x.kind === 'role_group' && x.value)!.value!;
    const d = ctx.s.dates.find((x) => x.date.length >= 7)?.date ?? ctx.doc.article.date;
    const date = d.length === 7 ? `${d}-15` : d;
    const tok0 = Math.min(c.tok0, role.tok0);
    const tok1 = Math.max(c.tok1, role.tok1);
    const start = Math.min(c.start, role.start);
    const end = Math.max(c.end, role.end);
    // (only when every member's holder is known: "the intelligence chiefs of the four countries" are not the countries)
    const people = mapped(a.group, (m) => resolveRole(ctx.lex, m.entity, value, ctx.lang, date));
    if (people.some((p) => !p) || new Set(people).size !== people.length) continue;
    cues.add(c);
    // ("وزراء خارجية الدول الضامنة، روسيا وتركيا وإيران،": the states in apposition after the group word are its members,
    // no parties of their own)
    const k = ctx.s.mentions.findIndex((m) => m.tok0 === c.tok1 + 1 && /^[،,]$/.test(ctx.s.tokens[c.tok1]?.text ?? ''));
    if (k >= 0) {
      const app = groupFrom(ctx.s.mentions, k);
      const ids = new Set(a.group.map((m) => m.entity));
      if (app.length === ids.size && app.every((m) => ids.has(actor(ctx.lex, m)?.entity ?? ''))) app.forEach((m) => apposed.add(m));
    }
    a.group.forEach((m, i) => {
      (added ??= []).push(mention(tok0, tok1, start, end, people[i]!, 'person', 'descriptor', i > 0, i > 0 ? '' : m.clitics, true));
    });
  }
  return added && { added, cues, apposed };
}

/**
 * The distinct states its sentence names before token `before`, by name or by a dual or plural of states ("Russia and
 * Iran sought talks between the two neighbours": four); none named in it, those of the sentence before.
 */
function statesNamed(ctx: Ctx, before: number): Mention[] {
  const out: Mention[] = [];
  const add = (m: Mention) => {
    if (m.kind === 'country' && !out.some((x) => x.entity === m.entity)) out.push(m);
  };
  // (by a state's own name, its capital or demonym: not a person's office, "the Turkish president")
  const own = (m: Mention) => (m.kind === 'person' ? undefined : actor(ctx.lex, m));
  for (const m of ctx.s.mentions) if (m.tok1 <= before) { const a = own(m); if (a) add(a); }
  for (const c of ctx.s.cues) {
    if (c.tok1 > before || !c.cues.some((x) => x.kind === 'plural' && x.value?.split('|').includes('country'))) continue;
    for (const m of anaphorAt(ctx, c.tok0)?.group ?? []) add(m);
  }
  if (!out.length) for (const m of ctx.history[ctx.history.length - 1] ?? []) { const a = own(m); if (a) add(a); }
  return out;
}

/** The two sides of the last relation of this sentence before offset `before` (not a place), as mentions at span sp. */
export function sentencePair(ctx: Ctx, before: number, sp: Span, persons = false, rels?: Set<string>): Group | undefined {
  const r = [...ctx.out].reverse().find((x) => x.evidence.start === ctx.s.start && x.evidence.targetSpan[1] + ctx.s.start <= before && ctx.lex.entities.get(x.target)?.kind !== 'place' && (!rels || rels.has(x.relation)));
  if (!r) return undefined;
  // (an entity discovered in the text is not in the lexicon: "King Abdullah hosted Sisi …, and the two leaders …")
  const ka = ctx.lex.entities.get(r.source)?.kind ?? ctx.doc.discovered.get(r.source)?.kind;
  const kb = ctx.lex.entities.get(r.target)?.kind ?? ctx.doc.discovered.get(r.target)?.kind;
  if (!ka || !kb) return undefined;
  if (persons && (ka !== 'person' || kb !== 'person')) return undefined;
  const at = (id: string, kind: EntityKind): Mention => mention(sp.tok0, sp.tok1, sp.start, sp.end, id, kind, 'anaphor', false, '');
  return [at(r.source, ka), at(r.target, kb)];
}

const dualForms = new WeakMap<Lexicon, Set<string>>();
/**
 * "…، حيث اتفقا على …", "وبحثا": an Arabic perfect dual (a verb form of the pattern plus ا) with no name right after it
 * has the pair of the last relation of its sentence (else the last pair) as subject.
 */
export function dualPair(ctx: Ctx, T: Trigger): Group | undefined {
  const form = T.patterns[0]!.form;
  if (T.suffix || !form.endsWith('ا')) return undefined;
  let forms = dualForms.get(ctx.lex);
  if (!forms) dualForms.set(ctx.lex, (forms = new Set(ctx.lex.patterns.filter((q) => q.lang === 'ar' && q.pos === 'verb').map((q) => `${q.relation}|${normalise(q.form)}`))));
  if (!forms.has(`${T.patterns[0]!.relation}|${normalise(form.slice(0, -1))}`)) return undefined;
  if (ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 1 && !m.clitics)) return undefined;
  // ("وكانت طهران وبغداد قد وقّعتا": nor with a pair named right before it, its SVO subject)
  const p = lastMentionBefore(ctx.s.mentions, T.tok0);
  const before = p >= 0 ? ctx.s.mentions[p]! : undefined;
  if (before?.conj && !prepOf(ctx, before) && ctx.s.tokens.slice(before.tok1, T.tok0).every((t) => QAD.test(t.norm))) return undefined;
  // ("قال إن البلدين اتفقا", "وكان الجانبان قد اتفقا": nor with a plural or dual word right before it, its SVO subject, which
  // anaphorAt reads: "the two countries" are states, not the two people met before)
  if (ctx.s.cues.some((c) => c.tok1 <= T.tok0 && c.tok1 >= T.tok0 - 2 && ctx.s.tokens.slice(c.tok1, T.tok0).every((t) => QAD.test(t.norm)) && c.cues.some((x) => x.kind === 'dual' || x.kind === 'plural' || x.kind === 'group'))) return undefined;
  const last = ctx.lastEvent ?? ctx.lastPair;
  return sentencePair(ctx, T.start, T) ?? (last && mapped(last, (m) => mentionOn(m, T)));
}

/**
 * The referent of a subject pronoun at cue c. English "he"/"she" name a person: the first person named before the pronoun
 * in its sentence (not after a preposition, not a possessor: "Shoukry flew to Adana, where he was received"), else the
 * carried subject when it is a person, else the first person of the latest of the three previous sentences that names one
 * (a report's source, "Syria's presidency said", is no "he"). Arabic pronouns: the carried subject.
 */
export function pronounRef(ctx: Ctx, c: CueSpan): Mention | undefined {
  if (ctx.lang === 'en' && ctx.s.tokens[c.tok0]!.norm === 'it') {
    // ("Damascus has relied on Moscow, which has backed Assad's forces since it intervened in Syria": inside a relative
    // clause still open, "it" is the relative's antecedent; solo58)
    const host = relativeHost(ctx, c.tok0);
    if (host) return host;
    // "it" is a state or a group: the first one named before it in the sentence, else the carried subject if one
    for (const m of ctx.s.mentions) {
      if (m.tok1 > c.tok0) break;
      const a = actor(ctx.lex, m);
      // (a passive's agent is a subject too, as for "he": "Manbij has been held by the council since it drove IS out"; ref53)
      if (a && a.kind !== 'person' && a.kind !== 'place' && (!prepOf(ctx, m) || prepOf(ctx, m) === 'by') && !isPossessive(ctx, m) && m.via !== 'demonym') return a;
    }
    return ctx.lastSubject && ctx.lastSubject.kind !== 'person' ? ctx.lastSubject : undefined;
  }
  // "لم يصدر عن موسكو أي تعليق، لكنها تنشر قوات", "التقى لافروف ماكرون، لكنه انتقد …": the pronoun on a clause opener
  // is the sentence's first state (ها) or its first person not behind a preposition (ه): the topic of the clause before
  const but = ctx.lang === 'ar' ? /^و?لكن(ها|ه)$/.exec(ctx.s.tokens[c.tok0]!.norm)?.[1] : undefined;
  for (const m of but ? ctx.s.mentions : []) {
    if (m.tok1 > c.tok0) break;
    const a = actor(ctx.lex, m);
    if (but === 'ها' && a?.kind === 'country' && m.via !== 'demonym') return a;
    if (but === 'ه' && a && m.kind === 'person' && !prepOf(ctx, m)) return m;
  }
  // ("وتشنّ إسرائيل منذ سنوات مئات الغارات على الأراضي السورية، وتقول إنها تستهدف …", "شنت إسرائيل غارات في سوريا، قالت
  // إنها …": a pronoun right after a speech verb with no subject of its own is that verb's subject, the subject of the
  // clause before: the sentence's first actor before the verb, not behind a preposition, no demonym; ها a state or group,
  // ه any actor; slot32)
  const said = ctx.lang === 'ar' ? /^[وف]?[اإ]?ن(ها|ه)$/.exec(ctx.s.tokens[c.tok0]!.norm)?.[1] : undefined;
  if (said && ctx.byKind.get('speech')?.some((v) => v.tok1 === c.tok0 && v.tok0 > 0)) {
    const v = ctx.byKind.get('speech')!.find((x) => x.tok1 === c.tok0)!;
    for (const m of ctx.s.mentions) {
      if (m.tok1 > v.tok0) break;
      const a = actor(ctx.lex, m);
      if (!a || a.kind === 'place' || prepOf(ctx, m) || m.via === 'demonym' || isPossessive(ctx, m)) continue;
      if (said === 'ها' && a.kind === 'person') continue;
      return a;
    }
  }
  // ("وقال الحية … وأضاف أن «حماس» تقف إلى جانب سوريا، وأنها ستعمل مع دمشق": a feminine ها is no man carried over, but the
  // sentence's first state or group before it, not behind a preposition: the topic of the clause before, as with لكنها)
  if (ctx.lang === 'ar' && (!ctx.lastSubject || ctx.lastSubject.kind === 'person') && /ها$/.test(ctx.s.tokens[c.tok0]!.norm)) {
    for (const m of ctx.s.mentions) {
      if (m.tok1 > c.tok0) break;
      const a = actor(ctx.lex, m);
      if (a && a.kind !== 'person' && a.kind !== 'place' && !prepOf(ctx, m) && m.via !== 'demonym') return a;
    }
  }
  if (ctx.lang !== 'en' || !/^(he|she)$/.test(ctx.s.tokens[c.tok0]!.norm)) return ctx.lastSubject;
  for (const m of ctx.s.mentions) {
    if (m.tok1 > c.tok0) break;
    // (a passive's agent is a subject too: "The visit was prepared by X, …, when he met Y")
    if (m.kind === 'person' && (!prepOf(ctx, m) || prepOf(ctx, m) === 'by') && !isPossessive(ctx, m)) return m;
  }
  if (ctx.lastSubject?.kind === 'person') return ctx.lastSubject;
  for (let h = ctx.history.length - 1; h >= 0 && h >= ctx.history.length - 3; h--) {
    const p = ctx.history[h]!.find((m) => m.kind === 'person');
    if (p) return p;
  }
  return undefined;
}

/**
 * (solo58) English: token k inside a relative clause ", which …" opened at most twelve tokens before it and not closed by
 * a comma, "which" its subject (not "which it …"): the clause's antecedent, the name right before the comma, when it stands for a state or a group (not a person,
 * not a place of its own, not a possessor). Undefined otherwise.
 */
function relativeHost(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  for (let j = k - 1; j > 0 && k - j <= 12; j--) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')') return undefined;
    if (t.norm !== 'which') continue;
    // (not "the YPG, which it blames for …": "which" right before "it" is the relative's object, "it" its subject)
    if (toks[j - 1]!.text !== ',' || j + 1 === k) return undefined;
    const m = ctx.s.mentions.find((x) => x.tok1 === j - 1);
    const a = m && !isPossessive(ctx, m) ? actor(ctx.lex, m) : undefined;
    return a && a.kind !== 'person' && a.kind !== 'place' ? a : undefined;
  }
  return undefined;
}

/** A place's name, or another place head before one, starts at token k ("مدينة جسر الشغور", "جسر الشغور"). */
function placeNameAt(ctx: Ctx, k: number): boolean {
  if (ctx.s.mentions.some((m) => m.tok0 === k && m.kind === 'place')) return true;
  const h = ctx.byKind.get('place_head')?.find((c) => c.tok0 === k);
  return !!h && h.tok1 > k && placeNameAt(ctx, h.tok1);
}

/**
 * The owner a feminine suffix pronoun stands for on an act noun in the adjunct of a support (ref35, diagnosis-batch30
 * #62, FP 66, FP 106): `الدعم الأمريكي المطلق لإسرائيل في حربها على`, `تدعم الولايات المتحدة «قسد» في حربها ضد`: the
 * war is the supported party's (README 17e), the actor right before `في` after a support word (its ل-object or the verb's
 * object); `تحظى «قسد» بدعم الولايات المتحدة في حربها`: the recipient of the support (the subject of a `recipient` verb
 * right before `بدعم`). Undefined when no support word governs that actor (then suffixDoer's own order holds).
 */
export function supportedOwner(ctx: Ctx, T: Trigger): Mention | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || T.tok0 < 3 || !/^و?في$/.test(toks[T.tok0 - 1]!.norm) || !toks[T.tok0]!.norm.endsWith('ها')) return undefined;
  const ms = ctx.s.mentions;
  const i = lastMentionBefore(ms, T.tok0 - 1);
  const m = ms[i];
  if (!m) return undefined;
  let k = m.tok1;
  while (k < T.tok0 - 1 && isQuote(toks[k])) k++;
  if (k !== T.tok0 - 1) return undefined;
  // the support word: a `supported` trigger at most five words before the actor, nothing but its adjectives, its subject
  // and quotes between (no comma, no other trigger)
  const S = ctx.s.triggers.find((x) => x.tok1 <= m.tok0 && m.tok0 - x.tok1 <= 5 && x.patterns.some((q) => q.relation === 'supported') && !toks.slice(x.tok1, m.tok0).some((t) => t.text === '،' || t.text === ','));
  if (!S || ctx.s.triggers.some((x) => x !== S && x.tok0 >= S.tok1 && x.tok1 <= T.tok0)) return undefined;
  const a = actor(ctx.lex, m);
  // (`تحظى «قسد» بدعم الولايات المتحدة في حربها`: the support received, its giver after it; the owner is the recipient)
  const rec = /^ب/.test(toks[S.tok0]!.norm) ? ctx.byKind.get('recipient')?.find((c) => c.tok1 <= S.tok0 && S.tok0 - c.tok1 <= 4) : undefined;
  if (rec) {
    const r = ms.find((x) => x.tok0 >= rec.tok1 && x.tok1 <= S.tok0);
    const ra = r && actor(ctx.lex, r);
    return ra && ra.kind !== 'place' && ra.kind !== 'person' ? mentionOn(ra, T, ra.via) : undefined;
  }
  if (!a || a.kind === 'place' || a.kind === 'person' || m.via === 'demonym') return undefined;
  // (a preposition on the actor other than ل is no object of the support: `الدعم … في سوريا في حربها`)
  const prep = prepOf(ctx, m);
  if (prep && prep !== 'ل' && !/ل/.test(m.clitics)) return undefined;
  return mentionOn(a, T, a.via);
}

/** Prepositions an Arabic subject is not behind (spokenSubjectAr); ownerPronounAnaphors' owner is not behind `داخل`, `قرب` either. */
const SUBJECT_PREP_AR = /^[وف]?(في|من|علي|الي|عن|مع|بين|لدي|ضد|عبر)$/;
const OWNER_PREP_AR = /^[وف]?(في|من|علي|الي|عن|مع|بين|لدي|ضد|عبر|داخل|قرب)$/;

/**
 * The actor of mention m when it may stand as a clause's own actor (spokenSubjectAr, ownerPronounAnaphors): no place, no
 * ب/ل/ك proclitic, not behind a preposition of `prep` (quote marks passed over); else undefined.
 */
function freeActor(lex: Lexicon, toks: Sentence['tokens'], m: Mention, prep: RegExp): Mention | undefined {
  const a = actor(lex, m);
  if (!a || a.kind === 'place' || /[بلك]/.test(m.clitics)) return undefined;
  let p = m.tok0 - 1;
  while (p >= 0 && isQuote(toks[p])) p--;
  return prep.test(toks[p]?.norm ?? '') ? undefined : a;
}

/**
 * Arabic: the speaker a complementizer's pronoun at token j stands for (ref35, diagnosis-batch30 #40): `وقالت «قسد» …
 * إنها تخوض`, `…، مؤكدة أنها تخوض حرباً`, `مشيرة إلى أنها تشن حملة`: `أنها`/`إنها`/`بأنها` right after a speech verb
 * (a `speech` cue) or a speaking participle (cues.csv `speech_participle_ar`, past `إلى`) is the sentence's first actor
 * before that word, not behind a preposition, no demonym, no place; a state, group or body for ها, a person for ه.
 * The speaker's own mention, or undefined.
 */
export function spokenSubjectAr(s: Sentence, lex: Lexicon, j: number): Mention | undefined {
  const toks = s.tokens;
  const pron = /^[وفب]?ان(ها|ه)$/.exec(toks[j]?.norm ?? '')?.[1];
  if (!pron || j < 2) return undefined;
  let v = j - 1;
  if (toks[v]!.norm === 'الي') v--;
  const w = toks[v];
  if (!w) return undefined;
  const participle = cueWords(lex, 'speech_participle_ar').has(w.norm.replace(/^و/, ''));
  // (a speech verb right before, or before its VSO subject and a `في بيان` adjunct: `وقالت «قسد» في بيان إنها`; no comma
  // and no other trigger between)
  const speech = participle
    ? undefined
    : s.cues.find((c) => c.tok1 <= j && j - c.tok1 <= 8 && cueHas(c, 'speech') && !toks.slice(c.tok1, j).some((t) => t.text === '،' || t.text === ',') && !s.triggers.some((x) => x.tok0 >= c.tok1 && x.tok1 <= j));
  if (!participle && !speech) return undefined;
  const before = speech ? j : v;
  for (const m of s.mentions) {
    if (m.tok1 > before) break;
    if (m.via === 'demonym') continue;
    const a = freeActor(lex, toks, m, SUBJECT_PREP_AR);
    if (!a) continue;
    if (pron === 'ها' ? a.kind === 'person' : a.kind !== 'person') continue;
    return m;
  }
  return undefined;
}

/** The country of a person of the lexicon (the state a person's clause speaks for), else the person. */
function stateOfPerson(ctx: Ctx, m: Mention): string {
  return ctx.lex.entities.get(m.entity)?.country ?? m.entity;
}

/**
 * Arabic: the owner a pronoun names right after an `owner` cue (ref35, diagnosis-batch30 #113): `وتتهم إسرائيل طهران
 * بإقامة مواقع عسكرية في سوريا، وتشن غارات متكررة على أهداف مرتبطة بها`, `مواقع تابعة لها`: the last actor named before
 * the cue in its sentence that is not its first (the clause subject: an attacker does not own its targets), not behind a
 * preposition, no demonym, no place (ها, هم: a state, group or body). The mentions added (via anaphor, on the pronoun
 * token), or undefined. Guarded by the sentence's `owner` cues.
 */
export function ownerPronounAnaphors(ctx: Ctx): Mention[] | undefined {
  const owners = ctx.byKind.get('owner');
  if (ctx.lang !== 'ar' || !owners?.length) return undefined;
  const { s } = ctx;
  const toks = s.tokens;
  let added: Mention[] | undefined;
  for (const c of owners) {
    const t = toks[c.tok1];
    if (!t || !/^[بل](ها|هم|هما)$/.test(t.norm) || s.mentions.some((m) => m.tok0 <= c.tok1 && c.tok1 < m.tok1)) continue;
    const cands: Mention[] = [];
    let first: string | undefined;
    for (const m of s.mentions) {
      if (m.tok1 > c.tok0) break;
      const a = freeActor(ctx.lex, toks, m, OWNER_PREP_AR);
      if (!a) continue;
      // (the sentence's subject may be a state organ named by its demonym, `ويتهم الجيش الأمريكي`)
      first ??= a.kind === 'person' ? stateOfPerson(ctx, a) : a.entity;
      if (a.kind === 'person' || m.via === 'demonym') continue;
      cands.push(a);
    }
    // (the attacker: the sentence's first actor, whose subject a later verb carries, and the subject right before or after
    // an attack verb before the cue, `وتشن إسرائيل غارات`)
    const doers = new Set<string>(first ? [first] : []);
    for (const x of s.triggers) {
      if (x.tok1 > c.tok0 || !x.patterns.some((q) => q.relation === 'attacked')) continue;
      for (const m of s.mentions) if (m.tok0 === x.tok1 || m.tok1 === x.tok0) doers.add(actor(ctx.lex, m)?.entity ?? m.entity);
    }
    const o = [...cands].reverse().find((m) => !doers.has(m.entity));
    if (!o) continue;
    (added ??= []).push(mention(c.tok1, c.tok1 + 1, t.start, t.end, o.entity, o.kind, 'anaphor', false, t.norm[0]!));
  }
  return added;
}
