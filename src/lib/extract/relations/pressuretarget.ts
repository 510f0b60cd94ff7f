/**
 * "Called on X to press Y", `طالبت A المجتمع الدولي بالضغط على Y` (branch pred38; diagnosis-batch33 FP #74, pool b28 FP):
 * the one to be pressed is no one's addressee. An urged relation of the sentence whose target is named right after
 * "press"/"pressure" (past "on"/"to", "put pressure on") or `الضغط على` (`بالضغط`, `إلى الضغط`) is dropped; the addressee
 * before it keeps its own triple.
 */
import type { Ctx } from './ctx.ts';
import { tokenAt } from './joint.ts';

/** The pressure word right before token k (past "on"/`على`), -1 when none. */
function pressureAt(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  let j = k - 1;
  while (j >= 0 && !toks[j]!.word) j--;
  if (j < 0) return -1;
  const w = toks[j]!.norm;
  if (ctx.lang === 'en') {
    if (w === 'press' || w === 'pressure' || w === 'pressing' || w === 'pressures') return j;
    return w === 'on' && j > 0 && (toks[j - 1]!.norm === 'pressure' || toks[j - 1]!.norm === 'press') ? j - 1 : -1;
  }
  // (normalised على is علي)
  return w === 'علي' && j > 0 && /^(ب|ل|و)?(ال)?ضغط$/.test(toks[j - 1]!.norm) ? j - 1 : -1;
}

/** The pressing is the complement of an urging verb before it ("called on X to press", `طالبت … بالضغط`), not the urging itself ("has been pressing the SDF to"). */
function afterPressure(ctx: Ctx, k: number): boolean {
  const j = pressureAt(ctx, k);
  return j > 0 && ctx.s.triggers.some((T) => T.tok1 <= j && T.patterns[0]!.pos === 'verb' && T.patterns[0]!.relation === 'urged');
}

export function withoutPressureTargets(ctx: Ctx, before: number): void {
  for (let i = ctx.out.length - 1; i >= before; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'urged' || r.evidence.start !== ctx.s.start) continue;
    const k = tokenAt(ctx, r.evidence.targetSpan[0]);
    if (k > 0 && afterPressure(ctx, k)) {
      ctx.stative.delete(r);
      ctx.out.splice(i, 1);
    }
  }
}
