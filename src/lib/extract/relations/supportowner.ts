/**
 * The owner of a support noun that an urged act is to end (branch pred38; pool b18, b19, b20; gold rule 10 "American
 * support for the YPG" → `usa supported ypg`): "Ankara called on Washington to end its support for the YPG", "urged the
 * United States to stop its military support for …", `وتطالب أنقرة واشنطن بوقف دعمها لـ«وحدات حماية الشعب»`, `ودعت
 * تركيا الولايات المتحدة إلى وقف دعمها لـ«قسد»`. The possessive (English its/their right before the noun, past one
 * modifier; the Arabic clitic on `دعمها`) is the addressee's, the one the sentence's urged relation names, never the
 * urging speaker: the addressee supported the one after "for"/`لـ`. The ending word (cues.csv `cessation_word`) stands
 * right before the possessive (English, past "to") or is the word before the support noun (Arabic).
 */
import type { Mention, Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, hasWordCue } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

function isSupportWord(T: Trigger): boolean {
  return T.patterns.some((p) => p.relation === 'supported');
}

/** The first actor mention starting within three tokens after `k` (past the, a bracket, a quote), not a place. */
function objectAfter(ctx: Ctx, k: number): Mention | undefined {
  for (const m of ctx.s.mentions) {
    if (m.tok0 < k) continue;
    if (m.tok0 - k > 3) return undefined;
    const a = actor(ctx.lex, m);
    return a && a.kind !== 'place' ? m : undefined;
  }
  return undefined;
}

export function supportOwnedByAddressee(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'cessation_word')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const stop = cueWords(ctx.lex, 'cessation_word');
  const urged = ctx.out.filter((r) => r.evidence.start === s.start && r.relation === 'urged');
  if (!urged.length) return;
  for (const T of s.triggers) {
    if (!isSupportWord(T)) continue;
    let tgt: Mention | undefined;
    let stopAt = -1;
    if (ctx.lang === 'en') {
      // its/their right before the noun, past one modifier ("its military support for")
      let j = T.tok0 - 1;
      if (j >= 0 && !/^(its|their)$/.test(toks[j]!.norm)) j--;
      if (j < 1 || !/^(its|their)$/.test(toks[j]!.norm) || !stop.has(toks[j - 1]!.norm)) continue;
      stopAt = j - 1;
      if (!/^(for|to)$/.test(toks[T.tok1]?.norm ?? '')) continue;
      tgt = objectAfter(ctx, T.tok1 + 1);
    } else {
      // `دعمها` with its owner clitic, the ending word right before (`بوقف`, `إلى وقف`), `لـX` right after
      if (!T.suffix || T.tok1 !== T.tok0 + 1 || T.tok0 < 1 || !stop.has(toks[T.tok0 - 1]!.norm)) continue;
      stopAt = T.tok0 - 1;
      const m = objectAfter(ctx, T.tok1);
      if (!m || !(m.clitics.includes('ل') || toks.slice(T.tok1, m.tok0).some((t) => t.norm.startsWith('ل')))) continue;
      tgt = m;
    }
    if (!tgt) continue;
    const b = actor(ctx.lex, tgt)!;
    // the addressee: the urged relation's target named before the ending word
    for (const r of urged) {
      const owner = s.mentions.find((m) => m.tok1 <= stopAt && actor(ctx.lex, m)?.entity === r.target);
      if (!owner || r.target === b.entity) continue;
      if (!toldHere(ctx, 'supported', r.target, b.entity)) emit(ctx, T, 'supported', owner, tgt, {}, false);
    }
  }
}
