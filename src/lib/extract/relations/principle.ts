/**
 * A stated need to respect or preserve a state's sovereignty, unity or territorial integrity (gold rule 17d; np33):
 * "Tehran and Moscow agreed on the need to respect Syria's sovereignty and territorial integrity", `القاهرة وأنقرة
 * تتفقان على ضرورة الحفاظ على وحدة الأراضي السورية`, "stressed the importance of preserving the unity of Syria": a
 * `preserve_word` right before an `abstract` cue (past "the", `على`, or the state's possessive) has the state after it as
 * the one supported, by the last actors named before it with no preposition (a list: each). Not an effort noun
 * ("respect the efforts of"). Read once per sentence that has both cues.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, groupFrom, groupTo, isPossessive, prepOf, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';

const KINDS = new Set(['country', 'person', 'organization']);

export function principleSupport(ctx: Ctx): void {
  const abstract = ctx.byKind.get('abstract');
  const pattern = abstract?.length ? verbPattern(ctx, 'supported') : undefined;
  if (!pattern) return;
  const words = cueWords(ctx.lex, 'preserve_word');
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!words.has(toks[k]!.norm)) continue;
    let j = k + 1;
    if (/^(the|for|علي|على)$/.test(toks[j]!.norm)) j++;
    // the state: a possessive before the abstract noun ("Syria's sovereignty"), else the mention right after it
    let state: Mention | undefined;
    const poss = ms.find((m) => m.tok0 === j && isPossessive(ctx, m));
    const a = abstract!.find((c) => c.tok0 === (poss ? poss.tok1 : j));
    if (!a || ctx.s.tokens.slice(a.tok0, a.tok1).some((t) => /^(efforts|[وفل]?جهود|[وفل]?مساعي)$/.test(t.norm))) continue;
    if (poss) state = poss;
    else {
      let e = a.tok1;
      // (a second abstract noun joined to the first: "the sovereignty and territorial integrity of Syria")
      if (toks[e]?.norm === 'and' && abstract!.some((c) => c.tok0 === e + 1)) e = abstract!.find((c) => c.tok0 === e + 1)!.tok1;
      // (or a mention that opens inside the abstract cue: `وحدة الأراضي السورية`)
      state = ms.find((m) => (m.tok0 > a.tok0 && m.tok0 < a.tok1) || m.tok0 === e || (m.tok0 === e + 1 && toks[e]!.norm === 'of'));
    }
    const st = state ? actor(ctx.lex, state) : undefined;
    if (!state || !st || st.kind !== 'country') continue;
    const targets = groupFrom(ms, ms.indexOf(state)).filter((m) => actor(ctx.lex, m)?.kind === 'country');
    // the supporters: the last actors named before the word with no preposition, not possessive
    let i = -1;
    for (let x = 0; x < ms.length && ms[x]!.tok1 <= k; x++) {
      const m = ms[x]!;
      const am = actor(ctx.lex, m);
      if (am && KINDS.has(am.kind) && !prepOf(ctx, m) && !isPossessive(ctx, m) && am.entity !== st.entity) i = x;
    }
    // (the addressees of a call are no supporters: "called on Ankara and Tehran to respect Iraq's sovereignty")
    // (nor the object of an urging verb: `ودعا لافروف تركيا إلى احترام سيادة سوريا`)
    if (i < 0) continue;
    const supporters = groupTo(ms, i);
    if (prepOf(ctx, supporters[0]!)) continue;
    const ids = new Set(supporters.map((m) => actor(ctx.lex, m)?.entity));
    if (ctx.out.some((r) => r.evidence.start === s.start && r.relation === 'urged' && ids.has(r.target))) continue;
    const T = cueTrigger({ tok0: k, tok1: a.tok1, start: toks[k]!.start, end: toks[a.tok1 - 1]!.end }, pattern);
    for (const who of supporters) for (const t of targets) if (actor(ctx.lex, who)?.entity !== actor(ctx.lex, t)?.entity) emit(ctx, T, 'supported', who, t, {}, false);
  }
}
