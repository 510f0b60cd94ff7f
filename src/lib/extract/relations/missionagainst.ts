/**
 * A presence whose purpose is a fight (np35, diagnosis-batch30 #58): a deployment told in the sentence, then an adjunct
 * "in a mission against X", "as part of the fight against X", `في إطار الحرب على X`, `ضمن الحرب ضد X`: the deployed
 * side attacked X. The adjunct: an opener ("in", "as part of", `في`, `في إطار`, `ضمن`), a `mission_noun` (cues.csv:
 * "mission", "fight", "war", "campaign", `الحرب`, `الحملة`, `مهمة`), then "against"/`ضد`/`على` and the named side.
 * The deployed side is the source of a `deployed_in` relation this sentence already has, told before the adjunct; not
 * when a support word stands before the adjunct ("backs the SDF in the fight against IS": the backer is no fighter).
 */
import { cueWords } from '../lexicon.ts';
import { actor, AGAINST_OR_ON, cueTrigger, type Ctx, groupFrom, mentionIndexAt, TOK_MENTION0, tokenMarks, verbPattern } from './ctx.ts';
import { asStates, emit, redateSince, toldHere } from './emit.ts';

const OPENER = /^(in|of|اطار|ضمن|في)$/;

export function missionAgainst(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const words = cueWords(ctx.lex, 'mission_noun');
  if (!words.size) return;
  const deployed = ctx.out.slice(before).filter((r) => r.relation === 'deployed_in' && r.evidence.start === s.start);
  if (!deployed.length) return;
  const pattern = verbPattern(ctx, 'attacked');
  if (!pattern) return;
  for (let k = 1; k + 1 < toks.length; k++) {
    const w = toks[k]!.norm.replace(/^[وف]/, '');
    if (!words.has(w) || !AGAINST_OR_ON.test(toks[k + 1]!.norm)) continue;
    // the opener right before (past an article): "in a mission", "as part of the fight", `في إطار الحرب`, `ضمن الحرب`
    let j = k - 1;
    if (/^(a|an|the|its|their)$/.test(toks[j]?.norm ?? '')) j--;
    if (!OPENER.test(toks[j]?.norm ?? '')) continue;
    // ("backs the SDF in the fight against IS", `وتدعم «قسد» في الحرب ضد`: the adjunct of a support verb is the supported
    // one's fight; its backer is no fighter, README 17e)
    if (s.triggers.some((x) => x.tok1 <= j && x.patterns.some((q) => q.relation === 'supported'))) continue;
    // (past "the", `تنظيم` and quotes: `على تنظيم «داعش»`)
    let t = k + 2;
    while (t < toks.length && t - k <= 4 && (tokenMarks(ctx, t) & TOK_MENTION0) === 0 && (/^(the|تنظيم)$/.test(toks[t]!.norm) || /^[«"“]$/.test(toks[t]!.text))) t++;
    const i = mentionIndexAt(ctx, t);
    if (i < 0) continue;
    const targets = groupFrom(s.mentions, i).filter((m) => {
      const a = actor(ctx.lex, m);
      return !!a && a.kind !== 'place';
    });
    // the deployed side: the last deployment told before the adjunct
    const r = [...deployed].reverse().find((x) => x.evidence.sourceSpan[1] <= toks[k]!.start - s.start);
    const src = r ? s.mentions.find((m) => m.start - s.start === r.evidence.sourceSpan[0]) : undefined;
    const a = src ? actor(ctx.lex, src) : undefined;
    if (!src || !a || a.kind === 'place') continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    const n = ctx.out.length;
    for (const m of targets) {
      const b = actor(ctx.lex, m)!;
      if (b.entity === a.entity || toldHere(ctx, 'attacked', a.entity, b.entity)) continue;
      emit(ctx, T, 'attacked', src, m, {}, false);
    }
    // (the mission is as ongoing as the presence: a standing presence's fight is a state at publication, not anchored to a
    // dated sentence before it; a dated deployment gives its mission its date; dates43)
    if (ctx.stative.has(r!)) asStates(ctx, n, r!.dateSource === 'text' ? r!.date : undefined);
    else redateSince(ctx, n, r!.date, r!.dateSource);
  }
}
