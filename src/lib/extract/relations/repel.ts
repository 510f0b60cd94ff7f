/**
 * Repelling a named attacker (gold README rule 20c; branch pred36, diagnosis-batch31 #74, diagnosis-batch30 #85):
 * "X repelled (fought off, pushed back, foiled) an attack (an infiltration attempt) by Y", `تصدت قوات X لهجوم شنّه Y`,
 * `صدّ X هجوماً لـY`, `أحبطت X محاولة تسلل لمجموعات من Y`, `تتصدى X لتهديد تنظيم «داعش»`: X attacked Y, besides Y
 * attacked X. A cues.csv `repel_verb` (a phrase cue, the pass's guard), its subject (English: the actor right before it;
 * Arabic: the VSO actor right after it, else the actor right before it), then within a few words an attack noun
 * (`repelled_noun`) and the attacker: after "by"/"from"/"of", `من`, `لـ`, a performing verb (`شنه`, `نفذه`), or right
 * after the noun (`هجوم «داعش»`, "an HTS attack"). Not a place or a target phrase (on/against/in/`على`/`في`). Foiling
 * needs the attack noun ("thwarted a plot" is no attack).
 */
import { cueWords } from '../lexicon.ts';
import type { Mention } from '../doc.ts';
import { isQuote } from '../mentions.ts';
import { type Ctx, hasCue, sideActor, cueTrigger, firstMentionAfter, freeWords, hasBoundary, hasBreak, lastMentionBefore, prepOf, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const BY = /^(by|from|of|من|ل|لل)$/;
/** Group nouns of a partitive chain (`مجموعة من عناصر X`, "a group of fighters of X"), normalised. */
const PART_AR = /^(مجموعه|مجموعات|group|groups)$/;

/** "its forces", "their fighters" at k: an `own_organ` cue, or a possessive pronoun (grammar word) and a `military` cue noun (slot46). */
function ownForcesEn(ctx: Ctx, k: number): boolean {
  const n = ctx.s.tokens[k]!.norm;
  return !!hasCue(ctx, k, 'own_organ') || ((n === 'its' || n === 'their') && !!hasCue(ctx, k + 1, 'military'));
}

export function repelledAttacks(ctx: Ctx): void {
  const cues = ctx.byKind.get('repel_verb');
  if (!cues?.length) return;
  const ap = verbPattern(ctx, 'attacked');
  if (!ap) return;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const nouns = cueWords(ctx.lex, 'repelled_noun');
  const groups = cueWords(ctx.lex, 'group_noun');
  const perform = cueWords(ctx.lex, 'performed_clitic');
  const notBy = cueWords(ctx.lex, 'not_by_prep');
  const foil = cueWords(ctx.lex, 'foil_verb');
  const side = (m: Mention | undefined) => sideActor(ctx.lex, m);
  const comma = (a: number, b: number) => hasBreak(toks, a, b);
  const isNoun = (k: number) => {
    const n = toks[k]?.norm ?? '';
    const v = n.replace(/^[وف](?=..)/, '');
    return [n, v, v.replace(/^لل/, ''), v.replace(/^ل(?=..)/, ''), v.replace(/^ال/, ''), v.replace(/^ل(?=..)/, '').replace(/^ال/, '')].some((x) => nouns.has(x));
  };
  for (const c of cues) {
    // the attacker: the first side named after the cue, past an attack noun and the words that join it
    let noun = -1;
    let y: Mention | undefined;
    for (let k = c.tok1, n = 0; k < toks.length && n <= 5; k++) {
      if (comma(k, k + 1)) break;
      const m = ms.find((x) => x.tok0 === k);
      if (m) {
        const pr = prepOf(ctx, m) ?? '';
        let bi = k - 1;
        while (bi > c.tok0 && isQuote(toks[bi])) bi--;
        const before = (toks[bi]?.norm ?? '').replace(/^[وف](?=...)/, '');
        if (notBy.has(pr) || notBy.has(before)) break;
        // (not a demonym: `تصدت الدفاعات الجوية لـ«عدوان إسرائيلي»` names no attacker)
        if (m.via === 'demonym') break;
        // (the performing verb or "by" past a partitive chain, `لمحاولة تسلل نفذتها مجموعة من عناصر «الجيش الوطني»`, `شنّه
        // مقاتلون من X`, "an attack by fighters of X": ref44)
        const performedBy = () => {
          for (let j = bi; j >= 0 && bi - j <= 4 && j > c.tok0; j--) {
            const w = toks[j]!.norm.replace(/^[وف](?=...)/, '');
            if (perform.has(w) || hasCue(ctx, j, 'performer') || w === 'by') return true;
            if (!(/^(من|of|from|the)$/.test(w) || isQuote(toks[j]) || PART_AR.test(w) || hasCue(ctx, j, 'partitive'))) return false;
          }
          return false;
        };
        // (slot46: ل + a group noun right after the attack noun, `هجوماً لتنظيم «داعش»`)
        // (the attackers told before as the verb's direct object, `وأجبروا المهاجمين على التراجع`: attackeranaphor.ts, ref44)
        const ok = BY.test(pr) || BY.test(before) || (noun >= 0 && bi === noun + 1 && before.startsWith('ل') && groups.has(before.slice(1))) || /^ل/.test(toks[bi]?.text === 'لـ' ? 'ل' : '') || perform.has(before) || (noun >= 0 && noun === bi) || (bi === c.tok0 && ctx.lang === 'en') || ctx.discourse.attackers.has(m) || (noun >= 0 && performedBy());
        const a = side(m);
        // (an English attacker before the noun: "repelled an HTS attack")
        if (a && !ok && ctx.lang === 'en' && noun < 0 && toks.slice(m.tok1, m.tok1 + 2).some((_, j) => isNoun(m.tok1 + j))) { y = m; noun = m.tok1; break; }
        if (a && ok && (noun >= 0 || ctx.lang === 'ar' || k === c.tok1)) { y = m; break; }
        // (an Arabic VSO subject between the verb and the noun)
        if (ctx.lang === 'ar' && noun < 0 && a) { k = m.tok1 - 1; continue; }
        if (a) break;
        k = m.tok1 - 1;
        continue;
      }
      if (isNoun(k)) { if (noun < 0) noun = k; continue; }
      // (a group noun right after the attack noun joins it: `لتهديد تنظيم «داعش»`)
      if (noun >= 0 && noun === k - 1 && groups.has(toks[k]!.norm)) { noun = k; continue; }
      if (!toks[k]!.word || isQuote(toks[k])) continue;
      n++;
    }
    if (!y) continue;
    if (noun < 0 && foil.has(toks[c.tok0]!.norm.replace(/^[وف]/, ''))) continue;
    const ya = side(y)!;
    // the repeller: the Arabic VSO subject after the verb, else the nearest actor before it
    let x: Mention | undefined;
    if (ctx.lang === 'ar') {
      const i = firstMentionAfter(ms, c.tok1);
      const m = i >= 0 ? ms[i]! : undefined;
      if (m && m !== y && m.tok1 <= y.tok0 && side(m) && !prepOf(ctx, m) && freeWords(ctx, c.tok1, m.tok0) <= 1 && !comma(c.tok1, m.tok0)) x = m;
    }
    if (!x) {
      // (past an apposition between commas: "the Syrian army, backed by Russian jets, thwarted")
      let e = c.tok0;
      if (/^[,،]$/.test(toks[e - 1]?.text ?? '')) for (let k = e - 2; k >= 0 && e - k <= 10; k--) if (/^[,،]$/.test(toks[k]!.text)) { e = k; break; }
      const j = lastMentionBefore(ms, e);
      const m = j >= 0 ? ms[j]! : undefined;
      if (m && side(m) && !prepOf(ctx, m) && freeWords(ctx, m.tok1, e) <= 3 && !comma(m.tok1, e)) x = m;
    }
    // (`إن قواتها … تتصدى لـY`, `مقاتليه`: a forces word with a clitic owner before the verb is its owner's, the nearest
    // actor before it with no preposition)
    // (slot46: within ten words, past a participle phrase `وحداتها العاملة في ريف اللاذقية الشمالي`; English "its
    // forces", "its fighters" (a possessive and a `military` cue) past a first verb phrase, "said its forces had targeted
    // … and thwarted")
    if (!x) {
      for (let k = c.tok0 - 1; k >= 0 && c.tok0 - k <= 10 && !comma(k, k + 1); k--) {
        if (!(ctx.lang === 'en' ? ownForcesEn(ctx, k) : /^[وف]?(قوات|مقاتل|مقاتلي|عناصر|وحدات|جنود)(ها|ه|هم)$/.test(toks[k]!.norm))) continue;
        const j = lastMentionBefore(ms, k);
        const m = j >= 0 ? ms[j]! : undefined;
        // (a dated adjunct between commas may stand between: `أعلنت وزارة الدفاع السورية، اليوم الأحد، أن وحداتها أحبطت`)
        if (m && side(m) && !prepOf(ctx, m) && freeWords(ctx, m.tok1, k) <= 5 && !hasBoundary(toks, m.tok1, k)) x = m;
        break;
      }
    }
    const xa = side(x);
    if (!x || !xa || xa.entity === ya.entity) continue;
    const has = (s: string, t: string) => toldHere(ctx, 'attacked', s, t);
    const T = cueTrigger(c, ap);
    if (!has(xa.entity, ya.entity)) emit(ctx, T, 'attacked', x, y, {}, false);
    // (a repelled threat is no attack by the one threatening: `تتصدى لتهديد تنظيم «داعش»`)
    const threat = noun >= 0 && /تهديد|threat/.test(toks.slice(c.tok1, noun + 1).map((t) => t.norm).join(' '));
    if (!threat && !has(ya.entity, xa.entity)) emit(ctx, T, 'attacked', y, x, {}, false);
  }
}
