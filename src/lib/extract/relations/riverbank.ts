/**
 * A river is no place of presence (branch np47; diagnosis-batch46 §6 np47 rank 1, FP 87): `تسيطر X على الضفة الغربية لنهر
 * الفرات في محافظة P`, "control the western bank of the Euphrates River in Deir ez-Zor province" → X in P, the place named
 * right after the river (`في`/"in" or a `ب` clitic, past a place head), else the place a compass word before the river
 * locates (`الرقة شرق نهر الفرات`); `المناطق الواقعة شرق نهر الفرات` with no such place → no record.
 * A river is a mention with a `river_word` (cues.csv) in it.
 */
import type { Mention } from '../doc.ts';
import { relationRecord } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { BOUNDARY, type Ctx, hasWordCue, hasWordCueAt, prepOf } from './ctx.ts';
import { toldHere } from './emit.ts';

/** Is mention m a river (a `river_word` token in it)? */
export function isRiver(ctx: Ctx, m: Mention): boolean {
  for (let k = m.tok0; k < m.tok1; k++) if (hasWordCueAt(ctx, k, 'river_word', 'conj')) return true;
  return false;
}

/** The place named right after river m (within three tokens, no comma, boundary or trigger between), else undefined. */
export function placeAfterRiver(ctx: Ctx, m: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  const x = ctx.s.mentions.find((y) => y.tok0 >= m.tok1 && y.tok0 - m.tok1 <= 3);
  if (!x || x.kind !== 'place' || isRiver(ctx, x)) return undefined;
  for (let k = m.tok1; k < x.tok0; k++) if (toks[k]!.text === ',' || toks[k]!.text === '،' || BOUNDARY.has(toks[k]!.text) || ctx.s.triggers.some((T) => T.tok0 === k)) return undefined;
  return /^(في|in|ب)$/.test(prepOf(ctx, x) ?? '') ? x : undefined;
}

/** The place a compass word locates by river m ("Raqqa east of the Euphrates River", `الرقة شرق نهر الفرات`), else undefined. */
export function placeBeforeRiver(ctx: Ctx, m: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  if (toks[k]?.norm === 'the') k--;
  if (toks[k]?.norm === 'of') k--;
  if (!cueWords(ctx.lex, 'compass').has(toks[k]?.norm ?? '')) return undefined;
  const x = ctx.s.mentions.find((y) => y.tok1 === k);
  return x && x.kind === 'place' && !isRiver(ctx, x) ? x : undefined;
}

/** This sentence's presence records on a river go to the place after it, or go. */
export function riverPresence(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'river_word', 'conj')) return;
  const { s, out } = ctx;
  for (let i = before; i < out.length; i++) {
    const r = out[i]!;
    if (r.relation !== 'deployed_in' || r.evidence.start !== s.start) continue;
    const m = s.mentions.find((x) => x.start - s.start === r.evidence.targetSpan[0] && x.entity === r.target);
    if (!m || !isRiver(ctx, m)) continue;
    const place = placeAfterRiver(ctx, m) ?? placeBeforeRiver(ctx, m);
    if (!place || toldHere(ctx, 'deployed_in', r.source, place.entity)) {
      out.splice(i--, 1);
      continue;
    }
    out[i] = relationRecord(r.source, r.relation, place.entity, r.date, r.dateSource, { ...r.evidence, targetSpan: [place.start - s.start, place.end - s.start] }, r.attrs);
    if (ctx.stative.has(r)) ctx.stative.add(out[i]!);
  }
}
