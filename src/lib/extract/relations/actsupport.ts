/**
 * Support of an act is support of its doer (np35, diagnosis-batch30 §6 fix 1a): a `supported` trigger (noun or verb)
 * whose object is an act noun (an `attacked` noun trigger, or a cues.csv `backed_act` word: "steps", "campaign",
 * "operation", `العملية`, `الخطوات`, `الحرب`) owned by a named actor: "expressed his support for the steps taken by
 * Putin", "backing Israel's military campaign", "voiced support for the Russian military operation", `أعلنت دمشق تأييدها
 * للعملية العسكرية الروسية`, `أكدت طهران دعمها للعملية التي تشنها روسيا`, `دعم الحرب الإسرائيلية على غزة`. The giver is
 * the support word's own subject (the verb's subject, the noun's possessor); the receiver is the act's owner: an English
 * possessive or demonym right before the act noun, "by X" after it; an Arabic demonym adjective or genitive name right
 * after it (its adjectives between), or a performer phrase (`التي تشنها X`, `الصادرة عن X`). An act with no owner ("support
 * for the fight against IS", `دعمها للحرب على الإرهاب`) falls through to the ordinary reading.
 */
import type { Mention, Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, AGAINST_OR_ON, arForms, type Ctx, type Group, hasBoundary, hasCue, isPossessive, lastMentionBefore, prepOf } from './ctx.ts';
import { possessivePronoun, verbArgs } from './args.ts';
import { emit } from './emit.ts';

const EN_SKIP = /^(for|of|to|the|a|an|its|their|his|her|military|armed|ground|air|ongoing|recent|latest|new|full|continued|war|whole|entire)$/;

function isActAt(ctx: Ctx, k: number): Trigger | { tok0: number; tok1: number } | undefined {
  const X = ctx.s.triggers.find((x) => x.tok0 === k && x.patterns[0]!.pos === 'noun' && x.patterns.some((q) => q.relation === 'attacked'));
  if (X) return X;
  const t = ctx.s.tokens[k];
  if (!t?.word) return undefined;
  const words = cueWords(ctx.lex, 'backed_act');
  const forms = ctx.lang === 'ar' ? arForms(t.norm, true) : [t.norm];
  return forms.some((f) => words.has(f)) ? { tok0: k, tok1: k + 1 } : undefined;
}

/** The act noun T's object opens with, and its owner. */
function ownedAct(ctx: Ctx, T: Trigger): Mention | 'against' | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  let owner: Mention | undefined;
  let act: { tok0: number; tok1: number } | undefined;
  for (let k = T.tok1; k < Math.min(toks.length, T.tok1 + 6); k++) {
    const t = toks[k]!;
    if (!t.word) return undefined;
    const m = ms.find((x) => x.tok0 === k);
    if (ctx.lang === 'en' && m) {
      // ("Israel's", "the Russian": the act's owner before it)
      if (owner || !(isPossessive(ctx, m) || m.via === 'demonym')) return undefined;
      owner = m;
      k = m.tok1 - 1;
      continue;
    }
    act = isActAt(ctx, k);
    if (act) break;
    if (ctx.lang === 'en' ? !EN_SKIP.test(t.norm) : k > T.tok1) return undefined;
    // (Arabic: the act noun follows the support word at once, `تأييدها للعملية`, or past one particle `ل`)
    if (ctx.lang === 'ar' && !/^(ل|الي|علي)$/.test(t.norm)) return undefined;
  }
  if (!act) return undefined;
  if (owner) return actor(ctx.lex, owner) ? owner : undefined;
  // after the act noun: English "by X" / "taken by X"; Arabic adjectives then a demonym or a genitive name, or `التي تشنها X`
  let k = act.tok1;
  for (let n = 0; n < 4 && k < toks.length; n++) {
    const t = toks[k]!;
    if (!t.word) return undefined;
    const m = ms.find((x) => x.tok0 === k);
    if (m) {
      if (ctx.lang === 'ar' && !prepOf(ctx, m) && actor(ctx.lex, m)) return m;
      return undefined;
    }
    const perf = hasCue(ctx, k, 'performer');
    if (perf) {
      const b = ms.find((x) => x.tok0 === perf.tok1 || (x.tok0 === perf.tok1 + 1 && toks[perf.tok1]!.norm === 'the'));
      if (b && actor(ctx.lex, b) && (ctx.lang === 'ar' || !prepOf(ctx, b) || prepOf(ctx, b) === 'by')) return b;
      // ("the steps taken by President Vladimir Putin": a title between)
      const b2 = ms.find((x) => x.tok0 > perf.tok1 && x.tok0 <= perf.tok1 + 3);
      return b2 && b2.kind === 'person' ? b2 : undefined;
    }
    if (ctx.lang === 'en') {
      if (AGAINST_OR_ON.test(t.norm)) return 'against';
      // ("taken by", "launched by": a participle before "by")
      if (!/(ed|en|un)$/.test(t.norm) || n > 0) return undefined;
    } else if (/^(ضد|علي|في|من|عن|الي|مع|بين)$/.test(t.norm) || /^[بل]/.test(t.norm) && !t.norm.startsWith('ال')) return AGAINST_OR_ON.test(t.norm) ? 'against' : undefined;
    k++;
  }
  return undefined;
}

