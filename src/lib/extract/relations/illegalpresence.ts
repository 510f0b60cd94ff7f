/**
 * A presence labelled unlawful (pred37, diagnosis-batch32 §6 pred37 rank 3, #13, 14, 35, 36; pool b22, b14, b26):
 * "calling their presence illegal", "describing their presence as an occupation", "regard the US presence as illegal",
 * `تصف الوجود العسكري الأمريكي … بالاحتلال`, `معتبراً وجودها «احتلالاً»`: a presence noun with a label (cues.csv
 * `illegal_label`; Arabic `شرعي`/`قانوني` only after `غير`) within five words (Arabic seven) after it: the sentence's subject (and its
 * conjuncts) criticized the presence's owner — a name or demonym right before (English) or after (Arabic, past one
 * adjective) the noun, else for a pronoun owner ("their", `ها`/`هم`) the last actors named before it.
 */
import type { Mention } from '../doc.ts';
import { actor, cueTrigger, type Ctx, groupTo, hasWordCue, isPossessive, prepOf, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';
import { cueWords } from '../lexicon.ts';

const PRESENCE_EN = /^presence$/;
const PRESENCE_AR = /^(ل|و|ب)?(ال)?وجود(ها|هم|هما|ه)?$/;

export function illegalPresence(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'illegal_label', true)) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const ar = ctx.lang === 'ar';
  const labels = cueWords(ctx.lex, 'illegal_label');
  const p = verbPattern(ctx, 'criticized');
  if (!p) return;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.norm;
    if (!(ar ? PRESENCE_AR.test(w) : PRESENCE_EN.test(w))) continue;
    // the label within five words after the noun
    let lab = -1;
    for (let j = k + 1; j < toks.length && j - k <= (ar ? 7 : 5); j++) {
      if (/^[.;:]$/.test(toks[j]!.text)) break;
      const v = toks[j]!.norm;
      if (!labels.has(v)) continue;
      if (ar && /شرعي|قانوني/.test(v) && toks[j - 1]?.norm !== 'غير') continue;
      lab = j;
      break;
    }
    if (lab < 0) continue;
    // the owners
    let owners: Mention[] = [];
    const pron = ar ? /(ها|هم|هما|ه)$/.test(w) && !/^(ال)?وجود$/.test(w) : /^(their|its)$/.test(toks[k - 1]?.norm ?? '');
    if (!ar) {
      const before = ms.find((m) => m.tok1 === k || (m.tok1 === k - 1 && toks[k - 1]!.norm === "'s"));
      if (before && !pron) owners = [before];
    } else if (!pron) {
      const after = ms.find((m) => m.tok0 > k && m.tok0 - k <= 2 && m.tok1 <= lab + 1);
      const lil = ms.find((m) => m.tok0 > lab && m.tok0 - lab <= 2 && m.clitics.includes('ل'));
      if (after) owners = [after];
      else if (lil) { const i = ms.indexOf(lil); owners = [lil, ...ms.slice(i + 1).filter((m, q) => m.conj && m.tok0 - (ms[i + q]!.tok1) <= 2)]; }
    }
    if (pron) {
      const where = (m: Mention): boolean => /^(from|in|into|to|at|near|across|من|في|الي|علي)$/.test(prepOf(ctx, m) ?? '') || /^(from|in|into|to|at|near|across|من|في|الي|علي)$/.test(toks[m.tok0 - 1]?.norm ?? '');
      let i = -1;
      for (let q = ms.length - 1; q >= 0 && i < 0; q--) {
        const m = ms[q]!;
        if (m.tok1 <= k && !where(m) && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place') i = q;
      }
      if (i >= 0) owners = groupTo(ms, i);
    }
    owners = owners.filter((m) => actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place');
    if (!owners.length) continue;
    // the critics: the sentence's first actor right after a verb or opening it, and its conjuncts
    const first = ms.findIndex((m) => m.tok1 <= k && !prepOf(ctx, m) && !isPossessive(ctx, m) && actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place' && !owners.includes(m));
    if (first < 0) continue;
    const critics: Mention[] = [ms[first]!];
    for (let i = first + 1; i < ms.length && ms[i]!.conj && ms[i]!.tok0 - ms[i - 1]!.tok1 <= 1 && !owners.includes(ms[i]!); i++) critics.push(ms[i]!);
    const T = cueTrigger({ tok0: k, tok1: lab + 1, start: toks[k]!.start, end: toks[lab]!.end }, p);
    for (const c of critics) {
      const a = actor(ctx.lex, c)!;
      for (const o of owners) {
        const b = actor(ctx.lex, o)!;
        if (a.entity === b.entity || toldHere(ctx, 'criticized', a.entity, b.entity)) continue;
        emit(ctx, T, 'criticized', c, o, {}, false);
      }
    }
  }
}
