/**
 * No object past a coordinated saying (dates55, slot54 rank 5 (c); diagnosis-batch53 FP 35): "Washington rejects the charge
 * and says its forces are in Syria to fight Islamic State": a verb trigger followed, within six words, by "and" and a speech
 * cue ("says", "said") has its object before that "and"; a row of the verb's relation from this sentence whose source stands
 * before the verb and whose target stands past "and says" is dropped, unless another trigger of that relation stands past
 * it (the reported clause's own act). English.
 */
import { type Ctx } from './ctx.ts';

export function objectPastSaying(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const speech = ctx.byKind.get('speech') ?? [];
  for (const T of s.triggers) {
    if (T.patterns[0]!.pos !== 'verb') continue;
    let cut = -1;
    for (let k = T.tok1; k + 1 < toks.length && k - T.tok1 <= 6; k++) {
      if (/^[.;,:]$/.test(toks[k]!.text) || ctx.inMention[k]) break;
      if (toks[k]!.norm === 'and' && speech.some((c) => c.tok0 === k + 1)) {
        cut = toks[k]!.start - s.start;
        break;
      }
    }
    if (cut < 0) continue;
    const rel = T.patterns[0]!.relation;
    if (s.triggers.some((x) => x !== T && x.patterns[0]!.relation === rel && x.start - s.start > cut)) continue;
    const at = T.start - s.start;
    for (let i = ctx.out.length - 1; i >= before; i--) {
      const r = ctx.out[i]!;
      if (r.evidence.start !== s.start || r.relation !== rel) continue;
      if (r.evidence.sourceSpan[0] < at && r.evidence.targetSpan[0] > cut) ctx.out.splice(i, 1);
    }
  }
}
