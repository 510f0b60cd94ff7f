/** Relations: the arguments of a trigger (subject and object groups of verbs and nouns). */
import { cueHas, type CueSpan, type Mention, mention, mentionOn, type Sentence, type Trigger, triggerWith } from '../doc.ts';
import { cueWords, hasCueWord, type Pattern } from '../lexicon.ts';
import { isQuote } from '../mentions.ts';
import { normalise, type Token } from '../normalise.ts';
import { accordBefore, actor, AR_RELATIVE, AR_PREP_TOKENS, auxiliary, BOUNDARY, conjVerbBetween, type Ctx, cueIn, EN_PREP_TOKENS, firstMentionAfter, freeWords, type Group, groupFrom, groupTo, hasBoundary, hasCue, hasWordCueAt, isPossessive, isSpeaker, kindOf, lastWhere, membersAfter, membersSubjectOf, lastMentionBefore, LOOSE_PREPS, masculineVerb, meetingHost, nth, onlyTitles, PASSIVE_AUX, plainConj, PREP_CLITICS, prepOf, RELATIVE, verbBetween, withPreps, wordIn, wordsBetween, PLACE_RELATIONS, placeHeadEndingAt, ownerBefore, QAD, stateBody, tokenMarks, TOK_MENTION0, TOK_TRIGGER, TOK_VERB, leadingActor, forcesOwnerBefore } from './ctx.ts';
import { anaphorAt, counterpartOf, pronounRef, supportedOwner } from './anaphora.ts';
import { coordinatedSubject, includedMembers, laterSource, withCounterpart } from './structure.ts';
import { describedMember, gerundAdjunctHost, type Host, hostOf, relativeAt, antecedentOf } from './clauses.ts';
import { arWageSubjects } from './sentence.ts';
import { mapped } from '../packed.ts';
import { positionPhrasePrep } from './positionphrase.ts';
import { pastArAdjunct, pastSpeechAdjunct } from './speechadjunct.ts';
import { complementMainSubject, speakerAct } from './complementsubject.ts';
import { offensiveSubject } from './offensivesubject.ts';

/** The English words of a ministry between a state and its organ ("Turkish foreign ministry", "the state department"). */
const MINISTRY_WORD = /^(foreign|defence|defense|interior|state)$/;


/** The nearest subject to the left of token `tok`: prepositional objects and possessives are skipped. */
// Participles of an English aside opened after a comma with "by" ("…, backed by X, …").
// (ASIDE_PARTICIPLE: the `aside_participle` word cue of data/lexicon/cues.csv, branch words31)
/** Is mention m inside an aside ", backed by …," that closes with a comma before token tok? */
function inParticipleAside(ctx: Ctx, m: Mention, tok: number): boolean {
  const toks = ctx.s.tokens;
  let p = m.tok0 - 1;
  while (p >= 0 && m.tok0 - p <= 8 && toks[p]!.text !== ',') p--;
  if (p < 0 || toks[p]!.text !== ',' || !cueWords(ctx.lex, 'aside_participle').has(toks[p + 1]?.norm ?? '') || toks[p + 2]?.norm !== 'by') return false;
  for (let j = m.tok1; j < tok; j++) if (toks[j]!.text === ',') return true;
  return false;
}

/** English words opening a subordinate clause whose subject follows them ("since Moscow intervened"; solo58). */
const EN_SUBORDINATOR = /^(since|after|when|before|until|because|while)$/;

export function leftGroup(ctx: Ctx, tok: number, maxWords: number): Group | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  // an anaphor right before (or before a relative clause: "The two ministers, whose countries …, held talks")
  let t0 = tok;
  // (past a light verb and its modifiers: "…, held closed-door talks")
  while (t0 > 0 && !ctx.inMention[t0 - 1] && !ctx.inRelative[t0 - 1] && /^(held|hold|holds|holding|had|has|have|also|later|then|closed|door|-|private|lengthy|long|separate|bilateral|further|direct|first|their)$/.test(s.tokens[t0 - 1]!.norm)) t0--;
  if (ctx.inRelative[t0 - 1]) while (t0 > 0 && ctx.inRelative[t0 - 1]) t0--;
  else t0 = tok;
  if (t0 !== tok && nth(s.tokens, t0 - 1)?.text === ',') t0--;
  for (let k = tok - 1; k >= Math.max(0, tok - 4); k--) {
    const a = anaphorAt(ctx, k);
    // (not over a nearer name: "the guarantors condemned Israeli strikes": Israel strikes)
    if (a && a.end <= tok && freeWords(ctx, a.end, tok) <= 1 && !s.mentions.some((m) => m.tok0 >= a.end && m.tok1 <= tok)) return a.group;
  }
  if (t0 !== tok)
    for (let k = t0 - 1; k >= Math.max(0, t0 - 4); k--) {
      const a = anaphorAt(ctx, k);
      if (a && a.end === t0) return a.group;
    }
  for (let i = lastMentionBefore(ms, tok); i >= 0; i--) {
    const m = ms[i]!;
    if (hasBoundary(s.tokens, m.tok1, tok)) return undefined;
    if (cueIn(ctx, m.tok1, tok, 'clause')) return undefined;
    // (a relative clause's mentions are passed over before its words are counted)
    if (ctx.inRelative[m.tok0] && !ctx.inRelative[tok - 1]) continue;
    if (freeWords(ctx, m.tok1, tok) > maxWords) return undefined;
    // (np34, diagnosis-batch29 #90: a name between an article and an act noun is the noun's own doer whatever preposition
    // governs the phrase, inside a relative too: "began with the Hamas attack on southern Israel", "in a Turkish drone strike on")
    if (ctx.lang === 'en' && m.tok1 === tok && /^(the|a|an)$/.test(nth(s.tokens, m.tok0 - 1)?.norm ?? '') && s.triggers.some((x) => x.tok0 === tok && x.patterns[0]!.pos === 'noun') && actor(ctx.lex, m)) return [m];
    // ("the SDF, which Washington backs, …": an object relative's own subject right after the pronoun)
    if (ctx.inRelative[m.tok0] && ctx.inRelative[tok] && ctx.lang === 'en' && /^(which|whom)$/.test(nth(s.tokens, m.tok0 - 1)?.norm ?? '') && actor(ctx.lex, m) && !prepOf(ctx, m)) return groupFrom(ms, i);
    // (solo58: "Damascus, which has relied on Russian air power since Moscow intervened militarily in Syria, …": inside the
    // relative clause, an actor right before a verb of that clause, past at most an adverb, is that verb's own subject)
    if (ctx.lang === 'en' && ctx.inRelative[m.tok0] && ctx.inRelative[tok] && ctx.inRelative[tok - 1] && tok - m.tok1 <= 1 && !prepOf(ctx, m) && !isPossessive(ctx, m) && actor(ctx.lex, m) && m.via !== 'demonym' && (EN_SUBORDINATOR.test(nth(s.tokens, groupTo(ms, i)[0]!.tok0 - 1)?.norm ?? '') || nth(s.tokens, groupTo(ms, i)[0]!.tok0 - 1)?.norm === 'as')) return groupTo(ms, i);
    if (ctx.inRelative[m.tok0]) {
      // ("Russia, which along with Iran is Assad's ally": the member of a conjunction opening the clause, with its antecedent)
      // (only for a verb inside that clause: the main verb after its closing comma has the antecedent alone; slot33)
      const g = ctx.inRelative[tok - 1] && ctx.inRelative[tok] ? alongWith(ctx, [m]) : undefined;
      if (g && g.length > 1) return g;
      continue;
    }
    // ("A spokesman for the SDF accused Turkey": the one a speaker noun speaks for, right before the verb, is the subject;
    // bugs36)
    if (ctx.lang === 'en' && m.tok1 === tok && prepOf(ctx, m) === 'for' && cueWords(ctx.lex, 'speaker_noun').has(nth(s.tokens, m.tok0 - 2)?.norm ?? '') && actor(ctx.lex, m)) return [m];
    // (np40: "Tribal fighters loyal to Sheikh X attacked …", "Tribesmen loyal to X, a sheikh of the Akeidat tribe, then
    // attacked …": the patron of the people loyal to him is the subject; loyalPatron)
    const pm = prepOf(ctx, m);
    if (ctx.lang === 'en' && pm) {
      const lp = loyalPatron(ctx, m, tok);
      if (lp) return [lp];
    }
    // (slot53: not the "of" of a list member named through its fighters, "Turkey and allied factions of the SNA control":
    // mentions.ts fightersOfEnd joined it; a first member behind a preposition still drops the group below)
    if (pm && !(ctx.lang === 'en' && pm === 'of' && m.conj)) continue;
    // ("The SDF, backed by about 900 US troops deployed in the northeast, controls …": a name inside a participle aside
    // between commas is not the subject after it; ref32)
    if (ctx.lang === 'en' && inParticipleAside(ctx, m, tok)) continue;
    if (isPossessive(ctx, m) && !cueIn(ctx, m.tok1, Math.min(m.tok1 + 3, tok), 'military') && !organAfter(ctx, m.tok1, tok) && !speakerAfter(ctx, m.tok1, tok) && !membersSubjectOf(ctx, m, tok)) continue;
    // "a new Turkish operation", "القوات التركية": a demonym that qualifies a relation noun belongs to it
    if (m.via === 'demonym' && s.triggers.some((x) => (ctx.lang === 'en' ? x.tok0 >= m.tok1 && x.tok0 - m.tok1 <= 1 : x.tok1 === m.tok0) && x.tok1 <= tok && x.patterns[0]!.pos === 'noun')) continue;
    if (!actor(ctx.lex, m)) continue;
    // "Iran-backed groups", "the US-led coalition": the first part of a compound is no subject
    if (s.tokens[m.tok1]?.text === '-' && !s.tokens[m.tok1]!.arabic) continue;
    // the first member of a coordinated group may carry a preposition the others share ("targets in Iraq and Syria")
    let g = ctx.lang === 'en' ? acrossRelative(ctx, groupTo(ms, i)) : groupTo(ms, i);
    // ("targets that Israel links to Iran and Hezbollah, and Russia keeps forces at …": "A and B, and C" is no list of
    // three; the name after ", and" opens its own clause (not "Russia, which keeps bases at A and B, and Iran are …")
    if (g.length > 1 && ctx.lang === 'en' && nth(s.tokens, m.tok0 - 1)?.norm === 'and' && nth(s.tokens, m.tok0 - 2)?.text === ',' && s.tokens.slice(g[0]!.tok1, m.tok0 - 2).some((t, j) => t.norm === 'and' && !ctx.inRelative[g[0]!.tok1 + j])) g = [m];
    if (g.length > 1 && prepOf(ctx, g[0]!)) {
      i = ms.indexOf(g[0]!);
      continue;
    }
    // (pres38: "Syrian government troops and Russian military police are present around X": a first member told as a
    // demonym on a forces head, "Syrian … troops", joins the list though the head stands between it and "and")
    const first = forcesConjBefore(ctx, g[0]!);
    if (first && !g.some((x) => x.entity === first.entity)) g = [first, ...g];
    // ("Tehran, which alongside Moscow is Damascus's main backer, has kept military advisers in Syria": the relative's
    // co-member is the relative's subject only, never the main verb's; slot33, FP 21)
    return ctx.inRelative[tok - 1] && ctx.inRelative[tok] ? alongWith(ctx, withCounterpart(ctx, g)) : withCounterpart(ctx, g);
  }
  return undefined;
}

/**
 * np40 (diagnosis-batch35 #114, §7 #10): English "fighters loyal to X" (cues.csv `loyal_head`, then `loyal_participle`,
 * "to", at most a title word, X a person or armed group) opening a clause (sentence start, comma, "and", "but"; one
 * adjective before the head) right before the verb at `tok` — or past X's apposition between commas and an adverb
 * ("X, a sheikh of the Akeidat tribe, then attacked") — names X as the subject. A state patron ("fighters loyal to
 * Damascus") is left to the other readers.
 */
function loyalPatron(ctx: Ctx, m: Mention, tok: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = m.tok0 - 1;
  if (toks[j]?.norm !== 'to' && toks[j - 1]?.norm === 'to' && /^[A-Z]/.test(toks[j]!.text) && !ctx.inMention[j]) j--;
  if (toks[j]?.norm !== 'to' || !cueWords(ctx.lex, 'loyal_participle').has(toks[j - 1]?.norm ?? '')) return undefined;
  let h = j - 2;
  if (!cueWords(ctx.lex, 'loyal_head').has(toks[h]?.norm ?? '')) return undefined;
  // (the head opens its clause: first in the sentence, or after a comma, a semicolon or a conjunction; one word before it at most)
  const opens = (i: number) => i <= 0 || /^[,;]$/.test(toks[i - 1]!.text) || /^(and|but|while|then)$/.test(toks[i - 1]!.norm);
  if (!opens(h)) h--;
  if (!opens(h)) return undefined;
  const a = actor(ctx.lex, m);
  if (!a || (a.kind !== 'person' && a.kind !== 'armed_group')) return undefined;
  let k = m.tok1;
  if (toks[k]?.text === ',') {
    let e = k + 1;
    while (e < tok && e - k <= 10 && toks[e]!.text !== ',') {
      if ((tokenMarks(ctx, e) & TOK_VERB) !== 0) return undefined;
      e++;
    }
    if (toks[e]?.text !== ',') return undefined;
    k = e + 1;
  }
  // (past an adverb or auxiliary, and a light verb whose act noun is the trigger: "have waged hit-and-run attacks")
  const wage = cueWords(ctx.lex, 'wage_verb');
  while (k < tok && (/^(then|later|also|have|has|had|reportedly)$/.test(toks[k]!.norm) || wage.has(toks[k]!.norm))) k++;
  return k === tok ? a : undefined;
}

/**
 * pres38, English: the list member before m when m follows "and" and a forces head ("troops", "forces", "police", a
 * `military` or `state_head` cue, up to three words: "Syrian government troops and Russian military police") that a
 * state's mention (a demonym, a name) opens with no preposition, at the sentence's start or after a comma or "and".
 */
function forcesConjBefore(ctx: Ctx, m: Mention): Mention | undefined {
  if (ctx.lang !== 'en') return undefined;
  // (past the second member's own article and organ: "and the army's Fourth Division")
  let a0 = m.tok0 - 1;
  while (a0 > m.tok0 - 3 && a0 > 0 && !ctx.inMention[a0] && (ctx.s.tokens[a0]!.norm === 'the' || hasCue(ctx, a0, 'state_head'))) a0--;
  if (nth(ctx.s.tokens, a0)?.norm !== 'and') return undefined;
  const x = forcesOwnerBefore(ctx, a0);
  if (!x || prepOf(ctx, x) || isPossessive(ctx, x)) return undefined;
  const a = actor(ctx.lex, x);
  if (!a || (a.kind !== 'country' && a.kind !== 'armed_group')) return undefined;
  const before = nth(ctx.s.tokens, x.tok0 - 1);
  if (before && !(before.text === ',' || before.norm === 'and' || before.norm === 'but' || before.norm === 'while')) return undefined;
  return a;
}

/**
 * "Russia, which keeps bases at Hmeimim and Tartus, and Iran are Assad's allies": a list member after a relative clause
 * joins the clause's antecedent, not the names inside the clause (English).
 */
function acrossRelative(ctx: Ctx, g: Group): Group {
  const last = g[g.length - 1]!;
  if (ctx.inRelative[last.tok0]) return g;
  let i = g.length - 1;
  while (i > 0 && !ctx.inRelative[g[i - 1]!.tok0]) i--;
  const rest = g.slice(i);
  const first = rest[0]!;
  const ante = antecedentOf(ctx, first.tok0);
  return ante >= 0 && actor(ctx.lex, ctx.s.mentions[ante]!) && !g.includes(ctx.s.mentions[ante]!) ? [...groupTo(ctx.s.mentions, ante), ...rest] : rest;
}

// "Syria's foreign ministry condemned", "Iraq's army said": a state organ right after a possessive country, before `tok`.
// (ORGAN: the `organ_noun` word cue of data/lexicon/cues.csv, branch words31)
function organAfter(ctx: Ctx, from: number, tok: number): boolean {
  let k = from;
  while (k < tok && MINISTRY_WORD.test(ctx.s.tokens[k]!.norm)) k++;
  return k < tok && k - from <= 2 && cueWords(ctx.lex, 'organ_noun').has(ctx.s.tokens[k]!.norm) && k + 1 === tok;
}

/** "The group's spokesman accused HTS": a speaker noun (cues.csv `speaker_noun`) right before the verb speaks for its possessor (bugs36). */
function speakerAfter(ctx: Ctx, from: number, tok: number): boolean {
  let k = from;
  if (ctx.s.tokens[k]?.text === "'s" || ctx.s.tokens[k]?.text === '’s') k++;
  return k + 1 === tok && cueWords(ctx.lex, 'speaker_noun').has(ctx.s.tokens[k]!.norm);
}

/**
 * "Russia, which along with Iran is Assad's main ally", "Hezbollah, who together with Iran backs …": a relative clause
 * opened by a conjunction adds its member to the antecedent (both are the subject).
 */
function alongWith(ctx: Ctx, g: Group): Group {
  if (ctx.lang !== 'en') return g;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const conj = ctx.byKind.get('conj');
  if (!conj) return g;
  // (the member found, the antecedent before: "…, which along with [Iran]")
  const c = conj.find((x) => x.tok1 === g[0]!.tok0);
  if (c && /^(which|who)$/.test(nth(toks, c.tok0 - 1)?.norm ?? '') && nth(toks, c.tok0 - 2)?.text === ',') {
    const i = ms.findIndex((m) => m.tok1 === c.tok0 - 2);
    if (i >= 0 && actor(ctx.lex, ms[i]!) && !g.some((m) => m.entity === ms[i]!.entity)) return [...groupTo(ms, i), ...g];
  }
  // (the antecedent found, the member after: "[Russia], which along with Iran")
  const end = g[g.length - 1]!.tok1;
  const d = toks[end]?.text === ',' && /^(which|who)$/.test(toks[end + 1]?.norm ?? '') ? conj.find((x) => x.tok0 === end + 2) : undefined;
  const j = d ? ms.findIndex((m) => m.tok0 === d.tok1) : -1;
  return j >= 0 && actor(ctx.lex, ms[j]!) && !g.some((m) => m.entity === ms[j]!.entity) ? [...g, ...groupFrom(ms, j)] : g;
}

/**
 * "A met B in Damascus, a day after visiting Beirut", "before heading to Ankara": a participle after a temporal
 * conjunction has the main clause's subject (the first actor of the sentence), not the nearest name.
 */
function participleSubject(ctx: Ctx, T: { tok0: number; tok1?: number }): Group | undefined {
  const toks = ctx.s.tokens;
  // (an adjunct noun's doer: "struck IS positions in the desert in support of government forces": the doer of "in support
  // of" is the clause subject, never the nearest name, an object or a place; diagnosis-batch25 §4 slot guard; none found,
  // no doer)
  if (ctx.lang === 'en' && nth(toks, T.tok0 - 1)?.norm === 'in' && /^(of|for)$/.test(nth(toks, T.tok1 ?? T.tok0 + 1)?.norm ?? '')) {
    const i = ctx.s.mentions.findIndex((m) => m.tok1 < T.tok0 && !prepOf(ctx, m) && !isPossessive(ctx, m) && !!actor(ctx.lex, m) && (m.via !== 'demonym' || !!hasCue(ctx, m.tok1, 'state_head')));
    return i >= 0 && !hasBoundary(toks, ctx.s.mentions[i]!.tok1, T.tok0) && !verbBetween(ctx.s, 0, ctx.s.mentions[i]!.tok0) ? groupFrom(ctx.s.mentions, i) : [];
  }
  // (also a participle clause after a comma: "Tehran has backed Assad, sending advisers to Syria")
  if (!toks[T.tok0]!.norm.endsWith('ing') || !/^(after|before|while|when|since|upon|,)$/.test(nth(toks, T.tok0 - 1)?.text.toLowerCase() ?? '')) return undefined;
  const i = ctx.s.mentions.findIndex((m) => m.tok1 < T.tok0 && !prepOf(ctx, m) && !isPossessive(ctx, m) && m.via !== 'demonym' && !!actor(ctx.lex, m));
  return i >= 0 && !hasBoundary(toks, ctx.s.mentions[i]!.tok1, T.tok0) ? groupFrom(ctx.s.mentions, i) : undefined;
}

/** "Gulf states cut ties": an English verb right after a plural noun (no name, no pronoun) that opens its clause. */
function plainPluralSubject(ctx: Ctx, T: { tok0: number }): boolean {
  const toks = ctx.s.tokens;
  const w = nth(toks, T.tok0 - 1);
  if (!w || !w.word || ctx.inMention[T.tok0 - 1] || ctx.inRelative[T.tok0 - 1] || !/^[a-z]+s$/.test(w.text) || /ss$/.test(w.norm) || /^(has|was|is|does|its|his|us|this|thus|as)$/.test(w.norm)) return false;
  if ((['pronoun', 'group', 'plural', 'dual', 'state_head'] as const).some((k) => hasCue(ctx, T.tok0 - 1, k))) return false;
  // (the clause opens after the comma: "…, as Gulf states cut", "…, while Western governments imposed")
  let k = T.tok0 - 2;
  while (k >= 0 && toks[k]!.text !== ',' && T.tok0 - k <= 4) {
    if (ctx.inMention[k] || ctx.inRelative[k] || !toks[k]!.word) return false;
    k--;
  }
  return k >= 0 && toks[k]!.text === ',' && /^(as|while|when|after|and|since|because)$/.test(nth(toks, k + 1)?.norm ?? '');
}

/**
 * English: the noun right before verb T (past auxiliaries) names no actor and opens a clause of its own after `after`
 * (a speech verb, a relation verb or "that" between): "said the fighters had opened fire", "said that the militants fired".
 */
function ownNounSubject(ctx: Ctx, T: { tok0: number; tok1: number }, after: number): boolean {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && (EN_BEFORE_VERB.test(toks[k]!.norm) || /^(would|will|could)$/.test(toks[k]!.norm))) k--;
  if (k <= after || !nounSubject(ctx, T) || !/s$/.test(toks[k]!.norm)) return false;
  // (the noun's own phrase: "the fighters", not "Turkish fighters": a name right before it is its owner)
  if (ctx.inMention[k - 1] || !/^(the|that)$/.test(nth(toks, k - 1)?.norm ?? '')) return false;
  // (a state's arms, "the jets", "the forces", are the speaker's side as often as not: cues.csv `state_head`; not its
  // munitions, "the missiles were fired from …", which name no side: `weapon_noun`, np36)
  if (hasCue(ctx, k, 'state_head') && !cueWords(ctx.lex, 'weapon_noun').has(toks[k]!.norm)) return false;
  for (let j = after; j < k; j++) if (toks[j]!.norm === 'that' || hasCue(ctx, j, 'speech') || ctx.s.triggers.some((x) => x.tok0 === j && x.patterns[0]!.pos === 'verb')) return true;
  return false;
}

/**
 * English: an unnamed doer (cues.csv `unnamed_doer`: "gunmen", "assailants", "unidentified …") within six words before
 * verb T, with no name after it, opening a clause of its own after `after` ("said", "that" or a comma before it, past
 * up to two lowercase words: "said suspected militants attacked", "said gunmen on motorcycles opened fire").
 */
function unnamedDoerBefore(ctx: Ctx, T: { tok0: number }, after: number): boolean {
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'unnamed_doer');
  for (let k = T.tok0 - 1; k >= after && T.tok0 - k <= 6; k--) {
    if (ctx.inMention[k]) return false;
    if (!words.has(toks[k]!.norm)) continue;
    let j = k - 1;
    while (j >= after && T.tok0 - j <= 9 && toks[j]!.word && !toks[j]!.cap && !ctx.inMention[j] && !hasCue(ctx, j, 'speech') && toks[j]!.norm !== 'that') j--;
    return j >= after && (toks[j]!.norm === 'that' || toks[j]!.text === ',' || !!hasCue(ctx, j, 'speech'));
  }
  return false;
}

/** Auxiliaries and adverbs an English verb's subject may stand before. */
const EN_BEFORE_VERB = /^(has|have|had|also|later|then|reportedly|allegedly|again|was|were|is|are)$/;

/** "the operation targeted …", "a bomb killed …": an English verb right after a noun that names no actor has that noun as subject (nothing to carry over). */
function nounSubject(ctx: Ctx, T: { tok0: number; tok1: number }): boolean {
  if (ctx.lang !== 'en') return arabicNounSubject(ctx, T);
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && EN_BEFORE_VERB.test(toks[k]!.norm)) k--;
  const w = nth(toks, k);
  return !!w && w.word && !ctx.inMention[k] && !/^(and|but|or|then|also|which|who|that|it|they|we)$/.test(w.norm) && !hasCue(ctx, k, 'pronoun') && !hasCue(ctx, k, 'speech');
}

/**
 * An Arabic verb whose subject is a noun that names no actor, so no subject is carried to it: a plural in the nominative
 * right after it (`ويتهم المدعون`, `وقال ناشطون`), an indefinite plural of people or bodies (`وتتهم منظمات حقوقية، …`), an indefinite plural with its indefinite adjective before a definite
 * object (`وانتقدت منظمات حقوقية الترحيل`), or an indefinite plural right before an imperfect verb that describes it
 * (`لافتات تدعو إلى …`).
 */
function arabicNounSubject(ctx: Ctx, T: { tok0: number; tok1: number }): boolean {
  const toks = ctx.s.tokens;
  const plain = (k: number) => !!toks[k]?.arabic && toks[k]!.word && !ctx.inMention[k] && !ctx.cueAt.has(k);
  const a = toks[T.tok1];
  if (a && plain(T.tok1)) {
    if (/^(ال)?...+ون$/.test(a.norm)) return true;
    // (`وتتهم منظمات حقوقية، بينها …`, `وتنتقد منظمات إغاثة …`: an unnamed body or group of people, cues.csv `unnamed_subject`)
    if (cueWords(ctx.lex, 'unnamed_subject').has(a.norm)) return true;
    if (/^(?!ال)..+ات$/.test(a.norm) && plain(T.tok1 + 1) && /^(?!ال)..+يه$/.test(toks[T.tok1 + 1]!.norm) && /^ال/.test(toks[T.tok1 + 2]?.norm ?? '')) return true;
  }
  // (`وأودى الزلزال الذي ضرب جنوب تركيا`: a relative clause's verb has its antecedent as subject, a noun that names no one)
  if (/^(الذي|التي|الذين)$/.test(nth(toks, T.tok0 - 1)?.norm ?? '') && plain(T.tok0 - 2) && /^(ال|لل)../.test(toks[T.tok0 - 2]!.norm)) return true;
  // ("وأضاف أن العملية جاءت بالتنسيق مع التحالف": a definite event noun as the subject, past a light verb, names no actor;
  // cues.csv `event_subject`, `event_light_verb`; bugs33)
  const ev = cueWords(ctx.lex, 'event_subject');
  // (only before the light verb: `ونُفّذت العملية بالتنسيق مع …` has a passive's doer, carried)
  const e = T.tok0 - 2;
  if (e >= 0 && !ctx.inMention[e] && !ctx.inMention[e + 1] && cueWords(ctx.lex, 'event_light_verb').has(toks[e + 1]!.norm.replace(/^[وف]/, '')) && ev.has(toks[e]!.norm.replace(/^[وف]/, ''))) return true;
  const b = toks[T.tok0 - 1];
  // (an act noun too, `لغارات تنسب إلى إسرائيل`: the verb describes the strikes; diagnosis-batch26 §4 #20)
  const actNoun = !!b?.arabic && !ctx.inMention[T.tok0 - 1] && ctx.s.triggers.some((x) => x.tok0 === T.tok0 - 1 && x.tok1 === T.tok0 && x.patterns[0]!.pos === 'noun');
  if (!!b && (plain(T.tok0 - 1) || actNoun) && /^[تي]/.test(toks[T.tok0]!.norm) && /^[^وا].+(ات|ون|ين)$/.test(b.norm)) return true;
  return troopsAfter(ctx, T) || subjectAfterAdjunct(ctx, T);
}

/**
 * `ووصلت الثلاثاء إلى مطار دمشق الدولي طائرات عراقية`: an Arabic VSO subject after a fronted prepositional adjunct, an
 * indefinite plural with a demonym or an indefinite adjective, or an indefinite singular with a demonym, is the verb's own
 * (diagnosis-batch24 §4 #70, diagnosis-batch25 §4 #42).
 */
function subjectAfterAdjunct(ctx: Ctx, T: { tok0: number; tok1: number }): boolean {
  const toks = ctx.s.tokens;
  // (only a verb of place, `وصل إلى`, `انتشر في`, whose bare object would be a place: "التقى في دمشق مسؤولين سوريين" has
  // its object there)
  const V = ctx.s.triggers.find((x) => x.tok0 === T.tok0);
  if (!V || !V.patterns.every((q) => PLACE_RELATIONS.has(q.relation))) return false;
  // (the verb's own preposition may be part of the trigger: `وصلت إلى`)
  let pp = /^(الي|في|علي)$/.test(toks[T.tok1 - 1]!.norm) && T.tok1 - T.tok0 > 1;
  for (let j = T.tok1; j < toks.length && j - T.tok1 <= 10; j++) {
    const t = toks[j]!;
    if (BOUNDARY.has(t.text) || t.text === '،') return false;
    if (/^(الي|في|علي|عبر|من)$/.test(t.norm)) pp = true;
    // (a singular too with its demonym: `ووصلت … إلى مطار دمشق الدولي أول طائرة إماراتية`, a vehicle, no actor: the slot
    // guard's own subject that blocks a carried one; diagnosis-batch25 §4 #42)
    const dem = ctx.s.mentions.some((m) => m.tok0 === j + 1 && (m.via === 'demonym' || (m.kind === 'country' && m.tok1 === j + 2 && /^(?!ال)..+يه$/.test(toks[j + 1]!.norm))));
    if (pp && dem && !ctx.inMention[j] && t.arabic && /^(?!ال)[^و]..+$/.test(t.norm) && !ctx.s.triggers.some((x) => x.tok0 === j)) return true;
    if (!pp || ctx.inMention[j] || !t.arabic || !/^(?!ال)..+(ات|ون|ين)$/.test(t.norm) || ctx.s.triggers.some((x) => x.tok0 === j)) continue;
    const adj = !!toks[j + 1]?.arabic && !ctx.inMention[j + 1] && /^(?!ال)..+(يه|ية|ه|ة)$/.test(toks[j + 1]!.norm);
    return dem || adj;
  }
  return false;
}

