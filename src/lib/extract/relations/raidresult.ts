/**
 * A raid told by its result (branch slot42; diagnosis-batch37 §6 slot41 rank 3, the pool's `عملية إنزال` rows): `نفّذت X
 * [و Y | بمشاركة Y | بالاشتراك مع Y] عملية إنزال جوي …، أسفرت عن اعتقال/مقتل قيادي في تنظيم Z`, "X and Y carried out an
 * airdrop raid …, capturing an Islamic State leader": each doer attacked Z (gold rule 17e: a stated fight against a named
 * foe; the raid's victim is the group whose member it killed or took, or the person named), and two doers coordinated.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasBoundary, hasWordCue, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

/** Arabic "resulted in" (normalised) and its preposition. */
const AR_RESULT_VERB = /^[وف]?اسفرت?$/;

export function raidResults(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'raid_op_noun', true) || !hasWordCue(ctx, 'raid_result', true)) return;
  const attacked = verbPattern(ctx, 'attacked');
  const coordinated = verbPattern(ctx, 'coordinated_with');
  if (!attacked) return;
  const { s } = ctx;
  const toks = s.tokens;
  const raid = cueWords(ctx.lex, 'raid_op_noun');
  const result = cueWords(ctx.lex, 'raid_result');
  const bare = (k: number): string => (ctx.lang === 'ar' ? (toks[k]?.norm ?? '').replace(/^[وفب]/, '') : (toks[k]?.norm ?? ''));
  for (let r = 0; r < toks.length; r++) {
    if (!raid.has(toks[r]!.norm) && !raid.has(bare(r))) continue;
    if (ctx.inMention[r]) continue;
    // the result: `أسفرت عن` + a result noun (Arabic), a result participle after a comma (English), within 14 words
    let q = -1;
    for (let k = r + 1; k < toks.length && k - r <= 16 && q < 0; k++) {
      if (hasBoundary(toks, k, k + 1)) break;
      if (ctx.lang === 'ar' ? AR_RESULT_VERB.test(toks[k]!.norm) && toks[k + 1]?.norm === 'عن' && result.has(bare(k + 2)) : result.has(toks[k]!.norm) && toks[k - 1]?.text === ',') q = ctx.lang === 'ar' ? k + 2 : k;
    }
    if (q < 0) continue;
    // the victim: a person or armed group named within six words after the result noun (not a state: `مطلوبين للحكومة`)
    const victim = s.mentions.find((m) => m.tok0 > q && m.tok0 - q <= 6 && !hasBoundary(toks, q, m.tok0) && (m.kind === 'person' || m.kind === 'armed_group'));
    if (!victim || !actor(ctx.lex, victim)) continue;
    const victimId = actor(ctx.lex, victim)!.entity;
    // the doers: the actors named before the raid noun, in its clause (no complementizer between, unless it carries the
    // doer's pronoun: `أعلنت «قسد» أنها نفذت`), not the leader of a coalition (`بقيادة الولايات المتحدة`)
    const T = cueTrigger({ tok0: r, tok1: r + 1, start: toks[r]!.start, end: toks[r]!.end }, attacked);
    if (isNegated(ctx, T) || isHypothetical(ctx, T)) continue;
    const doers: Mention[] = [];
    // (the last complementizer before the raid noun: a doer before it is cut off)
    let that = -1;
    for (let k = 0; k < r; k++) if (/^(ان|that)$/.test(toks[k]!.norm)) that = k;
    for (const m of s.mentions) {
      if (m.tok1 > r || m.kind === 'place' || !actor(ctx.lex, m)) continue;
      if (hasBoundary(toks, m.tok1, r)) continue;
      if (that >= m.tok1) continue;
      if (/^(بقياده|led)$/.test(toks[m.tok0 - 1]?.norm ?? '')) continue;
      const id = actor(ctx.lex, m)!.entity;
      if (doers.some((d) => actor(ctx.lex, d)!.entity === id) || id === victimId) continue;
      doers.push(m);
    }
    if (!doers.length || doers.length > 2) continue;
    for (const d of doers) emit(ctx, T, 'attacked', d, victim, {}, false);
    if (doers.length === 2 && coordinated) emit(ctx, cueTrigger(T, coordinated), 'coordinated_with', doers[0]!, doers[1]!, {}, false);
  }
}
