/**
 * A guest who takes part in a hosted meeting (branch slot40; diagnosis-batch35 §6 slot39 rank 4, #95, #96; pool b34
 * saudi-ambassador-damascus): "Assad attended the Arab summit hosted by Saudi Arabia in Jeddah", "took part in the
 * summit that Saudi Arabia hosted", `وكان الرئيس بشار الأسد قد شارك في القمة العربية الإسلامية التي استضافتها الرياض`:
 * a verb of taking part (cues.csv `attend_verb`) before a meeting noun (a `met` noun trigger, past a preposition, an
 * article and adjectives: no comma, boundary or other verb between) whose host follows it in a host relative ("hosted
 * by Y", "that/which Y hosted", Arabic a hosting verb with its resumptive pronoun and Y right after it) makes the verb's
 * subject — told across `كان … قد` too — the host's guest, and the guest met the host (gold rule 3: the host among the
 * participants). Negated or hypothetical verbs give nothing; a planned one is planned.
 */
import { type Mention, type Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { verbArgs } from './args.ts';
import { actor, type Ctx, hasBreak, hasWordCue, meetingHost, prepOf, tokenMarks, TOK_VERB } from './ctx.ts';
import { emit } from './emit.ts';
import { isHypothetical, isNegated, isPlanned } from './guards.ts';
import { kanaQadSubject } from './structure.ts';

/** The host relative right after meeting noun M (past adjectives, up to five words): the hosting trigger and the host. */
function hostAfter(ctx: Ctx, M: Trigger): { H: Trigger; host: Mention } | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  for (const H of s.triggers) {
    if (H.tok0 < M.tok1 || H.tok0 - M.tok1 > 5) continue;
    const p = H.patterns.find((q) => q.relation === 'hosted' && q.pos === 'verb');
    if (!p || hasBreak(toks, M.tok1, H.tok0)) continue;
    // ("hosted by Y"; Arabic: the hosting verb carries the meeting as its pronoun, `استضافتها`, `استضافته`; the host right
    // after it: ctx.ts meetingHost)
    const host = meetingHost(ctx, H);
    if (host) return { H, host };
    if (ctx.lang === 'en') {
      // "that/which Y hosted"
      const host = s.mentions.find((m) => m.tok1 === H.tok0 && m.tok0 > M.tok1 && /^(that|which)$/.test(toks[m.tok0 - 1]?.norm ?? ''));
      if (host) return { H, host };
    }
  }
  return undefined;
}

/** The verb of taking part right before meeting noun M (up to five tokens back): its first token and its end, else undefined. */
function attendBefore(ctx: Ctx, M: Trigger): { v: number; e: number } | undefined {
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'attend_verb');
  for (let k = M.tok0 - 1; k >= 0 && M.tok0 - k <= 5; k--) {
    const t = toks[k]!;
    if (hasBreak(toks, k, k + 1)) return undefined;
    if (words.has(t.norm)) {
      // ("took part", "taking part": the English light verb needs its "part")
      if (/^(took|takes|taking)$/.test(t.norm)) return toks[k + 1]?.norm === 'part' ? { v: k, e: k + 2 } : undefined;
      return { v: k, e: k + 1 };
    }
    if ((tokenMarks(ctx, k) & TOK_VERB) !== 0) return undefined;
  }
  return undefined;
}

export function attendedHosted(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'attend_verb')) return;
  const { s } = ctx;
  const toks = s.tokens;
  for (const M of s.triggers) {
    if (!M.patterns.some((q) => q.relation === 'met' && q.pos === 'noun')) continue;
    const h = hostAfter(ctx, M);
    if (!h) continue;
    const a = attendBefore(ctx, M);
    if (!a) continue;
    const V = s.triggers.find((x) => x.tok0 === a.v);
    const guard = V ?? M;
    // (a negation right before the verb: `ولم يشارك`, "did not attend")
    const negated = ctx.byKind.get('negation')?.some((c) => c.tok1 <= a.v && a.v - c.tok1 <= 1);
    if (negated || isNegated(ctx, guard) || isHypothetical(ctx, guard)) continue;
    let guests: Mention[] = kanaQadSubject(ctx, a.v);
    if (!guests.length) guests = verbArgs(ctx, V ?? { tok0: a.v, tok1: a.e, start: toks[a.v]!.start, end: toks[a.e - 1]!.end }, true).subj ?? [];
    const host = actor(ctx.lex, h.host);
    if (!host) continue;
    const hp = h.H.patterns.find((q) => q.relation === 'hosted')!;
    const attrs: Record<string, string> = isPlanned(ctx, h.H, hp) || (V && isPlanned(ctx, V, V.patterns[0]!)) ? { mode: 'planned' } : {};
    for (const g of guests) {
      const ga = actor(ctx.lex, g);
      if (!ga || g.kind === 'place' || ga.entity === host.entity || prepOf(ctx, g)) continue;
      const out = ctx.out.slice(before);
      if (!out.some((r) => r.relation === 'hosted' && r.source === host.entity && r.target === ga.entity)) emit(ctx, h.H, 'hosted', h.host, g, attrs, false);
      if (!out.some((r) => r.relation === 'met' && ((r.source === ga.entity && r.target === host.entity) || (r.source === host.entity && r.target === ga.entity)))) emit(ctx, h.H, 'met', g, h.host, attrs, false);
    }
  }
}
