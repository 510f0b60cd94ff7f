/**
 * Replies told by their act (branch slot47; suite tests/unit/extract/slot47-reply-act.test.ts; gold rule 20c).
 *
 * replyActSubjects: an Arabic attack noun after `ب` governed by a response or performing verb (cues.csv `response_verb`,
 * `perform_verb`) has that verb's subject as its doer: VSO `وردّت «قسد» ليل الاثنين بقصف …`, past an apposition between
 * commas (`وردّت «الجبهة الوطنية للتحرير»، المدعومة من تركيا، بقصف …`), and SVO (`قواتها ردّت بقصف …`,
 * `«قسد» ردّت بقصف …`). The noun's own object is found as for any attack noun.
 *
 * replyByAct: the reply attacked the one it answers — "government artillery responded by pounding the outskirts of P",
 * `وردّت القوات الحكومية بقصف …`: a `response_verb` with its act ("by"/"with" and an attack word in English; an attack
 * noun after `ب` in Arabic) gives the replier `attacked` the doer of the attack told before it in the sentence, else the
 * story's recent attacker (discourse.ts), when the act itself named no side it hit (a place only, or nothing).
 */
import type { Mention, Sentence, Trigger } from '../doc.ts';
import { cueWords, type Lexicon } from '../lexicon.ts';
import { actor, type Ctx, hasBreak, hasWordCue, prepOf, sideActor, SIDE_KINDS, verbPattern, wordCueTokens } from './ctx.ts';
import { mention } from '../doc.ts';
import { emit, toldHere } from './emit.ts';
import { responseVerbSubjects } from './sentence.ts';

const COMMA = /^[،,]$/;

/** An Arabic attack trigger whose word carries `ب` (`بقصف`, `باستهداف`, `وبقصف`). */
function bNoun(s: Sentence, T: Trigger): boolean {
  const t = s.tokens[T.tok0];
  return !!t?.arabic && /^[وف]?ب/.test(T.clitics || '');
}

/** The response verb right before token k (past quotes and قد), its index, else -1. */
function responseVerbBefore(s: Sentence, lex: Lexicon, k: number, words: ReadonlySet<string>): number {
  let v = k - 1;
  while (v >= 0 && (!s.tokens[v]!.word ? /^[«»]$/.test(s.tokens[v]!.text) : /^(قد|لقد)$/.test(s.tokens[v]!.norm))) v--;
  return v >= 0 && words.has(s.tokens[v]!.norm) ? v : -1;
}

export function replyActSubjects(ctx: Ctx, T: Trigger): Mention[] | undefined {
  const { s } = ctx;
  if (ctx.lang !== 'ar' || !hasWordCue(ctx, 'response_verb') || !bNoun(s, T)) return undefined;
  // (VSO: the subject right before the noun, past a time adjunct)
  const vso = responseVerbSubjects(s, ctx.lex, T.tok0);
  if (vso) return vso;
  // (past an apposition between commas: `وردّت X، المدعومة من تركيا، بقصف`)
  if (COMMA.test(s.tokens[T.tok0 - 1]?.text ?? '')) {
    for (let c = T.tok0 - 2; c > 0 && T.tok0 - c <= 10; c--) {
      if (!COMMA.test(s.tokens[c]!.text)) continue;
      const g = responseVerbSubjects(s, ctx.lex, c);
      if (g) return g;
      break;
    }
  }
  // (SVO: `«قسد» ردّت بقصف`, `إن قواتها ردّت بقصف`)
  const words = new Set<string>();
  for (const k of wordCueTokens(ctx, 'response_verb')) words.add(s.tokens[k]!.norm);
  const v = responseVerbBefore(s, ctx.lex, T.tok0, words);
  if (v < 0) return undefined;
  let i = s.mentions.length - 1;
  while (i >= 0 && s.mentions[i]!.tok1 > v) i--;
  const m = s.mentions[i];
  if (!m || hasBreak(s.tokens, m.tok1, v) || v - m.tok1 > 1 || prepOf(ctx, m) || !sideActor(ctx.lex, m)) return undefined;
  return [m];
}