/**
 * "فيما تنتشر قوات تركية في …", "كما ينتشر نحو 900 جندي أميركي في …", "وتنتشر على الجانب السوري منه قوات أمريكية": an
 * Arabic imperfect verb followed in its clause by a troop noun with no preposition has that noun as subject (whoever it
 * belongs to), so no subject is carried to it.
 */
function troopsAfter(ctx: Ctx, T: { tok0: number; tok1: number }): boolean {
  return troopsAt(ctx, T) >= 0;
}

/** The token of that troop noun, or -1. */
function troopsAt(ctx: Ctx, T: { tok0: number; tok1: number }): number {
  const toks = ctx.s.tokens;
  if (!/^[وف]?[تي]/.test(toks[T.tok0]!.norm)) return -1;
  for (let k = T.tok1; k < toks.length && k < T.tok1 + 7; k++) {
    const t = toks[k]!;
    if (!t.word && /[،,.:]/.test(t.text)) return -1;
    if (hasCue(ctx, k, 'military') && !/^[بل]/.test(t.norm) && !/^(في|علي|من|الي|مع|عن)$/.test(nth(toks, k - 1)?.norm ?? ''))
      // (or bases, `وتنتشر في ريف الحسكة قواعد أمريكية`, cues.csv `base_noun`; slot33, #55, FP 59)
      return cueWords(ctx.lex, 'troops_ar').has(t.norm) || cueWords(ctx.lex, 'base_noun').has(t.norm) ? k : -1;
  }
  return -1;
}

/** "وتنتشر في مناطق شمال شرق سوريا قوات أمريكية": the troops after the verb, when they name their state, are its subject. */
function troopSubject(ctx: Ctx, T: { tok0: number; tok1: number }): Mention | undefined {
  const k = troopsAt(ctx, T);
  // (the bases' demonym after them, `قواعد أمريكية`: a mention of its own; slot33)
  return k < 0 ? undefined : ctx.s.mentions.find((m) => (m.tok0 === k || (m.tok0 === k + 1 && m.via === 'demonym')) && actor(ctx.lex, m)?.kind === 'country');
}

/**
 * `قُتل X بتفجير انتحاري استهدف مضافة له`, `بهجوم استهدف`: an Arabic perfect verb right after an indefinite noun that a
 * preposition introduces, bare or with its indefinite nisba, opens a clause describing that noun (a صفة): the noun is
 * its subject, never a name before it (the patient of a passive verb before it included).
 */
function describesIndefinite(ctx: Ctx, T: { tok0: number; tok1: number }): boolean {
  const toks = ctx.s.tokens;
  // (the noun may be a cue word, `بهجوم`, its adjective not)
  const indefinite = (k: number, cue = false) => !!toks[k]?.arabic && toks[k]!.word && !ctx.inMention[k] && (cue || !ctx.cueAt.has(k)) && !/^[وف]?(ال|لل)/.test(toks[k]!.norm) && toks[k]!.norm.length >= 3;
  const noun = (k: number) => indefinite(k, true) && /^[بل].{3,}$/.test(toks[k]!.norm) && !AR_STOP_PREP.test(toks[k]!.norm);
  if (/^[وفتين]/.test(toks[T.tok0]!.norm)) return false;
  // (not "بكلمة اتهم فيها إسرائيل": a pronoun right after the verb that takes the noun back makes the noun no subject)
  if (/^(في|ب|من|عن|علي|ل|الي)(ها|ه)$/.test(toks[T.tok1]?.norm ?? '')) return false;
  return noun(T.tok0 - 1) || (indefinite(T.tok0 - 1) && noun(T.tok0 - 2));
}
/** Words that start with ب or ل and are no preposition + noun. */
const AR_STOP_PREP = /^(بعد|بين|لكن|لكنه|لكنها|لدي|لقد|بل|لم|لن|لا)$/;

/**
 * "وطالب رئيس حكومة الإقليم مسرور بارزاني …", "أن يصل النائب الأول للرئيس الإيراني محمد رضا عارف", "اتهم مندوب سوريا
 * الدائم لدى الأمم المتحدة قصي الضحاك إسرائيل": an office noun right after an Arabic verb (cues.csv `office_head`), its
 * complement (words, and the states or bodies it names) and then a person's name: the person is the verb's own subject,
 * however long the office, and no subject is carried to the verb. The person, else undefined.
 */
function officeSubject(ctx: Ctx, T: { tok1: number }): Mention | undefined {
  const toks = ctx.s.tokens;
  if (ctx.inMention[T.tok1] || !cueWords(ctx.lex, 'office_head').has(toks[T.tok1]?.norm ?? '')) return undefined;
  for (let k = T.tok1 + 1; k < toks.length && k - T.tok1 <= 10; k++) {
    const t = toks[k]!;
    if (BOUNDARY.has(t.text) || t.text === '،' || verbBetween(ctx.s, k, k + 1)) return undefined;
    const m = ctx.s.mentions.find((x) => x.tok0 === k);
    if (!m) continue;
    if (m.kind === 'person') return actor(ctx.lex, m) ? m : undefined;
    k = m.tok1 - 1;
  }
  return undefined;
}

/**
 * (ref58) A state named by a masculine office before its province or state (`محافظ الرقة`, `محافظ الحسكة`, governor.ts):
 * the office's head noun agrees with the verb, whatever the feminine ة of the name after it. cues.csv `office_head`, past
 * a leading و/ف; a feminine office (`وزيرة`, `المتحدثة`, ending in ة) is none.
 */
function masculineOffice(ctx: Ctx, m: Mention): boolean {
  if (m.tok1 - m.tok0 < 2) return false;
  const w = ctx.s.tokens[m.tok0]!.norm.replace(/^[وف]/, '');
  return !w.endsWith('ه') && cueWords(ctx.lex, 'office_head').has(w);
}

/** "ودعا المبعوث تركيا": one plain definite word (no name, cue or trigger) between a verb and the name after it. */
function definiteSubject(ctx: Ctx, T: { tok1: number }, next: Mention): boolean {
  const k = T.tok1;
  const t = ctx.s.tokens[k];
  return next.tok0 === k + 1 && !!t?.arabic && t.word && /^ال../.test(t.norm) && !ctx.inMention[k] && !ctx.cueAt.has(k) && !ctx.s.triggers.some((x) => x.tok0 === k);
}

/** "أدانت الغارات الإسرائيلية": a demonym on an act (not on an organ, القوات) is the act's doer, never the verb's subject. */
function demonymOfAct(ctx: Ctx, m: Mention): boolean {
  return m.via === 'demonym' && ctx.s.triggers.some((x) => x.tok1 === m.tok0 && x.patterns.every((q) => q.pos === 'noun' && q.relation !== 'deployed_in'));
}

/** Verbs that open, close, hold or resume a round of talks: "اختتمت", "عقد", "استأنفت", "أنهى", "بدأ", "أجرت". */
const OPENING_AR = /^[وف]?(?:اختتم|اختتمت|اختتموا|اختتما|عقد|عقدت|عقدوا|عقدا|استانف|استانفت|استانفوا|انهي|انهت|انهوا|بدا|بدات|بداوا|افتتح|افتتحت|واصل|واصلت|واصلوا|اجري|اجرت|اجروا)$/;

/**
 * "اختتمت الدول الضامنة، روسيا وتركيا وإيران، أمس في أستانا جولتها الثامنة من المحادثات": a meeting noun far after
 * the verb that opens its clause and holds, opens or closes the talks has that verb's subject (a group right after it).
 */
function openingVerbSubject(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar' || !ctx.lex.symmetric.has(T.patterns[0]!.relation)) return undefined;
  const { s } = ctx;
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 24; k--) {
    const t = s.tokens[k]!;
    if (BOUNDARY.has(t.text) || ctx.inRelative[k]) return undefined;
    if (!OPENING_AR.test(t.norm)) continue;
    if (s.triggers.some((x) => x !== T && x.tok0 > k && x.tok1 <= T.tok0)) return undefined;
    const a = anaphorAt(ctx, k + 1);
    if (a) return a.group.length >= 2 ? a.group : undefined;
    const i = firstMentionAfter(s.mentions, k + 1);
    const m = s.mentions[i];
    if (!m || m.tok0 !== k + 1 || !actor(ctx.lex, m) || prepOf(ctx, m)) return undefined;
    const g = groupFrom(s.mentions, i);
    return g.length >= 2 ? g : undefined;
  }
  return undefined;
}

/** The group word right after the last speech verb before T (VSO: "وأكدت الدول الثلاث"), in T's sentence. */
function speechGroup(ctx: Ctx, T: { tok0: number }): Group | undefined {
  const c = [...(ctx.byKind.get('speech') ?? [])].reverse().find((x) => x.tok1 <= T.tok0 && !hasBoundary(ctx.s.tokens, x.tok1, T.tok0));
  const a = c ? anaphorAt(ctx, c.tok1) : undefined;
  return a?.group.length ? a.group : undefined;
}

interface Args {
  subj: Group | undefined;
  /** Token where the object search starts. */
  objFrom: number;
  passive: boolean;
  agent: Group | undefined;
}

/** Arguments of a verb (see file comment). */
export function verbArgs(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }, allowCarry: boolean): Args {
  const { s, lang } = ctx;
  const ms = s.mentions;
  const tokens = s.tokens;
  let subj: Group | undefined;
  let objFrom = T.tok1;

  // passive: an agent phrase after the verb
  const agent = passiveAgent(ctx, T);
  const passive = agent !== undefined;

  // (slot56: "after a Turkish offensive that year drove the YPG out of …", `عملية «…» التركية التي انتزعت …`: an
  // offensive as the subject of a capture or expulsion verb is its doer's act; offensivesubject.ts)
  if (!passive && 'patterns' in T && (T as Trigger).patterns.some((p) => p.relation === 'attacked' || p.relation === 'deployed_in')) {
    const off = offensiveSubject(ctx, T);
    if (off) return { subj: [off], objFrom, passive, agent };
  }

  if (lang === 'ar') {
    // (`بموجب اتفاق أبرمته دمشق مع «قسد»`, `تفاهمات أبرمتها أنقرة مع موسكو`: a verb with an object pronoun right after the
    // accord noun it describes has its own subject right after it, never the main clause's; slot33, #39, FP 40)
    const own = describingVerbSubject(ctx, T);
    if (own) return { subj: own, objFrom: own[own.length - 1]!.tok1, passive, agent };
    const r = arabicVerbOpening(ctx, T, allowCarry, passive, agent);
    if (r) return r;
  }

  const prevI = lastMentionBefore(ms, T.tok0);
  const nextI = firstMentionAfter(ms, T.tok1);
  const prev = prevI >= 0 ? ms[prevI]! : undefined;

  // "وأضاف أنه سيلتقي…", "he added that he would meet…": the pronoun right before the verb is the subject
  // ("وهي خطوة دعمتها بغداد": a pronoun, then a noun, is a nominal sentence about a thing, not the verb's subject)
  const pron = ctx.byKind.get('pronoun')?.find((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 1 && !(lang === 'ar' && c.tok1 < T.tok0 && !QAD.test(tokens[c.tok1]!.norm) && !/^(لن|لم|سوف|كان|كانت|ستقوم)$/.test(tokens[c.tok1]!.norm)));
  const ref = pron && !(prev && prev.tok0 >= pron.tok1) ? pronounRef(ctx, pron) : undefined;
  if (ref) return { subj: [mentionOn(ref, pron!)], objFrom, passive, agent };

  // "…، داعياً أنقرة إلى…": a circumstantial participle takes the subject of the main clause
  if (lang === 'ar' && cueWords(ctx.lex, 'circumstantial_ar').has(tokens[T.tok0]!.norm.replace(/^و/, ''))) {
    const c = circumstantialSubject(ctx, T);
    if (c) return { subj: c, objFrom, passive, agent };
  }

  // "… كما تدعم فصائل الجيش الوطني": "as it also supports" shares the subject of the verb before
  if (lang === 'ar' && /^و?كما$/.test(nth(tokens, T.tok0 - 1)?.norm ?? '')) {
    const earlier = lastWhere(ctx.s.triggers, (x) => x.tok1 < T.tok0 && x.patterns[0]!.pos === 'verb');
    if (earlier) {
      const a = verbArgs(ctx, earlier, allowCarry);
      if (a.subj && !a.passive) return { subj: a.subj, objFrom, passive, agent };
    }
  }

  // "إن بلاده وقفت إلى جانب …": an anaphor right before the verb is its subject (SVO)
  if (lang === 'ar') {
    const c = ctx.s.cues.find((x) => x.tok1 === T.tok0 && x.cues.some((k) => k.kind === 'own_country' || k.kind === 'dual' || k.kind === 'group' || k.kind === 'plural'));
    const a = c ? anaphorAt(ctx, c.tok0) : undefined;
    if (a?.group.length) return { subj: a.group, objFrom, passive, agent };
  }
  // "وقالت «قسد» إن الطائرات التركية قصفت …، واتهمت أنقرة باستهداف …": a ، و-verb after a reported clause (إن/أن) is the
  // speaker's own act, whether a name inside the report is near it or the lone name after it is the accused
  const speaker = lang === 'ar' ? reportSpeaker(ctx, T) : undefined;
  if (speaker) return { subj: [mentionOn(speaker, T as Trigger)], objFrom, passive, agent };
  if (lang === 'ar') ({ subj, objFrom } = arabicVerbSubject(ctx, T, allowCarry, prevI, nextI));
  else {
    // ("X denied that Y …, and condemned …": the main clause's subject, not the complement's host verb's; bugs43)
    const main = !passive && !ctx.inRelative[T.tok0] && 'patterns' in T && speakerAct(T as Trigger) ? complementMainSubject(ctx, T) : undefined;
    if (main) return { subj: main, objFrom, passive, agent };
    const r = relativeOrHostArgs(ctx, T, allowCarry, objFrom, passive, agent);
    if (r) return r;
    subj = englishVerbSubject(ctx, T);
  }
  // "وتدعم روسيا الحكومة السورية … وتحتفظ بقاعدة", "Russia keeps bases … and has coordinated …":
  // a verb after another verb's object shares that verb's subject
  if (subj?.length && !passive) {
    const end = subj[subj.length - 1]!.tok1;
    const earlier = lastWhere(ctx.s.triggers, (x) => x.tok1 <= subj![0]!.tok0 && x.patterns[0]!.pos === 'verb' && x.tok0 < T.tok0);
    const between = ctx.s.triggers.some((x) => x.tok0 >= end && x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb');
    // ("Russia keeps … and has coordinated", not "while Moscow and Tehran support": a clause of its own)
    if (earlier && !between && !cueIn(ctx, earlier.tok1, T.tok0, 'clause') && (lang === 'en' ? /^(and|,)$/.test(nth(tokens, T.tok0 - 1)?.norm ?? '') || (nth(tokens, T.tok0 - 2)?.norm === 'and' && !ctx.inMention[T.tok0 - 1]) : ctx.s.tokens[T.tok0]!.norm.startsWith('و') || /^و?كما$/.test(nth(tokens, T.tok0 - 1)?.norm ?? ''))) {
      // (after the verb, "وتدعم روسيا الحكومة" has its own subject; a name alone after it, "وتدعم «الجيش الوطني»", is
      // the object of the shared subject)
      const after = subj[0]!.tok0 >= T.tok1;
      // ("زار رئيسي دمشق، واستقبله الأسد": a verb that carries its object pronoun has the name after it as subject, the
      // pronoun its object)
      // ("وتنشر تركيا قوات …، وتطالب دمشق بانسحابها": nor an urging verb whose lone name is followed by a demanded leaving
      // told by a suffix, the earlier subject's: that name urges)
      const own = after && ((lang === 'ar' && 'patterns' in T && (T as Trigger).suffix) || objectAfter(ctx, subj, 'patterns' in T ? (T as Trigger).patterns[0] : undefined) || (lang === 'ar' && subj.length === 1 && 'patterns' in T && (T as Trigger).patterns[0]!.relation === 'urged' && ownerLeaving(ctx, end)));
      const a = own ? undefined : verbArgs(ctx, earlier, allowCarry);
      if (a?.subj && !a.passive) {
        subj = a.subj;
        if (after) objFrom = T.tok1;
      }
    }
  }

  // ("Safadi visited Damascus, where he was received by Assad and held talks with Mekdad": a verb right after "and" and a
  // passive with its agent has the passive's subject, the one received; not the agent, nor a name before the passive)
  if (lang === 'en' && !passive) {
    let j = T.tok0 - 1;
    while (j > 0 && /^(also|then|later|afterwards|subsequently)$/.test(tokens[j]!.norm)) j--;
    const earlier = tokens[j]?.norm === 'and' ? lastWhere(s.triggers, (x) => x.tok1 <= j && x.patterns[0]!.pos === 'verb') : undefined;
    const a = earlier && !cueIn(ctx, earlier.tok1, T.tok0, 'clause') && !hasBoundary(tokens, earlier.tok1, T.tok0) && !tokens.slice(earlier.tok1, j).some((t) => t.text === ',') ? verbArgs(ctx, earlier, allowCarry) : undefined;
    if (a?.passive && a.agent?.length && a.subj?.length && (!subj || subj.every((m) => m.tok1 <= earlier!.tok0 || a.agent!.some((x) => x.entity === m.entity)))) subj = a.subj;
  }
  // "The statement rejected X and condemned Y": a verb after "and" with no subject of its own shares the verb before
  if (!subj && lang === 'en' && !passive) {
    let j = T.tok0 - 1;
    while (j > 0 && /^(also|then|later|has|have|had)$/.test(tokens[j]!.norm)) j--;
    const earlier = tokens[j]?.norm === 'and' ? lastWhere(s.triggers, (x) => x.tok1 <= j && x.patterns[0]!.pos === 'verb') : undefined;
    const a = earlier && !cueIn(ctx, earlier.tok1, T.tok0, 'clause') && !hasBoundary(tokens, earlier.tok1, T.tok0) ? verbArgs(ctx, earlier, allowCarry) : undefined;
    if (a?.subj?.length && !a.passive) subj = a.subj;
  }
  if (!subj && lang === 'ar') {
    const t = troopSubject(ctx, T);
    if (t) subj = [t];
  }
  if (!subj && allowCarry && ctx.lastSubject) {
    // no subject in the sentence before the verb: carried over ('وأضاف…', 'He added…')
    const pron2 = cueIn(ctx, Math.max(0, T.tok0 - 3), T.tok0, 'pronoun');
    // the carried subject's evidence points at the verb that carries it
    const ref = pron2 ? pronounRef(ctx, pron2) : ctx.lastSubject;
    if ((prevI < 0 || pron2) && ref && (pron2 || !nounSubject(ctx, T)) && !laterSource(ctx, T, ref)) subj = [mentionOn(ref, T)];
  }
  return { subj, objFrom, passive, agent };
}

/** verbArgs: the agent phrase after a passive verb ("by X", `من قبل X`), within 8 free words; undefined when there is none. */
function passiveAgent(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }): Group | undefined {
  const { s, lang } = ctx;
  const ms = s.mentions;
  const tokens = s.tokens;
  for (let k = T.tok1, free = 0; k < tokens.length && free < 8; k++) {
    if (BOUNDARY.has(tokens[k]!.text)) break;
    // ("وصل الصفدي إلى دمشق حيث استُقبل من قبل الأسد": the agent phrase past a clause word or another verb is that
    // verb's, not this one's)
    if (k > T.tok1 && !ctx.inMention[k] && (/^[وف]?(حيث|where|after|before|when)$/.test(tokens[k]!.norm) || (tokenMarks(ctx, k) & TOK_VERB) !== 0)) break;
    if (!ctx.inMention[k]) free++;
    const c = hasCue(ctx, k, 'agent');
    if (c) {
      const i = firstMentionAfter(ms, c.tok1);
      // (solo58: "SDF fighters backed by US warplanes attacked …", "units backed by helicopters of the coalition": a
      // participle in -ed right before "by", with no auxiliary, is a reduced passive, never the active verb whose object
      // would be found further on; its agent when named right after "by", else none)
      const reduced = lang === 'en' && k === T.tok1 && /ed$/.test(tokens[T.tok1 - 1]!.norm) && !wordIn(tokens, Math.max(0, T.tok0 - 3), T.tok0, PASSIVE_AUX);
      // (the one backed, funded, welcomed … named right before it, past at most two words, "SDF fighters"; else none:
      // "local gunmen backed by government forces drove IS out", "a shift welcomed by Moscow")
      const patient = () => ms.some((m) => m.tok1 <= T.tok0 && T.tok0 - m.tok1 <= 2 && !prepOf(ctx, m) && !!actor(ctx.lex, m) && tokens.slice(m.tok1, T.tok0).every((t) => t.word && /^[a-z]+$/.test(t.norm)));
      if (reduced && (!(i >= 0 && wordsBetween(tokens, c.tok1, ms[i]!.tok0).length === 0) || !patient())) return [];
      if (i >= 0 && (wordsBetween(tokens, c.tok1, ms[i]!.tok0).length === 0 || onlyTitles(ctx, c.tok1, ms[i]!.tok0))) {
        if (lang === 'en') {
          if (!reduced && !wordIn(tokens, Math.max(0, T.tok0 - 3), T.tok0, PASSIVE_AUX)) break;
        }
        // ("was hit by US sanctions on Iran": a name that only qualifies a noun of another relation right after it is
        // that noun's, not the passive's agent; gold rule 10, bugs36)
        if (lang === 'en' && T.tok1 > T.tok0 && agentQualifiesAct(ctx, T, groupFrom(ms, i))) return [];
        // "… by President X, Emirati state media said": the source of the report is no agent
        return groupFrom(ms, i).filter((m, j) => j === 0 || !(ctx.byKind.get('speech') ?? []).some((c) => c.tok0 >= m.tok1 && c.tok0 - m.tok1 <= 3));
      }
      break;
    }
    // ("was welcomed at Damascus airport by …": a place after a preposition is an adjunct)
    if (lang === 'en' && (tokenMarks(ctx, k) & TOK_MENTION0) !== 0 && ms.some((m) => m.tok0 === k && !(m.kind === 'place' && prepOf(ctx, m)))) break;
  }
  return undefined;
}

/**
 * passiveAgent: is the agent group g a modifier of the noun right after it, a trigger of another relation than the
 * passive's own ("hit by US sanctions", "affected by Turkish restrictions"; bugs36)?
 */
function agentQualifiesAct(ctx: Ctx, T: { tok0: number; tok1: number }, g: Group): boolean {
  const end = g[g.length - 1]!.tok1;
  const V = ctx.s.triggers.find((x) => x.tok0 === T.tok0);
  const own = V?.patterns[0]!.relation;
  return ctx.s.triggers.some((x) => x.tok0 === end && x.patterns.every((q) => q.relation !== own && q.relation !== 'attacked'));
}

/** verbArgs, Arabic: a subject that settles the verb's arguments before its neighbours are read (an event, "some of them", the main clause past a relative one, a statement's issuer, an anaphor right after the verb). */
function arabicVerbOpening(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }, allowCarry: boolean, passive: boolean, agent: Group | undefined): Args | undefined {
  const { s } = ctx;
  const tokens = s.tokens;
  const during = duringEvent(ctx, T);
  if (during) return { subj: during, objFrom: T.tok1 + 1, passive, agent };
  // "لغارات إسرائيلية متكررة، استهدف بعضها مواقع لـX": "some of them" after the verb are acts named before; their doer
  const some = SOME_OF_THEM.test(nth(tokens, T.tok1)?.norm ?? '') ? partitiveDoer(ctx, T) : undefined;
  if (some) return { subj: some, objFrom: T.tok1 + 1, passive, agent };
  const mainSubj = afterRelativeClause(ctx, T, allowCarry);
  if (mainSubj) return { subj: mainSubj, objFrom: T.tok1, passive, agent };
  // "وأدان البيان الختامي الصادر عن الدول الثلاث الهجمات": the issuer of the statement is the subject
  const issuer = !ctx.inMention[T.tok1] ? performerAt(ctx, { tok0: T.tok1, tok1: T.tok1 + 1 }) : undefined;
  if (issuer) return { subj: issuer.group, objFrom: issuer.end, passive, agent };
  // an anaphor right after the verb (Arabic VSO: التقى الجانبان); not an accusative dual (`استضاف الوزيرين`, `ودعا
  // الطرفين`: the case ending ين is the object's, the subject is elsewhere)
  let k = T.tok1;
  while (k < tokens.length && isQuote(tokens[k])) k++;
  const a = anaphorAt(ctx, k);
  const accusative = a && cueHas(ctx.cueAt.get(k), 'dual') && /^[وف]?ال.+ين$/.test(tokens[a.end - 1]!.norm);
  if (a && !accusative) return { subj: a.group, objFrom: a.end, passive, agent };
  return undefined;
}

/** verbArgs, Arabic: "…، داعياً أنقرة إلى…": a circumstantial participle takes the subject of the main clause. */
function circumstantialSubject(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }): Group | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const tokens = s.tokens;
  // (an act's participle inside a report belongs to the reported clause: "قالت الوزارة إن «العدو» شن عدواناً …
  // مستهدفاً …"; a speech act's, "داعياً", is the speaker's own)
  // (nor a name inside a prepositional adjunct that opens the sentence: "وفي الشمال الخاضع لسيطرة المعارضة، قال X …،
  // منتقداً Y": X criticises)
  let from = 0;
  if (/^[وف]?(في|خلال|وسط|عقب|بعد|قبل|منذ|علي)$/.test(nth(tokens, 0)?.norm ?? '')) {
    const comma = tokens.findIndex((t, k) => k < T.tok0 && t.text === '،');
    if (comma > 0) from = comma + 1;
  }
  if (/^مستهدف/.test(tokens[T.tok0]!.norm)) for (let k = 0; k < T.tok0; k++) if (/^(ان|بان)$/.test(tokens[k]!.norm)) from = k + 1;
  const first = ms.find((m) => m.tok0 >= from && m.tok1 <= T.tok0 && !prepOf(ctx, m) && actor(ctx.lex, m) && !isPossessive(ctx, m));
  // ("وكانت الدولتان قد أقامتا الدعوى، متهمتين دمشق": an anaphor that opens the main clause is its subject)
  const opening = ctx.s.cues.find((c) => c.tok0 >= from && c.tok1 <= T.tok0 && (!first || c.tok1 <= first.tok0) && c.cues.some((x) => x.kind === 'dual' || x.kind === 'plural' || x.kind === 'group'));
  const ana = opening ? anaphorAt(ctx, opening.tok0) : undefined;
  if (ana?.group.length) return ana.group;
  return first ? [first] : undefined;
}

/** A temporal conjunction right before an Arabic verb: `منذ أن`, `بعد أن`, `قبل أن`, `حين`, `حينما`, `عندما`, `لما`. */
function temporalConjunction(tokens: Token[], k: number): boolean {
  const w1 = nth(tokens, k - 1)?.norm ?? '';
  if (/^[وف]?(حين|حينما|عندما)$/.test(w1)) return true;
  return w1 === 'ان' && /^[وف]?(منذ|بعد|قبل)$/.test(nth(tokens, k - 2)?.norm ?? '');
}

