/**
 * "backed by Y" participles whose backed head is not a bare name (en43, the English misses of the pool 13–37; English):
 * the backer after "by" supported the one the head noun stands for —
 *   a name's forces noun ("SDF units, backed by US helicopters", "Syrian army units, backed by Russian warplanes");
 *   an apposition's head noun past its modifiers and an "of" phrase ("the Syrian Free Army, a local force backed by the
 *   United States", "the SNA, a coalition of factions backed by Ankara");
 *   "X and other groups backed by Y" (the names before "and other");
 *   an operation noun (an `attacked` noun trigger) → its doer: a name or demonym right before it, else the subject of the
 *   clause's verb before it, else the clause's first actor with no preposition ("The SDF said the operation, backed by
 *   the US-led coalition, …", "they had captured … in a raid backed by US-led coalition helicopters").
 * And the compound "Turkish-backed factions of the Syrian National Army" (hyphenOfBacked): the name after the head's
 * "of". Head nouns are `backed_head_en` cues. A passive predicate ("were backed by") is not read here.
 */
import { actor, type Ctx, firstMentionAfter, type Group, groupFrom, groupTo, hasBoundary, isPossessive, PASSIVE_AUX, prepOf } from './ctx.ts';
import { verbArgs } from './args.ts';
import { emitAll } from './emit.ts';
import { cueWords, type Pattern } from '../lexicon.ts';
import { type Mention, mentionOn, type Trigger } from '../doc.ts';
import { pronounRef } from './anaphora.ts';

const ARTICLE = /^(a|an|the)$/;
/** Grammar words and digits of a count after "by" ("up to", "more than"); its count words are cues.csv `backer_count_en` (mend45). */
const COUNT = /^(almost|up|to|more|than|the|\d[\d,]*)$/;

/** The backer group after "by" (past an article or a count; "coalition helicopters of the United States" past "of"). */
function backerAfter(ctx: Ctx, from: number): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, from);
  if (i < 0) return undefined;
  const counts = cueWords(ctx.lex, 'backer_count_en');
  let gap = 0;
  for (let k = from; k < ms[i]!.tok0; k++) {
    if (!toks[k]!.word) return undefined;
    if (!COUNT.test(toks[k]!.norm) && !counts.has(toks[k]!.norm)) gap++;
  }
  // ("backed by coalition helicopters of the United States": a noun chain and "of" before the name)
  const viaOf = gap > 1 && gap <= 3 && /^(of|from)$/.test(toks[ms[i]!.tok0 - 1]?.norm === 'the' ? toks[ms[i]!.tok0 - 2]!.norm : toks[ms[i]!.tok0 - 1]!.norm);
  if (gap > 1 && !viaOf) return undefined;
  const g = groupFrom(ms, i).filter((m) => actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place');
  return g.length ? g : undefined;
}

/** The doer of an operation noun ending before `k1` whose first token is `k0`. */
function operationDoer(ctx: Ctx, k0: number): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let j = k0 - 1;
  // (modifiers of the noun: "a joint raid", "a special forces raid"; up to three words)
  for (let n = 0; j >= 0 && n < 3 && toks[j]!.word && !ctx.inMention[j] && !/^(a|an|the|its|their|in|on|of|by|and)$/.test(toks[j]!.norm); n++) j--;
  // ("a Turkish offensive", "an SDF raid": the name or demonym right before the noun)
  const own = ms.find((m) => m.tok1 === j + 1 && m.kind !== 'place');
  if (own && actor(ctx.lex, own)) return [own];
  if (!/^(a|an|the|its|their)$/.test(toks[j]?.norm ?? '')) return undefined;
  const V = [...ctx.s.triggers].reverse().find((x) => x.tok1 <= j && x.patterns[0]!.pos === 'verb' && !hasBoundary(toks, x.tok1, j));
  const subj = V ? verbArgs(ctx, V, false).subj?.filter((m) => actor(ctx.lex, m) && m.kind !== 'place') : undefined;
  if (subj?.length) return subj;
  const m = ms.find((x) => x.tok1 <= j && x.kind !== 'place' && !prepOf(ctx, x) && !isPossessive(ctx, x) && !!actor(ctx.lex, x) && !hasBoundary(toks, x.tok1, j));
  return m ? [m] : undefined;
}

