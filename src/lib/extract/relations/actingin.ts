/**
 * A group or its cells acting in a place are there (branch np45; diagnosis-batch42 #88, diagnosis-batch43 #20; pool
 * b15, b26, b29, b33–b35, b37–b39; gold rule 13 "its cells still carry out attacks in the Syrian desert"): "Islamic State
 * cells have carried out similar attacks in Daraa province", "its cells still carry out hit-and-run attacks on government
 * forces in the vast central desert", "Islamic State cells have mounted frequent raids on SDF positions in the eastern
 * countryside of Deir ez-Zor", "the group's cells still operate in the Syrian desert", `خلايا التنظيم ما زالت تشن هجمات
 * متفرقة على حواجز «قسد» في ريف دير الزور`, `تنشط خلايا للتنظيم في البادية`: a word of repeated acts or of activity
 * (cues.csv `habitual_act_word`: plural attack nouns, "operate", "active"; `هجمات`, `تنشط`) whose doer is an armed group
 * — named right before it in its clause (past its people, cues.csv `foe_remnant`, and a few verb words, no other name), or
 * the people of the last armed group named before in the sentence ("its cells", "the group's cells"), or, Arabic, the
 * people of a group right after an activity verb — and, within twelve words after it and no break, "in"/"across"/
 * "inside"/`في` a place or a list of places: the group is deployed in each, at the publication date (a presence, rule 6).
 * Not a state (its forces acting are read elsewhere), not a negated act, not the last acts (cues.csv `last_word` right
 * before: `آخر هجماته`, "its last attacks"; merge of round 45).
 */
import { redated, type Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, BOUNDARY, type Ctx, cueTrigger, groupFrom, hasWordCue, hasWordCueAt, IN_PLACE, mentionIndexAt, prepOf, verbPattern, wordCueTokens } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const POSSESSOR = /^(its|their)$/;
const NEGATION = /^(not|never|no|لا|لم|لن|ليس)$/;
/** A word opening another clause or event before the place (`رغم هزيمته في الباغوز`, "since it lost …"): no place of the acts. */
const OTHER_CLAUSE = /^[وف]?(رغم|منذ|بعد|قبل|عقب|حين|عندما|despite|since|after|before|until|when|while)$/;

