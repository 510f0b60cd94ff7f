/**
 * A body's own office, seat or headquarters in P, told with an owner pronoun, is the body's presence in P (branch np56,
 * gold rule 19e; diagnosis-batch54/55 §6 np56 rank 1; pool b47, b52): `مسؤولين من مكتبها في القامشلي`, `في مقره بمدينة
 * الطبقة`, "officials from its office in Qamishli", "at their headquarters in the city of Hasakah". The owner noun is a
 * `office_owned` cue word (Arabic: with its owner clitic, past a proclitic و ف ب ل; English: after "its"/"their"); the
 * place is the mention right after في/ب (Arabic, `بمدينة P` as the place's own mention with ب) or "in"/"at" (English,
 * past "the city/town of"); the owner is the nearest actor before the noun when it is an organisation, an armed group
 * or a state, and no person is named before the noun (`استقبل الأسد وفداً من الأمم المتحدة في مكتبه`: his office).
 * Dated at publication, unless the sentence has the record already; not in a negated clause.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasBoundary, hasBreak, mentionAt, prepOf, stem, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';
import { isNegated } from './guards.ts';

const OWNER_KINDS = /^(organization|armed_group|country)$/;

/** The place the office stands in, from token j on (the preposition). */
function officePlace(ctx: Ctx, j: number): Mention | undefined {
  const toks = ctx.s.tokens;
  const isPlace = (m: Mention | undefined) => !!m && (m.kind === 'place' || m.kind === 'country');
  if (ctx.lang === 'ar') {
    // (`بمدينة الطبقة`: the place's mention carries the ب)
    const m0 = mentionAt(ctx, j);
    if (m0 && isPlace(m0) && /ب/.test(m0.clitics)) return m0;
    // (`بمدينة الحسكة`: a place head with ب before the place's own mention)
    if ((toks[j]?.norm ?? '').startsWith('ب') && ctx.byKind.get('place_head')?.some((c) => c.tok0 === j && c.tok1 === j + 1)) {
      const m = mentionAt(ctx, j + 1);
      return isPlace(m) ? m : undefined;
    }
    if (toks[j]?.norm !== 'في') return undefined;
    const m = mentionAt(ctx, j + 1);
    return isPlace(m) ? m : undefined;
  }
  if (!/^(in|at)$/.test(toks[j]?.norm ?? '')) return undefined;
  let k = j + 1;
  if (toks[k]?.norm === 'the') k++;
  if (/^(city|town|village|province)$/.test(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'of') k += 2;
  const m = mentionAt(ctx, k);
  return isPlace(m) ? m : undefined;
}

export function officePresences(ctx: Ctx): void {
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  const { s } = ctx;
  const toks = s.tokens;
  const words = cueWords(ctx.lex, 'office_owned');
  const ar = ctx.lang === 'ar';
  for (let k = 1; k < toks.length; k++) {
    if (ctx.inMention[k]) continue;
    if (ar ? !stem(words, toks[k]!.norm) : !words.has(toks[k]!.norm) || !/^(its|their)$/.test(toks[k - 1]!.norm)) continue;
    const place = officePlace(ctx, k + 1);
    if (!place) continue;
    // (the owner: the nearest actor before the noun; none after a named person, whose office it is)
    let owner: Mention | undefined;
    for (let q = s.mentions.length - 1; q >= 0; q--) {
      const m = s.mentions[q]!;
      if (m.tok1 > k) continue;
      const a = actor(ctx.lex, m);
      if (!a || a.kind === 'place') continue;
      // (English: the owner of "its" is no object of a preposition, "part of the Autonomous Administration, hosted … at
      // its headquarters": the council's, read or not)
      owner = OWNER_KINDS.test(a.kind) && (ar || (!prepOf(ctx, m) && (m.tok0 <= 1 || !hasBreak(toks, m.tok1, k)))) ? m : undefined;
      break;
    }
    // (Arabic: a masculine owner clitic, `مقره`, names no feminine head, `وفداً من وجهاء عشيرة الولدة في مقره`: the
    // council's seat, not the tribe's)
    if (ar && owner && /[^ا]ه$/.test(toks[k]!.norm) && toks[owner.tok0]!.norm.slice(owner.clitics.length).endsWith('ه')) continue;
    if (!owner || hasBoundary(toks, owner.tok1, k) || s.mentions.some((m) => m.tok1 <= k && actor(ctx.lex, m)?.kind === 'person')) continue;
    const t = toks[k]!;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: t.start, end: t.end }, p);
    if (isNegated(ctx, T)) continue;
    const id = actor(ctx.lex, owner)!.entity;
    if (id === place.entity || toldHere(ctx, 'deployed_in', id, place.entity)) continue;
    const n = ctx.out.length;
    emit(ctx, T, 'deployed_in', owner, place, {}, true);
    atPublication(ctx, n);
  }
}
