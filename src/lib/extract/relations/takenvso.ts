/**
 * Arabic captures told VSO (branch slot53; suite tests/unit/extract/slot53-taken-vso.test.ts; gold rule 19f), read by
 * takenclitic.ts:
 *   - vsoCaptors: the capture verb's own subject right after it, past quotes and a forces word (`انتزعتها القوات التركية
 *     من «داعش»`, `استعادتها القوات الحكومية`), with its list — not the main clause's holder (`تسيطر فصائل X على مدينة P،
 *     منذ أن انتزعتها القوات التركية`: Turkey took P, not X);
 *   - landObjectEnd: a capture verb whose object is a definite land word (cues.csv `taken_place_ar`: `المنطقة`,
 *     `المدينة`, `البلدة`), past `خلالها`/`فيها` and the VSO subject (`التي انتزعت خلالها القوات التركية المنطقة من
 *     «الوحدات»`, `قد انتزعت المدينة من تنظيم «داعش»`): the place is the one named before, as for a clitic.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { BOUNDARY, type Ctx, groupFrom, hasCue, prepOf } from './ctx.ts';

const QUOTE = /^[«"“]$/;

/** The mention group that is the VSO subject of the Arabic verb at k (past quotes and forces words), else undefined. */
export function vsoCaptors(ctx: Ctx, k: number, ok: (m: Mention) => boolean): Mention[] | undefined {
  const toks = ctx.s.tokens;
  let j = k + 1;
  while (j < toks.length && j - k <= 3 && !ctx.inMention[j] && (QUOTE.test(toks[j]!.text) || !!hasCue(ctx, j, 'military'))) j++;
  const i = ctx.s.mentions.findIndex((m) => m.tok0 === j);
  if (i < 0) return undefined;
  const m = ctx.s.mentions[i]!;
  if (prepOf(ctx, m) || !ok(m)) return undefined;
  return groupFrom(ctx.s.mentions, i).filter(ok);
}

/** The token after a definite land word that is the object of the Arabic capture verb at k, else -1. */
export function landObjectEnd(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  const land = cueWords(ctx.lex, 'taken_place_ar');
  if (!land.size) return -1;
  let j = k + 1;
  if (/^(خلالها|فيها|خلاله|فيه)$/.test(toks[j]?.norm ?? '')) j++;
  // (past the VSO subject and its list)
  const i = ctx.s.mentions.findIndex((m) => m.tok0 >= j && m.tok0 <= j + 2);
  if (i >= 0 && !land.has(toks[j]!.norm)) {
    const g = groupFrom(ctx.s.mentions, i);
    j = g[g.length - 1]!.tok1;
    while (j < toks.length && /^[»"”]$/.test(toks[j]!.text)) j++;
  }
  if (j >= toks.length || BOUNDARY.has(toks[j]!.text) || !land.has(toks[j]!.norm)) return -1;
  return j + 1;
}
