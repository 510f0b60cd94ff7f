/**
 * The participants of a meeting noun (branch np43; diagnosis-batch39 §6 np43 rank 1, #52–60; pool b18
 * biden-jeddah-bin-salman, b35 ain-issa-shelling-exchange, b18 xi-riyadh-arab-summit). Gold rule 3: every pair of the
 * participants a meeting's sentence names met. The noun's readers take one argument slot at a time (its owner, its
 * "with" object, the light verb's subject) and lose the others when the noun has more than one, or when a place or a
 * date stands between the noun and its owner:
 *   - "Biden is due to attend a summit of Gulf Cooperation Council leaders with Egypt, Jordan and Iraq" (owner, "with"
 *     list and the attendee), `قمة لقادة دول مجلس التعاون الخليجي مع مصر والأردن والعراق`;
 *   - "Erdogan is due in Tehran for a summit with Putin and Raisi" (the list after "with" and the one already read as
 *     meeting them), `لعقد قمة مع الرئيس الروسي … والرئيس الإيراني …`, `عقد الرئيس الصيني قمة مع قادة دول مجلس التعاون`;
 *   - "a meeting in Moscow on May 10 of the foreign ministers of Russia, Turkey, Syria and Iran" (any meeting noun: its
 *     role-group owner past a place and a date), `اجتماعاً في العاشر من أيار/مايو لوزراء خارجية …`.
 * A summit noun (cues.csv `summit_noun`) gathers its owner, its "with"/`مع` list and its holder (the subject of the
 * verb before it: attend, hold, travel; or whoever the sentence already read as meeting a listed member); any meeting
 * noun gathers a role-group owner read past adjuncts. The participants met pairwise in text order; a planned meeting is
 * planned (dated at publication). Negated or hypothetical nouns and verbs give nothing.
 */
import type { Mention, Trigger } from '../doc.ts';
import { verbArgs } from './args.ts';
import { actor, type Ctx, firstMentionAfter, freeWords, groupFrom, hasBreak, hasWordCueAt, inDate, mentionAt, prepOf, tokenMarks, TOK_VERB } from './ctx.ts';
import { atPublication, emit } from './emit.ts';
import { isHypothetical, isNegated, isPlanned } from './guards.ts';
import { plannedObject } from './structure.ts';

/** Token k past up to three place or date adjuncts ("in Moscow", "on May 10", "last week", `في موسكو`, `في العاشر من أيار`). */
function pastAdjuncts(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  for (let n = 0; n < 3 && k < toks.length; n++) {
    const w = toks[k]!.norm;
    if (inDate(ctx, k)) {
      while (k < toks.length && inDate(ctx, k)) k++;
      continue;
    }
    if (/^(in|at|on|في)$/.test(w)) {
      const m = mentionAt(ctx, k + 1);
      if (m && m.kind === 'place' && w !== 'on') {
        k = m.tok1;
        continue;
      }
      if (inDate(ctx, k + 1)) {
        k++;
        continue;
      }
    }
    break;
  }
  return k;
}

/** The actors of the mention list starting at index i (no places, one per entity). */
function actorsFrom(ctx: Ctx, i: number): Mention[] {
  return groupFrom(ctx.s.mentions, i).filter((m) => m.kind !== 'place' && !!actor(ctx.lex, m));
}

/**
 * The owner of meeting noun M read past adjuncts: English "of" + a mention list (within four free words: "of the foreign
 * ministers of"); Arabic past two adjectives a people genitive `لوزراء`, `لقادة` + the list (within two free words).
 */
function ownerOf(ctx: Ctx, M: Trigger): { g: Mention[]; end: number; past: boolean } | undefined {
  const toks = ctx.s.tokens;
  let k = M.tok1;
  if (ctx.lang === 'ar') while (k < toks.length && k - M.tok1 < 2 && !ctx.inMention[k] && /(ي|يه|يا)$/.test(toks[k]!.norm) && !/^ل/.test(toks[k]!.norm) && !inDate(ctx, k)) k++;
  const k0 = k;
  k = pastAdjuncts(ctx, k);
  const past = k > k0;
  const w = toks[k]?.norm ?? '';
  const ok = ctx.lang === 'en' ? w === 'of' : /^ل(وزراء|قاده|زعماء|رؤساء|ممثلي|مسوولي)$/.test(w);
  if (!ok) return undefined;
  const i = firstMentionAfter(ctx.s.mentions, k + 1);
  const m = ctx.s.mentions[i];
  if (!m || freeWords(ctx, k + 1, m.tok0) > (ctx.lang === 'en' ? 4 : 2) || hasBreak(toks, k, m.tok0)) return undefined;
  if (toks.slice(k + 1, m.tok0).some((t) => /^(with|on|about|over|against|between)$/.test(t.norm))) return undefined;
  const g = actorsFrom(ctx, i);
  return g.length ? { g, end: g[g.length - 1]!.tok1, past } : undefined;
}

