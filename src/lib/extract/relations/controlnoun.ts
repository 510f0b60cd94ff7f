/**
 * The Arabic control noun with its holders and place (branch np45; diagnosis-batch42 #43, #103–105, pool b23, b34):
 * `منذ سيطرة أنقرة والفصائل على منطقتي تل أبيض ورأس العين في عملية «نبع السلام» عام 2019`, `انتهت بسيطرة الجيش
 * السوري و«حزب الله» اللبناني عليها`, `منذ سيطرة القوات التركية على مدينة عفرين عام 2018`: the indefinite noun `سيطرة`
 * (also after و/ب; not `لسيطرة` "under the control of", not the definite `السيطرة` whose holder is a verb's subject)
 * right before its genitive holders (a state or armed group, coordinated with و, past quotes and one adjective), then
 * `على` and the place (past one head word, `منطقتي`, and its list) or `عليها`/`عليه` (the last place named, its sentence
 * or the one before: placepronoun.ts lastPlace): each holder is deployed in each place (gold rule 13: control is
 * presence), dated by the sentence (the clause's `عام 2019`, else the publication date). Guard: a prevented, feared or
 * attempted control (`منع`, `محاولة`, `لمنع`) tells none.
 */
import { type Mention, redated } from '../doc.ts';
import { actor, type Ctx, cueTrigger, groupFrom, hasWordCue, hasWordCueAt, mentionIndexAt, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { lastPlace } from './placepronoun.ts';
import { clauseDate } from './presence.ts';

// (the noun, cues.csv `control_noun_ar` with a proclitic و/ف or none; the guards `control_untold_ar`, `control_fear_ar`)
const QUOTE = /^[«»"“”]$/;

export function controlNounAr(ctx: Ctx): void {
  if (ctx.lang !== 'ar' || !hasWordCue(ctx, 'control_noun_ar', 'conj')) return;
  const toks = ctx.s.tokens;
  let pattern: ReturnType<typeof verbPattern> | undefined;
  for (let k = 0; k + 3 < toks.length; k++) {
    if (!hasWordCueAt(ctx, k, 'control_noun_ar', 'conj')) continue;
    if (k > 0 && hasWordCueAt(ctx, k - 1, 'control_untold_ar')) continue;
    // (a feared control: `تخشى أنقرة من سيطرة «قسد» على منبج`)
    if (k > 1 && toks[k - 1]!.norm === 'من' && feared(ctx, k)) continue;
    // (the genitive holders, right after the noun past a quote)
    let t = k + 1;
    while (t < toks.length && QUOTE.test(toks[t]!.text)) t++;
    const i = mentionIndexAt(ctx, t);
    if (i < 0) continue;
    const holders = groupFrom(ctx.s.mentions, i).filter((m) => {
      const a = actor(ctx.lex, m);
      return !!a && (a.kind === 'country' || a.kind === 'armed_group') && !m.clitics;
    });
    if (!holders.length || holders[0]!.tok0 !== ctx.s.mentions[i]!.tok0) continue;
    // (past closing quotes and one adjective of the last holder: `«حزب الله» اللبناني`)
    let j = groupFrom(ctx.s.mentions, i).at(-1)!.tok1;
    let adj = 0;
    while (j < toks.length && (QUOTE.test(toks[j]!.text) || (adj++ < 1 && /^ال\S{2,}(ي|يه)$/.test(toks[j]!.norm) && mentionIndexAt(ctx, j) < 0))) j++;
    // (past an unnamed second holder, `أنقرة والفصائل على`: the named ones hold)
    if (toks[j]?.word && /^وال\S{2,}$/.test(toks[j]!.norm) && mentionIndexAt(ctx, j) < 0 && toks[j + 1]?.norm === 'علي') j++;
    const places: Mention[] = [];
    if (toks[j]?.norm === 'علي') {
      let q = j + 1;
      // (one head word of the place: `منطقتي`, `مدينتي`)
      if (mentionIndexAt(ctx, q) < 0 && toks[q]?.word && /(تي|ة|ه)$/.test(toks[q]!.norm)) q++;
      const pi = mentionIndexAt(ctx, q);
      if (pi < 0) continue;
      for (const m of groupFrom(ctx.s.mentions, pi)) {
        if (m.kind !== 'place') break;
        places.push(m);
      }
    } else if (toks[j]?.norm === 'عليها' || toks[j]?.norm === 'عليه') {
      const at = ctx.s.mentions.find((m) => m.tok0 === j && m.kind === 'place');
      const p = at ?? lastPlace(ctx, j);
      if (p) places.push(p);
    }
    if (!places.length) continue;
    pattern ??= verbPattern(ctx, 'deployed_in');
    if (!pattern) return;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    // (the clause's date within twelve tokens after the token that closes the place, no comma or stop between; none after publication)
    const when = clauseDate(ctx, places.at(-1)!.tok1 - 1, { within: 13, published: true });
    for (const h of holders) {
      const id = actor(ctx.lex, h)!.entity;
      for (const p of places) {
        if (id === p.entity || toldHere(ctx, 'deployed_in', id, p.entity)) continue;
        const n = ctx.out.length;
        if (emit(ctx, T, 'deployed_in', h, p, {}, true) && when && ctx.out.length > n) {
          ctx.out[ctx.out.length - 1] = redated(ctx.out[ctx.out.length - 1]!, when);
        }
      }
    }
  }
}

/** A word of fear or warning (cues.csv `control_fear_ar`, with a proclitic و/ف or none) among the four tokens before `من` at k - 1. */
function feared(ctx: Ctx, k: number): boolean {
  for (let j = Math.max(0, k - 5); j < k - 1; j++) if (hasWordCueAt(ctx, j, 'control_fear_ar', 'conj')) return true;
  return false;
}
