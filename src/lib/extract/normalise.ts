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
    n = '';
    for (let i = 0; i < text.length; i++) n += normaliseChar(text[i]!);
    if (n.endsWith("'s")) n = n.slice(0, -2);
    else if (n.endsWith("s'")) n = n.slice(0, -1);
    if (cache.size > 200_000) cache.clear();
    cache.set(text, n);
  }
  return n;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[^\s]/gu;
const ARABIC_RE = /[\u0600-\u06FF]/;

const forms = new Map<string, Form>();

/** The Form of a token's text (cached). */
function formOf(t: string): Form {
  let f = forms.get(t);
  if (f) return f;
  // a match longer than one char, or one letter/digit, is a word; single other chars are punctuation
  const word = t.length > 1 ? !/^['’]/.test(t) : /[\p{L}\p{N}]/u.test(t);
  const c0 = t[0]!;
  const code = c0.charCodeAt(0);
  const arabic = (code >= 0x0600 && code <= 0x06ff) || (t.length > 1 && ARABIC_RE.test(t));
  const norm = normalise(t);
  f = { norm, word, arabic, cap: !arabic && c0 !== c0.toLowerCase(), key: canonicalKey(norm, arabic), taMarbuta: /ة[\u064B-\u0652]*$/.test(t), v0: undefined, v1: undefined, map: undefined,
    trie0: undefined, version0: 0, steps0: NO_STEPS, trie1: undefined, version1: 0, steps1: NO_STEPS };
  if (forms.size > 200_000) forms.clear();
  forms.set(t, f);
  return f;
}

/** Split `text` (or `text.slice(from, to)`) into tokens with offsets into `text`. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    const t = m[0];
    const f = formOf(t);
    const start = from + m.index;
    out.push({ start, end: start + t.length, text: t, norm: f.norm, word: f.word, arabic: f.arabic, cap: f.cap, form: f });
  }
  return out;
}

/** Tokenise a lexicon phrase into its normalised word keys (hyphens and quotes dropped). */
export function phraseKeys(phrase: string): string[] {
  return tokenise(phrase)
    .filter((t) => t.word)
    .map((t) => canonicalKey(t.norm, t.arabic));
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
