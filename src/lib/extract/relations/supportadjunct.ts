/**
 * The backing told as an adjunct of an attack is the attacker's (branch slot51; gold rule 12; diagnosis-batch48 §6 slot49
 * rank 3, FP 65; pool b46 2024-03-06 manbij): "since it drove the Islamic State group out of the town in August 2016 with
 * US air support", "drove IS out of Manbij with the backing of the US-led coalition", `طردت «قسد» تنظيم «داعش» من الرقة
 * بدعم من التحالف`: the support noun's nearest name is the attacked group, but the backer supports the one who attacked it.
 * A `supported` record of the sentence whose target is the target of one of its `attacked` records, whose backer is named
 * after that target with "with" (English) or a `ب` support word (Arabic) between, is moved to the attack's doer.
 */
import type { RelationRecord } from '../../types.ts';
import { mention, type Mention, redated } from '../doc.ts';
import { actor, type Ctx, cueTrigger, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';

/** The mention a record's side was read at (a token's anaphor when no mention starts there). */
function sideMention(ctx: Ctx, r: RelationRecord, side: 'source' | 'target'): Mention | undefined {
  const { s } = ctx;
  const at = (side === 'source' ? r.evidence.sourceSpan : r.evidence.targetSpan)[0];
  const m = s.mentions.find((x) => x.start - s.start === at && actor(ctx.lex, x)?.entity === r[side]);
  if (m) return m;
  const k = s.tokens.findIndex((t) => t.start - s.start <= at && t.end - s.start > at);
  const e = ctx.lex.entities.get(r[side]);
  return k >= 0 && e ? mention(k, k + 1, s.tokens[k]!.start, s.tokens[k]!.end, e.id, e.kind, 'anaphor', false, '') : undefined;
}

/** Is there a "with" (English) or a `ب` support word (Arabic) between sentence offsets a and b? */
function withBetween(ctx: Ctx, a: number, b: number): boolean {
  const { s } = ctx;
  for (const t of s.tokens) {
    const o = t.start - s.start;
    if (o < a || o >= b) continue;
    if (ctx.lang === 'en' ? t.norm === 'with' : /^[وف]?ب(دعم|اسناد|مسانده)$/.test(t.norm)) return true;
  }
  return false;
}

export function attackerBacking(ctx: Ctx, before: number): void {
  const { out } = ctx;
  const mine = out.slice(before);
  if (!mine.some((r) => r.relation === 'supported') || !mine.some((r) => r.relation === 'attacked')) return;
  const p = verbPattern(ctx, 'supported');
  if (!p) return;
  for (let i = out.length - 1; i >= before; i--) {
    const r = out[i]!;
    if (r.relation !== 'supported' || r.evidence.start !== ctx.s.start) continue;
    const a = mine.find((x) => x.relation === 'attacked' && x.target === r.target && x.source !== r.source && x.evidence.targetSpan[1] <= r.evidence.sourceSpan[0] && withBetween(ctx, x.evidence.targetSpan[1], r.evidence.sourceSpan[0]));
    if (!a) continue;
    const backer = sideMention(ctx, r, 'source');
    const doer = sideMention(ctx, a, 'source');
    if (!backer || !doer) continue;
    out.splice(i, 1);
    ctx.stative.delete(r);
    if (out.some((x) => x.evidence.start === ctx.s.start && x.relation === 'supported' && x.source === r.source && x.target === a.source)) continue;
    const T = cueTrigger({ tok0: backer.tok0, tok1: backer.tok1, start: backer.start, end: backer.end }, p);
    const n = out.length;
    emit(ctx, T, 'supported', backer, doer, {}, false);
    // (dated as the backing was: the attack's date)
    for (let j = n; j < out.length; j++) out[j] = redated(out[j]!, r.date, r.dateSource);
  }
}
