/** Relations: the per-sentence context (Ctx), cue look-ups, and small token and mention helpers shared by every frame. */
import type { EntityKind, RelationRecord } from '../../types.ts';
import { cueHas, type CueSpan, type Doc, type Mention, mentionOf, type Sentence, type Trigger } from '../doc.ts';
import { type CueKind, cueWords, type Lexicon, type Pattern } from '../lexicon.ts';
import { isQuote, mentionAt as mentionStartingAt } from '../mentions.ts';
import { arabicVariants, type Token } from '../normalise.ts';
import type { Discourse } from './discourse.ts';

export const AR_PREP_TOKENS = new Set(['مع', 'الي', 'علي', 'عن', 'من', 'في', 'ضد', 'لدي', 'نحو', 'حول', 'تجاه', 'بين', 'عبر']);

export const EN_PREP_TOKENS = new Set(['with', 'to', 'on', 'at', 'from', 'in', 'against', 'of', 'by', 'for', 'into', 'between', 'toward', 'towards', 'about', 'over', 'near']);

export const PREP_CLITICS = /[بلك]/;

/**
 * The place head (a `place_head` cue: `ريف`, `أطراف`, `محيط`, `قرى`, `مواقع`, `قرب`, "outskirts of", "near") that ends right
 * before token `k + 1`, if any: "في ريف حلب", "على أطراف مدينة X", "غارات على مواقع قرب X" (a place's head nouns and
 * locatives sit between a preposition or a verb and the name).
 */
export function placeHeadEndingAt(ctx: Ctx, k: number): CueSpan | undefined {
  const list = ctx.byKind.get('place_head');
  if (list) for (const c of list) if (c.tok1 === k + 1) return c;
  return undefined;
}
// (COMPASS: the `compass` word cue of data/lexicon/cues.csv, branch words31)


/**
 * English: the head of the place phrase that ends with mention m before ", where" (diagnosis-batch24 §4 #15, #149):
 * "the village of Arima, west of Manbij, where" is Arima (the name before the compass apposition), "the airport in
 * Qamishli, where" the airport. undefined when that head is no name the lexicon knows (the clause is not about m);
 * m itself when the phrase is m alone.
 */
export function wherePlaceHead(ctx: Ctx, m: Mention): Mention | undefined {
  if (ctx.lang !== 'en') return m;
  const toks = ctx.s.tokens;
  const k = m.tok0 - 1;
  const w = nth(toks, k)?.norm;
  // (", west of Manbij, where" / "a village west of Manbij, where")
  if (w === 'of' && cueWords(ctx.lex, 'compass').has(nth(toks, k - 1)?.norm ?? '')) {
    let j = k - 1;
    while (j > 0 && /^(just|some|about|km|kilometres|kilometers|miles|\d+)$/.test(toks[j - 1]!.norm)) j--;
    if (toks[j - 1]?.text !== ',') return undefined;
    const head = ctx.s.mentions.find((x) => x.tok1 === j - 1);
    return head && head.kind === 'place' ? head : undefined;
  }
  // ("the airport in Qamishli, where": a thing named before "in"/"near" is the head; its own name, if any, ends there)
  if (w && /^(in|near|outside)$/.test(w) && !ctx.inMention[k - 1] && cueWords(ctx.lex, 'where_thing').has(nth(toks, k - 1)?.norm ?? '')) return undefined;
  return m;
}

// Arabic circumstantial participles of speech acts ("…، داعياً أنقرة إلى …", "مطالباً إياها"): the main subject's own act.
// (AR_CIRCUMSTANTIAL: the `circumstantial_ar` word cue of data/lexicon/cues.csv, branch words31)

export const LOOSE_PREPS = new Set(['of', 'against', 'on', 'near', 'ضد', 'علي', 'ل', 'من']);

export const BOUNDARY = new Set(['.', '؛', ';', ':', '!', '?', '؟']);
/** English month names (normalised). */
export const EN_MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** English auxiliaries of the passive voice. */
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'being', 'be']);

const ACTOR_KINDS = new Set(['person', 'organization', 'armed_group', 'country']);

export interface Ctx {
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
  /** The parties of the last meeting, visit, call or joint act of the article (for 'the two sides', 'الجانبان'; discourse.ts). */
  lastEvent: [Mention, Mention] | undefined;
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
  /** Tokens that name a place of custody (cues.csv `custody`: prisons, camps), computed when first needed (presence.ts). */
  custody?: number[];
  /** The union of the word bits (wordBits) of the sentence's tokens, computed when first needed (sentenceWords). */
  words?: number;
  /** What starts or ends at each token of `ctx.s` (TOK_… bits), filled when first needed (tokenMarks). */
  marks?: TokenMarks;
  /** Where each word-list cue kind occurs in the sentence's tokens, filled when first needed (wordCueTokens). */
  wordCues?: WordCueIndex;
  /** The sentence's cues by kind. */
  byKind: Map<CueKind, CueSpan[]>;
  /** What the article told before this sentence (discourse.ts: the last attack's doer). */
  discourse: Discourse;
}

export type Group = Mention[];

/** A trigger starts at the token. */
export const TOK_TRIGGER = 1;
/** A trigger whose first pattern is a verb starts at the token. */
export const TOK_VERB = 2;
/** A mention starts at the token. */
export const TOK_MENTION0 = 4;
/** A mention ends right before the token (its tok1). */
export const TOK_MENTION1 = 8;

/**
 * The per-sentence table the argument readers consult instead of scanning the sentence's triggers and mentions at every
 * token they pass: TOK_… bits by token (one more slot than tokens, for a tok1 at the end), for the sentence `s` it was
 * made from (ctx.s is replaced while the anaphors are added: a table of another sentence is made again).
 */
export interface TokenMarks {
  s: Sentence;
  bits: Uint8Array;
}

/**
 * The per-sentence index of the word-list cues (cueWords, WORD_CUE_KINDS): the kinds that occur in the sentence's tokens
 * as a bit set (one bit a kind, wordCueBit), as a token's norm (`at`) or as its norm after a leading و/ف is read off
 * (`clitic`); made in one pass over the tokens (each Form keeps its own bit sets), for the tokens `tokens` it was made
 * from (ctx.s is replaced while the anaphors are added, with the same tokens). The readers ask it whether their word
 * occurs in the sentence at all before walking its tokens.
 */
export interface WordCueIndex {
  tokens: Token[];
  at: Uint32Array;
  clitic: Uint32Array;
  proclitic: Uint32Array;
}

interface WordCueBits {
  /** Kind → its bit (kinds in the order of lex.cueWords). */
  bit: Map<CueKind, number>;
  /** Normalised word → the bit set of the kinds whose forms include it. */
  byWord: Map<string, Uint32Array>;
  /** 32-bit words of a bit set. */
  size: number;
}

const wordBitsOf = new WeakMap<Lexicon, WordCueBits>();
const NO_BITS = new Uint32Array(0);
const NO_KINDS: readonly CueKind[] = [];

/** The last lexicon asked and its bits: one pointer test before the WeakMap's lookup (hasWordCue's hottest line; speed38). */
let lastLex: Lexicon | undefined;
let lastBits: WordCueBits | undefined;

function wordCueBits(lex: Lexicon): WordCueBits {
  if (lex === lastLex) return lastBits!;
  let b = wordBitsOf.get(lex);
  if (b) {
    lastLex = lex;
    lastBits = b;
    return b;
  }
  // (built once per lexicon; the pointer is set here too, so the next call is no WeakMap lookup either: mend42)
  const bit = new Map<CueKind, number>();
  for (const kind of lex.cueWords.keys()) bit.set(kind, bit.size);
  const size = (bit.size + 31) >>> 5;
  const byWord = new Map<string, Uint32Array>();
  for (const [kind, words] of lex.cueWords) {
    const i = bit.get(kind)!;
    for (const w of words) {
      let set = byWord.get(w);
      if (!set) byWord.set(w, (set = new Uint32Array(size)));
      set[i >>> 5] = set[i >>> 5]! | (1 << (i & 31));
    }
  }
  wordBitsOf.set(lex, (b = { bit, byWord, size }));
  lastLex = lex;
  lastBits = b;
  return b;
}

