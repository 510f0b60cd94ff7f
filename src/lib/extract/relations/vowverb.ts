/**
 * A vow as a saying verb (en43): "X vowed that Y would pay", "X vows that Y will pay for …": the vow word (`vow_verb_en`
 * cues) right before "that" opens the promise clause as "said that" does, so `retaliation` (frames.ts) finds its warner.
 * English. Returns the vow word's span, the last one before `before` (no sentence boundary between is checked by the
 * caller).
 */
import type { Ctx } from './ctx.ts';
import { cueWords } from '../lexicon.ts';

export function vowBefore(ctx: Ctx, before: number): { tok0: number; tok1: number; start: number; end: number } | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  const vows = cueWords(ctx.lex, 'vow_verb_en');
  for (let k = before - 2; k >= 0 && before - k <= 16; k--) {
    if (!vows.has(toks[k]!.norm)) continue;
    // ("vowed on Monday that": a short adjunct between the vow and "that", no comma)
    for (let j = k + 1; j < before && j - k <= 4; j++) {
      if (!toks[j]!.word) break;
      if (toks[j]!.norm === 'that') return { tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end };
    }
  }
  return undefined;
}
