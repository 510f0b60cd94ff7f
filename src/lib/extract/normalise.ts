/**
 * Normalisation and tokenisation. Nothing here modifies the source text: every token keeps
 * `start`/`end` offsets into it, and `norm` is a derived key used for matching only.
 *
 * Arabic: diacritics and tatweel removed; أ إ آ ٱ → ا; ة → ه; ى → ي; ؤ → و; ئ → ي;
 * Eastern Arabic and Persian digits → ASCII. Latin: lower-cased, accents removed,
 * possessive 's dropped, curly apostrophes unified.
 */

export interface Token {
  /** Offsets into the source text. */
  start: number;
  end: number;
  /** Surface form (`source.slice(start, end)`). */
  text: string;
  /** Normalised key. */
  norm: string;
  /** true for words and numbers, false for punctuation. */
  word: boolean;
  /** true when the word is mostly Arabic script. */
  arabic: boolean;
  /** Latin word starting with an upper-case letter. */
  cap: boolean;
  /** What every token of this surface form shares (see tokenise). */
  form: Form;
}

/**
 * A surface form: what tokenise derives from a token's text, computed once per distinct text and
 * shared by all its tokens (words repeat a lot; these derivations and the Map lookups behind them
 * were a large part of extraction time).
 */
export interface Form {
  /** The text of the tokens of this form, and its length. */
  text: string;
  len: number;
  norm: string;
  word: boolean;
  arabic: boolean;
  cap: boolean;
  /** canonicalKey(norm, arabic): the key of a later word of a lexicon phrase. */
  key: string;
  /** Ends in ة (with diacritics after it): no suffix pronoun reading (تابعة is not تابع + ه). */
  taMarbuta: boolean;
  // Filled when first asked for (declared up front so that every Form has one shape):
  /** Readings without and with suffix pronouns (see tokenVariants). */
  v0: Variant[] | undefined;
  v1: Variant[] | undefined;
  /** Offset map of the text (see tokenOffset in match.ts). */
  map: number[] | undefined;
  /**
   * First steps into the trie last matched without (0) and with (1) suffix readings, at that
   * trie's version (see firstSteps in match.ts). Fields of the Form itself: the cache is read
   * for every word of every sentence, and each extra object on the way costs a memory access.
   */
  trie0: object | undefined;
  version0: number;
  steps0: FirstStep[];
  trie1: object | undefined;
  version1: number;
  steps1: FirstStep[];
  /** Date words of the form as feature bits, -1 until first asked for (see wordFeatures in dates.ts). */
  dates: number;
  /** Word bits of the form for lexicon `wordsLex` (see tokenWordBits in relations/ctx.ts). */
  wordsLex: object | undefined;
  words: number;
  /**
   * The word-list cue kinds of the form's norm, and of it without a leading و/ف, as bit sets (one bit a kind, empty when
   * none), for lexicon `cuesLex` (see formCueBits in relations/ctx.ts).
   */
  cuesLex: object | undefined;
  cues: Uint32Array;
  cliticCues: Uint32Array;
  /** The same past any proclitics the matcher reads off (arabicVariants: و ف, then ب ل ك س; bugs42a). */
  procliticCues: Uint32Array;
}

/** A reading of a form that starts a phrase of a trie, and the trie node it leads to. */
export interface FirstStep {
  v: Variant;
  node: unknown;
}

const NO_STEPS: FirstStep[] = [];

/** Normalise one character of Arabic or Latin script to its matching form ('' to drop it). */
export function normaliseChar(ch: string): string {
  const c = ch.charCodeAt(0);
  // fast paths: ASCII, and Arabic letters that stay as they are
  if (c < 0x80) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  if (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640
  )
    return '';
  switch (ch) {
    case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
    case 'ة': return 'ه';
    case 'ى': return 'ي';
    case 'ؤ': return 'و';
    case 'ئ': return 'ي';
    case 'ی': return 'ي';
    case 'ک': return 'ك';
    case '’': case '‘': case 'ʼ': case '`': return "'";
  }
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code < 0x80) return ch.toLowerCase();
  if (code >= 0x0600 && code <= 0x06ff) return ch;
  // Latin with accents: decompose and drop combining marks.
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Normalised string with, for each normalised char, the index of the source char it came from. */
export interface Normalised {
  norm: string;
  map: number[];
}

