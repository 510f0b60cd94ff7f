/**
 * A joint body of two states meets: the two states met (branch ref40; gold of pool b22, b24, b34: `عقدت اللجنة الأمنية
 * الأردنية السورية المشتركة اجتماعاً`, `وعقدت اللجنة اجتماعها الأول … بمشاركة مسؤولين … من البلدين`). A body noun
 * (cues.csv `joint_body`: committee, commission, `اللجنة`) with no name of its own is the subject of a meeting told right
 * after it (`عقدت اللجنة … اجتماعاً`, `اجتمعت اللجنة`, "the committee met", "held its first meeting") and its two states
 * are either its own two demonyms (Arabic adjectives after it, English before it: `الأردنية السورية`, "Jordanian-Syrian")
 * or, for a body with none, the participants "from/of both countries" (`من البلدين`, `عن البلدين`) after it: the states of
 * the story's last two-party event (discourse.ts eventStates). A body only discussed ("the work of the committee") has no
 * meeting of its own; one demonym, or no pair, gives nothing.
 */
import { mention, type Mention, type Trigger } from '../doc.ts';
import { demonymEntity } from './args.ts';
import { BOUNDARY, type Ctx, hasBreak, wordCueTokens } from './ctx.ts';
import { eventStates } from './discourse.ts';
import { emit } from './emit.ts';

/** Prepositions before "both countries" that make it the participants' origin ("officials from both countries", `من البلدين`). */
const FROM = /^(from|of|من|عن)$/;
/** "both countries", `البلدين` (the plural cue's last word). */
const BOTH = /^(countries|البلدين|الجانبين)$/;

export function jointBodyMet(ctx: Ctx): void {
  const { s, lex } = ctx;
  const toks = s.tokens;
  const met = s.triggers.filter((x) => x.patterns.some((q) => q.relation === 'met'));
  if (!met.length) return;
  const ar = ctx.lang === 'ar';
  for (const k of wordCueTokens(ctx, 'joint_body')) {
    if (ctx.inMention[k]) continue;
    // the body's own demonyms: Arabic definite adjectives after it (`الأمنية الأردنية السورية المشتركة`), English words
    // before it back to its article ("the joint Jordanian-Syrian security committee")
    const states: Mention[] = [];
    let end = k + 1;
    const take = (j: number) => {
      const id = demonymEntity(lex, toks[j]!.norm);
      if (id && !states.some((m) => m.entity === id)) states.push(mention(j, j + 1, toks[j]!.start, toks[j]!.end, id, 'country', 'anaphor', false, ''));
    };
    if (ar) {
      for (let j = k + 1; j < toks.length && j - k <= 5 && toks[j]!.arabic && toks[j]!.norm.startsWith('ال'); j++, end = j) take(j);
    } else {
      for (let j = k - 1; j >= 0 && k - j <= 6 && !/^(the|a|an|its|their)$/.test(toks[j]!.norm); j--) if (toks[j]!.word) take(j);
    }
    if (states.length > 2) continue;
    // (text order: "Jordanian-Syrian" is read backwards)
    if (states.length === 2 && states[0]!.tok0 > states[1]!.tok0) states.reverse();
    // the meeting: a met trigger right before the body (`اجتمعت اللجنة`) or after it within eight tokens, no comma nor
    // boundary between ("the committee met", `عقدت اللجنة … اجتماعها الأول`)
    // (past a relative between commas: `اللجنة الأمنية العراقية السورية، التي شُكّلت العام الماضي، اجتماعها الثالث`)
    const from = relativeEnd(ctx, end);
    const T = met.find((x) => x.tok1 === k) ?? met.find((x) => x.tok0 >= from && x.tok0 - from <= 8 && !hasBreak(toks, from, x.tok0));
    if (!T) continue;
    let pair: Mention[] | undefined = states.length === 2 ? states : undefined;
    if (!pair && !states.length) {
      // ("with officials from both countries", `بمشاركة مسؤولين … من البلدين`: the story's two states)
      const both = s.cues.find((c) => c.tok0 >= end && c.cues.some((q) => q.kind === 'plural') && BOTH.test(toks[c.tok1 - 1]!.norm) && FROM.test(toks[c.tok0 - 1]?.norm ?? ''));
      pair = both ? eventStates(ctx, toks[k]!.start, both) : undefined;
    }
    if (pair?.length !== 2) continue;
    emit(ctx, T as Trigger, 'met', pair[0]!, pair[1]!, {}, false);
  }
}

/** RELATIVE_WORD: the words that open a relative clause after a comma. */
const RELATIVE_WORD = /^(which|that|who|التي|الذي)$/;

/** The token after a relative clause between commas opening at token j (", which …,", `، التي …،`), else j. */
function relativeEnd(ctx: Ctx, j: number): number {
  const toks = ctx.s.tokens;
  if (!/^[,،]$/.test(toks[j]?.text ?? '') || !RELATIVE_WORD.test(toks[j + 1]?.norm ?? '')) return j;
  for (let e = j + 2; e < toks.length && e - j <= 12; e++) {
    if (BOUNDARY.has(toks[e]!.text)) return j;
    if (/^[,،]$/.test(toks[e]!.text)) return e + 1;
  }
  return j;
}
