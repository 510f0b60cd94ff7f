/**
 * The fight of a partner (pred32): "backs the SDF in its fight against Islamic State", "has backed the SDF in the fight
 * against IS", "backs the YPG-led SDF against IS", `يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش»`. A fight cue
 * (cues.csv `fight_noun`) right after the one supported or coordinated with, then the foe, is an attack on the foe: by
 * the one supported (English: the partner whose fight it is), by both sides of a coordination (both languages). Read once
 * per sentence after the triggers, from the sentence's own records, so that no new trigger competes with the support
 * or coordination reading.
 */
import type { Mention } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { actor, type Ctx, cueTrigger, firstMentionAfter, freeWords, lastMentionBefore, nth, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';

const FOE_KINDS = new Set(['armed_group', 'country', 'organization']);

export function partnerFight(ctx: Ctx): void {
  const cues = ctx.byKind.get('fight_noun');
  if (!cues?.length) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const mine = ctx.out.filter((r) => r.evidence.start === s.start && (r.relation === 'coordinated_with' || (ctx.lang === 'en' && r.relation === 'supported')));
  if (!mine.length) return;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  for (const c of cues) {
    // the foe: English "in its fight" wants "against" next; the Arabic nouns take it at once
    let k = c.tok1;
    if (ctx.lang === 'en') {
      if (nth(toks, k)?.norm !== 'against') continue;
      k++;
    }
    const f = firstMentionAfter(ms, k);
    const foe = f >= 0 && freeWords(ctx, k, ms[f]!.tok0) <= 2 ? actor(ctx.lex, ms[f]!) : undefined;
    if (!foe || !FOE_KINDS.has(foe.kind)) continue;
    // the partner: the actor named right before the cue (past a quote or a parenthesis)
    let j = c.tok0;
    while (j > 0 && (isQuote(toks[j - 1]) || toks[j - 1]!.text === ')')) j--;
    const p = lastMentionBefore(ms, j);
    const partner = p >= 0 && freeWords(ctx, ms[p]!.tok1, j) === 0 ? actor(ctx.lex, ms[p]!) : undefined;
    if (!partner || partner.entity === foe.entity) continue;
    const doers: Mention[] = [];
    for (const r of mine) {
      if (r.target !== partner.entity) continue;
      if (!doers.includes(ms[p]!)) doers.push(ms[p]!);
      if (r.relation === 'coordinated_with') {
        const src = ms.find((m) => actor(ctx.lex, m)?.entity === r.source && m.tok1 <= ms[p]!.tok0);
        if (src && !doers.includes(src)) doers.push(src);
      }
    }
    for (const m of doers) if (actor(ctx.lex, m)!.entity !== foe.entity) emit(ctx, cueTrigger(c, ap), 'attacked', m, ms[f]!, {}, false);
  }
}
