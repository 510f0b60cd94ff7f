/**
 * Stage: relations. For each trigger, the pattern's argument frame assigns source and target
 * among the sentence's mentions:
 * - Arabic verbs: SVO when a mention ends right before the verb, else VSO (the first mention
 *   after it that no preposition introduces), else the nearest mention to the left, else the
 *   subject carried over from the previous sentence ('وأضاف…'); English verbs: SVO.
 * - Passive: an agent phrase ('من قبل', 'by') names the source; the subject is the target.
 * - Nouns: 'between A and B' gives every pair; otherwise the possessor (زيارة الأسد, Assad's
 *   visit) is the source and the noun's prepositional object the target.
 * - Coordinated subjects and objects (A و B, A, B and C) multiply; a symmetric relation with a
 *   group and no object gives every pair; 'الجانبان'/'the two sides' are the last pair.
 * - Negated triggers give nothing; plans (intends to, ستـ) set mode: planned.
 * - Capitals and other places with `stands_for` act as their country when they are actors.
 */
import type { RelationRecord } from '../types.ts';
import { cueHas, type CueSpan, type Doc, type Mention, type Sentence, type Trigger } from './doc.ts';
import type { CueKind, Lexicon, Pattern } from './lexicon.ts';
import { findDates } from './dates.ts';
import { isQuote, resolveRole } from './mentions.ts';
import { normalise, type Token } from './normalise.ts';

const AR_PREP_TOKENS = new Set(['مع', 'الي', 'علي', 'عن', 'من', 'في', 'ضد', 'لدي', 'نحو', 'حول', 'تجاه', 'بين', 'عبر']);
const EN_PREP_TOKENS = new Set(['with', 'to', 'on', 'at', 'from', 'in', 'against', 'of', 'by', 'for', 'into', 'between', 'toward', 'towards', 'about', 'over']);
const PREP_CLITICS = /[بلك]/;
const COMPASS = /^(northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|شمال شرق|شمال غرب)$/;
const LOOSE_PREPS = new Set(['of', 'against', 'on', 'ضد', 'علي', 'ل', 'من']);
const BOUNDARY = new Set(['.', '؛', ';', ':', '!', '?', '؟']);
const ACTOR_KINDS = new Set(['person', 'organization', 'armed_group', 'country']);

interface Ctx {
  lex: Lexicon;
  doc: Doc;
  s: Sentence;
  lang: 'ar' | 'en';
  /** Subject carried over from previous sentences. */
  lastSubject: Mention | undefined;
  /** Last pair of actors (for 'the two sides'). */
  lastPair: [Mention, Mention] | undefined;
  /** Last group of three or more actors (for 'the four', 'الدول الثلاث'). */
  lastGroup: Mention[] | undefined;
  /** The last two people named (for 'the two leaders', 'الرئيسان'). */
  lastPersons: [Mention, Mention] | undefined;
  /** The mentions of the previous sentences, latest last (for "the groups", "البلدين": read on demand). */
  history: Mention[][];
  /** Cue spans by first token. */
  cueAt: Map<number, CueSpan>;
  out: RelationRecord[];
  missed: Doc['missed'];
  attributedTo: string | undefined;
  /** Groups used as arguments in this sentence. */
  groups: Mention[][];
  /** 1 where a token is inside a mention. */
  inMention: Uint8Array;
  /** 1 inside a parenthetical relative clause (", which keeps forces in Tartus,"). */
  inRelative: Uint8Array;
  stative: Set<RelationRecord>;
  /** Offsets of relative pronouns (التي, which), computed when first needed. */
  relatives?: number[];
  /** The sentence's cues by kind. */
  byKind: Map<CueKind, CueSpan[]>;
}

type Group = Mention[];

function cueKinds(c: CueSpan | undefined): { has: (k: CueKind) => boolean } {
  return { has: (k: CueKind) => cueHas(c, k) };
}

function hasCue(ctx: Ctx, tok: number, kind: CueKind): CueSpan | undefined {
  const c = ctx.cueAt.get(tok);
  return cueHas(c, kind) ? c : undefined;
}

/** Any cue of `kind` inside token range [a, b). */
function cueIn(ctx: Ctx, a: number, b: number, kind: CueKind): CueSpan | undefined {
  const list = ctx.byKind.get(kind);
  if (list) for (const c of list) if (c.tok0 >= a && c.tok1 <= b) return c;
  return undefined;
}

/** Does a mention act as an actor? Places act when they stand for a country (capitals). */
function actor(lex: Lexicon, m: Mention): Mention | undefined {
  if (ACTOR_KINDS.has(m.kind)) {
    const e = lex.entities.get(m.entity);
    if (e?.stands_for) {
      const c = lex.entities.get(e.stands_for)!;
      return { ...m, entity: c.id, kind: c.kind };
    }
    return m;
  }
  const e = lex.entities.get(m.entity);
  if (e?.stands_for) {
    const c = lex.entities.get(e.stands_for)!;
    return { ...m, entity: c.id, kind: c.kind };
  }
  return undefined;
}

/** Group of coordinated mentions starting at mention index i (A و B و C). */
function groupFrom(ms: Mention[], i: number): Group {
  const g = [ms[i]!];
  for (let j = i + 1; j < ms.length; j++) {
    const m = ms[j]!;
    if (m.conj) {
      g.push(m);
      continue;
    }
    // "لوحدات حماية الشعب في شمال سوريا ولحزب العمال في شمال العراق": a place phrase between parallel members
    const nx = ms[j + 1];
    if (m.kind === 'place' && g[0]!.kind !== 'place' && nx?.conj && nx.kind === g[0]!.kind && nx.clitics === g[0]!.clitics.replace(/^/, 'و')) continue;
    break;
  }
  return g;
}
/** Group of coordinated mentions ending at mention index i. */
function groupTo(ms: Mention[], i: number): Group {
  const g = [ms[i]!];
  for (let j = i; j > 0 && ms[j]!.conj; j--) g.unshift(ms[j - 1]!);
  return g;
}

/** Word tokens in [a, b), quotes and commas left out. */
function wordsBetween(tokens: Token[], a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let k = a; k < b; k++) if (!isQuote(tokens[k]) && tokens[k]!.text !== ',' && tokens[k]!.text !== '،') out.push(tokens[k]!);
  return out;
}

function hasBoundary(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (BOUNDARY.has(tokens[k]!.text)) return true;
  return false;
}

/** Is this mention introduced by a preposition (token before it, or a proclitic)? Returns the prep key. */
function prepOf(ctx: Ctx, m: Mention): string | undefined {
  if (m.grouped) return undefined;
  if (PREP_CLITICS.test(m.clitics)) return m.clitics.replace(/^[وف]/, '').replace('س', '') || undefined;
  let k = m.tok0 - 1;
  while (k >= 0 && isQuote(ctx.s.tokens[k])) k--;
  // "بنظيره السوري بشار الأسد", "with his counterpart X": the preposition is before the counterpart word
  for (const c of ctx.byKind.get('counterpart') ?? []) {
    if (c.tok1 === k + 1) {
      if (PREP_CLITICS.test(c.clitics)) return c.clitics.replace(/^[وف]/, '');
      k = c.tok0 - 1;
      while (k >= 0 && ['his', 'her', 'their', 'its'].includes(ctx.s.tokens[k]!.norm)) k--;
      break;
    }
  }
  // "at the Hmeimim air base", "من الرئيس فلاديمير بوتين": articles, determiners and titles sit between a preposition and its noun
  for (let moved = true; moved && k > 0; ) {
    moved = false;
    // ("into northern Iraq", "إلى شمال العراق": a compass word belongs to the place phrase)
    while (k > 0 && (/^(the|a|an|its|their|his|her)$/.test(ctx.s.tokens[k]!.norm) || COMPASS.test(ctx.s.tokens[k]!.norm))) {
      k--;
      moved = true;
    }
    const t = ctx.s.titles?.find((x) => x.tok1 === k + 1);
    if (t && t.tok0 > 0) {
      k = t.tok0 - 1;
      moved = true;
    }
  }
  const t = ctx.s.tokens[k];
  if (!t) return undefined;
  // "برئاسة X", "headed by X": the head of a delegation qualifies it
  if (ctx.byKind.get('headed_by')?.some((c) => c.tok1 === k + 1)) return 'by';
  const n = t.arabic ? t.norm.replace(/^[وف](?=..)/, '') : t.norm;
  const t2 = ctx.s.tokens[k - 1];
  if (t2 && ((t2.norm === 'من' && n === 'قبل') || (t2.norm === 'من' && n === 'جانب') || (t2.norm === 'علي' && n === 'يد'))) return 'من قبل';
  if (AR_PREP_TOKENS.has(n) || EN_PREP_TOKENS.has(n)) return n;
  return undefined;
}

/** Joined to the previous mention by "and", "و" or a comma (not by "counterpart" words). */
function plainConj(ctx: Ctx, m: Mention): boolean {
  if (m.clitics.startsWith('و')) return true;
  let k = m.tok0 - 1;
  while (k >= 0 && isQuote(ctx.s.tokens[k])) k--;
  const t = ctx.s.tokens[k];
  return !!t && (t.norm === 'and' || t.norm === 'و' || t.text === ',' || t.text === '،');
}

/** A mention right after a speech or attribution cue, or right before a speech verb, is a speaker. */
function isSpeaker(ctx: Ctx, m: Mention): boolean {
  for (const kind of ['speech', 'according'] as const)
    for (const c of ctx.byKind.get(kind) ?? []) {
      if (c.tok1 <= m.tok0 && m.tok0 - c.tok1 <= 3 && freeWords(ctx, c.tok1, m.tok0) <= 2) return true;
      if (c.tok0 >= m.tok1 && c.tok0 - m.tok1 <= 1 && ctx.lang === 'en' && c.cues.some((x) => x.kind === 'speech')) return true;
    }
  return false;
}

/** "Putin's", "Workers'": a possessive modifier, not an argument. */
function isPossessive(ctx: Ctx, m: Mention): boolean {
  const last = ctx.s.tokens[m.tok1 - 1]!;
  if (/['’]s$/.test(last.text)) return true;
  const nx = ctx.s.tokens[m.tok1];
  return !!nx && (nx.text === "'" || nx.text === '’') && !last.arabic;
}

function firstMentionAfter(ms: Mention[], tok: number): number {
  for (let i = 0; i < ms.length; i++) if (ms[i]!.tok0 >= tok) return i;
  return -1;
}
function lastMentionBefore(ms: Mention[], tok: number): number {
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.tok1 <= tok) return i;
  return -1;
}

/** Words in [a, b) outside mentions. */
function freeWords(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (ctx.s.tokens[k]!.word && !ctx.inMention[k] && !ctx.inRelative[k]) n++;
  return n;
}

/** "the two leaders", "الرئيسان" name people; "the two sides", "الجانبان" name the parties. */
function peopleDual(c: CueSpan): boolean {
  return /leaders|men|ministers|presidents|officials|الرييس|الزعيم|الوزير|المسوول/.test(c.cues.map((x) => normalise(x.form)).join(' '));
}

/**
 * "ووقّع الجانبان مذكرة تفاهم", "the two sides signed an accord": a signed document (a `binding`
 * cue on the verb) binds the sides' states, so people of a sides-dual stand for their countries.
 */
function bindingSides(ctx: Ctx, T: Trigger, subj: Group): Group {
  if (subj[0]!.via !== 'anaphor' || !ctx.byKind.get('binding')?.some((c) => c.tok0 === T.tok0) || !subj.every((m) => m.via === 'anaphor')) return subj;
  const c = ctx.cueAt.get(subj[0]!.tok0);
  if (!c || !c.cues.some((x) => x.kind === 'dual') || peopleDual(c)) return subj;
  const out: Group = [];
  for (const m of subj) {
    const country = m.kind === 'person' ? ctx.lex.entities.get(m.entity)?.country : m.entity;
    if (!country) return subj;
    out.push({ ...m, entity: country, kind: 'country' });
  }
  return new Set(out.map((m) => m.entity)).size === out.length ? out : subj;
}

/** The last list (A and B) of two or more distinct actors, all of `kind`, in the previous sentences. */
function lastPlural(ctx: Ctx, kind: string): Mention[] | undefined {
  for (let h = ctx.history.length - 1; h >= 0; h--) {
    const ms = ctx.history[h]!;
    let found: Mention[] | undefined;
    for (let i = 0; i < ms.length; i++) {
      if (ms[i]!.conj || !ms[i + 1]?.conj) continue;
      const g: Mention[] = [];
      let same = true;
      for (const m of groupFrom(ms, i)) {
        const a = actor(ctx.lex, m);
        if (!a) continue;
        if (a.kind !== kind) same = false;
        if (!g.some((x) => x.entity === a.entity)) g.push(a);
      }
      if (same && g.length >= 2) found = g;
    }
    if (found) return found;
  }
  return undefined;
}

/** The anaphor at token k (الجانبان, the two sides, the four, بلاده), as a group. */
function anaphorAt(ctx: Ctx, k: number): { group: Group; end: number; start: number } | undefined {
  // (one cue span starts at a token: the by-token index, not a scan of the sentence's cues)
  const c = ctx.cueAt.get(k);
  if (c) {
    const kinds = cueKinds(c);
    const at = (m: Mention) => ({ ...m, start: c.start, end: c.end, tok0: c.tok0, tok1: c.tok1, via: 'anaphor' as const, clitics: '' });
    if (kinds.has('dual')) {
      // "the two leaders", "الرئيسان": people; "the two sides", "الجانبان": any pair
      const people = peopleDual(c);
      const pair = people ? ctx.lastPersons : ctx.lastPair;
      if (pair) return { group: pair.map(at), end: c.tok1, start: c.tok0 };
    }
    if (kinds.has('group')) {
      // a named group ("the guarantors" = Russia, Turkey, Iran) or one that names no one ("the participants": '-')
      const value = c.cues.find((x) => x.kind === 'group' && x.value)?.value;
      if (value === '-') return { group: [], end: c.tok1, start: c.tok0 };
      if (value?.startsWith('#')) {
        // "the three countries", "الدول الثلاث": the last list of that many actors, else the last that many
        // countries named before it in the sentence
        const n = Number(value.slice(1));
        if (ctx.lastGroup?.length === n) return { group: ctx.lastGroup.map(at), end: c.tok1, start: c.tok0 };
        const named: Mention[] = [];
        for (let i = ctx.s.mentions.length - 1; i >= 0 && named.length < n; i--) {
          const m = ctx.s.mentions[i]!;
          const a = m.tok1 <= c.tok0 ? actor(ctx.lex, m) : undefined;
          if (a?.kind === 'country' && !named.some((x) => x.entity === a.entity)) named.unshift(a);
        }
        if (named.length === n) return { group: named.map(at), end: c.tok1, start: c.tok0 };
      } else if (value) {
        const group: Group = [];
        for (const id of value.split('|')) {
          const e = ctx.lex.entities.get(id);
          if (e) group.push(at({ tok0: c.tok0, tok1: c.tok1, start: c.start, end: c.end, entity: e.id, kind: e.kind, via: 'anaphor', conj: false, clitics: '' }));
        }
        return { group, end: c.tok1, start: c.tok0 };
      }
      if (ctx.lastGroup) return { group: ctx.lastGroup.map(at), end: c.tok1, start: c.tok0 };
    }
    if (kinds.has('plural')) {
      // "the groups", "both countries", "الجماعتين": the last list of actors of that kind
      for (const kind of c.cues.find((x) => x.kind === 'plural')?.value?.split('|') ?? []) {
        const g = lastPlural(ctx, kind);
        if (g) return { group: g.map(at), end: c.tok1, start: c.tok0 };
      }
    }
    if (kinds.has('own_organ')) {
      // "مسيّراتها", "قواته": the forces of the country named last before them in the sentence, else of the last subject
      for (let i = lastMentionBefore(ctx.s.mentions, c.tok0); i >= 0; i--) {
        const a = actor(ctx.lex, ctx.s.mentions[i]!);
        const country = a && (a.kind === 'country' ? a.entity : a.kind === 'person' ? ctx.lex.entities.get(a.entity)?.country : undefined);
        if (country) {
          const ce = ctx.lex.entities.get(country)!;
          return { group: [{ ...at(ctx.s.mentions[i]!), entity: ce.id, kind: ce.kind }], end: c.tok1, start: c.tok0 };
        }
      }
    }
    if ((kinds.has('own_country') || kinds.has('own_organ')) && ctx.lastSubject) {
      const e = ctx.lex.entities.get(ctx.lastSubject.entity);
      const country = e?.kind === 'country' ? e.id : e?.country;
      if (country) {
        const ce = ctx.lex.entities.get(country)!;
        return { group: [{ ...at(ctx.lastSubject), entity: ce.id, kind: ce.kind }], end: c.tok1, start: c.tok0 };
      }
    }
  }
  return undefined;
}

/** The nearest subject to the left of token `tok`: prepositional objects and possessives are skipped. */
function leftGroup(ctx: Ctx, tok: number, maxWords: number): Group | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  // an anaphor right before
  for (let k = tok - 1; k >= Math.max(0, tok - 4); k--) {
    const a = anaphorAt(ctx, k);
    // (not over a nearer name: "the guarantors condemned Israeli strikes": Israel strikes)
    if (a && a.end <= tok && freeWords(ctx, a.end, tok) <= 1 && !s.mentions.some((m) => m.tok0 >= a.end && m.tok1 <= tok)) return a.group;
  }
  for (let i = lastMentionBefore(ms, tok); i >= 0; i--) {
    const m = ms[i]!;
    if (hasBoundary(s.tokens, m.tok1, tok)) return undefined;
    if (cueIn(ctx, m.tok1, tok, 'clause')) return undefined;
    if (freeWords(ctx, m.tok1, tok) > maxWords) return undefined;
    if (ctx.inRelative[m.tok0]) continue;
    if (prepOf(ctx, m)) continue;
    if (isPossessive(ctx, m) && !cueIn(ctx, m.tok1, Math.min(m.tok1 + 3, tok), 'military')) continue;
    // "a new Turkish operation", "القوات التركية": a demonym that qualifies a relation noun belongs to it
    if (m.via === 'demonym' && s.triggers.some((x) => (ctx.lang === 'en' ? x.tok0 >= m.tok1 && x.tok0 - m.tok1 <= 1 : x.tok1 === m.tok0) && x.tok1 <= tok && x.patterns[0]!.pos === 'noun')) continue;
    if (!actor(ctx.lex, m)) continue;
    // the first member of a coordinated group may carry a preposition the others share
    const g = groupTo(ms, i);
    const a = anaphorAt(ctx, g[0]!.tok0);
    void a;
    return g;
  }
  return undefined;
}

