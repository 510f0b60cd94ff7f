/**
 * att41: an attack noun that names an included instance of an attack told just before it in the same sentence
 * (`الاعتداءات الإسرائيلية المتكررة على الأراضي السورية، ولا سيما استهداف مطاري دمشق وحلب`, `الغارات الإسرائيلية …،
 * ومنها ضربات أخرجت مطاري …`, "Israeli strikes on Syria, including an attack on Damascus airport") is done by that
 * attack's doer: a record of it whose attacker was read before the first attack (a neighbour, `نظيره المصري`) takes the
 * first attack's attacker; when the first attack has none, the record is dropped (an unnamed doer is no neighbour).
 */
import type { RelationRecord } from '../../types.ts';
import { cueWords } from '../lexicon.ts';
import { hasWordCue, type Ctx } from './ctx.ts';
import { isIncludedOpener } from './lists.ts';

export function includedAttackDoer(ctx: Ctx, before: number): void {
  const { s, out } = ctx;
  if (out.length === before || !hasWordCue(ctx, 'included_opener')) return;
  const words = cueWords(ctx.lex, 'included_opener');
  const attacks = s.triggers.filter((t) => t.patterns[0]!.relation === 'attacked' && t.patterns[0]!.pos === 'noun');
  if (attacks.length < 2) return;
  for (let i = 1; i < attacks.length; i++) {
    const T2 = attacks[i]!;
    // the opener right before the second attack noun (past punctuation)
    let j = T2.tok0 - 1;
    while (j >= 0 && !s.tokens[j]!.word) j--;
    // ("including an attack on": past an English article)
    if (j > 0 && /^(a|an|the)$/.test(s.tokens[j]!.norm)) j--;
    if (j < 0 || !isIncludedOpener(s.tokens, j, words)) continue;
    const T1 = attacks[i - 1]!;
    const rel = (x: number) => x - s.start;
    const t1 = rel(T1.start);
    // (the first attack's own doer: a demonym or possessor at most three tokens before its noun, or after it)
    const near = rel(s.tokens[Math.max(0, T1.tok0 - 3)]!.start);
    const open = rel(s.tokens[j]!.start);
    const t2 = rel(T2.end);
    // the first attack's record: its attacker and its target both between its noun's neighbourhood and the opener
    const first = out.slice(before).find((r) => r.relation === 'attacked' && r.evidence.targetSpan[0] >= t1 && r.evidence.targetSpan[0] < open && r.evidence.sourceSpan[0] < open);
    // (a first attack whose doer was not read near its noun leaves the included records as they are)
    if (first && !(first.evidence.sourceSpan[0] >= near && first.evidence.sourceSpan[0] < open)) continue;
    for (let k = out.length - 1; k >= before; k--) {
      const r = out[k]!;
      if (r.relation !== 'attacked' || r.evidence.targetSpan[0] < t2 || r.evidence.sourceSpan[0] >= t1) continue;
      if (!first) {
        ctx.stative.delete(r);
        out.splice(k, 1);
        continue;
      }
      if (first.source === r.source) continue;
      // the doer read before the first attack noun is no doer of the included one
      const u: RelationRecord = { ...r, source: first.source, evidence: { ...r.evidence, sourceSpan: first.evidence.sourceSpan } };
      if (ctx.stative.has(r)) ctx.stative.add(u);
      ctx.stative.delete(r);
      if (out.some((x, n) => n >= before && x !== r && x.source === u.source && x.relation === u.relation && x.target === u.target)) out.splice(k, 1);
      else out[k] = u;
    }
  }
}
