/**
 * Blame idiom `حمّل X المسؤولية` where the verb's own frame reads no pair (pred37, diagnosis-batch32 §6 pred37 rank 1,
 * #10; pool: "Ankara holds the PKK and «the Units» responsible", `التي تحمّلها مسؤولية الاغتيال`). Three shapes:
 * - relative with a clitic object (`وتوعّدت طهران بالرد على إسرائيل، التي تحمّلها مسؤولية الاغتيال`): the antecedent
 *   of `التي`/`الذي` right before the verb is the accused, the main clause's subject the accuser;
 * - VSO with an object list whose last member is no name (`وتحمّل أنقرة حزب العمال و«الوحدات» مسؤولية`): the named
 *   members are accused;
 * - a verb joined by `، و` with its subject dropped (`نفت مصادر في «الجيش الوطني» …، وحمّلت «قسد» المسؤولية`): the
 *   one name after the verb is the accused, the previous clause's subject (or the body of its `sources`) the accuser.
 * The `responsibility` cue (cues.csv) must follow the accused within two words.
 */
import type { Mention, Trigger } from '../doc.ts';
import { actor, type Ctx, hasBoundary, hasCue, isPossessive, prepOf, sayingVerb } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const REL = /^(التي|الذي|الذين|اللذين|اللتين)$/;

function isBlame(T: Trigger): boolean {
  return T.patterns[0]!.pos === 'verb' && T.patterns.some((p) => p.relation === 'accused');
}

/** The responsibility cue starting within `gap` words after token k. */
function respAfter(ctx: Ctx, k: number, gap: number): boolean {
  for (let j = k; j <= k + gap && j < ctx.s.tokens.length; j++) if (hasCue(ctx, j, 'responsibility')) return true;
  return false;
}

/** 1 when token k is a closing quote. */
function closeQuote(ctx: Ctx, k: number): number {
  return /^[»"”)]$/.test(ctx.s.tokens[k]?.text ?? '') ? 1 : 0;
}

/** The word before token k, past opening quotes. */
function wordBefore(ctx: Ctx, k: number): number {
  let j = k - 1;
  while (j >= 0 && /^[«"“(]$/.test(ctx.s.tokens[j]!.text)) j--;
  return j;
}

/**
 * The clause subject before token `before`: the first actor that opens the sentence (past و and a quote), or stands
 * right after a verb trigger, a saying verb or the sentence's first word (`ونفت أنقرة`), not a place, not possessive; or the body of `sources` (`مصادر في X`).
 */
function mainSubject(ctx: Ctx, before: number): Mention | undefined {
  const toks = ctx.s.tokens;
  for (const m of ctx.s.mentions) {
    if (m.tok1 > before) return undefined;
    const a = actor(ctx.lex, m);
    if (!a || a.kind === 'place' || isPossessive(ctx, m)) continue;
    const j = wordBefore(ctx, m.tok0);
    const p = prepOf(ctx, m);
    if (!p) {
      if (j <= 0) return m;
      const w = toks[j]!;
      if (ctx.s.triggers.some((T) => T.tok1 === j + 1 && T.patterns[0]!.pos === 'verb') || sayingVerb(ctx, w.norm)) return m;
      continue;
    }
    const pw = toks[j]?.norm ?? '';
    if ((pw === 'في' || pw === 'من') && hasCue(ctx, j - 1, 'sources')) return m;
    if ((p === 'في' || p === 'من') && hasCue(ctx, j, 'sources')) return m;
  }
  return undefined;
}

function blameOne(ctx: Ctx, T: Trigger, src: Mention | undefined, tgt: Mention): void {
  if (!src) return;
  const a = actor(ctx.lex, src);
  const b = actor(ctx.lex, tgt);
  if (!a || !b || a.entity === b.entity || toldHere(ctx, 'accused', a.entity, b.entity)) return;
  emit(ctx, T, 'accused', src, tgt, {}, false);
}

export function blameIdiom(ctx: Ctx): void {
  if (ctx.lang !== 'ar') return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  for (const T of s.triggers) {
    if (!isBlame(T)) continue;
    // (1) relative with a clitic object: `X، التي تحمّلها مسؤولية`
    if (T.suffix && REL.test(toks[T.tok0 - 1]?.norm ?? '')) {
      if (!respAfter(ctx, T.tok1, 1)) continue;
      let k = T.tok0 - 1;
      if (toks[k - 1]?.text === '،') k--;
      const ante = ms.find((m) => m.tok1 === k);
      if (!ante) continue;
      blameOne(ctx, T, mainSubject(ctx, ante.tok0), ante);
      continue;
    }
    if (T.suffix) continue;
    const after = ms.filter((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 10 && !hasBoundary(toks, T.tok1, m.tok0));
    if (!after.length || wordBefore(ctx, after[0]!.tok0) !== T.tok1 - 1 || prepOf(ctx, after[0]!)) continue;
    const subj = after[0]!;
    const obj = after[1] && wordBefore(ctx, after[1].tok0) <= subj.tok1 - 1 + closeQuote(ctx, subj.tok1) && !after[1].conj && !prepOf(ctx, after[1]) ? after[1] : undefined;
    if (obj) {
      // (2) VSO: subject, then the accused and their conjuncts; a last conjunct that is no name may stand before the
      // responsibility word
      const run: Mention[] = [obj];
      for (let i = 2; i < after.length && after[i]!.conj && after[i]!.tok0 - run[run.length - 1]!.tok1 <= 2; i++) run.push(after[i]!);
      const end = run[run.length - 1]!.tok1 + closeQuote(ctx, run[run.length - 1]!.tok1);
      let j = end;
      while (j < end + 5 && j < toks.length && !hasCue(ctx, j, 'responsibility')) j++;
      if (j === end || !hasCue(ctx, j, 'responsibility') || !/^و/.test(toks[end]!.text)) continue;
      if (toks.slice(end, j).some((t) => t.text === '،' || t.text === ',')) continue;
      for (const o of run) blameOne(ctx, T, subj, o);
      continue;
    }
    const end = subj.tok1 + closeQuote(ctx, subj.tok1);
    // (3) dropped subject after `، و`: one name, then the responsibility word
    if (toks[T.tok0 - 1]?.text !== '،' || !T.clitics.startsWith('و') || !hasCue(ctx, end, 'responsibility')) continue;
    blameOne(ctx, T, mainSubject(ctx, T.tok0), subj);
  }
}
