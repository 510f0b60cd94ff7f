/**
 * A meeting told with parties the reader could not resolve (ref53): `عقد المجلس اجتماعاً مع وجهاء من عشيرة X` with the
 * tribe unknown, `عقد ضباط روس اجتماعاً ضم ممثلين عن A ومسؤولين في B`, "Russian officers held a meeting with …". Its
 * parties are "the two sides" of the sentences after it (`واتفق الطرفان`, `إن الطرفين اتفقا`), so the memory of "the two
 * sides" forgets the older pair and the fallbacks (the last two names of a sentence, any relation of an Arabic sentence)
 * do not stand in for it: a later background sentence's names (`تبنّى «داعش» هجوماً على حاجز لـ«قسد»`) are no sides of
 * the meeting. A later meeting, call, visit or agreement whose two parties are read names the pair again.
 */
import type { RelationRecord } from '../../types.ts';
import type { Sentence } from '../doc.ts';
import type { Ctx } from './ctx.ts';
import { JOINT } from './ctx.ts';
import { isHypothetical, isNegated } from './guards.ts';

/** Determiners that make an English meeting noun a meeting told before ("the meeting", "Sunday's meeting"). */
const EN_DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', "'s", 's']);

/**
 * Does sentence `s` tell a new meeting (an indefinite meeting noun or a verb of meeting: not `الاجتماع`, "the meeting",
 * a meeting told before) of which no joint record was read (`mine`)?
 */
export function unresolvedMeeting(ctx: Ctx, s: Sentence, mine: readonly RelationRecord[]): boolean {
  if (mine.some((r) => JOINT.has(r.relation))) return false;
  for (const T of s.triggers) {
    if (T.patterns[0]!.relation !== 'met') continue;
    const w = s.tokens[T.tok0]!.norm.slice(T.clitics.length);
    if (T.patterns[0]!.pos === 'noun' && (ctx.lang === 'ar' ? w.startsWith('ال') : EN_DEFINITE.has(s.tokens[T.tok0 - 1]?.norm ?? ''))) continue;
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    return true;
  }
  return false;
}