/** verbArgs, Arabic: the subject by word order (SVO, VSO past agreement, an office, the left group) and the clause words around the verb. */
function arabicVerbSubject(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }, allowCarry: boolean, prevI: number, nextI: number): { subj: Group | undefined; objFrom: number } {
  const { s } = ctx;
  const ms = s.mentions;
  const tokens = s.tokens;
  const prev = prevI >= 0 ? ms[prevI]! : undefined;
  const next = nextI >= 0 ? ms[nextI]! : undefined;
  let subj: Group | undefined;
  let objFrom = T.tok1;
  // (`بعملية برية تستهدف «وحدات حماية الشعب» في منبج`: a verb describing the indefinite act noun right before it has
  // that act as its subject, whose doer is the one who wages it (`وشنت إسرائيل غارات استهدفت`) or none; the name after
  // the verb is its object; slot33, FP 30, 31)
  const act = describedActNoun(ctx, T);
  if (act) {
    const w = arWageSubjects(s, ctx.lex, act);
    return { subj: w.length ? w : undefined, objFrom };
  }
  // ("تركيا التي تنشر قوات": a relative pronoun right after its antecedent, which is the subject)
  const gap = prev ? wordsBetween(tokens, prev.tok1, T.tok0) : [];
  const gapSVO = gap.filter((t, j, all) => !QAD.test(t.norm) && !/^و?(كان|كانت)$/.test(t.norm) && !(j === 0 && all.length === 1 && RELATIVE.has(t.norm)));
  // (the relative pronouns are single words)
  const relGap = gap.length === 1 && RELATIVE.has(gap[0]!.norm);
  // ("وتُعدّ روسيا أبرز حلفاء دمشق، وتنشر قوات …": the genitive of an ally noun is no subject of the ، و-verb after it)
  const allyGenitive = !!prev && !relGap && !!hasCue(ctx, prev.tok0 - 1, 'agent_noun') && (/^و/.test(tokens[T.tok0]!.norm) || gap.some((t) => /^و(قد|كان|كانت)$/.test(t.norm)));
  const office = prev && gapSVO.length === 0 ? undefined : officeSubject(ctx, T);
  // ("وصل … على رأس وفد سوري، واستقبله في المطار … وليد الخريجي": the last word of the clause before a ، و-verb is no SVO
  // subject of it; the verb's own subject follows it; diagnosis-batch26 §4 #69)
  const commaWaw = !!prev && /^و/.test(tokens[T.tok0]!.norm) && tokens.slice(prev.tok1, T.tok0).some((t) => t.text === '،' || t.text === ',');
  if (prev && gapSVO.length === 0 && !commaWaw && (!prepOf(ctx, prev) || relGap) && !allyGenitive && actor(ctx.lex, prev)) {
    subj = groupTo(ms, prevI); // SVO
  } else if (office && freeWords(ctx, T.tok1, office.tok0) > 2) {
    // (an office and its complement, then the holder's name: VSO past a long office; a short one is read below)
    subj = groupFrom(ms, ms.indexOf(office));
    objFrom = subj[subj.length - 1]!.tok1;
  } else if (
    next &&
    // agreement: countries and cities are feminine, so "اتهم أنقرة" has Ankara as object, not subject
    // (a demonym agrees with its head noun: "حثّ الوفد الإيراني" is masculine, "قصفت القوات التركية" feminine; so does a
    // descriptor: "استهدف الجيش التركي", "اتهم النظام السوري"; and a bare head that stands for a state, "ويتهم التحالف")
    // (`التقى وفد من وزارة الخارجية الأمريكية …`: a state named by its masculine delegation noun agrees with it; solo50)
    !(masculineVerb(ctx, T) && (actor(ctx.lex, next)?.kind === 'country' && next.kind !== 'person') && !hasCue(ctx, next.tok0, 'masculine') && !cueWords(ctx.lex, 'delegation_noun').has(tokens[next.tok0]!.norm) && !((next.via === 'demonym' || next.via === 'descriptor' || next.via === 'anaphor') && (!tokens[next.tok1 - 1]!.norm.endsWith('ه') || masculineOffice(ctx, next)))) &&
    !prepOf(ctx, next) &&
    // (a demonym's own head phrase stands between: `دخلت قافلة تعزيزات عسكرية أمريكية إلى …`; bugs35)
    freeWords(ctx, T.tok1, next.tok0) <= (next.via === 'demonym' ? 4 : 2) &&
    !hasBoundary(tokens, T.tok1, next.tok0) &&
    !cueIn(ctx, T.tok1, next.tok0, 'pronoun') &&
    !cueIn(ctx, T.tok1, next.tok0, 'speech') &&
    // ("قصفت مواقع الحزب في …": a place head right after the verb is its object, the name after it that object's genitive)
    !cueIn(ctx, T.tok1, next.tok0, 'place_head') &&
    !cueIn(ctx, T.tok1, next.tok0 + 1, 'counterpart') &&
    // ("نُشرت اليوم، دعا الأسد": another verb in between has its own subject)
    !verbBetween(s, T.tok1, next.tok0) &&
    !demonymOfAct(ctx, next) &&
    // ("ودعا المبعوث تركيا و«قسد» إلى …": a definite noun right after the verb is its subject, the name after it the object)
    !definiteSubject(ctx, T, next) &&
    // ("وبحث الوزيران، بحسب وكالة الأناضول، …": a report's source is no subject)
    !ctx.byKind.get('according')?.some((c) => c.tok1 === next.tok0) &&
    actor(ctx.lex, next)
  ) {
    subj = groupFrom(ms, nextI); // VSO
    objFrom = affiliationEnd(ctx, subj[subj.length - 1]!.tok1);
  } else if (describesIndefinite(ctx, T)) {
    subj = undefined;
  } else if (next && prepOf(ctx, next) && next.kind === 'place' && placeFirstHolder(ctx, T, nextI)) {
    // ("وتنتشر في ريف إدلب قواعد تركية عدة": a presence verb, its place fronted, then the holder's organ and demonym; bugs33)
    subj = [placeFirstHolder(ctx, T, nextI)!];
  } else {
    subj = leftGroup(ctx, T.tok0, 6);
    // ("وتشنّ القوات التركية … ضد مقاتلي الحزب …، وتحتفظ بقواعد هناك": a feminine ، و-verb does not take a masculine
    // group named last; it shares the opening clause's subject when that agrees)
    const m = subj?.length === 1 ? subj[0]! : undefined;
    if (m && (m.kind === 'armed_group' || m.kind === 'organization') && !/(ه|ات)$/.test(tokens[m.tok0]!.norm) && /^و[تن]/.test(tokens[T.tok0]!.norm) && !masculineVerb(ctx, T) && nth(tokens, T.tok0 - 1)?.text === '،')
      subj = coordinatedSubject(ctx, T as Trigger) ?? subj;
    // ("وتعدّ أنقرة هذه الوحدات امتداداً لـ…، وتنتقد …", "وقالت «قسد» إن الطائرات التركية قصفت …، واتهمت أنقرة …": a ، و-verb
    // after the opening clause, with no clause word between, shares the opening subject, not the object or the reported
    // clause's subject named last)
    else if (m && nth(tokens, T.tok0 - 1)?.text === '،' && /^و/.test(tokens[T.tok0]!.norm) && !cueIn(ctx, 0, T.tok0, 'clause')) {
      const o = coordinatedSubject(ctx, T as Trigger);
      if (o?.length && o[0]!.entity !== m.entity) subj = o;
    }
    // ("وتعدّ إيران أبرز حلفاء دمشق إلى جانب روسيا، ولها مستشارون في سوريا": a group ending in a member joined by
    // `إلى جانب` names the allies of the clause before; the ، و-verb after it shares the opening subject; slot33)
    else if (subj && subj.length > 1 && nth(tokens, T.tok0 - 1)?.text === '،' && /^و/.test(tokens[T.tok0]!.norm) && alongsideMember(ctx, subj[subj.length - 1]!)) {
      const o = coordinatedSubject(ctx, T as Trigger);
      if (o?.length && !subj.some((x) => x.entity === o[0]!.entity)) subj = o;
    }
  }
  // (slot40: `وتعدّ روسيا، إلى جانب إيران، أبرز حلفاء دمشق، وقد تدخلت عسكرياً في سوريا`: a verb after "، وقد" with no
  // subject of its own right after it shares the opening clause's subject, the sentence's first actor behind no
  // preposition, not the genitive or apposition named last)
  if ((!subj?.length || subj[0]!.tok1 <= T.tok0) && tokens[T.tok0 - 1]?.norm === 'وقد' && /^[،,]$/.test(tokens[T.tok0 - 2]?.text ?? '') && !('suffix' in T && (T as Trigger).suffix)) {
    const vso = next && freeWords(ctx, T.tok1, next.tok0) <= 1 && !prepOf(ctx, next) && next.via !== 'demonym';
    // (a capital standing for its state opens the clause too: `وتعدّ موسكو أبرز حلفاء دمشق، وقد تدخلت …`; solo56)
    const opening = ms.find((m) => m.tok1 <= T.tok0 && !prepOf(ctx, m) && !!actor(ctx.lex, m) && actor(ctx.lex, m)!.kind !== 'place');
    if (!vso && opening && opening.tok0 <= 3) {
      subj = [opening];
      objFrom = T.tok1;
    }
  }
  // ("تنفي أنقرة هذه الاتهامات، وتتهم «قسد» بقطع …", `ورفضت دمشق التصريحات، واتهمت واشنطن بسرقة …`: a و-verb of accusation
  // or urging whose lone name after it is followed by its بـ/إلى complement has that name as its object; the subject is
  // the sentence's opening actor before it; slot36, diagnosis-batch31 #67)
  if (subj?.length && subj[0]!.tok0 >= T.tok1) {
    const V0 = 'patterns' in T ? (T as Trigger) : undefined;
    const rel0 = V0?.patterns[0]!.relation;
    if (V0 && !V0.suffix && (rel0 === 'accused' || rel0 === 'urged') && /^و/.test(tokens[T.tok0]!.norm)) {
      let e = subj[subj.length - 1]!.tok1;
      while (e < tokens.length && isQuote(tokens[e])) e++;
      const comp = tokens[e]?.norm ?? '';
      // (not a demanded leaving of the earlier subject, told by a suffix: `وتنشر تركيا قوات …، وتطالب دمشق بانسحابها`: that
      // name urges)
      const complement = !ctx.inMention[e] && (/^ب\S{3,}$/.test(comp) || /^(الي|علي)$/.test(comp)) && !ownerLeaving(ctx, e);
      const other = ms.some((m) => m.tok0 >= e && m.tok0 - e <= 1 && !prepOf(ctx, m) && actor(ctx.lex, m));
      const opening = complement && !other ? leadingActor(ctx, T.tok0) : undefined;
      if (opening && !subj.some((m) => m.entity === opening.entity)) {
        subj = [opening];
        objFrom = T.tok1;
      }
    }
  }
  // ("وبحسب المرصد، استهدفت الغارة …": a report's source before the verb is no subject)
  if (subj?.length && subj[0]!.tok1 <= T.tok0 && ctx.byKind.get('according')?.some((c) => c.tok1 === subj![0]!.tok0)) subj = undefined;
  // "كان أردوغان يشارك في قمة …، حيث التقى نظيره الروسي": a verb after "حيث" with no subject near has the clause's
  // ("…، حيث تدعم «قسد» التي …": a lone name after it is its object)
  // (not "حيث استقبله الأسد": a verb that carries its object pronoun has the name after it as subject)
  const V = 'patterns' in T ? (T as Trigger) : undefined;
  const lone = !!subj?.length && subj[0]!.tok0 >= T.tok1 && !V?.suffix && !objectAfter(ctx, subj, V?.patterns[0]);
  // ("زار أنقرة، حيث أجرى محادثات": nor is the city visited, found on the left)
  const city = !!subj?.length && subj.every((m) => m.kind === 'place' && m.tok1 <= T.tok0);
  // ("زار طهران، حيث التقى المرشد علي خامنئي والرئيس إبراهيم رئيسي": a list after the verb is the people met)
  if ((!subj || lone || city || (!V?.suffix && listAfter(ctx, subj, T))) && /^و?حيث$/.test(nth(tokens, T.tok0 - 1)?.norm ?? '')) {
    // (the nearest actor that no preposition introduces: "إيفاد بوتين مبعوثه لافرنتييف إلى دمشق، حيث التقى")
    // ("زار السوداني أنقرة، حيث التقى …": the city visited is where, not who)
    // ("ويحتفظ الجيش الأميركي بقوات …، حيث يدعم": a demonym with its state organ is an actor)
    const first = lastWhere(ms, (m) => m.tok1 <= T.tok0 && !prepOf(ctx, m) && !isPossessive(ctx, m) && actor(ctx.lex, m) && (m.via !== 'demonym' || !!hasCue(ctx, m.tok0 - 1, 'state_head')) && m.kind !== 'place');
    if (first) {
      subj = [first];
      objFrom = T.tok1;
    }
  }
  // "وتسيطر «قسد» على منبج منذ أن طردت تنظيم «داعش» منها": a verb after a temporal conjunction (منذ أن, بعد أن, قبل أن,
  // حين, عندما) with no subject of its own shares the subject of the main verb before it
  // (`منذ أن طردت تنظيم «داعش» منها`: a lone name after the verb, with no object after it, is the object, not a VSO subject)
  // (not "حين استقبله بوتين": a verb that carries its object pronoun has the name after it as subject)
  const vsoAlone = !!subj?.length && subj[0]!.tok0 >= T.tok1 && !(T as Trigger).suffix && !ms.some((m) => m.tok0 >= objFrom && m.tok0 - objFrom <= 6 && !prepOf(ctx, m) && (!!actor(ctx.lex, m) || m.kind === 'place'));
  // (solo58: "موسكو، التي تدعم القوات الحكومية منذ أن تدخلت": nor the earlier verb's object, a name before the conjunction)
  const leftObject = !!subj?.length && subj[subj.length - 1]!.tok1 < T.tok0 - 1;
  if ((!subj?.length || vsoAlone || subj[0]!.kind === 'place' || leftObject) && temporalConjunction(tokens, T.tok0)) {
    const earlier = lastWhere(ctx.s.triggers, (x) => x.tok1 < T.tok0 && x.patterns[0]!.pos === 'verb' && (!leftObject || x.tok1 <= subj![0]!.tok0));
    const a = earlier && !cueIn(ctx, earlier.tok1, T.tok0, 'clause') ? verbArgs(ctx, earlier, allowCarry) : undefined;
    if (a?.subj?.length && !a.passive && a.subj[0]!.entity !== subj?.[0]?.entity) {
      subj = a.subj;
      objFrom = T.tok1;
    }
  }
  // "وكان رئيسي قد زار دمشق …، ووقّع مع الأسد …": a و-verb after a comma with no subject of its own shares the verb before
  if (!subj && tokens[T.tok0]!.norm.startsWith('و') && nth(tokens, T.tok0 - 1)?.text === '،') {
    const earlier = lastWhere(ctx.s.triggers, (x) => x.tok1 < T.tok0 && x.patterns[0]!.pos === 'verb');
    const a = earlier && !cueIn(ctx, earlier.tok1, T.tok0, 'clause') ? verbArgs(ctx, earlier, allowCarry) : undefined;
    if (a?.subj?.length && !a.passive) subj = a.subj;
    // "وأكدت الدول الثلاث …، وأدانت …": or the subject (a group word) of a speech verb before it
    else if (!earlier || earlier.tok1 < (ctx.byKind.get('speech')?.[0]?.tok0 ?? -1)) subj = speechGroup(ctx, T);
  }
  return { subj, objFrom };
}

/**
 * slot35 (diagnosis-batch30 #30): `وأدانت الحكومة السورية المؤقتة التابعة للائتلاف المعارض القصف الروسي`: an affiliation
 * participle right after a VSO subject (cues.csv `affiliation_participle`) with its complement (a name, or up to three
 * words of a لـ/في/من phrase and its adjectives), then a time adjunct between commas, belongs to the subject: the object
 * slot opens after it when an act noun (a trigger) or a name starts there. Else k.
 */
function affiliationEnd(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  if (cueWords(ctx.lex, 'stationed_participle').has(toks[k]?.norm ?? '')) return stationedEnd(ctx, k);
  if (!cueWords(ctx.lex, 'affiliation_participle').has(toks[k]?.norm ?? '')) return k;
  const starts = (j: number) => (tokenMarks(ctx, j) & (TOK_TRIGGER | TOK_MENTION0)) !== 0;
  let j = k + 1;
  const m = ctx.s.mentions.find((x) => x.tok0 === j || (x.tok0 === j + 1 && isQuote(toks[j]!)));
  if (m) j = m.tok1;
  else for (let n = 0; n < 3 && j < toks.length && toks[j]!.word && !starts(j); n++) j++;
  while (j < toks.length && isQuote(toks[j]!)) j++;
  // (`، أمس،`: a time adjunct between commas)
  if (toks[j]?.text === '،') {
    let e = j + 1;
    while (e < toks.length && e - j <= 4 && toks[e]!.text !== '،' && !starts(e)) e++;
    if (toks[e]?.text === '،') j = e + 1;
  }
  return starts(j) ? j : k;
}

/**
 * slot36 (diagnosis-batch31 #43, FP 47): `استهدفت المدفعية التركية المتمركزة في قاعدة قرب مارع قرية الشيخ عيسى`: a
 * stationing participle right after a VSO subject (cues.csv `stationed_participle`, Arabic) with its place phrase (a
 * locative word, then up to four words of place heads, bases and places, the place chained by another locative: `في
 * قاعدة قرب مارع`) belongs to the subject; the object slot opens after the phrase (a name, an act noun or an object head,
 * `مواقع «قسد»`): a place in the phrase is where the subject stands, never the verb's object. Else k.
 */
function stationedEnd(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'ar') return k;
  // (cues.csv `stationed_locative`: the locative words of the place phrase, `في قاعدة قرب مارع`, `في ريف حلب الشمالي`)
  const loc = cueWords(ctx.lex, 'stationed_locative');
  if (!loc.has(toks[k + 1]?.norm ?? '')) return k;
  const starts = (j: number) => (tokenMarks(ctx, j) & (TOK_TRIGGER | TOK_MENTION0)) !== 0;
  let j = k + 1;
  let place = false;
  while (j < toks.length && j - k <= 10 && toks[j]!.word) {
    const m = ctx.s.mentions.find((x) => x.tok0 === j);
    if (m) {
      if (m.kind !== 'place' || place && !loc.has(toks[j - 1]!.norm)) break;
      place = true;
      j = m.tok1;
      // (an adjective of the place, `ريف حلب الشمالي`)
      while (j < toks.length && /^ال.+ي(ه)?$/.test(toks[j]!.norm) && !ctx.inMention[j] && !starts(j)) j++;
      if (!loc.has(toks[j]?.norm ?? '')) break;
      continue;
    }
    if (place && !loc.has(toks[j]!.norm)) break;
    j++;
  }
  return place ? j : k;
}

/**
 * An Arabic verb with a suffix pronoun right after an accord noun (cues.csv `accord`) it describes, with a name right
 * after it: that name (and its list) is the verb's own subject (`اتفاق أبرمته دمشق مع «قسد»`); slot33.
 */
function describingVerbSubject(ctx: Ctx, T: { tok0: number; tok1: number }): Group | undefined {
  const V = 'patterns' in T ? (T as Trigger) : undefined;
  // (also the two-word `توصلت إليه`, its pronoun on إليه: `تفاهم توصلت إليه موسكو وأنقرة`, `اتفاق توصلت إليه «قسد» مع دمشق`; pred38)
  const ilayh = T.tok1 === T.tok0 + 2 && /^(اليه|اليها)$/.test(ctx.s.tokens[T.tok0 + 1]!.norm);
  if (!V || V.patterns[0]!.pos !== 'verb' || (T.tok1 !== T.tok0 + 1 && !ilayh) || T.tok0 === 0 || (!ilayh && !/(ه|ها)$/.test(ctx.s.tokens[T.tok0]!.norm)) || !(accordBefore(ctx, T.tok0) || accordRelativeBefore(ctx, T.tok0))) return undefined;
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, T.tok1);
  const m = i >= 0 ? ms[i]! : undefined;
  if (!m || freeWords(ctx, T.tok1, m.tok0) !== 0 || prepOf(ctx, m) || !actor(ctx.lex, m)) return undefined;
  return groupFrom(ms, i);
}

/**
 * An accord noun, past its quoted label, then الذي/التي right before token k: `اتفاق «خفض التصعيد» الذي وقّعته روسيا وتركيا
 * وإيران`, `مذكرة التفاهم التي وقّعها الرئيسان` (solo50).
 */
function accordRelativeBefore(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  if (!/^(الذي|التي)$/.test(nth(toks, k - 1)?.norm ?? '')) return false;
  let j = k - 2;
  // (past a quoted label of at most four words)
  if (j >= 0 && isQuote(toks[j])) {
    let q = j - 1;
    while (q >= 0 && !isQuote(toks[q]) && j - q <= 5) q--;
    if (q < 0 || !isQuote(toks[q])) return false;
    j = q - 1;
  }
  return j >= 0 && (hasCue(ctx, j, 'accord') !== undefined || !!ctx.byKind.get('accord')?.some((c) => c.tok1 === j + 1));
}

/**
 * The Arabic verb T describes the indefinite act noun of its own relation right before it, or past one adjective
 * (`بعملية برية تستهدف`, `عملية عسكرية تستهدف`, `غارات تستهدف`): its subject is that act (slot33); the noun's trigger.
 */
function describedActNoun(ctx: Ctx, T: { tok0: number; tok1: number }): Trigger | undefined {
  const V = 'patterns' in T ? (T as Trigger) : undefined;
  // (an attack only: `تفاهم توصلت إليه موسكو وأنقرة` names its parties after the verb)
  if (!V || V.patterns[0]!.pos !== 'verb' || V.patterns[0]!.relation !== 'attacked') return undefined;
  const rel = V.patterns[0]!.relation;
  const toks = ctx.s.tokens;
  return ctx.s.triggers.find((x) => {
    if (x === V || !x.patterns.some((q) => q.pos === 'noun' && q.relation === rel)) return false;
    if (/^[وفبل]?ال/.test(toks[x.tok0]!.norm)) return false;
    if (x.tok1 === T.tok0) return true;
    // (past the closing quote of a label: `ووصفته بأنه «عدوان» يستهدف المدنيين`; slot36, diagnosis-batch31 FP 107)
    if (x.tok1 === T.tok0 - 1 && /^[»"”]$/.test(toks[x.tok1]!.text)) return true;
    if (x.tok1 === T.tok0 - 1 && toks[x.tok1]!.word && toks[x.tok1]!.arabic && !ctx.inMention[x.tok1] && !/^ال/.test(toks[x.tok1]!.norm)) return true;
    return describingClauseBetween(ctx, x.tok1, T.tok0);
  });
}

/**
 * slot36 (diagnosis-batch31 FP 82, 83): `غارات نسبتها دمشق إلى إسرائيل، استهدفت مواقع`: right after an indefinite act
 * noun, a verb carrying the noun as its object pronoun (ها/ه, no article) opens a describing clause up to a comma, and
 * the verb at `to`, right after that comma, still describes the act: the describing clause's subject (the one who
 * attributes or blames) is not its doer. Tokens [from, to): the clause and its closing comma, at most eight words.
 */
function describingClauseBetween(ctx: Ctx, from: number, to: number): boolean {
  const toks = ctx.s.tokens;
  if (to - from < 3 || to - from > 10 || !/^[,،]$/.test(toks[to - 1]!.text)) return false;
  const v = toks[from]!;
  if (!v.arabic || ctx.inMention[from] || /^ال/.test(v.norm) || !/\S{3}(ها|ه)$/.test(v.norm)) return false;
  for (let k = from + 1; k < to - 1; k++) if (!toks[k]!.word && !isQuote(toks[k]!) && toks[k]!.text !== ')' && toks[k]!.text !== '(') return false;
  return true;
}

/** candidateVerdict: is m, right after a complementizer (`أن`, `بأن`, "that"), the state of one of the subjects `exclude` holds (bugs36)? */
function ownStateInComplement(ctx: Ctx, m: Mention, exclude: Set<string>): boolean {
  if (m.kind !== 'country' || !/^[وف]?(ان|بان|that)$/.test(nth(ctx.s.tokens, m.tok0 - 1)?.norm ?? '')) return false;
  for (const id of exclude) if (ctx.lex.entities.get(id)?.country === m.entity) return true;
  return false;
}

/** m is a place named right after "in"/`في` that follows an `own_organ` cue ("its troops in Iraq", `قواتها في العراق`); bugs33. */
function ownTroopsPlace(ctx: Ctx, m: Mention): boolean {
  if (m.kind !== 'place' && m.kind !== 'country') return false;
  const prev = ctx.s.tokens[m.tok0 - 1];
  const inPrep = prev && /^(in|في|وفي)$/.test(prev.norm) ? m.tok0 - 1 : PREP_CLITICS.test(m.clitics) && /^ب|^في/.test(m.clitics) ? m.tok0 : -1;
  if (inPrep < 0) return false;
  return !!ctx.byKind.get('own_organ')?.some((c) => c.tok1 === inPrep);
}

/**
 * `وتنتشر في ريف إدلب قواعد تركية عدة`: an Arabic verb of place whose place phrase comes first (mention `i`, behind a
 * preposition), then a state organ (`state_head` cue) with its demonym: that demonym is the subject; bugs33.
 */
function placeFirstHolder(ctx: Ctx, T: { tok0: number; tok1: number }, i: number): Mention | undefined {
  const V = ctx.s.triggers.find((x) => x.tok0 === T.tok0);
  if (!V || !V.patterns.every((q) => PLACE_RELATIONS.has(q.relation))) return undefined;
  const ms = ctx.s.mentions;
  const place = ms[i]!;
  if (freeWords(ctx, T.tok1, place.tok0) > 1) return undefined;
  const d = ms[i + 1];
  if (!d || (d.via !== 'demonym' && d.kind !== 'country') || d.tok0 - place.tok1 > 2 || hasBoundary(ctx.s.tokens, place.tok1, d.tok0) || !(hasCue(ctx, d.tok0 - 1, 'state_head') || (d.tok0 - place.tok1 === 2 && hasCue(ctx, d.tok0 - 2, 'state_head')))) return undefined;
  const a = actor(ctx.lex, d);
  return a ? d : undefined;
}

/** Drops from object group g its members from the first one joined by an "alongside" cue on (bugs33). */
function cutAlongside(ctx: Ctx, g: Mention[]): void {
  if (g.length < 2 || !ctx.byKind.has('alongside')) return;
  const k = g.findIndex((x, j) => j > 0 && alongsideMember(ctx, x));
  if (k > 0) g.length = k;
}

/** m is joined to the names before it by an "alongside" conjunction (`إلى جانب روسيا`; cues.csv `alongside`); slot33. */
function alongsideMember(ctx: Ctx, m: Mention): boolean {
  return !!ctx.byKind.get('alongside')?.some((c) => c.tok1 === m.tok0);
}

/** verbArgs, English: the antecedent of a relative pronoun ("Ankara, which has long pressed …"), or the host verb's subject ("X said …, blaming Y"). */
function relativeOrHostArgs(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }, allowCarry: boolean, objFrom: number, passive: boolean, agent: Group | undefined): Args | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const tokens = s.tokens;
  let subj: Group | undefined;
  // "the two assailants who attacked …", "Ankara, which has long pressed …": the subject is the antecedent of "who"
  const rc = relativeAt(ctx, T.tok0);
  const host = rc ? undefined : hostOf(ctx, T);
  if (rc) {
    subj = rc.ante >= 0 && actor(ctx.lex, ms[rc.ante]!) ? groupTo(ms, rc.ante) : undefined;
    // ("brokered by Russia and Turkey, which backs …": a singular verb agrees with the last member only)
    if (subj && subj.length > 1 && singularVerb(tokens, rc.pron + 1)) subj = [ms[rc.ante]!];
    if (!subj) return { subj: undefined, objFrom, passive, agent };
    return { subj, objFrom, passive, agent };
  }
  // "X said …, blaming Y", "X condemned … and accused Y", "X said …, but warned Y": the host verb's subject
  const shared = host ? hostSubject(ctx, host, allowCarry) : undefined;
  if (shared) return { subj: shared, objFrom, passive, agent };
  // ("… since seizing the district from the YPG", "… after capturing its last enclave": a gerund adjunct has the
  // clause's subject, its host verb's or, with none, the opening name; slot36)
  if (!host) {
    const g = gerundAdjunctHost(ctx, T);
    if (g !== undefined) {
      const sub = g ? hostSubject(ctx, g, allowCarry) : undefined;
      if (sub?.length) return { subj: sub, objFrom, passive, agent };
      const first = ms[0];
      if (first && first.tok0 <= 1 && first.tok1 <= T.tok0 && !isPossessive(ctx, first) && actor(ctx.lex, first) && first.kind !== 'place') return { subj: groupFrom(ms, 0), objFrom, passive, agent };
    }
  }
  return undefined;
}

/** The forces (an actor after a preposition) right before an English stationing participle at T ("withdrawal of US troops stationed in"). */
function stationedForces(ctx: Ctx, T: { tok0: number }): Group | undefined {
  if (!cueWords(ctx.lex, 'stationed_participle').has(ctx.s.tokens[T.tok0]!.norm)) return undefined;
  const ms = ctx.s.mentions;
  const i = lastMentionBefore(ms, T.tok0);
  const m = ms[i];
  // ("Turkish troops stationed": a forces head between the demonym and the participle)
  if (!m || (m.tok1 !== T.tok0 && !(m.tok1 === T.tok0 - 1 && hasCue(ctx, m.tok1, 'military'))) || !prepOf(ctx, groupTo(ms, i)[0]!) || !actor(ctx.lex, m)) return undefined;
  return groupTo(ms, i);
}

/**
 * "Iraq's foreign ministry summoned the Iranian ambassador on Wednesday and condemned the attack" (ref32): the group found
 * left of a verb after "and" is the object of the one verb before "and", whose subject is the sentence's opening name
 * (nothing but that name, its group and the verb's words before the verb; no comma or clause word between the verb and
 * "and"): the coordinated verb shares that subject.
 */
function objectOfVerbBefore(ctx: Ctx, first: Mention, subj: Group | undefined, j: number): boolean {
  if (!subj?.length) return false;
  const verbs = ctx.s.triggers.filter((x) => x.tok1 <= j && x.patterns[0]!.pos === 'verb');
  if (verbs.length !== 1) return false;
  const V = verbs[0]!;
  const toks = ctx.s.tokens;
  if (subj[0]!.tok0 < V.tok1 || first.tok1 > V.tok0 || V.tok0 - first.tok1 > 3) return false;
  for (let k = V.tok1; k < j; k++) if (toks[k]!.text === ',' || BOUNDARY.has(toks[k]!.text)) return false;
  return !cueIn(ctx, first.tok1, j, 'clause') && !ctx.s.mentions.some((m) => m !== first && m.tok0 >= first.tok1 && m.tok1 <= V.tok0 && !m.conj);
}

/**
 * "Iraq's foreign ministry summoned the Iranian ambassador … and condemned the attack" (ref32): the opening possessor's
 * organ ("'s foreign ministry") is followed by a past verb whose object holds the group found left of the verb after
 * "and" (no comma or boundary between that verb and "and"): the coordinated verb has the organ's state as subject.
 */
function organVerbObject(ctx: Ctx, first: Mention, subj: Group | undefined, j: number): boolean {
  const toks = ctx.s.tokens;
  if (!subj?.length) return false;
  let k = first.tok1;
  if (toks[k]?.text === "'s" || toks[k]?.text === '’s') k++;
  const o = k;
  while (k < j && MINISTRY_WORD.test(toks[k]!.norm)) k++;
  if (k - o > 2 || !cueWords(ctx.lex, 'organ_noun').has(toks[k]?.norm ?? '')) return false;
  const v = k + 1;
  if (!/^[a-z]+ed$/.test(toks[v]?.norm ?? '') || subj[0]!.tok0 <= v) return false;
  for (let q = v + 1; q < j; q++) if (toks[q]!.text === ',' || BOUNDARY.has(toks[q]!.text)) return false;
  return true;
}

/**
 * English: the subject group lies inside an apposition between commas (", an umbrella for … X ,") that opens with an
 * article and a noun naming no one, right after a head noun naming no one ("The group"), the closing comma before T
 * with no name between (slot34): the head's mention when the head names one, null when it names no one, undefined when
 * the subject is no apposition's member.
 */