/**
 * The giver: a verb's own subject; a noun's possessor ("his support", "Iran's backing", "US support"), else the nearest
 * actor before it in its clause with no preposition (`أعلنت دمشق تأييدها`, "criticised the United States for backing").
 * Not the noun's performer phrase: "by X" after the act is the act's owner.
 */
function giversOf(ctx: Ctx, T: Trigger): Group | undefined {
  const ms = ctx.s.mentions;
  if (T.patterns[0]!.pos === 'verb' && !T.suffix) return verbArgs(ctx, T, true).subj;
  if (ctx.lang === 'en') {
    const own = possessivePronoun(ctx, T);
    if (own) return [own];
    const m = ms.find((x) => x.tok1 === T.tok0 && (isPossessive(ctx, x) || x.via === 'demonym'));
    if (m) return [m];
  }
  for (let i = lastMentionBefore(ms, T.tok0); i >= 0; i--) {
    const m = ms[i]!;
    if (hasBoundary(ctx.s.tokens, m.tok1, T.tok0)) break;
    if (!prepOf(ctx, m) && actor(ctx.lex, m)) return [m];
  }
  return undefined;
}

export function supportedAct(ctx: Ctx, T: Trigger, attrs: Record<string, string>): boolean {
  const p = T.patterns[0]!;
  if (p.relation !== 'supported') return false;
  // ("with the help of Russian air strikes": the adjunct's act is the helper's means, not an act supported; frames.ts
  // withSupport reads it; np36)
  if (ctx.lang === 'en' && ctx.s.tokens[T.tok0]!.norm === 'with') return false;
  if (purposeSupport(ctx, T, attrs)) return true;
  const owned = ownedAct(ctx, T);
  // ("supports the fight against IS", `دعمها للحرب على الإرهاب`: the one fought is not supported; nobody named is)
  if (owned === 'against') return true;
  const owner = owned;
  const o = owner ? actor(ctx.lex, owner) : undefined;
  if (!owner || !o || o.kind === 'place') return false;
  let givers = giversOf(ctx, T);
  givers = givers?.filter((g) => {
    const a = actor(ctx.lex, g);
    return !!a && a.kind !== 'place' && a.entity !== o.entity;
  });
  if (!givers?.length) return false;
  let emitted = false;
  for (const g of givers) emitted = emit(ctx, T, 'supported', g, owner, attrs, false) || emitted;
  return emitted;
}

/**
 * Support as a clause's purpose (np35, diagnosis-batch30 #17): `تدخلت روسيا عسكرياً في سوريا في أيلول 2015 لدعم قوات
 * النظام`: an Arabic support masdar with the purpose ل and no clitic (`لدعم`, `لتأييد`, `لمساندة`) takes its genitive,
 * the name right after it, as the one supported, and the clause's subject (the nearest prepositionless actor before it in
 * its clause) as the giver.
 */
const AR_PURPOSE = /^[وف]?ل(دعم|تاييد|مسانده)$/;
function purposeSupport(ctx: Ctx, T: Trigger, attrs: Record<string, string>): boolean {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar' || T.tok1 - T.tok0 !== 1 || !AR_PURPOSE.test(toks[T.tok0]!.norm)) return false;
  const tgt = ctx.s.mentions.find((m) => m.tok0 === T.tok1);
  const b = tgt ? actor(ctx.lex, tgt) : undefined;
  if (!tgt || !b || b.kind === 'place') return false;
  const ms = ctx.s.mentions;
  // (`تقديره لدعم طهران المتواصل لسوريا`: a لـ-receiver after the genitive makes the genitive the giver, no purpose)
  if (ms.some((m) => m.tok0 >= tgt.tok1 && m.tok0 - tgt.tok1 <= 2 && prepOf(ctx, m) === 'ل')) return false;
  for (let i = lastMentionBefore(ms, T.tok0); i >= 0; i--) {
    const m = ms[i]!;
    if (hasBoundary(toks, m.tok1, T.tok0)) break;
    const a = actor(ctx.lex, m);
    if (prepOf(ctx, m) || !a || a.kind === 'place') continue;
    return a.entity !== b.entity && emit(ctx, T, 'supported', m, tgt, attrs, false);
  }
  return false;
}
