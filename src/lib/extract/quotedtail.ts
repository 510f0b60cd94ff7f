/**
 * (name46, diagnosis-batch45 §6 ref46 rank 5) `«الإدارة الذاتية» لشمال وشرق سوريا`: a quoted name followed, past its
 * closing quote, by the rest of one of its entity's own Arabic names (`الإدارة الذاتية لشمال وشرق سوريا`) is one mention:
 * the unquoted tail is part of the name, and the places inside it (`سوريا`) name no actor of their own.
 */
import { copyMention, type Mention, type Sentence } from './doc.ts';
import type { Lexicon } from './lexicon.ts';
import { canonicalKey, phraseKeys } from './normalise.ts';

/** A closing quotation mark token (also localbodies.ts). */
export const CLOSE_QUOTE = /^(»|"|”)$/;

/** The mentions of an Arabic sentence with each quoted name extended over the unquoted tail of its own name. */
export function quotedTails(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  let out = ms;
  const t = s.tokens;
  for (const m of ms) {
    // (cheap test first: a closing quote right after the mention and an Arabic word after it)
    if (!CLOSE_QUOTE.test(t[m.tok1]?.text ?? '') || !t[m.tok1 + 1]?.arabic || m.kind === 'place') continue;
    const e = lex.entities.get(m.entity);
    if (!e) continue;
    const own: string[] = [];
    for (let k = m.tok0; k < m.tok1; k++) if (t[k]!.word) own.push(canonicalKey(t[k]!.norm, true));
    let best = 0;
    for (const name of [e.label_ar, ...e.aliases_ar]) {
      if (!name) continue;
      const keys = phraseKeys(name);
      if (keys.length <= own.length || own.some((w, i) => keys[i] !== w)) continue;
      let k = m.tok1 + 1;
      let i = own.length;
      while (i < keys.length && t[k]?.word && canonicalKey(t[k]!.norm, true) === keys[i]) {
        k++;
        i++;
      }
      // (two words or more: a one-word tail, `«كتائب حزب الله» العراقية`, is the adjective groupAdjectives reads)
      if (i === keys.length && k - m.tok1 - 1 >= 2 && k > best) best = k;
    }
    if (!best) continue;
    const j = copyMention(m);
    j.tok1 = best;
    j.end = t[best - 1]!.end;
    out = out.filter((x) => x !== m && !(x.tok0 >= m.tok1 && x.tok1 <= best));
    out.push(j);
    out.sort((a, b) => a.tok0 - b.tok0);
  }
  return out;
}
