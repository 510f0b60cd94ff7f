/** Stage: relation triggers (verbs and nouns of the pattern files), cue words, and the raw name and title matches of every sentence. */
import type { CueSpan, Doc, Sentence, Trigger } from './doc.ts';
import { givenNames, hasCueWord, type Cue, type Lexicon, type Surface, type Title } from './lexicon.ts';
import { matchCategories, matchTokens, type Match } from './match.ts';
import { mapped } from './packed.ts';
import type { Token } from './normalise.ts';

/**
 * English verb groups: an adverb between the auxiliary and the verb of a pattern ("was still fighting", "has also
 * hosted") is passed over (grammar words; slot35, diagnosis-batch30 #2).
 */
const EN_VERB_GROUP = {
  suffixes: true,
  adverbs: new Set(['still', 'also', 'now', 'already', 'reportedly', 'currently', 'again', 'repeatedly']),
  auxiliaries: new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been']),
};

export function findTriggers(doc: Doc, lex: Lexicon): Doc {
  const sentences = mapped(doc.sentences, (s) => {
    // names, cues and titles in one pass of the combined trie
    const [names, cueMatches, titles] = matchCategories(s.tokens, lex.wordTrie, 3) as [Match<Surface>[], Match<Cue>[], Match<Title>[]];
    const triggers: Trigger[] = [];
    // (cues.csv `idiom`: a phrase whose relation word is none, `بحثاً عن` "in search of"; pred31)
    let idioms: Match<Cue>[] | undefined;
    for (const m of cueMatches) if (m.values.some((c) => c.kind === 'idiom')) (idioms ??= []).push(m);
    for (const m of matchTokens(s.tokens, lex.triggerTrie, doc.article.lang === 'en' ? EN_VERB_GROUP : { suffixes: true })) {
      if (idioms && idioms.some((c) => c.tok0 <= m.tok0 && m.tok0 < c.tok1)) continue;
      // ("تل رفعت", Tal Rifaat, is no verb رفعت "raised", "عين عيسى" no verb عين: a trigger inside a longer name match is part
      // of the name, no trigger; bugs45)
      if (insideName(names, m.tok0, m.tok1)) continue;
      // verbs take no prepositional proclitic (بحث is not ب + حث); nouns do (بانسحاب)
      let patterns = /[بلك]/.test(m.clitics) ? m.values.filter((p) => p.pos === 'noun') : m.values;
      // nor the article: "الدفع" is the noun (pushing), not the verb دفع ("التقى" keeps its own ال)
      const w = s.tokens[m.tok0]!;
      if (w.arabic && w.norm.startsWith('ال', m.clitics.length) && patterns.some((p) => p.pos === 'verb')) patterns = patterns.filter((p) => p.pos === 'noun' || p.withArticle);
      // a feminine verb with a suffix pronoun right before لـ is the verbal noun with its owner: "أكدت X إدانتها للهجوم"
      // (إدانة + ها, its condemnation of the attack), not أدانت + ها (the verb's object is the pronoun, so no لـ follows)
      if (m.suffix && w.arabic && m.tok1 === m.tok0 + 1 && patterns.some((p) => p.pos === 'verb') && /ت(ها|ه|هم|هما)$/.test(w.norm) && masdarObject(s.tokens, m.tok1))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // a verb takes no first-person ي (its object "me" is ني): "اجتماع تشاوري" is the nisba adjective of a consultative
      // meeting, not تشاور + ي (solo56)
      if (m.suffix && w.arabic && m.tok1 === m.tok0 + 1 && w.norm.endsWith('ي') && !w.norm.endsWith('ني') && patterns.some((p) => p.pos === 'verb'))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // a word right after a separate preposition is no finite verb (`تزامنت الغارات مع قصف مدفعي لقوات النظام`, `عقب قصف`):
      // its noun reading when it has one (not after منذ/قبل/بعد, which may open a clause: `منذ بدأت`), np31
      if (w.arabic && !m.clitics && m.tok0 > 0 && AR_PREP_BEFORE_NOUN.has(s.tokens[m.tok0 - 1]!.norm) && patterns.some((p) => p.pos === 'noun') && patterns.some((p) => p.pos === 'verb'))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // ("فيصل" is no ف + يصل: a word that is a given name of the lexicon's people is not split into a proclitic and a trigger)
      if (m.clitics && w.arabic && m.tok1 === m.tok0 + 1 && givenNames(lex).has(w.norm)) continue;
      // ("أبو طالب" is a kunya, no "father demanded": a verb right after a kunya word is the name's second half)
      if (w.arabic && !m.clitics && patterns.some((p) => p.pos === 'verb') && afterKunya(lex, s.tokens, m.tok0)) patterns = patterns.filter((p) => p.pos === 'noun');
      // ("retaliated by shelling army positions", "responded by bombing X": an English -ing form after "by" with an object
      // of its own is the gerund, a verb; "killed by shelling from/in/on …" stays the agent noun; ref31)
      if (!w.arabic && m.tok1 === m.tok0 + 1 && w.norm.endsWith('ing') && s.tokens[m.tok0 - 1]?.norm === 'by' && patterns.some((p) => p.pos === 'verb') && patterns.some((p) => p.pos === 'noun') && gerundObject(s.tokens, m.tok1))
        patterns = patterns.filter((p) => p.pos === 'verb');
      // ("hundreds of strikes on Syria", "a series of attacks on": no finite verb right after "of"; its noun reading, np32)
      if (!w.arabic && m.tok0 > 0 && s.tokens[m.tok0 - 1]!.norm === 'of' && patterns.some((p) => p.pos === 'noun') && patterns.some((p) => p.pos === 'verb'))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // ("any attack on its troops", "Israel's repeated strikes on", "the strikes came", "two dozen attacks on", "a rocket
      // attack on": no finite verb after a determiner, a quantifier or a possessive, past one modifier; its noun reading, slot33;
      // "if Israeli strikes on Gaza continue", "Israel's continuing strikes on", "Israel's near-daily strikes on": after a
      // demonym of the lexicon with on/against right after it, or after a possessive and one modifier, it is the noun, not a
      // verb whose subject is the clause's speaker; att41)
      if (!w.arabic && m.tok0 > 0 && patterns.some((p) => p.pos === 'noun') && patterns.some((p) => p.pos === 'verb') && enNounSlot(s.tokens, m.tok0, m.tok1, names))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // ("continued US support for the YPG", "Russian backing for Damascus": a word with both readings whose next word is
      // "for", a preposition its noun takes and no verb reading does, is the noun owned by the name before it; pred38)
      if (!w.arabic && m.tok0 > 0 && s.tokens[m.tok1]?.norm === 'for' && patterns.some((p) => p.pos === 'noun' && p.preps.includes('for')) && patterns.some((p) => p.pos === 'verb') && !patterns.some((p) => p.pos === 'verb' && p.preps.includes('for')))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // ("a threatened Turkish offensive", "the proposed visit": an English -ed form right after an article is an adjective,
      // no finite verb; slot32)
      if (!w.arabic && w.norm.endsWith('ed') && /^(a|an|the)$/.test(s.tokens[m.tok0 - 1]?.norm ?? '') && patterns.some((p) => p.pos === 'verb'))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // ("a drone attack by HTS on army positions", "an Israeli strike on", "the attack by IS on": a word with both readings
      // right after an article, or after an article and one word, with "by", "on" or "against" right after it is the noun;
      // np33)
      if (!w.arabic && m.tok0 > 0 && /^(by|on|against)$/.test(s.tokens[m.tok1]?.norm ?? '') && patterns.some((p) => p.pos === 'noun') && patterns.some((p) => p.pos === 'verb') && (/^(a|an|the)$/.test(s.tokens[m.tok0 - 1]!.norm) || (/^(a|an|the)$/.test(s.tokens[m.tok0 - 2]?.norm ?? '') && s.tokens[m.tok0 - 1]!.word)))
        patterns = patterns.filter((p) => p.pos === 'noun');
      // ("Damascus has long demanded the withdrawal of Turkish troops in …": has/have/had before a past participle, past an
      // adverb, is the perfect's auxiliary, not the possession verb "has troops in"; slot32)
      if (!w.arabic && m.tok1 === m.tok0 + 1 && /^(has|have|had)$/.test(w.norm) && perfectAux(s.tokens, m.tok1)) continue;
      if (!patterns.length) continue;
      triggers.push({ tok0: m.tok0, tok1: m.tok1, start: m.start, end: m.end, patterns, clitics: m.clitics, suffix: m.suffix });
    }
    const cues: CueSpan[] = [];
    for (const m of cueMatches) {
      const values = misreadCue(s, m);
      if (values.length) cues.push({ tok0: m.tok0, tok1: m.tok1, start: m.start, end: m.end, cues: values, clitics: m.clitics });
    }
    // the fields of segment()'s sentence, spelt out (a spread of the whole object is a hot spot)
    const out: Sentence = { index: s.index, start: s.start, end: s.end, tokens: s.tokens, mentions: s.mentions, triggers, cues, dates: s.dates, names, titles, offices: s.offices };
    return out;
  });
  return { ...doc, sentences };
}