/** The word-list cue kinds whose forms include the normalised word `norm` (cueWords(lex, kind).has(norm)), in lex.cueWords order. */
export function wordCueKinds(lex: Lexicon, norm: string): readonly CueKind[] {
  const set = wordCueBits(lex).byWord.get(norm);
  if (!set) return NO_KINDS;
  const out: CueKind[] = [];
  for (const [kind, i] of wordCueBits(lex).bit) if (set[i >>> 5]! & (1 << (i & 31))) out.push(kind);
  return out;
}

/** Fill a Form's word-list cue bit sets (its norm, and its norm past a leading و/ف) for `lex`. */
function formCueBits(lex: Lexicon, t: Token): void {
  const f = t.form;
  if (f.cuesLex === lex) return;
  const byWord = wordCueBits(lex).byWord;
  f.cues = byWord.get(f.norm) ?? NO_BITS;
  const c0 = f.norm.charCodeAt(0);
  f.cliticCues = c0 === 0x648 || c0 === 0x641 ? (byWord.get(f.norm.slice(1)) ?? NO_BITS) : NO_BITS;
  f.procliticCues = f.arabic ? procliticBits(byWord, f.norm) : NO_BITS;
  f.cuesLex = lex;
}

/**
 * The word-list cue kinds of an Arabic norm past its proclitics, read as the matcher reads them (arabicVariants: و ف,
 * then ب ل ك س; bugs42a): each reading that strips some proclitic is looked up as it stands in the text (`بالتنسيق` →
 * `التنسيق`), without the article (the reading's key, `تنسيق`), and for لل as ل + ال (`للعملية` → `العملية`).
 */
function procliticBits(byWord: Map<string, Uint32Array>, norm: string): Uint32Array {
  let out: Uint32Array = NO_BITS;
  let own = false;
  const add = (w: string) => {
    const set = byWord.get(w);
    if (!set) return;
    if (out === NO_BITS) out = set;
    else if (out !== set) {
      if (!own) {
        out = out.slice();
        own = true;
      }
      for (let i = 0; i < set.length; i++) out[i] = out[i]! | set[i]!;
    }
  };
  for (const v of arabicVariants(norm)) {
    if (v.pre === 0) continue;
    const rest = norm.slice(v.pre);
    add(rest);
    add(v.key);
    if (v.clitics.endsWith('ل') && rest.startsWith('ل')) add('ا' + rest);
  }
  return out;
}

function wordCueIndex(ctx: Ctx): WordCueIndex {
  let idx = ctx.wordCues;
  const tokens = ctx.s.tokens;
  if (idx !== undefined && idx.tokens === tokens) return idx;
  const size = wordCueBits(ctx.lex).size;
  const at = new Uint32Array(size);
  const clitic = new Uint32Array(size);
  const proclitic = new Uint32Array(size);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    formCueBits(ctx.lex, t);
    const f = t.form;
    if (f.cues.length !== 0) for (let i = 0; i < size; i++) at[i] = at[i]! | f.cues[i]!;
    if (f.cliticCues.length !== 0) for (let i = 0; i < size; i++) clitic[i] = clitic[i]! | f.cliticCues[i]!;
    if (f.procliticCues.length !== 0) for (let i = 0; i < size; i++) proclitic[i] = proclitic[i]! | f.procliticCues[i]!;
  }
  ctx.wordCues = idx = { tokens, at, clitic, proclitic };
  return idx;
}

const hasBit = (set: Uint32Array, i: number): boolean => set.length !== 0 && (set[i >>> 5]! & (1 << (i & 31))) !== 0;

/** The tokens of ctx.s whose norm is a form of the word-list cue kind (cueWords(ctx.lex, kind).has(token.norm)), in order. */
export function wordCueTokens(ctx: Ctx, kind: CueKind): number[] {
  const i = wordCueBits(ctx.lex).bit.get(kind);
  const out: number[] = [];
  if (i === undefined || !hasBit(wordCueIndex(ctx).at, i)) return out;
  const tokens = ctx.s.tokens;
  for (let k = 0; k < tokens.length; k++) {
    formCueBits(ctx.lex, tokens[k]!);
    if (hasBit(tokens[k]!.form.cues, i)) out.push(k);
  }
  return out;
}

/**
 * Does a token of ctx.s have a form of the word-list cue kind as its norm (with `clitic`, or as its norm past the
 * proclitics the matcher reads off, و ف then ب ل ك س: `بعملية`, `وبالتنسيق`; with clitic 'conj', past a leading و/ف
 * only, for a reader whose own scan strips no more: bugs42a)?
 */
export function hasWordCue(ctx: Ctx, kind: CueKind, clitic: boolean | 'conj' = false): boolean {
  const i = wordCueBits(ctx.lex).bit.get(kind);
  if (i === undefined) return false;
  const idx = wordCueIndex(ctx);
  return hasBit(idx.at, i) || (clitic !== false && hasBit(clitic === 'conj' ? idx.clitic : idx.proclitic, i));
}

/** The word past its proclitics that is a form of `kind`, with the proclitics read off; undefined when none is. */
export function stem(words: ReadonlySet<string>, norm: string): { pre: string; word: string } | undefined {
  if (words.has(norm)) return { pre: '', word: norm };
  // (the proclitics a presence noun may carry: و/ف then ب/ل, `بوجودها`, `ولوجودهما`, `وبوجود`)
  let n = 0;
  if (norm[n] === 'و' || norm[n] === 'ف') n++;
  if (norm[n] === 'ب' || norm[n] === 'ل') n++;
  for (; n > 0; n--) if (words.has(norm.slice(n))) return { pre: norm.slice(0, n), word: norm.slice(n) };
  return undefined;
}

/**
 * Is token k of ctx.s a form of the word-list cue kind (cueWords(ctx.lex, kind).has(norm)), or with clitic 'conj' its
 * norm past a leading و/ف (presence.ts returnedToControlAr, ongoingdate.ts)?
 */
export function hasWordCueAt(ctx: Ctx, k: number, kind: CueKind, clitic: false | 'conj' = false): boolean {
  const i = wordCueBits(ctx.lex).bit.get(kind);
  const t = ctx.s.tokens[k];
  if (i === undefined || !t) return false;
  formCueBits(ctx.lex, t);
  return hasBit(t.form.cues, i) || (clitic === 'conj' && hasBit(t.form.cliticCues, i));
}

/** The TOK_… bits of token k of ctx.s (0 outside the sentence). */
export function tokenMarks(ctx: Ctx, k: number): number {
  let t = ctx.marks;
  if (t === undefined || t.s !== ctx.s) {
    const s = ctx.s;
    const bits = new Uint8Array(s.tokens.length + 2);
    for (const x of s.triggers) bits[x.tok0] = bits[x.tok0]! | (x.patterns[0]!.pos === 'verb' ? TOK_TRIGGER | TOK_VERB : TOK_TRIGGER);
    for (const m of s.mentions) {
      bits[m.tok0] = bits[m.tok0]! | TOK_MENTION0;
      bits[m.tok1] = bits[m.tok1]! | TOK_MENTION1;
    }
    ctx.marks = t = { s, bits };
  }
  return k >= 0 && k < t.bits.length ? t.bits[k]! : 0;
}

/**
 * The mention of ctx.s that starts at token k (the first such, as `find` gives it), or undefined: the token marks are
 * asked first, so a token where no mention starts costs no scan (launchedop.ts, missionagainst.ts, joint.ts, lists.ts).
 */
export function mentionAt(ctx: Ctx, k: number): Mention | undefined {
  return (tokenMarks(ctx, k) & TOK_MENTION0) === 0 ? undefined : mentionStartingAt(ctx.s.mentions, k);
}

/**
 * The host after a hosting verb H that opens a host relative on a meeting noun (one reading for args.ts hostClauseEnd,
 * attendhost.ts hostAfter, meetings.ts hostRelativeAt and structure.ts hostedMeeting; mend42): Arabic, H carries the
 * meeting as its resumptive pronoun (`استضافتها`, `استضافته`) and the host stands right after it; English, "hosted by
 * (the) Y". The host's mention (an actor), else undefined.
 */
