/**
 * Shared control is each holder's presence (branch slot51; gold rule 13; diagnosis-batch48 §6 slot49 rank 2, diagnosis-
 * batch49 rank 1 "villages where X and Y share control"; pool b47 mayadin-desert): `وتتقاسم القوات الحكومية … السيطرة على
 * ريف دير الزور مع «قوات سوريا الديمقراطية»`, `وتتقاسم «قسد» والقوات الحكومية السيطرة على القامشلي`, "X and Y share control
 * of P", "P and Q, villages where X and Y share control". A sharing verb (cues.csv `share_control_verb`) with its control
 * noun (`السيطرة`, a `charge_noun` cue; "control"): the holders are the actors between the verb and the noun (Arabic VSO)
 * or the list right before the verb, and the one after `مع` the places; the places are those after `على` / "of" / "over",
 * else (English) the list before ", where" / ", villages where". A standing state: dated at publication.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, BOUNDARY, type Ctx, cueTrigger, groupFrom, groupTo, hasCue, hasWordCue, prepOf, verbPattern } from './ctx.ts';
import { atPublication, emit } from './emit.ts';
import { placesFrom } from './presence.ts';

function holder(ctx: Ctx, m: Mention): boolean {
  const a = actor(ctx.lex, m);
  return !!a && a.kind !== 'place' && a.kind !== 'person' && m.kind !== 'place';
}

/** The list of holders ending right before token k (past "also"), behind no preposition. */
function listBefore(ctx: Ctx, k: number): Mention[] {
  const ms = ctx.s.mentions;
  let j = k;
  while (j > 0 && /^(also|now|still|jointly)$/.test(ctx.s.tokens[j - 1]!.norm)) j--;
  const i = ms.findIndex((m) => m.tok1 === j);
  if (i < 0) return [];
  const g = groupTo(ms, i);
  return g.every((m) => holder(ctx, m) && !prepOf(ctx, m)) ? g : [];
}

export function sharedControl(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'share_control_verb', true)) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const words = cueWords(ctx.lex, 'share_control_verb');
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  for (let k = 0; k < toks.length - 2; k++) {
    const w = toks[k]!.norm;
    if (!words.has(w) && !(ctx.lang === 'ar' && /^[وف]/.test(w) && words.has(w.slice(1)))) continue;
    let holders: Mention[] = [];
    let places: Mention[] = [];
    let c = -1;
    if (ctx.lang === 'ar') {
      for (let j = k + 1; j < toks.length && j - k <= 12; j++) {
        if (BOUNDARY.has(toks[j]!.text) || toks[j]!.text === '،') break;
        if (hasCue(ctx, j, 'charge_noun') && toks[j]!.norm === 'السيطره') {
          c = j;
          break;
        }
      }
      if (c < 0) continue;
      // (the subject list right after the verb, not a backer inside it: `القوات الحكومية المدعومة من روسيا وإيران`)
      const f = ms.findIndex((m) => m.tok0 > k && m.tok1 <= c && holder(ctx, m) && !prepOf(ctx, m));
      holders = f >= 0 ? groupFrom(ms, f).filter((m) => m.tok1 <= c && holder(ctx, m)) : listBefore(ctx, k);
      if (toks[c + 1]?.norm !== 'علي') continue;
      places = placesFrom(ctx, c + 2).filter((m) => m.kind === 'place');
      if (!places.length) continue;
      // ("… مع «قوات سوريا الديمقراطية»": the other holder)
      const end = Math.max(...places.map((m) => m.tok1));
      const j = /^(مع|ومع)$/.test(toks[end]?.norm ?? '') ? end + 1 : -1;
      const i = j > 0 ? ms.findIndex((m) => m.tok0 === j || (m.tok0 === j + 1 && /^[«"]$/.test(toks[j]!.text))) : -1;
      if (i >= 0) holders = [...holders, ...groupFrom(ms, i).filter((m) => holder(ctx, m))];
    } else {
      if (toks[k + 1]?.norm !== 'control') continue;
      c = k + 1;
      // ("villages where X and fighters of Y share control": the actors between "where" and the verb)
      let wh = -1;
      for (let j = k - 1; j >= 0 && k - j <= 12 && !BOUNDARY.has(toks[j]!.text); j--) if (toks[j]!.norm === 'where') { wh = j; break; }
      holders = wh >= 0 ? ms.filter((m) => m.tok0 > wh && m.tok1 <= k && holder(ctx, m) && /^(of)?$/.test(prepOf(ctx, m) ?? '')) : listBefore(ctx, k);
      if (!holders.length) continue;
      if (/^(of|over)$/.test(toks[c + 1]?.norm ?? '')) places = placesFrom(ctx, c + 2).filter((m) => m.kind === 'place');
      else if (wh > 0) {
        // ("P and Q, villages where …", "P, where …": the list before the comma)
        let q = wh - 1;
        while (q > 0 && wh - q <= 2 && toks[q]!.word && !ctx.inMention[q]) q--;
        if (toks[q]?.text !== ',') continue;
        // (the list's last member may be a village the lexicon does not know: "Sheikh Issa and Um Hosh, villages where")
        let i = -1;
        for (let x = ms.length - 1; x >= 0; x--) if (ms[x]!.tok1 <= q && q - ms[x]!.tok1 <= 4 && ms[x]!.kind === 'place') { i = x; break; }
        if (i < 0 || toks.slice(ms[i]!.tok1, q).some((t) => !t.word || BOUNDARY.has(t.text))) continue;
        places = groupTo(ms, i).filter((m) => m.kind === 'place');
      }
    }
    if (!places.length || !holders.length) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p);
    const n = ctx.out.length;
    for (const h of holders) for (const where of places) emit(ctx, T, 'deployed_in', h, where, {}, true);
    atPublication(ctx, n);
  }
}