/** The list after "with"/`مع` right after meeting noun M or its owner, past adjuncts ("in Tehran") and two free words ("leaders"); the list within three. */
function withList(ctx: Ctx, M: Trigger, from: number): Mention[] {
  const toks = ctx.s.tokens;
  let k = pastAdjuncts(ctx, from);
  for (let n = 0; n < 2 && k < toks.length && toks[k]!.word && !ctx.inMention[k] && !/^(with|مع)$/.test(toks[k]!.norm); n++) k++;
  if (!/^(with|مع)$/.test(toks[k]?.norm ?? '') || hasBreak(toks, M.tok1, k)) return [];
  const i = firstMentionAfter(ctx.s.mentions, k + 1);
  const m = ctx.s.mentions[i];
  if (!m || freeWords(ctx, k + 1, m.tok0) > 3 || hasBreak(toks, k, m.tok0)) return [];
  return actorsFrom(ctx, i);
}

/** The subject of the verb before meeting noun M (attend, hold, travel …; up to ten tokens, no break), with the verb. */
function holderOf(ctx: Ctx, M: Trigger): { g: Mention[]; V: Trigger | undefined; negated: boolean } | undefined {
  const toks = ctx.s.tokens;
  for (let k = M.tok0 - 1; k >= 0 && M.tok0 - k <= 10; k--) {
    if (hasBreak(toks, k, k + 1)) return undefined;
    const V = (tokenMarks(ctx, k) & TOK_VERB) !== 0 ? ctx.s.triggers.find((x) => x.tok0 === k) : undefined;
    const word = hasWordCueAt(ctx, k, 'attend_verb', 'conj') || hasWordCueAt(ctx, k, 'meeting_hold_verb', 'conj');
    if (!V && !word) continue;
    const span = V ?? { tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end };
    const a = verbArgs(ctx, span, true);
    const negated = (V && isNegated(ctx, V)) || !!ctx.byKind.get('negation')?.some((c) => c.tok1 <= k && k - c.tok1 <= 1);
    const g = (a.passive ? [] : (a.subj ?? [])).filter((m) => m.kind !== 'place' && !prepOf(ctx, m) && !!actor(ctx.lex, m));
    if (g.length || negated) return { g, V, negated };
  }
  return undefined;
}

export function meetingParticipants(ctx: Ctx, before: number): void {
  const { s } = ctx;
  for (const M of s.triggers) {
    const p = M.patterns.find((q) => q.relation === 'met' && q.pos === 'noun');
    if (!p) continue;
    let summit = false;
    for (let k = M.tok0; k < M.tok1 && !summit; k++) summit = hasWordCueAt(ctx, k, 'summit_noun', 'conj');
    const owner = ownerOf(ctx, M);
    // (any meeting noun: a role-group owner read past a place or a date; the adjacent owner is the noun readers' own, with
    // their guards: "a new meeting of the four countries' foreign ministers could be held if needed" is none)
    if (!summit && !(owner && owner.past && owner.g.length >= 2 && owner.g.every((m) => m.grouped))) continue;
    if (isNegated(ctx, M) || isHypothetical(ctx, M)) continue;
    const parts: Mention[] = [...(owner?.g ?? [])];
    let planned = plannedObject(ctx, M) || isPlanned(ctx, M, p);
    if (summit) {
      const w = withList(ctx, M, owner ? owner.end : M.tok1);
      // (an owner alone is a role group, "a summit of the leaders of A and B"; "a summit of the bloc" names no participant)
      if (!w.length && !(owner && owner.g.every((m) => m.grouped))) continue;
      parts.push(...w);
      const h = holderOf(ctx, M);
      if (h?.negated) continue;
      if (h) {
        parts.push(...h.g);
        if (h.V && isPlanned(ctx, h.V, h.V.patterns[0]!)) planned = true;
      }
      // (the one the sentence already read as meeting a listed member: "Erdogan is due in Tehran for a summit with …")
      const listed = new Set(parts.map((m) => actor(ctx.lex, m)!.entity));
      for (let j = before; j < ctx.out.length; j++) {
        const r = ctx.out[j]!;
        if (r.relation !== 'met' || r.evidence.start !== s.start) continue;
        const other = listed.has(r.source) ? r.target : listed.has(r.target) ? r.source : undefined;
        if (r.attrs?.mode === 'planned' && (listed.has(r.source) || listed.has(r.target))) planned = true;
        const om = other ? s.mentions.find((m) => actor(ctx.lex, m)?.entity === other && m.kind !== 'place') : undefined;
        if (om) parts.push(om);
      }
    }
    const seen = new Set<string>();
    const uniq = parts
      .sort((a, b) => a.tok0 - b.tok0)
      .filter((m) => {
        const e = actor(ctx.lex, m)!.entity;
        if (seen.has(e)) return false;
        seen.add(e);
        return true;
      });
    if (uniq.length < 2) continue;
    const n = ctx.out.length;
    const attrs: Record<string, string> = planned ? { mode: 'planned' } : {};
    for (let i = 0; i < uniq.length; i++) for (let j = i + 1; j < uniq.length; j++) emit(ctx, M, 'met', uniq[i]!, uniq[j]!, attrs, false);
    if (planned && ctx.out.length > n) atPublication(ctx, n);
  }
}