interface Args {
  subj: Group | undefined;
  /** Token where the object search starts. */
  objFrom: number;
  passive: boolean;
  agent: Group | undefined;
}

/** An Arabic verb in the masculine (اتهم, يتهم), which a country or city cannot be the subject of. */
function masculineVerb(ctx: Ctx, T: { tok0: number; tok1: number }): boolean {
  const t = ctx.s.tokens[T.tok0];
  if (!t?.arabic) return false;
  let w = t.norm.replace(/^[وف]/, '');
  if (w.startsWith('س')) w = w.slice(1);
  if (/^ي/.test(w)) return true; // imperfect masculine
  if (/^ت/.test(w) && !/^ت(لق|وجه|وصل|صالح|مركز|طرق|حدث|ابع|عهد)/.test(w)) return false; // imperfect feminine
  return !/(ت|تا|ا|وا)$/.test(w); // perfect: feminine ends in ت
}

/** A verb joined by "and"/"و" after a comma in [a, b): the start of another clause. */
function conjVerbBetween(s: Sentence, a: number, b: number): boolean {
  for (const x of s.triggers) {
    if (x.tok0 < a || x.tok1 > b || x.patterns[0]!.pos !== 'verb') continue;
    const t = s.tokens[x.tok0]!;
    const prev = s.tokens[x.tok0 - 1]?.norm;
    const prev2 = s.tokens[x.tok0 - 2]?.text;
    if ((t.arabic && /^و/.test(x.clitics) && (prev === '،' || prev === ',')) || (prev === 'and' && prev2 === ',')) return true;
  }
  return false;
}

function verbBetween(s: Sentence, a: number, b: number): boolean {
  for (const x of s.triggers) if (x.tok0 >= a && x.tok1 <= b && x.patterns[0]!.pos === 'verb') return true;
  return false;
}

/** "by President Sheikh Mohamed bin Zayed": only titles (titles.csv) between a and b. */
function onlyTitles(ctx: Ctx, a: number, b: number): boolean {
  const titles = ctx.s.titles ?? [];
  for (let k = a; k < b; k++) if (ctx.s.tokens[k]!.word && !titles.some((t) => t.tok0 <= k && k < t.tok1)) return false;
  return true;
}

/** Arguments of a verb (see file comment). */
function verbArgs(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }, allowCarry: boolean): Args {
  const { s, lang } = ctx;
  const ms = s.mentions;
  const tokens = s.tokens;
  let subj: Group | undefined;
  let objFrom = T.tok1;

  // passive: an agent phrase after the verb
  let agent: Group | undefined;
  let passive = false;
  for (let k = T.tok1, free = 0; k < tokens.length && free < 8; k++) {
    if (BOUNDARY.has(tokens[k]!.text)) break;
    if (!ctx.inMention[k]) free++;
    const c = hasCue(ctx, k, 'agent');
    if (c) {
      const i = firstMentionAfter(ms, c.tok1);
      if (i >= 0 && (wordsBetween(tokens, c.tok1, ms[i]!.tok0).length === 0 || onlyTitles(ctx, c.tok1, ms[i]!.tok0))) {
        if (lang === 'en') {
          const before = tokens.slice(Math.max(0, T.tok0 - 3), T.tok0).map((t) => t.norm);
          if (!before.some((w) => ['was', 'were', 'been', 'is', 'are', 'being', 'be'].includes(w))) break;
        }
        // "… by President X, Emirati state media said": the source of the report is no agent
        agent = groupFrom(ms, i).filter((m, j) => j === 0 || !(ctx.byKind.get('speech') ?? []).some((c) => c.tok0 >= m.tok1 && c.tok0 - m.tok1 <= 3));
        passive = true;
      }
      break;
    }
    // ("was welcomed at Damascus airport by …": a place after a preposition is an adjunct)
    if (ms.some((m) => m.tok0 === k && !(m.kind === 'place' && prepOf(ctx, m))) && lang === 'en') break;
  }

  const during = lang === 'ar' ? duringEvent(ctx, T) : undefined;
  if (during) return { subj: during, objFrom: T.tok1 + 1, passive, agent };
  const mainSubj = lang === 'ar' ? afterRelativeClause(ctx, T, allowCarry) : undefined;
  if (mainSubj) return { subj: mainSubj, objFrom, passive, agent };
  // "وأدان البيان الختامي الصادر عن الدول الثلاث الهجمات": the issuer of the statement is the subject
  const issuer = lang === 'ar' && !ctx.inMention[T.tok1] ? performerAt(ctx, { tok0: T.tok1, tok1: T.tok1 + 1 }) : undefined;
  if (issuer) return { subj: issuer.group, objFrom: issuer.end, passive, agent };
  // an anaphor right after the verb (Arabic VSO: التقى الجانبان)
  if (lang === 'ar') {
    let k = T.tok1;
    while (k < tokens.length && isQuote(tokens[k])) k++;
    const a = anaphorAt(ctx, k);
    if (a) return { subj: a.group, objFrom: a.end, passive, agent };
  }

  const prevI = lastMentionBefore(ms, T.tok0);
  const nextI = firstMentionAfter(ms, T.tok1);
  const prev = prevI >= 0 ? ms[prevI]! : undefined;
  const next = nextI >= 0 ? ms[nextI]! : undefined;

  // "وأضاف أنه سيلتقي…", "he added that he would meet…": the pronoun right before the verb is the subject
  const pron = ctx.byKind.get('pronoun')?.find((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 1);
  if (pron && ctx.lastSubject && !(prev && prev.tok0 >= pron.tok1)) {
    return { subj: [{ ...ctx.lastSubject, start: pron.start, end: pron.end, tok0: pron.tok0, tok1: pron.tok1, via: 'anaphor' }], objFrom, passive, agent };
  }

  // "…، داعياً أنقرة إلى…": a circumstantial participle takes the subject of the main clause
  if (lang === 'ar' && /^(داعيا|مطالبا|محذرا|متهما|منتقدا|مهددا|داعيه|مطالبه|موفدا|مبعوثا)$/.test(tokens[T.tok0]!.norm.replace(/^و/, ''))) {
    const first = ms.find((m) => m.tok1 <= T.tok0 && !prepOf(ctx, m) && actor(ctx.lex, m) && !isPossessive(ctx, m));
    if (first) return { subj: [first], objFrom, passive, agent };
  }

  // "… كما تدعم فصائل الجيش الوطني": "as it also supports" shares the subject of the verb before
  if (lang === 'ar' && /^و?كما$/.test(tokens[T.tok0 - 1]?.norm ?? '')) {
    const earlier = [...ctx.s.triggers].reverse().find((x) => x.tok1 < T.tok0 && x.patterns[0]!.pos === 'verb');
    if (earlier) {
      const a = verbArgs(ctx, earlier, allowCarry);
      if (a.subj && !a.passive) return { subj: a.subj, objFrom, passive, agent };
    }
  }

  // "إن بلاده وقفت إلى جانب …": an anaphor right before the verb is its subject (SVO)
  if (lang === 'ar') {
    const c = ctx.s.cues.find((x) => x.tok1 === T.tok0 && x.cues.some((k) => k.kind === 'own_country' || k.kind === 'dual' || k.kind === 'group' || k.kind === 'plural'));
    const a = c ? anaphorAt(ctx, c.tok0) : undefined;
    if (a?.group.length) return { subj: a.group, objFrom, passive, agent };
  }
  if (lang === 'ar') {
    const gapSVO = prev ? wordsBetween(tokens, prev.tok1, T.tok0).filter((t) => !/^(قد|لقد|فقد|كان|كانت|وكان|وكانت)$/.test(t.norm)) : [];
    if (prev && gapSVO.length === 0 && !prepOf(ctx, prev) && actor(ctx.lex, prev)) {
      subj = groupTo(ms, prevI); // SVO
    } else if (
      next &&
      // agreement: countries and cities are feminine, so "اتهم أنقرة" has Ankara as object, not subject
      // (a demonym agrees with its head noun: "حثّ الوفد الإيراني" is masculine, "قصفت القوات التركية" feminine)
      !(masculineVerb(ctx, T) && (actor(ctx.lex, next)?.kind === 'country' && next.kind !== 'person') && !(next.via === 'demonym' && !tokens[next.tok1 - 1]!.norm.endsWith('ه'))) &&
      !prepOf(ctx, next) &&
      freeWords(ctx, T.tok1, next.tok0) <= 2 &&
      !hasBoundary(tokens, T.tok1, next.tok0) &&
      !cueIn(ctx, T.tok1, next.tok0, 'pronoun') &&
      !cueIn(ctx, T.tok1, next.tok0, 'speech') &&
      !cueIn(ctx, T.tok1, next.tok0 + 1, 'counterpart') &&
      // ("نُشرت اليوم، دعا الأسد": another verb in between has its own subject)
      !verbBetween(s, T.tok1, next.tok0) &&
      actor(ctx.lex, next)
    ) {
      subj = groupFrom(ms, nextI); // VSO
      objFrom = subj[subj.length - 1]!.tok1;
    } else subj = leftGroup(ctx, T.tok0, 6);
  } else {
    // "the two assailants who attacked …": the subject is the antecedent of "who"
    let k = T.tok0 - 1;
    while (k >= 0 && /^(has|had|have|also|then|later)$/.test(tokens[k]!.norm)) k--;
    if (k >= 0 && /^(who|which|that)$/.test(tokens[k]!.norm)) {
      let j = k - 1;
      while (j >= 0 && tokens[j]!.text === ',') j--;
      const ant = ms.findIndex((m) => m.tok1 === j + 1);
      subj = ant >= 0 && actor(ctx.lex, ms[ant]!) ? groupTo(ms, ant) : undefined;
      if (!subj) return { subj: undefined, objFrom, passive, agent };
    } else subj = leftGroup(ctx, T.tok0, 14);
  }
  // "وتدعم روسيا الحكومة السورية … وتحتفظ بقاعدة", "Russia keeps bases … and has coordinated …":
  // a verb after another verb's object shares that verb's subject
  if (subj?.length && !passive) {
    const end = subj[subj.length - 1]!.tok1;
    const earlier = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= subj![0]!.tok0 && x.patterns[0]!.pos === 'verb' && x.tok0 < T.tok0);
    const between = ctx.s.triggers.some((x) => x.tok0 >= end && x.tok1 <= T.tok0);
    // ("Russia keeps … and has coordinated", not "while Moscow and Tehran support": a clause of its own)
    if (earlier && !between && !cueIn(ctx, earlier.tok1, T.tok0, 'clause') && (lang === 'en' ? /^(and|,)$/.test(tokens[T.tok0 - 1]?.norm ?? '') || (tokens[T.tok0 - 2]?.norm === 'and' && !ctx.inMention[T.tok0 - 1]) : ctx.s.tokens[T.tok0]!.norm.startsWith('و') || /^و?كما$/.test(tokens[T.tok0 - 1]?.norm ?? ''))) {
      const a = verbArgs(ctx, earlier, allowCarry);
      if (a.subj && !a.passive) subj = a.subj;
    }
  }

  if (!subj && allowCarry && ctx.lastSubject) {
    // no subject in the sentence before the verb: carried over ('وأضاف…', 'He added…')
    const pron2 = cueIn(ctx, Math.max(0, T.tok0 - 3), T.tok0, 'pronoun');
    // the carried subject's evidence points at the verb that carries it
    if (prevI < 0 || pron2) subj = [{ ...ctx.lastSubject, start: T.start, end: T.end, tok0: T.tok0, tok1: T.tok1, via: 'anaphor' }];
  }
  return { subj, objFrom, passive, agent };
}

