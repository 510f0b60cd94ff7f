/**
 * A specified attack in a relative clause (branch slot37, diagnosis-batch32 §6 slot37 rank 4, event anaphor): "X's
 * attacks on Syria, particularly the raids that hit A and B", `الاعتداءات الإسرائيلية على سوريا، ولا سيما الغارات التي
 * استهدفت مطاري دمشق وحلب الدوليين`. After a `members_open` word (`ولا سيما`, "especially") an attack noun opening a
 * relative clause whose attack verb takes its object right after it is a member of the attacks told before: the doer
 * of the nearest earlier attack noun (its demonym, `الاعتداءات الإسرائيلية`, "Israeli attacks") struck the clause's
 * object and its list. Both languages.
 */
import { actor, AR_RELATIVE, type Ctx, firstMentionAfter, groupFrom, hasWordCue } from './ctx.ts';
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