function appositionMember(ctx: Ctx, T: { tok0: number }, subj: Group): Mention | null | undefined {
  const toks = ctx.s.tokens;
  const comma = (k: number) => toks[k]?.text === ',';
  let c0 = subj[0]!.tok0 - 1;
  while (c0 > 0 && !comma(c0) && !BOUNDARY.has(toks[c0]!.text)) c0--;
  if (!comma(c0) || c0 < 1 || !toks[c0 - 1]!.word) return undefined;
  if (!/^(a|an|the)$/.test(toks[c0 + 1]?.norm ?? '') || ctx.inMention[c0 + 2] || !toks[c0 + 2]?.word) return undefined;
  let c1 = subj[subj.length - 1]!.tok1;
  while (c1 < T.tok0 && !comma(c1) && !BOUNDARY.has(toks[c1]!.text)) c1++;
  if (!comma(c1) || c1 >= T.tok0) return undefined;
  for (let k = c1 + 1; k < T.tok0; k++) if (ctx.inMention[k]) return undefined;
  if (!ctx.inMention[c0 - 1]) return null;
  return ctx.s.mentions.find((m) => m.tok1 === c0) ?? null;
}

/** verbArgs, English: the subject on the left (a participle's, the left group, or the opening subject after "and"). */
function englishVerbSubject(ctx: Ctx, T: { tok0: number; tok1: number; start: number; end: number }): Group | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const tokens = s.tokens;
  // ("the withdrawal of US troops stationed in X and at Y": a stationing participle right after forces named in a
  // prepositional phrase is their reduced relative; they are its subject, not the clause's, np31)
  const forces = stationedForces(ctx, T);
  if (forces) return forces;
  let subj = participleSubject(ctx, T) ?? leftGroup(ctx, T.tok0, 14);
  // (a noun inside a relative clause between commas right after the name is the clause's, not the verb's subject:
  // "Turkish drones, which Ankara says target only militants, struck …"; slot32)
  let relEnd = subj?.length ? subj[subj.length - 1]!.tok1 : -1;
  // (past the head noun of a demonym: "Turkish drones, which …")
  while (relEnd >= 0 && relEnd < T.tok0 && relEnd - subj![subj!.length - 1]!.tok1 < 2 && tokens[relEnd]!.word && !ctx.inMention[relEnd]) relEnd++;
  const relative = relEnd >= 0 && tokens[relEnd]?.text === ',' && /^(which|who|whom|whose)$/.test(tokens[relEnd + 1]?.norm ?? '') && tokens[T.tok0 - 1]?.text === ',';
  // ("Turkey's ministry said the fighters had opened fire on …": a plain noun right before the verb, past another verb or
  // "that", is the verb's own subject, unresolved; a name before that other verb is none; diagnosis-batch23 §7 fix 5)
  if (subj?.length && !relative && ownNounSubject(ctx, T, subj[subj.length - 1]!.tok1)) subj = undefined;
  // ("In the northwest, where HTS controls most of Idlib province, aid enters …": a name inside a subordinate clause
  // opened after a comma, or at the sentence's start, by where/when/while/although/because, and closed by a comma before
  // the verb, is that clause's own subject, never the main verb's; slot36, diagnosis-batch31 FP 59)
  if (subj?.length && !relative && subordinateSubject(ctx, subj, T)) subj = undefined;
  // ("SOHR said gunmen on motorcycles opened fire on …", "said unidentified assailants attacked …": unnamed attackers
  // before the verb, after the report's verb or "that", are its subject; the reporter is none)
  if (subj?.length && !relative && unnamedDoerBefore(ctx, T, subj[subj.length - 1]!.tok1)) subj = undefined;
  // ("…, as Gulf states cut ties with Assad": a noun naming no actor right before the verb is its subject, not a
  // name before the comma)
  if (subj?.length && !relative && subj[subj.length - 1]!.tok1 < T.tok0 && tokens.slice(subj[subj.length - 1]!.tok1, T.tok0).some((t) => t.text === ',' || BOUNDARY.has(t.text)) && plainPluralSubject(ctx, T)) subj = undefined;
  // ("The group, an umbrella for Iran-backed militias including Kataib Hezbollah, has claimed …": a name inside an
  // apposition to a head noun that names no one is that noun's member, never the verb's subject; slot34, FP 79)
  // (the head itself, when it names one: "The group" resolved, "Hezbollah, a member of …, attacked")
  if (subj?.length && !relative) {
    const head = appositionMember(ctx, T, subj);
    if (head !== undefined) subj = head ? [head] : undefined;
  }
  // ("the militias it backs": "it" is one actor, not a list named before it)
  if (nth(tokens, T.tok0 - 1)?.norm === 'it' && subj && subj.length > 1) subj = undefined;
  // "Turkey regards the YPG as … and has long criticised Washington": a verb phrase after "and" with no verb of a
  // relation before it has the sentence's opening subject
  let j = T.tok0 - 1;
  while (j > 0 && /^(has|have|had|also|long|repeatedly|since|then|later)$/.test(tokens[j]!.norm)) j--;
  const first = ms[0];
  if (
    tokens[j]?.norm === 'and' &&
    first &&
    first.tok0 <= 1 &&
    subj?.[0] !== first &&
    !ms.some((m) => m.tok0 > j && m.tok1 <= T.tok0) &&
    (!ctx.s.triggers.some((x) => x.tok1 <= j && x.patterns[0]!.pos === 'verb') || objectOfVerbBefore(ctx, first, subj, j) || organVerbObject(ctx, first, subj, j)) &&
    !cueIn(ctx, first.tok1, T.tok0, 'clause') &&
    (!isPossessive(ctx, first) || organVerbObject(ctx, first, subj, j)) &&
    actor(ctx.lex, first)
  )
    subj = groupFrom(ms, 0);
  // ("The two countries lodged their application on Thursday and asked the court …": the opening subject may be an
  // anaphor of states or people, with no name before "and")
  else if (tokens[j]?.norm === 'and' && !subj && !ms.some((m) => m.tok1 <= T.tok0) && !ctx.s.triggers.some((x) => x.tok1 <= j && x.patterns[0]!.pos === 'verb')) {
    const open = ctx.s.cues.find((c) => c.tok0 <= 1 && c.cues.some((x) => x.kind === 'dual' || x.kind === 'plural' || (x.kind === 'group' && x.value?.startsWith('#'))));
    const g = open && !cueIn(ctx, open.tok1, T.tok0, 'clause') && !hasBoundary(tokens, open.tok1, T.tok0) ? anaphorAt(ctx, open.tok0)?.group : undefined;
    if (g?.length) subj = g;
  }
  return subj;
}

/** englishVerbSubject: the group sits in a comma-closed subordinate clause before T (where/when/while/although/because …). */
function subordinateSubject(ctx: Ctx, subj: Group, T: { tok0: number }): boolean {
  const toks = ctx.s.tokens;
  const last = subj[subj.length - 1]!;
  let comma = false;
  for (let k = last.tok1; k < T.tok0; k++) if (toks[k]!.text === ',') comma = true;
  if (!comma) return false;
  let k = subj[0]!.tok0 - 1;
  while (k >= 0 && toks[k]!.text !== ',' && !BOUNDARY.has(toks[k]!.text)) k--;
  return /^(where|when|whereas|while|although|though|because)$/.test(toks[k + 1]?.norm ?? '') && k + 1 < subj[0]!.tok0;
}

/**
 * The speaker of the sentence's reported clause, for a ، و-verb after it: the speech verb's subject (the sentence's
 * attributed speaker) named before a complementizer (إن، أن) that stands between it and T, with no clause word between;
 * not when a name after T with no preposition is its own subject (a name then بـ is the one accused or urged).
 */
function reportSpeaker(ctx: Ctx, T: { tok0: number; tok1: number }): Mention | undefined {
  const toks = ctx.s.tokens;
  const sp = ctx.lastSubject;
  if (!sp || !/^و/.test(toks[T.tok0]!.norm) || nth(toks, T.tok0 - 1)?.text !== '،') return undefined;
  if (!ctx.s.mentions.some((m) => m.tok0 === sp.tok0 && m.entity === sp.entity) || sp.tok1 > T.tok0) return undefined;
  const speech = ctx.byKind.get('speech')?.find((c) => c.tok1 <= T.tok0 && Math.abs(c.tok0 - sp.tok0) <= 6);
  if (!speech) return undefined;
  let comp = -1;
  for (let k = Math.max(speech.tok1, sp.tok1); k < T.tok0 && comp < 0; k++) if (/^(ان|بان)$/.test(toks[k]!.norm)) comp = k;
  if (comp < 0 || cueIn(ctx, comp, T.tok0, 'clause')) return undefined;
  // (the name after T with its list: "واتهم حزب العمال الكردستاني ووحدات حماية الشعب بالوقوف وراء الهجوم")
  const i = firstMentionAfter(ctx.s.mentions, T.tok1);
  const next = ctx.s.mentions[i];
  const last = next ? groupFrom(ctx.s.mentions, i).at(-1)! : undefined;
  if (next && last && next.tok0 === T.tok1 && !/^ب/.test(toks[last.tok1]?.norm ?? '')) return undefined;
  return actor(ctx.lex, sp) ? sp : undefined;
}

/** The owner of "his"/"her"/"its" right before an English noun (an adjective between: "his first visit"; see nounArgs). */
export function possessivePronoun(ctx: Ctx, T: Trigger): Mention | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  // ("its 2019 offensive": a year between the possessive and the noun)
  if (/^(1[89]|20)\d\d$/.test(nth(toks, k)?.norm ?? '')) k--;
  if (cueWords(ctx.lex, 'visit_adjective').has(nth(toks, k)?.norm ?? '')) k--;
  const w = nth(toks, k)?.norm ?? '';
  if (!/^(his|her|its)$/.test(w)) return undefined;
  const person = w !== 'its';
  const guest = ctx.out.find((r) => r.evidence.start === ctx.s.start && r.relation === 'hosted' && kindOf(ctx.lex, r.target) === (person ? 'person' : 'country'));
  if (guest) {
    const m = ctx.s.mentions.find((x) => x.start - ctx.s.start === guest.evidence.targetSpan[0]);
    if (m) return actor(ctx.lex, m);
  }
  // (his, her: the first person that is a subject; its: the nearest state before, "Russia over its invasion")
  if (!person) {
    // ("condemned Israel's offensive in Lebanon and its war in Gaza": "and its" after an act owned by a possessive is that
    // possessor's, not the place between)
    if (nth(toks, k - 1)?.norm === 'and')
      for (let j = lastMentionBefore(ctx.s.mentions, k); j >= 0; j--) {
        const m = ctx.s.mentions[j]!;
        if (toks.slice(m.tok1, k).some((t) => t.text === ',' || t.text === ';')) break;
        const a = actor(ctx.lex, m);
        if (a?.kind === 'country' && isPossessive(ctx, m) && ctx.s.triggers.some((x) => x.tok0 === m.tok1 && x.patterns.some((q) => q.pos === 'noun' && q.relation === T.patterns[0]!.relation))) return a;
      }
    let i = lastMentionBefore(ctx.s.mentions, k);
    // ("pressed Sweden and Finland to lift restrictions imposed after its incursion": a singular "its" is no list member)
    if (i >= 0 && ctx.s.mentions[i]!.conj) {
      while (i > 0 && ctx.s.mentions[i]!.conj) i--;
      i--;
    }
    const a = i >= 0 ? actor(ctx.lex, ctx.s.mentions[i]!) : undefined;
    return a?.kind === 'country' ? a : undefined;
  }
  for (const m of ctx.s.mentions) {
    if (m.tok0 >= k) break;
    if (m.kind === 'person' && !prepOf(ctx, m) && !isPossessive(ctx, m) && !ctx.inRelative[m.tok0]) return m;
  }
  return undefined;
}

/**
 * "carried out strikes on its commanders", "struck its positions": "its" in an English object is the nearest actor named
 * before it that is not the subject (a state or a group; the subject's own would say "its own").
 */
export function possessedObject(ctx: Ctx, from: number, exclude: Set<string>): Group | undefined {
  const toks = ctx.s.tokens;
  let k = from;
  while (k < toks.length && k - from <= 2 && /^(on|against|at|targeting|hitting)$/.test(toks[k]!.norm)) k++;
  if (toks[k]?.norm !== 'its' || k === from || !hasCue(ctx, k + 1, 'state_head') || toks[k + 1]?.norm === 'own') return undefined;
  for (let i = lastMentionBefore(ctx.s.mentions, k); i >= 0; i--) {
    const a = actor(ctx.lex, ctx.s.mentions[i]!);
    if (!a || a.kind === 'person') continue;
    return exclude.has(ctx.s.mentions[i]!.entity) || exclude.has(a.entity) ? undefined : [mentionOn(a, { tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end })];
  }
  return undefined;
}

/** The subject of a host verb (clauses.ts hostOf): a relation verb's own subject, or the speaker of a verb of speech. */
function hostSubject(ctx: Ctx, h: Host, allowCarry: boolean): Group | undefined {
  if (h.trigger) {
    const a = verbArgs(ctx, h.trigger, allowCarry);
    return a.passive ? undefined : a.subj;
  }
  // "X said …", "…, X said": the name before; "said X" (inverted): the name right after
  const g = leftGroup(ctx, h.cue.tok0, 4);
  if (g) return g;
  const i = firstMentionAfter(ctx.s.mentions, h.cue.tok1);
  const m = ctx.s.mentions[i];
  return m && freeWords(ctx, h.cue.tok1, m.tok0) <= 1 && !prepOf(ctx, m) && actor(ctx.lex, m) ? groupFrom(ctx.s.mentions, i) : undefined;
}

/** An Arabic complementizer (أن، إن، أنه، أنها; also after و, `وإن`: a second complement clause) in [a, b): the start of another clause. */
function complementizerBetween(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (/^و?(ان|انه|انها)$/.test(s.tokens[k]!.norm)) return true;
  return false;
}

/** A mention after group g in its clause (not past a relative pronoun, a verb or a boundary): g is then no lone object. */
function objectAfter(ctx: Ctx, g: Group, p?: Pattern): boolean {
  const { s } = ctx;
  const end = g[g.length - 1]!.tok1;
  const i = firstMentionAfter(s.mentions, end);
  if (i < 0) return false;
  const m = s.mentions[i]!;
  if (hasBoundary(s.tokens, end, m.tok0) || verbBetween(s, end, m.tok0) || freeWords(ctx, end, m.tok0) > 3) return false;
  // ("حيث تدعم «قسد» في قتالها ضد التنظيم": a name behind a preposition the verb does not take is no object of it)
  const prep = p && ctx.lang === 'ar' ? prepOf(ctx, m) : undefined;
  if (prep && !p!.preps.includes(prep)) return false;
  for (let k = end; k < m.tok0; k++) if (RELATIVE.has(s.tokens[k]!.norm)) return false;
  // ("وتدعم «قسد» في الحرب ضد التنظيم", "في قتال فلول «داعش»": the one fought is the purpose's, no object of the verb)
  if (ctx.lang === 'ar') for (let k = end; k < m.tok0; k++) if (cueWords(ctx.lex, 'fight_object_ar').has(s.tokens[k]!.norm)) return false;
  return true;
}

/**
 * "stormed a prison on January 20, in the group's biggest attack in Syria": a comma in [a, b), then a relation noun with
 * its determiner or possessor (within three words before it) before b.
 */
