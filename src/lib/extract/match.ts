/**
 * One left-to-right pass of a trie over a sentence's tokens: at each word, the longest
 * lexicon phrase that starts there (reading the first word with or without its proclitics,
 * later words with or without the article), then on after it.
 */
import { normaliseWithMap, tokenVariants, arabicVariants, type Token, type Variant } from './normalise.ts';
import { trieLeaf, trieStep, type TrieNode } from './trie.ts';

interface Step<T> {
  v: Variant;
  node: TrieNode<T>;
}

/**
 * The readings of a token that start a phrase of `trie`, each with the node it leads to. Cached on
 * the token's Form (shared by every token of the same text), one trie per reading mode, checked
 * against the trie's version: most words start no phrase, and this replaces one Map lookup per
 * reading (the hot spot of matching) by a field read.
 */
function firstSteps<T>(t: Token, trie: TrieNode<T>, suffixes: boolean): Step<T>[] {
  const f = t.form;
  if (suffixes ? f.trie1 === trie && f.version1 === trie.version : f.trie0 === trie && f.version0 === trie.version) return (suffixes ? f.steps1 : f.steps0) as Step<T>[];
  const steps: Step<T>[] = [];
  for (const v of tokenVariants(t, suffixes)) {
    const node = trie.next.get(v.key);
    if (node) steps.push({ v, node });
  }
  if (suffixes) {
    f.trie1 = trie;
    f.version1 = trie.version;
    f.steps1 = steps;
  } else {
    f.trie0 = trie;
    f.version0 = trie.version;
    f.steps0 = steps;
  }
  return steps;
}

export interface Match<T> {
  /** Token range [tok0, tok1). */
  tok0: number;
  tok1: number;
  /** Offsets into the source text (proclitics excluded). */
  start: number;
  end: number;
  values: T[];
  /** Proclitics stripped from the first token ('' when none), e.g. 'و', 'ب', 'وس'. */
  clitics: string;
  /** A suffix pronoun was stripped (مبعوثه, استقبله). */
  suffix: boolean;
}

export interface MatchOptions {
  /** Also read words without a suffix pronoun (مبعوثه → مبعوث). */
  suffixes?: boolean;
  /** Report every match, overlapping ones included (default: longest, non-overlapping). */
  all?: boolean;
  /**
   * Adverbs passed over inside a phrase right after an auxiliary (keys, `tk.form.key`): "was still fighting" matches "was
   * fighting" (slot35). Only tried when the adverb itself continues no phrase.
   */
  adverbs?: ReadonlySet<string>;
  /** The auxiliaries such an adverb may follow (keys). */
  auxiliaries?: ReadonlySet<string>;
}

/** Is this token skipped inside a phrase (hyphens: al-Assad = al Assad; a quote opened or closed inside a phrase: would "pay a heavy price")? */
function isJoiner(t: Token): boolean {
  return t.text === '-' || t.text === '‐' || t.text === '.' || t.text === "'" || t.text === '’' || t.text === '"' || t.text === '“' || t.text === '”';
}

/** Source offset of normalised char `i` of a token. */
export function tokenOffset(t: Token, i: number): number {
  if (i <= 0) return t.start;
  const map = (t.form.map ??= normaliseWithMap(t.text).map);
  const k = map[i];
  return k === undefined ? t.end : t.start + k;
}

const NO_VALUES: never[] = [];