/** The values of a cue match, less two misreadings (bugs45): `بعدما` ("after", the conjunction) is no negation عدم + ا,
 *  and a word inside a date ("May 10") is no modal "may" (hypothetical). */
function misreadCue(s: Sentence, m: Match<Cue>): Cue[] {
  let values = m.values;
  if (m.tok1 === m.tok0 + 1 && values.some((c) => c.kind === 'negation') && /^[وف]?بعدما$/.test(s.tokens[m.tok0]!.norm)) values = values.filter((c) => c.kind !== 'negation');
  if (s.dates.length && values.some((c) => c.kind === 'hypothetical') && s.dates.some((d) => d.start <= m.start && m.end <= d.end)) values = values.filter((c) => c.kind !== 'hypothetical');
  return values;
}

/** Does a name match longer than tok0..tok1 hold it (bugs45)? */
function insideName(names: readonly Match<Surface>[], tok0: number, tok1: number): boolean {
  for (const n of names) if (n.tok0 <= tok0 && tok1 <= n.tok1 && tok1 - tok0 < n.tok1 - n.tok0) return true;
  return false;
}

/** Separate Arabic prepositions (normalised) after which a word is a noun, never a finite verb. */
const AR_PREP_BEFORE_NOUN: ReadonlySet<string> = new Set(['مع', 'ومع', 'في', 'على', 'علي', 'من', 'الى', 'الي', 'خلال', 'اثر', 'عقب', 'جراء', 'ضد', 'حول', 'عبر', 'لدى', 'لدي', 'بسبب', 'اثناء']);