function commaNounBetween(ctx: Ctx, a: number, b: number): boolean {
  const toks = ctx.s.tokens;
  let comma = -1;
  for (let k = a; k < b && comma < 0; k++) if (toks[k]!.text === ',') comma = k;
  if (comma < 0) return false;
  return ctx.s.triggers.some((x) => x.tok0 > comma && x.tok1 <= b && x.patterns.some((q) => q.pos === 'noun') && toks.slice(Math.max(a, x.tok0 - 3), x.tok0).some((t) => /^(the|a|an|its|their|his|her)$|['’]s$/.test(t.text.toLowerCase())));
}

// Head nouns that make a country's possessive a place ("Syria's north", "Iraq's territory").
// (PLACE_HEAD_EN: the `possessed_place_head` word cue of data/lexicon/cues.csv, branch words31)

/** "Iraq's Sinjar region", "Syria's Idlib province" (English): the place named right after possessive owner m, else undefined. */
function ownedPlaceAfter(ctx: Ctx, m: Mention): Mention | undefined {
  if (ctx.lang !== 'en' || (m.kind !== 'country' && m.kind !== 'place') || !isPossessive(ctx, m)) return undefined;
  return ctx.s.mentions.find((x) => x.tok0 === m.tok1 && x.kind === 'place');
}

/**
 * "Turkey's earthquake zone", "Syria's northern provinces", "Beirut's southern suburbs": a place head within three plain
 * words after possessive m (no preposition or comma between) makes the possessor the place (np30).
 */
function possessedPlaceHead(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  for (let k = m.tok1; k < Math.min(toks.length, m.tok1 + 3); k++) {
    const t = toks[k]!;
    if (!t.word || ctx.inMention[k] || EN_PREP_TOKENS.has(t.norm) || /^(and|or|but|that|which|who)$/.test(t.norm)) return false;
    if (cueWords(ctx.lex, 'possessed_place_head').has(t.norm)) return true;
  }
  return false;
}

/** The object group: first mention after `from` (introduced by one of `preps` when given). */
/** Is there, from `from` up to `to`, a war or campaign noun (cues.csv `own_doer_noun`) followed by في / "in" ("الحرب في غزة")? */
function warPlaceBetween(ctx: Ctx, from: number, to: number): boolean {
  const toks = ctx.s.tokens;
  for (let k = from; k + 1 < to; k++) if (/^(في|in)$/.test(toks[k + 1]!.norm) && cueWords(ctx.lex, 'own_doer_noun').has(toks[k]!.norm)) return true;
  return false;
}

export function objectGroup(ctx: Ctx, from: number, p: Pattern, exclude: Set<string>): Group | undefined {
  const { s } = ctx;
  // (an Arabic speech adjunct before the object, `اتهمت X في بيانات سابقة Y بـ`: the slot opens past it; robust40a)
  from = pastSpeechAdjunct(ctx, from, p);
  const ms = s.mentions;
  const direct = p.preps.length === 0 || p.preps.includes('');
  // a noun's complement is close to it ("لقاء مع", "visit to"); a verb's may come after adverbs
  const maxGap = p.pos === 'noun' ? 6 : 14;
  // an anaphor object ("met the two sides" is rare; "بلاده" is common)
  let yielded = -1;
  // ("يتهم الأردن فصائل مدعومة من إيران، بينها «حزب الله»": unnamed factions stand for the members named after them)
  const members = direct && ctx.lang === 'ar' ? includedMembers(ctx, from, from + 1) : undefined;
  if (members) return members.filter((m) => !exclude.has(m.entity));
  // ("ودعا عراقجي المجتمع الدولي إلى وقف … جرائم إسرائيل", "وتتهم الحركة مجموعة فلحوط بالتبعية لـ…": the one urged or
  // accused is a noun phrase the lexicon cannot resolve; it blocks the relation rather than passing it to a name inside
  // the demanded act or the charge, diagnosis-batch22 §7 fix 2)
  if (ctx.lang === 'ar' && (p.relation === 'urged' || p.relation === 'accused') && p.pos === 'verb' && unresolvedAddressee(ctx, from, p.relation)) return undefined;
  const opener = ctx.lang === 'ar' && p.relation === 'urged' && p.pos === 'verb' ? complementOpener(ctx, from) : -1;
  for (let i = firstMentionAfter(ms, from); i >= 0 && i < ms.length; i++) {
    const m = ms[i]!;
    // (not "مواقع يقول إنها تابعة لإيران": a report of whose the struck site is; its words do not count against the gap,
    // `مواقع يُعتقد أنها تؤوي خلايا تنظيم «داعش»`, solo50)
    const owned = ctx.lang === 'ar' && ownerBefore(ctx, m);
    if (objectSlotClosed(ctx, from, m, p, opener, owned ? maxGap + 2 : maxGap)) return undefined;
    // "تستهدف «الإرهابيين فقط»، مؤكداً أن أنقرة …": objects do not cross a complementizer (أن، إن)
    // (a claim verb whose preps list the complementizer, `زعم أن`: its target is the complement's subject, lex24)
    if (ctx.lang === 'ar' && complementizerBetween(s, from, m.tok0) && !owned && !p.preps.includes('ان')) return undefined;
    if (cueIn(ctx, from, m.tok0, 'clause')) return undefined;
    // (solo58: "Ankara, which has backed rebels since Russia intervened in Syria": a subordinate clause's subject, a name
    // right after since/after/when/… with a verb of the vocabulary right after it, is no object of the verb before)
    if (ctx.lang === 'en' && m.tok0 > from && EN_SUBORDINATOR.test(s.tokens[m.tok0 - 1]!.norm) && s.triggers.some((x) => x.patterns[0]!.pos === 'verb' && x.tok0 >= m.tok1 && x.tok0 - m.tok1 <= 1)) return undefined;
    // ("دانت … في بيان نقلته وكالة «سانا» ما وصفته …", "in a statement carried by SANA": the medium that carried the
    // words is their reporter, no argument)
    if (carrierOf(ctx, m)) continue;
    // (the guards on the candidate itself and what stands between: candidateVerdict)
    const verdict = candidateVerdict(ctx, from, m, p, i, exclude, yielded);
    if (verdict === CANDIDATE_SKIP) continue;
    if (verdict === CANDIDATE_STOP) return undefined;
    // the trigger's own last word ("called on", "held talks with") is no preposition of the object
    const prep = objectPrep(ctx, from, m, p, direct);
    if (prep === 'من قبل') continue;
    // ("استهدفت منشآت في مناطق سيطرة «قسد» شمال شرق سوريا", "struck facilities in SDF-held areas of northeastern Syria":
    // the controller inside a place phrase is no target; the place after it is; slot31)
    if (p.relation === 'attacked') {
      const held = controlledPlaceAfter(ctx, m);
      if (held) return exclude.has(held.entity) ? undefined : [held];
    }
    // ("أسقط الجيش الطائرات القادمة من الأراضي السورية", "artillery stationed in the Aleppo countryside shelled …"): a name
    // in a participle's modifier of the object noun is that noun's, never the
    // target (diagnosis-batch22 §7 fix 2); a presence keeps it ("troops stationed in Syria" are deployed in it)
    if (prep && !PLACE_RELATIONS.has(p.relation) && modifierName(ctx, from, m, prep)) continue;
    // ("attacks on three bases on the border, including one near X": a locative past a comma places something else)
    // (a noun's own "near" follows it: "a strike near X", not "the shelling of villages near X")
    if (prep === 'near' && (s.tokens.slice(from, m.tok0).some((t) => t.text === ',') || (p.pos === 'noun' && s.tokens[from]?.norm !== 'near'))) continue;
    // "talks on normalising relations between A and B": a "between" phrase belongs to the nearest relation noun
    if ((prep === 'between' || prep === 'بين') && s.triggers.some((x) => x.tok0 >= from && x.tok1 <= m.tok0)) return undefined;
    if (p.preps.length) {
      // preps list the allowed introducers; '' is a bare direct object. Further into the
      // complement, genitive and goal prepositions are part of the object phrase
      // ("positions of the PKK", "a ground offensive against the YPG").
      // "تنشر قوات في مناطق واسعة من شمال سوريا": the pattern's preposition came earlier in the phrase (prepInGap)
      // "غارات على مواقع في ريف إدلب", "strikes on positions in X": a place inside the pattern's own phrase
      // ("تنشر قوات في نقاط مراقبة بريف إدلب": a place's locative ب after the phrase's في is in it)
      // (not after a name the lexicon lacks behind its own head: "مواقع في منطقة مصياف بريف حماة" struck Masyaf, not Hama)
      // ("وردّت تركيا بقصف مواقع في محيط منبج": so is one inside the bare genitive object of an Arabic noun, which has no
      // preposition of its own; a verb's pattern lists في, the noun's `على|-` does not)
      // (slot44: a stretch "between A and B" inside a presence's own phrase, `تسيطر تركيا على شريط حدودي يمتد بين رأس العين
      // وتل أبيض`: both ends are held)
      const between = (prep === 'بين' || prep === 'between') && PLACE_RELATIONS.has(p.relation) && m.kind === 'place' && prepInGap(ctx, from, m.tok0, p);
      const inside = between || ((prep === 'في' || prep === 'in' || (prep === 'ب' && m.kind === 'place' && !unknownPlaceBefore(ctx, m))) && (prepInGap(ctx, from, m.tok0, p) || (prep === 'في' && bareNounObject(ctx, from, m, p))));
      const loose = prep !== undefined && ((LOOSE_PREPS.has(prep) && (direct || prepInGap(ctx, from, m.tok0, p))) || inside) && freeWords(ctx, from, m.tok0) >= 1;
      // ("أهداف مرتبطة بإيران", "مستودعات تستخدمها X": the owner of what was struck is the one attacked)
      // (slot44: `تتهم عمّان جماعات مرتبطة بإيران و«حزب الله» بالوقوف وراء …`: the complement of an affiliation participle
      // with a bare name joined after it opens the object group; structure.ts withoutAffiliated keeps only the name joined)
      if (prep ? !p.preps.includes(prep) && !loose && !(owned && p.relation === 'attacked') && !affiliatedComplement(ctx, m, p) : !direct && !(owned && p.relation === 'attacked')) continue;
      // "backed the opposition after the uprising against Assad": a loose genitive past a temporal adjunct is the adjunct's
      if (loose && !p.preps.includes(prep!) && ctx.lang === 'en' && temporalBetween(ctx, from, m.tok0)) return undefined;
      // "دعا …، على هامش الجولة من محادثات أستانا، تركيا إلى …": an adjunct's genitive yields to a bare object after it
      if (loose && !p.preps.includes(prep!) && p.pos === 'verb' && bareActorAfter(ctx, m, from, maxGap)) {
        yielded = i;
        continue;
      }
    }
    if (p.pos === 'noun' && nounObjectTooFar(ctx, from, m, prep, p)) return undefined;
    // ("قوات الفرقة الرابعة في الجيش السوري", "the Fourth Division in the Syrian army": a body of a state right after the
    // locative is what the forces belong to, no place of theirs; slot31)
    if (PLACE_RELATIONS.has(p.relation) && (prep === 'في' || prep === 'in') && armyMembership(ctx, m)) return undefined;
    // ("controls much of Syria's airspace", "Iraq's oil": a country as the possessor of a thing that is no place is no
    // place of a presence; "Syria's north", "Syria's territory" are)
    // (a capital standing for its state too: "after Moscow's military intervention"; diagnosis-batch23 §4 #13)
    if (ctx.lang === 'en' && PLACE_RELATIONS.has(p.relation) && isPossessive(ctx, m) && (m.kind === 'country' || !!ctx.lex.entities.get(m.entity)?.stands_for) && s.tokens[m.tok1]?.word && !ctx.inMention[m.tok1] && !possessedPlaceHead(ctx, m)) continue;
    // (not the possessor of an act: "condemned Israel's air strikes on Syria" condemns Israel; after a possessive a
    // trigger word is a noun whatever its first pattern, "condemned Iran's attack on Erbil", unless it is the verb's own
    // relation: "stormed …, in the group's biggest attack" is no attack on the group)
    // ("pounded the group's hideouts in the Badia", "struck IS's positions near Palmyra": the possessor of a thing held,
    // cues.csv `owned_thing`, is the one struck, as "IS positions" is; ref33, diagnosis-batch28 #98)
    if (isPossessive(ctx, m) && i + 1 < ms.length && !(p.relation === 'attacked' && possessedHolding(ctx, m)) && freeWords(ctx, m.tok1, ms[i + 1]!.tok0) <= 3 && !s.triggers.some((x) => x.tok0 >= m.tok1 && x.tok0 - m.tok1 <= 2 && (x.patterns[0]!.pos === 'noun' || (x.patterns.some((q) => q.pos === 'noun') && x.patterns[0]!.relation !== p.relation)) && x.tok1 <= ms[i + 1]!.tok0)) continue;
    // ("بحث مع نظيره الإيراني": a counterpart named by a demonym is a person, resolved in counterpart())
    if (p.targetKinds.length && !p.targetKinds.includes(m.kind) && !(p.targetKinds.includes('country') && actor(ctx.lex, m)?.kind === 'country') && !(p.targetKinds.includes('person') && counterpartOf(ctx, m)))
      continue;
    // "keeps around 900 troops in…": the pattern needs its cue before the target
    // "backed rebels fighting Assad": the object slot holds another noun and a participle clause follows
    if (ctx.lang === 'en' && p.pos === 'verb' && !prep && participleSlot(ctx, from, m)) return undefined;
    // ("قاعدة حميميم", "the Hmeimim air base": a place named by the cue word itself qualifies)
    // ("حمّلت طهران واشنطن المسؤولية", "held the PKK and the YPG responsible": the cue right after the object group)
    // ("describes the US presence as an occupation", `تصف الوجود الأمريكي بالاحتلال`: a verdict follows the one judged,
    // never before it, "what Damascus describes as the illegal Turkish presence"; pred29)
    // ("put the airports of Damascus and Aleppo out of service": so does `out_of_service`; pred33)
    if (p.requires === 'verdict' || p.requires === 'out_of_service' ? !ctx.byKind.get(p.requires)?.some((c) => c.tok0 >= m.tok1) : p.requires && !(ctx.byKind.get(p.requires) ?? []).some((c) => c.tok0 >= from && ((c.tok1 <= m.tok0 && !ctx.inMention[c.tok0]) || (c.tok0 < m.tok1 && c.tok0 >= m.tok0 && m.kind === 'place') || cueAfterGroup(ctx, ms, i, c))))
      continue;
    // ("targeting army positions near Saraqeb", `استهدفت قادة في التنظيم في إدلب`, "rejected a resolution that would have
    // ordered Joe Biden to …", `اتهم المصدر مجموعات مرتبطة بأجهزة أمنية سورية`: the object slot holds a head that names no
    // entity, and m is only in its modifier: no resolved argument, no triple; diagnosis-batch23 §7 fix 5)
    if (unresolvedObjectHead(ctx, from, m, p)) return undefined;
    const end = relativeClauseEnd(ctx, from);
    if (m.tok0 >= end) return undefined;
    // ("زعيم «حزب العمال الكردستاني» المسجون عبد الله أوجلان", "PKK leader Abdullah Ocalan": the descriptor's apposed person)
    const leader = apposedLeader(ctx, m);
    if (leader && !exclude.has(leader.entity)) return [leader];
    // ("in northeastern Syria and in Iraq's Sinjar region": a list member that owns the place named right after it is that
    // place, np30)
    const g = mapped(groupFrom(ms, i), (x) => ownedPlaceAfter(ctx, x) ?? x).filter((x) => !exclude.has(x.entity) && x.tok0 < end && (!compoundPart(ctx, x) || (p.relation === 'attacked' && ownedThing(ctx, x))));
    // ("وتدعم إيران الحكومة السورية إلى جانب روسيا", "backs the Syrian government alongside Russia": a member joined to the
    // object by an "alongside" cue is the subject's partner, no second object; bugs33)
    if (p.requires !== 'alongside') cutAlongside(ctx, g);
    const more = parallelOf(ctx, from, m, g[g.length - 1] ?? m);
    if (more && !exclude.has(more.entity)) g.push(more);
    return g.length ? g : undefined;
  }
  return undefined;
}

/** candidateVerdict's answers: read candidate m on, pass it over, or close objectGroup's slot. */
/**
 * `وصلت القوات الأمريكية إلى قاعدة الشدادي`: a place right after a military site noun (a `deployed_in` noun with a
 * `military` cue, `قاعدة`) that a preposition opens is the place of a place relation (arrival, presence), not that noun's
 * genitive (bugs35).
 */
function militarySiteAt(ctx: Ctx, p: Pattern, m: Mention, x: Trigger): boolean {
  return PLACE_RELATIONS.has(p.relation) && m.kind === 'place' && x.tok1 === x.tok0 + 1 && x.patterns.every((q) => q.relation === 'deployed_in') && !!hasCue(ctx, x.tok0, 'military') && /^(الي|في)$/.test(nth(ctx.s.tokens, x.tok0 - 1)?.norm ?? '');
}

const CANDIDATE_READ = 0;
const CANDIDATE_SKIP = 1;
const CANDIDATE_STOP = 2;

/**
 * objectGroup's guards on candidate m (mention i) and the words between `from` and it, in order (split from objectGroup,
 * branch split28): CANDIDATE_SKIP where objectGroup passed it over, CANDIDATE_STOP where it returned no object.
 */
function candidateVerdict(ctx: Ctx, from: number, m: Mention, p: Pattern, i: number, exclude: Set<string>, yielded: number): number {
  const { s } = ctx;
  const ms = s.mentions;
  // ("يلتقي وزراء الخارجية على هامش منتدى الدوحة", "met on the sidelines of the Doha Forum": a name past "the sidelines
  // of", cues.csv `sidelines_word`, names the occasion, not the one met)
  // (not past the phrase to the one met after it: "التقى … على هامش الاجتماعات نظيره المصري X")
  if (p.relation === 'met' && s.tokens.slice(from, m.tok0).some((t, j) => cueWords(ctx.lex, 'sidelines_word').has(t.norm) && (t.arabic || s.tokens[from + j + 1]?.norm === 'of')) && !/^(مع|with)$/.test(nth(s.tokens, m.tok0 - 1)?.norm ?? '') && !cueIn(ctx, from, m.tok0 + 1, 'counterpart') && m.kind !== 'person') return CANDIDATE_STOP;
  // ("شارك X في القمة التي استضافتها الرياض": past a relative pronoun and its clause's own relation verb, names are that verb's)
  if (ctx.lang === 'ar' && p.pos === 'verb' && relativeVerbBetween(ctx, from, m.tok0)) return CANDIDATE_SKIP;
  // ("واتهمت «قسد»، التي تشكّل الوحدات عمودها الفقري، تركيا بـ…": a name inside a relative clause set off by a comma
  // between the subject and the object is the clause's, never the verb's object, whatever the clause's verb; slot34,
  // diagnosis-batch29 FP 60)
  if (ctx.lang === 'ar' && p.pos === 'verb' && insideCommaRelative(ctx, from, m.tok0)) return CANDIDATE_SKIP;
  // "called for a conference and criticised the US": past "and" + another verb after an object of its own, names are that verb's
  if (ctx.lang === 'en' && p.pos === 'verb' && s.triggers.some((x) => x.tok0 > from && x.tok1 <= m.tok0 && x.patterns[0]!.pos === 'verb' && s.tokens[x.tok0 - 1]?.norm === 'and' && freeWords(ctx, from, x.tok0 - 1) >= 2)) return CANDIDATE_STOP;
  // ("they would resume the work of their diplomatic missions, after Saudi Foreign Minister X visited …": not past a comma
  // and a subordinator that opens another clause)
  if (ctx.lang === 'en' && p.pos === 'verb' && subordinateBetween(s.tokens, from, m.tok0)) return CANDIDATE_STOP;
  // "… since the Hamas attack of October 7, putting the airports of Damascus out of service": not past ", VERBing"
  if (ctx.lang === 'en' && participleClauseBetween(ctx, from, m.tok0)) return CANDIDATE_STOP;
  // ("stormed a prison on January 20, in the group's biggest attack in Syria": past a comma, a relation noun of its own
  // owns the names after it)
  if (ctx.lang === 'en' && p.pos === 'verb' && commaNounBetween(ctx, from, m.tok0)) return CANDIDATE_STOP;
  // ("condemned what government spokesman X called a terrorist attack": the namer of the act in a free relative is no object)
  if (ctx.lang === 'en' && s.tokens.slice(from, m.tok0).some((t) => t.norm === 'what') && cueWords(ctx.lex, 'verdict_label_verb').has(s.tokens[m.tok1]?.norm ?? '')) return CANDIDATE_SKIP;
  // "Iran-linked targets", "Iranian-backed militias": the first part of a compound is no object (its noun is)
  // (but "struck Iran-linked targets" names whose the targets are: the owner is the one attacked, gold rule 10)
  if (compoundPart(ctx, m) && !(p.relation === 'attacked' && ownedThing(ctx, m))) return CANDIDATE_SKIP;
  // "… in the north and Russian forces back the government": a name after "and" with a verb right after it opens a clause
  if (ctx.lang === 'en' && p.pos === 'verb' && nth(s.tokens, m.tok0 - 1)?.norm === 'and' && s.triggers.some((x) => x.tok0 === m.tok1 && x.patterns[0]!.pos === 'verb')) return CANDIDATE_STOP;
  // ("sent two carrier groups to the region, and President Joe Biden visited Israel", "has blamed Iran-backed groups, and
  // the Islamic Resistance in Iraq, an umbrella of factions, has claimed …": ", and" + a name that is the subject of its
  // own verb opens a new clause, whose names are no object of a verb or noun before it)
  if (ctx.lang === 'en' && newClauseAt(ctx, from, m)) return CANDIDATE_STOP;
  // ("spoke by phone in February after the earthquakes that hit southern Turkey": a relative clause inside a temporal
  // phrase after the verb tells what the event was; its names are no object)
  if (ctx.lang === 'en' && p.pos === 'verb' && temporalRelative(ctx, from, m.tok0)) return CANDIDATE_SKIP;
  // "X, who met in Tehran, held talks on Syria": a relative clause's objects do not reach past it
  if (ctx.inRelative[from - 1] && !ctx.inRelative[m.tok0]) return CANDIDATE_STOP;
  // "to meet his counterparts and …": an unnamed counterpart is the object; nothing further is
  if ((ctx.byKind.get('counterpart') ?? []).some((c) => c.tok0 >= from && c.tok1 <= m.tok0 && m.tok0 - c.tok1 > 2)) return CANDIDATE_STOP;
  // "وتدعم قطر المبادرة، مؤكدة دعم الرياض لـ…": the genitive right after another relation noun belongs to that noun
  // (not for an urging verb: "طالب بانسحاب القوات التركية" urges the genitive of the demanded act)
  // (not a base or position struck, whose owner is the one attacked, gold rule 10: `هاجمت X قاعدة تركية`)
  if (ctx.lang === 'ar' && p.relation !== 'urged' && m.via !== 'demonym' && !PREP_CLITICS.test(m.clitics) && s.triggers.some((x) => x.tok0 >= from && x.tok1 === m.tok0 && x.patterns.some((q) => q.pos === 'noun') && !(p.relation === 'attacked' && m.kind !== 'place' && !/ل/.test(x.clitics) && x.patterns.every((q) => q.relation === 'deployed_in') && !!hasCue(ctx, x.tok0, 'military')) && !militarySiteAt(ctx, p, m, x))) {
    // ("وتنشر روسيا وإيران، أبرز حلفاء الأسد، قوات في سوريا": an apposition between commas is passed over)
    const nx = s.tokens[m.tok1]?.text;
    if (nx === '،' || nx === ',') return CANDIDATE_SKIP;
    return CANDIDATE_STOP;
  }
  // "talks on normalising relations between Ankara and Damascus", "insisted at the talks that any normalisation
  // with Ankara …": a relation noun between a noun and a name owns that name
  if (ctx.lang === 'en' && p.pos === 'noun' && s.triggers.some((x) => x.tok0 >= from && x.tok1 <= m.tok0 && x.patterns.every((q) => q.pos === 'noun'))) return CANDIDATE_STOP;
  // ("imposed sanctions over the invasion of Ukraine": the genitive of another relation noun is that noun's, not the verb's
  // object; diagnosis-batch22 §7 fix 2. Not for an urging verb, whose demanded act names the one urged, "called for the
  // withdrawal of X", nor for a presence, "completed the deployment of X")
  if (ctx.lang === 'en' && p.pos === 'verb' && p.relation !== 'urged' && !PLACE_RELATIONS.has(p.relation) && s.tokens[m.tok0 - 1]?.norm === 'of' && s.triggers.some((x) => x.tok0 > from && x.tok1 === m.tok0 - 1 && x.patterns.every((q) => q.pos === 'noun' && q.relation !== p.relation))) return CANDIDATE_STOP;
  // ("counted more than two dozen attacks on US troops in Iraq and Syria", `هجمات على القوات الأمريكية في سوريا`: the
  // troops struck are the holder's, so the holder read as the doer is none; the places after them are the troops'
  // presence, no target of their own; slot33)
  if (exclude.has(m.entity) && p.relation === 'attacked' && heldTroops(ctx, m)) return CANDIDATE_STOP;
  // ("warned Iran it would respond to any attack on its troops in Iraq and Syria", `على قواتها في العراق`: a place right
  // after the threatener's own troops and "in"/`في` is where they are, no one threatened; bugs33)
  if (p.relation === 'threatened' && ownTroopsPlace(ctx, m)) return CANDIDATE_STOP;
  // ("هدد أردوغان بأن تركيا ستشن عملية … ضد الوحدات الكردية", "Erdogan threatened that Turkey would launch …": the
  // threatener's own state as the subject of the complement clause is the one who would act, not the one threatened;
  // the target is the clause's own; bugs36)
  if (p.relation === 'threatened' && ownStateInComplement(ctx, m, exclude)) return CANDIDATE_SKIP;
  // ("will not allow Iran to …" threatens the one right after the resolve verb, past an article at most; "will not allow
  // the partition of Syria" and "would not allow its airspace to be used" name none; gold rule 17c, pred34)
  if (p.relation === 'threatened' && ctx.lang === 'en' && (m.tok0 - from > 1 || /^(its|their|his|her|our)$/.test(s.tokens[m.tok0]?.norm ?? '')) && cueWords(ctx.lex, 'allow_word').has(s.tokens[from - 1]?.norm ?? '')) return CANDIDATE_STOP;
  if (exclude.has(m.entity)) return CANDIDATE_SKIP;
  // ("دعا في إحاطته أمام مجلس الأمن الدولي الحكومة السورية والمعارضة إلى …": the body a speech is given before is its
  // occasion, no party; the object follows; diagnosis-batch26 §6 fix 3)
  // (not a verb whose own preposition it is: `خسر … أمام «قسد»`, lost to the SDF; pred31)
  if (ctx.lang === 'ar' && p.pos === 'verb' && !/^(met|hosted|visited)$/.test(p.relation) && !p.preps.includes('امام') && /^و?امام$/.test(nth(s.tokens, m.tok0 - 1)?.norm ?? '')) return CANDIDATE_SKIP;
  // ("وتستضيف دول الجوار، ولا سيما تركيا ولبنان والأردن، ملايين اللاجئين": a list in apposition to the subject, between
  // commas, names the subject's members, never the object)
  if (subjectApposition(ctx, m, exclude, p.pos === 'verb' ? from : -1)) return CANDIDATE_SKIP;
  // a group is taken from its first member; a speaker is not an object ("…, the ministry said")
  if (m.conj && i > 0 && yielded !== i - 1 && ms[i - 1]!.tok1 > from && plainConj(ctx, m) && relativeClauseEnd(ctx, ms[i - 1]!.tok0) > m.tok0) return CANDIDATE_SKIP;
  if (isSpeaker(ctx, m)) return CANDIDATE_SKIP;
  // ("met in Moscow on May 10, in a format Moscow hopes to revive": a name followed by a modal or a verb of hoping is
  // the subject of its own clause; English)
  if (ctx.lang === 'en' && !prepOf(ctx, m) && (hasCue(ctx, m.tok1, 'hope') || (hasCue(ctx, m.tok1, 'plan') && s.tokens[m.tok1]!.norm !== 'to'))) return CANDIDATE_SKIP;
  return CANDIDATE_READ;
}

/** m is the holder of the forces it names: a `military` cue opening it (`القوات الأمريكية` as one mention), right after
 *  it ("US troops") or right before its demonym (`قوات أمريكية`); slot33. */
function heldTroops(ctx: Ctx, m: Mention): boolean {
  if (hasCue(ctx, m.tok0, 'military')) return true;
  if (ctx.lang === 'en') return !!hasCue(ctx, m.tok1, 'military');
  return m.via === 'demonym' && m.tok0 > 0 && !!hasCue(ctx, m.tok0 - 1, 'military');
}

/**
 * objectGroup's guards on the gap before candidate m that close the object slot (split from objectGroup, branch split28:
 * its loop compiles in a fraction of the time).
 */
/**
 * The words of an English name's own kind head right before it, "the (nearby) town of", "the village of" (cues.csv
 * `place_kind`, `place_kind_adjective`): part of the name's phrase, not of the gap between a noun and its complement
 * ("air strikes on the outskirts of the nearby town of Ariha"; solo49). 0 when there is none, or when the gap does not open with
 * one of the pattern's prepositions.
 */
function kindOfHead(ctx: Ctx, from: number, m: Mention, p: Pattern): number {
  const toks = ctx.s.tokens;
  // (only inside the pattern's own phrase: its preposition opens the gap, "on the outskirts of the town of P", not "as
  // families from the outskirts of the town of P fled")
  if (ctx.lang !== 'en' || !p.preps.includes(toks[from]?.norm ?? '')) return 0;
  let k = m.tok0 - 1;
  if (toks[k]?.norm !== 'of' || !ctx.lex.placeKinds.has(toks[k - 1]?.norm ?? '')) return 0;
  k -= 2;
  let n = 2;
  if (cueWords(ctx.lex, 'place_kind_adjective').has(toks[k]?.norm ?? '')) [k, n] = [k - 1, n + 1];
  return toks[k]?.norm === 'the' ? n + 1 : n;
}

/** Arabic: a comma, then a relative pronoun with و (`، والذي`, `، والتي`), in [from, to). */
function commaRelativeBetween(toks: Sentence['tokens'], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (/^و(الذي|التي|الذين)$/.test(toks[k]!.norm) && /^[,،]$/.test(toks[k - 1]!.text)) return true;
  return false;
}

function objectSlotClosed(ctx: Ctx, from: number, m: Mention, p: Pattern, opener: number, maxGap: number): boolean {
  const { s } = ctx;
  // (slot guard, diagnosis-batch25 §4: `وتطالب دمشق وموسكو بإيصال المساعدات من داخل سوريا`, `دعا … إلى رفع العقوبات
  // المفروضة على سوريا`: an urging verb's demanded act opens right after it with no one named before it; a name behind a
  // preposition inside that act is where or on whom it is done, never the one urged, who is its doer, read below)
  // (also past a locative, `من داخل سوريا`, cues.csv `inside_prep`, `place_head`)
  // (the opener as the verb's own preposition right before the name is no act: `ضغطت روسيا على تركيا لفتح المعابر`)
  // (so is a demonym on a noun behind a preposition there: `إلى اتخاذ موقف من الهجمات التركية`)
  if (opener >= 0 && m.tok0 > opener + 1 && (prepOf(ctx, m) || (m.via === 'demonym' && /^[وف]?(من|علي|في|عن)$/.test(nth(ctx.s.tokens, m.tok0 - 2)?.norm ?? '')) || cueWords(ctx.lex, 'inside_prep').has(nth(ctx.s.tokens, m.tok0 - 1)?.norm ?? '') || !!hasCue(ctx, m.tok0 - 1, 'place_head'))) return true;
  if (hasBoundary(s.tokens, from, m.tok0)) return true;
  if (freeWords(ctx, from, m.tok0) - kindOfHead(ctx, from, m, p) > maxGap) return true;
  // (`اتفاق … الذي توصلت إليه روسيا وتركيا في آذار 2020، والذي تتهم المعارضة …`: a comma and a second relative pronoun
  // open a clause of their own; solo50)
  if (ctx.lang === 'ar' && commaRelativeBetween(s.tokens, from, m.tok0)) return true;
  // (slot40: `حذّر من تصاعد العنف في الشمال الغربي، حيث كثّفت القوات الحكومية …`: a verb's object does not cross a comma and
  // حيث, which opens a clause of its own)
  if (ctx.lang === 'ar' && p.pos === 'verb' && whereClauseBetween(s.tokens, from, m.tok0)) return true;
  // "انسحبت روسيا من مواقع في إدلب، وقصفت طائراتها جسر الشغور": past another clause's verb, objects are its own
  if (p.pos === 'verb' && conjVerbBetween(s, from, m.tok0)) return true;
  // ("قواتها ردّت على مصادر النيران في محيط مدينة X", "its forces responded to fire from X": a noun's complement does not
  // cross the response verb its noun is the subject of; the place is the response's, cues.csv `response_verb`)
  if (p.pos === 'noun' && s.tokens.slice(from, m.tok0).some((t) => cueWords(ctx.lex, 'response_verb').has(t.norm))) return true;
  // ("تتبادل «قسد» والفصائل القصف على خطوط تمتد حتى أطراف رأس العين", "shelling along front lines that stretch to X": the
  // place a line or an area reaches, past a verb of extent (cues.csv `extent_verb`), is no target of the act; slot36,
  // diagnosis-batch31 FP 2)
  if (p.relation === 'attacked' && s.tokens.slice(from, m.tok0).some((t) => cueWords(ctx.lex, 'extent_verb').has(t.norm))) return true;
  // ("كثّفت ضرباتها منذ اندلاع الحرب في غزة", "its strikes since the war in Ukraine began": a place after a war or campaign
  // noun and في / "in" is that noun's; names from there on are no complement of a word before it; cues.csv own_doer_noun)
  if (warPlaceBetween(ctx, from, m.tok0)) return true;
  // ("captured an IS official in a raid on a village east of Raqqa", `اعتقلت … خلال مداهمة في قرية شرق الرقة`: a place
  // past an attack noun is that act's, no place of a presence or visit verb before it; slot31)
  if (p.pos === 'verb' && PLACE_RELATIONS.has(p.relation) && s.triggers.some((x) => x.tok0 > from && x.tok1 <= m.tok0 && x.patterns.some((q) => q.pos === 'noun' && q.relation === 'attacked') && (x.patterns[0]!.pos === 'noun' || /^(a|an|the)$/.test(s.tokens[x.tok0 - 1]?.norm ?? '')))) return true;
  return false;
}

/** Arabic: a comma followed by `حيث` in [from, to). */
function whereClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if ((tokens[k]!.text === '،' || tokens[k]!.text === ',') && /^و?حيث$/.test(tokens[k + 1]!.norm)) return true;
  return false;
}

/** objectGroup: the preposition that introduces candidate m (the trigger's own last word, "called on", is none). */
function objectPrep(ctx: Ctx, from: number, m: Mention, p: Pattern, direct: boolean): string | undefined {
  const { s } = ctx;
  const own = s.tokens[from - 1]?.norm;
  let prep: string | undefined = m.tok0 === from && !PREP_CLITICS.test(m.clitics) ? (own && p.preps.includes(own) ? own : undefined) : prepOf(ctx, m);
  // ("تحتفظ بعشرات القواعد داخل إقليم كردستان": "inside" is a locative like في where the pattern takes في and no bare object)
  if (!prep && !direct && ctx.lang === 'ar' && s.tokens[m.tok0 - 1]?.norm === 'داخل' && p.preps.includes('في')) prep = 'في';
  // ("carried out air strikes inside southern Syria": English "inside" is "in" too, np28)
  if (!prep && ctx.lang === 'en' && p.preps.includes('in')) {
    let k = m.tok0 - 1;
    while (k > from && /^(the|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)$/.test(s.tokens[k]!.norm)) k--;
    if (k >= from && s.tokens[k]!.norm === 'inside') prep = 'in';
  }
  // ("moving its troops out of Syria": "out of" is one preposition where the pattern lists it; pred31)
  if (prep === 'of' && ctx.lang === 'en' && p.preps.includes('out of')) {
    let k = m.tok0 - 1;
    while (k > from && s.tokens[k]!.norm !== 'of') k--;
    if (s.tokens[k - 1]?.norm === 'out') prep = 'out of';
  }
  // ("keeps military advisers and allied fighters around Aleppo": English "around" right before the place is the
  // preposition of a pattern that lists it, a presence; not a preposition elsewhere, "shelled villages around X"; slot36)
  if (!prep && ctx.lang === 'en' && p.preps.includes('around') && s.tokens[m.tok0 - 1]?.norm === 'around') prep = 'around';
  // (`خسر … أمام «قسد»`, lost to the SDF: أمام is the preposition of a pattern that lists it, past a quote; pred31)
  if (!prep && ctx.lang === 'ar' && p.preps.includes('امام')) {
    let k = m.tok0 - 1;
    while (k > from && isQuote(s.tokens[k])) k--;
    if (/^و?امام$/.test(s.tokens[k]?.norm ?? '')) prep = 'امام';
  }
  // (`الوجود العسكري الأميركي شرق الفرات`, `القوات التركية شمال سوريا`: an Arabic presence noun's place told by a bare
  // compass adverb, right after the noun and its adjectives, is its locative; np32)
  if (!prep && ctx.lang === 'ar' && p.pos === 'noun' && p.relation === 'deployed_in' && p.preps.includes('في') && m.kind === 'place' && !m.clitics && bareCompassPlace(ctx, from, m)) prep = 'في';
  // (English: a place named "east of X", "north of X" right after the presence noun, "the US military presence east of the
  // Euphrates")
  if (!prep && ctx.lang === 'en' && p.pos === 'noun' && p.relation === 'deployed_in' && p.preps.includes('in') && m.kind === 'place' && m.tok0 === from && /^(east|west|north|south)$/.test(s.tokens[m.tok0]!.norm) && s.tokens[m.tok0 + 1]?.norm === 'of') prep = 'in';
  // ("استهدفت مواقع بريف إدلب": a place's locative ب right after a place head is في)
  if (prep === 'ب' && m.kind === 'place' && p.preps.includes('في') && !!placeHeadEndingAt(ctx, m.tok0 - 1) && !unknownPlaceBefore(ctx, m)) prep = 'في';
  // ("a summit with the leaders of Russia and Iran": a role group's preposition stands before its role words; English)
  // ("agreed with the foreign ministers of A and B": so does a verb's own last word, "with")
  // (Arabic too: "غارات على قادة «حراس الدين»", an attack on a group's leaders is one on the group, np30)
  // ("معارك مع خلايا تنظيم «داعش»", "هجوم على عناصر «حزب الله»": a partitive head between an attack's preposition and the
  // group; the fight is with the group, np31)
  if (!prep && ctx.lang === 'ar' && p.relation === 'attacked' && m.kind !== 'place' && m.kind !== 'country') prep = partitivePrep(ctx, from, m, p);
  // (`اجتماعاً مع ضباط من شعبة المخابرات العسكرية`, `مع مسؤولين من X`: the members' من names whose they are; the meeting's
  // partner is the body, behind the pattern's own preposition; solo50)
  if ((!prep || prep === 'من') && ctx.lang === 'ar' && MEMBERS_FROM_RELATIONS.has(p.relation)) prep = membersFromPrep(ctx, from, m, p) ?? prep;
  if (!prep && m.grouped && (ctx.lang === 'en' || p.relation === 'attacked')) prep = [...s.tokens.slice(p.pos === 'noun' ? from : Math.max(0, from - 1), m.tok0)].reverse().find((t) => t.norm !== 'of' && p.preps.includes(t.norm))?.norm;
  // (a presence verb's place told through a position phrase, `في عشرات النقاط قرب منبج`: positionphrase.ts; pres38)
  if (!(prep && p.preps.includes(prep))) prep = positionPhrasePrep(ctx, from, m, p) ?? prep;
  return prep;
}

/** Arabic: place m begins with a compass word (`شرق الفرات`, `شمال سوريا`) or follows one, at most one free word after `from`. */
function bareCompassPlace(ctx: Ctx, from: number, m: Mention): boolean {
  const toks = ctx.s.tokens;
  const lead = cueWords(ctx.lex, 'compass').has(toks[m.tok0]!.norm) ? m.tok0 : cueWords(ctx.lex, 'compass').has(toks[m.tok0 - 1]?.norm ?? '') && !ctx.inMention[m.tok0 - 1] ? m.tok0 - 1 : -1;
  if (lead < from) return false;
  for (let k = from; k < lead; k++) if (!ctx.inMention[k] && !/^ال\S+(ي|يه|يين)$/.test(toks[k]!.norm)) return false;
  return true;
}

const MEMBERS_FROM_RELATIONS = new Set(['met', 'agreed_with', 'coordinated_with']);

/** `مع ضباط من X`: the preposition of pattern p before a members noun (cues.csv `partitive`, `body_member_head`) and من right before m. */
function membersFromPrep(ctx: Ctx, from: number, m: Mention, p: Pattern): string | undefined {
  const toks = ctx.s.tokens;
  let j = m.tok0 - 1;
  while (j > from && isQuote(toks[j])) j--;
  if (toks[j]?.norm !== 'من') return undefined;
  const k = j - 1;
  if (k < from || ctx.inMention[k] || (!hasCue(ctx, k, 'partitive') && !cueWords(ctx.lex, 'body_member_head').has(toks[k]!.norm))) return undefined;
  const before = toks[k - 1]?.norm;
  return before && p.preps.includes(before) ? before : undefined;
}

/** The preposition of pattern p before a partitive head (cues.csv `partitive`) right before m, past quotes and a group kind noun (`مع خلايا تنظيم «X»`). */
function partitivePrep(ctx: Ctx, from: number, m: Mention, p: Pattern): string | undefined {
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  while (k > from && (isQuote(toks[k]) || cueWords(ctx.lex, 'group_noun').has(toks[k]!.norm))) k--;
  if (k < from || ctx.inMention[k] || !hasCue(ctx, k, 'partitive')) return undefined;
  const before = toks[k - 1]?.norm;
  return k - 1 >= from - 1 && before && p.preps.includes(before) ? before : undefined;
}

/** objectGroup, English: "backed rebels fighting Assad": the verb's object slot before m holds another noun and a participle clause follows. */
function participleSlot(ctx: Ctx, from: number, m: Mention): boolean {
  const { s } = ctx;
  let participle = false;
  let noun = false;
  for (let k = from; k < m.tok0; k++) {
    const w = s.tokens[k]!;
    if (ctx.inMention[k] || !w.word) continue;
    if (/ing$/.test(w.norm) && w.norm.length > 4) {
      if (noun) participle = true;
    } else if (!/^(the|a|an|its|his|her|their|new|continuing|several|two|three|some)$/.test(w.norm)) noun = true;
  }
  return participle;
}

/** objectGroup: does one of pattern p's prepositions stand in [from, to) ("تنشر قوات في مناطق واسعة من شمال سوريا")? */
function prepInGap(ctx: Ctx, from: number, to: number, p: Pattern): boolean {
  for (let k = from; k < to; k++) if (p.preps.includes(ctx.s.tokens[k]!.norm.replace(/^[وف](?=..)/, ''))) return true;
  return false;
}

/**
 * Arabic: the noun of pattern p (whose preps allow a bare object) has a bare genitive object head right after it, a word
 * that is no name, trigger, preposition nor clause opener (`قصف مواقع`, `بقصف أطراف`), and m follows within three
 * free words (`مواقع في محيط منبج`).
 */
function bareNounObject(ctx: Ctx, from: number, m: Mention, p: Pattern): boolean {
  if (ctx.lang !== 'ar' || p.pos !== 'noun' || !p.preps.includes('')) return false;
  const t = ctx.s.tokens[from];
  if (!t?.arabic || !t.word || ctx.inMention[from] || ctx.s.triggers.some((x) => x.tok0 <= from && x.tok1 > from)) return false;
  if (/^[وف]?(في|علي|الي|من|عن|مع|ضد|بين|خلال|بعد|قبل|منذ|عند|حيث|التي|الذي|الذين|اللتين|ان|إن|أن|امس|اليوم|مساء|صباح|ليل|ليله|فجر)$/.test(t.norm)) return false;
  // (nor a complementizer with its pronoun: "وصف المرصد الغارات بأنها الأكثر دموية في سوريا")
  if (/^[وفبل]?ان(ه|ها|هم|هما)?$/.test(t.norm)) return false;
  return freeWords(ctx, from, m.tok0) <= 4;
}

/**
 * Arabic: a word that is no name nor cue at `from` (with at most one more after it), then `إلى` for an urging verb (a
 * definite phrase, `المجتمع الدولي إلى`) or a بـ charge for an accusing verb (`مجموعة فلحوط بالتبعية`): the addressee is
 * an unnamed noun phrase.
 */
export function unresolvedAddressee(ctx: Ctx, from: number, relation: string): boolean {
  const toks = ctx.s.tokens;
  const urged = relation === 'urged';
  const plain = (k: number) => !!toks[k]?.arabic && toks[k]!.word && !ctx.inMention[k] && !ctx.cueAt.has(k) && (!urged || /^ال../.test(toks[k]!.norm));
  // (past an adjunct, `في بيانات سابقة`, `خلال اللقاء`: speechadjunct.ts; slot40)
  from = pastArAdjunct(ctx, from);
  if (!plain(from) || (!urged && /^ب/.test(toks[from]!.norm))) return false;
  const k = plain(from + 1) && !(!urged && /^ب/.test(toks[from + 1]!.norm)) ? from + 2 : from + 1;
  // (an urging verb's demanded act also after على or بـ: `حثّ الدول المانحة على زيادة …`, `طالب الدول الغربية برفع …`;
  // diagnosis-batch23 §7 fix 5)
  const charge = /^ب(ال)?...+/.test(toks[k]?.norm ?? '') && !ctx.inMention[k];
  return urged ? /^(الي|علي)$/.test(toks[k]?.norm ?? '') || charge : charge;
}

/**
 * Arabic: the demanded act of an urging verb opens at the first free word from `from` (`إلى`, `على`, a بـ verbal noun:
 * `بإيصال`, `بانسحاب`): its token, else -1.
 */
function complementOpener(ctx: Ctx, from: number): number {
  const toks = ctx.s.tokens;
  let k = from;
  while (k < toks.length && isQuote(toks[k])) k++;
  // (past "led by X" on the one urged: `دعا التحالف بقيادة الولايات المتحدة إلى …`, `وفد الأردن برئاسة X دمشق إلى …`)
  if (hasCue(ctx, k, 'headed_by')) {
    const led = ctx.s.mentions.find((m) => m.tok0 === k + 1 || m.tok0 === k + 2);
    if (!led) return -1;
    k = led.tok1;
  }
  if (k >= toks.length || ctx.inMention[k] || !toks[k]!.word) return -1;
  return /^[وف]?(الي|علي)$/.test(toks[k]!.norm) || (/^ب.{3,}$/.test(toks[k]!.norm) && !/^ب(ين|عد|سبب|شان|خصوص|ان|انه|انها)$/.test(toks[k]!.norm)) ? k : -1;
}

/**
 * Is m, a candidate object of pattern p after `from`, only inside the modifier of an object head that names no entity?
 * - A body named by its kind (cues.csv `actor_head`: "army", "the group", `الجيش`, `التنظيم`; English bare only when it is
 *   also a `state_head`, "army", else after "the")
 *   that no name follows as its own complement: the body is the argument, unresolved, whatever m is (a place "near"/"in"
 *   it, a genitive further on). Any relation but a presence's or a visit's (their place is the target).
 * - Outside attacks and places: a plain noun in the object slot that an English relative clause ("that/which/who")
 *   describes: m is in that description. An attack keeps the place past a thing struck (gold rule 10: "struck a depot in
 *   X" attacks X). (Arabic participles of affiliation, `مرتبطة بـ`: structure.ts withoutAffiliated.)
 */
function unresolvedObjectHead(ctx: Ctx, from: number, m: Mention, p: Pattern): boolean {
  if (PLACE_RELATIONS.has(p.relation)) return false;
  const toks = ctx.s.tokens;
  const heads = cueWords(ctx.lex, 'actor_head');
  let plain = -1;
  for (let k = from; k < m.tok0; k++) {
    const t = toks[k]!;
    if (ctx.inMention[k] || !t.word) continue;
    if (plain < 0 && !/^(the|a|an|its|their|his|her|some|several|two|three|new|other|more|dozens|hundreds|of)$/.test(t.norm)) plain = k;
    if (!heads.has(t.norm)) continue;
    // (English: a body unique to its state, "army positions", bare; any other only definite, "the group's positions", not
    // "militia positions", an unnamed group's, whose place is struck: gold rule 10)
    // (or after a name, its owner: "an Ahrar al-Sham faction")
    const pw = nth(toks, k - 1);
    if (ctx.lang === 'en' && !(hasCue(ctx, k, 'state_head') && !/^(a|an)$/.test(pw?.norm ?? '')) && pw?.norm !== 'the' && !(pw && /^[A-Z]/.test(pw.text) && k - 1 >= from)) continue;
    // (its own name right after it, past a quote or "of": `تنظيم «داعش»`, "the group Hezbollah" is no unresolved head)
    let j = k + 1;
    while (j < m.tok0 && (isQuote(toks[j]) || toks[j]!.norm === 'of')) j++;
    if (j === m.tok0) continue;
    if (ctx.s.mentions.some((x) => x.tok0 === j)) continue;
    return true;
  }
  if (p.relation === 'attacked' || plain < 0) return false;
  if (placeInsideObject(ctx, from, m, p)) return true;
  if (ctx.s.triggers.some((x) => x.tok0 === plain)) return false;
  if (ctx.lang === 'en') {
    for (let k = plain + 1; k < m.tok0; k++) if (/^(that|which|who)$/.test(toks[k]!.norm) && toks[k - 1]!.word && !ctx.inMention[k - 1]) return true;
    return false;
  }
  // (Arabic: an indefinite plural with a participle of affiliation, `مجموعات مرتبطة بإيران …`: past the participle's first
  // complement, read by structure.ts withoutAffiliated, a name further on is still in its phrase or the charge's)
  // (the plural may follow an unnamed subject after the verb: `واتهم المصدر مجموعات مرتبطة بإيران وبأجهزة أمنية سورية`)
  let h = -1;
  for (let k = from; k < m.tok0 - 2 && k <= from + 2 && h < 0; k++) if (!ctx.inMention[k] && /^(?!ال)..+ات$/.test(toks[k]!.norm) && AFFILIATED.test(nth(toks, k + 1)?.norm ?? '')) h = k;
  if (h < 0 || /^و[«"]?$/.test(nth(toks, m.tok0 - 1)?.norm ?? '') || /^و/.test(m.clitics)) return false;
  // (slot44: the participle's first complement with a bare name joined by و after it, `تتهم عمّان جماعات مرتبطة بإيران
  // و«حزب الله» بالوقوف وراء …`: the name joined is a second accused, structure.ts withoutAffiliated drops the patron)
  return !(p.relation === 'accused' && m.tok0 === h + 2 && /^[بل]/.test(m.clitics) && bareMemberAfter(ctx, m));
}

/** m is the complement of an Arabic affiliation participle (`مرتبطة بإيران`) of an accusation's object, a bare name joined after it. */
function affiliatedComplement(ctx: Ctx, m: Mention, p: Pattern): boolean {
  return p.relation === 'accused' && ctx.lang === 'ar' && /^[بل]/.test(m.clitics) && AFFILIATED.test(nth(ctx.s.tokens, m.tok0 - 1)?.norm ?? '') && bareMemberAfter(ctx, m);
}

/** A named actor joined to m by a bare و (no preposition clitic of its own), right after m past a quote or a demonym. */
function bareMemberAfter(ctx: Ctx, m: Mention): boolean {
  const ms = ctx.s.mentions;
  const n = ms[ms.indexOf(m) + 1];
  if (!n || !actor(ctx.lex, n) || /[بل]/.test(n.clitics) || n.via === 'demonym') return false;
  const toks = ctx.s.tokens;
  const joined = /^و/.test(n.clitics) || /^و$/.test(toks[isQuote(toks[n.tok0 - 1]) ? n.tok0 - 2 : n.tok0 - 1]?.norm ?? '');
  return joined && freeWords(ctx, m.tok1, n.tok0) <= 1;
}
/**
 * `فرضت عقوبات على أفراد وشركات في سوريا ولبنان`, "sanctions on individuals and firms in Syria and Lebanon": the object
 * slot holds an unnamed noun (after the pattern's own preposition, or bare) and m is its locative, the place of the real
 * targets, never the target (diagnosis-batch26 §4 #103–104). Meetings and receptions keep theirs ("met officials in").
 */
function placeInsideObject(ctx: Ctx, from: number, m: Mention, p: Pattern): boolean {
  if (MEETING_LIKE.test(p.relation)) return false;
  const toks = ctx.s.tokens;
  const loc = toks[m.tok0 - 1];
  if (!loc || !/^(in|inside|في|داخل)$/.test(loc.norm) || p.preps.includes(loc.norm)) return false;
  // (the words between the trigger and the locative: the pattern's preposition, then a noun phrase naming no one)
  let noun = false;
  for (let k = from; k < m.tok0 - 1; k++) {
    const t = toks[k]!;
    if (ctx.inMention[k] || ctx.s.triggers.some((x) => x.tok0 <= k && k < x.tok1) || hasCue(ctx, k, 'place_head')) return false;
    if (!t.word) continue;
    if (p.preps.includes(t.norm) || /^(the|a|an|its|their|some|several|other|and|و|of|dozens|hundreds)$/.test(t.norm)) continue;
    noun = true;
  }
  return noun;
}
const MEETING_LIKE = /^(met|hosted|visited|phoned|coordinated_with|agreed_with)$/;

/** Arabic participles of affiliation (feminine singular and plural, after an indefinite plural). */
const AFFILIATED = /^(موال|تابع|مقرب|محسوب|مرتبط)(ه|يه|ين|ون)$/;

/**
 * m is the name of a modifier of a noun after `from`: its preposition `prep` right after a participle of place or origin
 * (cues.csv `modifier_participle`: `القادمة من`, `المتمركزة في`, "coming from", "based in").
 */
function modifierName(ctx: Ctx, from: number, m: Mention, prep: string): boolean {
  const toks = ctx.s.tokens;
  // (the preposition's token: a proclitic on m itself, else the nearest word before m that is it)
  let k = PREP_CLITICS.test(m.clitics) ? m.tok0 : m.tok0 - 1;
  while (k >= from && k > m.tok0 - 6 && toks[k]!.norm !== prep && toks[k]!.norm.replace(/^[وف](?=..)/, '') !== prep && k !== m.tok0) k--;
  if (k < from || k <= m.tok0 - 6) return false;
  const w = toks[k - 1];
  return k - 1 >= from && !!w && !ctx.inMention[k - 1] && cueWords(ctx.lex, 'modifier_participle').has(w.norm);
}

/**
 * An organisation m inside a leader's descriptor with the person's name apposed: Arabic `زعيم «X» (adjective) NAME` (the
 * head right before m, past an opening mark), English "X leader NAME" (the head right after m). The person, else undefined.
 */
function apposedLeader(ctx: Ctx, m: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  const heads = cueWords(ctx.lex, 'leader_head');
  if (actor(ctx.lex, m)?.kind === 'person' || actor(ctx.lex, m)?.kind === 'country') return undefined;
  let k: number;
  if (ctx.lang === 'ar') {
    let h = /^[«"]$/.test(toks[m.tok0 - 1]?.text ?? '') ? m.tok0 - 2 : m.tok0 - 1;
    // (slot40: past a detached لـ, `الأمين العام لـ«حزب الله» حسن نصر الله`; and a two-word office, an office head and
    // its one adjective, `الأمين العام`, `المرشد الأعلى`)
    if (toks[h]?.norm === 'ل' && h > 0) h--;
    const head = (k: number) => heads.has((toks[k]?.norm ?? '').replace(/^و(?=..)/, ''));
    const office = (k: number) => cueWords(ctx.lex, 'office_head').has((toks[k]?.norm ?? '').replace(/^و(?=..)/, ''));
    if (!head(h) && !(/^ال../.test(toks[h]?.norm ?? '') && !ctx.inMention[h] && office(h - 1))) return undefined;
    k = m.tok1;
    if (/^[»"]$/.test(toks[k]?.text ?? '')) k++;
    // (one adjective of the leader: `المسجون`)
    if (/^ال/.test(toks[k]?.norm ?? '') && !ctx.inMention[k]) k++;
  } else {
    if (!heads.has(toks[m.tok1]?.norm ?? '')) return undefined;
    k = m.tok1 + 1;
  }
  const pm = ctx.s.mentions.find((x) => x.tok0 === k);
  return pm && actor(ctx.lex, pm)?.kind === 'person' ? pm : undefined;
}

/**
 * m is in a list opened by ", ولا سيما / especially" right after the subject (an actor of `exclude` ending at most two words
 * before the comma; Arabic: the unnamed noun phrase right after a verb at `verbFrom`) and closed by a comma.
 */
function subjectApposition(ctx: Ctx, m: Mention, exclude: Set<string>, verbFrom: number): boolean {
  const toks = ctx.s.tokens;
  let c = m.tok0 - 1;
  while (c > 0 && m.tok0 - c <= 8 && !/^[,،]$/.test(toks[c]!.text)) c--;
  if (!/^[,،]$/.test(toks[c]?.text ?? '')) return false;
  const o = toks[c + 1]?.norm === 'ولا' || toks[c + 1]?.norm === 'لا' ? c + 2 : c + 1;
  // (cues.csv `members_open`: the words that open a list of members in apposition, `ولا سيما`, "especially")
  if (!cueWords(ctx.lex, 'members_open').has(toks[o]?.norm ?? '') || o >= m.tok0) return false;
  // (the subject named before the comma; or, Arabic VSO, the unnamed noun phrase right after the verb, `وتستضيف دول الجوار،`)
  const head = ctx.s.mentions.find((x) => x.tok1 <= c && c - x.tok1 <= 2 && exclude.has(x.entity));
  const vso = ctx.lang === 'ar' && verbFrom >= 0 && c > verbFrom && !ctx.s.mentions.some((x) => x.tok0 >= verbFrom && x.tok1 <= c);
  if (!head && !vso) return false;
  let e = m.tok1;
  while (e < toks.length && e - m.tok1 <= 8 && !/^[,،.]$/.test(toks[e]!.text)) e++;
  return /^[,،]$/.test(toks[e]?.text ?? '');
}

/**
 * ", and" + a name (past an article and title words) that a verb follows (past an apposition between commas): the name
 * opens a new clause after `from` (English).
 */
function newClauseAt(ctx: Ctx, from: number, m: Mention): boolean {
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  while (k > from && !ctx.inMention[k] && (toks[k]!.norm === 'the' || /^[A-Z]/.test(toks[k]!.text)) && toks[k]!.norm !== 'and') k--;
  if (toks[k]?.norm !== 'and' || toks[k - 1]?.text !== ',' || k - 1 < from) return false;
  let j = m.tok1;
  // (an apposition between commas: "the Islamic Resistance in Iraq, an umbrella of Iran-backed factions, has claimed")
  if (toks[j]?.text === ',') {
    let e = j + 1;
    while (e < toks.length && e - j <= 10 && toks[e]!.text !== ',' && toks[e]!.text !== '.') e++;
    if (toks[e]?.text === ',') j = e + 1;
  }
  // (slot46: the subject's head noun and a coordinated member before the verb, ", and Russian and Syrian forces have
  // since struck": past "and" + names, then `military` nouns, "forces", "troops")
  else j = subjectTail(ctx, j);
  // (cues.csv `clause_verb`: auxiliaries and speech verbs that, right after a name, make it a subject, "and the group has
  // claimed", "and X said")
  return cueWords(ctx.lex, 'clause_verb').has(toks[j]?.norm ?? '') || ctx.s.triggers.some((x) => x.tok0 === j && x.patterns[0]!.pos === 'verb');
}

/** Past "and" + one more name, then a name's `military` head nouns ("and Syrian forces"): the token a subject's verb would stand at. */
function subjectTail(ctx: Ctx, j: number): number {
  const toks = ctx.s.tokens;
  if (toks[j]?.norm === 'and') {
    const n = ctx.s.mentions.find((x) => x.tok0 === j + 1);
    if (n) j = n.tok1;
  }
  let k = j;
  while (k < toks.length && k - j < 2 && hasCue(ctx, k, 'military')) k++;
  return k;
}

/** "في منطقة مصياف بريف حماة": the word before m's phrase (its place heads included) is an unknown name after a place head. */
function unknownPlaceBefore(ctx: Ctx, m: Mention): boolean {
  let k = m.tok0;
  for (let h = placeHeadEndingAt(ctx, k - 1); h && h.tok0 < k; h = placeHeadEndingAt(ctx, k - 1)) k = h.tok0;
  const w = k - 1;
  return w > 0 && ctx.s.tokens[w]!.word && !ctx.inMention[w] && !ctx.cueAt.has(w) && !!placeHeadEndingAt(ctx, w - 1);
}

/**
 * "ودعت روسيا، التي تنشر قوات في الشمال السوري، أنقرة إلى …": inside an Arabic relative clause opened by
 * "، التي/الذي", the clause ends at the next comma; its objects do not reach past it. Token index of that end.
 */
function relativeClauseEnd(ctx: Ctx, from: number): number {
  const toks = ctx.s.tokens;
  // (English ", which …,": the clause ends at its closing comma, "…, which keeps bases at Hmeimim and Tartus, and Iran")
  if (ctx.lang !== 'ar') {
    if (!ctx.inRelative[from - 1]) return toks.length;
    let e = from;
    while (e < toks.length && ctx.inRelative[e]) e++;
    return e;
  }
  let k = from - 1;
  while (k > 0 && toks[k]!.text !== '،' && !BOUNDARY.has(toks[k]!.text)) k--;
  if (toks[k]?.text !== '،' || !RELATIVE.has(toks[k + 1]?.norm ?? '')) return toks.length;
  let e = from;
  while (e < toks.length && toks[e]!.text !== '،' && !BOUNDARY.has(toks[e]!.text)) e++;
  return e;
}

/** A bare (no preposition) actor after m, within the verb's reach and past a comma ("…، تركيا إلى"). */
function bareActorAfter(ctx: Ctx, m: Mention, from: number, maxGap: number): boolean {
  const toks = ctx.s.tokens;
  return ctx.s.mentions.some(
    (x) =>
      x.tok0 >= m.tok1 &&
      x.tok0 < relativeClauseEnd(ctx, from) &&
      toks[x.tok0 - 1]?.text === '،' &&
      !x.clitics &&
      !prepOf(ctx, x) &&
      !!actor(ctx.lex, x) &&
      freeWords(ctx, from, x.tok0) <= maxGap &&
      !hasBoundary(toks, m.tok1, x.tok0),
  );
}

/** "targets of the PKK in northern Iraq and of the YPG in northern Syria": the same preposition after "and". */
function parallelOf(ctx: Ctx, from: number, first: Mention, last: Mention): Mention | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const kind = first.kind;
  for (let k = last.tok1; k < Math.min(toks.length - 1, last.tok1 + 8); k++) {
    if (BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',') return undefined;
    if (toks[k]!.norm !== 'and') continue;
    // ("struck SDF commanders in Syria and PKK targets in Iraq": a compound object, then another of the same kind)
    const next = ms.find((x) => x.tok0 === k + 1);
    if (next && next.kind === kind && hasCue(ctx, first.tok1, 'state_head') && hasCue(ctx, next.tok1, 'state_head')) return next;
    const prep = toks[k + 1]!.norm;
    if (!EN_PREP_TOKENS.has(prep) || !toks.slice(from, first.tok0).some((t) => t.norm === prep)) return undefined;
    let j = k + 2;
    while (j < toks.length && /^(the|a|an)$/.test(toks[j]!.norm)) j++;
    // (a name may open with its article: "the YPG"; past the first part of a compound, "and on the US-backed SDF", whose
    // noun is the one struck: a country and a group are both parties, so either kind follows the other)
    let m = ms.find((x) => x.tok0 === j || x.tok0 === k + 2);
    const party = (x: Mention) => x.kind !== 'place' && x.kind !== 'person';
    if (m && compoundPart(ctx, m)) {
      const n = ms.find((x) => x.tok0 > m!.tok1 && x.tok0 - m!.tok1 <= 3);
      m = n && party(n) && party(first) ? n : undefined;
      return m;
    }
    return m && m.kind === kind ? m : undefined;
  }
  return undefined;
}

/** Is cue c right after the coordinated group that starts at mention i ("X and Y responsible")? */
function cueAfterGroup(ctx: Ctx, ms: Mention[], i: number, c: CueSpan): boolean {
  const g = groupFrom(ms, i);
  const end = g[g.length - 1]!.tok1;
  if (!(cueHas(c, 'responsibility') || cueHas(c, 'by_phone') || cueHas(c, 'warn_against'))) return false;
  if (wordsBetween(ctx.s.tokens, end, c.tok0).length === 0) return true;
  return cueHas(c, 'responsibility') && adjunctBeforeBlame(ctx, end, c.tok0);
}

/**
 * "holds the Syrian state responsible", `حمّلت دمشق في مناسبات عدة مسؤولية`, `وتحمّل الأسايش خلايا التنظيم داخل المخيم
 * مسؤولية` (slot44): between the one blamed and the responsibility word, at most four words of a modifier or an adjunct
 * (no comma, boundary, trigger, nor a mention that is no place: another actor there is the one blamed).
 */
function adjunctBeforeBlame(ctx: Ctx, a: number, b: number): boolean {
  const toks = ctx.s.tokens;
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === '،' || BOUNDARY.has(t.text)) return false;
  }
  if (ctx.s.triggers.some((x) => x.tok0 >= a && x.tok0 < b)) return false;
  return !ctx.s.mentions.some((m) => m.tok0 >= a && m.tok0 < b && m.kind !== 'place');
}

/**
 * A noun's bare complement is its genitive, right after it ("الضربة الإسرائيلية", "strikes Syria"): "موقع الغارة …
 * برفقة السفير" is no target. Nor does a noun reach past "، و" opening a new clause ("الضربة، ووصفتها المتحدثة …").
 */
function nounObjectTooFar(ctx: Ctx, from: number, m: Mention, prep: string | undefined, p: Pattern): boolean {
  const toks = ctx.s.tokens;
  if (!prep && !PREP_CLITICS.test(m.clitics) && freeWords(ctx, from, m.tok0) > 2) {
    // "غارات على مواقع للحزب ولـ«وحدات…»": the pattern's own preposition opened the phrase earlier
    let opened = false;
    for (let k = from; k < m.tok0 && !opened; k++) opened = p.preps.includes(toks[k]!.norm.replace(/^[وف](?=..)/, ''));
    if (!opened) return true;
  }
  if (ctx.lang !== 'ar') return false;
  for (let k = from; k + 1 < m.tok0; k++) if (toks[k]!.text === '،' && /^و/.test(toks[k + 1]!.norm) && !ctx.inMention[k + 1]) return true;
  return false;
}

/**
 * A group word as the object: "hosted the delegations of the three guarantors and of the Syrian
 * government", "condemned the four": the group (with what "and" adds after it).
 */
export function groupObject(ctx: Ctx, from: number, p: Pattern, exclude: Set<string>): Group | undefined {
  const toks = ctx.s.tokens;
  for (let k = from; k < Math.min(toks.length, from + 5); k++) {
    if (ctx.inMention[k] || BOUNDARY.has(toks[k]!.text)) return undefined;
    const c = ctx.cueAt.get(k);
    // (a dual too: "hosted the two ministers", `ودعا X الطرفين إلى`: the pair anaphorAt gives, as for a subject; and a person's
    // own country, "keeps sanctions on his government": anaphorAt's one person named before it)
    const his = ctx.lang === 'en' && cueHas(c, 'own_country') && /^(his|her)$/.test(toks[k]!.norm);
    if (cueHas(c, 'group') || cueHas(c, 'plural') || cueHas(c, 'dual') || his) {
      const a = anaphorAt(ctx, k);
      if (!a?.group.length) return undefined;
      // (a pair that holds the subject is no clear antecedent of "the two sides" it addresses: the pair of the sentences
      // before, when it does not hold it either, "شارك في الاجتماع X، الذي استضاف الوزيرين")
      let group = a.group;
      if (cueHas(c, 'dual') && group.some((m) => exclude.has(m.entity))) {
        const before = ctx.lastEvent ?? ctx.lastPair;
        if (!before || before.some((m) => exclude.has(m.entity))) return undefined;
        group = before.map((m) => mentionOn(m, c!));
      }
      const g = group.filter((m) => !exclude.has(m.entity));
      const and = toks[a.end]?.norm;
      if (and === 'and' || and === 'و') g.push(...(objectGroup(ctx, a.end, withPreps(p, [...p.preps, 'of', 'from']), exclude) ?? []));
      return g.length ? g : undefined;
    }
    // only determiners and role words ("the delegations of") before the group word
    if (c && cueHas(c, 'role_group')) k = c.tok1 - 1;
    // (the pattern's own preposition first: "sanctions on his government")
    else if (k === from && p.preps.includes(toks[k]!.norm) && ctx.cueAt.has(k + 1) && cueHas(ctx.cueAt.get(k + 1), 'own_country')) continue;
    else if (!/^(the|a|an|of|from|all)$/.test(toks[k]!.norm)) return undefined;
  }
  return undefined;
}

/** "after the earthquakes that hit …" in [a, b) (English): a temporal phrase, then a relative pronoun with no name between. */
function temporalRelative(ctx: Ctx, a: number, b: number): boolean {
  const toks = ctx.s.tokens;
  const temporal = cueWords(ctx.lex, 'temporal_prep');
  let after = -1;
  for (let k = a; k < b; k++) {
    if (toks[k]!.text === ',' || (after >= 0 && ctx.inMention[k])) return false;
    if (temporal.has(toks[k]!.norm) && !ctx.inMention[k]) after = k;
    else if (after >= 0 && /^(that|which)$/.test(toks[k]!.norm)) return true;
  }
  return false;
}

/** A participle clause opening after a comma in [a, b) (English): ", putting …", ", killing …". */
function participleClauseBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (ctx.s.tokens[k - 1]!.text === ',' && !ctx.inMention[k] && /^[a-z]{3,}ing$/.test(ctx.s.tokens[k]!.norm) && !/^(during|including|according|concerning|regarding)$/.test(ctx.s.tokens[k]!.norm)) return true;
  return false;
}

/** "Iran-linked", "Iranian-backed", "Russian-made": an English name that is the first part of a compound adjective. */
export function compoundPart(ctx: Ctx, m: Mention): boolean {
  return ctx.lang === 'en' && ctx.s.tokens[m.tok1]?.text === '-' && /(ed|made|style)$/.test(ctx.s.tokens[m.tok1 + 1]?.norm ?? '');
}

/** "Iran-linked targets", "Hezbollah-run depots": a compound naming whose the things are (not "Iran-backed groups"). */
function ownedThing(ctx: Ctx, m: Mention): boolean {
  const t = ctx.s.tokens;
  return cueWords(ctx.lex, 'owned_participle_en').has(t[m.tok1 + 1]?.norm ?? '') && cueWords(ctx.lex, 'owned_thing').has(t[m.tok1 + 2]?.norm ?? '');
}

/**
 * "the group's hideouts", "Islamic State's positions", "Hezbollah's depots" (ref33): an English possessive actor (no
 * place nor country) right before a thing held (cues.csv `owned_thing`), its "'s" skipped.
 */
function possessedHolding(ctx: Ctx, m: Mention): boolean {
  if (ctx.lang !== 'en' || m.kind === 'place' || m.kind === 'country' || !actor(ctx.lex, m)) return false;
  const t = ctx.s.tokens;
  let k = m.tok1;
  if (/^['’]s?$/.test(t[k]?.text ?? '')) k++;
  // ("attacked Islamic State's fighters in Baghouz": an armed group's members are the group struck, as "IS fighters" are; bugs35)
  return cueWords(ctx.lex, 'owned_thing').has(t[k]?.norm ?? '') || membersAfter(ctx, m) >= 0;
}

/** "blamed the bombing on the two groups": a group word after the pattern's own preposition (English). */
export function groupAfterPrep(ctx: Ctx, from: number, p: Pattern, exclude: Set<string>): Group | undefined {
  const toks = ctx.s.tokens;
  for (let k = from; k < Math.min(toks.length, from + 8); k++) {
    if (ctx.inMention[k] || BOUNDARY.has(toks[k]!.text) || toks[k]!.text === ',') return undefined;
    if (k > from && toks[k]!.word && p.preps.includes(toks[k]!.norm)) return groupObject(ctx, k + 1, p, exclude);
  }
  return undefined;
}

const APPOSITION = new Set(['هما', 'وهما', 'هي', 'وهي', 'namely', 'هم', 'وهم']);

/** "بقاعدتين في سوريا، هما قاعدة حميميم والقاعدة البحرية في طرطوس", "two bases in Syria, namely …": the places named after. */
export function apposition(ctx: Ctx, g: Group): Group {
  const ms = ctx.s.mentions;
  let k = g[g.length - 1]!.tok1;
  while (ctx.s.tokens[k]?.text === ',' || ctx.s.tokens[k]?.text === '،' || ctx.s.tokens[k]?.text === ':') k++;
  if (!APPOSITION.has(ctx.s.tokens[k]?.norm ?? '')) return g;
  const i = firstMentionAfter(ms, k + 1);
  if (i < 0 || ms[i]!.tok0 !== k + 1 || ms[i]!.kind !== 'place') return g;
  // "قاعدة حميميم الجوية في ريف اللاذقية والقاعدة البحرية": a place after a preposition locates the one before
  const out: Group = [ms[i]!];
  for (let j = i + 1; j < ms.length; j++) {
    const m = ms[j]!;
    if (hasBoundary(ctx.s.tokens, out[out.length - 1]!.tok1, m.tok0)) break;
    const gap = ctx.s.tokens.slice(out[out.length - 1]!.tok1, m.tok0);
    // "ومدينة الحسكة", "and the town of X": a conjunction on the head noun before the name
    const headConj = /^(و..|and)/.test([...gap].reverse().find((t) => t.word)?.norm ?? '');
    if (!m.conj && !headConj) {
      const located = gap.some((t) => AR_PREP_TOKENS.has(t.norm) || EN_PREP_TOKENS.has(t.norm) || t.norm === 'near');
      if (located || prepOf(ctx, m)) continue;
      break;
    }
    out.push(m);
  }
  return out.filter((m) => m.kind === 'place' && !ctx.lex.entities.get(m.entity)?.stands_for);
}

/**
 * "زيارة [مماثلة] قام بها X إلى Y", "a visit by X to Y": a performer cue right after an event noun (an adjective
 * may sit between) names the noun's subject; its object follows.
 */
function performer(ctx: Ctx, T: { tok0: number; tok1: number }): Group | undefined {
  return performerAt(ctx, T)?.group;
}

/**
 * (np58) A members' word between a performer cue and its name (`عناصر من X`, `مجموعة من «X»`, `خلية من تنظيم «X»`):
 * a partitive, a group word, or a proxy noun (a group of the body), a guillemet or a head word may follow it.
 */
function members4(ctx: Ctx, from: number, to: number): boolean {
  for (let k = Math.max(from, to - 4); k < to; k++) if (hasCue(ctx, k, 'partitive') || hasCue(ctx, k, 'group') || hasWordCueAt(ctx, k, 'proxy_noun')) return true;
  return false;
}

function performerAt(ctx: Ctx, T: { tok0: number; tok1: number }): { group: Group; end: number } | undefined {
  const list = ctx.byKind.get('performer');
  // (an Arabic means phrase may stand between: `بهجوم بطائرة مسيّرة انتحارية شنّته X`, `هجوم بسيارة مفخخة نفذه X`)
  const means = ctx.lang === 'ar' && /^ب[^ي].{2,}/.test(ctx.s.tokens[T.tok1]?.norm ?? '') && !ctx.inMention[T.tok1];
  const c = list?.find((x) => x.tok0 >= T.tok1 && freeWords(ctx, T.tok1, x.tok0) <= (means ? 4 : 2) && !hasBoundary(ctx.s.tokens, T.tok1, x.tok0));
  if (!c || ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0)) return undefined;
  // "البيان الصادر عن الدول الثلاث": a group word (its number counts: the first three of a longer list)
  const a = anaphorAt(ctx, c.tok1);
  if (a?.group.length) {
    const n = groupCount(normalise(ctx.doc.article.text.slice(ctx.s.tokens[a.start]!.start, ctx.s.tokens[a.end - 1]!.end)));
    return { group: n && a.group.length > n ? a.group.slice(0, n) : a.group, end: a.end };
  }
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, c.tok1);
  // titles the lexicon does not merge ("نائب أمير منطقة …") may stand before the name
  // ("هجوم نفذه مسلحون من الحزب": members from a group act for it)
  const members = (m: Mention) => /^(من|from)$/.test(prepOf(ctx, m) ?? '') && members4(ctx, c.tok1, m.tok0);
  if (i < 0 || freeWords(ctx, c.tok1, ms[i]!.tok0) > 3 || hasBoundary(ctx.s.tokens, c.tok1, ms[i]!.tok0) || (prepOf(ctx, ms[i]!) && !members(ms[i]!))) return undefined;
  const g = groupFrom(ms, i).filter((m) => actor(ctx.lex, m));
  return g.length ? { group: g, end: g[g.length - 1]!.tok1 } : undefined;
}

/**
 * "وزار المقداد الموقع برفقة السفير حسين أكبري، الذي نجا من الهجوم، وأدان …": a verb with و after a relative
 * clause on a name goes on the main clause, so it has the subject of the verb before that name.
 */
function afterRelativeClause(ctx: Ctx, T: { tok0: number; tok1: number }, allowCarry: boolean): Group | undefined {
  const toks = ctx.s.tokens;
  if (!toks[T.tok0]!.norm.startsWith('و') || nth(toks, T.tok0 - 1)?.text !== '،') return undefined;
  let r = T.tok0 - 2;
  while (r > 0 && !RELATIVE.has(toks[r]!.norm) && toks[r]!.text !== '،' && !BOUNDARY.has(toks[r]!.text)) r--;
  if (!RELATIVE.has(toks[r]?.norm ?? '') || toks[r - 1]?.text !== '،') return undefined;
  const head = ctx.s.mentions.find((m) => m.tok1 === r - 1);
  if (!head) return undefined;
  const main = lastWhere(ctx.s.triggers, (x) => x.tok1 <= head.tok0 && x.patterns[0]!.pos === 'verb');
  const subj = main && verbArgs(ctx, main, allowCarry).subj;
  return subj?.some((m) => m.entity === head.entity) ? undefined : subj;
}

/** The number a group word names ("the three countries", "الدول الثلاث"), if any. */
function groupCount(form: string): number | undefined {
  if (/\b(three)\b|الثلاث/.test(form)) return 3;
  if (/\b(four)\b|الاربع/.test(form)) return 4;
  return undefined;
}

/** "… إلى دمشق، التقى خلالها الأسد": a verb "during it" has the subject of the event noun before it. */
function duringEvent(ctx: Ctx, T: { tok0: number; tok1: number; suffix?: boolean }): Group | undefined {
  // (not "استقبله خلالها الأسد": a verb with an object pronoun has its subject after it)
  if (('suffix' in T && T.suffix) || !/^(خلالها|خلاله|اثناءها|اثناءه)$/.test(ctx.s.tokens[T.tok1]?.norm ?? '')) return undefined;
  const ev = lastWhere(ctx.s.triggers, (x) => x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'noun' && performer(ctx, x));
  if (ev) return performer(ctx, ev);
  // ("جولة أجراها بوتين في A وB، التقى خلالها …": an event noun of no relation, named by its performer)
  const c = [...(ctx.byKind.get('performer') ?? [])].reverse().find((x) => x.tok1 <= T.tok0);
  const p = c && performer(ctx, { tok0: c.tok0 - 1, tok1: c.tok0 });
  if (p) return p;
  // ("زار X طهران في زيارة لم يُعلن عنها، التقى خلالها …": the visit told by the verb before; its visitor)
  const V = lastWhere(ctx.s.triggers, (x) => x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === 'visited');
  const a = V ? verbArgs(ctx, V, false) : undefined;
  return a && !a.passive ? a.subj?.filter((m) => m.kind === 'person' || actor(ctx.lex, m)?.kind === 'country') : undefined;
}

const SOME_OF_THEM = /^(بعضها|معظمها|اغلبها|احدها|جميعها|كلها|اخرها)$/;

/**
 * `ولم يصدر تعليق عن وزارة الدفاع التركية، التي تعلن بصورة شبه يومية «تحييد» عناصر من الحزب` (ref33, diagnosis-batch28
 * #51, #52): an Arabic attack noun right in the clause of a relative whose verb announces, says or decides (cues.csv
 * `declare`, `speech`, `decision`; the relative pronoun, that verb, then up to six words with no name, comma, boundary or
 * complementiser `أن`/`إن` before the noun) has the relative's host as doer: the actor right before the relative (past its comma), whatever
 * preposition governs it. Undefined otherwise.
 */
function relativeHostDoer(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar' || !T.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun')) return undefined;
  const toks = ctx.s.tokens;
  for (let k = T.tok0 - 1; k >= 0 && T.tok0 - k <= 8; k--) {
    const t = toks[k]!;
    // (not in a reported clause: `الذي أكد أن «العدوان الإسرائيلي …»` is the speaker's word on another's act)
    if (ctx.inMention[k] || BOUNDARY.has(t.text) || t.text === '،' || t.text === ',' || /^(ان|أن|إن)$/.test(t.norm)) return undefined;
    if (!AR_RELATIVE.has(t.norm)) continue;
    const v = ctx.cueAt.get(k + 1);
    if (!v || !(['declare', 'speech', 'decision'] as const).some((kind) => cueHas(v, kind))) return undefined;
    let e = k - 1;
    if (toks[e]?.text === '،' || toks[e]?.text === ',') e--;
    const i = lastMentionBefore(ctx.s.mentions, e + 1);
    const m = i >= 0 ? ctx.s.mentions[i] : undefined;
    const a = m && m.tok1 === e + 1 ? actor(ctx.lex, m) : undefined;
    if (!a || a.kind === 'place') return undefined;
    return [mentionOn(a, T, m!.via)];
  }
  return undefined;
}

/** The doer of the last plural act noun of T's relation before T in its sentence ("غارات إسرائيلية …، استهدف بعضها"). */
function partitiveDoer(ctx: Ctx, T: { tok0: number; tok1: number }): Group | undefined {
  const V = ctx.s.triggers.find((x) => x.tok0 === T.tok0);
  const rel = V?.patterns[0]!.relation;
  const A = lastWhere(ctx.s.triggers, (x) => x.tok1 <= T.tok0 && x.patterns.some((q) => q.pos === 'noun' && q.relation === rel));
  if (!A || hasBoundary(ctx.s.tokens, A.tok1, T.tok0)) return undefined;
  const subj = nounArgs(ctx, triggerWith(A, A.patterns.filter((q) => q.pos === 'noun'))).subj;
  return subj?.length ? subj : undefined;
}

/** An Arabic relative pronoun in [a, b) followed, before b, by a relation verb of its clause. */
function relativeVerbBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    // (a clause closed by its comma before b is passed over: "دعت روسيا، التي تنشر قوات …، أنقرة إلى")
    if (AR_RELATIVE.has(ctx.s.tokens[k]!.norm))
      return ctx.s.triggers.some((x) => x.tok0 > k && x.tok1 <= b && x.tok0 - k <= 2 && x.patterns[0]!.pos === 'verb') && !ctx.s.tokens.slice(k, b).some((t) => t.text === '،' || t.text === ',');
  return false;
}

