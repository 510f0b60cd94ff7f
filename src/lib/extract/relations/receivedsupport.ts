/**
 * Received support is no hosting (np55; pool b32, b41, b49, b50): "Jordan, a close US ally, has received American funding
 * for surveillance towers", "has received US military aid", `حصل الأردن على تمويل أمريكي`. The `hosted` verb "received"
 * reads the demonym of the aid noun as the guest; the support noun row reads the giver's support of the recipient. A
 * `hosted` record of the sentence whose guest is a mention right before (English) or right after (Arabic) a `supported`
 * noun trigger, with that support given by the guest to the host in the same sentence, is dropped.
 */
import type { Ctx } from './ctx.ts';
import { tokenAt } from './joint.ts';

export function withoutReceivedSupport(ctx: Ctx, before: number): void {
  const { s } = ctx;
  for (let i = ctx.out.length - 1; i >= before; i--) {
    const r = ctx.out[i]!;
    if (r.relation !== 'hosted' || r.evidence.start !== s.start) continue;
    if (!ctx.out.some((q) => q.evidence.start === s.start && q.relation === 'supported' && q.source === r.target && q.target === r.source)) continue;
    const k = tokenAt(ctx, r.evidence.targetSpan[0]);
    const m = s.mentions.find((x) => x.tok0 === k);
    if (!m) continue;
    const aidNoun = s.triggers.some(
      (T) => T.patterns.some((p) => p.relation === 'supported' && p.pos === 'noun') && (ctx.lang === 'en' ? T.tok0 === m.tok1 : T.tok1 === m.tok0),
    );
    if (!aidNoun) continue;
    ctx.stative.delete(r);
    ctx.out.splice(i, 1);
  }
}