/** The word after tok is a لـ object of a verbal noun: `للهجوم`, `لـ«داعش»` (not `لأن`, the conjunction). */
function masdarObject(tokens: readonly Token[], tok: number): boolean {
  let k = tok;
  while (k < tokens.length && !tokens[k]!.word) k++;
  const t = tokens[k];
  if (!t || !t.arabic) return false;
  return t.norm.startsWith('لل') || t.norm === 'ل';
}

/** The word before tok (past punctuation: `بـ«أبو طالب»`) is a kunya word (cues.csv `kunya`: أبو). */
function afterKunya(lex: Lexicon, tokens: readonly Token[], tok: number): boolean {
  let k = tok - 1;
  while (k >= 0 && !tokens[k]!.word) k--;
  return k >= 0 && hasCueWord(lex, 'kunya', tokens[k]!.norm);
}

/** Words after an English -ing form that show it has no object of its own (a noun's preposition, a relative, a conjunction). */
const NO_OBJECT = /^(of|from|in|on|at|near|into|across|by|with|that|which|who|and|or|but|as|since|after|before|during|for|to)$/;

/** Does the token at tok begin an object of a gerund (a word, not a preposition, relative or conjunction)? */
function gerundObject(tokens: readonly Token[], tok: number): boolean {
  const t = tokens[tok];
  return !!t && t.word && !NO_OBJECT.test(t.norm);
}