export function actingIn(ctx: Ctx): void {
  if (!hasWordCue(ctx, 'habitual_act_word')) return;
  const { s } = ctx;
  const toks = s.tokens;
  const ms = s.mentions;
  const ar = ctx.lang === 'ar';
  const people = cueWords(ctx.lex, 'foe_remnant');
  const isGroup = (m: Mention | undefined) => !!m && actor(ctx.lex, m)?.kind === 'armed_group';
  let pattern: ReturnType<typeof verbPattern> | undefined;
  for (const k of wordCueTokens(ctx, 'habitual_act_word')) {
    // the doer
    let doer: Mention | undefined;
    let negated = false;
    for (let j = k - 1; j >= 0 && k - j <= 10; j--) {
      const t = toks[j]!;
      if (BOUNDARY.has(t.text) || t.text === ',' || t.text === '،') break;
      if (NEGATION.test(t.norm)) negated = true;
      const i = ms.findIndex((m) => m.tok1 === j + 1);
      if (i >= 0) {
        if (isGroup(ms[i])) doer = ms[i];
        break;
      }
      if (ctx.inMention[j]) break;
      // ("its cells", "the group's cells": the last armed group named before in the sentence)
      if (people.has(t.norm) && j > 0 && (POSSESSOR.test(toks[j - 1]!.norm) || /['’]s?$/.test(toks[j - 1]!.text))) {
        // (the first such group not under a preposition: "IS lost …, when the SDF captured Baghouz, but its cells", not
        // "lost … to the US-backed SDF …, but its cells")
        doer = ms.find((m) => m.tok1 <= j - 1 && isGroup(m) && !prepOf(ctx, m) && !prepBefore(ctx, m));
        break;
      }
      // (Arabic: the people noun and its group right after the noun, `خلايا التنظيم`, `خلايا «داعش»`)
      if (ar && people.has(t.norm)) {
        let q = j + 1;
        while (q < k && /^[«"“]$/.test(toks[q]!.text)) q++;
        const m = ms.find((x) => x.tok0 === q && x.tok1 <= k);
        if (isGroup(m)) doer = m;
        break;
      }
    }
    // (Arabic VSO: `تنشط خلايا للتنظيم في البادية`)
    if (!doer && ar && k + 1 < toks.length && people.has(toks[k + 1]!.norm)) {
      let q = k + 2;
      while (q < toks.length && q - k <= 4 && (/^[«"“]$/.test(toks[q]!.text) || /^(ل|لـ)$/.test(toks[q]!.norm))) q++;
      const m = ms.find((x) => x.tok0 === q);
      if (isGroup(m)) doer = m;
    }
    if (!doer || negated) continue;
    // (the last acts are no standing activity: `ونفذ «داعش» آخر هجماته في الباغوز في آذار/مارس 2019`, "its last attacks")
    if ((k > 0 && hasWordCueAt(ctx, k - 1, 'last_word')) || (k > 1 && hasWordCueAt(ctx, k - 2, 'last_word'))) continue;
    // (not an act imputed: "accuse HTS of launching drone attacks on …", `وتتهم أنقرة «الوحدات» بشن هجمات`)
    if (s.triggers.some((x) => x.tok0 < doer!.tok0 && x.patterns.some((p) => p.relation === 'accused'))) continue;
    // (nor one denied: `ونفت الحكومة أن «حزب الله» ينشط في محافظة درعا`)
    let denied = false;
    for (let j = 0; j < doer.tok0 && !denied; j++) denied = hasWordCueAt(ctx, j, 'denial_verb', 'conj');
    if (denied) continue;
    // the places: "in" P within twelve words, no break
    let places: Mention[] = [];
    for (let j = k + 1; j < toks.length && j - k <= 12; j++) {
      const t = toks[j]!;
      if (BOUNDARY.has(t.text) || t.text === ',' || t.text === '،' || OTHER_CLAUSE.test(t.norm)) break;
      const glued = ar && /^في./.test(t.norm) && mentionIndexAt(ctx, j) >= 0;
      if (!IN_PLACE.test(t.norm) && !glued) continue;
      let q = glued ? j : j + 1;
      while (q < toks.length && q - j <= 4 && mentionIndexAt(ctx, q) < 0 && toks[q]!.word && !IN_PLACE.test(toks[q]!.norm) && hasWordCueAt(ctx, q, 'place_filler_en')) q++;
      const pi = mentionIndexAt(ctx, q);
      if (pi < 0) continue;
      // (a place inside a country, named: not a country or a country's region — "claimed 153 attacks in Iraq and Syria",
      // "attacks in eastern Syria" count acts, the gold gives no presence —, not an anaphor)
      places = groupFrom(ms, pi).filter((m) => m.kind === 'place' && m.via !== 'anaphor' && ctx.lex.entities.get(m.entity)?.kind === 'place');
      break;
    }
    if (!places.length) continue;
    pattern ??= verbPattern(ctx, 'deployed_in');
    if (!pattern) return;
    const T = cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, pattern);
    const id = actor(ctx.lex, doer)!.entity;
    for (const p of places) {
      if (p.entity === id || toldHere(ctx, 'deployed_in', id, p.entity)) continue;
      const n = ctx.out.length;
      if (emit(ctx, T, 'deployed_in', doer, p, {}, true) && ctx.out.length > n) ctx.out[ctx.out.length - 1] = redated(ctx.out[ctx.out.length - 1]!, ctx.doc.article.date, 'published');
    }
  }
}

/** English: a preposition before m past its modifiers ("to the US-backed Syrian Democratic Forces"). */
function prepBefore(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  for (let k = m.tok0 - 1; k >= 0 && m.tok0 - k <= 6; k--) {
    const t = toks[k]!;
    if (/^(to|by|from|against|with|of|on|at|in|for)$/.test(t.norm)) return true;
    if (!(t.text === '-' || /^(the|a|an|backed|led|allied|held|kurdish)$/.test(t.norm) || ctx.inMention[k])) return false;
  }
  return false;
}