/** `، التي/الذي …` opened in [a, b) and not closed by a comma before b: b is inside that relative clause (Arabic; slot34). */
function insideCommaRelative(ctx: Ctx, a: number, b: number): boolean {
  const toks = ctx.s.tokens;
  for (let k = b - 1; k > a; k--) {
    const t = toks[k]!;
    if (t.text === '،' || t.text === ',' || BOUNDARY.has(t.text)) return false;
    if (AR_RELATIVE.has(t.norm)) return toks[k - 1]?.text === '،' || toks[k - 1]?.text === ',';
  }
  return false;
}

/** The subject found after verb T is the first of a list ("A والرئيس B"), or a list itself. */
function listAfter(ctx: Ctx, subj: Group | undefined, T: { tok1: number }): boolean {
  if (!subj?.length || subj[0]!.tok0 < T.tok1) return false;
  if (subj.length >= 2) return true;
  const ms = ctx.s.mentions;
  const m = ms[firstMentionAfter(ms, subj[0]!.tok1)];
  // (slot40: or a counterpart carrying the و, `حيث التقى الرئيس بشار الأسد ونظيره السوري بسام صباغ`)
  const joined = !!m && (plainConj(ctx, m) || (/^و/.test(ctx.s.tokens[subj[0]!.tok1]?.norm ?? '') && !!hasCue(ctx, subj[0]!.tok1, 'counterpart')));
  return joined && freeWords(ctx, subj[0]!.tok1, m!.tok0) <= 2 && !hasBoundary(ctx.s.tokens, subj[0]!.tok1, m!.tok0);
}

