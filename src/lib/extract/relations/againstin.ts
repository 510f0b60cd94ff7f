/**
 * The side an operation is against is in its place (branch np44; diagnosis-batch40 §6 np44 rank 1 `ضد X في P`, pool
 * 18/8; gold rules 10 and 13): "Turkey has carried out several cross-border operations against the YPG in northern
 * Syria", "threatened a new offensive against the YPG in northern Syria", `بشن عملية عسكرية جديدة ضد الوحدات الكردية في
 * شمال سوريا`, `شنّت تركيا عملية «نبع السلام» ضد الوحدات الكردية في شمال شرق سوريا`, `حملة تمشيط واسعة ضد خلايا
 * التنظيم في البادية`. An operation noun (cues.csv `offensive_noun`, `mission_noun`) then, past up to three words of its
 * own (adjectives, a quoted name; no name, comma or boundary), "against"/`ضد`, an armed group (past "the", a demonym, a
 * members' noun: cues.csv `foe_remnant`, `تنظيم`) and the list it opens, then right after it (past "militia", a closing
 * quote) "in"/`في` a place or country (a list: each, or respectively for two lists of one length): each group is
 * deployed there, whether the operation was done, threatened or planned, dated as the sentence's acts are (the gold
 * dates it by the operation's own date when told, "in October 2019"). A state against which an operation goes is no
 * presence here, nor a group in its own country named whole ("against Hezbollah in Lebanon").
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, AGAINST, cueTrigger, type Ctx, groupFrom, hasBoundary, hasWordCue, hasWordCueAt, mentionIndexAt, verbPattern, wordCueTokens } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const QUOTE = /^[«»"“”]$/;
const IN = /^(in|inside|في|داخل)$/;
const COMMA = /^[,،]$/;
// (the words an apposition or a relative opens with: an article or a relative pronoun; an Arabic definite noun)
const OPENS = /^(the|a|an|which|who|whom|its|التي|الذي|الذين)$/;

/**
 * The token after an apposition or a relative set off by commas at `j` (up to 12 words, no boundary, no other comma;
 * opened by an article, a relative pronoun or an Arabic definite noun, not by a name: ", the PKK," is a list member),
 * else `j`.
 */
function pastApposition(ctx: Ctx, j: number): number {
  const toks = ctx.s.tokens;
  if (!COMMA.test(toks[j]?.text ?? '')) return j;
  const first = toks[j + 1];
  if (!first || !(OPENS.test(first.norm) || (ctx.lang === 'ar' && first.norm.startsWith('ال') && !ctx.inMention[j + 1]))) return j;
  const head = first.norm === 'the' || first.norm === 'a' || first.norm === 'an' ? j + 2 : j + 1;
  if (ctx.inMention[head]) return j;
  for (let c = j + 2; c < toks.length && c - j <= 13; c++) {
    if (COMMA.test(toks[c]!.text)) return hasBoundary(toks, j + 1, c) ? j : c + 1;
  }
  return j;
}

