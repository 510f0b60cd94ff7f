/**
 * Sweeps against a named group (branch slot45; gold rules 17e and 20a; diagnosis-batch42 #28–29, b41 #36; pool b38
 * al-hol): "Government forces … have mounted several sweeps against IS cells in the Badia since then", "has conducted
 * several sweeps inside the camp this year against Islamic State cells", `حملات تمشيط ضد خلايا تنظيم «داعش» في البادية`.
 * A sweep word (cues.csv `sweep_noun`) with "against"/`ضد` within ten words after it (no comma or boundary) and an armed
 * group named within three words after that (past "the", cells, `خلايا`, `تنظيم`): the sweeper (the sentence's first
 * actor before the sweep word, behind no preposition, a state or an armed group) attacked the group; the first place
 * after the sweep word within those words, after in/inside/across/`في`/`داخل`, holds both (the sweeper and the group,
 * rule 13's people of X in P; the group's row a state at publication). sweeps.ts reads the sweep's place and "to root out" pursuits; this reads the "against"
 * form. Not negated nor hypothetical.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { AGAINST, actor, BOUNDARY, type Ctx, cueTrigger, firstPattern, hasBoundary, hasWordCue, IN_PLACE, prepOf } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

export function sweepsAgainst(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'sweep_noun')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const sweep = cueWords(ctx.lex, 'sweep_noun');
  const dep = firstPattern(ctx.lex.patterns, 'deployed_in', ctx.lang, 'any');
  const att = firstPattern(ctx.lex.patterns, 'attacked', ctx.lang, 'any');
  if (!dep || !att) return;
  for (let k = 0; k < toks.length; k++) {
    if (!sweep.has(toks[k]!.norm) || ctx.inMention[k]) continue;
    let a = -1;
    let end = k + 1;
    for (; end < toks.length && end - k <= 12; end++) {
      const t = toks[end]!;
      if (t.text === ',' || t.text === '،' || BOUNDARY.has(t.text)) break;
      if (a < 0 && AGAINST.test(t.norm)) a = end;
    }
    if (a < 0) continue;
    const foeM = ms.find((m) => m.tok0 > a && m.tok0 - a <= 3);
    const foe = foeM ? actor(ctx.lex, foeM) : undefined;
    if (!foeM || !foe || foe.kind !== 'armed_group') continue;
    const subj = ms.find((m) => m.tok1 <= k && actor(ctx.lex, m) && m.kind !== 'place');
    const doer = subj && !prepOf(ctx, subj) ? actor(ctx.lex, subj) : undefined;
    if (!subj || !doer || !/^(country|armed_group)$/.test(doer.kind) || doer.entity === foe.entity || hasBoundary(toks, subj.tok1, k)) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, att);
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    const n = ctx.out.length;
    if (!toldHere(ctx, 'attacked', doer.entity, foe.entity)) emit(ctx, T, 'attacked', subj, foeM, {}, false);
    // (the place: the first place after the sweep word, right after in/inside/`في`, within the clause)
    const place: Mention | undefined = ms.find((m) => m.tok0 > k && m.tok0 < end && (m.kind === 'place' || m.kind === 'country') && m.tok0 - 1 > k && (IN_PLACE.test(toks[m.tok0 - 1]!.norm) || (toks[m.tok0 - 1]!.norm === 'the' && IN_PLACE.test(toks[m.tok0 - 2]?.norm ?? ''))));
    if (place) {
      const D = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, dep);
      if (!toldHere(ctx, 'deployed_in', doer.entity, place.entity)) emit(ctx, D, 'deployed_in', subj, place, {}, true);
      // (the group's cells are there now: a state at publication, "IS cells operating among the residents")
      const m = ctx.out.length;
      if (!toldHere(ctx, 'deployed_in', foe.entity, place.entity) && emit(ctx, D, 'deployed_in', foeM, place, {}, true)) atPublication(ctx, m);
    }
    // (a sweep told with no date of its own is an ongoing campaign: a state at publication, as sweeps.ts)
    if (!s.dates.length) atPublication(ctx, n);
    return;
  }
}
