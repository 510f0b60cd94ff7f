/**
 * Presence told by a clause of place (issue #3, the deployed_in audit): "northern Syria, where Turkish troops hold
 * territory", "the al-Tanf garrison, where US troops train opposition fighters", "X must leave northeastern Syria, where
 * they back the SDF". Whatever the clause's verb, forces of a state acting in the place of ", where" are that state's
 * presence there (English; Arabic `حيث تنتشر` is a presence verb of its own).
 */
import { type Mention, mentionOf, type Trigger } from '../doc.ts';
import type { Pattern } from '../lexicon.ts';
import { anaphorAt } from './anaphora.ts';
import { actor, type Ctx, cueTrigger, prepOf, verbPattern } from './ctx.ts';
import { atPublication, emit, emitAll } from './emit.ts';
import { includedMembers } from './structure.ts';

/** What forces do that is no presence in the place (a plan, a possibility, leaving it). */
const NOT_THERE = /^(could|would|might|may|will|should|must|can|cannot|no|not|never|left|leave|withdrew|withdraw)$/;
/** A head noun a place name may carry before ", where": "the al-Tanf garrison, where". */
const PLACE_HEAD = /^(garrison|base|province|region|area|town|city|countryside|governorate)$/;

/** The place ", where" at token k refers back to: the name right before it (past a head noun), and for "A inside/in B, where", A. */
function whereAntecedent(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let e = k - 1;
  if (PLACE_HEAD.test(toks[e - 1]?.norm ?? '')) e--;
  const ms = ctx.s.mentions;
  let m = ms.find((x) => x.tok1 === e);
  if (!m) return undefined;
  const inner = /^(inside|in)$/.test(toks[m.tok0 - 1]?.norm ?? '') ? ms.find((x) => x.tok1 === m!.tok0 - 1) : undefined;
  if (inner && inner.kind === 'place') m = inner;
  const a = actor(ctx.lex, m);
  return m.kind === 'place' || a?.kind === 'country' ? m : undefined;
}

/** The state whose forces open the clause at token k ("US troops", "Turkish forces", "they" = troops named before). */
function forcesAt(ctx: Ctx, k: number): { who: Mention; end: number } | undefined {
  const toks = ctx.s.tokens;
  if (toks[k]?.norm === 'they') {
    const a = anaphorAt(ctx, k);
    // (only the troops named before it in the sentence: "American troops must leave X, where they …")
    const one = a?.group.length === 1 ? a.group[0]! : undefined;
    if (!one || actor(ctx.lex, one)?.kind !== 'country' || !ctx.byKind.get('military')?.some((c) => c.tok1 <= k)) return undefined;
    return { who: one, end: a!.end };
  }
  const m = ctx.s.mentions.find((x) => x.tok0 === k);
  if (!m || actor(ctx.lex, m)?.kind !== 'country') return undefined;
  const c = ctx.byKind.get('military')?.find((x) => x.tok0 === m.tok1);
  return c ? { who: m, end: c.tok1 } : undefined;
}

/**
 * "Syria, where Turkish troops control a strip of territory in the north": "in the north/northeast" of the clause names
 * the country's region when the lexicon has one (`northern-syria`, `northeastern-syria`).
 */
function regionOf(ctx: Ctx, place: Mention, from: number): Mention {
  const toks = ctx.s.tokens;
  const e = ctx.lex.entities.get(place.entity);
  if (e?.kind !== 'country') return place;
  for (let k = from; k + 2 < toks.length && toks[k]!.text !== ','; k++) {
    if (toks[k]!.norm !== 'in' || toks[k + 1]!.norm !== 'the') continue;
    const dir = { north: 'northern', northeast: 'northeastern' }[toks[k + 2]!.norm];
    const r = dir ? ctx.lex.entities.get(`${dir}-${e.label_en.toLowerCase()}`) : undefined;
    if (r) return mentionOf(place, r.id, r.kind);
  }
  return place;
}

