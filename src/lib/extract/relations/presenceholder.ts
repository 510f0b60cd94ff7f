/**
 * The holder of posts after a presence verb, past an inserted adjective (branch np46; diagnosis-batch45 §6 np46 rank 1):
 * `وتنتشر في ريف إدلب نقاط عسكرية تركية`, `وتنتشر في P نقاط عسكرية لـ«X»`, `مواقع عسكرية روسية`. frames.ts's
 * presenceOwner reads `[military noun] لX` with the holder fused to its لـ; this reads the subject head's holder however it
 * is told after the head (a demonym or state name, a separate `لـ` and an opening quote, holderAr of presence.ts).
 */
import type { Trigger } from '../doc.ts';
import { type Ctx, freeWords, type Group, hasBoundary } from './ctx.ts';
import { holderAr } from './presence.ts';

/** Prepositions before a military head that make it no subject (`قرب نقاط`, `في مواقع`). */
const PREP_BEFORE = /^(في|علي|من|الي|مع|عن|قرب|نحو|ضد|حول|داخل)$/;

/** An indefinite nisba adjective (normalised), `عسكريه`, `ثابته`: no article, no و. */
const ADJ = /^(?!ال|و)\S{2,}يه$/;

/**
 * Arabic: the holder of the first military head after presence verb T (the verb's subject) past a fronted place, when no
 * verb stands between them and the head is no mention of its own (`قوات تركية` is read by the clause) nor behind a preposition.
 */
export function insertedHolder(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const toks = ctx.s.tokens;
  const c = (ctx.byKind.get('military') ?? []).find((x) => x.tok0 >= T.tok1);
  if (!c || ctx.inMention[c.tok0] || freeWords(ctx, T.tok1, c.tok0) > 6 || hasBoundary(toks, T.tok1, c.tok0)) return undefined;
  if (/^[بل]/.test(toks[c.tok0]!.norm) || PREP_BEFORE.test(toks[c.tok0 - 1]?.norm ?? '')) return undefined;
  if (ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok1 <= c.tok0 && x.patterns[0]!.pos === 'verb')) return undefined;
  // (the place fronted between the verb and the head, `تنتشر في P نقاط`: a relative's verb, `الذي … تحرسه قوات «X»`, keeps
  // its antecedent as the place, structure.ts)
  if (!ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0 && m.kind === 'place')) return undefined;
  // (one indefinite adjective of the head's own, `مواقع عسكرية روسية`, when the cue span ends before it)
  const k = !ctx.inMention[c.tok1] && ADJ.test(toks[c.tok1]?.norm ?? '') && !ctx.s.mentions.some((m) => m.tok0 === c.tok1) ? c.tok1 + 1 : c.tok1;
  const h = holderAr(ctx, k, false);
  if (!h) return undefined;
  // (a second member joined by `إلى جانب` with its own head and holder, `… إلى جانب مواقع للجيش السوري`: present too, the
  // members' posts side by side; cues.csv `alongside`, `military`)
  const al = ctx.byKind.get('alongside')?.find((x) => x.tok0 === h.end);
  const c2 = al && (ctx.byKind.get('military') ?? []).find((x) => x.tok0 === al.tok1);
  const h2 = c2 && !ctx.inMention[c2.tok0] ? holderAr(ctx, c2.tok1, false) : undefined;
  return h2 && h2.who.entity !== h.who.entity ? [h.who, h2.who] : [h.who];
}