export function normaliseWithMap(text: string): Normalised {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const n = normaliseChar(text[i]!);
    for (let k = 0; k < n.length; k++) {
      norm += n[k];
      map.push(i);
    }
  }
  return { norm, map };
}

const cache = new Map<string, string>();
/** Normalise a string (cached: words repeat a lot). */
export function normalise(text: string): string {
  let n = cache.get(text);
  if (n === undefined) {
    // Latin acronyms keep their case: US is not "us", IS is not "is".
    if (/^[A-Z]{1,5}$/.test(text)) {
      cache.set(text, text);
      return text;
    }
    // (and so does their possessive: "the KDPI's headquarters", "the SDF’s fighters" are KDPI and SDF)
    const acronym = /^([A-Z]{2,5})['’]s$/.exec(text);
    if (acronym) {
      cache.set(text, acronym[1]!);
      return acronym[1]!;
    }
    n = '';
    for (let i = 0; i < text.length; i++) n += normaliseChar(text[i]!);
    if (n.endsWith("'s")) n = n.slice(0, -2);
    else if (n.endsWith("s'")) n = n.slice(0, -1);
    if (cache.size > 200_000) cache.clear();
    cache.set(text, n);
  }
  return n;
}

const ARABIC_RE = /[\u0600-\u06FF]/;

/**
 * The engine's canonical copy of a string (V8 "internalizes" property names). The rules compare
 * token texts and lexicon fields with literals (t.text === ',', m.kind === 'country', x.kind ===
 * 'speech') millions of times; when both sides are canonical copies such a test is one pointer
 * comparison, otherwise the engine compares lengths and characters. Strings sliced from an article
 * or a CSV file are not canonical: the lexicon's fields and the texts of token forms are passed
 * through this once (numbers-like keys such as "2023" stay as they are).
 */
export function intern(s: string): string {
  // (an object without prototype is a dictionary: a plain {} would get a hidden class per key
  // interned, thousands of them, and the loop below would see a new one at each call)
  const o: Record<string, 0> = Object.create(null);
  o[s] = 0;
  for (const k in o) return k;
  return s;
}

// Character classes of the tokeniser (Unicode properties, as in a /u regex), by UTF-16 code unit,
// each looked up by regex once and then read from the table.
const L = 1; // \p{L}
const LMN = 2; // \p{L}, \p{M} or \p{N}
const SPACE = 4; // \s
const KNOWN = 8;
const classes = new Uint8Array(0x10000);
function classOfPoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (/[\p{L}]/u.test(ch) ? L : 0) | (/[\p{L}\p{M}\p{N}]/u.test(ch) ? LMN : 0) | (/\s/.test(ch) ? SPACE : 0);
}
function classOf(c: number): number {
  const k = classes[c]!;
  return k !== 0 ? k : (classes[c] = classOfPoint(c));
}

// Forms by token text: an open-addressing table keyed by a hash computed while scanning, so a
// token's text is compared in place and sliced out only the first time it is seen (a Map keyed
// by the sliced string hashed every token anew). The table starts small and doubles (it is read
// for every token: a compact one stays in cache); the hashes sit beside it, checked first.
const MAX_SLOTS = 1 << 20;
let mask = (1 << 12) - 1;
let slots: (Form | undefined)[] = emptySlots(mask + 1);
let hashes = new Int32Array(mask + 1);
let filled = 0;

