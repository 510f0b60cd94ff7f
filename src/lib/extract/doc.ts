/**
 * The Doc: one article's source text and everything found in it, as spans with offsets
 * into the source text (never bare substrings). Stages take a Doc and return a new Doc.
 */
import type { Article, DateSource, EntityKind, Evidence, RelationRecord } from '../types.ts';
import type { DateSpan } from './dates.ts';
import type { Cue, CueKind, Pattern, Surface, Title } from './lexicon.ts';
import type { Match } from './match.ts';
import type { Token } from './normalise.ts';

export type MentionVia = 'name' | 'descriptor' | 'demonym' | 'discovered' | 'anaphor';

/** A mention of an entity: tokens [tok0, tok1) of its sentence; start/end into the source text. */
export interface Mention {
  tok0: number;
  tok1: number;
  start: number;
  end: number;
  entity: string;
  kind: EntityKind;
  via: MentionVia;
  /** Joined to the previous mention by a conjunction or comma (A و B, A and B, A, B). */
  conj: boolean;
  /** The first token's proclitics ('' when none). */
  clitics: string;
  /** Member of a role group ('the foreign ministers of A, B and C', 'delegations from A and B'). */
  grouped?: boolean;
}

/** Token and text offsets of a stretch of a sentence (a mention, trigger, cue or token run). */
export interface Span {
  tok0: number;
  tok1: number;
  start: number;
  end: number;
}

/**
 * The one constructor of a Mention: every field present (`grouped` undefined when not set), always
 * in this order, so V8 sees one object layout at every read of a mention (no megamorphic property
 * loads, no deoptimisation when a mention built elsewhere arrives). Build variants with the helpers
 * below, never with object spreads (`{ ...m, tok0 }` makes another layout).
 */
export function mention(tok0: number, tok1: number, start: number, end: number, entity: string, kind: EntityKind, via: MentionVia, conj: boolean, clitics: string, grouped?: boolean): Mention {
  return { tok0, tok1, start, end, entity, kind, via, conj, clitics, grouped };
}

/** A copy of `m`, to assign the fields that differ. */
export function copyMention(m: Mention): Mention {
  return mention(m.tok0, m.tok1, m.start, m.end, m.entity, m.kind, m.via, m.conj, m.clitics, m.grouped);
}

/** `m` read at another span (a pronoun or trigger that refers to it): `via` becomes 'anaphor' unless given. */
export function mentionOn(m: Mention, sp: Span, via: MentionVia = 'anaphor'): Mention {
  return mention(sp.tok0, sp.tok1, sp.start, sp.end, m.entity, m.kind, via, m.conj, m.clitics, m.grouped);
}

/** `m` standing for another entity (a person's country, a role's holder). */
export function mentionOf(m: Mention, entity: string, kind: EntityKind, via: MentionVia = m.via): Mention {
  return mention(m.tok0, m.tok1, m.start, m.end, entity, kind, via, m.conj, m.clitics, m.grouped);
}

/**
 * The one constructor of a relation record (and of its evidence): every field present, in the order
 * of the JSON records. Absent optional fields are `undefined`, which JSON.stringify leaves out, so
 * the output is the same as with the fields missing.
 */
export function relationRecord(source: string, relation: string, target: string, date: string, dateSource: DateSource, evidence: Evidence, attrs?: Record<string, string>): RelationRecord {
  return { source, relation, target, date, dateSource, evidence, attrs };
}

export function evidenceOf(article: string, sentence: string, start: number, end: number, sourceSpan: [number, number], targetSpan: [number, number], attributedTo?: string): Evidence {
  return { article, sentence, start, end, sourceSpan, targetSpan, attributedTo };
}

/**
 * `r` with another date and where that date comes from (DESIGN: an edge's `dateSource`): 'text' when the text gives
 * it (another relation's, the lead's, the clause's), 'published' when it is the publication date standing for a
 * date the text does not give (a state at the time of writing), also when a record is re-dated to it.
 */
export function redated(r: RelationRecord, date: string, dateSource: DateSource = 'text'): RelationRecord {
  return relationRecord(r.source, r.relation, r.target, date, dateSource, r.evidence, r.attrs);
}

/** A relation trigger (verb or noun of a pattern). */
export interface Trigger {
  tok0: number;
  tok1: number;
  start: number;
  end: number;
  patterns: Pattern[];
  clitics: string;
  /** Read with a suffix pronoun stripped (استقبله: received him). */
  suffix: boolean;
}

/** A copy of trigger `T` with other patterns (the same layout as the triggers stage's). */
export function triggerWith(T: Trigger, patterns: Pattern[]): Trigger {
  return { tok0: T.tok0, tok1: T.tok1, start: T.start, end: T.end, patterns, clitics: T.clitics, suffix: T.suffix };
}

export interface CueSpan {
  tok0: number;
  tok1: number;
  start: number;
  end: number;
  cues: Cue[];
  clitics: string;
}

/** Does a cue span carry a cue of `kind`? (a plain loop: it runs for every token of many scans) */
export function cueHas(c: CueSpan | undefined, kind: CueKind): boolean {
  if (c) for (const x of c.cues) if (x.kind === kind) return true;
  return false;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  mentions: Mention[];
  triggers: Trigger[];
  cues: CueSpan[];
  dates: DateSpan[];
  /** Lexicon name matches before resolution (set with the cues, read by the mentions stage). */
  names?: Match<Surface>[];
  /** Title matches (discovery). */
  titles?: Match<Title>[];
  /** Organisations and roles inside an office whose holder is named (`رئيس منظمة X NAME`): no arguments, but named for the sentences after (org heads). */
  offices?: Mention[];
}

/** A copy of sentence `s` with other mentions, triggers or cues: every field spelt out, in the order of segment()'s sentences (one layout). */
export function sentenceWith(s: Sentence, mentions: Mention[], triggers: Trigger[], cues: CueSpan[]): Sentence {
  return { index: s.index, start: s.start, end: s.end, tokens: s.tokens, mentions, triggers, cues, dates: s.dates, names: s.names, titles: s.titles, offices: s.offices };
}

/** An entity found in the text but not in the lexicon. */
export interface Discovered {
  id: string;
  kind: EntityKind;
  label: string;
  country?: string;
  /** Sentences it was found in. */
  sentences: string[];
}

export interface Doc {
  article: Article;
  sentences: Sentence[];
  discovered: Map<string, Discovered>;
  relations: RelationRecord[];
  /** Relations told in the present ("تطالب", "accuses"): states, not events of a day. */
  stative: Set<RelationRecord>;
  missed: { sentence: string; trigger: string; relation: string }[];
}

export function createDoc(article: Article): Doc {
  return { article, sentences: [], discovered: new Map(), relations: [], stative: new Set(), missed: [] };
}

/** A copy of `doc` (the stages' output, in createDoc's field order), to assign the fields a stage sets. */
export function copyDoc(doc: Doc): Doc {
  return { article: doc.article, sentences: doc.sentences, discovered: doc.discovered, relations: doc.relations, stative: doc.stative, missed: doc.missed };
}