export function meetingHost(ctx: Ctx, H: Trigger): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = H.tok1;
  if (ctx.lang === 'en') {
    if (toks[j]?.norm !== 'by') return undefined;
    j++;
    if (toks[j]?.norm === 'the' && (tokenMarks(ctx, j) & TOK_MENTION0) === 0) j++;
  } else if (!H.suffix && !/(ه|ها)$/.test(toks[H.tok1 - 1]!.norm)) return undefined;
  const host = mentionAt(ctx, j);
  return host && actor(ctx.lex, host) ? host : undefined;
}

/** The index in ctx.s.mentions of the mention that starts at token k, or -1 (token marks first, as mentionAt). */
export function mentionIndexAt(ctx: Ctx, k: number): number {
  return (tokenMarks(ctx, k) & TOK_MENTION0) === 0 ? -1 : ctx.s.mentions.findIndex((m) => m.tok0 === k);
}

/** The Arabic particle قد before a perfect verb (`قد`, `لقد`, `فقد`: structure.ts, sentence.ts, anaphora.ts). */
export const QAD = /^(قد|لقد|فقد)$/;
/** "against", `ضد` (attacks.ts, launchedop.ts). */
export const AGAINST = /^(against|ضد)$/;
/** "against", `ضد`, `على` (an aim: actsupport.ts, missionagainst.ts). */
export const AGAINST_OR_ON = /^(against|ضد|علي)$/;
/** "in", "inside", "across", "throughout", `في`, `داخل`: the preposition before the place of an act (actingin.ts, sweepagainst.ts). */
export const IN_PLACE = /^(in|inside|across|throughout|في|داخل)$/;

/**
 * The mention right before up to three forces words (cues `military` or `state_head`, at least one `military`) that end
 * just before token `and` ("Turkish troops and …", "Syrian government troops and Russian military police"); the callers
 * test its slot (args.ts forcesConjBefore, takenclitic.ts forcesAndBefore).
 */
export function forcesOwnerBefore(ctx: Ctx, and: number): Mention | undefined {
  let k = and - 1;
  let head = false;
  while (k >= 0 && and - 1 - k < 3 && !ctx.inMention[k] && (hasCue(ctx, k, 'military') || hasCue(ctx, k, 'state_head'))) {
    if (hasCue(ctx, k, 'military')) head = true;
    k--;
  }
  if (!head || k < 0 || !ctx.inMention[k]) return undefined;
  return ctx.s.mentions.find((y) => y.tok1 === k + 1);
}

/**
 * The normalised forms of an Arabic token with its clitics read off: the token, past a leading و/ف, and past a
 * preposition ل/ب (and ك when `kaf`), `لل` read as `ال` (`للعملية` → `العملية`, `عملية`) (actsupport.ts, launchedop.ts).
 */
export function arForms(norm: string, kaf: boolean): string[] {
  const w = norm.replace(/^[وف](?=..)/, '');
  const out = [norm, w];
  if (w.startsWith('لل')) out.push('ال' + w.slice(2), w.slice(2));
  else if ((kaf ? /^[لبك]/ : /^[لب]/).test(w)) out.push(w.slice(1));
  return out;
}

export function cueKinds(c: CueSpan | undefined): { has: (k: CueKind) => boolean } {
  return { has: (k: CueKind) => cueHas(c, k) };
}

export function hasCue(ctx: Ctx, tok: number, kind: CueKind): CueSpan | undefined {
  const c = ctx.cueAt.get(tok);
  return cueHas(c, kind) ? c : undefined;
}

/** A `state_head` word inside m that is not also a `place_head` (`القوات الحكومية`, "the Syrian army"): m names a state by one of its bodies. */
export function stateBody(ctx: Ctx, m: { tok0: number; tok1: number }): boolean {
  for (let j = m.tok0; j < m.tok1; j++) if (hasCue(ctx, j, 'state_head') && !hasCue(ctx, j, 'place_head')) return true;
  return false;
}

/** Does a `between` cue ("between", "among", `بين`, `ما بين`) end at token `tok`? */
export function betweenAt(ctx: Ctx, tok: number): boolean {
  const list = ctx.byKind.get('between');
  if (list) for (const c of list) if (c.tok1 === tok + 1) return true;
  return false;
}

/** Any cue of `kind` inside token range [a, b). */
export function cueIn(ctx: Ctx, a: number, b: number, kind: CueKind): CueSpan | undefined {
  const list = ctx.byKind.get(kind);
  if (list) for (const c of list) if (c.tok0 >= a && c.tok1 <= b) return c;
  return undefined;
}

/** Pattern `p` with other prepositions (target kinds, part of speech): every field spelt out in lexicon.ts's order, one layout (no spread copies). */
export function withPreps(p: Pattern, preps: string[], targetKinds: EntityKind[] = p.targetKinds, pos: Pattern['pos'] = p.pos): Pattern {
  return { relation: p.relation, lang: p.lang, pos, voice: p.voice, form: p.form, withArticle: p.withArticle, preps, mode: p.mode, targetKinds, also: p.also, requires: p.requires, origin: p.origin };
}

/**
 * `a[i]`, and undefined for i < 0 (the token before the first): reading `a[-1]` is a lookup of the
 * property "-1", which turns V8's load at that spot megamorphic (slow for every later read there).
 */
export function nth<T>(a: readonly T[], i: number): T | undefined {
  return i >= 0 ? a[i] : undefined;
}

/** Does a mention act as an actor? Places act when they stand for a country (capitals). */
export function actor(lex: Lexicon, m: Mention): Mention | undefined {
  if (ACTOR_KINDS.has(m.kind)) {
    const e = lex.entities.get(m.entity);
    if (e?.stands_for) {
      const c = lex.entities.get(e.stands_for)!;
      return mentionOf(m, c.id, c.kind);
    }
    return m;
  }
  const e = lex.entities.get(m.entity);
  if (e?.stands_for) {
    const c = lex.entities.get(e.stands_for)!;
    return mentionOf(m, c.id, c.kind);
  }
  return undefined;
}

/** The actor kinds that can be a side of a conflict or a drill: a state, an armed group, an organisation. */
export const SIDE_KINDS: ReadonlySet<string> = new Set(['armed_group', 'country', 'organization']);
/**
 * A mention's actor when it is a side (SIDE_KINDS): an attacker, a repeller, a drill's or a joint fight's party; not a
 * place mention (a capital that stands for its state), unless `capitals` (an aggression's owner). Else undefined.
 */
export function sideActor(lex: Lexicon, m: Mention | undefined, capitals = false): Mention | undefined {
  const a = m && actor(lex, m);
  return a && (capitals || m!.kind !== 'place') && SIDE_KINDS.has(a.kind) ? a : undefined;
}

/**
 * The lexicon kind of an entity, '' for one found in the text: a string either way (a comparison
 * compiled for strings deoptimises when `undefined` reaches it, as `get(id)?.kind` gives).
 */
export function kindOf(lex: Lexicon, id: string): string {
  return lex.entities.get(id)?.kind ?? '';
}

/** Group of coordinated mentions starting at mention index i (A و B و C). */
export function groupFrom(ms: Mention[], i: number): Group {
  const g = [ms[i]!];
  for (let j = i + 1; j < ms.length; j++) {
    const m = ms[j]!;
    if (m.conj) {
      g.push(m);
      continue;
    }
    // "لوحدات حماية الشعب في شمال سوريا ولحزب العمال في شمال العراق": a place phrase between parallel members
    const nx = ms[j + 1];
    // ("… في شمال العراق ولوحدات …": a country named as the place too)
    // (not a bare place right after the member: `قصفت إسرائيل إدلب ولبنان` names the subject, then the objects)
    // (nor after a demonym, an act's doer: `الغارات الإسرائيلية على حلب وسوريا`, `الحرب الإسرائيلية على غزة ولبنان` strike
    // both places; np32)
    if ((m.kind === 'country' || (m.kind === 'place' && m.tok0 > g[g.length - 1]!.tok1)) && g[0]!.via !== 'demonym' && g[0]!.kind !== m.kind && nx?.conj && nx.kind === g[0]!.kind && nx.clitics === g[0]!.clitics.replace(/^/, 'و')) continue;
    break;
  }
  return g;
}

/** Group of coordinated mentions ending at mention index i. */
export function groupTo(ms: Mention[], i: number): Group {
  const g = [ms[i]!];
  // ("between A and B, and the foreign ministers of C and D met": a role group's first member joins nothing before it)
  for (let j = i; j > 0 && ms[j]!.conj && !(ms[j]!.grouped && !ms[j - 1]!.grouped); j--) g.unshift(ms[j - 1]!);
  return g;
}