/** "X arrived in Abu Dhabi on Sunday, …, and was received by Y": a passive after "and" shares the subject of the verb before. */
export function passiveAfterAnd(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(was|were|is|are|been|has|have|had|later|then)$/.test(toks[k]!.norm)) k--;
  if (ctx.lang !== 'en' || toks[k]?.norm !== 'and') return undefined;
  const earlier = ctx.s.triggers.find((x) => x.tok1 <= k && x.patterns[0]!.pos === 'verb');
  if (!earlier) return undefined;
  const a = verbArgs(ctx, earlier, true);
  return a.passive ? undefined : a.subj;
}

/** An English verb in the third person singular at `k` (adverbs before it passed over): "has", "is", "was", "backs". */
function singularVerb(tokens: Token[], k: number): boolean {
  while (/^(also|still|once|long|now|later|then)$|ly$/.test(tokens[k]?.norm ?? '')) k++;
  const w = tokens[k]?.norm ?? '';
  return /^(has|is|was|does)$/.test(w) || (w.length > 3 && /[^su]s$/.test(w));
}

/** "X, which has waged an insurgency": the antecedent of "which/who" a few words before an English noun. */
function relativeAntecedent(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  if (ctx.lang !== 'en') return undefined;
  for (let k = T.tok0 - 1; k >= Math.max(1, T.tok0 - 5); k--) {
    if (ctx.inMention[k] || ctx.s.triggers.some((x) => x !== T && x.tok0 <= k && k < x.tok1)) return undefined;
    if (!/^(which|who)$/.test(toks[k]!.norm)) continue;
    if (nth(toks, k - 1)!.text !== ',') return undefined;
    const i = ctx.s.mentions.findIndex((m) => m.tok1 === k - 1 || (m.tok1 === k - 2 && toks[k - 2]!.text === ')'));
    return i >= 0 && actor(ctx.lex, ctx.s.mentions[i]!) ? [ctx.s.mentions[i]!] : undefined;
  }
  return undefined;
}

/** A temporal word ("after", "since") in [a, b) after a noun of the object slot ("the opposition after …"). */
function temporalBetween(ctx: Ctx, a: number, b: number): boolean {
  // (cues.csv `temporal_prep`: "after", "since", `بعد`, `منذ` …)
  const temporal = cueWords(ctx.lex, 'temporal_prep');
  let noun = false;
  for (let k = a; k < b; k++) {
    const w = ctx.s.tokens[k]!;
    if (ctx.inMention[k] || !w.word) continue;
    if (temporal.has(w.norm)) return noun;
    if (!/^(the|a|an|its|his|her|their)$/.test(w.norm)) noun = true;
  }
  return false;
}

/** A number or an apostrophe (afterEvent's fillers; a constant: esbuild writes this literal as a `new RegExp` made at every test). */
const NUMBER_OR_APOSTROPHE = /^(\p{N}+|['’])$/u;

/** Is the noun the head of a temporal adjunct ("after Sunday's attack", "عقب الهجوم", "since the bombing")? */
function afterEvent(ctx: Ctx, T: Trigger): boolean {
  const toks = ctx.s.tokens;
  const temporal = cueWords(ctx.lex, 'temporal_prep');
  // (cues.csv `temporal_filler`: articles, "last", "this", days, months, "week", "deadly" …; and numbers, apostrophes)
  const filler = cueWords(ctx.lex, 'temporal_filler');
  for (let k = T.tok0 - 1; k >= Math.max(0, T.tok0 - 5); k--) {
    if (ctx.inMention[k]) return false;
    const w = toks[k]!.norm.replace(/^[وف](?=..)/, '');
    if (temporal.has(w)) return true;
    if (!filler.has(w) && !NUMBER_OR_APOSTROPHE.test(w)) return false;
  }
  return false;
}

/**
 * "sanctions (that) the United States imposed on Syria", "the attack Hamas carried out on Israel", "strikes which Turkey
 * launched on the YPG": an English act noun with a relative clause right after it whose subject is named and whose verb
 * is a verb of doing (cues.csv `relative_doer`) has that subject as its doer; the noun's objects follow the verb.
 */
/**
 * "محادثات استضافتها الصين", "talks hosted by China", "talks (that) China hosted": the end of a host's relative clause
 * that starts at token k (a hosting verb with its resumptive pronoun and the host after it, "hosted by" and the host,
 * or the host and "hosted"), else k.
 */
export function hostClauseEnd(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let j = k;
  if (/^(التي|الذي|that|which)$/.test(toks[j]?.norm ?? '')) j++;
  // (no trigger at j, and in English no name at j or j + 1: no host's clause; the scans below would find nothing)
  if ((tokenMarks(ctx, j) & TOK_TRIGGER) === 0 && (ctx.lang === 'ar' || ((tokenMarks(ctx, j) | tokenMarks(ctx, j + 1)) & TOK_MENTION0) === 0)) return k;
  const hosting = (x: Trigger) => x.patterns[0]!.relation === 'hosted' && x.patterns[0]!.pos === 'verb';
  if (ctx.lang === 'ar') {
    const x = ctx.s.triggers.find((y) => y.tok0 === j && hosting(y));
    const m = x && meetingHost(ctx, x);
    return m && !m.clitics ? groupFrom(ms, ms.indexOf(m)).slice(-1)[0]!.tok1 : k;
  }
  const x = ctx.s.triggers.find((y) => y.tok0 === j && hosting(y) && toks[y.tok0]!.norm === 'hosted');
  if (x && toks[x.tok1]?.norm === 'by') {
    const m = meetingHost(ctx, x);
    return m ? m.tok1 : k;
  }
  const m = ms.find((y) => y.tok0 === j || (y.tok0 === j + 1 && toks[j]!.norm === 'the'));
  const v = m && ctx.s.triggers.find((y) => y.tok0 === m.tok1 && hosting(y) && toks[y.tok0]!.norm === 'hosted');
  return v && actor(ctx.lex, m) ? v.tok1 : k;
}

/**
 * "القمة بمشاركة A وB وC", "the meeting, with the participation of A and B": a meeting noun followed (past its
 * adjectives, place or date) by a `participation` cue names its members; two or more.
 */
function participants(ctx: Ctx, T: Trigger): Group | undefined {
  const ms = ctx.s.mentions;
  const c = ctx.byKind.get('participation')?.find((x) => x.tok0 >= T.tok1 && x.tok0 - T.tok1 <= 8);
  if (!c || freeWords(ctx, T.tok1, c.tok0) > 2 || hasBoundary(ctx.s.tokens, T.tok1, c.tok0)) return undefined;
  if (ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok0 < c.tok0)) return undefined;
  if (ms.some((m) => m.tok0 >= T.tok1 && m.tok1 <= c.tok0 && m.kind !== 'place')) return undefined;
  const i = firstMentionAfter(ms, c.tok1);
  if (i < 0 || (freeWords(ctx, c.tok1, ms[i]!.tok0) > 0 && !onlyTitles(ctx, c.tok1, ms[i]!.tok0)) || hasBoundary(ctx.s.tokens, c.tok1, ms[i]!.tok0)) return undefined;
  const g = groupFrom(ms, i).filter((m) => actor(ctx.lex, m));
  if (g.length < 2) return undefined;
  // (the host of the meeting is one of its members: "استضاف السيسي القمة بمشاركة A وB")
  const host = ctx.s.triggers.find((x) => x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb' && x.patterns[0]!.relation === 'hosted' && freeWords(ctx, x.tok1, T.tok0) <= 1 && !hasBoundary(ctx.s.tokens, x.tok1, T.tok0));
  const h = host ? verbArgs(ctx, host, false).subj?.filter((m) => actor(ctx.lex, m) && !g.some((x) => x.entity === m.entity)) : undefined;
  return h?.length ? [...h, ...g] : g;
}

const demonymsOf = new WeakMap<Ctx['lex'], Map<string, string>>();
/**
 * A one-word demonym as a token's norm ("russian", `التركيه`, `تركيه`) → its country's id; an Arabic feminine adjective
 * the lexicon lacks by its masculine stem (`مروحيات أمريكية`: `امريكيه` → `امريكي`; moved here from backedact.ts, mend45).
 */
export function demonymEntity(lex: Ctx['lex'], word: string): string | undefined {
  let m = demonymsOf.get(lex);
  if (!m) {
    m = new Map();
    for (const e of lex.entities.values()) {
      if (e.kind !== 'country') continue;
      for (const d of e.demonyms_en) if (!d.includes(' ')) m.set(d.toLowerCase(), e.id);
      for (const d of e.demonyms_ar) {
        const n = normalise(d);
        if (n.includes(' ')) continue;
        m.set(n, e.id);
        if (!n.startsWith('ال')) m.set('ال' + n, e.id);
      }
    }
    demonymsOf.set(lex, m);
  }
  return m.get(word) ?? (/يه$/.test(word) ? m.get(word.slice(0, -1)) : undefined);
}

/**
 * "a US-Russian deal", "the Russian-Turkish ceasefire", "Turkish-Syrian talks": two states joined by a hyphen right
 * before a joint noun (a symmetric relation: met, agreed_with) are its two parties (English).
 */
function hyphenPair(ctx: Ctx, T: Trigger): Group | undefined {
  const r = T.patterns[0]!.relation;
  if (!ctx.lex.symmetric.has(r) && r !== 'agreed_with' && r !== 'reconciled_with') return undefined;
  const toks = ctx.s.tokens;
  const y = T.tok0 - 1;
  if (toks[y - 1]?.text !== '-' || ctx.inMention[y]) return undefined;
  const b = demonymEntity(ctx.lex, toks[y]!.norm);
  if (!b) return undefined;
  const x = ctx.s.mentions.find((m) => m.tok1 === y - 1);
  const ax = x ? actor(ctx.lex, x) : undefined;
  const a = ax?.kind === 'country' ? ax.entity : ctx.inMention[y - 2] ? undefined : demonymEntity(ctx.lex, toks[y - 2]?.norm ?? '');
  if (!a || a === b) return undefined;
  const at = (k0: number, k1: number, e: string) => mention(k0, k1, toks[k0]!.start, toks[k1 - 1]!.end, e, 'country', 'demonym', false, '');
  const first = x && ax ? x : at(y - 2, y - 1, a);
  return [first, at(y, y + 1, b)];
}

/** The doer a noun names on its own phrase after it (a performer cue, an English relative clause of doing), if any. */
export function ownDoerAfter(ctx: Ctx, T: Trigger): Group | undefined {
  return performer(ctx, T) ?? (ctx.lang === 'en' ? relativeDoer(ctx, T)?.group : undefined);
}

function relativeDoer(ctx: Ctx, T: Trigger): { group: Group; end: number } | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  let k = T.tok1;
  if (/^(that|which)$/.test(toks[k]?.norm ?? '')) k++;
  if (toks[k]?.norm === 'the' && !ctx.inMention[k]) k++;
  const i = ms.findIndex((m) => m.tok0 === k);
  if (i < 0 || prepOf(ctx, ms[i]!)) return undefined;
  const g = groupFrom(ms, i);
  let e = g[g.length - 1]!.tok1;
  if (/^(has|have|had)$/.test(toks[e]?.norm ?? '')) e++;
  const c = ctx.byKind.get('relative_doer')?.find((x) => x.tok0 === e);
  const doers = g.filter((m) => actor(ctx.lex, m));
  return c && doers.length === g.length ? { group: doers, end: c.tok1 } : undefined;
}

/**
 * "attacks against US personnel in Iraq and Syria by the Revolutionary Guards", "a visit to Damascus last week by X": an
 * English noun's agent after its own complement (names there only after a preposition; no verb, speech or boundary).
 */
function lateAgent(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  // (the cheap test first: a "by" within reach)
  let by = false;
  for (let k = T.tok1 + 1; k < toks.length && k - T.tok1 <= 12 && !by; k++) by = toks[k]!.norm === 'by';
  if (!by) return undefined;
  for (let k = T.tok1; k < toks.length && k - T.tok1 <= 12; k++) {
    const t = toks[k]!;
    if (BOUNDARY.has(t.text) || t.text === ',' || hasCue(ctx, k, 'speech') || ctx.s.triggers.some((x) => x !== T && x.tok0 === k)) return undefined;
    if (ctx.inMention[k]) {
      const m = ms.find((x) => x.tok0 === k);
      if (m && !prepOf(ctx, m) && !m.conj) return undefined;
      continue;
    }
    if (t.norm !== 'by' || k === T.tok1) continue;
    const i = firstMentionAfter(ms, k + 1);
    if (i < 0 || freeWords(ctx, k + 1, ms[i]!.tok0) > 1) return undefined;
    const g = groupFrom(ms, i).filter((m) => actor(ctx.lex, m));
    return g.length ? g : undefined;
  }
  return undefined;
}

/** The subject of the (non-relation) verb at token k: its host's for a verb phrase after "and", else the name before it. */
function voicedBy(ctx: Ctx, k: number): Group | undefined {
  const t = ctx.s.tokens[k]!;
  const v = { tok0: k, tok1: k + 1, start: t.start, end: t.end };
  const h = hostOf(ctx, v);
  const g = h ? hostSubject(ctx, h, true) : leftGroup(ctx, k, 6);
  return g?.filter((m) => m.kind === 'person');
}

/** Arguments of a noun trigger. */
/**
 * "غارة جوية إسرائيلية", "الضربات الجوية الإسرائيلية": a demonym on an Arabic noun may follow its adjectives (at most
 * two), which agree with the noun in definiteness (ال on both or on neither) and end as adjectives do (ي، ية).
 */
function adjectivesOf(ctx: Ctx, T: Trigger, m: Mention, gap: Token[]): boolean {
  if (m.via !== 'demonym' || gap.length > 2) return false;
  const def = ctx.s.tokens[T.tok1 - 1]!.norm.replace(/^[وفبل]+(?=ال)/, '').startsWith('ال');
  return gap.every((w) => w.arabic && w.norm.length >= 4 && /(ي|يه)$/.test(w.norm) && w.norm.startsWith('ال') === def);
}

/**
 * The subject of the main clause after an adjunct that opens the sentence at `k` ("During a call with X, Y said",
 * "وخلال لقائه X، أكد Y"): the first actor after the adjunct's comma, not after a preposition nor a possessor.
 */
function fronted(ctx: Ctx, k: number): Group | undefined {
  const toks = ctx.s.tokens;
  if (toks.slice(0, k).some((t) => t.word && !/^(and|but|و|ف)$/.test(t.norm))) return undefined;
  const comma = toks.findIndex((t, j) => j > k && (t.text === ',' || t.text === '،'));
  if (comma < 0 || ctx.s.triggers.some((x) => x.tok0 > k && x.tok1 <= comma && x.patterns[0]!.pos === 'verb')) return undefined;
  // (not a report's source: "…، وبحسب وكالة الأناضول، قال X")
  const source = (x: Mention) => !!ctx.byKind.get('according')?.some((c) => c.tok1 <= x.tok0 && x.tok0 - c.tok1 <= 1);
  const m = ctx.s.mentions.find((x) => x.tok0 > comma && !prepOf(ctx, x) && !isPossessive(ctx, x) && x.via !== 'demonym' && !source(x) && !!actor(ctx.lex, x));
  if (!m || ctx.s.mentions.some((x) => x.tok0 > comma && x.tok1 <= m.tok0 && !prepOf(ctx, x))) return undefined;
  return [m];
}

export function nounArgs(ctx: Ctx, T: Trigger): { pairs: Group | undefined; subj: Group | undefined; objFrom: number } {
  const { s } = ctx;
  const ms = s.mentions;
  const allowed = ctx.lang === 'ar' ? allowedOwner(ctx, T) : undefined;
  if (allowed) return { pairs: undefined, subj: [allowed], objFrom: T.tok1 };
  const by = performer(ctx, T);
  if (by) {
    // ("a truce brokered by Egypt between A and B", `هدنة برعاية مصرية بين`: the parties follow the broker)
    const e = by[by.length - 1]!.tok1;
    const c = hasCue(ctx, e, 'between');
    const i = c ? firstMentionAfter(s.mentions, c.tok1) : -1;
    const g = i >= 0 && freeWords(ctx, c!.tok1, s.mentions[i]!.tok0) === 0 ? groupFrom(s.mentions, i) : [];
    if (g.length >= 2 && /^(met|agreed_with|reconciled_with)$/.test(T.patterns[0]!.relation)) return { pairs: g, subj: undefined, objFrom: g[g.length - 1]!.tok1 };
    return { pairs: undefined, subj: by, objFrom: e };
  }
  const hy = ctx.lang === 'en' ? hyphenPair(ctx, T) : undefined;
  if (hy) return { pairs: hy, subj: undefined, objFrom: T.tok1 };
  const rel = ctx.lang === 'en' ? relativeDoer(ctx, T) : undefined;
  if (rel) return { pairs: undefined, subj: rel.group, objFrom: rel.end };
  const late = ctx.lang === 'en' ? lateAgent(ctx, T) : undefined;
  if (late) return { pairs: undefined, subj: late, objFrom: T.tok1 };
  // between A and B
  const p0 = T.patterns[0]!;
  {
    const b = betweenPair(ctx, T);
    if (b) return b;
  }
  const part = p0.relation === 'met' ? participants(ctx, T) : undefined;
  if (part) return { pairs: part, subj: undefined, objFrom: part[part.length - 1]!.tok1 };
  // possessor right after the noun (زيارة الأسد) or "of" (the visit of); English: before it (Assad's visit)
  let nextI = firstMentionAfter(ms, T.tok1);
  // "the 28 December meeting in Moscow of the Russian, Turkish and Syrian defence ministers"
  if (ctx.lang === 'en' && nextI >= 0 && ms[nextI]!.kind === 'place' && prepOf(ctx, ms[nextI]!)) {
    const g = ms.findIndex((m, i) => i > nextI && m.grouped && freeWords(ctx, T.tok1, m.tok0) <= 6);
    if (g >= 0) nextI = g;
  }
  // (`عن وزارة الدفاع التركية، التي تعلن … «تحييد» عناصر من`: an attack noun announced in a relative is its host's; ref33)
  {
    const h = relativeHostDoer(ctx, T);
    if (h) return { pairs: undefined, subj: h, objFrom: T.tok1 };
  }
  // (the words between the noun and the mention after it, read by both readers of that mention)
  const gapAfter = nextI >= 0 ? wordsBetween(s.tokens, T.tok1, ms[nextI]!.tok0) : [];
  if (nextI >= 0) {
    const f = possessorAfter(ctx, T, nextI, gapAfter);
    if (f) return f;
  }
  // ("في هجوم لتنظيم «داعش» على مقر", "بعد هجوم لحزب الله على": an indefinite attack noun's لـ-phrase names its doer)
  if (ctx.lang === 'ar' && nextI >= 0 && T.patterns.some((q) => q.relation === 'attacked') && !T.suffix && !s.tokens[T.tok0]!.norm.replace(/^[وفبل]+/, '').startsWith('ال')) {
    const d = attackDoerAfter(ctx, T, nextI, gapAfter);
    if (d) return d;
  }
  {
    const b = possessorBefore(ctx, T);
    if (b) return b;
  }
  // لقائه الرئيس الروسي: "his meeting [with] the Russian president" — the suffix is the subject, the next mention the object
  if (T.suffix && nextI >= 0 && wordsBetween(s.tokens, T.tok1, ms[nextI]!.tok0).length === 0) {
    const prevA = lastMentionBefore(ms, T.tok0);
    // ("طوى صفحة الخلاف مع الإمارات بزيارته أبوظبي": a masculine ه is no state named before it, a feminine noun; the
    // person it agrees with, np30)
    const masc = ctx.lang === 'ar' && !s.tokens[T.tok1 - 1]!.norm.endsWith('ها') && /ه$/.test(s.tokens[T.tok1 - 1]!.norm) && prevA >= 0 && ms[prevA]!.kind !== 'person' && actor(ctx.lex, ms[prevA]!)?.kind === 'country';
    const agreed = masc ? suffixDoer(ctx, T) : undefined;
    if (agreed) return { ...agreed, objFrom: T.tok1 };
    const ref = prevA >= 0 && actor(ctx.lex, ms[prevA]!) ? ms[prevA]! : ctx.lastSubject;
    if (ref) return { pairs: undefined, subj: [mentionOn(ref, T)], objFrom: T.tok1 };
  }
  // "on his first visit to Iraq", "her talks with X": an English possessive pronoun on the noun is the guest of a reception
  // told before it in the sentence, else the sentence's first person (his, her) or state (its) that is a subject
  const own = ctx.lang === 'en' ? possessivePronoun(ctx, T) : undefined;
  if (own) return { pairs: undefined, subj: [mentionOn(own, T)], objFrom: T.tok1 };
  // "في أول زيارة له إلى تركيا": "له"/"لها" right after the noun is its possessor, the clause's subject (a person for له,
  // a country for لها), not someone introduced by a preposition
  if (ctx.lang === 'ar' && !T.suffix && /^(له|لها)$/.test(s.tokens[T.tok1]?.norm ?? '')) {
    const fem = s.tokens[T.tok1]!.norm === 'لها';
    const who = ms.find((m) => m.tok1 <= T.tok0 && !prepOf(ctx, m) && !ctx.inRelative[m.tok0] && (fem ? actor(ctx.lex, m)?.kind === 'country' : m.kind === 'person'));
    const ref = who ? (fem ? actor(ctx.lex, who)! : who) : ctx.lastSubject;
    if (ref) return { pairs: undefined, subj: [mentionOn(ref, T)], objFrom: T.tok1 + 1 };
  }
  // his visit, زيارته: the suffix pronoun is the carried subject; "وتطالب واشنطن بوقف دعمها": a feminine suffix (ها) is
  // the last country named before it in the sentence, a masculine one (ه) the last person
  if (T.suffix && ctx.lang === 'ar') {
    const d = suffixDoer(ctx, T);
    if (d) return d;
  }
  if (T.suffix && ctx.lastSubject) return { pairs: undefined, subj: [mentionOn(ctx.lastSubject, T, ctx.lastSubject.via)], objFrom: T.tok1 };
  // "during a phone call with X", "in a call with X", "خلال اتصال هاتفي مع": an adjunct; the clause's subject is the caller
  {
    const c = adjunctCaller(ctx, T);
    if (c) return c;
  }
  // "phoned Putin after Sunday's attack", "بعد الهجوم": a temporal adjunct has no subject on its left
  if (afterEvent(ctx, T)) return { pairs: undefined, subj: undefined, objFrom: T.tok1 };
  // "the PKK, which has waged an insurgency against …": the light verb's subject is the antecedent
  const ante = relativeAntecedent(ctx, T);
  if (ante) return { pairs: undefined, subj: ante, objFrom: T.tok1 };
  // "أنه أجرى محادثة مع …", "he held talks with …": a pronoun right before the light verb is the carried subject
  // ("he had held a brief conversation with": a light verb and the noun's own words between)
  // ("it was waging an open war against": a waging verb, its auxiliary and the war's adjective; cues.csv `wage_verb`; bugs36)
  // (the noun's adjectives: cues.csv `light_noun_adjective`)
  const wage = cueWords(ctx.lex, 'wage_verb');
  const adj = cueWords(ctx.lex, 'light_noun_adjective');
  const light = (c: CueSpan) => ctx.lang === 'en' && T.tok0 - c.tok1 <= 6 && s.tokens.slice(c.tok1, T.tok0).every((t) => /^(had|has|have|held|hold|holds|also|a|an|the|was|is|were|are|been)$/.test(t.norm) || adj.has(t.norm) || wage.has(t.norm));
  const pron = ctx.byKind.get('pronoun')?.find((c) => c.tok1 <= T.tok0 && (T.tok0 - c.tok1 <= 2 || light(c)));
  const pref = pron && !ms.some((m) => m.tok0 >= pron.tok1 && m.tok1 <= T.tok0) ? pronounRef(ctx, pron) : undefined;
  if (pref) return { pairs: undefined, subj: [mentionOn(pref, pron!)], objFrom: T.tok1 };
  // "أن بلاده ستشن قريباً عملية عسكرية": so is "his country" (بلاده) right before the light verb
  const ownC = ctx.lang === 'ar' ? ctx.byKind.get('own_country')?.find((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 3 && !ms.some((m) => m.tok0 >= c.tok1 && m.tok1 <= T.tok0)) : undefined;
  const oa = ownC ? anaphorAt(ctx, ownC.tok0) : undefined;
  if (oa?.group.length) return { pairs: undefined, subj: oa.group, objFrom: T.tok1 };
  // ("has killed dozens of smugglers and has carried out air strikes inside Syria": a coordinated light verb with no
  // subject of its own hangs on the verb before it; slot35)
  {
    const h = coordinatedLightSubject(ctx, T);
    if (h) return { pairs: undefined, subj: h, objFrom: T.tok1 };
  }
  // the subject of a light verb before the noun (عقد الوزراء اجتماعا, the ministers held talks)
  const left = leftGroup(ctx, T.tok0, ctx.lang === 'ar' ? 7 : 8) ?? openingVerbSubject(ctx, T);
  // ("الأطراف المشاركة …": a group word that names no one, gold rule 4)
  if (left && !left.length) return { pairs: undefined, subj: undefined, objFrom: T.tok1 };
  if (left && leftGovernedElsewhere(ctx, T, left)) return { pairs: undefined, subj: undefined, objFrom: T.tok1 };
  return { pairs: undefined, subj: left, objFrom: T.tok1 };
}

/**
 * slot35 (diagnosis-batch30 §6 fix 3, #100): an act noun's light verb coordinated after another verb phrase with no
 * subject of its own ("The army says it has killed dozens of smugglers and has carried out air strikes inside Syria",
 * "Turkey arrested 20 suspects and launched strikes on the YPG") takes the subject of the verb it hangs on (clauses.ts
 * hostOf: "and"/"but" before the verb group; a name between is a clause of its own). The light verb: a
 * `light_act_verb`, `relative_doer` or `wage_verb` cue ending at most three plain words before the noun (English).
 */
function coordinatedLightSubject(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  let c: CueSpan | undefined;
  for (const kind of ['relative_doer', 'light_act_verb', 'wage_verb'] as const)
    c ??= ctx.byKind.get(kind)?.find((x) => x.tok1 <= T.tok0 && T.tok0 - x.tok1 <= 3);
  if (!c) return undefined;
  for (let k = c.tok1; k < T.tok0; k++) if (ctx.inMention[k] || !toks[k]!.word) return undefined;
  // ("carried out": the particle after a light_act_verb)
  const h = hostOf(ctx, { tok0: c.tok0 });
  if (!h) return undefined;
  const g = hostSubject(ctx, h, true);
  return g?.length ? g : undefined;
}

/** nounArgs' result: the pair of a reciprocal noun, else its subject, and where its object is looked for. */
type NounArgs = { pairs: Group | undefined; subj: Group | undefined; objFrom: number };

/**
 * nounArgs: "between A and B" after the noun, the pair; undefined when there is none (split from nounArgs, branch
 * split28: each step compiles on its own).
 */
function betweenPair(ctx: Ctx, T: Trigger): NounArgs | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  // ("talks in Moscow on December 28 between A, B and C": a place and a date may come first)
  // (not a one-way act's own object: "غارة على معبر جوسية الحدودي بين سوريا ولبنان" struck the crossing, whose "between"
  // phrase places it; the two countries are no pair of the strike, diagnosis-batch22 §7 fix 2)
  const p0 = T.patterns[0]!;
  const ownObject = (prep: string) => !ctx.lex.symmetric.has(p0.relation) && p0.preps.includes(prep) && !PLACE_RELATIONS.has(p0.relation);
  const adjunct = (m: Mention) => {
    if (m.kind !== 'place') return false;
    const prep = prepOf(ctx, m);
    return !!prep && !ownObject(prep);
  };
  let hostSpan: [number, number] | undefined;
  const hosted = (m: Mention) => !!hostSpan && m.tok0 >= hostSpan[0] && m.tok1 <= hostSpan[1];
  for (let k = T.tok1; k < Math.min(s.tokens.length, T.tok1 + 10); k++) {
    if (BOUNDARY.has(s.tokens[k]!.text)) break;
    if (hasCue(ctx, k, 'hypothetical') || hasCue(ctx, k, 'speech') || hasCue(ctx, k, 'clause')) break;
    // ("محادثات استضافتها الصين بين A و B", "talks hosted by China between A and B": the host's clause is passed over)
    const hc = hostClauseEnd(ctx, k);
    if (hc > k) {
      hostSpan = [k, hc];
      k = hc - 1;
      continue;
    }
    if ((tokenMarks(ctx, k) & TOK_TRIGGER) !== 0 && s.triggers.some((x) => x !== T && x.tok0 === k)) break; // "talks on normalising relations between A and B": the inner word owns it
    const c = hasCue(ctx, k, 'between');
    if (c) {
      const i = firstMentionAfter(ms, c.tok1);
      // ("between President A and B": a title before the first name)
      // ("between the foreign ministers of A, B and C", `بين وزراء خارجية`: a role group before the first name, np28)
      const roleGroup = (a: number, b: number) => !!ctx.byKind.get('role_group')?.some((r) => r.tok0 <= a + 1 && r.tok1 >= b - 1 && ms[i]!.grouped);
      if (i >= 0 && (wordsBetween(s.tokens, c.tok1, ms[i]!.tok0).every((w) => w.norm === 'the') || onlyTitles(ctx, c.tok1, ms[i]!.tok0) || roleGroup(c.tok1, ms[i]!.tok0)) && ms.every((m, j) => j >= i || m.tok1 <= T.tok1 || adjunct(m) || hosted(m))) {
        let g = groupFrom(ms, i);
        // ("between Assad and the UN's relief chief, Martin Griffiths": a member named after its description, whose
        // possessor is no member: "Egypt's top official, Sameh Shoukry")
        const owner = g.length === 2 && isPossessive(ctx, g[1]!);
        const d = g.length === 1 || owner ? describedMember(ctx, g[0]!) : -1;
        if (d >= 0) g = [g[0]!, ms[d]!];
        if (g.length >= 2) return { pairs: g, subj: undefined, objFrom: g[g.length - 1]!.tok1 };
      }
      break;
    }
    if ((tokenMarks(ctx, k) & TOK_MENTION0) !== 0 && ms.some((m) => m.tok0 === k && !adjunct(m))) break;
    if (k - T.tok1 >= 6 && !s.dates.some((d) => d.start <= s.tokens[k]!.start && s.tokens[k]!.end <= d.end) && !ctx.inMention[k]) break;
  }
  return undefined;
}

/** nounArgs: the possessor right after the noun (زيارة الأسد, "the visit of X", a role group), mention nextI; undefined when it is none. */
function possessorAfter(ctx: Ctx, T: Trigger, nextI: number, gap: Token[]): NounArgs | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const m = ms[nextI]!;
  // "the visit of X" names the visitor; "a backer of X" names the one backed (the pattern's own preposition)
  const ofGap = gap.length === 1 && ((gap[0]!.norm === 'of' && (!T.patterns[0]!.preps.includes('of') || ctx.lex.symmetric.has(T.patterns[0]!.relation))) || gap[0]!.norm === 'by');
  // "the 28 December meeting in Moscow of the Russian, Turkish and Syrian defence ministers"
  // ("held a summit with the leaders of Russia and Iran": a group after "with" is the one met, not the noun's owner)
  const farOf = m.grouped && gap.length <= 6 && gap.some((t) => t.norm === 'of') && !gap.some((t) => t.norm === 'with');
  // "اجتماع وزراء خارجية روسيا وتركيا", "الاجتماع الذي عقده وزراء دفاع روسيا وسوريا": a role group owns the noun
  // (not past the noun's own preposition: "غارات على قادة «حراس الدين»" strikes the leaders, np30)
  const arGroup = ctx.lang === 'ar' && m.grouped && gap.length <= 4 && !hasBoundary(s.tokens, T.tok1, m.tok0) && !gap.some((t) => /^(علي|على|ضد)$/.test(t.norm) && T.patterns.some((q) => q.preps.includes(t.norm)));
  // ("عملية ضد «داعش»": a form that ends in its preposition has its object next, never a possessor)
  const ownPrep = ctx.lang === 'ar' && T.tok1 - T.tok0 > 1 && AR_PREP_TOKENS.has(s.tokens[T.tok1 - 1]!.norm);
  // ("هجوم حركة «حماس» على", "عمليات تنظيم «داعش»": a group's kind noun before its quoted name is the genitive's head, np28)
  const kindHead = ctx.lang === 'ar' && gap.length === 1 && cueWords(ctx.lex, 'group_noun').has(gap[0]!.norm) && /^[«"]/.test(s.tokens[m.tok0 - 1]?.text ?? '') && m.kind !== 'place' && m.kind !== 'person';
  if ((ctx.lang === 'ar' && (gap.length === 0 || arGroup || kindHead || adjectivesOf(ctx, T, m, gap)) && !PREP_CLITICS.test(m.clitics) && !T.suffix && !ownPrep) || (ctx.lang === 'en' && (ofGap || farOf || (m.grouped && gap.length <= 2)))) {
    const g = groupFrom(ms, nextI);
    if (actor(ctx.lex, g[0]!)) return { pairs: undefined, subj: g, objFrom: g[g.length - 1]!.tok1 };
  }
  return undefined;
}

/** nounArgs, Arabic: an indefinite attack noun's لـ-phrase (mention nextI) names its doer ("في هجوم لتنظيم «داعش» على مقر"). */
function attackDoerAfter(ctx: Ctx, T: Trigger, nextI: number, gap: Token[]): NounArgs | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const m = ms[nextI]!;
  // (the ل may sit on the group's head noun, "لتنظيم «داعش»", "لحركة «حماس»", or stand alone, "لـ«داعش»")
  // (or on the group's people, before its head noun or not: "هجوم لخلايا تنظيم «داعش» على", `لعناصر «الهيئة»`; np33)
  const headed = (gap.length === 1 && /^ل(ـ)?(تنظيم|حركه|جماعه|ميليشيا|ميليشيات|فصيل|مسلحي|عناصر|خلايا|خليه|مقاتلي)?$/.test(gap[0]!.norm)) || (gap.length === 2 && /^ل(خلايا|خليه|عناصر|مسلحي|مقاتلي)$/.test(gap[0]!.norm) && cueWords(ctx.lex, 'group_noun').has(gap[1]!.norm));
  // (a state's forces are its arm: "قصف لقوات النظام على", "غارات للطيران الروسي على", "هجوم للجيش التركي على", np28)
  const FORCE = /^و?لل?(قوات|جيش|طيران|مدفعيه|طايرات|مقاتلات|بحريه|وحدات)$/;
  // (an indefinite adjective of the noun may come first: "قصف مدفعي لقوات", "هجوم صاروخي للجيش")
  const adj = gap.length > 0 && /(ي|يه)$/.test(gap[0]!.norm) && !gap[0]!.norm.startsWith('ال') && gap[0]!.norm.length >= 4 ? 1 : 0;
  const fgap = gap.slice(adj);
  // (a bare state after لـ too, when the على / ضد object follows it at once: "غارة لإسرائيل على دمشق")
  const onNext = () => /^(علي|ضد)$/.test(s.tokens[m.tok1]?.norm ?? '') || /^عل(ي|ى)/.test(s.tokens[m.tok1]?.norm ?? '');
  const forces = (fgap.length === 1 && FORCE.test(fgap[0]!.norm) && m.via === 'demonym') || (fgap.length === 0 && /^و?ل$/.test(m.clitics) && (FORCE.test(s.tokens[m.tok0]!.norm) || (m.kind !== 'person' && onNext())));
  if ((headed || forces || (/^و?ل$/.test(m.clitics) && (gap.length === 0 || adjectivesOf(ctx, T, m, gap)))) && m.kind !== 'place' && (forces || actor(ctx.lex, m)?.kind !== 'country') && actor(ctx.lex, m)) {
    const g = groupFrom(ms, nextI).filter((x) => x.kind !== 'place');
    return { pairs: undefined, subj: g, objFrom: g[g.length - 1]!.tok1 };
  }
  return undefined;
}

