/**
 * An offensive as the subject of a capture or expulsion verb (branch slot56; gold rule 19f; diagnosis-batch55 §6 slot56
 * rank 1): "after a Turkish offensive that year drove the Kurdish YPG militia out of the district", "since Turkey's
 * offensive drove the SDF from the town in October 2019", `منذ عملية «درع الفرات» التركية التي انتزعت المدينة من
 * تنظيم «داعش»`. The verb's subject is the offensive noun (cues.csv `offensive_noun`), which names no actor; its doer —
 * the demonym or possessor right before it (English) or the demonym right after it and its operation name (Arabic) — is
 * the verb's subject, so the attack, the captor's presence and the expelled group's presence follow as for a named
 * captor. No name on the noun, no subject; a modal ("would drive") stops the walk back (a threat, not a deed).
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx } from './ctx.ts';

const EN_AUX = /^(has|have|had|also|later|then|eventually|finally|quickly)$/;
const EN_PERIOD = /^(year|month|summer|spring|autumn|fall|winter)$/;
const EN_MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** `m` when it stands for a state or armed group, else undefined. */
function doer(ctx: Ctx, m: Mention | undefined): Mention | undefined {
  const a = m && actor(ctx.lex, m);
  return a && /^(country|armed_group)$/.test(a.kind) ? m : undefined;
}

/** English: the offensive's doer when the verb at T has "[a/the] DEMONYM|X's offensive [time adjunct]" as subject. */
function offensiveSubjectEn(ctx: Ctx, T: { tok0: number }): Mention | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && EN_AUX.test(toks[k]!.norm)) k--;
  // (a time adjunct between the noun and its verb: "that year", "the same year", "in 2018", "in October 2019")
  if (EN_PERIOD.test(toks[k]?.norm ?? '') && /^(that|same|last|the)$/.test(toks[k - 1]?.norm ?? '')) {
    k -= 2;
    if (/^(that|the)$/.test(toks[k]?.norm ?? '')) k--;
  } else if (/^\d{4}$/.test(toks[k]?.norm ?? '') && (toks[k - 1]?.norm === 'in' || (EN_MONTH.test(toks[k - 1]?.norm ?? '') && toks[k - 2]?.norm === 'in'))) {
    k -= toks[k - 1]!.norm === 'in' ? 2 : 3;
  }
  if (k < 1 || ctx.inMention[k] || !cueWords(ctx.lex, 'offensive_noun').has(toks[k]!.norm)) return undefined;
  // (the noun's own doer right before it: "a Turkish offensive", "Turkey's offensive", "the 2019 Turkish offensive")
  // (a possessor ends on its "'s": "Turkey's offensive")
  const m = ctx.s.mentions.find((x) => x.tok1 === k);
  if (!m || (m.via !== 'demonym' && !/'s$/.test(toks[k - 1]!.norm))) return undefined;
  // (the phrase opens its clause: an article, a possessive, or a clause word before it)
  const before = toks[m.tok0 - 1]?.norm ?? '';
  if (m.via === 'demonym' && !/^(a|an|the|since|after|when|until|before|its|their)$/.test(before)) return undefined;
  return doer(ctx, m);
}

/**
 * Arabic: the verb at T opens a relative (`التي`/`الذي`, after an optional `عام YYYY،`) on an operation phrase — an
 * offensive noun, an optional «name», and a demonym (`عملية «درع الفرات» التركية التي انتزعت`, `العملية التركية التي`).
 */
function offensiveSubjectAr(ctx: Ctx, T: { tok0: number }): Mention | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  if (!/^(التي|الذي)$/.test(toks[k]?.norm ?? '')) return undefined;
  k--;
  if (toks[k]?.text === '،' || toks[k]?.text === ',') k--;
  if (/^\d{4}$/.test(toks[k]?.norm ?? '') && /^(عام|العام)$/.test(toks[k - 1]?.norm ?? '')) k -= 2;
  // (a demonym: a nisba after its head, `التركية`, whether the lexicon reads it as a demonym or as an alias)
  const m = ctx.s.mentions.find((x) => x.tok1 === k + 1 && x.tok0 === k && (x.via === 'demonym' || /^ال..+يه$/.test(toks[k]!.norm)));
  if (!m) return undefined;
  // (the offensive noun before it, past a quoted operation name of up to five tokens)
  const off = cueWords(ctx.lex, 'offensive_noun');
  for (let j = m.tok0 - 1; j >= 0 && m.tok0 - j <= 6; j--) {
    const w = toks[j]!.norm;
    // (the cue words are normalised as tokens are, ة as ه: only the article is read off)
    if (off.has(w) || off.has(w.replace(/^ال/, ''))) return doer(ctx, m);
    if (ctx.inMention[j]) return undefined;
  }
  return undefined;
}

/** The doer of the offensive that is the subject of verb T, in either language. */
export function offensiveSubject(ctx: Ctx, T: { tok0: number }): Mention | undefined {
  return ctx.lang === 'en' ? offensiveSubjectEn(ctx, T) : offensiveSubjectAr(ctx, T);
}
