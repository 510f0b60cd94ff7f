/**
 * np37 (diagnosis-batch32 §6 np37 rank 1): a charge of occupation is a presence (gold rule 13). `تتهم دمشق أنقرة باحتلال
 * أجزاء من الشمال السوري`, `اتهم صباغ الولايات المتحدة وتركيا بـ«احتلال» أجزاء من الأراضي السورية`, "accuses Ankara of
 * occupying parts of northern Syria", "accused Washington of the occupation of Syrian land": each state or group of the
 * accused list is deployed in the first place named after the occupation word (cues.csv `occupy_charge`), at publication
 * (a standing state, as occupationPresence). Read on the accused records the accusation frames gave, so a charge
 * denied or only feared ("denied accusations of seeking to occupy") gives nothing.
 */
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, groupFrom, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';
import { mentionAtSpan } from './presence.ts';
import { nounArgs } from './args.ts';
import { isHypothetical, isNegated, presupposedPresence } from './guards.ts';

/** Words between the accused and the charge noun: `بـ`, quotes, "of (the)". */
const CHARGE_GAP = /^(ب|بـ|«|"|“|of|the)$/;
const BOUNDARY = /^[,،.;:؛]$/;

export function accusedOccupation(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const accused = ctx.out.slice(before).filter((r) => r.relation === 'accused' && r.evidence.start === s.start);
  if (!accused.length) return;
  const charge = cueWords(ctx.lex, 'occupy_charge');
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (const r of accused) {
    const who = mentionAtSpan(ctx, r.evidence.targetSpan, r.target);
    const a = who ? actor(ctx.lex, who) : undefined;
    if (!who || !a || !/^(country|armed_group)$/.test(a.kind)) continue;
    // (past the rest of the accused list: `الولايات المتحدة وتركيا بـ«احتلال»`)
    const i = s.mentions.findIndex((m) => m.tok0 === who.tok0);
    let k = i >= 0 ? groupFrom(s.mentions, i).at(-1)!.tok1 : who.tok1;
    // (past a date, `الولايات المتحدة يوم الأحد باحتلال`, and a relative clause set off by commas, "Turkey, which …, of")
    for (let n = 0; n < 8 && k < toks.length; n++) {
      const d = s.dates.find((x) => x.start <= toks[k]!.start && toks[k]!.end <= x.end);
      if (d) {
        while (k < toks.length && toks[k]!.end <= d.end) k++;
        continue;
      }
      if (BOUNDARY.test(toks[k]!.text) && /^(التي|الذي|which|who)$/.test(toks[k + 1]?.norm ?? '')) {
        let j = k + 2;
        while (j < toks.length && j - k < 12 && !BOUNDARY.test(toks[j]!.text)) j++;
        if (j >= toks.length || j - k >= 12) break;
        k = j + 1;
        continue;
      }
      if (!CHARGE_GAP.test(toks[k]!.norm)) break;
      k++;
    }
    const t = toks[k];
    if (!t) continue;
    const w = ctx.lang === 'ar' ? t.norm.replace(/^[وب]+(?=ال|احتلال)/, '') : t.norm;
    if (!charge.has(w)) continue;
    let place;
    for (let j = k + 1; j < toks.length && j <= k + 5 && !BOUNDARY.test(toks[j]!.text) && !place; j++)
      place = s.mentions.find((m) => m.tok0 === j && (m.kind === 'place' || m.kind === 'country'));
    if (!place || place.entity === a.entity || toldHere(ctx, 'deployed_in', a.entity, place.entity)) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: t.start, end: t.end }, pattern), 'deployed_in', a, place, {}, true);
    atPublication(ctx, n);
  }
}

/**
 * np37: a presence noun followed by "there"/`هناك` ("to stop Iran from entrenching its military presence there",
 * `ترسيخ وجودها العسكري هناك`) is in the last place or country the sentence named before it (not its owner), at
 * publication; the owner is the noun's own (nounArgs), and no name of the owner is the place (`تؤكد أنقرة أن بقاء قواتها
 * هناك`: not Ankara). Not a presence negated (unless presupposed by an entrench word)
 * or hypothetical.
 */
export function presenceThere(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (const T of s.triggers) {
    if (!/^(there|هناك)$/.test(toks[T.tok1]?.norm ?? '') || !T.patterns.some((q) => q.relation === 'deployed_in' && q.pos === 'noun')) continue;
    if ((isNegated(ctx, T) && !presupposedPresence(ctx, T)) || isHypothetical(ctx, T)) continue;
    const owners = (nounArgs(ctx, T).subj ?? []).map((m) => actor(ctx.lex, m)).filter((a) => !!a && /^(country|armed_group)$/.test(a.kind));
    if (!owners.length) continue;
    const places = s.mentions.filter((m) => m.tok1 <= T.tok0 && (m.kind === 'place' || m.kind === 'country') && !owners.some((a) => a!.entity === m.entity || a!.entity === actor(ctx.lex, m)?.entity));
    const place = places.at(-1);
    if (!place) continue;
    for (const a of owners) {
      if (toldHere(ctx, 'deployed_in', a!.entity, place.entity) || a!.entity === place.entity) continue;
      const n = ctx.out.length;
      emit(ctx, cueTrigger(T, pattern), 'deployed_in', a!, place, {}, true);
      atPublication(ctx, n);
    }
  }
}
