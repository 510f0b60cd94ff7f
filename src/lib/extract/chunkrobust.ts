/**
 * robust40b: English material between the parts that a writer inserts without changing who did what to whom
 * (docs/diagnosis-batch35.md §5; the probe kinds en_* of scripts/lib/perturb.ts). Ranges (offsets in the sentence)
 * that `masks` (chunk.ts) blanks, so the argument frames read the sentence as if the material were not there:
 *
 *   both        "both" before a pair of names: "brokered by both Moscow and Ankara" → "brokered by Moscow and Ankara"
 *   pluperfect  an adverb between "had"/"has"/"have" and its participle: "had earlier condemned" → "had condemned"
 *   adjunct     a manner adjunct between a past verb and its object: "condemned in a statement the attack",
 *               "struck overnight Iranian positions" (only before an object's opening: a determiner, a capital, "both")
 *   apposition  an indefinite apposition of lower-case words after a name and before its verb: "Israel, a key player
 *               in the conflict, has carried out" (a capitalised word in it may be an actor of its own: not touched)
 *   participle  a participle phrase naming no actor after a name: "HTS, backed by foreign powers, said", "accused HTS,
 *               which is backed by foreign powers, of" ("backed by the United States" names an actor: not touched)
 *   titlechain  a lower-case title chain set off before a name, after a verb or preposition or opening the sentence: "received
 *               the chief negotiator of the government, Alexander Lavrentiev, in" (the name stays; a chain with a capital,
 *               "the special envoy of the Russian president", names an actor and is not touched)
 *
 * Each is searched only in a sentence holding its literal word. Pure and deterministic.
 */

const BOTH = /\bboth (?=(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} and (?:the )?[A-Z])/gi;
const PLUPERFECT_ADV = /\b(?:had|has|have) (earlier|previously|already|recently|once) (?=[a-z]+(?:ed|en)\b|(?:met|held|sent|struck|hit|told|said|led|fought|won|made|signed|sought|brought|kept|paid)\b)/g;
const ADJUNCT =
  /\b(?:[a-z]{3,}ed|struck|hit|urged) ((?:in a (?:joint |separate |written )?statement|in a phone call|in a televised (?:address|speech)|on (?:Twitter|X)|in a tweet|overnight) )(?=(?:the|its|his|her|their|both|a|an) |[A-Z])/g;
const APPOSITION =
  /(?<=[A-Za-z)]), (?:a|an) [a-z-]+(?: [a-z-]+){0,7},(?= (?:[a-z]+ed|has|have|had|is|was|were|said|says|also|struck|hit|met|told|held|urged|of|to|over|for)\b)/g;
const PARTICIPLE = /(?<=[A-Za-z)]), (?:which|that) (?:is|was|are|were) (?:backed|supported|funded|armed) by [a-z-]+(?: [a-z-]+){0,3},|(?<=[A-Za-z)]), (?:backed|supported|funded|armed) by [a-z-]+(?: [a-z-]+){0,3},/g;
const TITLECHAIN =
  /(?:^|(?<=\b(?:met|with|received|hosted|told|urged|called|phoned|by|from|to|and|visited|invited)\s))(?:the|The) [a-z-]+(?: [a-z-]+){0,3} of (?:the |his |her |its )?[a-z-]+(?: [a-z-]+){0,2}, (?=[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}(?:,|\.| in\b| on\b| and\b))/g;
/** Literal words every pluperfect-adverb match holds (the guard before its search). */
const PLUPERFECT_WORDS = [' earlier ', ' previously ', ' already ', ' recently ', ' once '];
/** A relative clause opened before, or a verb of labelling (its object's predicate looks like an apposition). */
const LABEL_BEFORE = /, (?:which|who|whom)\b|\b(?:considers?|considered|calls?|called|designates?|designated|labels?|labelled|labeled|deems?|deemed|brands?|branded|regards?|regarded|views?|viewed|names?|named)\b/;
/** Words that open a clause or are themselves a verb: an "apposition" holding one is no noun phrase. */
const NOT_NP = /\b(?:who|which|that|is|was|were|are|has|have|had|said|says|and|but|when|while|where)\b/;

/** The English inserted material of sentence `s`: [start, end) ranges in `s`. */
export function robustMasksEn(s: string): [number, number][] {
  const out: [number, number][] = [];
  if (s.includes('both ') || s.includes('Both ')) for (const m of s.matchAll(BOTH)) out.push([m.index, m.index + m[0].length]);
  if (PLUPERFECT_WORDS.some((w) => s.includes(w))) for (const m of s.matchAll(PLUPERFECT_ADV)) {
    const at = m.index + m[0].indexOf(m[1]!, 3);
    out.push([at, at + m[1]!.length + 1]);
  }
  if (s.includes(' statement ') || s.includes('overnight') || s.includes(' phone call ') || s.includes(' televised ') || s.includes(' tweet ') || s.includes(' on Twitter ') || s.includes(' on X '))
    for (const m of s.matchAll(ADJUNCT)) {
      const at = m.index + m[0].length - m[1]!.length;
      out.push([at, at + m[1]!.length]);
    }
  // (not inside a relative clause or after a verb of labelling, where ", a terrorist group," is what X is called: "Turkey,
  // which considers the SDF's main component, the YPG, a terrorist group, has threatened")
  if (s.includes(', a'))
    for (const m of s.matchAll(APPOSITION))
      if (!NOT_NP.test(m[0].slice(4, -1)) && !LABEL_BEFORE.test(s.slice(0, m.index))) out.push([m.index, m.index + m[0].length]);
  if (s.includes(' by ')) for (const m of s.matchAll(PARTICIPLE)) out.push([m.index, m.index + m[0].length]);
  // (one person's title: a singular head before "of", not "The foreign ministers of the guarantors, Russia, Turkey and Iran,")
  if (s.includes(' of '))
    for (const m of s.matchAll(TITLECHAIN)) if (!NOT_NP.test(m[0]) && !/[^s]s of /.test(m[0])) out.push([m.index, m.index + m[0].length]);
  return out;
}
