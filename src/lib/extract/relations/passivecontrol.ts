/**
 * A passive control trigger set off from its place by a comma (pres41): "Idlib, which is dominated by the Islamist group
 * Hayat Tahrir al-Sham (HTS),", "the Idlib countryside, an area dominated by Hayat Tahrir al-Sham", `وفي ريف حلب
 * الشمالي، الخاضع لسيطرة فصائل «الجيش الوطني السوري»` → the controller `deployed_in` the place, at the publication date
 * (rule 13's control). The trigger is a passive `deployed_in` pattern ("controlled by", "held by", "dominated by",
 * `الخاضع لسيطرة`); the place is the mention right before the comma, past "which is/are/was/were" or "an area/a region"
 * (cues.csv `where_thing` heads); the controller the first armed group or state after the trigger, past "the" and a
 * kind of group (lower-case words, `فصائل`, a quote). Runs only when the sentence has such a trigger right after a comma
 * or a relative.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, mentionAt } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

const COMMA = /^(,|،)$/;

function placeBefore(ctx: Ctx, t0: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = t0 - 1;
  if (ctx.lang === 'en') {
    if (/^(is|are|was|were)$/.test(toks[j]?.norm ?? '') && /^(which|that)$/.test(toks[j - 1]?.norm ?? '')) j -= 2;
    else if (cueWords(ctx.lex, 'where_thing').has(toks[j]?.norm ?? '') && /^(a|an)$/.test(toks[j - 1]?.norm ?? '')) j -= 2;
    else return undefined;
  }
  if (!COMMA.test(toks[j]?.text ?? '')) return undefined;
  // (past one word after the name: `ريف حلب الشمالي`, "the Idlib countryside")
  const place = ctx.s.mentions.find((m) => (m.tok1 === j || (m.tok1 === j - 1 && !ctx.inMention[j - 1] && !COMMA.test(toks[j - 1]!.text))) && m.kind === 'place');
  // ("the al-Hol camp east of Hasakah, which is run by the SDF", `شرق الحسكة`: a place that locates another by a compass
  // word is not the one the relative describes; slot36's rule, kept after the merge)
  if (place) {
    const compass = cueWords(ctx.lex, 'compass');
    const k = place.tok0 - 1;
    if (compass.has(toks[k]?.norm ?? '') || (toks[k]?.norm === 'of' && compass.has(toks[k - 1]?.norm ?? ''))) return undefined;
  }
  return place;
}

function controllerAfter(ctx: Ctx, t1: number): Mention | undefined {
  const toks = ctx.s.tokens;
  for (let j = t1; j < toks.length && j - t1 <= 5; j++) {
    const m = mentionAt(ctx, j);
    if (m) {
      // ("held by Iran-backed militias": the first part of a compound is no controller)
      if (/^[-‑]/.test(toks[m.tok1]?.text ?? '') || /[-‑]$/.test(toks[m.tok1 - 1]?.text ?? '')) return undefined;
      const a = m.kind === 'place' ? undefined : actor(ctx.lex, m);
      return a && (a.kind === 'armed_group' || a.kind === 'country') ? m : undefined;
    }
    const t = toks[j]!;
    if (COMMA.test(t.text) || /^[.;:]$/.test(t.text)) return undefined;
  }
  return undefined;
}

export function passiveControlAfterComma(ctx: Ctx): void {
  for (const T of ctx.s.triggers) {
    const p = T.patterns.find((q) => q.relation === 'deployed_in' && q.voice === 'passive');
    if (!p) continue;
    const place = placeBefore(ctx, T.tok0);
    if (!place) continue;
    const who = controllerAfter(ctx, T.tok1);
    if (!who) continue;
    const a = actor(ctx.lex, who)!;
    if (a.entity === place.entity || toldHere(ctx, 'deployed_in', a.entity, place.entity)) continue;
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    const n = ctx.out.length;
    if (emit(ctx, T, 'deployed_in', who, place, {}, true)) atPublication(ctx, n);
  }
}