/** nounArgs: the possessor right before the noun (a possessive, a demonym, "a US withdrawal"), or the speaker who voices a state's criticism. */
function possessorBefore(ctx: Ctx, T: Trigger): NounArgs | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const prevI = lastMentionBefore(ms, T.tok0);
  if (prevI < 0) return undefined;
  const m = ms[prevI]!;
  const gap = wordsBetween(s.tokens, m.tok1, T.tok0);
  // ("a US withdrawal", "the UN mediation": a country's name used as an adjective, right before the noun)
  const attributive = ctx.lang === 'en' && m.tok1 === T.tok0 && actor(ctx.lex, m)?.kind === 'country' && /^(a|an|the)$/.test(s.tokens[m.tok0 - 1]?.norm ?? '');
  const possessive = isPossessive(ctx, m) || m.via === 'demonym' || attributive;
  // ("Hussein … renewed Baghdad's criticism of Turkish strikes": a speaker who voices a state's criticism is its critic)
  // (criticism is a speech act of the one who voices it; support voiced stays the state's stance)
  const voiced = ctx.lang === 'en' && T.patterns[0]!.relation === 'criticized' && isPossessive(ctx, m) && cueWords(ctx.lex, 'renew_verb').has(nth(s.tokens, m.tok0 - 1)?.norm ?? '') ? voicedBy(ctx, m.tok0 - 1) : undefined;
  if (voiced?.length && gap.length <= 2) return { pairs: undefined, subj: voiced, objFrom: T.tok1 };
  if (gap.length <= (ctx.lang === 'en' ? 2 : 0) && (ctx.lang === 'ar' ? m.via === 'demonym' : possessive)) return { pairs: undefined, subj: groupTo(ms, prevI), objFrom: T.tok1 };
  return undefined;
}

/**
 * nounArgs, Arabic: `ولن تسمح إسرائيل لإيران بترسيخ وجودها العسكري في سوريا`: the one allowed, named with ل right before
 * the act of entrenching (cues.csv `entrench_word` with ب), owns the feminine-suffixed noun after it; bugs33.
 */
function allowedOwner(ctx: Ctx, T: Trigger): Mention | undefined {
  const toks = ctx.s.tokens;
  if (T.tok0 < 2 || !toks[T.tok0]!.norm.endsWith('ها') || !/^ب/.test(toks[T.tok0 - 1]!.norm) || !cueWords(ctx.lex, 'entrench_word').has(toks[T.tok0 - 1]!.norm)) return undefined;
  const m = ctx.s.mentions.find((x) => x.tok1 === T.tok0 - 1 && /ل/.test(x.clitics));
  const a = m && actor(ctx.lex, m);
  return a && a.kind === 'country' ? mentionOn(a, T, a.via) : undefined;
}

/** nounArgs, Arabic: the doer a suffix pronoun stands for (زيارته, دعمها): the last person (ه) or country (ها) named before it. */
function suffixDoer(ctx: Ctx, T: Trigger): NounArgs | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  const fem = s.tokens[T.tok0]!.norm.endsWith('ها');
  // ("تنشغل روسيا، الحليف الآخر لدمشق، بحربها في أوكرانيا", "صعّدت إسرائيل غاراتها على سوريا منذ بدء حربها": the doer of
  // an attack is a country that is no preposition's object, before one that is)
  // (so is the owner of a presence, `بانسحاب القوات الأمريكية من الأراضي السورية، وتصفان وجودها`; pred29)
  // (ref35: `لإسرائيل في حربها`, `تدعم X «قسد» في حربها`: the supported party owns the act of a support's adjunct)
  const supported = fem && T.patterns.some((q) => q.relation === 'attacked') ? supportedOwner(ctx, T) : undefined;
  if (supported) return { pairs: undefined, subj: [supported], objFrom: T.tok1 };
  if (fem && T.patterns.some((q) => q.relation === 'attacked' || q.relation === 'deployed_in'))
    for (let i = lastMentionBefore(ms, T.tok0); i >= 0; i--) {
      const a = actor(ctx.lex, ms[i]!);
      if (a && a.kind === 'country' && !prepOf(ctx, ms[i]!) && !/[بل]/.test(ms[i]!.clitics)) return { pairs: undefined, subj: [mentionOn(a, T, a.via)], objFrom: T.tok1 };
    }
  for (let i = lastMentionBefore(ms, T.tok0); i >= 0; i--) {
    const a = actor(ctx.lex, ms[i]!);
    if (a && (fem ? a.kind === 'country' : a.kind === 'person')) return { pairs: undefined, subj: [mentionOn(a, T, a.via)], objFrom: T.tok1 };
  }
  // ("ولم يعلّق الجيش الإسرائيلي على الغارات، وهو نادراً ما يعلّق على ضرباته": with no person before it, a masculine ه is
  // the clause subject named by a masculine head, `الجيش`, `حزب الله`, not a state carried from the sentence before)
  if (!fem)
    for (const m of ms) {
      if (m.tok1 > T.tok0) break;
      const a = actor(ctx.lex, m);
      const head = s.tokens[m.tok0]!.norm.replace(/^[وف]/, '');
      if (a && a.kind !== 'person' && m.via !== 'anaphor' && (m.via === 'descriptor' || a.kind !== 'country') && !prepOf(ctx, m) && !/(ات|ه)$/.test(head)) return { pairs: undefined, subj: [mentionOn(a, T, a.via)], objFrom: T.tok1 };
    }
  return undefined;
}

/** nounArgs: a noun in an adjunct ("during a phone call with X", "خلال اتصال هاتفي مع") has the clause's subject as its doer. */
function adjunctCaller(ctx: Ctx, T: Trigger): NounArgs | undefined {
  const { s } = ctx;
  const ms = s.mentions;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(a|an|the)$/.test(s.tokens[k]!.norm)) k--;
  const w = nth(s.tokens, k)?.norm.replace(/^و/, '');
  if (w && (/^(during|amid|خلال|اثناء)$/.test(w) || ((w === 'in' || w === 'في') && k < T.tok0 - (ctx.lang === 'en' ? 1 : 0) && T.patterns.some((q) => q.relation === 'phoned')))) {
    // (a passive's agent is the doer too: "The talks were prepared by X during a visit to Moscow")
    // ("The Pentagon said that Austin had …, in a call with X": the clause after "said that" is the caller's)
    let from = 0;
    if (ctx.lang === 'en') for (let j = k - 1; j > 0 && !from; j--) if (s.tokens[j]!.norm === 'that' && ctx.byKind.get('speech')?.some((c) => c.tok1 <= j && j - c.tok1 <= 4)) from = j + 1;
    const first = ms.find((m) => m.tok0 >= from && m.tok1 <= k && (!prepOf(ctx, m) || (ctx.lang === 'en' && prepOf(ctx, m) === 'by')) && !isPossessive(ctx, m) && actor(ctx.lex, m) && m.via !== 'demonym');
    if (first) return { pairs: undefined, subj: [first], objFrom: T.tok1 };
    // ("In a phone call with X on Monday, Y said …", "وفي اتصال هاتفي مع X، قال Y …": an adjunct that opens the sentence
    // belongs to the main clause after its comma, whose subject is the caller)
    const opening = fronted(ctx, k);
    if (opening) return { pairs: undefined, subj: opening, objFrom: T.tok1 };
  }
  return undefined;
}

/** nounArgs: is the noun governed by something between the light verb's subject `left` and it (another verb, a speech cue, an adjunct after a verb's objects)? */
function leftGovernedElsewhere(ctx: Ctx, T: Trigger, left: Group): boolean {
  const { s } = ctx;
  const end = left[left.length - 1]!.tok1;
  // "استضاف لافروف نظراءه …، في أول اجتماع رباعي", "hosted A and B in the first meeting of its kind":
  // a noun in an adjunct after a verb's objects names that verb's event, not a meeting of the objects
  {
    let k = T.tok0 - 1;
    while (k >= 0 && /^(اول|the|first|a|its)$/.test(s.tokens[k]!.norm)) k--;
    const w = s.tokens[k]?.norm;
    if ((w === 'في' || w === 'in') && s.triggers.some((x) => x.tok1 <= left[0]!.tok0 && x.patterns[0]!.pos === 'verb' && !hasBoundary(s.tokens, x.tok1, T.tok0)))
      return true;
  }
  // a relation word in between governs the noun: "threatened … a ground offensive", "اتفقت … على مواصلة الاجتماعات"
  // ("أرسلت طائرات محمّلة بالمساعدات إلى X": a verb of sending is the light verb of the aid it sends)
  const sends = T.patterns[0]!.relation === 'supported' && ctx.lang === 'ar';
  if (s.triggers.some((x) => x !== T && x.tok0 >= end && x.tok1 <= T.tok0 && x.patterns[0]!.pos === 'verb' && !ctx.inRelative[x.tok0] && !auxiliary(ctx, x) && !(sends && x.patterns[0]!.relation === 'sent_envoy')))
    return true;
  if (ctx.byKind.get('speech')?.some((c) => c.tok0 >= end && c.tok1 <= T.tok0)) return true;
  // ("بحث A ونظيره B في اتصال هاتفي التصعيد العسكري في حلب": the topic of a discussion verb before its subject is no
  // act of those who discuss it)
  if (T.patterns[0]!.relation !== 'met' && s.triggers.some((x) => x.tok1 <= left[0]!.tok0 && x.patterns[0]!.pos === 'verb' && !!ctx.cueAt.get(x.tok0)?.cues.some((c) => c.kind === 'topic') && !hasBoundary(s.tokens, x.tok1, T.tok0)))
    return true;
  // "قال بوتين لضيفه إن المنطقة تشهد ميلاً نحو التصعيد": the speaker (or addressee) of a speech is not the subject of a
  // bare noun in what is said
  if (ctx.lang === 'ar' && !T.suffix && !/(ها|هم|هما)$/.test(s.tokens[T.tok1 - 1]!.norm) && complementizerBetween(s, end, T.tok0) && ctx.byKind.get('speech')?.some((c) => c.tok1 <= left[0]!.tok0)) return true;
  return false;
}

/** English subordinators that open another clause after a comma (", after X visited …"). */
const SUBORDINATOR = new Set(['after', 'before', 'when', 'while', 'as', 'following', 'because', 'although', 'though', 'until', 'whereas']);
/** Is there a comma followed by a subordinator between tokens a and b? */
function subordinateBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (tokens[k]!.text === ',' && SUBORDINATOR.has(tokens[k + 1]!.norm)) return true;
  return false;
}

/** `بانسحابها`, `بخروجه`: a demanded leaving whose doer is told by a pronoun suffix (the owner named before). */
export function ownerLeaving(ctx: Ctx, k: number): boolean {
  const toks = ctx.s.tokens;
  // (past a date: "وتطالب دمشق أمس بخروجهم")
  while (k < toks.length && ctx.s.dates.some((d) => toks[k]!.start >= d.start && toks[k]!.end <= d.end)) k++;
  const w = (i: number) => nth(toks, i)?.norm ?? '';
  const suffix = /(ها|ه|هم|هما)$/;
  // (an intransitive leaving only: "بسحب قواتها" may be the one urged's own forces, "وتطالب واشنطن بسحب قواتها")
  return /^ب?(انسحاب|خروج|رحيل)/.test(w(k)) && suffix.test(w(k)) && !/^ب?(انسحاب|خروج|رحيل)$/.test(w(k));
}

/** A medium named right after a verb of carrying remarks (`نقلته وكالة «سانا»`, "carried by SANA", cues.csv `carry_verb`). */
function carrierOf(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  let k = m.tok0 - 1;
  while (k >= 0 && !toks[k]!.word) k--;
  if (cueWords(ctx.lex, 'carrier_word').has(toks[k]?.norm ?? '')) k--;
  if (toks[k + 1]?.norm === 'by' && /^(agency|newspaper|channel)$/.test(toks[k]?.norm ?? '')) k--;
  while (k >= 0 && /^(news|state|the)$/.test(toks[k]!.norm)) k--;
  return k >= 0 && hasCueWord(ctx.lex, 'carry_verb', toks[k]!.norm);
}

/** m is a state named by one of its bodies (a `state_head` word in it, no `place_head`) right after في/"in (the)": membership, no place (slot31). */
function armyMembership(ctx: Ctx, m: Mention): boolean {
  if (m.kind === 'place') return false;
  const toks = ctx.s.tokens;
  const k = toks[m.tok0 - 1]?.norm === 'the' ? m.tok0 - 2 : m.tok0 - 1;
  if (!/^(في|in)$/.test(toks[k]?.norm ?? '')) return false;
  return stateBody(ctx, m);
}

/**
 * The place named right after a controller inside a locative control phrase (`في مناطق سيطرة «قسد» شمال شرق سوريا`,
 * `بريف الحسكة`; "in SDF-held areas of northeastern Syria"), else undefined (slot31).
 */
function controlledPlaceAfter(ctx: Ctx, m: Mention): Mention | undefined {
  const toks = ctx.s.tokens;
  let k: number;
  if (ctx.lang === 'ar') {
    let j = m.tok0 - 1;
    if (toks[j]?.text === '«' || toks[j]?.text === '"') j--;
    if (toks[j]?.norm !== 'سيطره' || !/^[وفب]?(ب|ل)?(مناطق|منطقه|المناطق)$/.test(toks[j - 1]?.norm ?? '')) return undefined;
    // (a locative only, where something else was struck: `منشآت في مناطق سيطرة X`; `قصف مناطق سيطرة X` hits X)
    if (toks[j - 2]?.norm !== 'في' && !/^[وف]?ب/.test(toks[j - 1]!.norm)) return undefined;
    k = m.tok1;
    if (/^(»|"|\))$/.test(toks[k]?.text ?? '')) k++;
    if (toks[k]?.norm === 'في') k++;
  } else {
    if (toks[m.tok1]?.text !== '-' || !/^(held|controlled|run)$/.test(toks[m.tok1 + 1]?.norm ?? '') || !/^(areas?|territory|territories|regions?|parts)$/.test(toks[m.tok1 + 2]?.norm ?? '')) return undefined;
    // (a locative only: "facilities in SDF-held areas of X"; "strikes on SDF-held areas" hit the SDF, corpus gold)
    if (toks[m.tok0 - 1]?.norm !== 'in') return undefined;
    k = m.tok1 + 3;
    if (!/^(of|in)$/.test(toks[k]?.norm ?? '')) return undefined;
    k++;
    if (toks[k]?.norm === 'the') k++;
  }
  const x = ctx.s.mentions.find((y) => y.tok0 === k && (y.kind === 'place' || y.kind === 'country') && y.via !== 'anaphor');
  if (!x || isPossessive(ctx, x)) return undefined;
  return x.kind === 'place' ? x : actor(ctx.lex, x)?.kind === 'country' ? x : undefined;
}