/** Word tokens in [a, b), quotes and commas left out. */
export function wordsBetween(tokens: Token[], a: number, b: number): Token[] {
  const out: Token[] = [];
  for (let k = a; k < b; k++) if (!isQuote(tokens[k]) && tokens[k]!.text !== ',' && tokens[k]!.text !== '،') out.push(tokens[k]!);
  return out;
}

/** Is one of `words` among tokens [a, b)? */
export function wordIn(tokens: Token[], a: number, b: number, words: Set<string>): boolean {
  for (let k = a; k < b; k++) if (words.has(tokens[k]!.norm)) return true;
  return false;
}

export function hasBoundary(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (BOUNDARY.has(tokens[k]!.text)) return true;
  return false;
}

/** Is there a boundary (hasBoundary) or a comma (",", `،`) among tokens a..b-1? */
export function hasBreak(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!.text;
    if (t === ',' || t === '،' || BOUNDARY.has(t)) return true;
  }
  return false;
}

/** The preposition among a word's proclitics (ب, ل, ك), the conjunction و/ف and a future س taken off: "وبـ" → "ب". */
function cliticPrep(clitics: string): string | undefined {
  return clitics.replace(/^[وف]/, '').replace('س', '') || undefined;
}

/** Is this mention introduced by a preposition (token before it, or a proclitic)? Returns the prep key. */
export function prepOf(ctx: Ctx, m: Mention): string | undefined {
  if (m.grouped) return undefined;
  if (PREP_CLITICS.test(m.clitics)) return cliticPrep(m.clitics);
  let k = m.tok0 - 1;
  while (k >= 0 && isQuote(ctx.s.tokens[k])) k--;
  // ("حملة على تنظيم «داعش»": a group kind noun before a quoted name is part of the name, np30; one with a proclitic,
  // `لتنظيم «…»`, keeps its own reading: args.ts attackDoerAfter)
  if (k >= 0 && k < m.tok0 - 1 && ctx.s.tokens[k]!.arabic && m.kind !== 'place' && m.kind !== 'person' && cueWords(ctx.lex, 'group_noun').has(ctx.s.tokens[k]!.norm.replace(/^[وف](?=...)/, ''))) k--;
  // (`دعم بغداد لوحدة سوريا وسيادتها`, `لسلامة أراضي سوريا`: a state after an abstract noun with a proclitic preposition
  // takes that preposition, gold rule 17d; np33)
  if (k >= 0 && k === m.tok0 - 1 && ctx.s.tokens[k]!.arabic && !ctx.inMention[k]) {
    const a = ctx.byKind.get('abstract')?.find((c) => c.tok1 === k + 1);
    if (a && PREP_CLITICS.test(a.clitics)) return cliticPrep(a.clitics);
  }
  // ("strikes in Iraq's Sinjar region", "in Syria's Deir ez-Zor province": a place after its possessive owner takes the
  // owner's preposition, np30)
  if (m.kind === 'place' && k >= 0 && !ctx.s.tokens[k]!.arabic) {
    const owner = ctx.s.mentions.find((x) => x.tok1 === k + 1 && x.tok0 < m.tok0 && (x.kind === 'country' || x.kind === 'place') && isPossessive(ctx, x));
    if (owner) k = owner.tok0 - 1;
  }
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
    while (k > 0) {
      // (Arabic: "في ريف حلب"; an English head keeps its own "of": "strikes on the outskirts of X")
      const h = ctx.s.tokens[k]!.arabic ? placeHeadEndingAt(ctx, k) : undefined;
      // ("بريفي الحسكة ودير الزور": the head's own proclitic is the place's preposition)
      if (h && PREP_CLITICS.test(h.clitics)) return cliticPrep(h.clitics);
      if (h) k = h.tok0 - 1;
      else if (/^(the|a|an|its|their|his|her)$/.test(ctx.s.tokens[k]!.norm) || cueWords(ctx.lex, 'compass').has(ctx.s.tokens[k]!.norm)) k--;
      // ("وصلت … إلى قاعدة الشدادي": a one-word military site right before a place's name, itself right after a preposition,
      // passes that preposition on to the place; bugs35)
      else if (m.kind === 'place' && k === m.tok0 - 1 && ctx.s.tokens[k]!.arabic && ctx.byKind.get('military')?.some((c) => c.tok0 === k && c.tok1 === k + 1) && /^(الي|في|من)$/.test(nth(ctx.s.tokens, k - 1)?.norm ?? '')) k--;
      else break;
      moved = true;
    }
    const t = ctx.s.titles?.find((x) => x.tok1 === k + 1);
    if (t && t.tok0 > 0) {
      k = t.tok0 - 1;
      moved = true;
    }
  }
  const t = nth(ctx.s.tokens, k);
  if (!t) return undefined;
  // "برئاسة X", "headed by X": the head of a delegation qualifies it
  if (ctx.byKind.get('headed_by')?.some((c) => c.tok1 === k + 1)) return 'by';
  const n = t.arabic ? t.norm.replace(/^[وف](?=..)/, '') : t.norm;
  // ("لـ«قسد»", "ولـ «حزب الله»": a one-letter preposition written apart, with a tatweel, before a quoted name)
  if (t.arabic && t.text.endsWith('ـ') && /^[وف]?[لب]$/.test(t.norm)) return t.norm.slice(-1);
  const t2 = nth(ctx.s.tokens, k - 1);
  if (t2 && ((t2.norm === 'من' && n === 'قبل') || (t2.norm === 'من' && n === 'جانب') || (t2.norm === 'علي' && n === 'يد'))) return 'من قبل';
  // ("فصائل من المعارضة": a partitive's من names the group itself, no preposition of the verb)
  // ("قوات من الجيش السوري", "تعزيزات إضافية من الجيش": a unit of a state organ, an adjective between; value `organ`: only
  // before an organ named by its descriptor, "سحب قوات من سوريا" keeps its من)
  // ("وحدات من «الفرقة الرابعة»", "units of the Syrian army", "elements of Hezbollah": value `organ` also before a named
  // body that is no state or place; English "of"/"from" only after such a unit word)
  // (an English descriptor only with a state organ in it, "the Syrian army", not "Syrian territory")
  // (read only before من, "of", "from": the partitive tests are made there alone)
  if (n === 'من' || n === 'of' || n === 'from') {
    const organ = m.via === 'descriptor' && (t.arabic || (ctx.byKind.get('state_head') ?? []).some((c) => c.tok0 >= m.tok0 && c.tok1 <= m.tok1));
    const body = organ || (m.via !== 'descriptor' && m.kind !== 'country' && m.kind !== 'place' && m.kind !== 'person');
    const organAt = (c: CueSpan) => (c.tok1 === k || (c.tok1 === k - 1 && !ctx.inMention[k - 1])) && body && c.cues.some((x) => x.kind === 'partitive' && x.value === 'organ');
    if (n === 'من' && ctx.byKind.get('partitive')?.some((c) => (c.tok1 === k && !c.cues.some((x) => x.kind === 'partitive' && x.value === 'organ')) || organAt(c))) return undefined;
    if ((n === 'of' || n === 'from') && ctx.byKind.get('partitive')?.some((c) => c.tok1 === k && organAt(c))) return undefined;
    // ("Two officers of the IRGC were killed in an Israeli strike": a plural members noun's "of" before the sentence's
    // first act names the body its members stand for, the clause's subject, as Arabic `من` does; not a state, place or
    // person, not an object, "killed senior members of X", "a vehicle carrying members of X", whose "of" stays; bugs35)
    if (n === 'of' && body && !organ && !ctx.s.triggers.some((x) => x.tok0 < m.tok0) && ctx.byKind.get('partitive')?.some((c) => (c.tok1 === k || (c.tok1 === k - 1 && ctx.s.tokens[k - 1]!.norm === 'the')) && /s$/.test(ctx.s.tokens[c.tok1 - 1]!.norm) && c.cues.some((x) => x.kind === 'partitive' && x.value !== 'organ'))) return undefined;
  }
  // ("انتقدت شخصيات في المعارضة السورية", "figures in the Syrian opposition", `قيادي في «حماس»`: people of a body, no place;
  // pred29, diagnosis-batch26 NAME #33; not a title with its name after, `القيادي في حزب الله طالب عبد الله`)
  if ((n === 'في' || n === 'in') && m.kind !== 'country' && m.kind !== 'place' && m.kind !== 'person' && m.via !== 'demonym' && ctx.byKind.get('partitive')?.some((c) => c.tok1 === k && !c.cues.some((x) => x.kind === 'partitive' && x.value === 'organ')) && !ctx.s.mentions.some((x) => x.kind === 'person' && x.tok0 >= m.tok1 && x.tok0 - m.tok1 <= 1)) return undefined;
  // ("along with Russia", "together with X", "إضافة إلى": the last word of a conjunction is no preposition)
  if ((AR_PREP_TOKENS.has(n) || EN_PREP_TOKENS.has(n)) && !ctx.byKind.get('conj')?.some((c) => c.tok1 === k + 1)) return n;
  // ("keeps troops across northern Syria", "struck targets throughout Idlib": a place spread over is a place "in")
  if (n === 'across' || n === 'throughout') return 'in';
  return undefined;
}

