/**
 * A specified attack in a relative clause (branch slot37, diagnosis-batch32 §6 slot37 rank 4, event anaphor): "X's
 * attacks on Syria, particularly the raids that hit A and B", `الاعتداءات الإسرائيلية على سوريا، ولا سيما الغارات التي
 * استهدفت مطاري دمشق وحلب الدوليين`. After a `members_open` word (`ولا سيما`, "especially") an attack noun opening a
 * relative clause whose attack verb takes its object right after it is a member of the attacks told before: the doer
 * of the nearest earlier attack noun (its demonym, `الاعتداءات الإسرائيلية`, "Israeli attacks") struck the clause's
 * object and its list. Both languages.
 */
import { actor, AR_RELATIVE, type Ctx, firstMentionAfter, groupFrom, groupTo, hasWordCue } from './ctx.ts';
import { cueWords } from '../lexicon.ts';
import { emit } from './emit.ts';
import type { Mention, Trigger } from '../doc.ts';

const attacks = (T: Trigger): boolean => T.patterns.some((p) => p.relation === 'attacked');

/** The doer told by a demonym or name at an attack noun: after it in Arabic (`الغارات الإسرائيلية`), before it in English ("Israeli strikes"). */
function nounDoer(ctx: Ctx, P: Trigger): Mention | undefined {
  const ms = ctx.s.mentions;
  const m =
    ctx.lang === 'ar'
      ? ms.find((x) => x.tok0 === P.tok1 && x.via === 'demonym')
      : ms.find((x) => x.tok1 === P.tok0 && (x.via === 'demonym' || x.via === 'name'));
  const a = m ? actor(ctx.lex, m) : undefined;
  return a && a.kind !== 'place' ? m : undefined;
}

export function specifiedAttacks(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'members_open')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const open = cueWords(ctx.lex, 'members_open');
  const o = toks.findIndex((t) => open.has(t.norm));
  if (o < 1) return;
  let k = o + 1;
  if (toks[k]?.norm === 'the') k++;
  const N = s.triggers.find((T) => T.tok0 === k && attacks(T) && T.patterns[0]!.pos === 'noun');
  if (!N) return;
  const rel = toks[N.tok1]?.norm ?? '';
  if (!(ctx.lang === 'ar' ? AR_RELATIVE.has(rel) : rel === 'that' || rel === 'which')) return;
  const V = s.triggers.find((T) => T.tok0 === N.tok1 + 1 && !T.suffix && T.patterns.some((p) => p.relation === 'attacked' && p.pos === 'verb'));
  if (!V) return;
  // the object right after the verb (past one head word: `مطاري دمشق`), no punctuation between
  const ti = firstMentionAfter(s.mentions, V.tok1);
  if (ti < 0 || s.mentions[ti]!.tok0 > V.tok1 + 1 || !toks.slice(V.tok1, s.mentions[ti]!.tok0).every((t) => t.word)) return;
  // the doer of the nearest earlier attack noun (English "Israeli strikes" may be read as a verb trigger)
  let doer: Mention | undefined;
  for (let i = s.triggers.length - 1; i >= 0 && !doer; i--) {
    const P = s.triggers[i]!;
    if (P.tok1 <= o && attacks(P) && (ctx.lang === 'en' || P.patterns[0]!.pos === 'noun')) doer = nounDoer(ctx, P);
  }
  if (!doer) return;
  for (const m of groupFrom(s.mentions, ti)) {
    const a = actor(ctx.lex, m);
    emit(ctx, V, 'attacked', doer, m, {}, !a || a.kind === 'place');
  }
}

const EN_TARGET_PREP = /^(on|against|at)$/;
const AR_TARGET_PREP = /^(علي|على)$/;
const EN_HYPHEN_LINK = /^(linked|backed|affiliated|allied|aligned|led|run)$/;

/** The owner group at a target noun k: before it in English ("Iranian and Hezbollah targets", "Iran-linked targets"), after it in Arabic (`أهداف إيرانية`). */
function targetOwners(ctx: Ctx, k: number): Mention[] | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  if (ctx.lang === 'ar') {
    const i = ms.findIndex((m) => m.tok0 === k + 1 && m.via === 'demonym');
    return i < 0 ? undefined : groupFrom(ms, i);
  }
  let end = k;
  if (EN_HYPHEN_LINK.test(toks[k - 1]?.norm ?? '') && toks[k - 2]?.text === '-') end = k - 2;
  const i = ms.findIndex((m) => m.tok1 === end);
  return i < 0 ? undefined : groupTo(ms, i);
}

/**
 * Owners of struck targets (branch slot37, diagnosis-batch32 §6 slot37 rank 5, "targets"): "Israel has carried out
 * hundreds of strikes in Syria, mostly against what it describes as Iranian and Hezbollah targets", "air strikes on
 * Iran-linked targets", "struck PKK targets", `غارات على أهداف إيرانية`: a target noun (cues.csv `owned_target_noun`)
 * whose owner is a name or demonym at it, after a strike noun or attack verb (past `owned_target_gap` words and "on",
 * "against", `على`): the strike's doer (the source of the sentence's attack already read) attacked each owner.
 */
export function ownedTargets(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'owned_target_noun') || ctx.out.length <= before) return;
  const { s } = ctx;
  const toks = s.tokens;
  const nouns = cueWords(ctx.lex, 'owned_target_noun');
  const gap = cueWords(ctx.lex, 'owned_target_gap');
  const strikes = cueWords(ctx.lex, 'strike_noun');
  for (let k = 1; k < toks.length; k++) {
    if (!nouns.has(toks[k]!.norm)) continue;
    const owners = targetOwners(ctx, k);
    if (!owners?.length) continue;
    let b = (ctx.lang === 'ar' ? k : owners[0]!.tok0) - 1;
    while (b > 0 && gap.has(toks[b]!.norm)) b--;
    const prep = (ctx.lang === 'ar' ? AR_TARGET_PREP : EN_TARGET_PREP).test(toks[b]?.norm ?? '');
    // the strike: an attack verb right before, or the nearest strike noun or attack verb before the preposition
    let T: Trigger | undefined;
    for (const x of s.triggers) {
      if (x.tok1 > b + 1 || !attacks(x)) continue;
      const verb = x.patterns[0]!.pos === 'verb' && !strikes.has(toks[x.tok1 - 1]!.norm);
      if (prep ? x.tok1 <= b && b - x.tok1 <= 12 && (verb || strikes.has(toks[x.tok1 - 1]!.norm)) : x.tok1 === b + 1 && verb) T = x;
    }
    if (!T) continue;
    const own = new Set(owners.map((m) => actor(ctx.lex, m)?.entity));
    const r = ctx.out.slice(before).find((x) => x.relation === 'attacked' && x.evidence.start === s.start && !own.has(x.source));
    const doer = r ? s.mentions.find((m) => m.tok1 <= T!.tok0 + 1 && actor(ctx.lex, m)?.entity === r.source) : undefined;
    if (!doer) continue;
    for (const m of owners) if (actor(ctx.lex, m)) emit(ctx, T, 'attacked', doer, m, {}, false);
  }
}