/** The backed group for a participle "backed by" at T whose head ends at `k` (the token before it or its comma). */
function backedGroup(ctx: Ctx, k: number, comma: boolean): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  // an operation noun: its doer
  const op = ctx.s.triggers.find((x) => x.tok1 === k + 1 && x.patterns.some((q) => q.pos === 'noun' && q.relation === 'attacked'));
  if (op) return operationDoer(ctx, op.tok0);
  if (!cueWords(ctx.lex, 'backed_head_en').has(toks[k]?.norm ?? '')) return undefined;
  // a name's forces noun: "SDF units, backed by"
  // ("Its units, backed by …": the possessive pronoun's referent; en43 probe)
  const poss = comma && /^(its|their)$/.test(toks[k - 1]?.norm ?? '');
  const pr = poss ? ctx.byKind.get('pronoun')?.find((c) => c.tok0 === k - 1) : undefined;
  // (sentence-initial "Its units, …": the last sentence's subject)
  const ref = pr ? pronounRef(ctx, pr) : poss && k - 1 === 0 ? ctx.lastSubject : undefined;
  const ra = poss && ref ? actor(ctx.lex, ref) : undefined;
  if (ra && ra.kind !== 'place') return [mentionOn(ra, { tok0: k - 1, tok1: k, start: toks[k - 1]!.start, end: toks[k - 1]!.end })];
  const named = ms.find((m) => m.tok1 === k);
  if (named) {
    const na = comma ? actor(ctx.lex, named) : undefined;
    return na && na.kind !== 'place' && !prepOf(ctx, named) ? [named] : undefined;
  }
  // "X and other groups backed by"
  if (toks[k - 1]?.norm === 'other' && toks[k - 2]?.norm === 'and') {
    const i = ms.findIndex((m) => m.tok1 === k - 2);
    const held = i < 0 ? [] : groupTo(ms, i).filter((m) => {
      const a = actor(ctx.lex, m);
      return !!a && a.kind !== 'place' && a.kind !== 'country';
    });
    return held.length ? held : undefined;
  }
  // an apposition's head: "NAME, a local force backed by", "NAME, a coalition of factions backed by"
  let j = k - 1;
  while (j > 0 && j >= k - 6 && !ARTICLE.test(toks[j]!.norm) && toks[j]!.word) {
    const m = ms.find((x) => x.tok0 <= j && j < x.tok1);
    if (m && m.via !== 'demonym') return undefined;
    j--;
  }
  if (!ARTICLE.test(toks[j]?.norm ?? '') || toks[j - 1]?.text !== ',') return undefined;
  const e = j - 1;
  const held = ms.find((m) => m.tok1 === e) ?? (toks[e - 1]?.text === ')' ? ms.find((m) => m.tok1 === e - 1 || (m.tok1 === e - 3 && toks[e - 3]?.text === '(')) : undefined);
  const who = held ? actor(ctx.lex, held) : undefined;
  return held && who && /^(armed_group|organization)$/.test(who.kind) ? [held] : undefined;
}

/**
 * A participle "backed by Y" (a `supported` verb trigger right before "by", no auxiliary before it) after a head noun:
 * Y supported the group the head stands for. Undefined when it is no such participle or no group is read.
 */
export function backedHead(ctx: Ctx, T: Trigger, p: Pattern, attrs: Record<string, string>): boolean | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'en' || p.relation !== 'supported' || p.pos !== 'verb' || toks[T.tok1]?.norm !== 'by' || T.tok1 - T.tok0 !== 1) return undefined;
  let k = T.tok0 - 1;
  if (PASSIVE_AUX.has(toks[k]?.norm ?? '')) return undefined;
  const comma = toks[k]?.text === ',';
  if (comma) k--;
  const backed = backedGroup(ctx, k, comma);
  if (!backed) return undefined;
  const backer = backerAfter(ctx, T.tok1 + 1);
  if (!backer) return undefined;
  const ids = new Set(backer.map((m) => actor(ctx.lex, m)!.entity));
  const held = backed.filter((m) => !ids.has(actor(ctx.lex, m)!.entity));
  return held.length ? emitAll(ctx, T, p, backer, held, attrs) : undefined;
}

/** "Turkish-backed factions of the Syrian National Army": the backer before the hyphen supported the name after "of". */
export function hyphenOfBacked(ctx: Ctx, T: Trigger): [Mention, Group] | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  if (ctx.lang !== 'en' || toks[T.tok0 - 1]?.text !== '-') return undefined;
  const backer = ms.find((m) => m.tok1 === T.tok0 - 1);
  if (!backer || !actor(ctx.lex, backer) || !cueWords(ctx.lex, 'backed_head_en').has(toks[T.tok1]?.norm ?? '') || toks[T.tok1 + 1]?.norm !== 'of') return undefined;
  const i = ms.findIndex((m) => m.tok0 === T.tok1 + 2 || (m.tok0 === T.tok1 + 3 && toks[T.tok1 + 2]!.norm === 'the'));
  if (i < 0) return undefined;
  const b = actor(ctx.lex, backer)!.entity;
  const g = groupFrom(ms, i).filter((m) => {
    const a = actor(ctx.lex, m);
    return !!a && a.kind !== 'place' && a.kind !== 'country' && a.entity !== b;
  });
  return g.length ? [backer, g] : undefined;
}
