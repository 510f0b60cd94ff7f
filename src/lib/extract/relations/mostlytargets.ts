/**
 * The ones an attack mostly fell on (branch slot53; suite tests/unit/extract/slot53-mostly-targets.test.ts; diagnosis-batch51
 * §6 np52 rank 2, FP 62–63; gold rule 10).
 *
 * "has carried out hundreds of strikes in Syria since the start of the civil war, mostly against Iran-linked targets and
 * Hezbollah", "its cells still mount attacks in Deir ez-Zor, Hasakah and the Syrian desert, mostly on SDF fighters and
 * government troops", `شنّت مئات الغارات في سوريا، معظمها على مواقع لإيران و«حزب الله»`: an attack whose object is only
 * its theatre (places, or a country after in/في) followed, past a time adjunct with no name and no comma of its own, by a
 * comma, an adverb of share (cues.csv `mostly_word`) and against/on (`على`/`ضد`) — the actors named there are the ones
 * attacked and the theatre is only where. Not "mostly at bases in P" (no such preposition) nor a place after the adverb.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, BOUNDARY, type Ctx, freeWords, groupFrom, type Group } from './ctx.ts';

const AND = /^(and|و)$/;

const MOSTLY_PREP = /^(against|on|targeting|على|علي|ضد)$/;
const COMMA = /^[،,]$/;

/**
 * The actors named after ", mostly against/on" that follows theatre `obj` (the attack's place objects), else undefined;
 * `exclude` holds the attacker's entities.
 */
export function mostlyTargets(ctx: Ctx, obj: Group, exclude: ReadonlySet<string>): Mention[] | undefined {
  const toks = ctx.s.tokens;
  const end = obj[obj.length - 1]!.tok1;
  const words = cueWords(ctx.lex, 'mostly_word');
  if (!words.size) return undefined;
  // (past a time adjunct with no name: "since the start of the civil war", `منذ اندلاع النزاع`, at most ten words)
  let k = end;
  while (k < toks.length && k - end <= 12 && !COMMA.test(toks[k]!.text)) {
    if (BOUNDARY.has(toks[k]!.text) || ctx.inMention[k]) return undefined;
    k++;
  }
  if (!COMMA.test(toks[k]?.text ?? '') || !words.has(toks[k + 1]?.norm ?? '') || !MOSTLY_PREP.test(toks[k + 2]?.norm ?? '')) return undefined;
  const from = k + 3;
  const i = ctx.s.mentions.findIndex((m) => m.tok0 >= from);
  if (i < 0) return undefined;
  const first = ctx.s.mentions[i]!;
  // ("mostly against what it says are Iran-linked targets": a few plain words before the first name, no break)
  if (freeWords(ctx, from, first.tok0) > 4) return undefined;
  for (let j = from; j < first.tok0; j++) if (COMMA.test(toks[j]!.text) || BOUNDARY.has(toks[j]!.text)) return undefined;
  const g = headedList(ctx, i).filter((m) => {
    const a = actor(ctx.lex, m);
    return !!a && a.kind !== 'place' && m.kind !== 'place' && !exclude.has(a.entity) && !exclude.has(m.entity);
  });
  return g.length ? g : undefined;
}

/**
 * The list that opens with mention i, its members each with a head noun of their own ("Iran-linked targets and Hezbollah
 * positions", "SDF fighters and government troops", `مواقع لإيران و«حزب الله»`): the mentions groupFrom joins, and each
 * next mention after "and"/و (a word or a proclitic) with at most three plain words and no comma or break since the last.
 */
function headedList(ctx: Ctx, i: number): Mention[] {
  const ms = ctx.s.mentions;
  const toks = ctx.s.tokens;
  const g = groupFrom(ms, i);
  for (let j = i + g.length; j < ms.length; j++) {
    const prev = g[g.length - 1]!;
    const m = ms[j]!;
    if (m.tok0 < prev.tok1) continue;
    let and = false;
    for (let k = prev.tok1; k < m.tok0; k++) {
      const t = toks[k]!;
      if (COMMA.test(t.text) || BOUNDARY.has(t.text)) return g;
      if (AND.test(t.norm)) and = true;
    }
    // (`و«حزب الله»`, `ولـ«X»`: the proclitic و written on the quote or on a preposition before the name)
    if (!and && /^و/.test(toks[m.tok0 - 1]?.text ?? '')) and = true;
    if (!and && m.clitics && /^و/.test(m.clitics)) and = true;
    if (!and || freeWords(ctx, prev.tok1, m.tok0) > 3) return g;
    g.push(m);
  }
  return g;
}