/** The reply's act after the response verb at k: its trigger and the replier, else undefined. */
function replyAct(ctx: Ctx, k: number): { T: Trigger; x: Mention } | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  if (ctx.lang === 'en') {
    // ("responded by pounding …", "responded on Friday evening by firing …", "responded in February with strikes on …")
    let b = k + 1;
    while (b < toks.length && b - k <= 5 && toks[b]!.word && !/^(by|with|that|to)$/.test(toks[b]!.norm)) b++;
    if (!/^(by|with)$/.test(toks[b]?.norm ?? '')) return undefined;
    const T = s.triggers.find((t) => t.tok0 > b && t.tok0 - b <= 3 && t.patterns[0]!.relation === 'attacked');
    if (!T) return undefined;
    // the replier: the mention ending right before the verb (past "had"), no break; or the speaker's own forces the
    // owner pronoun stands for ("said its fighters had answered by shelling …": returnfire.ts speakerOwnedSubjects; slot51)
    let v = k;
    // (the returned-fire phrases are returnfire.ts's: "its fighters had responded with rocket fire on the outskirts")
    const own = ctx.byKind.get('return_fire')?.some((c) => c.tok0 <= k && k < c.tok1) ?? false;
    if (!own && /^(had|has|have)$/.test(toks[v - 1]?.norm ?? '')) v--;
    if (/^(its|their)$/.test(toks[v - 2]?.norm ?? '') && cueWords(ctx.lex, 'speaker_owned_en').has(toks[v - 1]!.norm)) v--;
    let i = s.mentions.length - 1;
    while (i >= 0 && s.mentions[i]!.tok1 > k) i--;
    const m = s.mentions[i];
    if (!m || hasBreak(toks, m.tok1, k) || (k - m.tok1 > 1 && m.tok1 !== v) || prepOf(ctx, m)) return undefined;
    return sideActor(ctx.lex, m) ? { T, x: m } : undefined;
  }
  const T = s.triggers.find((t) => t.tok0 > k && t.tok0 - k <= 12 && t.patterns[0]!.relation === 'attacked' && t.patterns[0]!.pos === 'noun' && bNoun(s, t));
  if (!T || hasBreak(toks, k, T.tok0) && !COMMA.test(toks[T.tok0 - 1]?.text ?? '')) return undefined;
  const g = replyActSubjects(ctx, T);
  const x = g?.[0];
  return x && sideActor(ctx.lex, x) ? { T, x } : undefined;
}

export function replyByAct(ctx: Ctx, before: number): void {
  // (English only: the pool's Arabic gold gives a reply that names the places it hit those places alone, `وردّت قوات
  // النظام بقصف مدفعي طال قرى في …` → the places, while the English "responded by pounding …" also gives the one answered)
  if (ctx.lang !== 'en' || !hasWordCue(ctx, 'response_verb')) return;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  const { s } = ctx;
  for (const k of wordCueTokens(ctx, 'response_verb')) {
    const r = replyAct(ctx, k);
    if (!r) continue;
    const xa = sideActor(ctx.lex, r.x)!;
    // (the act named a side it hit: that is the one answered; nothing to add)
    const own = ctx.out.slice(before).filter((o) => o.relation === 'attacked' && o.source === xa.entity);
    if (own.some((o) => SIDE_KINDS.has(ctx.lex.entities.get(o.target)?.kind ?? ''))) continue;
    // the one answered: the doer of the attack told before the reply in this sentence, else the story's recent attacker
    let y: Mention | undefined;
    const at = s.tokens[k]!.start - s.start;
    for (let i = ctx.out.length - 1; i >= before; i--) {
      const o = ctx.out[i]!;
      if (o.relation !== 'attacked' || o.source === xa.entity || o.evidence.sourceSpan[1] > at) continue;
      const e = ctx.lex.entities.get(o.source);
      if (e && SIDE_KINDS.has(e.kind)) y = mention(r.T.tok0, r.T.tok1, r.T.start, r.T.end, e.id, e.kind, 'anaphor', false, '');
      break;
    }
    const d = ctx.discourse;
    if (!y && d.attacker && d.attackerRecent) {
      const a = actor(ctx.lex, d.attacker);
      if (a && a.entity !== xa.entity && SIDE_KINDS.has(a.kind)) y = mention(r.T.tok0, r.T.tok1, r.T.start, r.T.end, a.entity, a.kind, 'anaphor', false, '');
    }
    if (!y || toldHere(ctx, 'attacked', xa.entity, y.entity)) continue;
    const n = ctx.out.length;
    emit(ctx, r.T, 'attacked', r.x, y, {}, false);
    for (let i = n; i < ctx.out.length; i++) ctx.discourse.responses.add(ctx.out[i]!);
  }
}