export function matchTokens<T>(tokens: Token[], trie: TrieNode<T>, opts: MatchOptions = {}): Match<T>[] {
  const out: Match<T>[] = [];
  const n = tokens.length;
  const suffixes = !!opts.suffixes;
  const all = !!opts.all;
  let i = 0;
  while (i < n) {
    const t0 = tokens[i]!;
    if (!t0.word) {
      i++;
      continue;
    }
    // the longest match so far (bestTok1 < 0: none), in scalars rather than an object made at each better one
    let bestTok1 = -1;
    let bestValues: T[] = NO_VALUES as T[];
    let bestPre = 0;
    let bestClitics = '';
    let bestSuffix = false;
    const steps = firstSteps(t0, trie, suffixes);
    for (let s = 0; s < steps.length; s++) {
      const v = steps[s]!.v;
      let node: TrieNode<T> | undefined = steps[s]!.node;
      let j = i + 1;
      let suffix = v.suf > 0;
      while (node) {
        if (node.out && (bestTok1 < 0 || j > bestTok1 || (j === bestTok1 && v.pre < bestPre))) {
          bestTok1 = j;
          bestValues = node.out;
          bestPre = v.pre;
          bestClitics = v.clitics;
          bestSuffix = suffix;
          if (all) out.push({ tok0: i, tok1: j, start: tokenOffset(t0, v.pre), end: tokens[j - 1]!.end, values: node.out, clitics: v.clitics, suffix });
        }
        if (trieLeaf(node)) break;
        let k = j;
        while (k < n && isJoiner(tokens[k]!)) k++;
        const tk = tokens[k];
        if (!tk || !tk.word) break;
        const key = tk.form.key;
        let nx: TrieNode<T> | undefined = trieStep(node, key);
        // ("was still fighting": an adverb after the auxiliary the phrase has matched; slot35)
        if (!nx && opts.adverbs?.has(key) && opts.auxiliaries?.has(tokens[k - 1]?.form.key ?? '') && tokens[k + 1]?.word) {
          const ak = tokens[k + 1]!.form.key;
          const ax: TrieNode<T> | undefined = trieStep(node, ak);
          if (ax) {
            node = ax;
            j = k + 2;
            continue;
          }
        }
        if (!nx && tk.arabic && suffixes && !tk.form.taMarbuta) {
          for (const w of arabicVariants(tk.norm, true)) {
            if (w.pre > 0) continue;
            nx = node.next.get(w.key);
            if (nx) {
              suffix = w.suf > 0;
              break;
            }
          }
        }
        node = nx;
        j = k + 1;
      }
    }
    if (bestTok1 >= 0 && !all) {
      out.push({ tok0: i, tok1: bestTok1, start: tokenOffset(t0, bestPre), end: tokens[bestTok1 - 1]!.end, values: bestValues, clitics: bestClitics, suffix: bestSuffix });
      i = bestTok1;
    } else i++;
  }
  return out;
}

/**
 * What one category (lexicon table) of a combined trie holds at a node: the `out` list of that
 * category's own trie at the same phrase (shared, not copied), so a match hands it on as is.
 */
export interface Tagged<T> {
  cat: number;
  values: T[];
}

/**
 * One pass of a combined trie (names, cues and titles together): for each category, the same
 * result as matchTokens on that category's own trie (longest match, non-overlapping), in a
 * single walk over the tokens.
 */
// matchCategories' per-category state, reused from call to call (it runs for every sentence)
const cursor: number[] = [];
const bestTok1: number[] = [];
const bestPre: number[] = [];
const bestValues: unknown[][] = [];
const bestClitics: string[] = [];

export function matchCategories<T>(tokens: Token[], trie: TrieNode<Tagged<T>>, ncat: number): Match<T>[][] {
  const out: Match<T>[][] = [];
  for (let c = 0; c < ncat; c++) {
    out.push([]);
    cursor[c] = 0;
  }
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t0 = tokens[i]!;
    if (!t0.word) continue;
    // (about half the words start no phrase: skip the per-category bookkeeping for them)
    const steps = firstSteps(t0, trie, false);
    if (steps.length === 0) continue;
    let open = false;
    for (let c = 0; c < ncat; c++) {
      bestTok1[c] = -1;
      if (cursor[c]! <= i) open = true;
    }
    if (!open) continue;
    for (let s = 0; s < steps.length; s++) {
      const { v, node: first } = steps[s]!;
      let node: TrieNode<Tagged<T>> | undefined = first;
      let j = i + 1;
      while (node) {
        const outs = node.out;
        if (outs) {
          for (let o = 0; o < outs.length; o++) {
            const tv = outs[o]!;
            const c = tv.cat;
            if (cursor[c]! > i) continue;
            if (j > bestTok1[c]! || (j === bestTok1[c] && v.pre < bestPre[c]!)) {
              bestTok1[c] = j;
              bestPre[c] = v.pre;
              bestValues[c] = tv.values;
              bestClitics[c] = v.clitics;
            }
          }
        }
        if (trieLeaf(node)) break;
        let k = j;
        while (k < n && isJoiner(tokens[k]!)) k++;
        const tk = tokens[k];
        if (!tk || !tk.word) break;
        const key = tk.form.key;
        node = trieStep(node, key);
        j = k + 1;
      }
    }
    for (let c = 0; c < ncat; c++) {
      const j = bestTok1[c]!;
      if (j < 0) continue;
      out[c]!.push({ tok0: i, tok1: j, start: tokenOffset(t0, bestPre[c]!), end: tokens[j - 1]!.end, values: bestValues[c] as T[], clitics: bestClitics[c]!, suffix: false });
      cursor[c] = j;
    }
  }
  return out;
}
