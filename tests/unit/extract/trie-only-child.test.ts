// Branch speed35: a trie node with exactly one child keeps that child's key and node (`onlyKey`, `only`), and the
// walks of match.ts compare the next word's key with it instead of a Map lookup. The matches must be those of the Map.
import { describe, expect, it } from 'vitest';
import { matchCategories, matchTokens, type Tagged } from '../../../src/lib/extract/match.ts';
import { phraseKeys, tokenise } from '../../../src/lib/extract/normalise.ts';
import { createTrie, trieChild, trieInsert, type TrieNode } from '../../../src/lib/extract/trie.ts';

/** Every node's onlyKey/only agree with its Map: set when it has one child, undefined otherwise. */
function checkOnly<T>(node: TrieNode<T>): void {
  if (node.next.size === 1) {
    const [k, n] = [...node.next][0]!;
    expect(node.onlyKey).toBe(k);
    expect(node.only).toBe(n);
  } else {
    expect(node.onlyKey).toBeUndefined();
    expect(node.only).toBeUndefined();
  }
  for (const child of node.next.values()) checkOnly(child);
}

describe('trie only child', () => {
  it('is set with the first child and cleared with the second', () => {
    const root = createTrie<string>();
    const a = trieChild(root, 'a');
    expect(root.onlyKey).toBe('a');
    expect(root.only).toBe(a);
    expect(trieChild(root, 'a')).toBe(a);
    expect(root.onlyKey).toBe('a');
    trieChild(root, 'b');
    expect(root.onlyKey).toBeUndefined();
    expect(root.only).toBeUndefined();
    checkOnly(root);
  });

  it('agrees with the Map after insertions of shared and branching phrases', () => {
    const root = createTrie<string>();
    for (const p of ['Islamic State', 'Islamic Revolutionary Guard Corps', 'Islamic Jihad', 'Syrian Democratic Forces', 'Syrian army', 'قوات سوريا الديمقراطية', 'قوات النظام'])
      trieInsert(root, phraseKeys(p), p);
    checkOnly(root);
  });

  it('finds the same longest phrases, one child or many, in both languages', () => {
    const root = createTrie<string>();
    for (const p of ['Islamic State', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guard', 'Syrian Democratic Forces', 'قوات سوريا الديمقراطية', 'قوات النظام'])
      trieInsert(root, phraseKeys(p), p);
    const text = 'The Islamic Revolutionary Guard Corps and the Syrian Democratic Forces met; Islamic State fled. هاجمت قوات سوريا الديمقراطية قوات النظام';
    const found = matchTokens(tokenise(text), root).map((m) => m.values[0]);
    expect(found).toEqual(['Islamic Revolutionary Guard Corps', 'Syrian Democratic Forces', 'Islamic State', 'قوات سوريا الديمقراطية', 'قوات النظام']);
    // (a phrase cut short by another word: no match, neither by the only child nor by the Map)
    expect(matchTokens(tokenise('the Islamic Revolutionary army'), root)).toEqual([]);
  });

  it('matchCategories reads one-child nodes as matchTokens does', () => {
    const root = createTrie<Tagged<string>>();
    trieInsert(root, phraseKeys('Syrian Democratic Forces'), { cat: 0, values: ['SDF'] });
    trieInsert(root, phraseKeys('Syrian army'), { cat: 1, values: ['army'] });
    const [names, cues] = matchCategories(tokenise('the Syrian Democratic Forces and the Syrian army'), root, 2);
    expect(names!.map((m) => [m.tok0, m.tok1])).toEqual([[1, 4]]);
    expect(cues!.map((m) => [m.tok0, m.tok1])).toEqual([[6, 8]]);
  });
});
