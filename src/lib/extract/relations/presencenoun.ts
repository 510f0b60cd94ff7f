/**
 * A definite presence noun with its owners and its place (np42, gold rule 13; diagnosis-batch37 §6 np41 rank 1; pool
 * b32, b35): `الوجود العسكري الأمريكي والتركي غير الشرعي على الأراضي السورية`, `«الوجود غير الشرعي» للقوات الأمريكية
 * والتركية على أراضيها`, `رفض بلاده الوجود العسكري الأمريكي «غير الشرعي» في شمال شرق البلاد`, "the continued Turkish and
 * US military presence on Syrian territory", "Russia's military presence in Syria". The presence noun (cues.csv
 * `presence_noun`) names its owners — Arabic: demonyms or a `ل` + forces mention after it (and their conjuncts), English: a
 * demonym, name or possessor right before it (and the list it ends) — and its place after في/على/داخل, "in"/"on"/"inside",
 * past the words a presence phrase keeps between them (cues.csv `presence_gap`: "military", `العسكري`, `غير الشرعي`,
 * quotes). A state's own territory (`أراضيها`, "its territory") is the last state named before the noun. Each owner, a
 * state or an armed group, is deployed in the place at the publication date; the sentence's own presence records of an
 * owner stand. Not for an indefinite presence ("any", "no", `أي`) nor in a negated clause; a rejected or demanded end of
 * a definite presence presupposes it.
 */
import type { Mention } from '../doc.ts';
import { actor, cueTrigger, type Ctx, hasWordCue, mentionAt, verbPattern, wordCueTokens } from './ctx.ts';
import { atPublication, emit } from './emit.ts';
import { isNegated } from './guards.ts';
import { cueWords } from '../lexicon.ts';

const QUOTE = /^[«»"“”']$/;
const PLACE_PREP = /^(في|علي|داخل|in|on|inside)$/;
const INDEFINITE = /^(any|no|an|a|اي|لاي|باي)$/;

export function presenceNounOwners(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'presence_noun')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const ar = ctx.lang === 'ar';
  const gap = cueWords(ctx.lex, 'presence_gap');
  const territory = cueWords(ctx.lex, 'own_territory');
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  const skip = (j: number): boolean => j < toks.length && (QUOTE.test(toks[j]!.text) || gap.has(toks[j]!.norm));
  for (const k of wordCueTokens(ctx, 'presence_noun')) {
    const w = toks[k]!.norm;
    if (/(ها|هم|هما|ه)$/.test(w) || /احتلال|occupation/.test(w)) continue;
    if (ctx.inMention[k]) continue;
    let owners: Mention[] = [];
    let j = k + 1;
    if (ar) {
      // (the noun is definite: `الوجود`, `للوجود`, `بالوجود`; not `أي وجود`)
      if (!/^[وبفل]?(ال|لل)/.test(w) || INDEFINITE.test(toks[k - 1]?.norm ?? '')) continue;
      while (skip(j)) j++;
      let i = ms.findIndex((m) => m.tok0 === j);
      if (i < 0) continue;
      const first = ms[i]!;
      if (!(first.via === 'demonym' || /ل/.test(first.clitics))) continue;
      owners.push(first);
      for (i++; i < ms.length && ms[i]!.conj && ms[i]!.tok0 - ms[i - 1]!.tok1 <= 1; i++) owners.push(ms[i]!);
      j = owners[owners.length - 1]!.tok1;
    } else {
      // (a demonym, name or possessor right before the noun, past "military"; the list it ends)
      let b = k - 1;
      while (b >= 0 && gap.has(toks[b]!.norm)) b--;
      if (toks[b]?.norm === "'s") b--;
      let i = ms.findIndex((m) => m.tok1 === b + 1);
      if (i < 0) continue;
      const lead = ms[i]!;
      // (definite: "the", a possessive, or a modifier after "the"; not "any/no/an … presence")
      let d = lead.tok0 - 1;
      for (let q = i; q > 0 && ms[q]!.conj; q--) d = ms[q - 1]!.tok0 - 1;
      while (d >= 0 && gap.has(toks[d]!.norm)) d--;
      if (INDEFINITE.test(toks[d]?.norm ?? '')) continue;
      if (toks[d]?.norm !== 'the' && toks[b + 1]?.norm !== "'s" && toks[lead.tok1]?.norm !== "'s") continue;
      owners.push(lead);
      for (; i > 0 && ms[i]!.conj && ms[i]!.tok0 - ms[i - 1]!.tok1 <= 1; i--) owners.unshift(ms[i - 1]!);
    }
    while (skip(j)) j++;
    if (!PLACE_PREP.test(toks[j]?.norm ?? '')) continue;
    owners = owners.filter((m) => /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? ''));
    if (!owners.length) continue;
    // (the place: a mention right after the preposition, or a state's own territory)
    let place = mentionAt(ctx, j + 1);
    if (place && place.tok0 !== j + 1) place = undefined;
    const own = !place && (ar ? territory.has(toks[j + 1]?.norm ?? '') : toks[j + 1]?.norm === 'its' && territory.has(toks[j + 2]?.norm ?? ''));
    if (own) {
      const ids = new Set(owners.map((m) => actor(ctx.lex, m)!.entity));
      for (const m of ms) {
        if (m.tok1 > k) break;
        const a = actor(ctx.lex, m);
        if (a?.kind === 'country' && !ids.has(a.entity)) place = a;
      }
    }
    if (!place) continue;
    const pk = place.kind === 'place' ? 'place' : actor(ctx.lex, place)?.kind;
    if (pk !== 'place' && pk !== 'country') continue;
    const t = toks[k]!;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: t.start, end: t.end }, p);
    // (a definite presence is presupposed under a rejection or a demand: "rejected the US military presence in Syria",
    // `رفض بلاده الوجود العسكري الأمريكي`; a negated clause still gives none)
    if (isNegated(ctx, T)) continue;
    const n = ctx.out.length;
    for (const o of owners) {
      const id = actor(ctx.lex, o)!.entity;
      if (ctx.out.some((r) => r.evidence.start === s.start && r.relation === 'deployed_in' && r.source === id)) continue;
      emit(ctx, T, 'deployed_in', o, place, {}, true);
    }
    atPublication(ctx, n);
  }
}