export function againstIn(ctx: Ctx): void {
  const ar = ctx.lang === 'ar';
  // (np45: strike nouns too, "a campaign of air and artillery strikes against the YPG and the PKK in northern Syria and
  // northern Iraq", `غارات جوية ضد مواقع …`; gold rule 13 "an operation, offensive, campaign or strikes against a named group in P")
  if (!hasWordCue(ctx, 'offensive_noun') && !hasWordCue(ctx, 'mission_noun') && !hasWordCue(ctx, 'strike_noun')) return;
  const p = verbPattern(ctx, 'deployed_in');
  if (!p) return;
  const { s } = ctx;
  const toks = s.tokens;
  const remnant = cueWords(ctx.lex, 'foe_remnant');
  const heads = [...new Set([...wordCueTokens(ctx, 'offensive_noun'), ...wordCueTokens(ctx, 'mission_noun'), ...wordCueTokens(ctx, 'strike_noun')])].sort((a, b) => a - b);
  for (const k of heads) {
    // (the noun's own words up to "against": `عملية عسكرية جديدة ضد`, `عملية «نبع السلام» ضد`, "offensives against")
    let a = k + 1;
    while (a < toks.length && a - k <= 4 && !AGAINST.test(toks[a]!.norm)) {
      const t = toks[a]!;
      if (t.text === ',' || t.text === '،' || (!t.word && !QUOTE.test(t.text))) break;
      if (!QUOTE.test(t.text) && (ctx.inMention[a] || !ar)) break;
      a++;
    }
    if (!AGAINST.test(toks[a]?.norm ?? '') || hasBoundary(toks, k, a)) continue;
    // (the side: past "the", a demonym word, a members' noun, `تنظيم`, quotes)
    let t = a + 1;
    while (t < toks.length && t - a <= 4 && mentionIndexAt(ctx, t) < 0 && (/^(the|تنظيم|kurdish)$/.test(toks[t]!.norm) || remnant.has(toks[t]!.norm) || QUOTE.test(toks[t]!.text))) t++;
    const i = mentionIndexAt(ctx, t);
    if (i < 0) continue;
    const sides = groupFrom(s.mentions, i).filter((m) => actor(ctx.lex, m)?.kind === 'armed_group');
    if (!sides.length) continue;
    // (then "in" P right after the side: past a closing quote, "militia", a members' noun)
    let j = sides[sides.length - 1]!.tok1;
    while (j < toks.length && j - sides[sides.length - 1]!.tok1 <= 2 && (QUOTE.test(toks[j]!.text) || /^(militia|militias|group|fighters)$/.test(toks[j]!.norm) || remnant.has(toks[j]!.norm))) j++;
    // (np45: past the side's own abbreviation in brackets, "the Kurdistan Workers' Party (PKK) in …")
    if (toks[j]?.text === ')' ) j++;
    // (solo54: past an apposition or a relative set off by commas, "against the YPG, the main component of the SDF, in
    // Manbij", "…, which it regards as a terrorist group, in …", `…، التي تعتبرها منظمة إرهابية، في …`)
    j = pastApposition(ctx, j);
    if (!IN.test(toks[j]?.norm ?? '')) continue;
    let q = j + 1;
    if (toks[q]?.norm === 'the') q++;
    const pi = mentionIndexAt(ctx, q);
    if (pi < 0) continue;
    const places: Mention[] = [];
    for (const m of groupFrom(s.mentions, pi)) {
      const w = m.kind === 'place' ? m : actor(ctx.lex, m)?.kind === 'country' ? actor(ctx.lex, m) : undefined;
      if (!w) break;
      places.push(w);
    }
    if (!places.length) continue;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p);
    const offensive = hasWordCueAt(ctx, k, 'offensive_noun') || hasWordCueAt(ctx, k, 'strike_noun');
    // (coordinated sides before coordinated places: each side with every place it can be read with, a side whose home
    // country is among the places' countries with those places only: "against the PKK and the YPG in northern Syria and
    // northern Iraq", "in Iraq and Syria" → the PKK in both, the YPG in the Syrian one; gold rule 13, np45)
    const countryOf = (id: string) => (ctx.lex.entities.get(id)?.kind === 'country' ? id : ctx.lex.entities.get(id)?.country);
    sides.forEach((side) => {
      const id = actor(ctx.lex, side)!.entity;
      const home = ctx.lex.entities.get(id)?.country;
      const own = sides.length > 1 && home ? places.filter((w) => countryOf(w.entity) === home) : [];
      for (const where of own.length ? own : places) {
        // (not a group in its own country named whole after a war noun: "Israel's war against Hezbollah in Lebanon"; after
        // an offensive or strikes it is there: "launched an intensive bombing campaign against Hezbollah in Lebanon", np45)
        if (id === where.entity || (home && where.entity === home && !offensive) || toldHere(ctx, 'deployed_in', id, where.entity)) continue;
        emit(ctx, T, 'deployed_in', side, where, {}, true);
      }
    });
  }
}
