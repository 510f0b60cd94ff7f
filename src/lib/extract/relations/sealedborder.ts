/**
 * A state sealing or keeping closed its own border (branch slot47; suite tests/unit/extract/slot47-sealed-border.test.ts;
 * gold rule 21e; pool: the Rukban articles of batches 28–45, "Jordan sealed its side of the border in 2016", "Jordan has
 * kept its side of the border sealed since 2016", «وأغلق الأردن حدوده مع المخيم عام 2016», «فيما يُبقي الأردن حدوده مغلقة
 * أمام سكانه», «ويغلق الأردن المنطقة الحدودية المقابلة منذ هجوم …»): the state sanctioned the state the border faces.
 *
 * The border: a cues.csv `own_border` word owned by the state ("its/their border", "its side of the border"; Arabic the
 * suffixed `حدوده`, or `المنطقة الحدودية`), no crossing after it (a crossing closed is no standing measure). The closing:
 * a `seal_word` right before the owner ("sealed its", `وأغلق الأردن حدوده`), or after the border within six words with a
 * keeping verb before it ("has kept its border with the camp closed", `يبقي الأردن حدوده مغلقة`). The state: the country
 * named right before the closing or keeping verb (English), between the verb and the border (Arabic VSO), else right
 * before the verb. The state faced: a country named after "with"/"to"/`مع`/`أمام`, or the state a place named there lies
 * in; else the state of the nearest place named before it in the article (the camp's, Rukban → Syria), else the nearest
 * other country.
 * "since"/`منذ` in its clause: a standing state at the publication date (rule 6).
 */
import { mention, type Mention } from '../doc.ts';
import { stateOf } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasBreak, hasWordCue, verbPattern, wordCueTokens } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';

const KEEP = /^(kept|keeps|keep|keeping|has|يبقي|تبقي|ابقي|ابقت|ويبقي|وتبقي)$/;
const CROSSING = /^(crossings?|crossing-points?|معبر|معابر|المعبر|المعابر)$/;
const FACING = /^(with|to|مع|امام|وامام)$/;

function countryAt(ctx: Ctx, m: Mention | undefined): string | undefined {
  const a = m && actor(ctx.lex, m);
  return a && a.kind === 'country' && m!.kind !== 'place' ? a.entity : undefined;
}

/** The state faced: a country or a place named right after "with"/`مع` at k, else the nearest one named before in the article. */
function faced(ctx: Ctx, k: number, own: string): string | undefined {
  const toks = ctx.s.tokens;
  if (FACING.test(toks[k]?.norm ?? '')) {
    const m = ctx.s.mentions.find((x) => x.tok0 === k + 1 || (x.tok0 === k + 2 && toks[k + 1]!.norm === 'the'));
    const id = m && (m.kind === 'place' ? stateOf(ctx.lex, m.entity, true) : actor(ctx.lex, m)?.kind === 'country' ? actor(ctx.lex, m)!.entity : undefined);
    if (id && id !== own) return id;
  }
  // (the land the border faces: the state a place lies in first — "US forces at al-Tanf" is Syria's land, not the US)
  for (const places of [true, false])
    for (let i = ctx.s.index; i >= 0; i--) {
      const s = ctx.doc.sentences[i]!;
      for (let j = s.mentions.length - 1; j >= 0; j--) {
        const m = s.mentions[j]!;
        if (i === ctx.s.index && m.tok0 >= k) continue;
        // (not a capital standing for its state: "backed by Washington")
        const id = places ? (m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for ? stateOf(ctx.lex, m.entity, true) : undefined) : m.kind === 'country' ? m.entity : undefined;
        if (id && id !== own && ctx.lex.entities.get(id)?.kind === 'country') return id;
      }
    }
  return undefined;
}

export function sealedBorder(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'own_border') || !hasWordCue(ctx, 'seal_word')) return;
  const sp = verbPattern(ctx, 'sanctioned');
  if (!sp) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const en = ctx.lang === 'en';
  const seals = wordCueTokens(ctx, 'seal_word');
  for (const b of wordCueTokens(ctx, 'own_border')) {
    if (CROSSING.test(toks[b + 1]?.norm ?? '')) continue;
    // the owner: "its/their" (past "side of the"); Arabic the suffix, or `المنطقة` before `الحدودية`
    let o = b;
    if (en) {
      o = b - 1;
      if (toks[o]?.norm === 'the' && toks[o - 1]?.norm === 'of' && toks[o - 2]?.norm === 'side') o -= 3;
      if (!/^(its|their)$/.test(toks[o]?.norm ?? '')) continue;
    } else if (toks[b]!.norm === 'الحدوديه') {
      if (!/^[وف]?المنطقه$/.test(toks[b - 1]?.norm ?? '')) continue;
      o = b - 1;
    }
    // the closing: right before the owner (Arabic: a VSO subject between), or after the border with a keeping verb before the owner
    let v = seals.find((k) => k < o && (o - k === 1 || (!en && o - k <= 6 && !hasBreak(toks, k, o))));
    if (v === undefined) {
      const after = seals.find((k) => k > b && k - b <= 6 && !hasBreak(toks, b, k));
      const keep = [o - 1, o - 2, o - 3].find((k) => k >= 0 && KEEP.test(toks[k]!.norm));
      if (after === undefined || keep === undefined) continue;
      v = keep;
    }
    // the state: between the verb and the owner (Arabic VSO), else right before the verb ("Jordan has kept", "Jordan sealed")
    let st = !en ? countryAt(ctx, ms.find((m) => m.tok0 > v! && m.tok1 <= o)) : undefined;
    if (!st) {
      let a = v;
      while (a > 0 && /^(has|have|had|also|قد|وقد)$/.test(toks[a - 1]!.norm)) a--;
      st = countryAt(ctx, ms.find((m) => m.tok1 === a));
    }
    if (!st) continue;
    // the state faced: after "with"/`مع`/`أمام` past "the border", else the article's
    const target = faced(ctx, b + 1, st);
    if (!target || toldHere(ctx, 'sanctioned', st, target)) continue;
    const e = ctx.lex.entities.get(target)!;
    const src = ms.find((m) => countryAt(ctx, m) === st)!;
    const T = cueTrigger({ tok0: v, tok1: v + 1, start: toks[v]!.start, end: toks[v]!.end }, sp);
    const n = ctx.out.length;
    emit(ctx, T, 'sanctioned', src, mention(b, b + 1, toks[b]!.start, toks[b]!.end, e.id, 'country', 'anaphor', false, ''), {}, false);
    // ("since 2016", `منذ عام 2016`: a standing measure at the publication date)
    let end = b;
    while (end < toks.length && !/^[,،.]$/.test(toks[end]!.text)) end++;
    if (toks.slice(Math.min(v, b), end).some((t) => /^(since|منذ|ومنذ)$/.test(t.norm))) atPublication(ctx, n);
  }
}
