/**
 * A clash noun with a named foe is a mutual fight of the clause's subject and the foe (branch slot52; gold rule 20c's
 * mutual reading; diagnosis-batch50 §6 slot52 rank 1; pool b49 maadan-checkpoint, b49 afrin-hts-checkpoints, b41
 * sdf-iraqi-detainees-handover): "X regained the facility after days of fighting with Y", "X stormed the prison,
 * sparking ten days of fighting with Y", `بعد أيام من الاشتباكات مع Y`, `بعد معارك مع Y`. A cues.csv `clash_noun` (a
 * proclitic read off) followed by "with"/`مع` (one free word may stand between in Arabic: `اشتباكات عنيفة مع`) and a
 * side (sideActor) right after it; the other side is the sentence's subject (subjectActor: its first actor behind no
 * preposition, outside a relative), a side too and another entity. X attacked Y and Y attacked X. Not a partner against
 * a foe ("fighting with the coalition against IS", `معارك مع X ضد Y`: "against"/`ضد` in the words after the foe); not
 * when a nearer subject stands between ("its leader, Abu …, was killed in clashes with Y": an actor behind no preposition).
 */
import { redated } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, firstMentionAfter, freeWords, hasBoundary, hasWordCue, hasWordCueAt, prepOf, sideActor, subjectActor, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const WITH = /^و?مع$|^with$/;
const AGAINST = /^(against|ضد|وضد)$/;

export function clashWith(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'clash_noun', true)) return;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const clash = cueWords(ctx.lex, 'clash_noun');
  const isClash = (k: number) => {
    const n = toks[k]!.norm;
    return clash.has(n) || clash.has(n.replace(/^[وفب]/, ''));
  };
  for (let k = 0; k < toks.length - 2; k++) {
    if (ctx.inMention[k] || !isClash(k)) continue;
    // "with"/`مع` right after the noun (Arabic: past one adjective)
    let w = k + 1;
    if (!WITH.test(toks[w]!.norm) && ctx.lang === 'ar' && toks[w]!.word && !ctx.inMention[w] && !ctx.s.triggers.some((t) => t.tok0 === w)) w++;
    if (w >= toks.length || !WITH.test(toks[w]!.norm)) continue;
    const i = firstMentionAfter(ms, w + 1);
    const y = i >= 0 ? ms[i]! : undefined;
    const ya = sideActor(ctx.lex, y);
    if (!y || !ya || freeWords(ctx, w + 1, y.tok0) > 1 || hasBoundary(toks, w + 1, y.tok0)) continue;
    // (a partner against a foe: "fighting with the coalition against IS")
    let against = false;
    for (let j = y.tok1; j < Math.min(toks.length, y.tok1 + 8) && !hasBoundary(toks, j, j + 1); j++) if (AGAINST.test(toks[j]!.norm)) against = true;
    if (against) continue;
    const x = subjectActor(ctx, k);
    const xa = sideActor(ctx.lex, x);
    if (!x || !xa || xa.entity === ya.entity || x.tok1 > k) continue;
    // (a nearer subject of the clash: "its leader, Abu …, had been killed in clashes with Y" is the person's fight, not
    // the group's; an actor behind no preposition between the subject and the noun, places aside)
    if (ms.some((m) => m.tok0 >= x.tok1 && m.tok1 <= k && m.kind !== 'place' && !prepOf(ctx, m) && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place')) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, ap);
    // (a verb pattern that read the clash keeps its one direction: `وخاض X اشتباكات عنيفة مع Y`, "X clashed with Y", lex28)
    if (toldHere(ctx, 'attacked', xa.entity, ya.entity)) continue;
    const n0 = ctx.out.length;
    emit(ctx, T, 'attacked', x, y, {}, false);
    if (!toldHere(ctx, 'attacked', ya.entity, xa.entity)) emit(ctx, T, 'attacked', y, x, {}, false);
    // ("regained the facility on January 26 after days of fighting with Y": a span of days (a `duration_word` and
    // "of"/`من` before the noun) ends on the clause's day, the fight is of its month)
    if (k >= 2 && /^(of|من)$/.test(toks[k - 1]!.norm) && hasWordCueAt(ctx, k - 2, 'duration_word'))
      for (let r = n0; r < ctx.out.length; r++) {
        const rec = ctx.out[r]!;
        if (rec.dateSource === 'text' && /^\d{4}-\d{2}-\d{2}$/.test(rec.date)) ctx.out[r] = redated(rec, rec.date.slice(0, 7));
      }
  }
}
