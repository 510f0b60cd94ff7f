/**
 * A vehicle hit is victims, no presence (branch np44; gold rule 19c; diagnosis-batch40 FP 12, diagnosis-batch41 FP 38):
 * "ambushed a Syrian army convoy in the desert east of Palmyra", "an ambush on an army patrol in the desert near
 * al-Sukhnah", `هجوماً على حافلة عسكرية لقوات النظام قرب مدينة تدمر`: forces told with a moving unit (cues.csv
 * `moving_unit`: convoy, patrol, bus, vehicle; `رتل`, `دورية`, `حافلة`) that an attack of the sentence reaches (an
 * `attacked` trigger ending before the unit word, within twelve tokens: "killed six soldiers in an ambush on an army patrol") are where they were hit, not posted: forcesInPresence
 * gives them no presence. Checkpoints, posts and positions stay.
 */
import { cueWords } from '../lexicon.ts';
import { type Ctx, hasCue } from './ctx.ts';

// Words that open a reported clause (grammar words, normalised: `إن`, `أن`, `أنه`, `أنها`, `بأن`).
const CLAUSE_OPENER = /^(that|ان|انه|انها|بان)$/;

/** Is a `moving_unit` word among tokens [from - 3, end] an attack's object? */
export function hitVehicle(ctx: Ctx, from: number, end: number): boolean {
  const units = cueWords(ctx.lex, 'moving_unit');
  if (!units.size) return false;
  const toks = ctx.s.tokens;
  for (let j = Math.max(0, from - 3); j <= end && j < toks.length; j++) {
    const w = toks[j]!.arabic ? toks[j]!.norm.replace(/^[وف]?[بل]?(ال)?/, '') : toks[j]!.norm;
    if (!units.has(w) && !units.has(toks[j]!.norm)) continue;
    if (ctx.s.triggers.some((x) => x.tok1 <= j && j - x.tok1 <= 12 && x.patterns.some((q) => q.relation === 'attacked'))) return true;
  }
  return false;
}

/**
 * The same guard on a presence verb read off a moving unit's noun ("IS militants ambushed a Syrian army patrol near
 * al-Sukhnah": `patrol` is a presence verb of patterns.en.csv; "killed six Syrian soldiers in an ambush on an army patrol in
 * the desert near al-Sukhnah"): a `deployed_in` record of the sentence from `before` whose source ends right before (at
 * most one word between) a moving-unit word an attack reaches, or with such a word between its source and its place, goes.
 */
export function hitVehicleRecords(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  const units = cueWords(ctx.lex, 'moving_unit');
  if (!units.size || out.length <= before) return;
  const toks = s.tokens;
  for (let i = before; i < out.length; i++) {
    const r = out[i]!;
    if (r.relation !== 'deployed_in' || r.evidence.start !== s.start) continue;
    const end = s.start + r.evidence.sourceSpan[1];
    const place = s.start + r.evidence.targetSpan[0];
    const k = toks.findIndex((t) => t.start >= end);
    if (k < 0) continue;
    // (right after the source, "a Syrian army patrol near P", or between the source and its place, "killed six Syrian
    // soldiers in an ambush on an army patrol in the desert near al-Sukhnah")
    // (not past a clause the source only speaks or owns: "The SDF said Turkish drones struck a car near Manbij, a town
    // under its control", `وقالت «قسد» إن مسيّرة تركية استهدفت سيارة في منبج الخاضعة لسيطرتها`: a speech verb or "that"/`إن`
    // between the source and the unit)
    let hit = false;
    for (let j = k; j < toks.length && !hit && (j < k + 2 || (place > end && toks[j]!.start < place)); j++) {
      if (CLAUSE_OPENER.test(toks[j]!.norm) || hasCue(ctx, j, 'speech')) break;
      if (units.has(toks[j]!.norm) && hitVehicle(ctx, j, j)) hit = true;
    }
    if (hit) out.splice(i--, 1);
  }
}