/** An array of n empty slots, built by push (new Array(n) can be a slow dictionary array). */
function emptySlots(n: number): (Form | undefined)[] {
  const a: (Form | undefined)[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

const slotOf = (h: number) => (h ^ (h >>> 15)) & mask;

function place(f: Form, h: number): void {
  let i = slotOf(h);
  while (slots[i]) i = (i + 1) & mask;
  slots[i] = f;
  hashes[i] = h;
}

/** Make room for one more form: double the table, or empty it when it is at its largest. */
function grow(): void {
  const old = slots;
  const oldHashes = hashes;
  const size = Math.min((mask + 1) * 2, MAX_SLOTS);
  const keep = size > mask + 1;
  mask = size - 1;
  slots = emptySlots(size);
  hashes = new Int32Array(size);
  if (!keep) {
    filled = 1; // the form about to be placed
    return;
  }
  for (let i = 0; i < old.length; i++) if (old[i]) place(old[i]!, oldHashes[i]!);
}

const NO_CUES = new Uint32Array(0);

function newForm(t: string): Form {
  // a match longer than one char, or one letter/digit, is a word; single other chars are punctuation
  const word = t.length > 1 ? !/^['’]/.test(t) : /[\p{L}\p{N}]/u.test(t);
  const c0 = t[0]!;
  const code = c0.charCodeAt(0);
  const arabic = (code >= 0x0600 && code <= 0x06ff) || (t.length > 1 && ARABIC_RE.test(t));
  const norm = intern(normalise(t));
  return { text: intern(t), len: t.length, norm, word, arabic, cap: !arabic && c0 !== c0.toLowerCase(), key: intern(canonicalKey(norm, arabic)), taMarbuta: /ة[\u064B-\u0652]*$/.test(t), v0: undefined, v1: undefined, map: undefined,
    trie0: undefined, version0: 0, steps0: NO_STEPS, trie1: undefined, version1: 0, steps1: NO_STEPS, dates: -1, wordsLex: undefined, words: 0,
    cuesLex: undefined, cues: NO_CUES, cliticCues: NO_CUES, procliticCues: NO_CUES };
}

/** The Form of text[a, b), whose hash is h. */
function formAt(text: string, a: number, b: number, h: number): Form {
  const len = b - a;
  for (let i = slotOf(h), f = slots[i]; f; f = slots[(i = (i + 1) & mask)]) {
    if (hashes[i] !== h) continue;
    if (f.len !== len) continue;
    const t = f.text;
    let k = 0;
    while (k < len && t.charCodeAt(k) === text.charCodeAt(a + k)) k++;
    if (k === len) return f;
  }
  if (++filled > (mask + 1) >> 1) grow();
  // (newForm interns the text: a copy, not a view into the whole article that the table would keep alive)
  const f = newForm(text.slice(a, b));
  place(f, h);
  return f;
}

/** An ASCII or Arabic-Indic digit. */
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669);
}

/** Exactly three digits at `i` and no digit after them ("3,500", not "2023,2024"): a thousands group. */
function thousands(text: string, i: number, to: number): boolean {
  return i + 2 < to && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !(i + 3 < to && isDigit(text.charCodeAt(i + 3)));
}

/**
 * Split `text` (or `text.slice(from, to)`) into tokens with offsets into `text`: the matches of
 * /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[^\s]/gu (runs of letters, marks and digits, joined by
 * apostrophes before letters; any other char but white space alone), scanned by hand; a point or a
 * comma between digits stays inside the number ("3.7", "3,500").
 *
 * Speed: `text.charCodeAt` is looked up on the string for every char, and V8 caches that lookup for
 * at most four internal kinds of string (flat or sliced, one- or two-byte, interned…); past four it
 * takes a slow generic path. Article texts bring their kinds; phraseKeys interns lexicon phrases
 * so that they bring only the two interned kinds instead of whatever the CSV parser made.
 */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const start = i;
    let h = 0x811c9dc5; // FNV-1a over the token's code units
    let c = text.charCodeAt(i);
    let w = 1;
    let k: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      k = classOfPoint(text.codePointAt(i)!);
      w = 2;
    } else k = classOf(c);
    if (k & SPACE) {
      i += w;
      continue;
    }
    // ("on Feb. 2 with strikes": the point of a month's abbreviation before its day is no token, so no boundary)
    if (c === 0x2e && abbreviatedMonthPoint(text, out, i, to)) {
      i++;
      continue;
    }
    // ("U.S.", "U.N.", "E.U.": single capitals each with its point are one word, the last point included, so that it is
    // no sentence stop between "U.S." and its noun, "U.S. troops", "U.S.-backed"; diagnosis-batch23 §7 fix 4)
    const dotted = k & LMN ? dottedAbbreviationEnd(text, i, to) : -1;
    if (dotted > 0) {
      for (; i < dotted; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
      const f = formAt(text, start, i, h);
      out.push({ start, end: i, text: f.text, norm: f.norm, word: f.word, arabic: f.arabic, cap: f.cap, form: f });
      continue;
    }
    if (k & LMN) {
      // a run of letters, marks and digits, then ' or ’ and letters, any number of times
      let apostrophe = false;
      for (;;) {
        // (c is the code unit at i: hashed as loaded, the low half of a surrogate pair read again)
        h = Math.imul(h ^ c, 16777619);
        if (w === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 16777619);
        i += w;
        if (i >= to) break;
        c = text.charCodeAt(i);
        w = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          k = classOfPoint(text.codePointAt(i)!);
          w = 2;
        } else k = classOf(c);
        if (k & (apostrophe ? L : LMN)) continue;
        // ("3.7 million", "3,500 troops": a point or comma between digits is part of the number, no boundary or list)
        if ((c === 0x2e || c === 0x2c) && !apostrophe && isDigit(text.charCodeAt(i - 1)) && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && (c === 0x2e || thousands(text, i + 1, to))) {
          w = 1;
          continue;
        }
        if (c !== 0x27 && c !== 0x2019) break;
        // an apostrophe joins only when a letter follows it
        const d = i + 1 < to ? text.charCodeAt(i + 1) : -1;
        const dk = d < 0 ? 0 : d >= 0xd800 && d <= 0xdbff && i + 2 < to && (text.charCodeAt(i + 2) & 0xfc00) === 0xdc00 ? classOfPoint(text.codePointAt(i + 1)!) : classOf(d);
        if (!(dk & L)) break;
        apostrophe = true;
      }
    } else {
      for (let n = 0; n < w; n++) h = Math.imul(h ^ text.charCodeAt(i + n), 16777619);
      i += w;
    }
    const f = formAt(text, start, i, h);
    out.push({ start, end: i, text: f.text, norm: f.norm, word: f.word, arabic: f.arabic, cap: f.cap, form: f });
  }
  return out;
}

