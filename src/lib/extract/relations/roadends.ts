/**
 * The ends of a road are no place of what happens on it (branch ref40): "on the road between Kobani and the village of
 * Sarrin", "the road that links al-Sukhnah with Deir ez-Zor", "the highway linking Palmyra with Deir ez-Zor",
 * `على الطريق الواصل بين تل تمر والحسكة`, `على الطريق بين السخنة ودير الزور`, `الطريق الذي يربط السخنة بدير الزور`
 * (gold of pool b29–b34 and batch 35: the attack's target is the actor hit, the towns only locate the road). A place
 * mention inside the ends of a road (after a `road_noun`, at most two words, a `road_link` word; the ends run to the next
 * comma or boundary, ten tokens at most) is no target of emit's place relations. Guarded by the sentence's road nouns.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { BOUNDARY, type Ctx, hasWordCue } from './ctx.ts';

/** Is place mention `m` one of the two ends of a road named in its sentence? */
export function roadEnd(ctx: Ctx, m: Mention): boolean {
  if (m.kind !== 'place' || !hasWordCue(ctx, 'road_noun')) return false;
  const toks = ctx.s.tokens;
  const roads = cueWords(ctx.lex, 'road_noun');
  const links = cueWords(ctx.lex, 'road_link');
  // (back from the mention to its road: its link word at most ten tokens before, no comma nor boundary between)
  for (let j = m.tok0 - 1; j >= 0 && m.tok0 - j <= 10; j--) {
    const t = toks[j]!;
    if (t.text === ',' || t.text === '،' || BOUNDARY.has(t.text)) return false;
    if (!links.has(t.norm)) continue;
    // (the road noun right before the link word, one or two words between: "the road that links", `الطريق الذي يربط`)
    for (let r = j - 1; r >= 0 && j - r <= 3; r--) if (roads.has(toks[r]!.norm)) return true;
    return false;
  }
  return false;
}
