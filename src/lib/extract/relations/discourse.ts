/**
 * Relations: discourse memory across the sentences of an article, for words that refer back to an earlier EVENT rather
 * than to the last names read:
 * - "الجانبان", "الطرفان", "the two sides": the participants of the last meeting, visit, reception, call or joint act
 *   (not the two ends of whatever relation came last: "… يمثل تهديداً لتركيا والعراق. وبحث الجانبان …" are still the
 *   parties of the talks);
 * - "دانت X الهجوم", "condemned the strike" with no doer named on the attack: the doer of the last attack told.
 * The memory is updated by findRelations after each sentence from the relations that sentence gave.
 */
import type { RelationRecord } from '../../types.ts';
import { type Mention, mention, type Span, type Trigger } from '../doc.ts';
import { actor, type Ctx, freeWords, type Group, kindOf } from './ctx.ts';
import { mentionOn } from '../doc.ts';

/** Relations whose two ends are the parties of an event ("the two sides" of it). */
const EVENT = new Set(['met', 'hosted', 'visited', 'phoned', 'agreed_with', 'coordinated_with', 'reconciled_with']);

/** The last relation of `records` (one sentence's) that names the two parties of an event, if any. */
export function lastEventOf(records: RelationRecord[], lex: Ctx['lex']): RelationRecord | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    // (a visit to a country or a place names where, not the other party: "زار سوريا" after "استقبله الأسد")
    const k = kindOf(lex, r.target);
    if (EVENT.has(r.relation) && k !== 'place' && !(r.relation === 'visited' && k !== 'person') && r.attrs?.mode !== 'planned') return r;
  }
  return undefined;
}

/**
 * The last attack of `records` (one sentence's) that a condemnation in this article may answer: a recent one, dated
 * told with its day, within a week before the publication date (not a background attack of years ago).
 */
export function lastAttackOf(records: RelationRecord[], published: string): RelationRecord | undefined {
  let since = '';
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (r.relation !== 'attacked') continue;
    since ||= new Date(Date.parse(published) - 7 * 86_400_000).toISOString().slice(0, 10);
    // (told with its day: an attack dated only by the paper is a standing state, "which has waged an insurgency")
    if (r.relation === 'attacked' && r.attrs?.mode !== 'planned' && r.dateSource === 'text' && r.date.length === 10 && r.date >= since) return r;
  }
  return undefined;
}

/**
 * "ودانت طهران الهجوم", "condemned the attack": a condemnation whose object is a definite attack noun right after the
 * verb with no doer of its own after it (`hasOwnDoer`: a demonym, a genitive, "by X") criticises the doer of the last attack
 * of the article.
 */
export function condemnedDoer(ctx: Ctx, T: Trigger, subj: Group, hasOwnDoer: (A: Trigger) => boolean): Group | undefined {
  if (!ctx.lastAttacker) return undefined;
  const A = ctx.s.triggers.find((x) => x.tok0 >= T.tok1 && freeWords(ctx, T.tok1, x.tok0) <= 1 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'));
  if (!A) return undefined;
  const w = ctx.s.tokens[A.tok0]!.norm.slice(A.clitics.length);
  const definite = ctx.lang === 'ar' ? w.startsWith('ال') : /^(the|this|that|these|those)$/.test(ctx.s.tokens[A.tok0 - 1]?.norm ?? '');
  // (a name other than the subject between the verb and the noun, or a doer on the noun, "الغارات الإسرائيلية": read by the frames)
  if (!definite || ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= A.tok0 && !subj.some((x) => x.tok0 === m.tok0)) || hasOwnDoer(A)) return undefined;
  const doer = actor(ctx.lex, ctx.lastAttacker);
  return doer ? [mentionOn(doer, A)] : undefined;
}

/** The state an entity acts for or lies in (a country itself, a person's or a place's country). */
function stateOf(lex: Ctx['lex'], id: string): string | undefined {
  const e = lex.entities.get(id);
  if (!e) return undefined;
  return e.kind === 'country' ? e.id : (e.stands_for ?? e.country);
}

/**
 * "زار المقداد جدة …، حيث اتفق البلدان على …", "استقبل الأسد السوداني … وبحث تعزيز العلاقات بين البلدين": "the two
 * countries" are the states of the last event of their sentence before them (a visit's visitor and the place visited
 * included), else of the article's last event; undefined when those are not two distinct states.
 */
export function eventStates(ctx: Ctx, before: number, sp: Span): Group | undefined {
  let pair: [string, string] | undefined;
  for (let i = ctx.out.length - 1; i >= 0 && !pair; i--) {
    const r = ctx.out[i]!;
    if (r.evidence.start !== ctx.s.start) break;
    if (EVENT.has(r.relation) && r.evidence.targetSpan[1] + ctx.s.start <= before) pair = [r.source, r.target];
  }
  if (!pair && ctx.lastEvent) pair = [ctx.lastEvent[0].entity, ctx.lastEvent[1].entity];
  if (!pair) return undefined;
  const a = stateOf(ctx.lex, pair[0]);
  const b = stateOf(ctx.lex, pair[1]);
  if (!a || !b || a === b) return undefined;
  return [a, b].map((id) => mention(sp.tok0, sp.tok1, sp.start, sp.end, id, 'country', 'anaphor', false, ''));
}

/** A person's head noun before a demonym: "الوزير الإيراني", "المبعوث الروسي", "ضيفه التركي" is a descriptor of a person. */
const PERSON_HEAD = /^[وف]?(ال)?(وزير|رئيس|مبعوث|زعيم|ضيف|مسؤول|دبلوماسي)$/;

/**
 * "وأكد الوزير الإيراني في مؤتمر صحافي مشترك مع نظيره …": a person's head noun and a demonym that the lexicon does not
 * resolve to one office holder is the latest person of that country named in the article (the discourse's "he"). The
 * mentions added, or undefined when none.
 */
export function descriptorAnaphors(ctx: Ctx): Mention[] | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const { s } = ctx;
  let added: Mention[] | undefined;
  for (let k = 0; k + 1 < s.tokens.length; k++) {
    if (!PERSON_HEAD.test(s.tokens[k]!.norm) || s.mentions.some((m) => m.tok0 <= k + 1 && k < m.tok1)) continue;
    const dem = s.names?.find((n) => n.tok0 === k + 1 && n.tok1 === k + 2 && n.values.some((v) => v.via === 'demonym'));
    const country = dem?.values.find((v) => v.via === 'demonym')?.entity;
    // (a name right after it is the person itself: "الوزير الإيراني حسين …" is merged by the mentions stage)
    if (!country || s.mentions.some((m) => m.tok0 === k + 2)) continue;
    let who: Mention | undefined;
    for (let h = ctx.history.length - 1; h >= 0 && !who; h--)
      for (let i = ctx.history[h]!.length - 1; i >= 0 && !who; i--) {
        const m = ctx.history[h]![i]!;
        if (m.kind === 'person' && ctx.lex.entities.get(m.entity)?.country === country) who = m;
      }
    if (!who) continue;
    const t0 = s.tokens[k]!;
    const t1 = s.tokens[k + 1]!;
    const clitics = /^[وف]/.test(t0.norm) && !/^(وزير|وفد)/.test(t0.norm) ? t0.norm[0]! : '';
    (added ??= []).push(mention(k, k + 2, t0.start, t1.end, who.entity, 'person', 'anaphor', false, clitics));
  }
  return added;
}
