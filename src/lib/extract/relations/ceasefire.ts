/**
 * A ceasefire is no fire between its parties (branch slot45; diagnosis-batch43 FP 52; pool b33 kabani-hts-attack-army,
 * b37 manbij-aun-dadat-clashes): `اتفاق وقف إطلاق النار الموقّع بين روسيا وتركيا` read `إطلاق النار` (lex28's combat
 * noun, `تبادل إطلاق النار مع`) as fire between the agreement's parties. ceasedFire gives the sentence's attack triggers
 * on `إطلاق (ال)نار` right after a word of ending (cues.csv `cessation_word`: `وقف`, `لوقف`, `إيقاف`, `انهاء`), which
 * index.ts takes out of the sentence's triggers, as it does for interventions; the agreement's own reading stays.
 */
import type { Trigger } from '../doc.ts';
import { type Ctx, hasWordCue, hasWordCueAt } from './ctx.ts';

// (the fire noun: cues.csv `fire_noun_ar`, `إطلاق`, `لإطلاق`, `بإطلاق`; its object `fire_object_ar`, `النار`, `نار`)

export function ceasedFire(ctx: Ctx): Trigger[] {
  if (ctx.lang !== 'ar' || !hasWordCue(ctx, 'cessation_word') || !hasWordCue(ctx, 'fire_noun_ar')) return [];
  const toks = ctx.s.tokens;
  return ctx.s.triggers.filter(
    (x) => x.tok0 > 0 && hasWordCueAt(ctx, x.tok0, 'fire_noun_ar') && hasWordCueAt(ctx, x.tok0 + 1, 'fire_object_ar') && x.patterns.every((p) => p.relation === 'attacked') && hasWordCueAt(ctx, x.tok0 - 1, 'cessation_word'),
  );
}