/** The object group: first mention after `from` (introduced by one of `preps` when given). */
function objectGroup(ctx: Ctx, from: number, p: Pattern, exclude: Set<string>): Group | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const direct = p.preps.length === 0 || p.preps.includes('');
  // a noun's complement is close to it ("لقاء مع", "visit to"); a verb's may come after adverbs
  const maxGap = p.pos === 'noun' ? 6 : 14;
  // an anaphor object ("met the two sides" is rare; "بلاده" is common)
  let yielded = -1;
  for (let i = firstMentionAfter(ms, from); i >= 0 && i < ms.length; i++) {
    const m = ms[i]!;
    if (hasBoundary(s.tokens, from, m.tok0)) return undefined;
    if (freeWords(ctx, from, m.tok0) > maxGap) return undefined;
    // "انسحبت روسيا من مواقع في إدلب، وقصفت طائراتها جسر الشغور": past another clause's verb, objects are its own
    if (p.pos === 'verb' && conjVerbBetween(s, from, m.tok0)) return undefined;
    if (cueIn(ctx, from, m.tok0, 'clause')) return undefined;
    // "to meet his counterparts and …": an unnamed counterpart is the object; nothing further is
    if ((ctx.byKind.get('counterpart') ?? []).some((c) => c.tok0 >= from && c.tok1 <= m.tok0 && m.tok0 - c.tok1 > 2)) return undefined;
    // "وتدعم قطر المبادرة، مؤكدة دعم الرياض لـ…": the genitive right after another relation noun belongs to that noun
    // (not for an urging verb: "طالب بانسحاب القوات التركية" urges the genitive of the demanded act)
    if (ctx.lang === 'ar' && p.relation !== 'urged' && m.via !== 'demonym' && !PREP_CLITICS.test(m.clitics) && s.triggers.some((x) => x.tok0 >= from && x.tok1 === m.tok0 && x.patterns.some((q) => q.pos === 'noun'))) {
      // ("وتنشر روسيا وإيران، أبرز حلفاء الأسد، قوات في سوريا": an apposition between commas is passed over)
      const nx = s.tokens[m.tok1]?.text;
      if (nx === '،' || nx === ',') continue;
      return undefined;
    }
    // "talks on normalising relations between Ankara and Damascus", "insisted at the talks that any normalisation
    // with Ankara …": a relation noun between a noun and a name owns that name
    if (ctx.lang === 'en' && p.pos === 'noun' && s.triggers.some((x) => x.tok0 >= from && x.tok1 <= m.tok0 && x.patterns.every((q) => q.pos === 'noun'))) return undefined;
    if (exclude.has(m.entity)) continue;
    // a group is taken from its first member; a speaker is not an object ("…, the ministry said")
    if (m.conj && i > 0 && yielded !== i - 1 && ms[i - 1]!.tok1 > from && plainConj(ctx, m) && relativeClauseEnd(ctx, ms[i - 1]!.tok0) > m.tok0) continue;
    if (isSpeaker(ctx, m)) continue;
    // the trigger's own last word ("called on", "held talks with") is no preposition of the object
    const own = s.tokens[from - 1]?.norm;
    const prep = m.tok0 === from && !PREP_CLITICS.test(m.clitics) ? (own && p.preps.includes(own) ? own : undefined) : prepOf(ctx, m);
    if (prep === 'من قبل') continue;
    // "talks on normalising relations between A and B": a "between" phrase belongs to the nearest relation noun
    if ((prep === 'between' || prep === 'بين') && s.triggers.some((x) => x.tok0 >= from && x.tok1 <= m.tok0)) return undefined;
    if (p.preps.length) {
      // preps list the allowed introducers; '' is a bare direct object. Further into the
      // complement, genitive and goal prepositions are part of the object phrase
      // ("positions of the PKK", "a ground offensive against the YPG").
      // "تنشر قوات في مناطق واسعة من شمال سوريا": the pattern's preposition came earlier in the phrase
      const gapHasPrep = () => {
        for (let k = from; k < m.tok0; k++) if (p.preps.includes(ctx.s.tokens[k]!.norm.replace(/^[وف](?=..)/, ''))) return true;
        return false;
      };
      // "غارات على مواقع في ريف إدلب", "strikes on positions in X": a place inside the pattern's own phrase
      const inside = (prep === 'في' || prep === 'in') && !direct && gapHasPrep();
      const loose = prep !== undefined && ((LOOSE_PREPS.has(prep) && (direct || gapHasPrep())) || inside) && freeWords(ctx, from, m.tok0) >= 1;
      if (prep ? !p.preps.includes(prep) && !loose : !direct) continue;
      // "دعا …، على هامش الجولة من محادثات أستانا، تركيا إلى …": an adjunct's genitive yields to a bare object after it
      if (loose && !p.preps.includes(prep!) && p.pos === 'verb' && bareActorAfter(ctx, m, from, maxGap)) {
        yielded = i;
        continue;
      }
    }
    if (p.pos === 'noun' && nounObjectTooFar(ctx, from, m, prep, p)) return undefined;
    if (isPossessive(ctx, m) && i + 1 < ms.length && freeWords(ctx, m.tok1, ms[i + 1]!.tok0) <= 3) continue;
    // ("بحث مع نظيره الإيراني": a counterpart named by a demonym is a person, resolved in counterpart())
    if (p.targetKinds.length && !p.targetKinds.includes(m.kind) && !(p.targetKinds.includes('country') && actor(ctx.lex, m)?.kind === 'country') && !(p.targetKinds.includes('person') && counterpartOf(ctx, m)))
      continue;
    // "keeps around 900 troops in…": the pattern needs its cue before the target
    // "backed rebels fighting Assad": the object slot holds another noun and a participle clause follows
    if (ctx.lang === 'en' && p.pos === 'verb' && !prep) {
      let participle = false;
      let noun = false;
      for (let k = from; k < m.tok0; k++) {
        const w = s.tokens[k]!;
        if (ctx.inMention[k] || !w.word) continue;
        if (/ing$/.test(w.norm) && w.norm.length > 4) {
          if (noun) participle = true;
        } else if (!/^(the|a|an|its|his|her|their|new|continuing|several|two|three|some)$/.test(w.norm)) noun = true;
      }
      if (participle) return undefined;
    }
    // ("قاعدة حميميم", "the Hmeimim air base": a place named by the cue word itself qualifies)
    // ("حمّلت طهران واشنطن المسؤولية", "held the PKK and the YPG responsible": the cue right after the object group)
    if (p.requires && !(ctx.byKind.get(p.requires) ?? []).some((c) => c.tok0 >= from && ((c.tok1 <= m.tok0 && !ctx.inMention[c.tok0]) || (c.tok0 < m.tok1 && c.tok0 >= m.tok0 && m.kind === 'place') || cueAfterGroup(ctx, ms, i, c))))
      continue;
    const end = relativeClauseEnd(ctx, from);
    if (m.tok0 >= end) return undefined;
    const g = groupFrom(ms, i).filter((x) => !exclude.has(x.entity) && x.tok0 < end);
    const more = parallelOf(ctx, from, m, g[g.length - 1] ?? m);
    if (more && !exclude.has(more.entity)) g.push(more);
    return g.length ? g : undefined;
  }
  return undefined;
}

/**
 * "ودعت روسيا، التي تنشر قوات في الشمال السوري، أنقرة إلى …": inside an Arabic relative clause opened by
 * "، التي/الذي", the clause ends at the next comma; its objects do not reach past it. Token index of that end.
 */
function relativeClauseEnd(ctx: Ctx, from: number): number {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar') return toks.length;
  let k = from - 1;
  while (k > 0 && toks[k]!.text !== '،' && !BOUNDARY.has(toks[k]!.text)) k--;
  if (toks[k]?.text !== '،' || !RELATIVE.has(toks[k + 1]?.norm ?? '')) return toks.length;
  let e = from;
  while (e < toks.length && toks[e]!.text !== '،' && !BOUNDARY.has(toks[e]!.text)) e++;
  return e;
}

/** A bare (no preposition) actor after m, within the verb's reach and past a comma ("…، تركيا إلى"). */
function bareActorAfter(ctx: Ctx, m: Mention, from: number, maxGap: number): boolean {
  const toks = ctx.s.tokens;
  return ctx.s.mentions.some(
    (x) =>
      x.tok0 >= m.tok1 &&
      x.tok0 < relativeClauseEnd(ctx, from) &&
      toks[x.tok0 - 1]?.text === '،' &&
      !x.clitics &&
      !prepOf(ctx, x) &&
      !!actor(ctx.lex, x) &&
      freeWords(ctx, from, x.tok0) <= maxGap &&
      !hasBoundary(toks, m.tok1, x.tok0),
  );
}

/** "targets of the PKK in northern Iraq and of the YPG in northern Syria": the same preposition after "and". */
function parallelOf(ctx: Ctx, from: number, first: Mention, last: Mention): Mention | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const kind = first.kind;
  for (let k = last.tok1; k < Math.min(toks.length - 1, last.tok1 + 8); k++) {
    if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',') return undefined;
    if (toks[k]!.norm !== 'and') continue;
    const prep = toks[k + 1]!.norm;
    if (!EN_PREP_TOKENS.has(prep) || !toks.slice(from, first.tok0).some((t) => t.norm === prep)) return undefined;
    let j = k + 2;
    while (j < toks.length && /^(the|a|an)$/.test(toks[j]!.norm)) j++;
    const m = ms.find((x) => x.tok0 === j);
    return m && m.kind === kind ? m : undefined;
  }
  return undefined;
}

/** Is cue c right after the coordinated group that starts at mention i ("X and Y responsible")? */
function cueAfterGroup(ctx: Ctx, ms: Mention[], i: number, c: CueSpan): boolean {
  const g = groupFrom(ms, i);
  const end = g[g.length - 1]!.tok1;
  return c.cues.some((k) => k.kind === 'responsibility') && wordsBetween(ctx.s.tokens, end, c.tok0).length === 0;
}

/**
 * A noun's bare complement is its genitive, right after it ("الضربة الإسرائيلية", "strikes Syria"): "موقع الغارة …
 * برفقة السفير" is no target. Nor does a noun reach past "، و" opening a new clause ("الضربة، ووصفتها المتحدثة …").
 */
function nounObjectTooFar(ctx: Ctx, from: number, m: Mention, prep: string | undefined, p: Pattern): boolean {
  const toks = ctx.s.tokens;
  if (!prep && !PREP_CLITICS.test(m.clitics) && freeWords(ctx, from, m.tok0) > 2) {
    // "غارات على مواقع للحزب ولـ«وحدات…»": the pattern's own preposition opened the phrase earlier
    let opened = false;
    for (let k = from; k < m.tok0 && !opened; k++) opened = p.preps.includes(toks[k]!.norm.replace(/^[وف](?=..)/, ''));
    if (!opened) return true;
  }
  if (ctx.lang !== 'ar') return false;
  for (let k = from; k + 1 < m.tok0; k++) if (toks[k]!.text === '،' && /^و/.test(toks[k + 1]!.norm) && !ctx.inMention[k + 1]) return true;
  return false;
}

function span(ctx: Ctx, m: Mention): [number, number] {
  return [m.start - ctx.s.start, m.end - ctx.s.start];
}

/** English present and present perfect ("accuses", "has urged") speak of now: only a date right next to them counts. */
function presentTense(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en') return false;
  const t = ctx.s.tokens[T.tok0]!.norm;
  const before = ctx.s.tokens.slice(Math.max(0, T.tok0 - 2), T.tok0).map((x) => x.norm);
  if (before.some((w) => ['has', 'have', 'is', 'are'].includes(w))) return true;
  return /[^s]s$/.test(t) && !/(ss|us|is)$/.test(t) && T.patterns[0]!.pos === 'verb';
}

/** Is there a relative pronoun between character offsets a and b of the sentence? */
function relativeBetween(ctx: Ctx, a: number, b: number): boolean {
  ctx.relatives ??= ctx.s.tokens.filter((t) => RELATIVE.has(t.norm)).map((t) => t.start);
  return ctx.relatives.some((x) => x >= a && x < b);
}
const RELATIVE = new Set(['التي', 'الذي', 'اللذين', 'اللتين', 'الذين', 'اللتان', 'اللذان', 'which', 'who', 'whom']);
/**
 * Background dates: control ("الخاضعة لسيطرة X") is a state; English "Turkey, which backed the opposition … in
 * 2011, keeps troops" (the date is inside a relative clause the trigger is not in); "… in October 2019 and still
 * keeps troops there" (a state said to last).
 */
