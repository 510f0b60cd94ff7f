/**
 * The places a "-held" compound holds, English (branch np56; diagnosis-batch54 §6 np56 rank 1, pool b24, b42, b49, b51,
 * b53): "the government-held provinces of Aleppo, Latakia and Hama" (every member of the list, not the first only),
 * "government-held neighbourhoods in the centre of Hasakah", "government-held security zones in the cities of Hasakah
 * and Qamishli" (a longer head: `held_head_en` words pass too, and then up to six words reach the place).
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { type Ctx, groupFrom, isPossessive } from './ctx.ts';

/** Is m a place or country that is no country's possession ("Lebanon's airspace")? */
function placeLike(ctx: Ctx, m: Mention): boolean {
  return (m.kind === 'place' || m.kind === 'country') && !isPossessive(ctx, m);
}

/**
 * The places from token k on (k = the token after "-held"): past `held_gap` and `held_head_en` words only, at most six
 * words, the first place and the places listed with it. [] when a word of neither kind or another mention comes first.
 */
export function heldPlaces(ctx: Ctx, k: number): Mention[] {
  const toks = ctx.s.tokens;
  const gap = cueWords(ctx.lex, 'held_gap');
  const head = cueWords(ctx.lex, 'held_head_en');
  for (let j = k; j < toks.length && j - k <= 6; j++) {
    const i = ctx.s.mentions.findIndex((x) => x.tok0 === j);
    if (i >= 0) {
      const m = ctx.s.mentions[i]!;
      if (!placeLike(ctx, m)) return [];
      return groupFrom(ctx.s.mentions, i).filter((x) => placeLike(ctx, x));
    }
    const w = toks[j]!.norm;
    if (!gap.has(w) && !head.has(w)) return [];
  }
  return [];
}
