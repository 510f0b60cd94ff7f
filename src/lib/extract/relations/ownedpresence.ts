/**
 * A presence noun owned by a pronoun or had by its owner (np55, gold rule 13; diagnosis-batch52/53 §6 np54 rank 1).
 *
 * Arabic only; presencenoun.ts reads the definite noun with named owners after it, the noun rows read `وجودها العسكري
 * في P` with one owner. This pass reads what those leave:
 *  - an owner clitic on the presence noun (cues.csv `presence_owned_ar`: `وجودها`, `وجودهما`, `تواجدهم`, past a
 *    proclitic و ف ب ل): the dual names the last two conjoined actors before it (`لن تسمح لإيران و«حزب الله» بترسيخ
 *    وجودهما العسكري في سوريا`: both), the singular and plural the last actor before it;
 *  - an indefinite presence (cues.csv `presence_had_ar`: `وجود`, `تواجد`) had by a ل owner right before it (`ولروسيا
 *    وجود عسكري في قاعدة حميميم`) or kept by the clause's subject with ب (`يحتفظ «حزب الله» بوجود عسكري فيها`);
 *  - the place: a place or state right after في/على/داخل past the `presence_gap` words, or a place pronoun (cues.csv
 *    `place_pronoun_ar`: `هناك`, `فيها`) = the last place the sentence names before the noun (`ربط مناطق الشمال السوري
 *    باقتصادها، وتصف وجودها العسكري هناك`).
 * Each owner (a state or an armed group) is deployed in the place at the publication date, unless the sentence already
 * has that record; not in a negated clause (`ليس لروسيا وجود عسكري في إدلب`).
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasBreak, mentionAt, prepOf, stem, verbPattern } from './ctx.ts';
import { atPublication, emit } from './emit.ts';
import { isNegated } from './guards.ts';

const QUOTE = /^[«»"“”']$/;
const PLACE_PREP = /^(في|علي|داخل)$/;

const sideKind = (ctx: Ctx, m: Mention): boolean => /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? '');

export function ownedPresences(ctx: Ctx): void {
  if (ctx.lang !== 'ar') return;
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const owned = cueWords(ctx.lex, 'presence_owned_ar');
  const had = cueWords(ctx.lex, 'presence_had_ar');
  const gap = cueWords(ctx.lex, 'presence_gap');
  const pronoun = cueWords(ctx.lex, 'place_pronoun_ar');
  for (let k = 1; k < toks.length; k++) {
    if (ctx.inMention[k]) continue;
    const norm = toks[k]!.norm;
    const o = stem(owned, norm);
    const h = o ? undefined : stem(had, norm);
    if (!o && !h) continue;
    // (the owners)
    let owners: Mention[] = [];
    if (o) {
      let i = -1;
      for (let q = ms.length - 1; q >= 0; q--) if (ms[q]!.tok1 <= k && sideKind(ctx, ms[q]!)) { i = q; break; }
      if (i < 0) continue;
      if (o.word.endsWith('هما')) {
        const prev = ms[i - 1];
        if (!ms[i]!.conj || !prev || !sideKind(ctx, prev)) continue;
        let between = 0;
        for (let q = prev.tok1; q < ms[i]!.tok0; q++) if (!QUOTE.test(toks[q]!.text) && toks[q]!.norm !== 'و') between++;
        if (between > 0) continue;
        owners = [prev, ms[i]!];
      } else owners = [ms[i]!];
    } else {
      let b = k - 1;
      while (b > 0 && QUOTE.test(toks[b]!.text)) b--;
      const m = ms.find((x) => x.tok1 === b + 1);
      if (m && /ل/.test(m.clitics) && sideKind(ctx, m)) owners = [m];
      else if (h!.pre.endsWith('ب')) {
        // (`يحتفظ X بوجود`: the subject right before, behind no preposition, no break between)
        const before = ms.filter((x) => x.tok1 <= k && x.tok1 >= k - 4);
        const subj = before[before.length - 1];
        if (!subj || prepOf(ctx, subj) || !sideKind(ctx, subj) || hasBreak(toks, subj.tok1, k)) continue;
        owners = [subj];
      } else continue;
    }
    // (the place)
    let j = k + 1;
    while (j < toks.length && (QUOTE.test(toks[j]!.text) || gap.has(toks[j]!.norm))) j++;
    const w = toks[j]?.norm ?? '';
    let place: Mention | undefined;
    if (pronoun.has(w)) {
      // (the last place named before the noun; of a locative chain, its head: `مدينة تدمر في بادية حمص … فيها` = Palmyra)
      const ok = (m: Mention) => m.kind === 'place' && m.via !== 'anaphor' && !ctx.lex.entities.get(m.entity)?.stands_for;
      let q = ms.length - 1;
      while (q >= 0 && !(ms[q]!.tok1 <= k && ok(ms[q]!))) q--;
      for (; q >= 0 && !place; q--) {
        const m = ms[q]!;
        const prev = ms[q - 1];
        if (prev && ok(prev) && m.tok0 - prev.tok1 <= 3 && !hasBreak(toks, prev.tok1, m.tok0)) continue;
        place = m;
      }
    } else if (PLACE_PREP.test(w)) {
      const m = mentionAt(ctx, j + 1);
      if (m && m.tok0 === j + 1) {
        const pk = m.kind === 'place' ? 'place' : actor(ctx.lex, m)?.kind;
        if (pk === 'place' || pk === 'country') place = m;
      }
    }
    if (!place) continue;
    const t = toks[k]!;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: t.start, end: t.end }, p);
    if (isNegated(ctx, T)) continue;
    const n = ctx.out.length;
    for (const m of owners) {
      const id = actor(ctx.lex, m)!.entity;
      const pid = place.kind === 'place' ? place.entity : actor(ctx.lex, place)?.entity;
      if (id === pid) continue;
      if (ctx.out.some((r) => r.evidence.start === s.start && r.relation === 'deployed_in' && r.source === id && r.target === pid)) continue;
      emit(ctx, T, 'deployed_in', m, place, {}, true);
    }
    atPublication(ctx, n);
  }
}
