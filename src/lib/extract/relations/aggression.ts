/**
 * The label "aggression" said of an owner (gold README rule 17b; branch pred36, diagnosis-batch31 #71, 98): a speaker
 * who calls an actor's act its aggression (`وأكد حسين وقوف العراق إلى جانب سوريا ولبنان في مواجهة العدوان الإسرائيلي`,
 * "in the face of Israeli aggression", "for what he called its aggression against Syria") criticized the owner. A
 * cues.csv `aggression_noun` with its owner (Arabic: a demonym or a name right after it; English: a demonym, a name or
 * a possessive right before it, "its"/"their": the nearest side named before that is not the speaker), and the speaker:
 * the sentence's attributed speaker, else the first actor of the sentence before the noun with no preposition. Not the
 * owner itself, not its state. An owner the sentence already gives a `criticized` (a condemnation verb's) gets none.
 */
import type { Mention } from '../doc.ts';
import { cueWords, type Pattern, stateOf } from '../lexicon.ts';
import { actor, type Ctx, sideActor, cueTrigger, prepOf, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';


export function aggressionLabels(ctx: Ctx, speaker: Mention | undefined): void {
  const words = cueWords(ctx.lex, 'aggression_noun');
  if (!words.size) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const cp = verbPattern(ctx, 'criticized');
  if (!cp) return;
  for (let k = 0; k < toks.length; k++) {
    const n = toks[k]!.norm;
    const bare = n.replace(/^[وفبل](?=...)/, '').replace(/^ل(?=ال)/, '');
    if (!words.has(n) && !words.has(bare)) continue;
    // the owner
    let owner: Mention | undefined;
    if (ctx.lang === 'ar') {
      const m = ms.find((x) => x.tok0 === k + 1);
      if (m && !prepOf(ctx, m) && sideActor(ctx.lex, m, true)) owner = m;
    } else {
      const m = ms.find((x) => x.tok1 === k);
      if (m && sideActor(ctx.lex, m, true)) owner = m;
      else if (/^(its|their)$/.test(toks[k - 1]?.norm ?? '')) {
        const sp = speakerOf(ctx, speaker, k);
        const before = ms.filter((x) => x.tok1 <= k - 1 && sideActor(ctx.lex, x, true) && actor(ctx.lex, x)!.entity !== (sp && actor(ctx.lex, sp)?.entity));
        owner = before[before.length - 1];
      }
    }
    if (owner) criticizeOwner(ctx, cp, speakerOf(ctx, speaker, k), owner, k);
  }
}

/**
 * The speaker `sp` criticized the owner of the act labelled at token k (aggressionLabels, violationLabels): not the
 * speaker itself nor its own state, and not an owner the sentence already gives a critic (`أن الوزيرين أدانا … العدوان
 * الإسرائيلي`).
 */
function criticizeOwner(ctx: Ctx, cp: Pattern, sp: Mention | undefined, owner: Mention, k: number): void {
  const toks = ctx.s.tokens;
  const sa = sp && actor(ctx.lex, sp);
  const oa = actor(ctx.lex, owner)!;
  if (!sp || !sa || sa.entity === oa.entity || stateOf(ctx.lex, sa.entity, true) === oa.entity) return;
  if (ctx.out.some((r) => r.evidence.start === ctx.s.start && r.relation === 'criticized' && r.target === oa.entity)) return;
  emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, cp), 'criticized', sp, owner, {}, false);
}

/** The speaker: the attributed one, else the first actor before k with no preposition (not a place). */
function speakerOf(ctx: Ctx, speaker: Mention | undefined, k: number): Mention | undefined {
  if (speaker && actor(ctx.lex, speaker) && speaker.tok1 <= k) return speaker;
  const m = ctx.s.mentions.find((x) => x.tok1 <= k && x.kind !== 'place' && actor(ctx.lex, x) && actor(ctx.lex, x)!.kind !== 'place' && x.via !== 'demonym');
  return m && !prepOf(ctx, m) ? m : undefined;
}

/**
 * An owned act labelled a violation (gold rule 17b; branch pred36, diagnosis-batch31 #16; diagnosis-batch30's
 * `«انتهاك للسيادة»`): `اعتبر الوزير السوري أن الاعتداءات الإسرائيلية المتكررة تشكل انتهاكاً صارخاً`, `قالت «قسد» إن
 * الهجمات التركية «انتهاك للسيادة السورية»`, "said Israeli strikes constitute a flagrant violation": the speaker
 * criticized the act's owner. A cues.csv `violation_label` at most four free words after an attack noun (a noun trigger
 * of `attacked`) and its demonym or name owner (Arabic after the noun, English before it).
 */
export function violationLabels(ctx: Ctx, speaker: Mention | undefined): void {
  const words = cueWords(ctx.lex, 'violation_label');
  const cp = verbPattern(ctx, 'criticized');
  if (!words.size || !cp) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  for (let k = 0; k < toks.length; k++) {
    const n = toks[k]!.norm;
    if (!words.has(n) && !words.has(n.replace(/^[وفب](?=...)/, ''))) continue;
    // the owned act before the label
    let owner: Mention | undefined;
    for (let j = k - 1, free = 0; j >= 0 && free <= 4; j--) {
      if (/^[,،.]$/.test(toks[j]!.text)) break;
      const T = ctx.s.triggers.find((x) => x.tok0 <= j && j < x.tok1 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'));
      if (T) {
        const m = ctx.lang === 'ar' ? ms.find((x) => x.tok0 === T.tok1) : ms.find((x) => x.tok1 === T.tok0);
        if (m && sideActor(ctx.lex, m, true) && !prepOf(ctx, m)) owner = m;
        break;
      }
      if (!ctx.inMention[j] && toks[j]!.word) free++;
    }
    if (owner) criticizeOwner(ctx, cp, speakerOf(ctx, speaker, owner.tok0), owner, k);
  }
}
