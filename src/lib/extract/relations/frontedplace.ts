/**
 * A place fronted before the holders of an Arabic presence verb (branch slot56; diagnosis-batch55 §6 slot56 rank 2
 * `وتنتشر في ريف P قوات من X وY`; pool b24, b40, b46): `وتنتشر في منطقة تل رفعت وحدات من الجيش السوري وقوات كردية، إلى
 * جانب نقاط للشرطة العسكرية الروسية`, `وتنتشر على الجانب السوري من الحدود، في محافظتي درعا والسويداء، وحدات من الجيش
 * السوري`. The verb opens its clause, its place phrase comes first (a preposition, then the places, a dual head's members
 * each), then a holder head (cues.csv `fronted_holder_head`: units, forces, posts …) with its owner — `من X`, `لـX`,
 * `تابعة لـX` or a demonym — and more such owners joined by و or `إلى جانب`. Each owner is present at each place (gold
 * rule 13; rule 18b for the ones alongside). A name right after the verb is the verb's own VSO subject (args.ts), left
 * alone; a name behind a preposition inside the place phrase (`على الجانب السوري`) is no holder.
 */
import type { Mention, Trigger } from '../doc.ts';
import { actor, type Ctx, hasWordCueAt, mentionAt } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const PREP = /^(في|علي|قرب|داخل|حول|عند|بمحيط|وفي|وعلي)$/;
const OPENER = /^(،|,|فيما|بينما|حيث)$/;
const JOIN = /^الي$/;

/**
 * The owner of the holder head at h: `من X`, `لـX` (past `تابعة`), a demonym or a genitive right after the head
 * (`وفصائل «الجيش الوطني»`); [owner, end] or undefined.
 */
function ownerOf(ctx: Ctx, h: number): [Mention, number] | undefined {
  const toks = ctx.s.tokens;
  let adjective = false;
  for (let k = h + 1; k <= h + 4 && k < toks.length; k++) {
    const m = mentionAt(ctx, k);
    if (m) {
      let b = m.tok0 - 1;
      while (b > h && /^(«|")$/.test(toks[b]!.text)) b--;
      const linked = b === h || /^(من|ل|لـ)$/.test(toks[b]!.norm) || /^و?ل$/.test(m.clitics);
      // (an adjective between the head and a genitive is no link: `قوات حكومية سورية` is the demonym's own phrase)
      if (!linked || (b === h && adjective && m.via !== 'demonym')) return undefined;
      const a = actor(ctx.lex, m);
      return a && a.kind !== 'place' ? [m, m.tok1] : undefined;
    }
    const t = toks[k]!;
    if (/^(من|ل|لـ|تابعه|التابعه)$/.test(t.norm) || /^(«|")$/.test(t.text)) continue;
    if (k === h + 1 && t.arabic && t.word && !/^(في|علي|الي)$/.test(t.norm)) {
      adjective = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

export function frontedPlaceHolders(ctx: Ctx): void {
  const toks = ctx.s.tokens;
  for (const T of ctx.s.triggers) {
    if (T.patterns[0]!.pos !== 'verb' || !T.patterns.every((q) => q.relation === 'deployed_in')) continue;
    if (T.tok0 > 0 && !OPENER.test(toks[T.tok0 - 1]!.text) && !OPENER.test(toks[T.tok0 - 1]!.norm)) continue;
    if (!PREP.test(toks[T.tok1]?.norm ?? '')) continue;
    // the fronted places, up to the holder head
    const places: Mention[] = [];
    let h = -1;
    for (let k = T.tok1; k < toks.length && k - T.tok1 <= 16; k++) {
      const m = mentionAt(ctx, k);
      if (m) {
        if (m.kind === 'place') places.push(m);
        // (a name behind a preposition, `على الجانب السوري`, belongs to the place phrase)
        else if (!PREP.test(toks[m.tok0 - 1]?.norm ?? '') && toks[m.tok0 - 1]?.norm !== 'من') break;
        k = m.tok1 - 1;
        continue;
      }
      if (toks[k]!.text === '.') break;
      if (hasWordCueAt(ctx, k, 'fronted_holder_head') && !PREP.test(toks[k - 1]?.norm ?? '')) {
        h = k;
        break;
      }
    }
    if (h < 0 || !places.length) continue;
    // the owners: the first head's, then heads or ل-names joined by و, and `، إلى جانب` head + owner
    const owners: Mention[] = [];
    let o = ownerOf(ctx, h);
    while (o) {
      owners.push(o[0]);
      let k = o[1];
      while (k < toks.length && /^(»|")$/.test(toks[k]!.text)) k++;
      // (`وأجهزته الأمنية`: the owner's own organs, no new owner)
      if (/^و/.test(toks[k]?.norm ?? '') && !mentionAt(ctx, k) && !hasWordCueAt(ctx, k, 'fronted_holder_head', 'conj')) while (k < toks.length && toks[k]!.word && !mentionAt(ctx, k) && k - o[1] < 3) k++;
      if (toks[k]?.text === '،' && JOIN.test(toks[k + 1]?.norm ?? '') && toks[k + 2]?.norm === 'جانب') k += 3;
      else if (JOIN.test(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'جانب') k += 2;
      else if (toks[k]?.text === '،' || toks[k]?.text === ',') break;
      const m = mentionAt(ctx, k);
      // (`وللشرطة العسكرية الروسية`: a second ل-owner of the same head)
      if (m && /^و?ل$/.test(m.clitics)) {
        const a = actor(ctx.lex, m);
        o = a && a.kind !== 'place' ? [m, m.tok1] : undefined;
        continue;
      }
      if (hasWordCueAt(ctx, k, 'fronted_holder_head', 'conj')) {
        o = ownerOf(ctx, k);
        continue;
      }
      break;
    }
    for (const m of owners) {
      const a = actor(ctx.lex, m)!;
      for (const p of places) if (a.entity !== p.entity && !toldHere(ctx, 'deployed_in', a.entity, p.entity)) emit(ctx, T as Trigger, 'deployed_in', m, p, {}, true);
    }
  }
}