function backgroundDate(ctx: Ctx, T: Trigger, d: { start: number; end: number }): boolean {
  // "الخاضعة لسيطرة X": control is a state (publication date), whatever the clause's date
  if (T.patterns[0]!.relation === 'deployed_in' && T.patterns[0]!.voice === 'passive') return true;
  if (ctx.lang !== 'en') return false;
  const toks = ctx.s.tokens;
  const k = toks.findIndex((t) => t.start >= d.start);
  if (k >= 0 && ctx.inRelative[k] && !ctx.inRelative[T.tok0]) return true;
  // "after last month's earthquake", "for Sunday's bombing": a possessive date dates its noun, not the verb
  if (/^['’]s\b/.test(ctx.doc.article.text.slice(d.end, d.end + 3)) && !(T.patterns[0]!.pos === 'noun' && T.start - d.end <= 4)) return true;
  // "the Istanbul bombing of 13 November, which it blames on …": the date is the antecedent's
  if (d.end <= T.start && relativeBetween(ctx, d.end, T.start) && presentTense(ctx, T)) return true;
  // "the US-backed SDF": a standing fact
  if (toks[T.tok0 - 1]?.text === '-' && T.patterns[0]!.relation === 'supported') return true;
  return d.end <= T.start && (toks[T.tok0 - 1]?.norm === 'still' || toks[T.tok0]!.norm === 'still');
}

const DAYS_AFTER: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, يوم: 1, يومين: 2 };
/** "struck … on Thursday, a day after Ankara declared …", "بعد يوم من": the act after the phrase is that many days earlier. */
function shiftedBack(ctx: Ctx, d: { start: number; end: number; date: string }, T: Trigger): string {
  if (d.end > T.start || d.date.length !== 10) return d.date;
  const between = normalise(ctx.doc.article.text.slice(d.end, T.start));
  const m = /\b(a|one|two|three) days? after\b|بعد (يوم|يومين) من|(غداه)/.exec(between);
  if (!m) return d.date;
  const n = m[3] ? 1 : DAYS_AFTER[m[1] ?? m[2]!]!;
  const t = new Date(d.date + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() - n);
  return t.toISOString().slice(0, 10);
}

const EN_MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Date of a trigger: the nearest date expression in its sentence, else publication. */
function dateFor(ctx: Ctx, T: Trigger): { date: string; dateSource: 'text' | 'published' } {
  // "the December meeting", "since the October talks": a month naming the noun's own event (even where
  // "since" keeps it from dating the clause)
  if (ctx.lang === 'en' && T.patterns[0]!.pos === 'noun' && ctx.s.tokens[T.tok0 - 2]?.norm === 'the' && EN_MONTH.test(ctx.s.tokens[T.tok0 - 1]?.norm ?? '')) {
    const d = findDates(`in ${ctx.s.tokens[T.tok0 - 1]!.norm}`, 0, 3 + ctx.s.tokens[T.tok0 - 1]!.norm.length, ctx.doc.article.date)[0];
    if (d) return { date: d.date, dateSource: 'text' };
  }
  let best: { date: string; d: number; span: { start: number; end: number; date: string } } | undefined;
  const near = presentTense(ctx, T) ? 20 : Infinity;
  for (const d of ctx.s.dates) {
    const dist = d.end <= T.start ? T.start - d.end : d.start >= T.end ? d.start - T.end : 0;
    // "have struck … since Sunday": the day the acts began dates a present perfect too
    if (dist > near && !/(?:since|منذ)\s+$/i.test(ctx.doc.article.text.slice(Math.max(0, d.start - 8), d.start))) continue;
    // a bare year far from the trigger belongs to a background clause ("the ties they broke off after the war began in 2011")
    if (d.date.length === 4 && dist > 25) continue;
    // "… in October 2020, but Turkey still has …", "despite saying last June": another clause's date
    const [a, b] = d.end <= T.start ? [d.end, T.start] : [T.end, d.start];
    if ((ctx.byKind.get('clause') ?? []).some((c) => c.start >= a && c.end <= b)) continue;
    // "… محافظة إدلب، التي يشملها اتفاق … في ٥ آذار ٢٠٢٠", "…, which was agreed in 2020": the relative clause's own date
    // (a noun's own relative clause dates it: "الاجتماع الذي عقده … في ٢٨ كانون الأول")
    if (d.start >= T.end && T.patterns[0]!.pos === 'verb' && relativeBetween(ctx, a, b)) continue;
    if (backgroundDate(ctx, T, d)) continue;
    if (!best || dist < best.d) best = { date: d.date, d: dist, span: d };
  }
  return best ? { date: shiftedBack(ctx, best.span, T), dateSource: 'text' } : { date: ctx.doc.article.date, dateSource: 'published' };
}

function emit(ctx: Ctx, T: Trigger, relation: string, src: Mention, tgt: Mention, attrs: Record<string, string>, targetIsPlace: boolean): boolean {
  const a = actor(ctx.lex, src);
  if (!a) return false;
  const b = targetIsPlace ? tgt : actor(ctx.lex, tgt);
  if (!b) return false;
  if (a.entity === b.entity) return false;
  const sentence = ctx.doc.article.text.slice(ctx.s.start, ctx.s.end);
  const { date, dateSource } = dateFor(ctx, T);
  const rec: RelationRecord = {
    source: a.entity,
    relation,
    target: b.entity,
    date,
    dateSource,
    evidence: {
      article: ctx.doc.article.id,
      sentence,
      start: ctx.s.start,
      end: ctx.s.end,
      sourceSpan: span(ctx, src),
      targetSpan: span(ctx, tgt),
      ...(ctx.attributedTo ? { attributedTo: ctx.attributedTo } : {}),
    },
  };
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
  if (isPresent(ctx, T)) ctx.stative.add(rec);
  return true;
}

/** Present tense: English "accuses", "has urged"; Arabic imperfect "تطالب", "يتهم". */
function isPresent(ctx: Ctx, T: Trigger): boolean {
  if (T.patterns[0]!.pos !== 'verb') return false;
  // a participle (موفداً, داعياً) takes the tense of the main verb before it
  if (ctx.lang === 'ar' && /^(داعيا|مطالبا|محذرا|متهما|منتقدا|مهددا|موفدا|مبعوثا)$/.test(ctx.s.tokens[T.tok0]!.norm.replace(/^و/, ''))) {
    const main = ctx.s.triggers.find((x) => x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb');
    return !!main && main !== T && isPresent(ctx, main);
  }
  if (ctx.lang === 'en') return presentTense(ctx, T);
  if (T.clitics.includes('س')) return false;
  const w = ctx.s.tokens[T.tok0]!.norm.slice(T.clitics.length);
  return /^[يت]/.test(w) && !/^ت(لق|وجه|وصل|صالح|مركز|طرق|حدث|ابع)/.test(w);
}

function cueBefore(ctx: Ctx, T: Trigger, kind: CueKind, window: number): boolean {
  const a = Math.max(0, T.tok0 - window);
  for (const c of ctx.byKind.get(kind) ?? []) if (c.tok1 <= T.tok0 && c.tok1 >= a) return true;
  return false;
}

function isNegated(ctx: Ctx, T: Trigger): boolean {
  return cueBefore(ctx, T, 'negation', 3);
}

function commaAnd(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (tokens[k]!.text === ',' && tokens[k + 1]!.norm === 'and') return true;
  return false;
}

function isHypothetical(ctx: Ctx, T: Trigger): boolean {
  // modal cues govern the rest of their clause: "could pave the way for talks … and a summit"
  // (the cheap tests first: kind and distance, then the clause)
  // (", and …" after a modal or a denial opens a new clause: "The PKK denied any role, and the US-backed SDF said …")
  const open = (c: CueSpan) => !hasBoundary(ctx.s.tokens, c.tok1, T.tok0) && !cueIn(ctx, c.tok1, T.tok0, 'clause') && !commaAnd(ctx.s.tokens, c.tok1, T.tok0);
  for (const c of ctx.byKind.get('hypothetical') ?? []) if (c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 25 && open(c)) return true;
  const conditions = ctx.byKind.get('condition') ?? [];
  for (const c of conditions) if (c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 8 && open(c)) return true;
  // "would meet Erdogan only when…", "لن يلتقي … إلا عندما": a condition later in the clause
  return conditions.some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 12 && !hasBoundary(ctx.s.tokens, T.tok1, c.tok0));
}

function isPlanned(ctx: Ctx, T: Trigger, p: Pattern): boolean {
  if (p.mode === 'planned') return true;
  if (ctx.lang === 'ar' && T.clitics.includes('س') && p.pos === 'verb') return true;
  // a bare "to" marks an infinitive only right before its verb ("to meet"), not "Speaking to reporters, he …"
  const a = Math.max(0, T.tok0 - 4);
  for (const c of ctx.byKind.get('plan') ?? [])
    if (c.tok1 <= T.tok0 && c.tok1 >= a && (c.tok1 === T.tok0 || c.tok1 - c.tok0 > 1 || ctx.s.tokens[c.tok0]!.norm !== 'to')) return true;
  return false;
}

const PLACE_RELATIONS = new Set(['visited', 'withdrew_from', 'deployed_in']);
/**
 * A group word as the object: "hosted the delegations of the three guarantors and of the Syrian
 * government", "condemned the four": the group (with what "and" adds after it).
 */
function groupObject(ctx: Ctx, from: number, p: Pattern, exclude: Set<string>): Group | undefined {
  const toks = ctx.s.tokens;
  for (let k = from; k < Math.min(toks.length, from + 5); k++) {
    if (ctx.inMention[k] || BOUNDARY.has(toks[k]!.text)) return undefined;
    const c = ctx.cueAt.get(k);
    if (c && c.cues.some((x) => x.kind === 'group' || x.kind === 'plural')) {
      const a = anaphorAt(ctx, k);
      if (!a?.group.length) return undefined;
      const g = a.group.filter((m) => !exclude.has(m.entity));
      const and = toks[a.end]?.norm;
      if (and === 'and' || and === 'و') g.push(...(objectGroup(ctx, a.end, { ...p, preps: [...p.preps, 'of', 'from'] }, exclude) ?? []));
      return g.length ? g : undefined;
    }
    // only determiners and role words ("the delegations of") before the group word
    if (c && c.cues.some((x) => x.kind === 'role_group')) k = c.tok1 - 1;
    else if (!/^(the|a|an|of|from|all)$/.test(toks[k]!.norm)) return undefined;
  }
  return undefined;
}

const APPOSITION = new Set(['هما', 'وهما', 'هي', 'وهي', 'namely', 'هم', 'وهم']);
/** "بقاعدتين في سوريا، هما قاعدة حميميم والقاعدة البحرية في طرطوس", "two bases in Syria, namely …": the places named after. */
function apposition(ctx: Ctx, g: Group): Group {
  const ms = ctx.s.mentions;
  let k = g[g.length - 1]!.tok1;
  while (ctx.s.tokens[k]?.text === ',' || ctx.s.tokens[k]?.text === '،' || ctx.s.tokens[k]?.text === ':') k++;
  if (!APPOSITION.has(ctx.s.tokens[k]?.norm ?? '')) return g;
  const i = firstMentionAfter(ms, k + 1);
  if (i < 0 || ms[i]!.tok0 !== k + 1 || ms[i]!.kind !== 'place') return g;
  // "قاعدة حميميم الجوية في ريف اللاذقية والقاعدة البحرية": a place after a preposition locates the one before
  const out: Group = [ms[i]!];
  for (let j = i + 1; j < ms.length; j++) {
    const m = ms[j]!;
    if (hasBoundary(ctx.s.tokens, out[out.length - 1]!.tok1, m.tok0)) break;
    const gap = ctx.s.tokens.slice(out[out.length - 1]!.tok1, m.tok0);
    // "ومدينة الحسكة", "and the town of X": a conjunction on the head noun before the name
    const headConj = /^(و..|and)/.test([...gap].reverse().find((t) => t.word)?.norm ?? '');
    if (!m.conj && !headConj) {
      const located = gap.some((t) => AR_PREP_TOKENS.has(t.norm) || EN_PREP_TOKENS.has(t.norm) || t.norm === 'near');
      if (located || prepOf(ctx, m)) continue;
      break;
    }
    out.push(m);
  }
  return out.filter((m) => m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for);
}

/**
 * "ترغب روسيا بإعادة ترتيب الوضع بالتنسيق بين A و B", "Washington wants … in coordination between A and B":
 * a relation between others under someone's wish, plan or effort is no act of theirs (and none of
 * the wisher's). True when the relation is to be dropped.
 */
function thirdPartyWish(ctx: Ctx, T: Trigger, pairs: Group): boolean {
  const ids = new Set(pairs.map((m) => m.entity));
  for (const c of ctx.s.cues) {
    if (c.tok1 > T.tok0 || T.tok0 - c.tok1 > 10 || !c.cues.some((k) => k.kind === 'plan' || k.kind === 'urge')) continue;
    if (hasBoundary(ctx.s.tokens, c.tok1, T.tok0) || cueIn(ctx, c.tok1, T.tok0, 'clause')) continue;
    const who = leftGroup(ctx, c.tok0, 4) ?? verbArgs(ctx, { tok0: c.tok0, tok1: c.tok1, start: c.start, end: c.end }, false).subj;
    if (who?.length && !who.some((m) => ids.has(m.entity))) return true;
  }
  return false;
}

/** "has stepped up", "have carried out", "has said": an auxiliary, not possession (English). */
function auxiliary(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en' || !T.patterns[0]!.requires) return false;
  const nx = ctx.s.tokens[T.tok1];
  return !!nx && (/(ed|en)$/.test(nx.norm) || ctx.s.triggers.some((x) => x.tok0 === T.tok1 && x.patterns[0]!.pos === 'verb'));
}

/** The act an accusation names: "اتهم X باستهداف", "accused X of attacking", "blamed X for the bombing". */
function accusedAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  // "blamed the PKK and the Syrian Kurdish YPG militia for Sunday's bombing": two named accused fit in the window
  const x = ctx.s.triggers.find((u) => u !== T && u.tok1 <= T.tok0 && T.tok0 - u.tok1 <= 16 && u.patterns[0]!.relation === 'accused');
  if (!x || hasBoundary(toks, x.tok1, T.tok0) || cueIn(ctx, x.tok1, T.tok0, 'clause')) return false;
  if (ctx.lang === 'ar') {
    if (T.clitics.includes('ب')) return true;
    for (let k = x.tok1; k < T.tok0; k++) if (toks[k]!.norm.startsWith('ب') && !ctx.inMention[k]) return true;
    return false;
  }
  return toks.slice(x.tok1, T.tok0).some((t) => t.norm === 'of' || t.norm === 'for');
}

/**
 * "لأي عملية عسكرية", "any meeting": an act of any kind is no act; nor is "a new Turkish operation" that someone
 * opposes (the opposition is the relation, the operation has not happened).
 */
function prospectiveAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && ctx.inMention[k] && toks[k]!.word && !toks[k]!.arabic) k--; // "any Turkish operation"
  const w = toks[k]?.norm ?? '';
  if (/^(any|[وفل]?اي)$/.test(w)) return true;
  if (ctx.lang !== 'en' || !/^(new|fresh|further)$/.test(w) || !/^(a|an)$/.test(toks[k - 1]?.norm ?? '')) return false;
  // (opposing, not condemning: "condemned a new Israeli strike" is about a strike that happened)
  return ctx.s.triggers.some((x) => x.tok1 <= k && freeWords(ctx, x.tok1, k) <= 3 && /oppos|reject/.test(ctx.doc.article.text.slice(x.start, x.end).toLowerCase()));
}

/**
 * A verb that names a demanded act, not a done one: after an urging verb of its clause, either
 * a verbal noun after a preposition (Arabic "دعا أنقرة إلى سحب قواتها", "طالب بسحب") or an English
 * infinitive or subjunctive ("called on Turkey to withdraw", "demanded that Turkey withdraw").
 */
function demandedAct(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const x = ctx.s.triggers.find((u) => u !== T && u.tok1 <= T.tok0 && T.tok0 - u.tok1 <= 12 && u.patterns[0]!.relation === 'urged');
  if (!x || hasBoundary(toks, x.tok1, T.tok0) || cueIn(ctx, x.tok1, T.tok0, 'clause')) return false;
  const before = toks[T.tok0 - 1]?.norm;
  if (ctx.lang === 'ar') return before === 'الي' || /[بل]/.test(T.clitics);
  if (before === 'to') return true;
  const that = toks.slice(x.tok1, T.tok0).some((t) => t.norm === 'that');
  return that && !/(ed|s)$/.test(toks[T.tok0]!.norm);
}