/** The end of a dotted abbreviation of two or more capitals starting at i ("U.S.", "U.N.", "E.U."), else -1. */
function dottedAbbreviationEnd(text: string, i: number, to: number): number {
  let j = i;
  let n = 0;
  for (let c = text.charCodeAt(j); j + 1 < to && c >= 0x41 && c <= 0x5a && text.charCodeAt(j + 1) === 0x2e; c = text.charCodeAt(j)) {
    j += 2;
    n++;
  }
  if (n < 2) return -1;
  const c = j < to ? text.charCodeAt(j) : -1;
  return c >= 0 && (classOf(c) & LMN) ? -1 : j;
}

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The point at i ends a capitalised month abbreviation written right before it ("Feb.") and a day number follows. */
function abbreviatedMonthPoint(text: string, out: readonly Token[], i: number, to: number): boolean {
  const prev = out[out.length - 1];
  if (!prev || prev.end !== i || !prev.cap || !MONTH_ABBREVIATIONS.has(prev.norm)) return false;
  let j = i + 1;
  if (j >= to || text[j] !== ' ') return false;
  while (j < to && text[j] === ' ') j++;
  return j < to && isDigit(text.charCodeAt(j));
}

/** Tokenise a lexicon phrase into its normalised word keys (hyphens and quotes dropped). */
export function phraseKeys(phrase: string): string[] {
  // (interned: see tokenise's note on the kinds of strings it reads)
  // (a push loop: a .map() result is a holey array once this is optimised, see packed.ts)
  const keys: string[] = [];
  for (const t of tokenise(intern(phrase))) if (t.word) keys.push(canonicalKey(t.norm, t.arabic));
  return keys;
}

