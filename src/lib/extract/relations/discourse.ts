/**
 * Relations: discourse memory across the sentences of one article, for the definite event nouns that refer back to
 * an event told before ("condemned the strike", "called the raids a mistake"): the doer of the last attack the
 * article named. (The participants of the last meeting and the last people named, for "the two sides" and "he",
 * are kept by findRelations as `lastPair`, `lastPersons` and `lastSubject`.)
 */
import type { RelationRecord } from '../../types.ts';
import { type Mention, mention, mentionOn, type Sentence, type Trigger } from '../doc.ts';
import type { Lexicon } from '../lexicon.ts';
import { isQuote } from '../mentions.ts';
import { verbArgs } from './args.ts';
import { actor, type Ctx, cueTrigger, nth, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';

export interface Discourse {
  /** The doer of the last attack told (an `attacked` relation's source), at its mention. */
  attacker: Mention | undefined;
}

export function newDiscourse(): Discourse {
  return { attacker: undefined };
}

/**
 * After a sentence: remember the doer of its last attack (`mine`: the relations found in sentence `s`). A new attack
 * told with no doer ("a wave of bombings", "a drone strike hit …") is the one "the attack" refers to next: no doer
 * known; a definite one ("did not comment on the strike") refers back and changes nothing.
 */
export function remember(d: Discourse, lex: Lexicon, s: Sentence, mine: RelationRecord[]): void {
  const at = (id: string, offset: number): Mention | undefined => {
    const e = lex.entities.get(id);
    const k = Math.max(0, s.tokens.findIndex((t) => t.start - s.start === offset));
    return e && mention(k, k + 1, s.tokens[k]!.start, s.tokens[k]!.end, e.id, e.kind, 'anaphor', false, '');
  };
  for (let i = mine.length - 1; i >= 0; i--) {
    const r = mine[i]!;
    const m = r.relation === 'attacked' ? at(r.source, r.evidence.sourceSpan[0]) : undefined;
    if (m) {
      d.attacker = m;
      return;
    }
  }
  // "blaming X for the assassination attempt", "accused X of the bombing": the one accused of the attack
  for (let i = mine.length - 1; i >= 0; i--) {
    const r = mine[i]!;
    const end = s.start + r.evidence.targetSpan[1];
    const m = r.relation === 'accused' && s.triggers.some((x) => x.start >= end && x.start - end <= 40 && x.patterns.some((q) => q.relation === 'attacked')) ? at(r.target, r.evidence.targetSpan[0]) : undefined;
    if (m) {
      d.attacker = m;
      return;
    }
  }
  for (const x of s.triggers) {
    // (an attack noun, or a verb form after "a": "a strike"; not a verb: "the earthquake, which killed …")
    if (!x.patterns.some((q) => q.relation === 'attacked' && (q.pos === 'noun' || /^(a|an)$/.test(nth(s.tokens, x.tok0 - 1)?.norm ?? '')))) continue;
    let definite = false;
    for (let k = Math.max(0, x.tok0 - 3); k < x.tok0 && !definite; k++) definite = DEFINITE.test(s.tokens[k]!.norm) || /^(its|their|his|her|our)$/.test(s.tokens[k]!.norm);
    if (!definite) d.attacker = undefined;
  }
}

/** Words that make an attack noun definite: it refers to an attack already told ("Sunday's" is read without its "'s"). */
const DEFINITE = /^(the|this|that|these|those|sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|last|latest|overnight|weekend|recent)$/;

/**
 * The attack noun a verb of criticism at T governs ("condemned the strike", "called the raids …"), definite (it refers
 * to an attack told before), and the doer named on it in "by X"/"of X" after it (past a quoted label: "called the
 * raids 'a mistake' by X"), if any. Undefined when the verb governs no definite attack noun.
 */
export function definiteAttack(ctx: Ctx, T: { tok1: number }): { noun: Trigger; doer: Mention | undefined } | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok1;
  let det = false;
  while (k < toks.length && (DEFINITE.test(toks[k]!.norm) || /^(air|drone|missile|rocket|deadly)$/.test(toks[k]!.norm))) {
    det ||= DEFINITE.test(toks[k]!.norm);
    k++;
  }
  if (!det || ctx.inMention[k]) return undefined;
  const noun = ctx.s.triggers.find((x) => x.tok0 === k && x.patterns.some((q) => q.relation === 'attacked'));
  if (!noun) return undefined;
  let j = noun.tok1;
  const quoted = isQuote(toks[j]);
  if (quoted) {
    j++;
    while (j < toks.length && !isQuote(toks[j]) && j - noun.tok1 <= 10) j++;
    j++;
  }
  if (!/^(by|of)$/.test(nth(toks, j)?.norm ?? '')) return { noun, doer: undefined };
  const m = ctx.s.mentions.find((x) => x.tok0 === j + 1);
  return { noun, doer: m && actor(ctx.lex, m) };
}

/** The doer of the attack a definite attack noun refers to: the last attacker of the sentence, else of the discourse; not the critic. */
export function attackerOf(ctx: Ctx, d: Discourse, noun: Trigger, critic: string[]): Mention | undefined {
  let a: Mention | undefined;
  for (const r of ctx.out)
    if (r.evidence.start === ctx.s.start && r.relation === 'attacked' && r.evidence.sourceSpan[1] <= noun.start - ctx.s.start) {
      const e = ctx.lex.entities.get(r.source);
      if (e) a = mention(noun.tok0, noun.tok1, noun.start, noun.end, e.id, e.kind, 'anaphor', false, '');
    }
  a = a ?? (d.attacker && actor(ctx.lex, d.attacker));
  if (!a || critic.includes(a.entity)) return undefined;
  return mentionOn(a, noun);
}

/** Verbs that label an act ("called the strike 'unacceptable'", "described the raids as …"). */
const LABEL = /^(called|calls|described|describes|branded|brands|termed|terms)$/;

/**
 * "X called the strike 'unacceptable'", "described the raids as a crime": labelling an attack told before criticises its
 * doer (or the doer named on it: "called the raids 'a mistake' by Washington"); the labelling verb's subject by verbArgs.
 */
export function labelledAttacks(ctx: Ctx, d: Discourse): void {
  const toks = ctx.s.tokens;
  const pattern = verbPattern(ctx, 'criticized');
  if (!pattern) return;
  for (let k = 0; k < toks.length; k++) {
    if (!LABEL.test(toks[k]!.norm) || ctx.inMention[k]) continue;
    const v = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    const act = definiteAttack(ctx, v);
    const subj = act && verbArgs(ctx, v, true).subj;
    if (!act || !subj?.length) continue;
    const critics = subj.map((m) => actor(ctx.lex, m)?.entity ?? m.entity);
    const target = act.doer ? mentionOn(act.doer, act.noun) : attackerOf(ctx, d, act.noun, critics);
    if (target && !critics.includes(target.entity)) for (const a of subj) emit(ctx, v, 'criticized', a, target, {}, false);
  }
}

/**
 * Is `r` one of a sentence's relations of three or more parties ("the defence ministers of A, B and C met": every pair
 * told)? Such an event gives no pair for "the two sides", "the two ministers" next.
 */
export function manySided(mine: RelationRecord[], r: RelationRecord): boolean {
  const parties = new Set<string>();
  for (const x of mine) {
    if (x.relation !== r.relation || x.evidence.start !== r.evidence.start) continue;
    parties.add(x.source);
    parties.add(x.target);
  }
  return parties.size > 2;
}
