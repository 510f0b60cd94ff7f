/**
 * robust40a: an Arabic speech adjunct between a verb (with its subject) and its object — `اتهمت «قسد» في بيانات سابقة
 * أنقرة بـ…`, `دعا الأسد خلال مقابلة تلفزيونية واشنطن إلى …`. The adjunct opens with a `verbal` cue (cues.csv: `في بيان`,
 * `في بيانات`, `خلال مقابلة`, `في اتصال هاتفي` …) right at the object slot and may carry up to two indefinite adjectives
 * (`سابقة`, `مشترك`, `هاتفي`); when a name follows right after it, that name is the verb's object, not the genitive of the
 * adjunct's noun, and the object slot opens past the adjunct. A pattern whose own preposition opens the adjunct (a
 * presence's `في`) keeps its slot. Cheap: one cue lookup at the slot's first token.
 */
import { isQuote } from '../mentions.ts';
import type { Pattern } from '../lexicon.ts';
import { cueWords } from '../lexicon.ts';
import { type Ctx, hasCue } from './ctx.ts';

/**
 * Arabic: the token after a circumstance adjunct opened at `from` (one reading for the speech adjunct before a verb's
 * object and args.ts unresolvedAddressee's adjunct, slot40; mend42), else `from`: a `verbal` cue of two words or more
 * (`في بيان`, `خلال مقابلة`), or a preposition of circumstance (في, خلال, عبر) with an indefinite noun (`في وقت`) or one
 * definite noun (`خلال اللقاء`; not two: `في الأمم المتحدة`); an indefinite noun takes up to two indefinite adjectives
 * after it (`في بيانات سابقة`, `في اتصال هاتفي`).
 */
export function pastArAdjunct(ctx: Ctx, from: number): number {
  if (ctx.lang !== 'ar') return from;
  const toks = ctx.s.tokens;
  const c = hasCue(ctx, from, 'verbal');
  let k: number;
  if (c && c.tok1 - c.tok0 >= 2) k = c.tok1;
  else {
    if (!/^(في|خلال|عبر)$/.test(toks[from]?.norm ?? '')) return from;
    k = from + 1;
    const free = (j: number) => !!toks[j]?.arabic && toks[j]!.word && !ctx.inMention[j] && !ctx.s.triggers.some((x) => x.tok0 <= j && j < x.tok1);
    if (!free(k)) return from;
    if (/^ال/.test(toks[k]!.norm)) return free(k + 1) && /^ال/.test(toks[k + 1]!.norm) ? from : k + 1;
    k++;
  }
  // up to two indefinite adjectives (no article, no clitic preposition, no name, no trigger, no cue; no preposition,
  // particle, conjunction or pronoun, cues.csv `not_adjective_ar`)
  const notAdjective = cueWords(ctx.lex, 'not_adjective_ar');
  for (let n = 0; n < 2 && k < toks.length; n++) {
    const t = toks[k]!;
    if (!t.arabic || !t.word || ctx.inMention[k] || ctx.cueAt.has(k) || /^(ال|[وفبل])/.test(t.norm) || notAdjective.has(t.norm) || ctx.s.triggers.some((x) => x.tok0 === k)) break;
    k++;
  }
  return k;
}

/** The first token of the object slot at `from`, past a speech adjunct when a name follows it; else `from`. */
export function pastSpeechAdjunct(ctx: Ctx, from: number, p: Pattern): number {
  if (ctx.lang !== 'ar' || p.pos !== 'verb') return from;
  const c = hasCue(ctx, from, 'verbal');
  if (!c || c.tok1 - c.tok0 < 2) return from;
  const toks = ctx.s.tokens;
  const prep = toks[c.tok0]!.norm.replace(/^[وف](?=..)/, '');
  if (p.preps.includes(prep)) return from;
  const k = pastArAdjunct(ctx, from);
  let j = k;
  while (j < toks.length && isQuote(toks[j])) j++;
  return ctx.s.mentions.some((m) => m.tok0 === j || m.tok0 === k) ? k : from;
}

/**
 * robust40a: `واتهمت «قسد» المدعومة من واشنطن تركيا بـ…`: a support participle with no commas right after the subject
 * qualifies the subject (as `«قسد»، المدعومة من واشنطن،` does, structure.ts); its agent (`agent`, after `من`) is no
 * object, and the verb's object comes after it — also for an accusation, whose object slot after an unnamed head
 * (`تتهم عمّان جماعات مدعومة من إيران`) stays empty.
 */
export function participleOnSubject(ctx: Ctx, subj: readonly { tok1: number }[], agent: { tok0: number }): boolean {
  const toks = ctx.s.tokens;
  let k = agent.tok0 - 3; // the word before the participle (agent − من − participle)
  while (k >= 0 && isQuote(toks[k])) k--;
  return k >= 0 && subj.some((m) => m.tok1 === k + 1);
}

/** The Arabic passive participle of backing, with or without its article (`مدعومة`, `المدعوم`, `المدعومين`), normalised:
 *  its stem (index.ts reads it twice; pastBackingParticiple its definite forms). */
export const BACKED_AR = /^(ال)?مدعوم/;

/**
 * robust40a: a backing or loyalty participle phrase right after a holder at token `k` (`لـ«قسد» المدعومة من واشنطن في
 * ريف الحسكة`, `لوحدات حماية الشعب الموالية لـ«العمال الكردستاني» في`): the token after the phrase's agent (its closing
 * quote included), where the holder's place may follow; else `k`. Arabic; one token test at `k` first.
 */
export function pastBackingParticiple(ctx: Ctx, k: number): number {
  if (ctx.lang !== 'ar') return k;
  const toks = ctx.s.tokens;
  const w = toks[k]?.norm ?? '';
  const backed = w.startsWith('ال') && BACKED_AR.test(w);
  if (!backed && !(w.startsWith('ال') && cueWords(ctx.lex, 'loyal_participle').has(w))) return k;
  let j = k + 1;
  if (backed) {
    if (toks[j]?.norm !== 'من') return k;
    j++;
  }
  while (j < toks.length && isQuote(toks[j])) j++;
  const agent = ctx.s.mentions.find((m) => m.tok0 === j || (m.tok0 === j + 1 && /^ل?«?$/.test(toks[j]!.norm)));
  if (!agent || (!backed && !/ل/.test(agent.clitics) && !/^ل/.test(toks[j]!.norm))) return k;
  let end = agent.tok1;
  while (end < toks.length && isQuote(toks[end])) end++;
  return end;
}