const EN_ADVERB = /^(long|already|also|not|never|since|just|repeatedly|recently|still|now|previously|ever|often|twice|once|yet)$|ly$/;
const EN_PARTICIPLE = /^(been|met|held|sent|made|taken|given|said|told|struck|hit|kept|built|won|led|seen|done|begun|become|brought|fought|shot|spoken|sought|put|set|left|lost|found|thrown|paid|chosen|broken|drawn|written|known)$/;

/** The word after tok, past adverbs, is an English past participle: the word before is the perfect's auxiliary (slot32). */
function perfectAux(tokens: readonly Token[], tok: number): boolean {
  let k = tok;
  while (k < tokens.length && k - tok < 3 && EN_ADVERB.test(tokens[k]!.norm) && !EN_PARTICIPLE.test(tokens[k]!.norm)) k++;
  const w = tokens[k]?.norm ?? '';
  return (w.endsWith('ed') && w.length > 3) || EN_PARTICIPLE.test(w);
}

/** Words after which an English word is a noun, never a finite verb: determiners, possessive pronouns, quantifiers; not a
 *  bare number ("IS claimed 153 attacks in" keeps the verb reading its claim reader wants; slot33). */
const EN_DETERMINER = /^(a|an|the|any|every|each|no|its|their|his|her|our|this|these|those|such|more|many|several|some|few|fewer|further|dozen|dozens|hundreds|thousands|scores)$/;
/** Words that open a noun phrase whose second word may be a modifier ("a rocket attack", "any such attack"). */
const EN_ARTICLE_ONE = /^(a|an|any|every|each|such|no)$/;

/** Modifiers between a possessive and its noun ("Israel's continuing strikes", "near-daily", "recent", "renewed"). */
const EN_POSS_MODIFIER = /^[a-z]+(-[a-z]+)?$/;
const EN_POSS_MODIFIER_WORD = /(ing|ed|ly|ent|est)$|-/;
const EN_POSSESSIVE = /['’]s$/i;

/** Is the English word at tok0..tok1 in a noun slot: after a determiner or a possessive ("Israel's"), or after one modifier
 *  ("repeated", "rocket") that itself follows a determiner or a possessive (slot33)? Or, by its left edge (att41), after
 *  a capitalised demonym of the lexicon (countries.csv/entities `demonyms_en`: "Israeli", "Turkish", "French") with
 *  on/against right after it, or after a possessive and one modifier (an -ing/-ed/-ly word, "recent", a hyphen compound)? */
function enNounSlot(tokens: readonly Token[], tok0: number, tok1: number, names: readonly Match<Surface>[]): boolean {
  const p = tokens[tok0 - 1]!;
  if (!p.word) return false;
  if (EN_DETERMINER.test(p.norm) || EN_POSSESSIVE.test(p.text)) return true;
  if (p.cap) return /^(on|against)$/.test(tokens[tok1]?.norm ?? '') && names.some((n) => n.tok1 === tok0 && n.values.some((v) => v.via === 'demonym'));
  const q = tokens[tok0 - 2];
  if (!q) return false;
  // a hyphen compound split into words ("near-daily": near, -, daily) after a possessive
  if (!q.word) return q.text === '-' && !!tokens[tok0 - 3]?.word && !tokens[tok0 - 3]!.cap && !!tokens[tok0 - 4] && EN_POSSESSIVE.test(tokens[tok0 - 4]!.text);
  if (EN_ARTICLE_ONE.test(q.norm)) return true;
  if (!EN_POSSESSIVE.test(q.text)) return p.norm.endsWith('ed') && EN_DETERMINER.test(q.norm);
  return p.norm.endsWith('ed') || (EN_POSS_MODIFIER.test(p.text) && EN_POSS_MODIFIER_WORD.test(p.text));
}
