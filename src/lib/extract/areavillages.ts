/**
 * (name47, diagnosis-batch47 FP 68–69 and #64; README rule 19d) A village the lexicon lacks, discovered inside a named
 * area, is no actor's place of its own: "shelled the villages of Fleifel and Sufuhun in the Jabal al-Zawiya area" is the
 * area (`syr attacked jabal-al-zawiya`), not two new ids. A discovered place — with the other members of its list —
 * right before "in the <place> area" (cues.csv `area_word`; Arabic `في منطقة <place>`) is dropped, so the named area
 * takes the row. Cheap first: only discovered places, only with an area word in the sentence.
 */
import type { Mention, Sentence } from './doc.ts';
import { cueWords, type Lexicon } from './lexicon.ts';
import { tokenVariants, type Token } from './normalise.ts';

function isArea(t: Token | undefined, words: ReadonlySet<string>): boolean {
  if (!t?.word) return false;
  if (!t.arabic) return words.has(t.norm);
  for (const v of tokenVariants(t)) if (words.has(v.key)) return true;
  return false;
}

/**
 * Is the discovered place `f` (among the discovered places `found` of sentence `s`, lexicon mentions `ms`) inside a
 * named area: past its list's other members and commas or "and", "in (the) <place> area" / `في منطقة <place>`?
 */
export function insideNamedArea(s: Sentence, f: Mention, found: readonly Mention[], ms: readonly Mention[], lex: Lexicon, lang: 'ar' | 'en'): boolean {
  const words = cueWords(lex, 'area_word');
  if (!words.size || f.kind !== 'place') return false;
  const t = s.tokens;
  let k = f.tok1;
  // (the list's other members: "Fleifel and Sufuhun", `تل شنان وأم الكيف`)
  for (let n = 0; n < 8; n++) {
    const next = found.find((x) => x.tok0 === k && x.kind === 'place') ?? found.find((x) => x.tok0 === k + 1 && x.kind === 'place' && /^(,|،|and)$/.test(t[k]!.norm));
    if (!next) break;
    k = next.tok1;
  }
  const inWord = lang === 'ar' ? 'في' : 'in';
  if (t[k]?.norm !== inWord) return false;
  k++;
  if (lang === 'en') {
    if (t[k]?.norm === 'the') k++;
    const area = ms.find((m) => (m.tok0 === k || m.tok0 === k - 1) && m.kind === 'place');
    return !!area && isArea(t[area.tok1], words);
  }
  // (Arabic: `في منطقة جبل الزاوية`, the area word before the place or opening its mention)
  const area = ms.find((m) => (m.tok0 === k || m.tok0 === k + 1) && m.kind === 'place');
  return !!area && (isArea(t[k], words) && (area.tok0 === k + 1 || area.tok0 === k));
}