/**
 * "زيارة [مماثلة] قام بها X إلى Y", "a visit by X to Y": a performer cue right after an event noun (an adjective
 * may sit between) names the noun's subject; its object follows.
 */
function performer(ctx: Ctx, T: { tok0: number; tok1: number }): Group | undefined {
  return performerAt(ctx, T)?.group;
}
function performerAt(ctx: Ctx, T: { tok0: number; tok1: number }): { group: Group; end: number } | undefined {
  const list = ctx.byKind.get('performer');
  const c = list?.find((x) => x.tok0 >= T.tok1 && freeWords(ctx, T.tok1, x.tok0) <= 2 && !hasBoundary(ctx.s.tokens, T.tok1, x.tok0));
  if (!c || ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0)) return undefined;
  // "البيان الصادر عن الدول الثلاث": a group word (its number counts: the first three of a longer list)
  const a = anaphorAt(ctx, c.tok1);
  if (a?.group.length) {
    const n = groupCount(normalise(ctx.doc.article.text.slice(ctx.s.tokens[a.start]!.start, ctx.s.tokens[a.end - 1]!.end)));
    return { group: n && a.group.length > n ? a.group.slice(0, n) : a.group, end: a.end };
  }
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, c.tok1);
  // titles the lexicon does not merge ("نائب أمير منطقة …") may stand before the name
  if (i < 0 || freeWords(ctx, c.tok1, ms[i]!.tok0) > 3 || hasBoundary(ctx.s.tokens, c.tok1, ms[i]!.tok0) || prepOf(ctx, ms[i]!)) return undefined;
  const g = groupFrom(ms, i).filter((m) => actor(ctx.lex, m));
  return g.length ? { group: g, end: g[g.length - 1]!.tok1 } : undefined;
}

/**
 * "وزار المقداد الموقع برفقة السفير حسين أكبري، الذي نجا من الهجوم، وأدان …": a verb with و after a relative
 * clause on a name goes on the main clause, so it has the subject of the verb before that name.
 */
function afterRelativeClause(ctx: Ctx, T: { tok0: number; tok1: number }, allowCarry: boolean): Group | undefined {
  const toks = ctx.s.tokens;
  if (!toks[T.tok0]!.norm.startsWith('و') || toks[T.tok0 - 1]?.text !== '،') return undefined;
  let r = T.tok0 - 2;
  while (r > 0 && !RELATIVE.has(toks[r]!.norm) && toks[r]!.text !== '،' && !BOUNDARY.has(toks[r]!.text)) r--;
  if (!RELATIVE.has(toks[r]?.norm ?? '') || toks[r - 1]?.text !== '،') return undefined;
  const head = ctx.s.mentions.find((m) => m.tok1 === r - 1);
  if (!head) return undefined;
  const main = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= head.tok0 && x.patterns[0]!.pos === 'verb');
  const subj = main && verbArgs(ctx, main, allowCarry).subj;
  return subj?.some((m) => m.entity === head.entity) ? undefined : subj;
}

/** The number a group word names ("the three countries", "الدول الثلاث"), if any. */
function groupCount(form: string): number | undefined {
  if (/\b(three)\b|الثلاث/.test(form)) return 3;
  if (/\b(four)\b|الاربع/.test(form)) return 4;
  return undefined;
}

/** "… إلى دمشق، التقى خلالها الأسد": a verb "during it" has the subject of the event noun before it. */
function duringEvent(ctx: Ctx, T: { tok0: number; tok1: number; suffix?: boolean }): Group | undefined {
  // (not "استقبله خلالها الأسد": a verb with an object pronoun has its subject after it)
  if (('suffix' in T && T.suffix) || !/^(خلالها|خلاله|اثناءها|اثناءه)$/.test(ctx.s.tokens[T.tok1]?.norm ?? '')) return undefined;
  const ev = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'noun' && performer(ctx, x));
  return ev && performer(ctx, ev);
}

/**
 * hosted, "في استقبال": "كان X في استقبال Y" (X before, the guest its genitive) and "كان في استقباله [في المطار] X"
 * (the host after, the guest the pronoun: a person named before, else the carried subject).
 */
function reception(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  if (ctx.lang !== 'ar' || s.tokens[T.tok0 - 1]?.norm !== 'في' || T.clitics) return undefined;
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
    if (guest) guest = { ...guest, start: T.start, end: T.end, tok0: T.tok0, tok1: T.tok1, via: 'anaphor' };
  } else {
    const j = firstMentionAfter(ms, T.tok1);
    guest = j >= 0 && ms[j]!.tok0 === T.tok1 ? ms[j] : undefined;
    const h = leftGroup(ctx, T.tok0 - 1, 2);
    host = h?.[h.length - 1];
  }
  if (!host || !guest || host.entity === guest.entity) return undefined;
  return emitAll(ctx, T, p, [host], [guest], attrs);
}

/** "X arrived in Abu Dhabi on Sunday, …, and was received by Y": a passive after "and" shares the subject of the verb before. */
function passiveAfterAnd(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(was|were|is|are|been|has|have|had|later|then)$/.test(toks[k]!.norm)) k--;
  if (ctx.lang !== 'en' || toks[k]?.norm !== 'and') return undefined;
  const earlier = ctx.s.triggers.find((x) => x.tok1 <= k && x.patterns[0]!.pos === 'verb');
  if (!earlier) return undefined;
  const a = verbArgs(ctx, earlier, true);
  return a.passive ? undefined : a.subj;
}

/**
 * "the US-backed SDF", "the SDF, a US-backed alliance": the backer before the hyphen supports the name the
 * compound qualifies, right after it or, in apposition, before the comma.
 */
function hyphenBacked(ctx: Ctx, T: Trigger): [Mention, Group] | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const backer = ms.find((m) => m.tok1 === T.tok0 - 1);
  if (!backer || !actor(ctx.lex, backer)) return undefined;
  const i = firstMentionAfter(ms, T.tok1);
  if (i >= 0 && ms[i]!.tok0 === T.tok1) return [backer, groupFrom(ms, i)];
  let k = backer.tok0 - 1;
  while (k >= 0 && /^(a|an|the)$/.test(toks[k]!.norm)) k--;
  if (toks[k]?.text !== ',') return undefined;
  k--;
  while (k >= 0 && toks[k]!.text === ')') k--;
  // "(SDF)": the acronym in brackets is read with the name before it
  const head = ms.find((m) => m.tok1 === k + 1 || (m.tok0 < k && m.tok1 >= k && toks[m.tok1]?.text === ')'));
  return head && actor(ctx.lex, head) ? [backer, [head]] : undefined;
}

/** "Putin hosted Assad in the Kremlin, their first meeting in a year": "their" is the pair of the relation before. */
function theirPair(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(first|second|third|last|latest|previous|direct|official)$/.test(toks[k]!.norm)) k--;
  if (ctx.lang !== 'en' || toks[k]?.norm !== 'their') return undefined;
  const r = [...ctx.out].reverse().find((x) => x.evidence.start === ctx.s.start && x.relation !== 'met' && x.evidence.targetSpan[1] + ctx.s.start <= T.start);
  const at = (sp: [number, number], id: string) => ctx.s.mentions.find((m) => m.start - ctx.s.start === sp[0] && m.kind === 'person' && actor(ctx.lex, m)?.entity === id);
  const a = r && at(r.evidence.sourceSpan, r.source);
  const b = r && at(r.evidence.targetSpan, r.target);
  return a && b ? [a, b] : undefined;
}

/**
 * "تحظى «قسد» … بدعم الولايات المتحدة", "the SDF enjoys the backing of Washington": the subject of a recipient
 * verb receives the noun's act from the noun's possessor.
 */
function received(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const c = (ctx.byKind.get('recipient') ?? []).find((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 10 && !hasBoundary(ctx.s.tokens, x.tok1, T.tok0));
  if (!c) return undefined;
  const to = verbArgs(ctx, c, false).subj?.filter((m) => m.tok1 <= T.tok0 || m.via === 'anaphor');
  // the giver: the genitive right after the noun (بدعم الولايات المتحدة) or after "of"/"from"
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, T.tok1);
  const m = ms[i];
  const ok = m && freeWords(ctx, T.tok1, m.tok0) <= (ctx.lang === 'ar' ? 0 : 1) && (ctx.lang === 'ar' ? !PREP_CLITICS.test(m.clitics) : ['of', 'from'].includes(prepOf(ctx, m) ?? ''));
  // "is subject to sweeping US sanctions", "تخضع لعقوبات أمريكية": a demonym on the noun
  const dem = ms.find((x) => (x.via === 'demonym' || actor(ctx.lex, x)?.kind === 'country') && (ctx.lang === 'en' ? x.tok1 === T.tok0 : x.tok0 === T.tok1 && x.via === 'demonym'));
  const by = ok && actor(ctx.lex, m) ? groupFrom(ms, i) : dem ? [dem] : undefined;
  if (!to?.length || !by) return undefined;
  return emitAll(ctx, T, p, by, to, attrs);
}

/** "مناطق في ريف إدلب الخاضعة لسيطرة «هيئة تحرير الشام»": the controller is deployed in the place before. */
function underControl(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean {
  const ms = ctx.s.mentions;
  const i = lastMentionBefore(ms, T.tok0);
  const place = i >= 0 && ms[i]!.kind === 'place' && freeWords(ctx, ms[i]!.tok1, T.tok0) <= 2 ? ms[i] : undefined;
  const j = firstMentionAfter(ms, T.tok1);
  const who = j >= 0 && freeWords(ctx, T.tok1, ms[j]!.tok0) === 0 ? ms[j] : undefined;
  return !!place && !!who && emitAll(ctx, T, p, [who], [place], attrs);
}

/** "X, which has waged an insurgency": the antecedent of "which/who" a few words before an English noun. */
function relativeAntecedent(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'en') return undefined;
  for (let k = T.tok0 - 1; k >= Math.max(1, T.tok0 - 5); k--) {
    if (ctx.inMention[k] || ctx.s.triggers.some((x) => x !== T && x.tok0 <= k && k < x.tok1)) return undefined;
    if (!/^(which|who)$/.test(toks[k]!.norm)) continue;
    if (toks[k - 1]!.text !== ',') return undefined;
    const i = ctx.s.mentions.findIndex((m) => m.tok1 === k - 1 || (m.tok1 === k - 2 && toks[k - 2]!.text === ')'));
    return i >= 0 && actor(ctx.lex, ctx.s.mentions[i]!) ? [ctx.s.mentions[i]!] : undefined;
  }
  return undefined;
}