/**
 * A place that acts for a state (a capital) named as a place: after a place head or a locative ("محيط دمشق", "مواقع قرب
 * دمشق", "في محيط العاصمة دمشق", "the vicinity of Damascus", "near Damascus") or a compass word ("جنوب دمشق", "south of
 * Damascus"). It is where an attack struck, not the state attacked.
 */
export function locatedPlace(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  while (k >= 0 && isQuote(toks[k])) k--;
  // (the capital's own descriptor: "العاصمة السورية دمشق", "the Syrian capital")
  for (let n = 0; n < 2 && k > 0 && !ctx.inMention[k] && /^(ال)?عاصمه$|^ال...+يه$|^(capital|the)$/.test(toks[k]!.norm); n++) k--;
  if (k < 0) return false;
  if (placeHeadEndingAt(ctx, k)) return true;
  // ("النقاط في دمشق", "targets in Damascus": a place head, then the preposition that places it)
  if (/^(في|in)$/.test(toks[k]!.norm) && placeHeadEndingAt(ctx, k - 1)) return true;
  // ("a US strike in Baghdad", `غارة أمريكية في بغداد`: a noun of a military strike, past its demonym, then the
  // preposition that places the strike in the city; not a bombing, which in a capital strikes the state: "the car bombing
  // in Ankara, which was claimed by the PKK")
  if (/^(في|in)$/.test(toks[k]!.norm)) {
    let j = k;
    const d = ctx.lang === 'ar' ? ctx.s.mentions.find((x) => x.tok1 === k) : undefined;
    if (d && d.via === 'demonym') j = d.tok0;
    const T = ctx.s.triggers.find((x) => x.tok1 === j && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'));
    if (T && cueWords(ctx.lex, 'strike_noun').has(toks[T.tok1 - 1]!.norm)) return true;
  }
  // (not a compass word that locates the place named before it: "منطقة السيدة زينب جنوب دمشق", "Mezzeh, west of Damascus")
  const c = cueWords(ctx.lex, 'compass').has(toks[k]!.norm) ? k : toks[k]!.norm === 'of' && k > 0 && cueWords(ctx.lex, 'compass').has(toks[k - 1]!.norm) ? k - 1 : -1;
  if (c < 0) return false;
  let b = c - 1;
  while (b >= 0 && (toks[b]!.text === ',' || toks[b]!.text === '،')) b--;
  return !ctx.s.mentions.some((x) => x.tok1 === b + 1 && x.kind === 'place');
}

/** Joined to the previous mention by "and", "و" or a comma (not by "counterpart" words). */
export function plainConj(ctx: Ctx, m: Mention): boolean {
  if (m.clitics.startsWith('و')) return true;
  let k = m.tok0 - 1;
  while (k >= 0 && isQuote(ctx.s.tokens[k])) k--;
  const t = nth(ctx.s.tokens, k);
  return !!t && (t.norm === 'and' || t.norm === 'و' || t.text === ',' || t.text === '،');
}

/** cues.csv `saying_verb`, an Arabic `و`/`ف` before it allowed: "says", `تقول`, `وقالت`. */
export function sayingVerb(ctx: Ctx, norm: string): boolean {
  const said = cueWords(ctx.lex, 'saying_verb');
  return said.has(norm) || (/^[وف]/.test(norm) && said.has(norm.slice(1)));
}

/** An `owner` cue right before m (its preposition between): "تابعة لإيران", "مرتبطة بطهران", "تستخدمها «X»", "تابعة لـ «X»". */
export function ownerBefore(ctx: Ctx, m: Mention): boolean {
  const list = ctx.byKind.get('owner') ?? [];
  let k = m.tok0;
  while (k > 0 && isQuote(ctx.s.tokens[k - 1])) k--;
  const sep = /^[لب]$/.test(ctx.s.tokens[k - 1]?.norm ?? '');
  if (sep) k--;
  // ("مواقع تقول إنها لإيران و«حزب الله»": what a speaker says is X's, with لـ right after the complementizer; the English
  // "what it says are" is guards.ts')
  if ((sep || /ل/.test(m.clitics)) && /^(انها|انه|انهم)$/.test(ctx.s.tokens[k - 1]?.norm ?? '') && sayingVerb(ctx, ctx.s.tokens[k - 2]?.norm ?? '')) return true;
  // (`مواقع يُعتقد أنها تؤوي خلايا التنظيم`, `مخابئ للتنظيم`: a word of sheltering, a members noun between; solo50)
  if (ctx.lang === 'ar' && k > 0) {
    // (`خلايا تنظيم «داعش»`: the group's head noun before its quoted name)
    if (k > 1 && !sep && hasWordCueAt(ctx, k - 1, 'group_head_ar') && !ctx.inMention[k - 1]) k--;
    if (hasWordCueAt(ctx, k - 1, 'housing_word')) return true;
    // (`تؤوي عناصر من «هيئة تحرير الشام»`: من after the members noun)
    const j = !sep && ctx.s.tokens[k - 1]?.norm === 'من' ? k - 1 : k;
    if (!sep && j > 1 && hasCue(ctx, j - 1, 'partitive') && hasWordCueAt(ctx, j - 2, 'housing_word')) return true;
  }
  return list.some((c) => c.tok1 === k);
}

/** A mention right after a speech or attribution cue, or right before a speech verb, is a speaker. */
export function isSpeaker(ctx: Ctx, m: Mention): boolean {
  // ("أهداف تقول إنها مرتبطة بطهران": the owner of what the speaker names is no speaker)
  if (ownerBefore(ctx, m)) return false;
  for (const kind of ['speech', 'according'] as const)
    for (const c of ctx.byKind.get(kind) ?? []) {
      // (not past a verb of its own: "said it struck Hezbollah targets")
      if (c.tok1 <= m.tok0 && m.tok0 - c.tok1 <= 3 && freeWords(ctx, c.tok1, m.tok0) <= 2 && !ctx.s.triggers.some((x) => x.tok0 >= c.tok1 && x.tok1 <= m.tok0 && x.patterns[0]!.pos === 'verb')) return true;
      // (not the last name of a relative clause or apposition before the verb: "Moscow, which backs Assad, said …")
      // ("recalled its ambassador from Paris and said …": a preposition's object before "and" is no speaker)
      if (c.tok0 >= m.tok1 && c.tok0 - m.tok1 <= 1 && ctx.lang === 'en' && cueHas(c, 'speech') && !ctx.inRelative[m.tok0] && !(c.tok0 > m.tok1 && prepOf(ctx, m))) return true;
    }
  return false;
}

/**
 * "The group's remnants mostly operate in …", "the group's cells attack …" (ref31): the end token of a noun of an armed
 * group's members (cues.csv `partitive`, not its `organ` words) right after the group's English possessive, or -1.
 */
export function membersAfter(ctx: Ctx, m: Mention): number {
  // ("its cells", "their fighters": a pronoun read as the group, discourse.ts membersPronounAnaphors; ref33)
  const pronoun = m.via === 'anaphor' && m.tok1 - m.tok0 === 1 && /^(its|their)$/.test(ctx.s.tokens[m.tok0]!.norm);
  if (ctx.lang !== 'en' || !(isPossessive(ctx, m) || pronoun) || ctx.lex.entities.get(m.entity)?.kind !== 'armed_group') return -1;
  const c = cueIn(ctx, m.tok1, m.tok1 + 1, 'partitive');
  // ("fighters" is in both lists, an organ's unit word and a members noun: a members noun reading is enough; bugs35)
  return c && c.cues.some((x) => x.kind === 'partitive' && x.value !== 'organ') ? c.tok1 : -1;
}

/** Is the possessive group m, by its members' noun, the subject of the verb at tok (at most one adverb, "mostly", between)? */
export function membersSubjectOf(ctx: Ctx, m: Mention, tok: number): boolean {
  let end = membersAfter(ctx, m);
  if (end < 0) return false;
  // ("the group's cells continue to attack", "IS's fighters resumed attacks on": past a verb of continuing, cues.csv
  // `continue_verb`, and its "to"; ref33)
  if (end < tok && cueWords(ctx.lex, 'continue_verb').has(ctx.s.tokens[end]!.norm)) end += ctx.s.tokens[end + 1]?.norm === 'to' ? 2 : 1;
  return end === tok || (end + 1 === tok && /ly$/.test(ctx.s.tokens[end]!.norm));
}

/** "Putin's", "Workers'": a possessive modifier, not an argument. */
export function isPossessive(ctx: Ctx, m: Mention): boolean {
  const last = ctx.s.tokens[m.tok1 - 1]!;
  if (/['’]s$/.test(last.text)) return true;
  const nx = ctx.s.tokens[m.tok1];
  return !!nx && (nx.text === "'" || nx.text === '’') && !last.arabic;
}

/**
 * The sentence's opening actor ending by token k: its first mention behind no preposition, no possessive ("Putin's"),
 * whose actor is no place (a capital standing for its state counts); with `bounded`, no clause boundary between it and
 * k. The one test of args.ts (an accusation's opening subject), index.ts (a relative's doer), appositionpatron.ts and
 * frames.ts (a coordinated vow's subject, bounded).
 */
export function leadingActor(ctx: Ctx, k: number, bounded = false): Mention | undefined {
  return ctx.s.mentions.find((m) => m.tok1 <= k && !prepOf(ctx, m) && !isPossessive(ctx, m) && !!actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && !(bounded && hasBoundary(ctx.s.tokens, m.tok1, k)));
}

/**
 * The sentence's subject before token k: its first actor (of any kind) behind no preposition or possessive, outside a
 * relative clause. The one test of discourse.ts (the owner of "its cells") and fight.ts (the subject of a copula).
 */
export function subjectActor(ctx: Ctx, k: number): Mention | undefined {
  return ctx.s.mentions.find((m) => m.tok1 <= k && !prepOf(ctx, m) && !isPossessive(ctx, m) && !ctx.inRelative[m.tok0] && !!actor(ctx.lex, m));
}

export function firstMentionAfter(ms: Mention[], tok: number): number {
  for (let i = 0; i < ms.length; i++) if (ms[i]!.tok0 >= tok) return i;
  return -1;
}

export function lastMentionBefore(ms: Mention[], tok: number): number {
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.tok1 <= tok) return i;
  return -1;
}

/** Words in [a, b) outside mentions. */
export function freeWords(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  // (a relative clause is passed over from outside it; inside it, its words count: "، التي تنشر قوات في …")
  const inside = ctx.inRelative[a] === 1;
  for (let k = a; k < b; k++) if (ctx.s.tokens[k]!.word && !ctx.inMention[k] && (inside || !ctx.inRelative[k])) n++;
  return n;
}

/** An Arabic verb in the masculine (اتهم, يتهم), which a country or city cannot be the subject of. */
export function masculineVerb(ctx: Ctx, T: { tok0: number; tok1: number }): boolean {
  let t = ctx.s.tokens[T.tok0];
  if (!t?.arabic) return false;
  // ("ولن تسمح إسرائيل", "لم يلتق": a particle that opens a trigger is no verb, the word after it is; bugs35)
  if (T.tok1 > T.tok0 + 1 && /^[وف]?(لن|لم|لا|قد|سوف|لقد)$/.test(t.norm)) t = ctx.s.tokens[T.tok0 + 1]!;
  let w = t.norm.replace(/^[وف]/, '');
  // (the future prefix, not a root س: "سيطرت", "سحبت" end as perfects do)
  if (w.startsWith('س') && !/تا?$/.test(w)) w = w.slice(1);
  if (/^ي/.test(w)) return true; // imperfect masculine
  if (/^ت/.test(w) && !/^ت(لق|وجه|وصل|صالح|مركز|طرق|حدث|ابع|عهد)/.test(w)) return false; // imperfect feminine
  return !/(ت|تا|ا|وا)$/.test(w); // perfect: feminine ends in ت
}

/** A verb joined by "and"/"و" after a comma in [a, b): the start of another clause. */
export function conjVerbBetween(s: Sentence, a: number, b: number): boolean {
  for (const x of s.triggers) {
    if (x.tok0 < a || x.tok1 > b || x.patterns[0]!.pos !== 'verb') continue;
    const t = s.tokens[x.tok0]!;
    const prev = s.tokens[x.tok0 - 1]?.norm;
    const prev2 = s.tokens[x.tok0 - 2]?.text;
    if ((t.arabic && /^و/.test(x.clitics) && (prev === '،' || prev === ',')) || (prev === 'and' && prev2 === ',')) return true;
  }
  return false;
}

export function verbBetween(s: Sentence, a: number, b: number): boolean {
  for (const x of s.triggers) if (x.tok0 >= a && x.tok1 <= b && x.patterns[0]!.pos === 'verb') return true;
  return false;
}

/** "by President Sheikh Mohamed bin Zayed": only titles (titles.csv) between a and b. */
export function onlyTitles(ctx: Ctx, a: number, b: number): boolean {
  const titles = ctx.s.titles ?? [];
  for (let k = a; k < b; k++) if (ctx.s.tokens[k]!.word && !titles.some((t) => t.tok0 <= k && k < t.tok1)) return false;
  return true;
}

export function span(ctx: Ctx, m: Mention): [number, number] {
  return [m.start - ctx.s.start, m.end - ctx.s.start];
}

/** The Arabic relative pronouns (normalised), every gender and number: the one list the relation frames share. */
export const AR_RELATIVE: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي']);
/** Relative pronouns of both languages. */
export const RELATIVE: ReadonlySet<string> = new Set([...AR_RELATIVE, 'which', 'who', 'whom']);

export function cueBefore(ctx: Ctx, T: Trigger, kind: CueKind, window: number): boolean {
  const a = Math.max(0, T.tok0 - window);
  for (const c of ctx.byKind.get(kind) ?? []) if (c.tok1 <= T.tok0 && c.tok1 >= a) return true;
  return false;
}

export function commaAnd(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (tokens[k]!.text === ',' && tokens[k + 1]!.norm === 'and') return true;
  return false;
}

export const PLACE_RELATIONS = new Set(['visited', 'withdrew_from', 'deployed_in']);

/** "has stepped up", "have carried out", "has said": an auxiliary, not possession (English). */
export function auxiliary(ctx: Ctx, T: Trigger): boolean {
  if (ctx.lang !== 'en' || !T.patterns[0]!.requires) return false;
  const nx = ctx.s.tokens[T.tok1];
  // (a name is no participle: "ratified Sweden's bid")
  return !!nx && ((/(ed|en)$/.test(nx.norm) && !ctx.inMention[T.tok1]) || ctx.s.triggers.some((x) => x.tok0 === T.tok1 && x.patterns[0]!.pos === 'verb'));
}

/** Relations whose coordinated subject with no object means each pair (A and B agreed). */
export const PAIRABLE = new Set(['met', 'agreed_with', 'coordinated_with', 'reconciled_with', 'phoned']);
/** Joint acts of two parties, a reception included: what "the two sides" after them refers to. */
export const JOINT = new Set([...PAIRABLE, 'hosted']);

/** The first verb pattern of `relation` in a language (frames read cue words as that relation). */
export function verbPattern(ctx: Ctx, relation: string, lang: 'ar' | 'en' = ctx.lang): Pattern | undefined {
  return firstPattern(ctx.lex.patterns, relation, lang, 'verb');
}

/** The first pattern of each relation, language and part of speech, per pattern list (see firstPattern). */
const firstPatterns = new WeakMap<readonly Pattern[], Map<string, (Pattern | null | undefined)[]>>();
let lastPatterns: readonly Pattern[] | undefined;
let lastMemo = new Map<string, (Pattern | null | undefined)[]>();
const POS_SLOT = { verb: 0, noun: 1, any: 2 } as const;
/**
 * The first pattern of `patterns` (the lexicon's) of `relation` in `lang`, of part of speech `pos` ('any': of either),
 * as `patterns.find` gives it: looked up once per lexicon, not searched through the ~300 patterns at every call. By
 * relation, then a slot per language and part of speech (no key string made per call).
 */
export function firstPattern(patterns: readonly Pattern[], relation: string, lang: 'ar' | 'en', pos: 'verb' | 'noun' | 'any'): Pattern | undefined {
  if (patterns !== lastPatterns) {
    let m = firstPatterns.get(patterns);
    if (!m) firstPatterns.set(patterns, (m = new Map()));
    lastPatterns = patterns;
    lastMemo = m;
  }
  let slots = lastMemo.get(relation);
  if (!slots) lastMemo.set(relation, (slots = [undefined, undefined, undefined, undefined, undefined, undefined]));
  const i = (lang === 'ar' ? 0 : 3) + POS_SLOT[pos];
  let p = slots[i];
  if (p === undefined) {
    p = patterns.find((q) => q.relation === relation && q.lang === lang && (pos === 'any' || q.pos === pos)) ?? null;
    slots[i] = p;
  }
  return p ?? undefined;
}

/** The word of a trigger's first token without its proclitics ("واللقاء" → "اللقاء"): what its article or form is read from. */
export function triggerWord(ctx: Ctx, T: Trigger): string {
  return ctx.s.tokens[T.tok0]!.norm.slice(T.clitics.length);
}

/** A sentence's cues by first token and by kind (each span once per kind, in sentence order). */
export function cueIndex(s: Sentence): { cueAt: Map<number, CueSpan>; byKind: Map<CueKind, CueSpan[]> } {
  const cueAt = new Map<number, CueSpan>();
  const byKind = new Map<CueKind, CueSpan[]>();
  for (const c of s.cues) {
    cueAt.set(c.tok0, c);
    for (const x of c.cues) {
      // (`ولا سيما`, "especially", opens a list of members: its `لا` negates nothing; np32)
      if (x.kind === 'negation' && s.tokens[c.tok1]?.norm === 'سيما') continue;
      // (`لا يزال`, `ولا تزال`, `ما زال`: "still", no negation; np33)
      if (x.kind === 'negation' && c.tok1 === c.tok0 + 1 && /^و?(لا|ما)$/.test(s.tokens[c.tok0]!.norm) && /^(يزال|تزال|يزالون|تزالان|يزالان|زال|زالت|زالوا|نزال)$/.test(s.tokens[c.tok1]?.norm ?? '')) continue;
      let l = byKind.get(x.kind);
      if (!l) byKind.set(x.kind, (l = []));
      if (nth(l, l.length - 1) !== c) l.push(c);
    }
  }
  return { cueAt, byKind };
}

/** A cue span read as a trigger of `pattern`. */
export function cueTrigger(c: { tok0: number; tok1: number; start: number; end: number }, pattern: Pattern): Trigger {
  return { tok0: c.tok0, tok1: c.tok1, start: c.start, end: c.end, patterns: [pattern], clitics: '', suffix: false };
}

/**
 * Pre-tests of the per-sentence frames that look at every token for a word of one list: a token's memberships as bits,
 * looked up once per distinct normalised word and lexicon (wordBits), and their union over the sentence, once per
 * sentence (sentenceWords). A frame whose bits the sentence lacks has no word to start from and returns at once; one
 * whose bits it has runs its own test as before (a bit says "maybe": the frame still asks the language and the word).
 */
/** cues.csv `custody`, the word itself (presence.ts isCustody). */
export const W_CUSTODY = 1;
/** cues.csv `custody` after a proclitic (`[وف]?[بل]?`), the word starting with one of و ف ب ل (isCustody's Arabic reading). */
export const W_CUSTODY_CLITIC = 2;
/** A head of lexicon `orgHeads`, the word itself (discourse.ts orgHeadAnaphors). */
export const W_ORG_HEAD = 4;
/** A head of lexicon `orgHeads` after a conjunction و ف before its article (`والاتحاد`). */
export const W_ORG_HEAD_CLITIC = 8;
/** cues.csv `own_territory` (discourse.ts ownTerritoryAnaphors). */
export const W_OWN_TERRITORY = 16;
/** A word ending in احتلال, or "occupation" (presence.ts occupationPresence). */
export const W_OCCUPATION = 32;
/** PERSON_HEAD (discourse.ts descriptorAnaphors). */
export const W_PERSON_HEAD = 64;
/** AGAINST, "against" or `ضد` (launchedop.ts launchedOperations' opening test; speed48). */
export const W_AGAINST = 128;
/** `دعما`, `ودعما`, "support" (supportpurpose.ts supportPurpose's words; speed48). */
export const W_SUPPORT_PURPOSE = 256;
/** A word with "thank" in it (frames.ts thanks: its sentence's text has "thank"; speed48). */
export const W_THANK = 512;
/** "backed", "supported", "sponsored" (frames.ts backedInName's word after the hyphen; speed48). */
export const W_BACKED_EN = 1024;
/** "held", "controlled", "dominated", "run", "control" (presence.ts controlPresence's words; speed48). */
export const W_CONTROL_EN = 2048;
/** A word ending in مناطق or منطقه (presence.ts controlPresenceAr's areas; speed48). */
export const W_AREAS_AR = 4096;
/** "occupied", `تحتله`, `تحتلها` (presence.ts occupiedAt's words; speed48). */
export const W_OCCUPIED = 8192;
/** "it", `عليها`, `عليه` (placepronoun.ts capturedPlacePronouns' pronouns; speed48). */
export const W_PLACE_PRONOUN = 16384;
/** "which", "whom", `معها`, `معه` (hostrelative.ts withRelative's relative; speed48). */
export const W_WITH_RELATIVE = 65536;
/** `الذي`, `التي` (presence.ts controlPresenceAr's relative before the control verb; speed48). */
export const W_AR_WHICH = 131072;
/** `علي` (على normalised: with W_AGAINST, AGAINST_OR_ON; missionagainst.ts; speed48). */
export const W_ALA_AR = 262144;
/** A word with مناور, تدريب, تمارين or تمرين in it (index.ts sentenceFrames: drillsPresence's test of the Arabic sentence's text; speed48). */
export const W_DRILL_AR = 32768;

/** A person's head noun before a demonym: "الوزير الإيراني", "المبعوث الروسي", "ضيفه التركي" is a descriptor of a person (discourse.ts). */
export const PERSON_HEAD = /^[وف]?(ال)?(وزير|رييس|مبعوث|زعيم|ضيف|مسؤول|مسوول|دبلوماسي)$/; // (normalised: ؤ is و, ئ is ي)

const wordBitsCache = new WeakMap<Lexicon, Map<string, number>>();
/** The word bits (W_…) of a normalised word. */
export function wordBits(lex: Lexicon, norm: string): number {
  let cache = wordBitsCache.get(lex);
  if (!cache) wordBitsCache.set(lex, (cache = new Map()));
  let bits = cache.get(norm);
  if (bits !== undefined) return bits;
  bits = 0;
  const custody = cueWords(lex, 'custody');
  if (custody.has(norm)) bits |= W_CUSTODY;
  if (/^[وفبل]/.test(norm) && custody.has(norm.replace(/^[وف]?[بل]?/, ''))) bits |= W_CUSTODY_CLITIC;
  if (lex.orgHeads.has(norm)) bits |= W_ORG_HEAD;
  const c0 = norm.charCodeAt(0);
  if ((c0 === 0x648 || c0 === 0x641) && norm.startsWith('ال', 1) && lex.orgHeads.has(norm.slice(1))) bits |= W_ORG_HEAD_CLITIC;
  if (cueWords(lex, 'own_territory').has(norm)) bits |= W_OWN_TERRITORY;
  if (norm.endsWith('احتلال') || norm === 'occupation') bits |= W_OCCUPATION;
  if (PERSON_HEAD.test(norm)) bits |= W_PERSON_HEAD;
  if (AGAINST.test(norm)) bits |= W_AGAINST;
  if (norm === 'دعما' || norm === 'ودعما' || norm === 'support') bits |= W_SUPPORT_PURPOSE;
  if (norm.includes('thank')) bits |= W_THANK;
  if (norm === 'backed' || norm === 'supported' || norm === 'sponsored') bits |= W_BACKED_EN;
  if (norm === 'held' || norm === 'controlled' || norm === 'dominated' || norm === 'run' || norm === 'control') bits |= W_CONTROL_EN;
  if (norm.endsWith('مناطق') || norm.endsWith('منطقه')) bits |= W_AREAS_AR;
  if (norm === 'occupied' || norm === 'تحتله' || norm === 'تحتلها') bits |= W_OCCUPIED;
  if (norm === 'it' || norm === 'عليها' || norm === 'عليه') bits |= W_PLACE_PRONOUN;
  if (norm === 'which' || norm === 'whom' || norm === 'معها' || norm === 'معه') bits |= W_WITH_RELATIVE;
  if (norm === 'الذي' || norm === 'التي') bits |= W_AR_WHICH;
  if (norm === 'علي') bits |= W_ALA_AR;
  if (norm.includes('مناور') || norm.includes('تدريب') || norm.includes('تمارين') || norm.includes('تمرين')) bits |= W_DRILL_AR;
  cache.set(norm, bits);
  return bits;
}

/** wordBits of a token's norm, kept on its Form (one field read instead of a Map lookup per token). */
export function tokenWordBits(lex: Lexicon, t: Token): number {
  const f = t.form;
  if (f.wordsLex === lex) return f.words;
  const bits = wordBits(lex, f.norm);
  f.wordsLex = lex;
  f.words = bits;
  return bits;
}

/** The union of the word bits of the sentence's tokens (its tokens are the same whatever mentions ctx.s is given). */
export function sentenceWords(ctx: Ctx): number {
  if (ctx.words === undefined) {
    let bits = 0;
    for (const t of ctx.s.tokens) bits |= tokenWordBits(ctx.lex, t);
    ctx.words = bits;
  }
  return ctx.words;
}

/**
 * The kinds of trigger a sentence holds, one bit each (TK_…; triggerKinds): the trigger tests that open the readers
 * sentenceFrames calls for every sentence, asked once per sentence for its call-site guards (relations/index.ts
 * readerGates; speed48). …0 is a trigger's first pattern, the others any of its patterns.
 */
/** A first pattern `sanctioned` (sanctionowners.ts demonymSanctions). */
export const TK_SANCTIONED0 = 1;
/** A `sanctioned` noun pattern (sanctionowned.ts ownedSanctions, sanctionowners.ts targetedSanctions). */
export const TK_SANCTIONED_NOUN = 2;
/** A first pattern `withdrew_from` noun (precondition.ts withdrawalPrecondition). */
export const TK_WITHDREW_NOUN0 = 4;
/** A first pattern `supported` verb (appositionpatron.ts). */
export const TK_SUPPORTED_VERB0 = 8;
/** A `hosted` verb pattern (hostedtroops.ts, hostedlisted.ts). */
export const TK_HOSTED_VERB = 16;
/** A first pattern `deployed_in` verb (presence.ts controlPresenceAr, lists.ts includedHolders). */
export const TK_DEPLOYED_VERB0 = 64;
/** A `deployed_in` passive pattern (passivecontrol.ts). */
export const TK_DEPLOYED_PASSIVE = 128;
/** An `attacked` active verb pattern (clearfoe.ts). */
export const TK_ATTACKED_VERB_ACTIVE = 256;
/** An `accused` active verb pattern (blameobjrel.ts). */
export const TK_ACCUSED_VERB_ACTIVE = 512;
/** A first pattern verb of `accused`, `urged` or `threatened` (speakerverb.ts STANCE). */
export const TK_STANCE_VERB0 = 1024;
/** A first pattern verb of `met`, `reconciled_with`, `agreed_with` or `coordinated_with` (hostrelative.ts WITH_RELATIONS). */
export const TK_WITH_VERB0 = 2048;

/** The TK_… bits of a sentence's triggers, in one pass. */
export function triggerKinds(triggers: readonly Trigger[]): number {
  let bits = 0;
  for (const x of triggers) {
    const p0 = x.patterns[0]!;
    const r0 = p0.relation;
    const verb0 = p0.pos === 'verb';
    if (r0 === 'sanctioned') bits |= TK_SANCTIONED0;
    else if (r0 === 'withdrew_from' && p0.pos === 'noun') bits |= TK_WITHDREW_NOUN0;
    else if (r0 === 'supported' && verb0) bits |= TK_SUPPORTED_VERB0;
    else if (r0 === 'deployed_in' && verb0) bits |= TK_DEPLOYED_VERB0;
    if (verb0 && (r0 === 'accused' || r0 === 'urged' || r0 === 'threatened')) bits |= TK_STANCE_VERB0;
    if (verb0 && (r0 === 'met' || r0 === 'reconciled_with' || r0 === 'agreed_with' || r0 === 'coordinated_with')) bits |= TK_WITH_VERB0;
    for (const q of x.patterns) {
      const r = q.relation;
      if (r === 'sanctioned' && q.pos === 'noun') bits |= TK_SANCTIONED_NOUN;
      else if (r === 'hosted' && q.pos === 'verb') bits |= TK_HOSTED_VERB;
      else if (r === 'deployed_in' && q.voice === 'passive') bits |= TK_DEPLOYED_PASSIVE;
      else if (r === 'attacked' && q.pos === 'verb' && q.voice === 'active') bits |= TK_ATTACKED_VERB_ACTIVE;
      else if (r === 'accused' && q.pos === 'verb' && q.voice === 'active') bits |= TK_ACCUSED_VERB_ACTIVE;
    }
  }
  return bits;
}

/**
 * The accord noun (cues.csv `accord`) right before token k, or past its `لـ` complement of up to three words with no name
 * and no punctuation (`اتفاق لوقف إطلاق النار أبرمته روسيا وتركيا`); pred38.
 */
export function accordBefore(ctx: Ctx, k: number): boolean {
  if (k < 1) return false;
  if (hasCue(ctx, k - 1, 'accord')) return true;
  const toks = ctx.s.tokens;
  for (let j = k - 1; j >= 1 && k - j <= 3; j--) {
    if (ctx.inMention[j] || !toks[j]!.word) return false;
    if (toks[j]!.norm.startsWith('ل') && hasCue(ctx, j - 1, 'accord')) return true;
  }
  return false;
}

/** Is token k inside one of the sentence's date spans? */
export function inDate(ctx: Ctx, k: number): boolean {
  const t = ctx.s.tokens[k];
  return !!t && ctx.s.dates.some((d) => d.start <= t.start && t.end <= d.end);
}

/**
 * The first token at or after k past a date and its fillers ("on Friday", `مساء أمس الجمعة`, `اليوم الإثنين`): k itself
 * when no date span starts the stretch. A filler word (cues.csv `time_filler`, `temporal_filler`; "on") counts only
 * with a date span in the stretch (calldirection.ts, frames.ts `received`).
 */
export function pastDate(ctx: Ctx, k: number): number {
  if (!ctx.s.dates.length) return k;
  const toks = ctx.s.tokens;
  const fill = cueWords(ctx.lex, ctx.lang === 'ar' ? 'time_filler' : 'temporal_filler');
  let j = k;
  let dated = false;
  for (; j < toks.length && j - k < 6; j++) {
    if (inDate(ctx, j)) dated = true;
    else if (!(toks[j]!.word && (fill.has(toks[j]!.norm) || toks[j]!.norm === 'on'))) break;
  }
  return dated ? j : k;
}

/** `[...xs].reverse().find(f)` without the copy: the last element that f accepts, f asked from the last element back. */
export function lastWhere<T>(xs: readonly T[], f: (x: T) => unknown): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return xs[i];
  return undefined;
}
