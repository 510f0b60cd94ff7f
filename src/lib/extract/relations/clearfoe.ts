/**
 * Rule 8's clearing with a named foe (branch slot46; diagnosis-batch44 §6 slot46 rank 3: #29, #30, FP 32): "Turkey
 * intends to clear Tal Rifaat and Manbij of the YPG", "would clear P of YPG fighters" → planned `X attacked G` and
 * `G deployed_in` P and Q (the foe's presence in each place, dated as the plan), not `X attacked` the places; the places
 * stay the ones attacked only when the foe is unnamed ("of 'terrorists'", "of Kurdish militants": rule 7). English: an
 * `attacked` verb trigger whose records in this sentence hit places of one list, that list's last place followed by
 * "of" (past "the", lower-case words such as "fighters") and a named armed group. The records are moved, not re-read:
 * date, mode and attribution stay the trigger's.
 */
import type { RelationRecord } from '../../types.ts';
import type { Mention } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { actor, type Ctx, mentionIndexAt, span } from './ctx.ts';

function foeAfter(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  if (toks[k]?.norm !== 'of') return undefined;
  // (a quoted label glossed by the name it stands for: 'of "terrorists", referring to the Kurdish People's Protection
  // Units (YPG)', gold rule 8's gloss)
  if (isQuote(toks[k + 1])) {
    let q = k + 2;
    while (q < toks.length && q - k <= 5 && !isQuote(toks[q])) q++;
    if (isQuote(toks[q]) && /^[,،]$/.test(toks[q + 1]?.text ?? '') && toks[q + 2]?.norm === 'referring' && toks[q + 3]?.norm === 'to') {
      // (the gloss's name within three words: "the Kurdish People's Protection Units (YPG)")
      const m = ctx.s.mentions.find((x) => x.tok0 > q + 3 && x.tok0 <= q + 6);
      if (!m || m.via === 'demonym' || m.kind === 'place') return undefined;
      const a = actor(ctx.lex, m);
      return a && a.kind === 'armed_group' ? m : undefined;
    }
  }
  // (the mention may hold its article: "the YPG")
  let i = mentionIndexAt(ctx, k + 1);
  if (i < 0 && toks[k + 1]?.norm === 'the') i = mentionIndexAt(ctx, k + 2);
  if (i < 0) return undefined;
  const m = ctx.s.mentions[i]!;
  if (m.via === 'demonym' || m.kind === 'place') return undefined;
  const a = actor(ctx.lex, m);
  return a && a.kind === 'armed_group' ? m : undefined;
}

export function clearedOfFoe(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en' || ctx.out.length <= before) return;
  const ms = ctx.s.mentions;
  for (const T of ctx.s.triggers) {
    if (!T.patterns.some((q) => q.relation === 'attacked' && q.pos === 'verb' && q.voice === 'active')) continue;
    // the place list right after the verb (past "the towns of"), its last member's "of" + the foe
    const recs: RelationRecord[] = [];
    for (let j = before; j < ctx.out.length; j++) {
      const r = ctx.out[j]!;
      if (r.relation === 'attacked' && r.evidence.start === ctx.s.start && ctx.lex.entities.get(r.target)?.kind === 'place') recs.push(r);
    }
    if (!recs.length) continue;
    const places = ms.filter((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 12 && m.kind === 'place' && recs.some((r) => r.target === m.entity));
    const last = places[places.length - 1];
    if (!last) continue;
    const foe = foeAfter(ctx, last.tok1);
    if (!foe) continue;
    const g = actor(ctx.lex, foe)!.entity;
    const mine = recs.filter((r) => places.some((p) => p.entity === r.target));
    for (const r of mine) {
      ctx.out.splice(ctx.out.indexOf(r), 1);
      const targetSpan = span(ctx, foe);
      const hit = { ...r, target: g, evidence: { ...r.evidence, targetSpan } };
      if (r.source !== g && !ctx.out.some((x) => x.evidence.start === ctx.s.start && x.relation === 'attacked' && x.source === r.source && x.target === g)) ctx.out.push(hit);
      const { mode: _mode, ...rest } = r.attrs ?? {};
      const at: RelationRecord = { ...r, source: g, relation: 'deployed_in', attrs: Object.keys(rest).length ? rest : undefined, evidence: { ...r.evidence, sourceSpan: targetSpan } };
      if (!ctx.out.some((x) => x.evidence.start === ctx.s.start && x.relation === 'deployed_in' && x.source === g && x.target === r.target)) ctx.out.push(at);
    }
  }
}
