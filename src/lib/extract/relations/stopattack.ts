/**
 * An attack presupposed by a word of stopping or continuing (branch att38, diagnosis-batch33 #118; pool rows of batches
 * 19-25): "called on Israel to halt its attacks on Lebanon and Syria", "demanded an end to Israeli attacks on Syrian
 * territory", `دعا الصفدي إسرائيل إلى وقف عدوانها على غزة`, `لوقف الاعتداءات الإسرائيلية`, `استمرار الاعتداءات`, "if Israel's
 * attacks on Gaza did not stop", "if Israeli strikes on Gaza continue". Whoever urges, fears or conditions the stopping,
 * the attacks are going on (gold rule 10: a nominal attack is annotated): an attack noun governed by a `stop_act` word
 * (cues.csv) right before it (past a determiner, possessive, "to" or the noun's nisba) or, in English, followed by one
 * as its verb within six words (no comma or boundary between) is no demanded, refused or hypothetical act. Only the
 * guards of demands, negation and hypotheses are lifted; the noun's doer and target are read as any attack noun's.
 */
import type { Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { BOUNDARY, type Ctx } from './ctx.ts';

// (grammar words between the stop word and the noun; its modifiers are cues.csv `stop_gap_en`)
const EN_BETWEEN = /^(its|their|the|an|to|his|her|all|of)$/;

export function presupposedAttack(ctx: Ctx, T: Trigger): boolean {
  if (!T.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun') || T.patterns[0]!.pos !== 'noun') return false;
  const stop = cueWords(ctx.lex, 'stop_act');
  if (!stop.size) return false;
  const toks = ctx.s.tokens;
  const en = ctx.lang === 'en';
  const gap = cueWords(ctx.lex, 'stop_gap_en');
  // before: "halt its attacks", "an end to Israeli attacks", `وقف عدوانها`, `لوقف الاعتداءات`
  for (let k = T.tok0 - 1, n = 0; k >= 0 && n <= 3; k--, n++) {
    const t = toks[k]!;
    if (stop.has(t.norm)) return true;
    const m = ctx.inMention[k] ? ctx.s.mentions.find((x) => x.tok0 <= k && k < x.tok1) : undefined;
    if (m?.via === 'demonym' && en) {
      k = m.tok0;
      continue;
    }
    if (!en || !(EN_BETWEEN.test(t.norm) || gap.has(t.norm))) break;
  }
  if (!en) return false;
  // after: "attacks on Gaza did not stop", "strikes on Gaza continue"
  for (let k = T.tok1; k < toks.length && k - T.tok1 <= 6; k++) {
    const t = toks[k]!;
    if (BOUNDARY.has(t.text) || t.text === ',') return false;
    if (stop.has(t.norm)) return k > T.tok1;
  }
  return false;
}