const TEMPORAL = /^(after|before|since|following|بعد|قبل|منذ|عقب|اثر)$/;
const TEMPORAL_FILLER = /^(the|a|an|last|this|[\p{N}]+|sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|month|year|['’]|s|deadly|suicide)$/u;

/** Is the noun the head of a temporal adjunct ("after Sunday's attack", "عقب الهجوم", "since the bombing")? */
function afterEvent(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  for (let k = T.tok0 - 1; k >= Math.max(0, T.tok0 - 5); k--) {
    if (ctx.inMention[k]) return false;
    const w = toks[k]!.norm.replace(/^[وف](?=..)/, '');
    if (TEMPORAL.test(w)) return true;
    if (!TEMPORAL_FILLER.test(w)) return false;
  }
  return false;
}

/**
 * "في مقابلة نُشرت اليوم" (was published, not deployed), "تُنسَّق": an Arabic verb written with a damma on one of
 * its first letters is passive; without an agent phrase it names no actor.
 */
function markedPassive(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'ar' || T.patterns[0]!.pos !== 'verb') return false;
  const span = ctx.doc.article.text.slice(T.start, T.end);
  if (!span.includes('\u064f')) return false; // no damma: the usual case
  const raw = span.replace(/^[وف](?!\u064f)/, '').replace(/[\u064b-\u064e\u0650-\u0652\u0640]/g, '');
  if (!/^[^\s]{1,3}\u064f/.test(raw)) return false;
  // (a damma on an imperfect prefix is also active: يُرسل "sends"; a perfect ends نُشرت, قُتل)
  if (/^[يتنأ]\u064f/.test(raw) && !/ت$/.test(raw.split(/\s/)[0]!)) return false;
  for (let k = T.tok1; k < Math.min(ctx.s.tokens.length, T.tok1 + 10); k++) if (hasCue(ctx, k, 'agent')) return false;
  return true;
}

/** Relations whose coordinated subject with no object means each pair (A and B agreed). */
const PAIRABLE = new Set(['met', 'agreed_with', 'coordinated_with', 'reconciled_with', 'phoned']);

/** Arguments of a noun trigger. */
function nounArgs(ctx: Ctx, T: Trigger): { pairs: Group | undefined; subj: Group | undefined; objFrom: number } {
  const { s } = ctx;
  const ms = s.mentions;
  const by = performer(ctx, T);
  if (by) return { pairs: undefined, subj: by, objFrom: by[by.length - 1]!.tok1 };
  // between A and B
  for (let k = T.tok1; k < Math.min(s.tokens.length, T.tok1 + 7); k++) {
    if (BOUNDARY.has(s.tokens[k]!.text)) break;
    if (hasCue(ctx, k, 'hypothetical') || hasCue(ctx, k, 'speech') || hasCue(ctx, k, 'clause')) break;
    if (s.triggers.some((x) => x !== T && x.tok0 === k)) break; // "talks on normalising relations between A and B": the inner word owns it
    const c = hasCue(ctx, k, 'between');
    if (c) {
      const i = firstMentionAfter(ms, c.tok1);
      if (i >= 0 && wordsBetween(s.tokens, c.tok1, ms[i]!.tok0).length === 0 && firstMentionAfter(ms, T.tok1) === i) {
        const g = groupFrom(ms, i);
        if (g.length >= 2) return { pairs: g, subj: undefined, objFrom: g[g.length - 1]!.tok1 };
      }
      break;
    }
    if (ms.some((m) => m.tok0 === k)) break;
  }
  // possessor right after the noun (زيارة الأسد) or "of" (the visit of); English: before it (Assad's visit)
  let nextI = firstMentionAfter(ms, T.tok1);
  // "the 28 December meeting in Moscow of the Russian, Turkish and Syrian defence ministers"
  if (ctx.lang === 'en' && nextI >= 0 && ms[nextI]!.kind === 'place' && prepOf(ctx, ms[nextI]!)) {
    const g = ms.findIndex((m, i) => i > nextI && m.grouped && freeWords(ctx, T.tok1, m.tok0) <= 6);
    if (g >= 0) nextI = g;
  }
  if (nextI >= 0) {
    const m = ms[nextI]!;
    const gap = wordsBetween(s.tokens, T.tok1, m.tok0);
    // "the visit of X" names the visitor; "a backer of X" names the one backed (the pattern's own preposition)
    const ofGap = gap.length === 1 && ((gap[0]!.norm === 'of' && (!T.patterns[0]!.preps.includes('of') || ctx.lex.symmetric.has(T.patterns[0]!.relation))) || gap[0]!.norm === 'by');
    // "the 28 December meeting in Moscow of the Russian, Turkish and Syrian defence ministers"
    const farOf = m.grouped && gap.length <= 6 && gap.some((t) => t.norm === 'of');
    // "اجتماع وزراء خارجية روسيا وتركيا", "الاجتماع الذي عقده وزراء دفاع روسيا وسوريا": a role group owns the noun
    const arGroup = ctx.lang === 'ar' && m.grouped && gap.length <= 4 && !hasBoundary(s.tokens, T.tok1, m.tok0);
    if ((ctx.lang === 'ar' && (gap.length === 0 || arGroup) && !PREP_CLITICS.test(m.clitics) && !T.suffix) || (ctx.lang === 'en' && (ofGap || farOf || (m.grouped && gap.length <= 2)))) {
      const g = groupFrom(ms, nextI);
      if (actor(ctx.lex, g[0]!)) return { pairs: undefined, subj: g, objFrom: g[g.length - 1]!.tok1 };
    }
  }
  const prevI = lastMentionBefore(ms, T.tok0);
  if (prevI >= 0) {
    const m = ms[prevI]!;
    const gap = wordsBetween(s.tokens, m.tok1, T.tok0);
    // ("a US withdrawal", "the UN mediation": a country's name used as an adjective, right before the noun)
    const attributive = ctx.lang === 'en' && m.tok1 === T.tok0 && actor(ctx.lex, m)?.kind === 'country' && /^(a|an|the)$/.test(s.tokens[m.tok0 - 1]?.norm ?? '');
    const possessive = isPossessive(ctx, m) || m.via === 'demonym' || attributive;
    if (gap.length <= (ctx.lang === 'en' ? 2 : 0) && (ctx.lang === 'ar' ? m.via === 'demonym' : possessive)) return { pairs: undefined, subj: groupTo(ms, prevI), objFrom: T.tok1 };
  }
  // لقائه الرئيس الروسي: "his meeting [with] the Russian president" — the suffix is the subject, the next mention the object
  if (T.suffix && nextI >= 0 && wordsBetween(s.tokens, T.tok1, ms[nextI]!.tok0).length === 0) {
    const prevA = lastMentionBefore(ms, T.tok0);
    const ref = prevA >= 0 && actor(ctx.lex, ms[prevA]!) ? ms[prevA]! : ctx.lastSubject;
    if (ref) return { pairs: undefined, subj: [{ ...ref, start: T.start, end: T.end, tok0: T.tok0, tok1: T.tok1, via: 'anaphor' }], objFrom: T.tok1 };
  }
  // his visit, زيارته: the suffix pronoun is the carried subject
  if (T.suffix && ctx.lastSubject) return { pairs: undefined, subj: [{ ...ctx.lastSubject, start: T.start, end: T.end, tok0: T.tok0, tok1: T.tok1 }], objFrom: T.tok1 };
  // "during a phone call with X", "خلال اتصال هاتفي مع": an adjunct; the clause's subject is the caller
  {
    let k = T.tok0 - 1;
    while (k >= 0 && /^(a|an|the)$/.test(s.tokens[k]!.norm)) k--;
    const w = s.tokens[k]?.norm.replace(/^و/, '');
    if (w && /^(during|amid|خلال|اثناء)$/.test(w)) {
      const first = ms.find((m) => m.tok1 <= k && !prepOf(ctx, m) && !isPossessive(ctx, m) && actor(ctx.lex, m) && m.via !== 'demonym');
      if (first) return { pairs: undefined, subj: [first], objFrom: T.tok1 };
    }
  }
  // "phoned Putin after Sunday's attack", "بعد الهجوم": a temporal adjunct has no subject on its left
  if (afterEvent(ctx, T)) return { pairs: undefined, subj: undefined, objFrom: T.tok1 };
  // "the PKK, which has waged an insurgency against …": the light verb's subject is the antecedent
  const ante = relativeAntecedent(ctx, T);
  if (ante) return { pairs: undefined, subj: ante, objFrom: T.tok1 };
  // the subject of a light verb before the noun (عقد الوزراء اجتماعا, the ministers held talks)
  const left = leftGroup(ctx, T.tok0, ctx.lang === 'ar' ? 7 : 8);
  if (left) {
    const end = left[left.length - 1]!.tok1;
    // "استضاف لافروف نظراءه …، في أول اجتماع رباعي", "hosted A and B in the first meeting of its kind":
    // a noun in an adjunct after a verb's objects names that verb's event, not a meeting of the objects
    {
      let k = T.tok0 - 1;
      while (k >= 0 && /^(اول|the|first|a|its)$/.test(s.tokens[k]!.norm)) k--;
      const w = s.tokens[k]?.norm;
      if ((w === 'في' || w === 'in') && s.triggers.some((x) => x.tok1 <= left[0]!.tok0 && x.patterns[0]!.pos === 'verb' && !hasBoundary(s.tokens, x.tok1, T.tok0)))
        return { pairs: undefined, subj: undefined, objFrom: T.tok1 };
    }
    // a relation word in between governs the noun: "threatened … a ground offensive", "اتفقت … على مواصلة الاجتماعات"
    if (s.triggers.some((x) => x !== T && x.tok0 >= end && x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb' && !ctx.inRelative[x.tok0] && !auxiliary(ctx, x)))
      return { pairs: undefined, subj: undefined, objFrom: T.tok1 };
    if (ctx.byKind.get('speech')?.some((c) => c.tok0 >= end && c.tok1 <= T.tok0)) return { pairs: undefined, subj: undefined, objFrom: T.tok1 };
  }
  return { pairs: undefined, subj: left, objFrom: T.tok1 };
}

const DETERMINERS = /^(the|a|an|his|her|its|their|first|last|official|this|that|planned|rare|brief|surprise|new)$/;

/** The reading of a trigger: a noun after a determiner or possessive ("Assad's first visit"), else the first pattern. */
function relationOf(ctx: Ctx, T: Trigger): Pattern {
  // Arabic "دعم أنقرة للإرهاب": a masculine verb form before a country is the noun (Ankara's support)
  if (ctx.lang === 'ar' && T.patterns.length > 1 && T.patterns[0]!.pos === 'verb' && !T.clitics.includes('س')) {
    const noun = T.patterns.find((p) => p.pos === 'noun');
    const next = ctx.s.mentions.find((m) => m.tok0 === T.tok1);
    if (noun && next && !next.clitics && actor(ctx.lex, next)?.kind === 'country' && next.kind !== 'person' && masculineVerb(ctx, T)) return noun;
  }
  if (ctx.lang === 'en' && T.patterns.length > 1) {
    const noun = T.patterns.find((p) => p.pos === 'noun');
    const prev = ctx.s.tokens[T.tok0 - 1];
    if (noun && prev && (DETERMINERS.test(prev.norm) || /['’]s?$/.test(prev.text) || /^(known|official|state|working)$/.test(prev.norm))) return noun;
    // "American support for the SDF": a demonym right before makes it the noun
    if (noun && ctx.s.mentions.some((m) => m.tok1 === T.tok0 && m.via === 'demonym')) return noun;
  }
  return T.patterns[0]!;
}

/**
 * urged_reconciliation_with: a reconciliation word ('المصالحة مع', 'normalisation between A and B')
 * governed by an urging word before it ('دعا', 'urged', 'رسالة من X إلى Y', 'الدفع بـ').
 * Source = the urging party, target = the party to reconcile with, addressee = who is urged;
 * 'between A and B' gives both directions.
 */
function reconciliation(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean {
  const { s } = ctx;
  const ms = s.mentions;
  const pairs: [Mention | undefined, Mention][] = [];
  const na = nounArgs(ctx, T);
  if (na.pairs) {
    const g = na.pairs;
    for (const a of g) for (const b of g) if (a !== b) pairs.push([a, b]);
  } else {
    const target = objectGroup(ctx, T.tok1, { ...p, preps: ['مع', 'with', 'ب'] }, new Set());
    if (target) for (const b of target) pairs.push([undefined, b]);
  }
  // "كلّف أردوغان وزير خارجيته بإعداد خارطة طريق لتطبيع العلاقات", "instructed Fidan to prepare a roadmap for
  // restoring ties": an instruction to one's own minister is urged (gold rule 9), the reconciliation its topic
  if (s.triggers.some((x) => x.tok1 <= T.tok0 && x.patterns[0]!.relation === 'urged' && INSTRUCTION.test(s.tokens[x.tok0]!.norm) && !hasBoundary(s.tokens, x.tok1, T.tok0))) return false;
  let urger: Group | undefined;
  let addressee: Mention | undefined;
  const urges: ({ tok0: number; tok1: number; start: number; end: number } | (CueSpan & { cue: true }))[] = [
    ...s.triggers.filter((x) => x.tok1 <= T.tok0 && x.patterns[0]!.relation === 'urged'),
    ...s.cues.filter((c) => c.tok1 <= T.tok0 && c.cues.some((k) => k.kind === 'urge')).map((c) => ({ ...c, cue: true })),
  ].sort((a, b) => b.tok0 - a.tok0);
  const u = urges[0];
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
    } else if ('cue' in u && (u as CueSpan).cues.some((k) => k.kind === 'urge' && (k.value === 'noun' || k.value === 'mediation'))) {
      // "a Russian-brokered effort to restore ties", "وساطة موسكو", "mediating between": third-party
      // mediation for a process is no call on anyone (gold rule 7)
      return false;
    } else {
      const a = verbArgs(ctx, u, true);
      urger = a.subj;
      const o = objectGroup(ctx, a.objFrom, { ...p, preps: [], targetKinds: [] }, new Set(urger?.map((x) => x.entity)));
      if (o && o[0]!.tok1 <= T.tok0) {
        addressee = o[0];
        // "urged Damascus and Ankara to mend ties": each to reconcile with the other
        if (!pairs.length && o.length >= 2) for (const a2 of o) for (const b2 of o) if (a2 !== b2) pairs.push([a2, b2]);
      }
    }
  }
  if (!urger || !pairs.length) return false;
  // "has urged", "تدعو": a standing call, not an event of the day
  const standing = !!u && !('cue' in u) && isPresent(ctx, u as Trigger);
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

const ROLES: Record<'ar' | 'en', string[]> = {
  en: ['foreign minister', 'defence minister', 'president', 'prime minister', 'intelligence chief'],
  ar: ['وزير الخارجية', 'وزير الدفاع', 'الرئيس', 'رئيس الوزراء', 'رئيس الاستخبارات'],
};

/** A country mention right next to a counterpart word ("his Saudi counterpart", "نظيره السعودي"). */
function counterpartOf(ctx: Ctx, m: Mention): boolean {
  for (const c of ctx.byKind.get('counterpart') ?? []) if (Math.abs(c.tok1 - m.tok0) <= 1 || Math.abs(m.tok1 - c.tok0) <= 1) return m.kind === 'country';
  return false;
}

/** "his Saudi counterpart", "نظيره السعودي": the holder of the subject's role in that country. */
function counterpart(ctx: Ctx, subj: Group, m: Mention): Mention {
  if (m.kind !== 'country' || !counterpartOf(ctx, m)) return m;
  const who = subj.find((x) => x.kind === 'person');
  const home = who && ctx.lex.entities.get(who.entity)?.country;
  if (!who || !home) return m;
  const date = ctx.s.dates.find((d) => d.date.length === 10)?.date ?? ctx.doc.article.date;
  for (const lang of [ctx.lang, ctx.lang === 'ar' ? 'en' : 'ar'] as const)
    for (const role of ROLES[lang]) {
      if (resolveRole(ctx.lex, home, role, lang, date) !== who.entity) continue;
      const p = resolveRole(ctx.lex, m.entity, role, lang, date);
      if (p) return { ...m, entity: p, kind: 'person', via: 'descriptor' };
    }
  return m;
}

function emitAll(ctx: Ctx, T: Trigger, p: Pattern, subj: Group, obj0: Group, attrs: Record<string, string>): boolean {
  let emitted = false;
  const obj = obj0.map((m) => counterpart(ctx, subj, m));
  const rels = [p.relation, ...p.also];
  for (const rel of rels) {
    // hosted → met: a person receiving one guest meets them; a country hosting delegations does not
    if (rel !== p.relation && (obj.length > 1 || subj.some((m) => m.kind !== 'person'))) continue;
    // a town or region struck is the target of an attack ("غارات على سوق في جسر الشغور"); a capital stands for its state
    const placeTarget = PLACE_RELATIONS.has(rel) || (rel === 'attacked' && obj.every((m) => m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for));
    // "areas of Turkish influence": a demonym is no place to go to or leave
    if (placeTarget && obj.every((m) => m.via === 'demonym')) continue;
    // an implied relation (hosted → met) joins host and guests, not the guests among themselves
    if (rel === p.relation && ctx.lex.symmetric.has(rel) && subj.length + obj.length > 2) {
      const all = [...subj, ...obj];
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++) emitted = emit(ctx, T, rel, all[i]!, all[j]!, attrs, placeTarget) || emitted;
    } else for (const a of subj) for (const b of obj) emitted = emit(ctx, T, rel, a, b, attrs, placeTarget) || emitted;
  }
  if (rels.some((r) => PAIRABLE.has(r)) || p.relation === 'hosted') ctx.groups.push([...subj, ...obj]);
  else ctx.groups.push(subj, obj);
  return emitted;
}

function pairsOf(ctx: Ctx, T: Trigger, p: Pattern, g: Group, attrs: Record<string, string>): boolean {
  let emitted = false;
  for (const rel of [p.relation, ...p.also])
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) emitted = emit(ctx, T, rel, g[i]!, g[j]!, attrs, PLACE_RELATIONS.has(rel)) || emitted;
  ctx.groups.push(g);
  return emitted;
}

/** "a new meeting of the four ministers could be held", "talks … might take place": the noun's own clause is hypothetical. */
function modalEvent(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  for (const c of ctx.byKind.get('hypothetical') ?? []) {
    if (c.tok0 < T.tok1 || c.tok0 - T.tok1 > 12 || hasBoundary(toks, T.tok1, c.tok0)) continue;
    if (ctx.s.triggers.some((x) => x.tok0 >= T.tok1 && x.tok0 < c.tok0 && x.patterns[0]!.pos === 'verb')) continue;
    const next = `${toks[c.tok1]?.norm ?? ''} ${toks[c.tok1 + 1]?.norm ?? ''}`;
    if (/^(be held|be convened|take place|go ahead|be organised|be organized|happen )/.test(next + ' ')) return true;
  }
  return false;
}

function sameRelationVerbBefore(ctx: Ctx, T: Trigger, rel: string): boolean {
  for (const x of ctx.s.triggers)
    if (x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 8 && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === rel && !hasBoundary(ctx.s.tokens, x.tok1, T.tok0) && !cueIn(ctx, x.tok1, T.tok0, 'clause'))
      return true;
  return false;
}

function demonymBefore(ctx: Ctx, T: Trigger): boolean {
  for (const m of ctx.s.mentions) if (m.tok1 === T.tok0 && m.via === 'demonym') return true;
  return false;
}

function processTrigger(ctx: Ctx, T0: Trigger): boolean {
  let T = T0;
  let p = relationOf(ctx, T);
  const rel = p.relation;
  // a compound modifier ("the US-backed SDF") states a standing fact whatever the clause says
  if (rel === 'supported' && ctx.lang === 'en' && ctx.s.tokens[T.tok0 - 1]?.text === '-') {
    const b = hyphenBacked(ctx, T);
    return b ? emitAll(ctx, T, p, [b[0]], b[1], {}) : false;
  }
  if (isNegated(ctx, T) || isHypothetical(ctx, T)) return true;
  // "struck Iranian targets": an English verb form right after a demonym is a noun (the demonym's head)
  if (ctx.lang === 'en' && p.pos === 'verb' && demonymBefore(ctx, T)) return true;
  if (markedPassive(ctx, T)) return true;
  if (p.pos === 'noun' && T.patterns[0]!.pos === 'verb') T = { ...T, patterns: [p, ...T.patterns.filter((x) => x !== p)] };
  if (rel === 'urged') {
    // an urging verb that governs a reconciliation word is handled there
    for (const R of ctx.s.triggers)
      if (R.tok0 > T.tok0 && R.patterns[0]!.relation === 'urged_reconciliation_with' && !isNegated(ctx, R) && reconciliation(ctx, R, R.patterns[0]!, {})) return true;
  }
  if (p.pos === 'noun' && cueBefore(ctx, T, 'topic', 4)) return true; // discussed coordination: a topic, not an act
  if (p.pos === 'noun' && rel !== 'met') {
    const prev = ctx.s.tokens[T.tok0 - 1];
    if (prev && ['on', 'about', 'regarding', 'حول', 'بشان', 'بخصوص', 'عن'].includes(prev.norm) && !T.clitics) return true;
  }
  if (p.pos === 'noun' && rel !== 'urged_reconciliation_with') {
    // a demanded or refused act is no act: "طالبت بانسحاب", "demanded the withdrawal"
    for (const x of ctx.s.triggers)
      if (x !== T && x.tok1 <= T.tok0 && freeWords(ctx, x.tok1, T.tok0) <= 6 && (x.patterns[0]!.relation === 'urged' || x.patterns[0]!.relation === 'threatened')) return true;
    if (demandedAct(ctx, T)) return true; // "طالب … خلال الاجتماع بانسحاب القوات": further, but a verbal noun after ب
    if (prospectiveAct(ctx, T)) return true;
    // "للقاء محتمل", "a possible meeting": a hypothetical right after the noun
    if ((ctx.byKind.get('hypothetical') ?? []).some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 1)) return true;
    if (modalEvent(ctx, T)) return true;
    if (ctx.byKind.get('urge')?.some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 1)) return true;
  }
  if (p.requires && auxiliary(ctx, T)) return true;
  // "تنشر روسيا قوات في سوريا", "شنت الطائرات غارات على": the noun is the object of a verb of the same relation
  if (p.pos === 'noun' && sameRelationVerbBefore(ctx, T, rel)) return true;
  // "called on Turkey to withdraw", "دعا أنقرة إلى سحب", "demanded that Turkey withdraw": the demanded act is not done
  if (p.pos === 'verb' && rel !== 'urged' && demandedAct(ctx, T)) return true;
  // "اتهمت قسد الجيش التركي باستهداف …", "blamed the PKK for the bombing": what the accused is said to have done (gold rule 10)
  if (rel !== 'accused' && accusedAct(ctx, T)) return true;
  const attrs: Record<string, string> = {};
  const planned = isPlanned(ctx, T, p);
  if (planned || rel === 'withdrew_from') attrs.mode = planned ? 'planned' : 'done';
  if (rel === 'urged_reconciliation_with') {
    // "agreed to restore their relations", "اتفاق … على استئناف العلاقات": done by the agreeing parties
    if (ctx.s.triggers.some((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 8 && x.patterns[0]!.relation === 'agreed_with')) return true;
    const a: Record<string, string> = planned ? { mode: 'planned' } : {};
    return reconciliation(ctx, T, p, a);
  }
  if (rel === 'agreed_with') {
    const R = ctx.s.triggers.find((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 8 && x.patterns[0]!.relation === 'urged_reconciliation_with');
    if (R) {
      const rp = ctx.lex.patterns.find((q) => q.relation === 'reconciled_with' && q.lang === ctx.lang);
      if (rp) p = { ...rp, pos: p.pos, preps: p.preps };
    }
  }
  const pairable = PAIRABLE.has(rel);
  if (rel === 'hosted' && p.pos === 'noun') {
    const r = reception(ctx, T, p, attrs);
    if (r !== undefined) return r;
  }
  if (rel === 'deployed_in' && p.voice === 'passive') return underControl(ctx, T, p, attrs);
  const np = ctx.byKind.has('recipient') ? T.patterns.find((q) => q.pos === 'noun') : undefined;
  if (np) {
    // ("subject to US sanctions": the word is the noun here, whatever its first reading)
    const r = received(ctx, T, np, attrs);
    if (r !== undefined) return r;
  }

  let subj: Group | undefined;
  let obj: Group | undefined;
  let objFrom = T.tok1;
  // "the US-backed Syrian Democratic Forces", "Turkey-backed factions": a compound adjective; its first part
  // acts on the noun right after it (or on nothing that is named)
  if (ctx.lang === 'en' && p.pos === 'verb' && ctx.s.tokens[T.tok0 - 1]?.text === '-') {
    const i = ctx.s.mentions.findIndex((m) => m.tok1 === T.tok0 - 1);
    const j = firstMentionAfter(ctx.s.mentions, T.tok1);
    if (i < 0) return true;
    const m = ctx.s.mentions[j];
    if (!m || m.tok0 !== T.tok1) return true;
    return emitAll(ctx, T, p, [ctx.s.mentions[i]!], [m], attrs);
  }
  if (p.pos === 'noun') {
    const their = rel === 'met' ? theirPair(ctx, T) : undefined;
    if (their) return pairsOf(ctx, T, p, their, attrs);
    const a = nounArgs(ctx, T);
    if (a.pairs) return thirdPartyWish(ctx, T, a.pairs) || pairsOf(ctx, T, p, a.pairs, attrs);
    subj = a.subj;
    objFrom = a.objFrom;
  } else {
    const a = verbArgs(ctx, T, true);
    objFrom = a.objFrom;
    if (a.passive) {
      // the grammatical subject is the target; the agent is the source
      obj = a.subj ?? passiveAfterAnd(ctx, T);
      subj = a.agent;
      if (!obj) obj = objectGroup(ctx, T.tok1, { ...p, preps: [] }, new Set(subj?.map((m) => m.entity)));
    } else if (p.voice === 'passive') {
      // تلقى اتصالا من X: the subject receives, X acts
      obj = a.subj;
      subj = objectGroup(ctx, objFrom, p, new Set(obj?.map((m) => m.entity)));
    } else subj = a.subj;
    if (!obj && !a.passive && T.suffix && ctx.lang === 'ar' && p.voice === 'active') {
      // استقبله: "received him" — the object is the pronoun: a person named earlier in the sentence, else the last subject
      const subjIds = new Set(subj?.map((m) => m.entity));
      let ref: Mention | undefined;
      for (let i = lastMentionBefore(ctx.s.mentions, T.tok0); i >= 0 && !ref; i--) {
        const m = ctx.s.mentions[i]!;
        if (m.kind === 'person' && !subjIds.has(m.entity)) ref = m;
      }
      ref ??= ctx.lastSubject;
      if (ref && !subjIds.has(ref.entity)) obj = [{ ...ref, start: T.start, end: T.end, tok0: T.tok0, tok1: T.tok1, via: 'anaphor' }];
    }
  }
  if (!subj?.length) return false; // none, or a group that names no one ("the participants")
  subj = bindingSides(ctx, T, subj);
  const exclude = new Set(subj.map((m) => m.entity));
  if (rel === 'urged' && !obj) {
    // "demanded the withdrawal of Turkish forces", "طالبت بانسحاب القوات التركية": urged the actor of the act
    const act = ctx.s.triggers.find((x) => x !== T && x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 6 && x.patterns[0]!.pos === 'noun');
    if (act) {
      const a = nounArgs(ctx, act);
      const g = (a.subj ?? []).filter((m) => !exclude.has(m.entity) && actor(ctx.lex, m));
      if (g.length) obj = g;
      // "دعا إلى سحب القوات الأجنبية من سوريا", "called for the withdrawal of foreign troops from Syria":
      // the act follows the verb with no one in between, and names no actor: no addressee (Syria is where)
      else if (freeWords(ctx, T.tok1, act.tok0) <= 2 && !ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= act.tok0)) return false;
    }
    // "demanded that Turkey withdraw": the subject of the demanded act is the one urged
    const verbAct = obj ? undefined : ctx.s.triggers.find((x) => x !== T && x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 8 && x.patterns[0]!.pos === 'verb' && demandedAct(ctx, x));
    if (verbAct) {
      const i = firstMentionAfter(ctx.s.mentions, T.tok1);
      const m = ctx.s.mentions[i];
      if (m && m.tok1 <= verbAct.tok0 && !exclude.has(m.entity) && actor(ctx.lex, m)) obj = groupFrom(ctx.s.mentions, i);
    }
    if (!obj && /ضروره|insist|demand/.test(ctx.s.tokens[T.tok0]!.norm + ' ' + (ctx.s.tokens[T.tok1 - 1]?.norm ?? ''))) return false;
  }
  if (!obj) {
    // "اتصل به", "called him": the last other actor named before the verb
    const pc = ctx.byKind.get('obj_pronoun')?.find((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 1);
    if (pc) {
      const i = lastMentionBefore(ctx.s.mentions, T.tok0);
      for (let j = i; j >= 0; j--) {
        const m = ctx.s.mentions[j]!;
        if (!exclude.has(m.entity) && actor(ctx.lex, m) && m.kind === 'person') {
          obj = [{ ...m }];
          break;
        }
      }
    }
  }
  if (!obj && rel === 'hosted') {
    // "hosted the meeting of delegations from A, B and C", "استضافت اجتماع وزراء …": the host receives the meeting's participants
    const meeting = ctx.s.triggers.find((x) => x.tok0 >= objFrom && freeWords(ctx, objFrom, x.tok0) <= 3 && x.patterns.some((q) => q.relation === 'met' && q.pos === 'noun'));
    if (meeting) {
      const a = nounArgs(ctx, { ...meeting, patterns: meeting.patterns.filter((q) => q.pos === 'noun') });
      const g = (a.pairs ?? a.subj ?? []).filter((m) => !exclude.has(m.entity) && actor(ctx.lex, m));
      if (g.length) obj = g;
    }
  }
  if (!obj) obj = groupObject(ctx, objFrom, p, exclude);
  if (!obj) obj = objectGroup(ctx, objFrom, p, exclude);
  if (!obj && pairable && subj.length >= 2) return pairsOf(ctx, T, p, subj, attrs);
  if (!obj && PLACE_RELATIONS.has(rel)) {
    // "northern Syria, where Turkish troops control …", "قواتها هناك": the place referred back to
    const toks = ctx.s.tokens;
    const w = toks.findIndex((t, k) => k < T.tok0 && (t.norm === 'where' || t.norm === 'حيث'));
    const there = toks.findIndex((t, k) => k >= T.tok1 && k - T.tok1 <= 2 && (t.norm === 'there' || t.norm === 'هناك'));
    const subjIds = new Set(subj.map((x) => x.entity));
    const isPlace = (x: Mention) => x.kind === 'place' && !ctx.lex.entities.get(x.entity)?.stands_for && !subjIds.has(x.entity);
    let m: Mention | undefined;
    if (w > 0) {
      const ref = lastMentionBefore(ctx.s.mentions, w);
      m = ref >= 0 && ctx.s.mentions[ref]!.tok1 >= w - 1 ? ctx.s.mentions[ref] : undefined;
    } else if (there >= 0) m = [...ctx.s.mentions].reverse().find((x) => x.tok1 <= T.tok0 && isPlace(x));
    if (m && isPlace(m)) obj = [m];
  }
  if (!obj) return false;
  // "دعم بلاده لوحدة الأراضي السورية", "support for Syria's sovereignty": a principle about a state, not the state
  if (rel === 'supported' && (cueIn(ctx, objFrom, obj[0]!.tok0 + 1, 'abstract') || (isPossessive(ctx, obj[0]!) && cueIn(ctx, obj[0]!.tok1, obj[0]!.tok1 + 3, 'abstract'))))
    return true;
  if (PLACE_RELATIONS.has(rel)) obj = apposition(ctx, obj);
  if (rel === 'sent_envoy') {
    const last = obj[obj.length - 1]!;
    const dest = objectGroup(ctx, last.tok1, { ...p, preps: ['الي', 'to', 'ل'], targetKinds: ['place', 'country'] }, exclude);
    if (dest) {
      attrs.destination = dest[0]!.entity;
      // "sent his envoy to Damascus on a visit": the envoy went there
      if (ctx.s.triggers.some((x) => x.patterns[0]!.relation === 'visited')) for (const envoy of obj) emit(ctx, T, 'visited', envoy, dest[0]!, {}, true);
    }
  }
  return emitAll(ctx, T, p, subj, obj, attrs);
}

/**
 * "Ankara declared the facilities of the PKK and the YPG legitimate targets", "أعلن فيدان أن منشآت
 * حزب العمال … باتت «أهدافاً مشروعة»": the declaring party threatens the actors named between the
 * declaring verb (`declare` cue) and the phrase (`declared_target` cue); places are where, not whom.
 */
function declaredTargets(ctx: Ctx): void {
  const { s } = ctx;
  const ms = s.mentions;
  const pattern = ctx.lex.patterns.find((q) => q.relation === 'threatened' && q.lang === ctx.lang && q.pos === 'verb');
  if (!pattern) return;
  for (const D of ctx.byKind.get('declared_target') ?? []) {
    const V = [...(ctx.byKind.get('declare') ?? [])].reverse().find((c) => c.tok1 <= D.tok0 && D.tok0 - c.tok1 <= 25 && !hasBoundary(s.tokens, c.tok1, D.tok0));
    if (!V) continue;
    const T: Trigger = { tok0: D.tok0, tok1: D.tok1, start: D.start, end: D.end, patterns: [pattern], clitics: '', suffix: false };
    const VT: Trigger = { ...T, tok0: V.tok0, tok1: V.tok1, start: V.start, end: V.end };
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
    if (!subj && ctx.lastSubject) subj = [{ ...ctx.lastSubject, start: V.start, end: V.end, tok0: V.tok0, tok1: V.tok1, via: 'anaphor' }];
    if (!subj?.length) continue;
    const from = Math.max(that + 1, subj[subj.length - 1]!.tok1 > V.tok1 ? subj[subj.length - 1]!.tok1 : V.tok1);
    const ids = new Set(subj.map((m) => m.entity));
    // ("in Syria and Iraq": the members of a group share its first member's preposition)
    const targets: Group = [];
    let located = false;
    for (const m of ms) {
      if (m.tok0 < from || m.tok1 > D.tok0) continue;
      const prep = m.conj && !PREP_CLITICS.test(m.clitics) ? undefined : prepOf(ctx, m);
      if (!m.conj || prep) located = !!prep && prep !== 'of';
      if (!located && m.kind !== 'place' && !ids.has(m.entity) && actor(ctx.lex, m)) targets.push(m);
    }
    if (!targets.length) continue;
    emitAll(ctx, T, pattern, subj, targets, {});
  }
}

/** Attribution of a sentence: the source named next to a speech verb, or a 'sources' phrase. */
function attribution(ctx: Ctx, prev: string | undefined): { text: string | undefined; speaker: Mention | undefined } {
  const { s } = ctx;
  const ms = s.mentions;
  for (const c of s.cues) {
    const kinds = cueKinds(c);
    if (!kinds.has('speech') && !kinds.has('according')) continue;
    const after = firstMentionAfter(ms, c.tok1);
    const before = lastMentionBefore(ms, c.tok0);
    let m: Mention | undefined;
    const afterM = after >= 0 && wordsBetween(s.tokens, c.tok1, ms[after]!.tok0).length === 0 ? ms[after] : undefined;
    const beforeM = !kinds.has('according') && before >= 0 && wordsBetween(s.tokens, ms[before]!.tok1, c.tok0).length <= 1 ? ms[before] : undefined;
    // Arabic puts the speaker after the verb (قال لافروف); English before it (Lavrov said), "according to X" after
    m = ctx.lang === 'ar' || kinds.has('according') ? (afterM ?? beforeM) : (beforeM ?? afterM);
    if (m) return { text: (actor(ctx.lex, m) ?? m).entity, speaker: m };
    // sources phrase near the verb
    const src = s.cues.find((x) => x.cues.some((y) => y.kind === 'sources') && Math.abs(x.tok0 - c.tok1) <= 3 || x.cues.some((y) => y.kind === 'sources') && Math.abs(c.tok0 - x.tok1) <= 3);
    if (src) {
      const anaphoric = /^(ال|the )/.test(ctx.doc.article.text.slice(src.start, src.end).toLowerCase()) && prev;
      if (anaphoric) return { text: prev, speaker: undefined };
      let a = src.tok0;
      let b = src.tok1;
      if (ctx.lang === 'ar') {
        while (b < s.tokens.length && b - src.tok1 < 3 && s.tokens[b]!.word && s.tokens[b]!.arabic && /^ال|يه$|ي$/.test(s.tokens[b]!.norm) && !cueHas(ctx.cueAt.get(b), 'speech')) b++;
      } else {
        while (a > 0 && src.tok0 - a < 3 && s.tokens[a - 1]!.word && !ctx.cueAt.has(a - 1) && !['the', 'a', 'to', 'according'].includes(s.tokens[a - 1]!.norm) && !ms.some((x) => x.tok1 === a)) a--;
      }
      return { text: ctx.doc.article.text.slice(s.tokens[a]!.start, s.tokens[b - 1]!.end), speaker: undefined };
    }
    if (prev) return { text: prev, speaker: undefined };
  }
  return { text: undefined, speaker: undefined };
}

/**
 * "قصفت القوات السورية …", "struck … ": a state organ right after a verb (VSO) is that verb's
 * subject, not an event of its own (the deployed_in reading of "القوات").
 */
function withoutSubjectNouns(s: Sentence): Sentence {
  // cheap test first: most sentences have no noun-only trigger at all
  if (!s.triggers.some((T) => T.patterns.every((p) => p.pos === 'noun'))) return s;
  const drop = s.triggers.filter(
    (T) =>
      T.patterns.every((p) => p.pos === 'noun') &&
      s.cues.some((c) => c.tok0 === T.tok0 && c.cues.some((k) => k.kind === 'state_head')) &&
      s.triggers.some((V) => V.tok1 === T.tok0 && V.patterns[0]!.pos === 'verb'),
  );
  return drop.length ? { ...s, triggers: s.triggers.filter((T) => !drop.includes(T)) } : s;
}

/**
 * "فيصل المقداد" is no "يصل" (arrives): a trigger inside a person's or group's name is part of the
 * name; "legitimate targets" is no attack (the phrase is read by declaredTargets).
 */
function inNameOrPhrase(s: Sentence, T: Trigger): boolean {
  for (const m of s.mentions) if (m.tok0 <= T.tok0 && T.tok1 <= m.tok1 && m.via !== 'anaphor' && m.kind !== 'place' && m.kind !== 'country') return true;
  for (const c of s.cues) if (c.tok0 <= T.tok0 && T.tok1 <= c.tok1) for (const x of c.cues) if (x.kind === 'declared_target') return true;
  return false;
}
function withoutTriggersInNames(s: Sentence): Sentence {
  for (const T of s.triggers) if (inNameOrPhrase(s, T)) return { ...s, triggers: s.triggers.filter((x) => !inNameOrPhrase(s, x)) };
  return s;
}

/**
 * "وزراء دفاع الدول الثلاث", "the three countries' defence ministers": a role group over a group word
 * names each member country's holder of the role at the sentence's date; they become mentions of the
 * sentence (one per member, joined), so frames read them like "وزراء دفاع روسيا وتركيا وسوريا".
 */
function roleGroupAnaphors(ctx: Ctx): Mention[] | undefined {
  let added: Mention[] | undefined;
  for (const c of ctx.byKind.get('group') ?? []) {
    const role = ctx.s.cues.find((r) => (r.tok1 === c.tok0 || r.tok0 === c.tok1 || (r.tok0 === c.tok1 + 1 && isQuote(ctx.s.tokens[c.tok1]))) && r.cues.some((x) => x.kind === 'role_group' && x.value));
    if (!role || ctx.s.mentions.some((m) => m.tok0 < Math.max(c.tok1, role.tok1) && m.tok1 > Math.min(c.tok0, role.tok0))) continue;
    const a = anaphorAt(ctx, c.tok0);
    if (!a || a.group.length < 2) continue;
    const value = role.cues.find((x) => x.kind === 'role_group' && x.value)!.value!;
    const d = ctx.s.dates.find((x) => x.date.length >= 7)?.date ?? ctx.doc.article.date;
    const date = d.length === 7 ? `${d}-15` : d;
    const tok0 = Math.min(c.tok0, role.tok0);
    const tok1 = Math.max(c.tok1, role.tok1);
    const span = { tok0, tok1, start: Math.min(c.start, role.start), end: Math.max(c.end, role.end) };
    // (only when every member's holder is known: "the intelligence chiefs of the four countries" are not the countries)
    const people = a.group.map((m) => (m.kind === 'country' ? resolveRole(ctx.lex, m.entity, value, ctx.lang, date) : undefined));
    if (people.some((p) => !p)) continue;
    a.group.forEach((m, i) => {
      (added ??= []).push({ ...m, ...span, entity: people[i]!, kind: 'person', via: 'descriptor', conj: i > 0, grouped: true, clitics: i > 0 ? '' : m.clitics });
    });
  }
  return added;
}

/**
 * "held the US responsible", "حمّل … المسؤولية", "keeps troops in": a trigger whose patterns all need a cue
 * is no relation word (nor an auxiliary governing a noun, "plan to hold meetings") without that cue after it.
 */
function withoutUnmetRequires(s: Sentence): Sentence {
  const unmet = (T: Trigger) =>
    T.patterns.every((p) => p.requires) && !s.cues.some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 10 && c.cues.some((k) => T.patterns.some((p) => p.requires === k.kind)));
  return s.triggers.some(unmet) ? { ...s, triggers: s.triggers.filter((T) => !unmet(T)) } : s;
}

/** Stage: relations of every sentence (needs mentions, triggers, cues and dates). */
export function findRelations(doc: Doc, lex: Lexicon): Doc {
  const out: RelationRecord[] = [];
  const missed: Doc['missed'] = [];
  const stative = new Set<RelationRecord>();
  let lastSubject: Mention | undefined;
  let lastPair: [Mention, Mention] | undefined;
  let lastGroup: Mention[] | undefined;
  const history: Mention[][] = [];
  let lastPersons: [Mention, Mention] | undefined;
  const persons: Mention[] = [];
  let prevAttribution: string | undefined;
  for (const s0 of doc.sentences) {
    let s = withoutSubjectNouns(withoutUnmetRequires(withoutTriggersInNames(s0)));
    const cueAt = new Map<number, CueSpan>();
    for (const c of s.cues) cueAt.set(c.tok0, c);
    const byKind = new Map<CueKind, CueSpan[]>();
    for (const c of s.cues)
      for (const x of c.cues) {
        let l = byKind.get(x.kind);
        if (!l) byKind.set(x.kind, (l = []));
        if (l[l.length - 1] !== c) l.push(c);
      }
    const inRelative = new Uint8Array(s.tokens.length);
    for (let k = 1; k < s.tokens.length; k++) {
      if (s.tokens[k - 1]!.text !== ',' || !/^(which|who)$/.test(s.tokens[k]!.norm)) continue;
      let e = k;
      while (e < s.tokens.length && s.tokens[e]!.text !== ',' && !BOUNDARY.has(s.tokens[e]!.text)) e++;
      if (s.tokens[e]?.text === ',') inRelative.fill(1, k, e + 1);
    }
    const inMention = new Uint8Array(s.tokens.length);
    const ctx: Ctx = { lex, doc, s, lang: doc.article.lang, lastSubject, lastPair, lastGroup, lastPersons, history, cueAt, out, missed, attributedTo: undefined, groups: [], inMention, inRelative, stative, byKind };
    if (byKind.has('role_group') && byKind.has('group')) {
      const added = roleGroupAnaphors(ctx);
      if (added) ctx.s = s = { ...s, mentions: [...s.mentions, ...added].sort((x, y) => x.tok0 - y.tok0) };
    }
    for (const m of s.mentions) inMention.fill(1, m.tok0, m.tok1);
    const att = attribution(ctx, prevAttribution);
    ctx.attributedTo = att.text;
    if (att.text) prevAttribution = att.text;
    if (att.speaker && actor(lex, att.speaker)) ctx.lastSubject = att.speaker;
    const before = out.length;
    for (const T of s.triggers) {
      const n = out.length;
      const ok = processTrigger(ctx, T);
      if (!ok && out.length === n && !isNegated(ctx, T) && !isHypothetical(ctx, T))
        missed.push({ sentence: doc.article.text.slice(s.start, s.end), trigger: doc.article.text.slice(T.start, T.end), relation: T.patterns[0]!.relation });
    }
    if (ctx.byKind.has('declared_target')) declaredTargets(ctx);
    // context for the next sentence
    const mine = out.slice(before);
    const subjMention = (r: RelationRecord, side: 'source' | 'target'): Mention | undefined => {
      const sp = side === 'source' ? r.evidence.sourceSpan : r.evidence.targetSpan;
      const m = s.mentions.find((x) => x.start - s.start === sp[0]);
      return m ? { ...m, entity: r[side] } : undefined;
    };
    if (att.speaker && actor(lex, att.speaker)) lastSubject = att.speaker;
    else if (mine.length) lastSubject = subjMention(mine[0]!, 'source') ?? lastSubject;
    else {
      // the first person or country of the sentence (actor() only for the sentences that need it)
      for (const m of s.mentions) {
        const a = actor(lex, m);
        if (a && (a.kind === 'person' || a.kind === 'country')) {
          lastSubject = a;
          break;
        }
      }
    }
    for (const m of s.mentions) {
      if (m.kind !== 'person') continue;
      const i = persons.findIndex((x) => x.entity === m.entity);
      if (i >= 0) persons.splice(i, 1);
      persons.push(m);
    }
    if (persons.length >= 2) lastPersons = [persons[persons.length - 2]!, persons[persons.length - 1]!];
    history.push(s.mentions);
    const big = [...ctx.groups].reverse().find((g) => g.length >= 3);
    if (big) lastGroup = big;
    else {
      const grouped = s.mentions.filter((m) => m.grouped);
      const named = s.cues.find((c) => c.cues.some((k) => k.kind === 'group' && k.value && k.value !== '-' && !k.value.startsWith('#')));
      if (grouped.length >= 3) lastGroup = grouped;
      else if (named) lastGroup = anaphorAt(ctx, named.tok0)?.group ?? lastGroup; // "The guarantors reaffirmed …"
      else {
        // "a joint statement by Iran, Russia and Turkey": the last list of three or more actors
        for (let i = 0; i + 2 < s.mentions.length; i++) {
          if (s.mentions[i]!.conj || !s.mentions[i + 1]!.conj || !s.mentions[i + 2]!.conj) continue;
          const g = groupFrom(s.mentions, i).filter((m) => actor(lex, m));
          if (g.length >= 3 && new Set(g.map((m) => m.entity)).size === g.length) lastGroup = g;
        }
      }
    }
    const pairRel = [...mine].reverse().find((r) => !PLACE_RELATIONS.has(r.relation) && lex.entities.get(r.target)?.kind !== 'place');
    if (pairRel) {
      const a = subjMention(pairRel, 'source');
      const b = subjMention(pairRel, 'target');
      if (a && b) lastPair = [a, b];
    } else if (!lastPair) {
      // no pair yet: the last two actors named ("the two sides" after a sentence that names both)
      const actors = s.mentions.map((m) => actor(lex, m)).filter((m): m is Mention => !!m && m.kind !== 'organization');
      const distinct: Mention[] = [];
      for (const m of actors) if (!distinct.some((d) => d.entity === m.entity)) distinct.push(m);
      if (distinct.length >= 2) lastPair = [distinct[distinct.length - 2]!, distinct[distinct.length - 1]!];
    }
  }
  return { ...doc, relations: out, missed, stative };
}
