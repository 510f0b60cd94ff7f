/**
 * Relations: attacks told as mutual. "A and B traded fire", "A exchanged fire with B", "يتبادل A القصف مع B",
 * "تبادلت A وB القصف", "القصف المتبادل بين A وB": each party attacked the other (two triples per pair). Reached only
 * from an attack trigger (index.ts), and only when a trading verb or a "mutual" adjective is next to it.
 */
import type { Trigger } from '../doc.ts';
import type { Pattern } from '../lexicon.ts';
import { isQuote } from '../mentions.ts';
import { verbArgs, leftGroup } from './args.ts';
import { actor, BOUNDARY, type Ctx, firstMentionAfter, freeWords, type Group, groupFrom, hasBoundary, nth, prepOf } from './ctx.ts';
import { atPublication, emit } from './emit.ts';

const EN_TRADE = new Set(['traded', 'trade', 'trades', 'trading', 'exchanged', 'exchange', 'exchanges', 'exchanging']);
const AR_TRADE = /^[وف]?(تبادل|يتبادل|تتبادل|تبادلت|تبادلا|تبادلتا|تبادلوا|يتبادلان|تتبادلان|يتبادلون)$/;
const AR_MUTUAL = /^(ال)?متبادل[هة]?$/;
const WITH = new Set(['with', 'مع', 'ومع']);
const BETWEEN = new Set(['between', 'بين']);

/** The token of the trading verb before the attack word (past a few modifiers, or an Arabic subject between). */
function tradeBefore(ctx: Ctx, T: Trigger): number {
  const toks = ctx.s.tokens;
  const is = (k: number) => (ctx.lang === 'en' ? EN_TRADE.has(nth(toks, k)?.norm ?? '') : AR_TRADE.test(nth(toks, k)?.norm ?? ''));
  // (up to three modifier tokens between: "traded artillery fire", "have traded near-daily fire")
  for (let k = T.tok0 - 1; k >= Math.max(0, T.tok0 - 4); k--) {
    if (is(k)) return k;
    if (ctx.inMention[k] || !/^[\p{L}-]+$/u.test(toks[k]!.text)) break;
  }
  // Arabic VSO: the subject stands between ("تبادلت القوات التركية و«قسد» القصف")
  let k = T.tok0 - 1;
  if (ctx.lang === 'ar') while (k > 0 && T.tok0 - k <= 12 && (ctx.inMention[k] || isQuote(toks[k]) || toks[k]!.norm === 'و')) k--;
  return k < T.tok0 - 1 && is(k) ? k : -1;
}

/** The group right after a word of `words` within a few words after `from` ("… with Israel across the border"). */
function groupAfter(ctx: Ctx, from: number, words: Set<string>): Group | undefined {
  const toks = ctx.s.tokens;
  for (let k = from; k < Math.min(toks.length, from + 6); k++) {
    if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',' || toks[k]!.text === '،' || ctx.inMention[k]) return undefined;
    if (!words.has(toks[k]!.norm)) continue;
    const i = firstMentionAfter(ctx.s.mentions, k + 1);
    const m = ctx.s.mentions[i];
    if (!m || freeWords(ctx, k + 1, m.tok0) > 1 || hasBoundary(toks, k + 1, m.tok0)) return undefined;
    return groupFrom(ctx.s.mentions, i);
  }
  return undefined;
}

/** "ويقاتل X …، فيما يتبادل القصف مع Y": a verb opening a "فيما/بينما" clause with no subject of its own shares the sentence's first one (alone: "X إلى جانب Z" is no joint subject). */
function mainSubject(ctx: Ctx, verb: number): Group | undefined {
  if (!/^(فيما|بينما)$/.test(nth(ctx.s.tokens, verb - 1)?.norm ?? '')) return undefined;
  const i = ctx.s.mentions.findIndex((m) => m.tok1 <= verb && !prepOf(ctx, m) && actor(ctx.lex, m));
  return i >= 0 ? [ctx.s.mentions[i]!] : undefined;
}

/** The parties of a mutual attack at T, or undefined when T is not told as mutual. */
function mutualParties(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  // "القصف المتبادل بين A وB", "exchanges of fire between A and B"
  let after = T.tok1;
  const mutualAdj = ctx.lang === 'ar' && AR_MUTUAL.test(nth(toks, after)?.norm ?? '');
  if (mutualAdj) after++;
  const trade = tradeBefore(ctx, T);
  if (trade < 0 && !mutualAdj) return undefined;
  const between = groupAfter(ctx, after, BETWEEN);
  if (between) return between;
  let subj: Group | undefined;
  if (trade >= 0) {
    // VSO: "تبادلت القوات التركية و«قسد» القصف"
    const inside = ms.filter((m) => m.tok0 > trade && m.tok1 <= T.tok0);
    if (ctx.lang === 'ar' && inside.length) subj = groupFrom(ms, ms.indexOf(inside[0]!));
    else subj = ctx.lang === 'en' ? leftGroup(ctx, trade, 3) : mainSubject(ctx, trade) ?? verbArgs(ctx, { tok0: trade, tok1: trade + 1, start: toks[trade]!.start, end: toks[trade]!.end }, true).subj;
  }
  const other = groupAfter(ctx, after, WITH) ?? [];
  const all = [...(subj ?? []), ...other];
  return all.length >= 2 ? all : undefined;
}

/**
 * A mutual attack: every party attacked every other one. undefined when T is not told as mutual (the ordinary frame
 * reads it); true when it is (whatever was emitted: a mutual act is never read one-sided).
 */
export function mutualFire(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const parties = mutualParties(ctx, T);
  if (!parties) return undefined;
  const g = parties.filter((m) => actor(ctx.lex, m));
  const from = ctx.out.length;
  for (const a of g) for (const b of g) if (a !== b) emit(ctx, T, p.relation, a, b, attrs, false);
  // an exchange still going on ("have traded fire since 8 October", "this week", "يتبادل … منذ") is a state at the
  // time of writing: dated at publication, not from the day it began
  if (ongoing(ctx, T)) atPublication(ctx, from);
  ctx.groups.push(g);
  return true;
}

const ONGOING = /\b(since|this week|near-daily|daily)\b|منذ|هذا الأسبوع|الأسبوع الجاري|يومي/i;

function ongoing(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const trade = tradeBefore(ctx, T);
  const w = nth(toks, trade)?.norm ?? '';
  if (/^[وف]?[يت]تبادل/.test(w) || /^(trade|trades|trading)$/.test(w) || /^(has|have)$/.test(nth(toks, trade - 1)?.norm ?? '') || /^(has|have)$/.test(nth(toks, trade - 2)?.norm ?? '')) return true;
  return ONGOING.test(ctx.doc.article.text.slice(ctx.s.start, ctx.s.end));
}
