/**
 * Sweeps and pursuit are presence, not an attack on the place (np39, diagnosis-batch34 §6 np39 rank 4): "The Syrian army,
 * backed by Russian air power, has mounted several sweeps in the Badia this year to root out IS cells", "launched a
 * security sweep on Thursday in al-Hol camp", `وتنفذ قوات النظام … حملات تمشيط متكررة في البادية السورية لملاحقة خلايا
 * التنظيم`, `حملات دهم متكررة في ريف دير الزور لملاحقة خلايا التنظيم`: a sweep word (cues.csv `sweep_noun`) whose place
 * follows after in/of/across/`في` (past a date and `sweep_filler` words) gives the clause's subject (the sentence's first
 * actor, behind no preposition, before the sweep word) deployed_in the place, and no attack on it; a pursuit after it
 * (cues.csv `pursuit_word`: "to root out", `لملاحقة`) of a named group's cells makes the subject attack that group, and
 * the group present in the place.
 */
import { type Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, firstMentionAfter, firstPattern, hasBoundary, hasWordCue, prepOf } from './ctx.ts';
import { atPublication, emit } from './emit.ts';

const PLACE_PREP = /^(in|of|across|throughout|at|في|ب)$/;

export function sweeps(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'sweep_noun')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const sweep = cueWords(ctx.lex, 'sweep_noun');
  const filler = cueWords(ctx.lex, 'sweep_filler');
  const pursuit = cueWords(ctx.lex, 'pursuit_word');
  const inDate = (j: number) => s.dates.some((x) => x.start <= toks[j]!.start && toks[j]!.start < x.end);
  const dep = firstPattern(ctx.lex.patterns, 'deployed_in', ctx.lang, 'any');
  const att = firstPattern(ctx.lex.patterns, 'attacked', ctx.lang, 'any');
  if (!dep || !att) return;
  for (let k = 0; k < toks.length; k++) {
    if (!sweep.has(toks[k]!.norm) || ctx.inMention[k]) continue;
    // the doer: the sentence's first actor, behind no preposition, before the sweep word
    const subj = ms.find((m) => m.tok1 <= k && actor(ctx.lex, m) && m.kind !== 'place');
    const doer = subj && !prepOf(ctx, subj) ? actor(ctx.lex, subj) : undefined;
    if (!subj || !doer || hasBoundary(toks, subj.tok1, k)) continue;
    // the place: after in/of/في past fillers and a date
    let j = k + 1;
    while (j < toks.length && j - k <= 8 && !ctx.inMention[j] && (filler.has(toks[j]!.norm) || inDate(j) || (toks[j]!.norm === 'on' && inDate(j + 1)))) j++;
    if (!PLACE_PREP.test(toks[j]?.norm ?? '')) continue;
    const i = firstMentionAfter(ms, j + 1);
    const place: Mention | undefined = i >= 0 ? ms[i] : undefined;
    if (!place || place.tok0 - j > 3 || !(place.kind === 'place' || place.kind === 'country') || place.entity === doer.entity) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, dep);
    // (no attack on the place the sweep is in: `حملات تمشيط … في البادية` is no `attacked syrian-desert`)
    for (let r = ctx.out.length - 1; r >= before; r--) {
      const o = ctx.out[r]!;
      if (o.relation === 'attacked' && o.evidence.start === s.start && o.source === doer.entity && o.target === place.entity) {
        ctx.stative.delete(o);
        ctx.out.splice(r, 1);
      }
    }
    const n = ctx.out.length;
    emit(ctx, T, 'deployed_in', doer, place, {}, true);
    // the pursuit: "to root out IS cells", `لملاحقة خلايا التنظيم`, within eight words after the place
    for (let q = place.tok1; q < toks.length && q - place.tok1 <= 8; q++) {
      if (toks[q]!.text === ',' || toks[q]!.text === '،') break;
      if (!pursuit.has(toks[q]!.norm)) continue;
      const g = firstMentionAfter(ms, q + 1);
      const foe = g >= 0 && ms[g]!.tok0 - q <= 4 ? actor(ctx.lex, ms[g]!) : undefined;
      if (!foe || foe.entity === doer.entity || !/^(armed_group|organization)$/.test(foe.kind)) break;
      const P = cueTrigger({ tok0: q, tok1: q + 1, start: toks[q]!.start, end: toks[q]!.end }, att);
      emit(ctx, P, 'attacked', doer, foe, {}, false);
      emit(ctx, cueTrigger({ tok0: q, tok1: q + 1, start: toks[q]!.start, end: toks[q]!.end }, dep), 'deployed_in', foe, place, {}, true);
      break;
    }
    // (a sweep told with no date of its own is an ongoing campaign: a state at publication, `وتنفذ قوات النظام حملات`)
    if (!s.dates.length) atPublication(ctx, n);
    return;
  }
}
