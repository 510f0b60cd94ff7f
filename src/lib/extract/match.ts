/**
 * One left-to-right pass of a trie over a sentence's tokens: at each word, the longest
 * lexicon phrase that starts there (reading the first word with or without its proclitics,
 * later words with or without the article), then on after it.
 */
import { canonicalKey, normaliseWithMap, tokenVariants, arabicVariants, type Token } from './normalise.ts';
import type { TrieNode } from './trie.ts';

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
}

/** Is this token skipped inside a phrase (hyphens: al-Assad = al Assad)? */
function isJoiner(t: Token): boolean {
  return t.text === '-' || t.text === '‐' || t.text === '.' || t.text === "'" || t.text === '’';
}

/** Source offset of normalised char `i` of a token. */
export function tokenOffset(t: Token, i: number): number {
  if (i <= 0) return t.start;
  const { map } = normaliseWithMap(t.text);
  const k = map[i];
  return k === undefined ? t.end : t.start + k;
}

export function matchTokens<T>(tokens: Token[], trie: TrieNode<T>, opts: MatchOptions = {}): Match<T>[] {
  const out: Match<T>[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t0 = tokens[i]!;
    if (!t0.word) {
      i++;
      continue;
    }
    let best: { tok1: number; values: T[]; pre: number; clitics: string; suffix: boolean } | undefined;
    for (const v of tokenVariants(t0, opts.suffixes)) {
      let node = trie.next.get(v.key);
      let j = i + 1;
      let suffix = v.suf > 0;
      while (node) {
        if (node.out && (!best || j > best.tok1 || (j === best.tok1 && v.pre < best.pre))) {
          best = { tok1: j, values: node.out, pre: v.pre, clitics: v.clitics, suffix };
          if (opts.all) out.push({ tok0: i, tok1: j, start: tokenOffset(t0, v.pre), end: tokens[j - 1]!.end, values: node.out, clitics: v.clitics, suffix });
        }
        if (node.next.size === 0) break;
        let k = j;
        while (k < n && isJoiner(tokens[k]!)) k++;
        const tk = tokens[k];
        if (!tk || !tk.word) break;
        let nx = node.next.get(tk.arabic ? canonicalKey(tk.norm, true) : tk.norm);
        if (!nx && tk.arabic && opts.suffixes && !/ة[\u064B-\u0652]*$/.test(tk.text)) {
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
    if (best && !opts.all) {
      out.push({ tok0: i, tok1: best.tok1, start: tokenOffset(t0, best.pre), end: tokens[best.tok1 - 1]!.end, values: best.values, clitics: best.clitics, suffix: best.suffix });
      i = best.tok1;
    } else i++;
  }
  return out;
}
