/**
 * A place phrase repeated with its preposition (branch np47; diagnosis-batch46 §6 np47 rank 5, diagnosis-batch47 np47):
 * "carried out air strikes on the outskirts of P and on hills near Q", `غارات على أطراف P وعلى تلال قرب Q`, `في حي المزة
 * بدمشق وفي ضاحية قدسيا`, `على الجزء الأكبر من محافظة إدلب وعلى أجزاء من ريف اللاذقية`. An attack's or a presence's place
 * P whose phrase opens with a place preposition, followed (no comma, boundary or trigger between) by "and" + the same
 * preposition (`و` + it in Arabic) and a second place phrase: the first place named in that phrase is a place of the same
 * relation (same source, date and attributes). The simple "on P and on Q" is a list the arguments already read.
 */
import type { Mention } from '../doc.ts';
import { BOUNDARY, type Ctx } from './ctx.ts';

/** The place prepositions repeated (normalised); grammar words. */
const PREP = /^(in|on|at|near|around|في|علي|عند|قرب|حول)$/;
/** An Arabic token that is و + one of them (`وفي`, `وعلى` normalised). */
const AND_PREP_AR = /^و(في|علي|عند|قرب|حول)$/;

/** The token after a coordinated place preposition at k ("and on", `وعلى`) equal to prep, else -1. */
function andPrepAt(ctx: Ctx, k: number, prep: string): number {
  const toks = ctx.s.tokens;
  const t = toks[k]?.norm ?? '';
  if (ctx.lang === 'ar') return AND_PREP_AR.test(t) && t.slice(1) === prep ? k + 1 : -1;
  return t === 'and' && toks[k + 1]?.norm === prep ? k + 2 : -1;
}

/** Has the sentence any coordinated place preposition (the cheap guard)? */
function hasAndPrep(ctx: Ctx): boolean {
  const toks = ctx.s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!.norm;
    if (ctx.lang === 'ar' ? AND_PREP_AR.test(t) : t === 'and' && PREP.test(toks[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** The preposition opening the phrase of place m (up to six words before it, no comma, boundary, trigger or other mention). */
function openingPrep(ctx: Ctx, m: Mention): string | undefined {
  const toks = ctx.s.tokens;
  for (let k = m.tok0 - 1; k >= 0 && m.tok0 - k <= 6; k--) {
    const t = toks[k]!;
    // (the preposition may close the trigger itself: "are deployed in")
    if (PREP.test(t.norm) && !ctx.inMention[k]) return t.norm;
    if (t.text === ',' || t.text === '،' || BOUNDARY.has(t.text) || ctx.inMention[k] || ctx.s.triggers.some((x) => x.tok0 <= k && k < x.tok1)) return undefined;
  }
  return undefined;
}

/** The first place named in the repeated phrase after place m, else undefined. */
function repeatedPlace(ctx: Ctx, m: Mention): Mention | undefined {
  const prep = openingPrep(ctx, m);
  if (!prep) return undefined;
  const toks = ctx.s.tokens;
  const trig = (k: number) => ctx.s.triggers.some((x) => x.tok0 <= k && k < x.tok1);
  let q = -1;
  for (let k = m.tok1; k < toks.length && k - m.tok1 <= 6; k++) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === '،' || BOUNDARY.has(t.text) || trig(k)) return undefined;
    if ((q = andPrepAt(ctx, k, prep)) >= 0) break;
  }
  if (q < 0) return undefined;
  for (let k = q; k < toks.length && k - q <= 5; k++) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === '،' || BOUNDARY.has(t.text) || trig(k)) return undefined;
    if (!ctx.inMention[k]) continue;
    const x = ctx.s.mentions.find((y) => y.tok0 <= k && k < y.tok1);
    return x && x.kind === 'place' && x.via !== 'anaphor' ? x : undefined;
  }
  return undefined;
}

/** The records of an attack or a presence whose place phrase is repeated with its preposition get the second place too. */
export function repeatedPrepPlaces(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  if (!hasAndPrep(ctx)) return;
  const n = out.length;
  for (let i = before; i < n; i++) {
    const r = out[i]!;
    if ((r.relation !== 'attacked' && r.relation !== 'deployed_in') || r.evidence.start !== s.start) continue;
    const at = s.mentions.find((m) => m.start - s.start === r.evidence.targetSpan[0] && m.entity === r.target);
    if (!at || at.kind !== 'place') continue;
    const place = repeatedPlace(ctx, at);
    if (!place || place.entity === r.target || place.entity === r.source) continue;
    if (out.some((x) => x.evidence.start === s.start && x.relation === r.relation && x.source === r.source && x.target === place.entity)) continue;
    const rec = { ...r, target: place.entity, evidence: { ...r.evidence, targetSpan: [place.start - s.start, place.end - s.start] as [number, number] } };
    out.push(rec);
    if (ctx.stative.has(r)) ctx.stative.add(rec);
  }
}