/** Canonical key of a normalised word: Arabic loses its article ال (so 'الأسد' and 'أسد' meet). */
export function canonicalKey(norm: string, arabic: boolean): string {
  if (arabic && norm.length > 3 && norm.startsWith('ال')) return norm.slice(2);
  return norm;
}

/** A way to read a token: its key after stripping proclitics, and how many normalised chars were stripped. */
export interface Variant {
  key: string;
  /** Normalised chars of proclitics (و ف ب ل ك س) before the key (the article ال is not counted). */
  pre: number;
  /** Which proclitics were removed (e.g. 'و', 'ب', 'وس'). */
  clitics: string;
  /** Normalised chars of suffix pronoun removed at the end. */
  suf: number;
}

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك', 'س'];
const SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'ه', 'كم', 'نا', 'ي'];

const variantCache = new Map<string, Variant[]>();
const variantCacheSuf = new Map<string, Variant[]>();

/**
 * All readings of an Arabic token: the word itself, and the word without proclitics
 * (conjunction و ف, then ب ل ك or future س, then the article ال, where لل = ل + ال).
 * With `suffixes`, also without a suffix pronoun (مبعوثه → مبعوث).
 */
export function arabicVariants(norm: string, suffixes = false): Variant[] {
  const cache = suffixes ? variantCacheSuf : variantCache;
  const hit = cache.get(norm);
  if (hit) return hit;
  const out: Variant[] = [];
  const seen = new Set<string>();
  const push = (key: string, pre: number, clitics: string, suf: number) => {
    if (key.length < 2) return;
    const k = key + '|' + pre + '|' + suf;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ key, pre, clitics, suf });
  };
  for (const c of CONJ) {
    if (!norm.startsWith(c)) continue;
    for (const p of PREP) {
      const pre = c + p;
      if (!norm.startsWith(pre)) continue;
      const rest = norm.slice(pre.length);
      if (rest.length < 2) continue;
      const stems: string[] = [rest];
      if (p === 'ل' && rest.startsWith('ل') && rest.length > 3) stems.push('ا' + rest); // لل = ل + ال
      for (const stem of stems) {
        const key = canonicalKey(stem, true);
        push(key, pre.length, pre, 0);
        // accusative tanween alef: اجتماعاً → اجتماع
        if (key.length >= 4 && key.endsWith('ا') && !key.endsWith('يا')) push(key.slice(0, -1), pre.length, pre, 0);
        if (suffixes) {
          for (const s of SUFFIXES) {
            if (key.length - s.length >= 3 && key.endsWith(s)) {
              let base = key.slice(0, -s.length);
              push(base, pre.length, pre, s.length);
              // ta marbuta before a suffix is written ت: زيارته → زياره
              if (base.endsWith('ت')) push(base.slice(0, -1) + 'ه', pre.length, pre, s.length);
              // a final hamza before a suffix sits on ي or و: لقائه, لقاؤه → لقاء; اعتدائها → اعتداء
              if (/ا[يو]$/.test(base)) push(base.slice(0, -1) + 'ء', pre.length, pre, s.length);
              if (s === 'ه' || s === 'ها') {
                base = base.endsWith('ا') ? base : base; // keep
              }
            }
          }
        }
      }
    }
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(norm, out);
  return out;
}

/** Readings of a token in either script. Latin tokens have one reading (possessive already dropped). */
export function tokenVariants(t: Token, suffixes = false): Variant[] {
  const f = t.form;
  if (suffixes) {
    // a final ة is no suffix pronoun: تابعة is not تابع + ه
    if (!f.v1) f.v1 = f.arabic ? arabicVariants(f.norm, !f.taMarbuta) : (f.v0 ??= [{ key: f.norm, pre: 0, clitics: '', suf: 0 }]);
    return f.v1;
  }
  if (!f.v0) f.v0 = f.arabic ? arabicVariants(f.norm, false) : [{ key: f.norm, pre: 0, clitics: '', suf: 0 }];
  return f.v0;
}
