/**
 * A trie over normalised word keys: the whole lexicon is matched in one left-to-right pass
 * per sentence (longest match at each position), not by a loop of regexes.
 */

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  out: T[] | undefined;
  /** Insertions made through this node as root (cached first steps into the trie check it, see match.ts). */
  version: number;
  /**
   * The key and node of the only child, when the node has exactly one (else undefined): most inner nodes of the
   * lexicon's tries have one child, and the walk over a sentence compares the next word's key with it (a pointer
   * test for interned keys) instead of a Map lookup (branch speed35).
   */
  onlyKey: string | undefined;
  only: TrieNode<T> | undefined;
}

/**
 * The `next` of every node without children: one shared empty Map, never added to (trieInsert gives a
 * node its own Map with its first child). Most nodes of the lexicon's tries are leaves, and a Map each
 * was a large part of what loading the lexicon allocated.
 */
const LEAF = new Map<string, never>();

export function createTrie<T>(): TrieNode<T> {
  return { next: LEAF, out: undefined, version: 0, onlyKey: undefined, only: undefined };
}

export function trieInsert<T>(root: TrieNode<T>, keys: string[], value: T): void {
  if (keys.length === 0) return;
  root.version++;
  let node = root;
  for (const k of keys) node = trieChild(node, k);
  (node.out ??= []).push(value);
}

/** Has the node no child? (its `next` is the shared LEAF: a pointer test, where `next.size` reads the Map) */
export function trieLeaf<T>(node: TrieNode<T>): boolean {
  return node.next === LEAF;
}

/** The child of `node` under `key`, if any: the only child's key is compared first (a pointer test for interned keys), else the Map. */
export function trieStep<T>(node: TrieNode<T>, key: string): TrieNode<T> | undefined {
  return node.onlyKey === undefined ? node.next.get(key) : node.onlyKey === key ? node.only : undefined;
}

/** The child of `node` under `key`, made if there is none. */
export function trieChild<T>(node: TrieNode<T>, key: string): TrieNode<T> {
  let n = node.next.get(key);
  if (!n) {
    n = createTrie<T>();
    if (node.next === LEAF) node.next = new Map();
    node.next.set(key, n);
    const one = node.next.size === 1;
    node.onlyKey = one ? key : undefined;
    node.only = one ? n : undefined;
  }
  return n;
}
