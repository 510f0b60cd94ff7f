/**
 * Forces sent or brought to a place are there (branch slot45; gold rule 20a; diagnosis-batch43 #89, diagnosis-batch42
 * #24; pool b38/b39): "The Syrian army sent fresh reinforcements to front lines near Manbij and Tal Rifaat", "dispatched
 * additional troops to positions near Saraqeb", `أدخل الجيش التركي، مساء السبت، رتلاً عسكرياً جديداً إلى ريف حلب الشمالي`.
 * A verb of sending or bringing in (cues.csv `send_forces_verb`), forces (a `military` word) within four words (eight in
 * Arabic, past a VSO subject and a date between commas), "to"/"into"/`إلى` within three words after them, then the first
 * place within six words — no boundary, comma, trigger or other name between ("the front lines around", "its posts in",
 * `خطوط التماس في محيط مدينة`) — and the places joined to it: the verb's subject (a state or an armed group) is deployed
 * in each. Not negated nor hypothetical; the fixed patterns ("sent reinforcements to P") stay the patterns' rows. Not past
 * a word that opens another phrase ("to the border after Tehran's offensive"), nor a possessor (merge of round 45).
 */
import type { Mention } from '../doc.ts';
import { verbArgs } from './args.ts';
import { actor, BOUNDARY, type Ctx, cueTrigger, groupFrom, hasCue, hasWordCue, hasWordCueAt, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

const TO = /^(to|into|الي|والي)$/;
/** A word opening another phrase or clause between "to" and the place: "sent troops to the border after Tehran's offensive". */
const OTHER_PHRASE = /^(after|before|following|since|during|amid|when|while|بعد|وبعد|قبل|عقب|منذ|خلال|اثر)$/;

export function sentForces(ctx: Ctx): void {
  if (!ctx.byKind.has('military') || !hasWordCue(ctx, 'send_forces_verb', 'conj')) return;
  const en = ctx.lang === 'en';
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  for (let k = 0; k < toks.length - 3; k++) {
    if (!hasWordCueAt(ctx, k, 'send_forces_verb', 'conj')) continue;
    // (the forces: a military word within four words, eight in Arabic; no boundary)
    let f = -1;
    for (let j = k + 1; j < toks.length && j - k <= (en ? 4 : 8) && !BOUNDARY.has(toks[j]!.text); j++) {
      if (en && toks[j]!.text === ',') break;
      if (hasCue(ctx, j, 'military') && !ms.some((m) => m.tok0 <= j && j < m.tok1)) {
        f = j;
        break;
      }
    }
    if (f < 0) continue;
    // ("to"/`إلى` within three words after the forces, then the first place within six, nothing named or told between)
    let t = f + 1;
    while (t < toks.length && t - f <= 3 && !TO.test(toks[t]!.norm) && toks[t]!.text !== ',' && !BOUNDARY.has(toks[t]!.text)) t++;
    if (t >= toks.length || !TO.test(toks[t]!.norm)) continue;
    const i = ms.findIndex((m) => m.tok0 > t);
    const place = ms[i];
    if (!place || place.kind !== 'place' || place.tok0 - t > 6) continue;
    let clean = true;
    for (let j = t + 1; j < place.tok0 && clean; j++) clean = toks[j]!.text !== ',' && !BOUNDARY.has(toks[j]!.text) && !OTHER_PHRASE.test(toks[j]!.norm) && !ctx.s.triggers.some((x) => x.tok0 <= j && j < x.tok1);
    // (a possessor is no destination: "to Tehran's border")
    if (!clean || /['’]s?$/.test(toks[place.tok1 - 1]!.text)) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p);
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    const subj = (verbArgs(ctx, T, true).subj ?? []).filter((m) => m.tok0 < f && /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? ''));
    if (!subj.length) continue;
    const places: Mention[] = groupFrom(ms, i).filter((m) => m.kind === 'place');
    for (const a of subj) for (const w of places) if (!toldHere(ctx, 'deployed_in', actor(ctx.lex, a)!.entity, w.entity)) emit(ctx, T, 'deployed_in', a, w, {}, true);
  }
}
