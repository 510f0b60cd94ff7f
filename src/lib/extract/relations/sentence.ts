/** Relations: per-sentence preparation (attribution, triggers dropped before the frames). */
import { cueHas, type CueSpan, type Mention, type Sentence, sentenceWith, type Trigger, triggerWith } from '../doc.ts';
import { cueWords, type Lexicon, type Pattern } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import { mapped } from '../packed.ts';
import { actor, type Ctx, cueKinds, firstMentionAfter, lastMentionBefore, prepOf, QAD, wordsBetween } from './ctx.ts';
import { spokenSubjectAr } from './anaphora.ts';
import { relativeOpen } from './clauses.ts';

/** Attribution of a sentence: the source named next to a speech verb, or a 'sources' phrase. */
export function attribution(ctx: Ctx, prev: string | undefined): { text: string | undefined; speaker: Mention | undefined } {
  const { s } = ctx;
  const ms = s.mentions;
  for (const c of s.cues) {
    const kinds = cueKinds(c);
    if (!kinds.has('speech') && !kinds.has('according')) continue;
    // (ref43: a speech word read past a ب/ل proclitic is a verbal noun, `لنقل الأسلحة` "to move weapons", no speech verb:
    // a finite Arabic speech verb takes none, `وقال`, `فأكد`)
    if (ctx.lang === 'ar' && !kinds.has('according') && c.clitics && /[بل]/.test(c.clitics)) continue;
    const after = firstMentionAfter(ms, c.tok1);
    const before = lastMentionBefore(ms, c.tok0);
    let m: Mention | undefined;
    const afterM = after >= 0 && wordsBetween(s.tokens, c.tok1, ms[after]!.tok0).length === 0 ? ms[after] : undefined;
    let beforeM = !kinds.has('according') && before >= 0 && wordsBetween(s.tokens, ms[before]!.tok1, c.tok0).length <= 1 ? ms[before] : undefined;
    // ("recalled its chargé d'affaires from Ankara and said …": a preposition's object is no speaker)
    if (beforeM && ctx.lang === 'en' && wordsBetween(s.tokens, beforeM.tok1, c.tok0).length === 1 && prepOf(ctx, beforeM)) beforeM = undefined;
    // ("Moscow, which backs Assad, said": the name before the relative clause or apposition speaks, not the one closing it)
    if (beforeM && ctx.lang === 'en' && ctx.inRelative[beforeM.tok0]) {
      const k = relativeOpen(ctx, beforeM.tok0);
      beforeM = ms.find((x) => x.tok1 === k - 1 && s.tokens[k - 1]!.text === ',');
    }
    // ("The SDF, in which the YPG is the main fighting force, said": a relative clause that ends in no name closes right
    // before the verb; the name before it speaks; bugs42b)
    if (!beforeM && ctx.lang === 'en' && c.tok0 > 0 && ctx.inRelative[c.tok0 - 1] && s.tokens[c.tok0 - 1]!.text === ',') {
      const k = relativeOpen(ctx, c.tok0 - 1);
      // (the name may close with its abbreviation in brackets: "The Syrian Democratic Forces (SDF), in which …, said")
      let e = k - 1;
      while (e > 0 && /^[)"”»]$/.test(s.tokens[e - 1]!.text)) e--;
      if (s.tokens[k - 1]?.text === ',') beforeM = ms.find((x) => x.tok1 === e);
    }
    // (ref43: an Arabic speech verb opening a coordinated clause after a comma, `…، وتقول إنها لن تسمح`, has the first
    // clause's subject — the sentence's first actor behind no preposition — not the name that closes that clause)
    if (ctx.lang === 'ar' && !afterM && beforeM && /^[وف]/.test(s.tokens[c.tok0]!.norm) && /^[,،]$/.test(s.tokens[c.tok0 - 1]?.text ?? '')) beforeM = firstFreeActor(ctx, c.tok0);
    // Arabic puts the speaker after the verb (قال لافروف); English before it (Lavrov said), "according to X" after
    m = ctx.lang === 'ar' || kinds.has('according') ? (afterM ?? beforeM) : (beforeM ?? afterM);
    if (m) return { text: (actor(ctx.lex, m) ?? m).entity, speaker: m };
    // sources phrase near the verb
    const src = s.cues.find((x) => cueHas(x, 'sources') && (Math.abs(x.tok0 - c.tok1) <= 3 || Math.abs(c.tok0 - x.tok1) <= 3));
    if (src) {
      const anaphoric = /^(ال|the )/.test(ctx.doc.article.text.slice(src.start, src.end).toLowerCase()) && prev;
      if (anaphoric) return { text: prev, speaker: undefined };
      let a = src.tok0;
      let b = src.tok1;
      if (ctx.lang === 'ar') {
        while (b < s.tokens.length && b - src.tok1 < 3 && s.tokens[b]!.word && s.tokens[b]!.arabic && /^ال|يه$|ي$/.test(s.tokens[b]!.norm) && !cueHas(ctx.cueAt.get(b), 'speech')) b++;
      } else {
        while (a > 0 && src.tok0 - a < 3 && s.tokens[a - 1]!.word && !ctx.cueAt.has(a - 1) && !['the', 'a', 'to', 'according'].includes(s.tokens[a - 1]!.norm) && !ms.some((x) => x.tok1 === a)) a--;
      }
      return { text: ctx.doc.article.text.slice(s.tokens[a]!.start, s.tokens[b - 1]!.end), speaker: undefined };
    }
    if (prev) return { text: prev, speaker: undefined };
  }
  return { text: undefined, speaker: undefined };
}

/** The sentence's first actor before token k behind no preposition, no demonym, outside a relative clause (ref43). */
export function firstFreeActor(ctx: Ctx, k: number): Mention | undefined {
  for (const m of ctx.s.mentions) {
    if (m.tok1 > k) break;
    if (prepOf(ctx, m) || m.via === 'demonym' || ctx.inRelative[m.tok0]) continue;
    const a = actor(ctx.lex, m);
    if (a && a.kind !== 'place') return m;
  }
  return undefined;
}

/**
 * "أدانت الغارات الإسرائيلية", "تدين الهجمات": an act of another relation right after a verb that is not about
 * organs (a condemnation, a threat) is that verb's object, not its subject; state organs (القوات) stay subjects, except
 * after a verb of verdict (cues.csv `verdict`), whose object is the presence judged.
 */
function actOfOther(T: Trigger, V: Trigger): boolean {
  // (a verdict verb's object is the presence it judges: `ووصفت الوجود التركي … بالاحتلال` tells the presence too; pred29)
  if (V.patterns.some((p) => p.requires === 'verdict')) return true;
  const rel = V.patterns[0]!.relation;
  return T.patterns.every((p) => p.relation !== rel && p.relation !== 'deployed_in');
}

/**
 * "قصفت القوات السورية …", "struck … ": a state organ right after a verb (VSO) is that verb's
 * subject, not an event of its own (the deployed_in reading of "القوات").
 */
export function withoutSubjectNouns(s: Sentence): Sentence {
  // cheap test first: most sentences have no noun-only trigger at all
  if (!s.triggers.some((T) => T.patterns.every((p) => p.pos === 'noun'))) return s;
  const drop = s.triggers.filter(
    (T) =>
      T.patterns.every((p) => p.pos === 'noun') &&
      s.cues.some((c) => c.tok0 === T.tok0 && cueHas(c, 'state_head')) &&
      s.triggers.some((V) => V.tok1 === T.tok0 && V.patterns[0]!.pos === 'verb' && !actOfOther(T, V)),
  );
  return drop.length ? sentenceWith(s, s.mentions, s.triggers.filter((T) => !drop.includes(T)), s.cues) : s;
}

/**
 * "فيصل المقداد" is no "يصل" (arrives): a trigger inside a person's or group's name is part of the
 * name; "legitimate targets" is no attack (the phrase is read by declaredTargets).
 */
function inNameOrPhrase(s: Sentence, T: Trigger): boolean {
  for (const m of s.mentions) if (m.tok0 <= T.tok0 && T.tok1 <= m.tok1 && m.via !== 'anaphor' && m.kind !== 'place' && m.kind !== 'country') return true;
  for (const c of s.cues) if (c.tok0 <= T.tok0 && T.tok1 <= c.tok1) for (const x of c.cues) if (x.kind === 'declared_target' || (x.kind === 'retribution' && !x.value)) return true;
  return false;
}

export function withoutTriggersInNames(s: Sentence): Sentence {
  for (const T of s.triggers) if (inNameOrPhrase(s, T)) return sentenceWith(s, s.mentions, s.triggers.filter((x) => !inNameOrPhrase(s, x)), s.cues);
  return s;
}

/** Is pattern p's `requires` cue (if any) in sentence s, starting within ten words after trigger T? */
export function requiresMet(s: Sentence, T: Trigger, p: Pattern): boolean {
  if (p.requires && participleComplement(s, T)) return false;
  return !p.requires || s.cues.some((c) => c.tok0 >= T.tok1 && c.tok0 - T.tok1 <= 10 && c.cues.some((k) => p.requires === k.kind));
}

/**
 * `القوات التركية و«الجيش الوطني» الموالي لها مواقع …`, `الفصائل التابعة له`, `فصائل موالية لها`: a possessive `لها`/`له` right after a
 * definite word that is no name, or an affiliation participle, is that participle's or noun's complement, never the verb "has" of a clause of its own (whose
 * subject would be carried in and take the place of another's positions; diagnosis-batch26 §4 #112–113).
 */
function participleComplement(s: Sentence, T: Trigger): boolean {
  const k = T.tok0 - 1;
  const t = s.tokens[T.tok0];
  if (!t?.arabic || T.tok1 !== T.tok0 + 1 || !/^(له|لها|لهم|لهما)$/.test(t.norm) || !/^(ال|موال|تابع|مقرب|حليف)/.test(s.tokens[k]?.norm ?? '')) return false;
  return !s.mentions.some((m) => m.tok0 <= k && k < m.tok1);
}

/**
 * "held the US responsible", "حمّل … المسؤولية", "keeps troops in": a trigger whose patterns all need a cue
 * is no relation word (nor an auxiliary governing a noun, "plan to hold meetings") without that cue after it.
 */
export function withoutUnmetRequires(s: Sentence): Sentence {
  const met = (T: Trigger, p: Pattern) => requiresMet(s, T, p);
  // (a word of two requiring readings, `سحبت` + troops or + `سفيرها`, is read by the one whose cue is there)
  const unmet = (T: Trigger) => T.patterns.every((p) => p.requires) && !T.patterns.some((p) => met(T, p));
  const mixed = (T: Trigger) => T.patterns.every((p) => p.requires) && T.patterns.some((p) => !met(T, p)) && T.patterns.some((p) => met(T, p));
  // (a word with a requiring reading and a plain one, `حذّر X من أي عملية` urged / `حذّر من أن` threatened, loses the
  // requiring reading without its cue, whatever path reads it; pred31)
  const partial = (T: Trigger) => T.patterns.some((p) => !p.requires) && T.patterns.some((p) => p.requires && !met(T, p));
  // (a discussion held by phone, `بحث X هاتفياً مع Y`, "discussed … by phone with": the met phoned reading drops the plain
  // met one, gold rule 19a; rule19)
  const byPhone = (T: Trigger) => T.patterns.some((p) => p.relation === 'phoned' && p.requires && met(T, p)) && T.patterns.some((p) => p.relation === 'met' && !p.requires);
  // (forces pushed, `دفعت X بتعزيزات إلى P`: a met reading whose cue is the verb's own object drops every other reading of
  // the word, the plain urged `دفع X إلى` included; bugs36)
  // (patterns.*.csv: a requires cell ending in `!`)
  const exclusive = (T: Trigger) => T.patterns.length > 1 && T.patterns.some((p) => !!p.requires && !!p.exclusive && met(T, p));
  if (!s.triggers.some((T) => unmet(T) || mixed(T) || partial(T) || byPhone(T) || exclusive(T))) return s;
  const triggers = mapped(s.triggers.filter((T) => !unmet(T)), (T) =>
    exclusive(T)
      ? triggerWith(T, T.patterns.filter((p) => !!p.requires && !!p.exclusive && met(T, p)))
      : byPhone(T) ? triggerWith(T, T.patterns.filter((p) => p.relation !== 'met' && (!p.requires || met(T, p)))) : mixed(T) || partial(T) ? triggerWith(T, T.patterns.filter((p) => !p.requires || met(T, p))) : T,
  );
  return sentenceWith(s, s.mentions, triggers, s.cues);
}

/** The word after an English "have" that makes it an auxiliary: an adverb, a participle ("have regularly struck", "has been"). */
const AUXILIARY_NEXT = /(ly|ed|en)$|^(been|not|kept|held|struck|fought|sent|hit|built|set|begun|made|taken|won|lost|brought|met|led|left|told|said)$/;

/**
 * "Russian warplanes have regularly struck positions in the desert", "attacks have continued across the province": an
 * English "have" before an adverb or a participle is the auxiliary, no presence verb ("has troops in", patterns.en.csv).
 */
export function withoutAuxiliaryHave(s: Sentence): Sentence {
  const aux = (T: Trigger) =>
    T.tok1 === T.tok0 + 1 && /^(have|has|had)$/.test(s.tokens[T.tok0]!.norm) && AUXILIARY_NEXT.test(s.tokens[T.tok1]?.norm ?? '');
  return s.triggers.some(aux) ? sentenceWith(s, s.mentions, s.triggers.filter((T) => !aux(T)), s.cues) : s;
}

/**
 * "special operations forces": a relation word inside a longer forces phrase (a `military` cue that runs past it) is
 * part of that phrase's name, no act (bugs36).
 */
export function withoutTriggersInForces(s: Sentence): Sentence {
  // (not a presence noun, which the phrase means itself: "naval and air bases")
  const inside = (T: Trigger) => T.patterns[0]!.relation !== 'deployed_in' && s.cues.some((c) => c.tok0 <= T.tok0 && T.tok1 <= c.tok1 && c.tok1 - c.tok0 > T.tok1 - T.tok0 && c.cues.some((x) => x.kind === 'military'));
  return s.triggers.some(inside) ? sentenceWith(s, s.mentions, s.triggers.filter((T) => !inside(T)), s.cues) : s;
}

/** A word before which an English participle qualifies a noun: a determiner, a preposition, a number word. */
const ATTRIBUTIVE_BEFORE = /^(the|a|an|of|some|many|several|two|three|four|five|dozens|hundreds|thousands|its|their|his|her|these|those|other|including|and|or|\d[\d,.]*)$/;

/**
 * "holds thousands of alleged Islamic State fighters in prisons": "alleged" after a determiner, a preposition or a
 * number qualifies the noun after it and accuses no one (bugs36).
 */
export function withoutAttributiveAlleged(s: Sentence): Sentence {
  const attr = (T: Trigger) => T.tok1 === T.tok0 + 1 && s.tokens[T.tok0]!.norm === 'alleged' && ATTRIBUTIVE_BEFORE.test(s.tokens[T.tok0 - 1]?.norm ?? '');
  return s.triggers.some(attr) ? sentenceWith(s, s.mentions, s.triggers.filter((T) => !attr(T)), s.cues) : s;
}

/**
 * "on May 1", "since May": a cue word inside a date expression, or a capitalised "May" inside the sentence, is
 * the month, no modal.
 */
export function withoutCuesInDates(s: Sentence): Sentence {
  const inDate = (c: CueSpan) => (c.tok0 > 0 && c.tok1 === c.tok0 + 1 && s.tokens[c.tok0]!.cap && s.tokens[c.tok0]!.norm === 'may') || s.dates.some((d) => d.start <= c.start && c.end <= d.end);
  return s.cues.some(inDate) ? sentenceWith(s, s.mentions, s.triggers, s.cues.filter((c) => !inDate(c))) : s;
}

/** Is p a noun pattern whose form's head is an event noun that takes only its own doer (cues.csv `own_doer_noun`)? */
export function ownDoerPattern(lex: Lexicon, p: Pattern): boolean {
  if (p.pos !== 'noun') return false;
  // (asked for every pattern of every trigger of every sentence: each form normalised and split once per lexicon)
  // (the last lexicon's map kept at hand: one lexicon serves a whole run, and the WeakMap lookup cost what the Map's did)
  let forms = lex === ownDoerLex ? ownDoerForms : ownDoerCache.get(lex);
  if (!forms) ownDoerCache.set(lex, (forms = new Map()));
  ownDoerLex = lex;
  ownDoerForms = forms;
  let own = forms.get(p.form);
  if (own === undefined) {
    const words = cueWords(lex, 'own_doer_noun');
    own = words.size > 0 && normalise(p.form).split(' ').some((w) => words.has(w));
    forms.set(p.form, own);
  }
  return own;
}
const ownDoerCache = new WeakMap<Lexicon, Map<string, boolean>>();
let ownDoerLex: Lexicon | undefined;
let ownDoerForms: Map<string, boolean> | undefined;

const EN_OWNER_PRONOUN = /^(its|their|his|her)$/;

/**
 * "Turkey launched an air campaign against the YPG", "Russia intensified its bombing campaign": the token of an English
 * verb that wages or opens an act (cues.csv `wage_verb`) at most three plain words before own-doer noun T (its object),
 * or -1. The verb's subject is the noun's own doer (np28).
 */
export function wageVerbBefore(s: Sentence, lex: Lexicon, T: { tok0: number }): number {
  const words = cueWords(lex, 'wage_verb');
  if (!words.size) return -1;
  // (a hyphen inside a modifier is no word: "waged a decades-long campaign against the PKK", np30)
  let n = 0;
  for (let k = T.tok0 - 1; k >= 0 && n < 4; k--) {
    const t = s.tokens[k]!;
    if (t.text === '-' && s.tokens[k - 1]?.word && s.tokens[k + 1]?.word) continue;
    n++;
    if (!t.word || s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) return -1;
    // (a verb, not the noun of "since the start of the war", "after the launch of its campaign")
    if (words.has(t.norm)) return /^(the|a|an|its|their|his|her|of)$/.test(s.tokens[k - 1]?.norm ?? '') || s.tokens[k + 1]?.norm === 'of' ? -1 : k;
  }
  return -1;
}

/** A token of sentence s inside a date expression, or a word of a time adjunct (cues.csv `time_filler`, numbers). */
function timeFiller(s: Sentence, lex: Lexicon, k: number): boolean {
  const t = s.tokens[k]!;
  if (!t.word) return /^[،,«»"/–-]$/.test(t.text);
  if (s.dates.some((d) => d.start <= t.start && t.end <= d.end)) return true;
  return /^\d+$/.test(t.norm) || cueWords(lex, 'time_filler').has(t.norm.replace(/^[وف](?=.{3})/, '')) || cueWords(lex, 'time_filler').has(t.norm);
}

/** An Arabic waging verb (cues.csv `wage_verb`: `شنّت`, `تشنّ`, `نفّذت`, `خاضت`, `صعّدت`, `كثّفت`), with its conjunction. */
function arWageVerb(s: Sentence, lex: Lexicon, k: number): boolean {
  const t = s.tokens[k];
  if (!t?.arabic) return false;
  const words = cueWords(lex, 'wage_verb');
  return words.has(t.norm) || words.has(t.norm.replace(/^[وف]/, ''));
}

/** slot40: a demonym mention that is the last member of a list whose member before it is a name (`القوات الحكومية والطائرات الروسية`). */
function listDemonym(s: Sentence, m: Mention): boolean {
  const p = s.mentions[s.mentions.indexOf(m) - 1];
  return m.conj && !!p && p.via !== 'demonym';
}

/**
 * `شنّت «هيئة تحرير الشام» خلال العامين الماضيين حملة على`, `وتشنّ إسرائيل منذ سنوات حرباً على`, `وكانت تركيا شنّت،
 * أمس، حملة`: the subject of an Arabic verb that wages an act (cues.csv `wage_verb`), VSO or SVO, with only a time
 * adjunct (a date, `منذ سنوات`, `خلال الأشهر الماضية`, `أمس`: cues.csv `time_filler`), quotes and commas between it
 * and act noun T (its object): the noun's own doer (np30, diagnosis-batch26 §6 fix 1). The subject and its list
 * members, or none.
 */
export function arWageSubjects(s: Sentence, lex: Lexicon, T: { tok0: number }): Mention[] {
  const inMention = (k: number) => s.mentions.find((m) => m.tok0 <= k && k < m.tok1);
  // ("وردّت الطائرات الحربية الروسية فجر اليوم بشن غارات على", `وقامت إسرائيل بشن غارات`: a waging verbal noun after
  // the subject of a response or performing verb, np31)
  const governed = governedWageSubjects(s, lex, T.tok0 - 1, inMention);
  if (governed) return governed;
  let k = T.tok0 - 1;
  while (k >= 0 && !inMention(k) && !arWageVerb(s, lex, k) && timeFiller(s, lex, k)) k--;
  if (k < 0) return [];
  let last: Mention | undefined;
  // (`عن الجيش الإسرائيلي، الذي يشنّ منذ سنوات غارات على`, `من إسرائيل، التي تشنّ`: the antecedent of a relative
  // pronoun right before the verb, after a comma, is its subject, also behind a preposition; np32)
  const rel = arWageVerb(s, lex, k) ? relativeAntecedentAr(s, k) : undefined;
  if (rel) return rel;
  if (arWageVerb(s, lex, k)) {
    // SVO: `وكانت تركيا شنّت`, `إسرائيل، التي تشنّ` is no subject (a relative pronoun between)
    let j = k - 1;
    // (slot40: past the قد of `وكانت X قد شنّت`)
    while (j >= 0 && (!s.tokens[j]!.word ? /^[«»]$/.test(s.tokens[j]!.text) : QAD.test(s.tokens[j]!.norm))) j--;
    // (a demonym member of a list whose first member is a name: `القوات الحكومية والطائرات الروسية قد شنّت`; slot40)
    last = s.mentions.find((m) => m.tok1 - 1 === j && (m.via !== 'demonym' || listDemonym(s, m)));
    // (`…، مؤكدة أنها تخوض حرباً`, `إنها تشن`: a complementizer's pronoun after a speech word is the speaker; ref35)
    if (!last) {
      const who = spokenSubjectAr(s, lex, j);
      if (who) return [who];
    }
  } else {
    // VSO: the verb right before the subject list (past «, قد)
    last = inMention(k);
    if (!last || last.tok1 - 1 !== k || (last.via === 'demonym' && !listDemonym(s, last))) return [];
  }
  if (!last) return [];
  const group: Mention[] = [last];
  for (let i = s.mentions.indexOf(last); i > 0 && s.mentions[i]!.conj; i--) group.unshift(s.mentions[i - 1]!);
  if (!arWageVerb(s, lex, k)) {
    let v = group[0]!.tok0 - 1;
    while (v >= 0 && (!s.tokens[v]!.word ? /^[«»]$/.test(s.tokens[v]!.text) : /^(قد|لقد)$/.test(s.tokens[v]!.norm))) v--;
    if (!arWageVerb(s, lex, v)) return [];
  }
  // (no subject after a preposition or a possessor: `شنّت على «قسد»` — the clitic of a preposition is in the token)
  return group.every((m) => !/^(على|علي|ضد|في|من|الى|الي|ل|ب)$/.test(s.tokens[m.tok0 - 1]?.norm ?? '')) ? group : [];
}

/**
 * Arabic: the antecedent of the relative pronoun right before the verb at token v (`X، الذي يشنّ`, `X، التي تشنّ`, `X
 * وY، اللذين`), named right before the comma (past a closing mark), with the list it closes; undefined when none (np32).
 */
function relativeAntecedentAr(s: Sentence, v: number): Mention[] | undefined {
  const toks = s.tokens;
  if (!/^(الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)$/.test(toks[v - 1]?.norm ?? '') || !/^[،,]$/.test(toks[v - 2]?.text ?? '')) return undefined;
  let j = v - 3;
  while (j >= 0 && /^[»)"]$/.test(toks[j]!.text)) j--;
  const i = s.mentions.findIndex((m) => m.tok1 - 1 === j);
  if (i < 0 || s.mentions[i]!.kind === 'place') return undefined;
  const group: Mention[] = [s.mentions[i]!];
  for (let x = i; x > 0 && s.mentions[x]!.conj; x--) group.unshift(s.mentions[x - 1]!);
  return group;
}

/**
 * The subject of the verb governing a waging verbal noun at token w (cues.csv `wage_noun`: `بشن`, `بتنفيذ`): the
 * mention right before the noun (past a time adjunct; a demonym on a state head, `الطائرات الحربية الروسية`, too) whose
 * own verb, right before it, is a `response_verb` or a `perform_verb` (`ردّت`, `قامت`). undefined when w is no such noun.
 */
export function governedWageSubjects(s: Sentence, lex: Lexicon, w: number, inMention: (k: number) => Mention | undefined = (k) => s.mentions.find((m) => m.tok0 <= k && k < m.tok1)): Mention[] | undefined {
  const t = s.tokens[w];
  if (!t?.arabic || !cueWords(lex, 'wage_noun').has(t.norm)) return undefined;
  return responseVerbSubjects(s, lex, w, inMention);
}

/**
 * The subject group right before token w (past a time adjunct; a demonym on a state head) whose own verb, right before
 * it, is a `response_verb` or a `perform_verb` (governedWageSubjects without its check of the word at w; slot47's
 * replyact.ts reads it for an act noun after `ب`: `وردّت «قسد» بقصف …`).
 */
export function responseVerbSubjects(s: Sentence, lex: Lexicon, w: number, inMention: (k: number) => Mention | undefined = (k) => s.mentions.find((m) => m.tok0 <= k && k < m.tok1)): Mention[] | undefined {
  let k = w - 1;
  while (k >= 0 && !inMention(k) && timeFiller(s, lex, k)) k--;
  const last = k >= 0 ? inMention(k) : undefined;
  if (!last || last.tok1 - 1 !== k) return undefined;
  const group: Mention[] = [last];
  for (let i = s.mentions.indexOf(last); i > 0 && s.mentions[i]!.conj; i--) group.unshift(s.mentions[i - 1]!);
  let v = group[0]!.tok0 - 1;
  // (a state head before a demonym subject: `الطائرات الحربية الروسية`)
  if (group[0]!.via === 'demonym') while (v >= 0 && s.cues.some((c) => c.tok0 <= v && v < c.tok1 && cueHas(c, 'state_head'))) v--;
  while (v >= 0 && (!s.tokens[v]!.word ? /^[«»]$/.test(s.tokens[v]!.text) : /^(قد|لقد)$/.test(s.tokens[v]!.norm))) v--;
  const verb = s.tokens[v]?.norm ?? '';
  if (!cueWords(lex, 'response_verb').has(verb) && !cueWords(lex, 'perform_verb').has(verb)) return undefined;
  return group.every((m) => !/^(على|علي|ضد|في|من|الى|الي|ل|ب)$/.test(s.tokens[m.tok0 - 1]?.norm ?? '')) ? group : undefined;
}

/**
 * "since the war in Ukraine began", "throughout the war", `خلال سنوات الحرب`, "the campaign against IS": a war, a
 * campaign, explosions (cues.csv `own_doer_noun`) with no doer named on their own noun phrase are no act of anyone's,
 * and no relation word either (so they do not stand in for another relation's object: "main backer during the war").
 * Their own doer: an English possessor, possessive pronoun or demonym at most three words before ("Israel's war",
 * "its most intense campaign", "the Israeli war"), a claim before them ("claimed responsibility for the explosions");
 * an Arabic suffix pronoun (`حربها`), genitive right after (`حرب روسيا`), demonym after its adjectives (`الحرب
 * الإسرائيلية`), or the subject right before an indefinite one (`وشنت روسيا حرباً`).
 */
export function withoutOwnerlessActs(s: Sentence, lex: Lexicon): Sentence {
  const words = cueWords(lex, 'own_doer_noun');
  if (!words.size) return s;
  const owned = (T: Trigger): boolean => {
    if (!T.patterns.every((p) => ownDoerPattern(lex, p))) return true;
    if (T.suffix) return true;
    const en = !s.tokens[T.tok0]!.arabic;
    if (en) {
      for (let k = Math.max(0, T.tok0 - 3); k < T.tok0; k++) if (EN_OWNER_PRONOUN.test(s.tokens[k]!.norm)) return true;
      if (s.mentions.some((m) => m.tok1 <= T.tok0 && T.tok0 - m.tok1 <= 3 && (m.via === 'demonym' || /['’]s?$/.test(s.tokens[m.tok1 - 1]!.text) || /^['’]$/.test(s.tokens[m.tok1]?.text ?? ''))))
        return true;
      if (wageVerbBefore(s, lex, T) >= 0) return true;
      return s.cues.some((c) => c.tok1 <= T.tok0 && T.tok0 - c.tok1 <= 4 && cueHas(c, 'claim'));
    }
    const definite = /^[وفبل]?(ال|لل)/.test(s.tokens[T.tok0]!.norm);
    return s.mentions.some((m) => m.tok0 === T.tok1 || (m.via === 'demonym' && m.tok0 > T.tok1 && m.tok0 - T.tok1 <= 3) || (!definite && m.tok1 === T.tok0 && m.via !== 'demonym')) || (!definite && arWageSubjects(s, lex, T).length > 0);
  };
  return s.triggers.every(owned) ? s : sentenceWith(s, s.mentions, s.triggers.filter(owned), s.cues);
}
