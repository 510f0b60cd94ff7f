/**
 * Drills at a place are a presence there (gold README rule 13; branch pred36, diagnosis-batch31 #63, 64): "US forces
 * and the SDF held joint live-fire drills on Thursday near the al-Omar oil field", `أجرت القوات الأمريكية و«قسد» مناورات
 * مشتركة قرب حقل العمر`: each side that held them is in the place. A cues.csv `drill_noun` right after (at most four
 * words) a `drill_verb`, its subject (English: the group before the verb; Arabic: the VSO group after it, else the group
 * before it), and the first place after the noun behind a place preposition (near/in/at/around, `قرب`/`في`/`بالقرب من`),
 * no comma between. Not people, not a state's own forces in its own country.
 */
import type { Mention } from '../doc.ts';
import { cueWords, stateOf } from '../lexicon.ts';
import { actor, type Ctx, sideActor, cueTrigger, firstMentionAfter, hasBreak, prepOf, verbPattern } from './ctx.ts';
import { leftGroup } from './args.ts';
import { emit, toldHere } from './emit.ts';

const PLACE_PREP = /^(near|in|at|around|inside|قرب|في|بالقرب|داخل|بمحيط|محيط)$/;

export function drillsPresence(ctx: Ctx): void {
  const nouns = cueWords(ctx.lex, 'drill_noun');
  const verbs = cueWords(ctx.lex, 'drill_verb');
  const dp = verbPattern(ctx, 'deployed_in');
  if (!dp) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const comma = (a: number, b: number) => hasBreak(toks, a, b);
  const strip = (n: string) => n.replace(/^[وف](?=...)/, '').replace(/^ال(?=..)/, '');
  for (let k = 0; k < toks.length; k++) {
    if (!nouns.has(toks[k]!.norm) && !nouns.has(strip(toks[k]!.norm))) continue;
    let v = -1;
    for (let j = k - 1, n = 0; j >= 0 && n <= 4; j--) {
      if (comma(j, j + 1)) break;
      if (!ctx.inMention[j] && toks[j]!.word) n++;
      if (verbs.has(toks[j]!.norm) || verbs.has(toks[j]!.norm.replace(/^[وف](?=...)/, ''))) { v = j; break; }
    }
    if (v < 0) continue;
    // the holders
    let subj: Mention[] | undefined;
    if (ctx.lang === 'ar') {
      subj = ms.filter((m) => m.tok0 > v && m.tok1 <= k && !prepOf(ctx, m));
    }
    if (!subj?.length) subj = leftGroup(ctx, v, 4);
    const sides = (subj ?? []).filter((m) => sideActor(ctx.lex, m));
    if (!sides.length) continue;
    // the place: the first after the noun behind a place preposition
    const i = firstMentionAfter(ms, k + 1);
    const place = i >= 0 ? ms[i]! : undefined;
    if (!place || (place.kind !== 'place' && actor(ctx.lex, place)?.kind !== 'country') || place.tok0 - k > 9 || comma(k + 1, place.tok0)) continue;
    let p = place.tok0 - 1;
    if (/^(the|of)$/.test(toks[p]?.norm ?? '')) p--;
    if (!PLACE_PREP.test(toks[p]?.norm ?? '') && !PLACE_PREP.test(prepOf(ctx, place) ?? '')) continue;
    for (const m of sides) {
      const a = actor(ctx.lex, m)!;
      const pe = actor(ctx.lex, place)?.entity ?? place.entity;
      if (a.kind === 'country' && (pe === a.entity || stateOf(ctx.lex, pe, true) === a.entity)) continue;
      if (toldHere(ctx, 'deployed_in', a.entity, pe)) continue;
      emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, dp), 'deployed_in', m, place, {}, true);
    }
  }
}
