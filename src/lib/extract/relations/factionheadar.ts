/**
 * The Arabic holder "factions of X" of a control noun (branch np47; diagnosis-batch47 §6 np47 rank 1): `وتخضع P لسيطرة
 * فصائل «X»`, `P الخاضعة لسيطرة فصائل «X»`, `لسيطرة مقاتلي «X»`. A faction head (cues.csv `faction_descriptor`, or a
 * `partitive` head) that is no mention of its own, right after the control noun, stands for the holder named after it, as
 * np46's "factions of X" (presenceholder.ts `factionOf`) does in English.
 */
import { cueWords } from '../lexicon.ts';
import { type Ctx, hasCue } from './ctx.ts';

/** Token k, past one faction head standing there (Arabic, outside a mention), else k. */
export function pastFactionHeadAr(ctx: Ctx, k: number): number {
  if (ctx.lang !== 'ar' || k >= ctx.s.tokens.length || ctx.inMention[k]) return k;
  return hasCue(ctx, k, 'partitive') || cueWords(ctx.lex, 'faction_descriptor').has(ctx.s.tokens[k]!.norm) ? k + 1 : k;
}
