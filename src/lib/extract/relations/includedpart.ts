/**
 * A presence's member told by a part or a post of it (branch slot53; suite tests/unit/extract/slot53-included-part.test.ts;
 * diagnosis-batch50 §6 slot52 rank 1).
 *
 * "keeps thousands of soldiers in Idlib, including at posts on the edge of Jabal al-Zawiya", "controls most of Syria's
 * northeast, including the oil-rich parts of Deir ez-Zor east of the river", `على معظم محافظة إدلب، بما فيها أجزاء من
 * ريف اللاذقية`, `في إدلب، بينها نقاط على أطراف جبل الزاوية`: after the inclusion word (index.ts includedPlaces), a few
 * plain words with no name, comma, break, relative pronoun or verb trigger, then the place right after a locative or
 * partitive preposition (of, in, at, near, on; `من`, `في`, `قرب`, `على`), an article or an edge word (cues.csv `edge_word`:
 * `أطراف`): that place is the presence's too. Not a member that came from P ("including some who arrived from P"), nor
 * one told by a compass of P ("including several south of Idlib city").
 */
import { cueWords } from '../lexicon.ts';
import { BOUNDARY, type Ctx } from './ctx.ts';

const PART_PREP = /^(of|in|at|near|on|من|في|قرب|بالقرب|على|علي)$/;
const RELATIVE = /^(who|which|that|whom|where|الذي|التي|الذين|اللذين|اللتين|حيث)$/;

/** The index of the place mention that the part or post named from token j lies in, else -1 (at most seven words). */
export function includedPartPlace(ctx: Ctx, j: number): number {
  const toks = ctx.s.tokens;
  const edge = cueWords(ctx.lex, 'edge_word');
  for (let e = j; e < toks.length && e - j <= 7; e++) {
    const t = toks[e]!;
    if (ctx.inMention[e]) {
      const i = ctx.s.mentions.findIndex((m) => m.tok0 === e);
      if (i < 0 || e === j || ctx.s.mentions[i]!.kind !== 'place') return -1;
      // (the word before the name: a part preposition, past an article or an edge word; or «)
      let b = e - 1;
      if (!toks[b]!.word) b--;
      if (/^(the|an?)$/.test(toks[b]?.norm ?? '') || edge.has(toks[b]?.norm ?? '')) b--;
      // (not a compass of the place, "several south of Idlib city", `جنوب P`: the members lie outside it)
      if (b > j && cueWords(ctx.lex, 'compass').has(toks[b - 1]!.norm)) return -1;
      return b >= j && PART_PREP.test(toks[b]!.norm) ? i : -1;
    }
    if (!t.word ? !/^[«"-]$/.test(t.text) : RELATIVE.test(t.norm)) return -1;
    // (an Arabic plural perfect with no trigger of its own, `عناصر قدموا من هاتاي`: a clause of the member's own)
    if (t.arabic && t.norm.length > 3 && t.norm.endsWith('وا')) return -1;
    if (BOUNDARY.has(t.text) || ctx.s.triggers.some((x) => x.tok0 === e && x.patterns[0]!.pos === 'verb')) return -1;
  }
  return -1;
}

