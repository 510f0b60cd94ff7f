import type { Mention } from '../doc.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import { type Ctx, hasCue, nth, PLACE_RELATIONS, placeHeadEndingAt } from './ctx.ts';

/**
 * pres38: the place of a presence verb told through a position phrase: `تنتشر قوات حكومية في عدد من النقاط على طول خطوط
 * التماس غرب منبج`, `في عشرات النقاط قرب منبج`, `في عدد من نقاط التماس بريف عين العرب`, `في عدة قواعد أبرزها قاعدة حقل
 * العمر`, "keeps troops at dozens of observation posts around Saraqeb". Walking back from place m over place heads (cues.csv
 * `place_head`, with their own locative proclitic, `بريف`), position nouns (`military`), compass words and the phrase's
 * quantity and modifier words (cues.csv `position_filler`: `عشرات`, `عدد من`, `على طول`, `أبرزها`, "dozens of", "a string
 * of"), the walk must cross at least one position noun or quantity word and reach one of the pattern's own prepositions:
 * that preposition is m's (gold rule 13: presence at positions near or in P is presence in P; rule 18d). Only for a
 * place relation's verb, a place mention, and a phrase with no name in it; the caller asks only when the plain
 * preposition reading failed.
 */
export function positionPhrasePrep(ctx: Ctx, from: number, m: Mention, p: Pattern): string | undefined {
  if (p.pos !== 'verb' || !PLACE_RELATIONS.has(p.relation) || m.kind !== 'place') return undefined;
  const toks = ctx.s.tokens;
  const fillers = cueWords(ctx.lex, 'position_filler');
  if (!fillers.size) return undefined;
  let k = m.tok0 - 1;
  let crossed = false;
  const compass = cueWords(ctx.lex, 'compass');
  for (let steps = 0; k >= from && steps < 12; steps++) {
    if (ctx.inMention[k]) return undefined;
    const t = toks[k]!;
    if (!t.word) return undefined;
    const h = placeHeadEndingAt(ctx, k);
    if (h && h.tok0 >= from) {
      if (hasCue(ctx, h.tok0, 'military')) crossed = true;
      k = h.tok0 - 1;
      continue;
    }
    // (a filler word, its conjunction read off: `وعلى طول`; one of the pattern's own prepositions ends the walk)
    const n = t.arabic ? t.norm.replace(/^[وف](?=..)/, '') : t.norm;
    if (p.preps.includes(n)) break;
    if (fillers.has(n)) {
      crossed = true;
      k--;
      continue;
    }
    if (hasCue(ctx, k, 'military')) {
      crossed = true;
      k--;
      continue;
    }
    if (compass.has(n)) {
      k--;
      continue;
    }
    break;
  }
  if (!crossed) return undefined;
  const w = nth(toks, k);
  if (!w || k < from - 1) return undefined;
  const n = w.arabic ? w.norm.replace(/^[وف](?=..)/, '') : w.norm;
  return p.preps.includes(n) ? n : undefined;
}
