/**
 * Villages struck in a region (branch np43; diagnosis-batch39 §6 np43 rank 3 #37; pool b36 kafr-nabudah-hts-attack, b35
 * badama-russian-raids): an attack noun whose object is a plural of villages or towns (cues.csv `village_plural`) after
 * `على`/"on", listed by names the lexicon lacks or by none, then `في`/"in" P (`بقصف … على قرى الفطيرة وسفوهن وكنصفرة في جبل
 * الزاوية`, `قصف مدفعي نفّذته X … على قرى في سهل الغاب`): the unknown villages are placed by P (gold rule 19d), so the doer
 * attacked P, and each village the lexicon knows in the list. The doer is the noun's own: a لـ name right after it (past
 * an adjective), the name right after a performer relative on it (`نفّذته قوات النظام`), or, for a means noun (`بقصف`, the
 * response verb's instrument), the sentence's opening actor; never another attack's doer in the sentence.
 */
import type { Mention, Trigger } from '../doc.ts';
import { actor, BOUNDARY, type Ctx, hasCue, hasWordCue, hasWordCueAt, mentionAt, prepOf } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

function doerOf(ctx: Ctx, T: Trigger): Mention | undefined {
  const toks = ctx.s.tokens;
  // (a لـ doer right after the noun and an adjective: `قصف مدفعي لقوات النظام على قرى`)
  for (let k = T.tok1; k < toks.length && k - T.tok1 <= 2; k++) {
    const m = mentionAt(ctx, k);
    if (m && /^و?ل$/.test(m.clitics) && m.kind !== 'place' && actor(ctx.lex, m)) return m;
  }
  // (a performer relative right after the noun and its adjectives: `قصف مدفعي نفّذته قوات النظام`)
  for (let k = T.tok1; k < toks.length && k - T.tok1 <= 3; k++) {
    const c = hasCue(ctx, k, 'performer');
    if (c) {
      const m = mentionAt(ctx, c.tok1);
      if (m && m.kind !== 'place' && actor(ctx.lex, m)) return m;
    }
  }
  // (a means noun, `وردّت قوات النظام بقصف …`: the opening actor)
  if (ctx.lang === 'ar' && /^و?ب$/.test(T.clitics)) {
    const m = ctx.s.mentions.find((x) => x.tok0 <= 4 && x.tok1 <= T.tok0 && !prepOf(ctx, x) && x.kind !== 'place' && !!actor(ctx.lex, x));
    if (m) return m;
  }
  return undefined;
}

export function villagesIn(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'village_plural', 'conj')) return;
  const toks = ctx.s.tokens;
  for (const T of ctx.s.triggers) {
    if (!T.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun')) continue;
    // `على` / "on" then the plural, within twelve tokens past the noun's adjectives and a performer relative
    let k = T.tok1;
    while (k < toks.length && k - T.tok1 <= 12 && !/^(علي|على|on)$/.test(toks[k]!.norm) && !BOUNDARY.has(toks[k]!.text) && toks[k]!.text !== '،' && toks[k]!.text !== ',') k++;
    if (!/^(علي|على|on)$/.test(toks[k]?.norm ?? '') || !hasWordCueAt(ctx, k + 1, 'village_plural', 'conj')) continue;
    // the list up to في/"in" P: unknown names (words of no mention) and known villages
    const known: Mention[] = [];
    let unknown = 0;
    let j = k + 2;
    let P: Mention | undefined;
    for (; j < toks.length && j - k <= 12; j++) {
      const t = toks[j]!;
      if (BOUNDARY.has(t.text) || t.text === '،' || t.text === ',') break;
      if (/^(في|in)$/.test(t.norm)) {
        P = mentionAt(ctx, j + 1);
        break;
      }
      const m = mentionAt(ctx, j);
      if (m) {
        if (m.kind !== 'place') break;
        known.push(m);
        j = m.tok1 - 1;
        continue;
      }
      if (t.word && !/^(و|and|of|the)$/.test(t.norm)) unknown++;
    }
    if (!P || P.kind !== 'place' || (unknown === 0 && known.length > 0)) continue;
    // the doer: the noun's own (never another attack's of the sentence: `غارات روسية …، بالتزامن مع قصف مدفعي لقوات النظام`)
    const doer = doerOf(ctx, T);
    const a = doer ? actor(ctx.lex, doer) : undefined;
    if (!doer || !a) continue;
    for (const p of [...known, P]) if (!toldHere(ctx, 'attacked', a.entity, p.entity)) emit(ctx, T, 'attacked', doer, p, {}, true);
  }
}
