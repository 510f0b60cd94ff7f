/**
 * The doer of a joint-act adjunct (dates55, slot54 rank 5 (c); diagnosis-batch53 FP 87): `ألقت القبض على قيادي في تنظيم
 * «داعش» خلال عملية … بالاشتراك مع القوات الأمريكية`, `نفّذت «قسد» عملية ضد خلايا تنظيم «داعش» بالاشتراك مع …`: the
 * adjunct (`بالاشتراك مع`, `بالتنسيق مع`, `بالتعاون مع`, "in coordination with": a `coordinated_with` verb pattern read as an
 * adjunct, its first word `بال…` or "in") belongs to the act's doer, never to a name the act governs (a name behind a
 * preposition, past at most two words of its head: `في تنظيم`, `ضد خلايا تنظيم`, "of the Islamic State group"). Such a row
 * is dropped and, when the clause has a subject (ctx.ts subjectActor), given to it.
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, mentionAt, subjectActor } from './ctx.ts';
import { emit } from './emit.ts';

const ADJUNCT_HEAD = /^(?:[وف]?بال\S+|in)$/;
const PREP = /^(?:[وف]?(?:في|علي|ضد|من|عن)|of|against|on|in|from)$/;

/** Is mention m behind a preposition (past at most two words of its head, and quote marks)? */
function governed(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  let words = 0;
  for (let k = m.tok0 - 1; k >= 0 && words <= 2; k--) {
    const t = toks[k]!;
    if (!t.word) {
      if (/^[«»"]$/.test(t.text)) continue;
      return false;
    }
    if (PREP.test(t.norm)) return true;
    if (mentionAt(ctx, k) || ctx.inMention[k]) return false;
    words++;
  }
  return false;
}

export function adjunctPartners(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'coordinated_with' || T.patterns[0]!.pos !== 'verb' || !ADJUNCT_HEAD.test(toks[T.tok0]!.norm)) continue;
    const at = T.start - s.start;
    for (let i = ctx.out.length - 1; i >= before; i--) {
      const r = ctx.out[i]!;
      if (r.evidence.start !== s.start || r.relation !== 'coordinated_with' || r.evidence.sourceSpan[0] >= at) continue;
      const src = s.mentions.find((m) => m.start - s.start === r.evidence.sourceSpan[0]);
      const tgt = s.mentions.find((m) => m.start - s.start === r.evidence.targetSpan[0]);
      if (!src || !tgt || tgt.tok0 < T.tok1 || !governed(ctx, src)) continue;
      ctx.out.splice(i, 1);
      const subj = subjectActor(ctx, src.tok0);
      if (subj && subj !== src && actor(ctx.lex, subj)?.entity !== actor(ctx.lex, tgt)?.entity) emit(ctx, T, 'coordinated_with', subj, tgt, {}, false);
    }
  }
}
