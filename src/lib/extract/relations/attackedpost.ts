/**
 * A post an attack noun hits is its owner's presence in the post's place (branch np53; gold rule 13; diagnosis-batch50
 * §6 np52 rank 2 #94, pool b36 kafr-nabudah, b41 kabani, b44 maskanah, b45 kafr-nabl, b46 mayadin, b49 ghab-plain):
 * `في هجوم شنّه مقاتلون من «X» على مواقع للجيش قرب بلدة P`, `على نقطة عسكرية للجيش قرب بلدة P في سهل الغاب`, `على موقع
 * عسكري في البادية جنوب بلدة P`, "an attack on an army post near P". The post (cues.csv `attacked_post`) follows the
 * attack noun's `على`/"on" in its clause; between the post and its first place only owner and modifier words (`post_filler`:
 * `عسكرية`, `للجيش`, "army"), locative prepositions, place heads and compass words: a named owner there is presence.ts's.
 * The owner is the attack's target actor told in the sentence (the army whose soldiers were killed); the place is the
 * first one after the post, or the place a bare desert's compass word locates (`في البادية جنوب مدينة P` → P). A standing
 * state: dated at publication.
 */
import type { Mention } from '../doc.ts';
import { BOUNDARY, type Ctx, cueTrigger, hasCue, hasWordCue, hasWordCueAt, kindOf, verbPattern } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';

const LOCATIVE = /^(قرب|في|على|علي|عند|حول|داخل|جنوب|شمال|شرق|غرب|شرقي|غربي|شمالي|جنوبي|near|in|at|on|outside|around|north|south|east|west|of)$/;

export function attackedPost(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'attacked_post')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  // (the attack's target actor told in this sentence, from a noun trigger's record)
  const nouns = s.triggers.filter((T) => T.patterns.some((x) => x.relation === 'attacked' && x.pos === 'noun'));
  if (!nouns.length) return;
  const hit = ctx.out.slice(before).find((r) => r.relation === 'attacked' && r.evidence.start === s.start && /^(country|armed_group)$/.test(kindOf(ctx.lex, r.target)));
  if (!hit) return;
  const owner = ms.find((m) => m.start - s.start === hit.evidence.targetSpan[0] && m.entity === hit.target);
  if (!owner) return;
  for (let k = 1; k < toks.length; k++) {
    if (!hasWordCueAt(ctx, k, 'attacked_post') || ctx.inMention[k]) continue;
    // (`على`/"on" before the post, past an article or a number word)
    let o = k - 1;
    // ("on an army post": the owner and modifier words before an English post)
    let pre = 0;
    while (ctx.lang === 'en' && o > 0 && hasWordCueAt(ctx, o, 'post_filler') && !ctx.inMention[o]) [o, pre] = [o - 1, pre + 1];
    if (/^(a|an|the|احدي|one)$/.test(toks[o]?.norm ?? '')) o--;
    if (!/^(علي|on)$/.test(toks[o]?.norm ?? '')) continue;
    // (an attack noun before it in the clause, within twelve tokens)
    const T = nouns.find((x) => x.tok1 <= o && o - x.tok1 <= 12 && !toks.slice(x.tok1, o).some((t) => BOUNDARY.has(t.text) || t.text === '،' || t.text === ','));
    if (!T) continue;
    // (an unowned post must be military: `موقع عسكري`, "an army post")
    let place: Mention | undefined;
    let fill = pre;
    for (let j = k + 1; j < toks.length && j - k <= 9; j++) {
      const m = ms.find((x) => x.tok0 === j);
      if (m) {
        if (m.kind !== 'place') break;
        place = m;
        break;
      }
      const t = toks[j]!;
      // (a town the lexicon does not know, one or two words after its head: `قرب بلدة جورين في سهل الغاب`)
      if (j - 1 > k && t.word && !LOCATIVE.test(t.norm) && !hasWordCueAt(ctx, j, 'post_filler') && hasCue(ctx, j - 1, 'place_head') && !hasCue(ctx, j, 'place_head')) {
        if (toks[j + 1]?.word && !ms.some((x) => x.tok0 === j + 1) && !LOCATIVE.test(toks[j + 1]!.norm) && !hasWordCueAt(ctx, j + 1, 'post_filler')) j++;
        // (a compass word after it locates the post by another place: `في بادية الرصافة جنوب غربي الرقة` is not in Raqqa)
        if (hasWordCueAt(ctx, j + 1, 'compass')) break;
        continue;
      }
      if (hasWordCueAt(ctx, j, 'post_filler')) fill++;
      else if (!LOCATIVE.test(t.norm) && !hasWordCueAt(ctx, j, ctx.lang === 'ar' ? 'place_part_ar' : 'place_part', 'conj') && !/^(a|an|the|one|احدي)$/.test(t.norm) && !hasCue(ctx, j, 'place_head') && !hasWordCueAt(ctx, j, 'compass') && !/^(البادية|الباديه|بادية|باديه|desert|the)$/.test(t.norm)) break;
    }
    if (!place || !fill) continue;
    // (a bare desert's compass word locates the place after it: `في البادية جنوب مدينة P`)
    const c = place.tok1;
    if (hasWordCueAt(ctx, c, 'compass') || hasWordCueAt(ctx, c + 1, 'compass')) {
      const q = ms.find((x) => x.tok0 > c && x.tok0 <= c + 3 && x.kind === 'place');
      if (q && /^(syrian-desert)$/.test(place.entity)) place = q;
    }
    if (place.entity === owner.entity || toldHere(ctx, 'deployed_in', owner.entity, place.entity)) continue;
    const n = ctx.out.length;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p), 'deployed_in', owner, place, {}, true);
    atPublication(ctx, n);
  }
}
