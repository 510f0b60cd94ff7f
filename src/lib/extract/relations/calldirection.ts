/**
 * Call direction (branch slot42; README 19a/20b, diagnosis-batch37 §6 slot41 rank 4): who made a call told by a call noun.
 *
 * - `بحث X مع نظيره Y، في اتصال هاتفي تلقاه [DATE]`, `بحث X في اتصال هاتفي تلقاه [DATE] من نظيره Y`, "X discussed … in a
 *   phone call he received from Y": a call the clause's subject received (a `call_receipt` word right after the call noun)
 *   was made by its sender (after من/from) or, with none, by the clause's other party (its مع/with partner).
 * - `بحث X مع نظيره Y، في اتصال هاتفي أجراه الأخير`: a call "the latter" made (`call_made` + `call_latter`) was made by
 *   the party named last before the call noun.
 * - `تلقى X اتصالاً هاتفياً مساء أمس من Y`, "X received a telephone call on Friday from Y": the sender of a call received
 *   stands past a date (pastDate, read by frames.ts `received`).
 * The call replaces the clause's `phoned` of the same pair (the other direction) and its talks (`met`): the talks were
 * the call.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, hasBoundary, hasWordCue, lastWhere, pastDate, prepOf } from './ctx.ts';
import { verbArgs } from './args.ts';
import { emit } from './emit.ts';
import { isHypothetical, isNegated, isPlanned } from './guards.ts';

/** English subject pronouns of a relative without its pronoun ("a call he received"). */
const EN_PRONOUN = /^(he|she|it|they)$/;

/** The sender named after من/from at token k or right after it (a title or counterpart descriptor between). */
function senderAt(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  if (!/^(من|from)$/.test(toks[k]?.norm ?? '')) return undefined;
  const m = ctx.s.mentions.find((x) => x.tok0 > k && x.tok0 - k <= 5);
  return m && !hasBoundary(toks, k, m.tok0) && prepOf(ctx, m) !== undefined && actor(ctx.lex, m) ? m : undefined;
}

export function callDirection(ctx: Ctx, from: number): void {
  if (!hasWordCue(ctx, 'call_receipt') && !hasWordCue(ctx, 'call_made')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const receipt = cueWords(ctx.lex, 'call_receipt');
  const made = cueWords(ctx.lex, 'call_made');
  const latter = cueWords(ctx.lex, 'call_latter');
  for (const T of s.triggers) {
    if (!T.patterns.some((q) => q.relation === 'phoned' && q.pos === 'noun')) continue;
    // the call noun stands in an adjunct of the clause (في/خلال/in/during)
    let k = T.tok0 - 1;
    if (/^(a|an|the)$/.test(toks[k]?.norm ?? '')) k--;
    if (!/^(in|during|في|خلال)$/.test(toks[k]?.norm.replace(/^و/, '') ?? '')) continue;
    // the relative right after the noun: `تلقاه`, "he received", `أجراه الأخير`, "made by the latter"
    let r = T.tok1;
    if (ctx.lang === 'en' && EN_PRONOUN.test(toks[r]?.norm ?? '')) r++;
    const w = toks[r]?.norm ?? '';
    const byLatter = made.has(w) && (latter.has(toks[r + 1]?.norm ?? '') || (toks[r + 1]?.norm === 'by' && toks[r + 2]?.norm === 'the' && latter.has(toks[r + 3]?.norm ?? '')));
    if (!receipt.has(w) && !byLatter) continue;
    // the clause's verb and subject (the receiver)
    const V = lastWhere(s.triggers, (x) => x.tok1 <= k && x.patterns[0]!.pos === 'verb' && !hasBoundary(toks, x.tok1, k));
    if (!V || isNegated(ctx, V) || isHypothetical(ctx, V)) continue;
    const a = verbArgs(ctx, V, false);
    const subj = a.passive ? undefined : a.subj?.filter((m) => actor(ctx.lex, m));
    if (subj?.length !== 1) continue;
    const receiver = subj[0]!;
    const rid = actor(ctx.lex, receiver)!.entity;
    // the caller: the sender after من/from (past a date), else the clause's partner (مع/with between the verb and the noun)
    let caller: Mention | undefined;
    if (!byLatter) caller = senderAt(ctx, pastDate(ctx, r + 1));
    if (!caller) {
      const partner = lastWhere(s.mentions, (m) => m.tok0 >= V.tok1 && m.tok1 <= k && /^(with|مع)$/.test(prepOf(ctx, m) ?? '') && actor(ctx.lex, m));
      // ("the latter": the party named last before the call noun is the partner)
      if (partner && (!byLatter || lastWhere(s.mentions, (m) => m.tok1 <= k && actor(ctx.lex, m)) === partner)) caller = partner;
    }
    const cid = caller && actor(ctx.lex, caller)?.entity;
    if (!caller || !cid || cid === rid) continue;
    // the call replaces the clause's phoned of the pair and its talks
    for (let i = ctx.out.length - 1; i >= from; i--) {
      const x = ctx.out[i]!;
      if (x.evidence.start !== s.start || (x.relation !== 'phoned' && x.relation !== 'met')) continue;
      if (new Set([x.source, x.target, rid, cid]).size !== 2) continue;
      ctx.stative.delete(x);
      ctx.out.splice(i, 1);
    }
    emit(ctx, T, 'phoned', caller, receiver, isPlanned(ctx, V, V.patterns[0]!) ? { mode: 'planned' } : {}, false);
  }
}