/** ", where FORCES …": the forces' state is deployed in the place before ", where" (English). */
export function wherePresence(ctx: Ctx): void {
  const toks = ctx.s.tokens;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.norm !== 'where' || toks[k - 1]!.text !== ',') continue;
    const place = whereAntecedent(ctx, k);
    const f = place && forcesAt(ctx, k + 1);
    if (!place || !f) continue;
    // ("where they could be deployed", "where US troops were stationed until 2019", "where they no longer …")
    let j = f.end;
    while (/^(have|has|also|still|already|now)$/.test(toks[j]?.norm ?? '')) j++;
    if (NOT_THERE.test(toks[j]?.norm ?? '') || /^(longer)$/.test(toks[j + 1]?.norm ?? '')) continue;
    // ("near Afrin, where Turkish troops regularly strike the YPG": striking a place is no presence in it)
    let end = f.end;
    while (end < toks.length && toks[end]!.text !== ',') end++;
    if (ctx.s.triggers.some((x) => x.tok0 >= f.end && x.tok0 < end && x.patterns[0]!.relation === 'attacked')) continue;
    const t = toks[k + 1]!;
    // (a presence told in the present or the present perfect is a state at the time of writing)
    const past = /^(were|was|had)$/.test(toks[j]?.norm ?? '') || (j === f.end && /ed$/.test(toks[j]?.norm ?? ''));
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: k + 1, tok1: f.end, start: t.start, end: toks[f.end - 1]!.end }, pattern), 'deployed_in', f.who, regionOf(ctx, place, f.end), {}, true);
    if (!past) atPublication(ctx, n);
  }
}

/** A state's base, garrison or outpost (`قاعدة أمريكية في X`, "the US garrison at X"): a standing presence. */
export const BASE_NOUN = /^(base|bases|garrison|garrisons|outpost|outposts|قاعده|قواعد)$/;

/**
 * "وتنتقد الدعم الأميركي لها", "انتقد الدعم الأمريكي لها": a support noun with the supporter's nisba and a pronoun after
 * لـ is that state's support of the actor the pronoun refers to: the nearest actor before the noun that no preposition
 * introduces (ها: no person; ه: a person or a group) (Arabic).
 */
export function supportForPronoun(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'supported' || T.patterns[0]!.pos !== 'noun') continue;
    const dem = s.mentions.find((m) => m.tok0 === T.tok1 && m.via === 'demonym');
    const pron = dem ? toks[dem.tok1]?.norm : undefined;
    if (!dem || !pron || !/^(لها|له)$/.test(pron)) continue;
    const fem = pron === 'لها';
    let ref: Mention | undefined;
    for (let i = s.mentions.length - 1; i >= 0 && !ref; i--) {
      const m = s.mentions[i]!;
      // (a list member shares its head's preposition: "في غزة ولبنان")
      let h = i;
      while (h > 0 && s.mentions[h]!.conj) h--;
      if (m.tok1 > T.tok0 || prepOf(ctx, m) || prepOf(ctx, s.mentions[h]!) || m.entity === dem.entity) continue;
      const a = actor(ctx.lex, m);
      if (a && (fem ? a.kind !== 'person' : a.kind === 'person' || a.kind === 'armed_group' || a.kind === 'organization')) ref = a;
    }
    if (!ref) continue;
    // (a standing support, told as the object of a stance: dated at publication)
    const n = ctx.out.length;
    emit(ctx, T, 'supported', dem, mentionOf(ref, ref.entity, ref.kind, 'anaphor'), {}, false);
    atPublication(ctx, n);
  }
}

/**
 * "وتنتشر في منطقة البوكمال فصائل عراقية مسلحة …، أبرزها «كتائب حزب الله»": a presence verb, its place, then an unnamed
 * plural whose members are named after "، بينها/أبرزها": the members are present there (Arabic VSO with the place first).
 */
export function presentMembers(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || toks[T.tok1]?.norm !== 'في') return undefined;
  const place = ctx.s.mentions.find((m) => m.tok0 === T.tok1 + 1 || (m.tok0 === T.tok1 + 2 && /^(منطقه|محافظه|مدينه|ريف)$/.test(toks[T.tok1 + 1]!.norm)));
  const members = place ? includedMembers(ctx, place.tok1, place.tok1 + 1) : undefined;
  if (!place || !members?.length) return undefined;
  return emitAll(ctx, T, p, members, [place], attrs);
}
