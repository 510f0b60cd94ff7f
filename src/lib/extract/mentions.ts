/**
 * Mentions: lexicon names, descriptors (resolved by the article date when time-bound) and
 * demonyms from one trie pass per sentence; a descriptor next to a name is one mention;
 * discovered entities: a title followed by an unknown name ('وزير الخارجية العراقي فؤاد حسين',
 * 'Iraqi Foreign Minister Fuad Hussein'), "Iraq's Fuad Hussein", and quoted names.
 */
import type { EntityKind, Lang } from '../types.ts';
import { copyDoc, copyMention, cueHas, type CueSpan, type Discovered, type Doc, type Mention, mention, mentionOf, type Sentence, sentenceWith } from './doc.ts';
import { cueWords, givenNames, stateOf, type Cue, type LexEntity, type Lexicon, type Surface, type Title } from './lexicon.ts';
import { matchTokens, type Match } from './match.ts';
import type { Token } from './normalise.ts';
import { slugify } from './slug.ts';
import { intern, normalise, phraseKeys } from './normalise.ts';
import { mapped } from './packed.ts';
import { bodyMembers, lastBodyOf, localBodies, rememberPlaces, wantsPlaces, type SeenPlace } from './localbodies.ts';
import { chairedBodies } from './chairedbodies.ts';
import { bareChairs } from './barechairs.ts';
import { eldersOf, type EldersBody } from './elders.ts';
import { delegationsOf, type DelegationBody } from './delegations.ts';
import { insideNamedArea } from './areavillages.ts';
import { stateAffiliated } from './stateaffiliated.ts';
import { quotedTails } from './quotedtail.ts';
import { provinceDelegations } from './provincedelegation.ts';
import { bodyHeadWords, campAdministrations, countryNamedBodies, recurringNames, rememberNames, tribesDualAr, tribesEn, type NameMemory } from './names48.ts';
import type { TrieNode } from './trie.ts';

/** Quotation marks that may wrap a name. */
const NAME_QUOTES = new Set(['“', '”', '«', '»', '"', '„', '‟', '‹', '›']);
/** Tokens skipped between words that belong together (quotes, brackets, apostrophes). */
const QUOTES = new Set([...NAME_QUOTES, "'", '’', '(', ')']);
const PUNCT_GAP = new Set([...QUOTES, ',', '،']);
export const isQuote = (t: Token | undefined) => !!t && QUOTES.has(t.text);
const isNameQuote = (t: Token | undefined) => !!t && NAME_QUOTES.has(t.text);

const AR_STOP = new Set(
  (
    'في من الى على عن مع ان او ثم قد لقد كان كانت يكون الذي التي الذين اللذين هذا هذه ذلك تلك بين حول بعد قبل خلال عند منذ حتى لا لم لن ما كما ' +
    'ايضا اي كل بعض غير عبر ضد وفق ومن وفي وعلى انه انها اليوم امس يوم هو هي هم وقال قال قالت وقالت حيث اذ اذا لدى عقب اثر ازاء تجاه ' +
    'الذي والتي كذلك بشان بشكل خاص الخاص العام السابق الجديد ' +
    // (namedates56: days and quantity words are no part of a name, `المبعوث الصيني غداً الثلاثاء عدداً`, `اللواء بتسليم عدد`)
    'غدا الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت عدد عددا'
  ).split(' '),
);
/** Capitalised words that are not names (sentence starts, days, months, titles of address). */
const COMMON_CAPS = new Set(
  ('the a an on in at and but while after before when as by for of to with from since during under if ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'mr mrs ms dr president minister prime foreign defence defense secretary state general envoy special senior deputy sheikh prince king ' +
    'republican democratic congressman congresswoman senator').split(' '),
);
// Words that make a capitalised phrase an institution, not a person.
// (INSTITUTION: the `institution_word` word cue of data/lexicon/cues.csv, branch words31)
// Place kinds that introduce a town's name after "of" ("the town of Kansafra", "the villages of A and B").
// (PLACE_OF: the `town_of_head` word cue of data/lexicon/cues.csv, branch words31)
const EN_NAME_LINK = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'el', 'abu', 'abdul']);

function valid(s: Surface, date: string): boolean {
  if (s.from && date < s.from) return false;
  if (s.to && date.slice(0, s.to.length) > s.to) return false;
  return true;
}

const VIA_RANK = { name: 0, descriptor: 1, demonym: 2 } as const;

/** The surface reading that holds at `date`: names before descriptors before demonyms. */
export function resolveSurface(values: Surface[], date: string): Surface | undefined {
  let best: Surface | undefined;
  for (const v of values) {
    if (!valid(v, date)) continue;
    if (!best || VIA_RANK[v.via] < VIA_RANK[best.via]) best = v;
  }
  return best;
}

/** Tokens between two token indices are only quotes/commas (or nothing). */
function gapIsPunct(tokens: Token[], a: number, b: number, commas = true): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (commas ? !PUNCT_GAP.has(t.text) : !QUOTES.has(t.text)) return false;
  }
  return true;
}

function isConj(t: Token | undefined): boolean {
  return !!t && (t.norm === 'و' || t.norm === 'and' || t.text === ',' || t.text === '،' || t.norm === '&');
}

const isComma = (t: Token | undefined) => !!t && (t.text === ',' || t.text === '،');

/**
 * The closing comma of an apposition that opens with the comma at `open` (", the guarantors of the
 * process,", "، الدول الضامنة لمسار أستانا،"): a definite noun phrase of at most 7 words before
 * `limit`, followed by "and"/"و". -1 when there is none.
 */
function appositionEnd(tokens: Token[], open: number, limit: number): number {
  const first = tokens[open + 1];
  if (!first || !(/^(the|a|an)$/.test(first.norm) || /^ال../.test(first.norm))) return -1;
  for (let k = open + 1; k < limit && k - open <= 8; k++) {
    if (!isComma(tokens[k])) continue;
    const after = tokens[k + 1];
    return after && (after.norm === 'and' || after.norm === 'و' || after.norm.startsWith('و')) ? k : -1;
  }
  return -1;
}

/**
 * "… و/إضافة إلى <title> X": after an explicit conjunction in [from, k), the words [k, to) are a short
 * title before the person (no punctuation, no of/to/من/ل, no relation word).
 */
function titleBeforePerson(s: Sentence, from: number, k: number, to: number, tokFlags: Uint8Array, cliticAnd = false): boolean {
  let explicit = cliticAnd;
  for (let j = from; j < k && !explicit; j++) explicit = s.tokens[j]!.norm === 'and' || s.tokens[j]!.norm === 'و' || (tokFlags[j]! & CONJ_TOK) !== 0;
  if (!explicit) return false;
  for (let j = k; j < to; j++) {
    const x = s.tokens[j]!;
    if (!x.word || /^(of|to|for|من|ل|الي|عن)$/.test(x.norm)) return false;
  }
  return !s.triggers.some((x) => x.tok0 >= k && x.tok0 < to);
}

const SHADDA = '\u0651';
/** Arabic letters and shadda only (the other marks, tatweel and hamza seats are what normalisation ignores too). */
const shaddaSkeleton = (w: string): string => w.replace(/[\u064b-\u0650\u0652\u0640]/g, '');

/**
 * "عمّان" (Amman) and "عمان" (Oman) normalise alike: when the text writes a shadda, the name whose lexicon spelling
 * carries the same shadda is meant (and a spelling with a shadda is not meant by a word written without one but
 * with other marks: "عُمان").
 */
function byShadda(s: Sentence, m: { tok0: number; tok1: number; clitics: string; values: Surface[] }, lex: Lexicon, surf: Surface): Surface {
  if (m.tok1 - m.tok0 !== 1 || !s.tokens[m.tok0]!.arabic) return surf;
  const text = s.tokens[m.tok0]!.text;
  if (!text.includes(SHADDA)) return surf;
  const w = shaddaSkeleton(text);
  for (const v of m.values) {
    if (v.via !== 'name' || v.entity === surf.entity) continue;
    const e = lex.entities.get(v.entity)!;
    if ([e.label_ar, ...e.aliases_ar].some((n) => n.includes(SHADDA) && w.endsWith(shaddaSkeleton(n)))) return v;
  }
  return surf;
}

/**
 * "مع الأردن والسعودية", "في السعودية": a name spelt with its own article (السعودية) that is also the demonym with the
 * article stays the name unless it follows a definite word that is no name, which it would qualify ("الخارجية السعودية");
 * a preposition on it (بالسعودية), a name before it ("الأردن والسعودية") or a masculine nisba before it
 * ("وزير الخارجية السوري السعودية", which it cannot agree with) make it the name.
 */
function ownArticledName(s: Sentence, m: Match<Surface>, w: string, e: { label_ar: string; aliases_ar: string[] }, before: Mention | undefined): boolean {
  if (articled(w, e)) return false;
  if (/[بلك]/.test(m.clitics)) return true;
  const prev = s.tokens[m.tok0 - 1];
  // ("ونددت بالغارات التركية", "للقوات السورية": a definite word with its own preposition is definite too)
  const pw = prev?.arabic ? prev.norm.replace(/^[وف]/, '').replace(/^[بك](?=ال..)/, '').replace(/^ل(?=ل..)/, 'ا') : '';
  if (!pw.startsWith('ال') || /^(الي|الا|التي|الذي|الذين|الان)$/.test(pw)) return true;
  // a masculine definite nisba cannot take it as its adjective: "وزار وزير الخارجية السوري السعودية"
  if (/^ال.+ي$/.test(pw)) return true;
  return before?.tok1 === m.tok0 && before.via === 'name';
}

/** The country a place lies in (a country is its own). */
const countryOf = (lex: Lexicon, id: string): string | undefined => {
  const e = lex.entities.get(id);
  return e?.kind === 'country' ? id : e?.kind === 'place' ? e.country : undefined;
};

/**
 * A homonym place chosen by its region (names35, diagnosis-batch30 #118, FP 120): `مدينة أريحا … في ريف إدلب` is Ariha in
 * Syria, not Jericho, because another name of the sentence (a place or a country, unambiguous) lies in Syria. Only when
 * exactly one of the homonyms lies in a country the sentence names; otherwise the lexicon's first reading stays.
 */
function byRegion(names: Match<Surface>[], values: Surface[], lex: Lexicon, surf: Surface): Surface {
  const homonyms = values.filter((v) => v.via === 'name' && lex.entities.get(v.entity)!.kind === 'place');
  if (homonyms.length < 2 || homonyms.every((v) => v.entity === surf.entity)) return surf;
  const here = new Set<string>();
  for (const n of names) {
    if (n.values.length !== 1 && !n.values.every((v) => v.entity === n.values[0]!.entity)) continue;
    const c = countryOf(lex, n.values[0]!.entity);
    if (c) here.add(c);
  }
  const fit = homonyms.filter((v) => here.has(countryOf(lex, v.entity) ?? ''));
  return fit.length > 0 && fit.every((v) => v.entity === fit[0]!.entity) ? fit[0]! : surf;
}

/** A place name with "bank" (`الضفة`) in it followed by "of" or `لـ`/`من` (a bank of a river, "the west bank of the
 *  Euphrates", `الضفة الغربية لنهر الفرات`), or English "bank" in lowercase: no name of its own (bugs45). */
function bankOf(tokens: readonly Token[], tok0: number, tok1: number): boolean {
  let bank = false;
  for (let k = tok0; k < tok1; k++) {
    const t = tokens[k]!;
    if (/^(bank|الضفه|والضفه)$/.test(t.norm)) bank = true;
    // (English writes the territory's name with capitals: "from the west bank, which is held by …" is a river's bank)
    if (t.norm === 'bank' && t.text === 'bank') return true;
  }
  const next = tokens[tok1];
  if (!bank || !next || !next.word) return false;
  return next.arabic ? /^(ل(?!ا$)|من$)/.test(next.norm) : next.norm === 'of';
}

function lexMentions(s: Sentence, lex: Lexicon, date: string): Mention[] {
  const out: Mention[] = [];
  const names = s.names ?? matchTokens(s.tokens, lex.mentionTrie);
  for (const m of names) {
    let surf = resolveSurface(m.values, date);
    if (!surf) continue;
    if (m.values.length > 1) surf = byShadda(s, m, lex, surf);
    if (m.values.length > 1 && surf.via === 'name' && lex.entities.get(surf.entity)!.kind === 'place') surf = byRegion(names, m.values, lex, surf);
    // "الحرب السورية": with the article, a word that is both a name and a demonym (سورية) is the adjective
    if (surf.via === 'name' && m.tok1 - m.tok0 === 1 && s.tokens[m.tok0]!.arabic) {
      const dem = m.values.find((v) => v.via === 'demonym' && v.entity === surf!.entity);
      const w = s.tokens[m.tok0]!.norm.slice(m.clitics.length);
      if (dem && w.startsWith('ال') && !ownArticledName(s, m, w, lex.entities.get(surf.entity)!, out[out.length - 1])) surf = dem;
    }
    const e = lex.entities.get(surf.entity)!;
    // ("the west bank of the Euphrates", `الضفة الغربية لنهر الفرات`: a bank of a river is no West Bank; bugs45)
    if (e.kind === 'place' && bankOf(s.tokens, m.tok0, m.tok1)) continue;
    // "المكوّن الرئيسي": a one-word name written with the article that none of its spellings has is an adjective
    // (رئيسي, Raisi), as a person's name takes no article of its own (الأسد is spelt so)
    if (e.kind === 'person' && m.tok1 - m.tok0 === 1 && s.tokens[m.tok0]!.arabic && articled(s.tokens[m.tok0]!.norm.slice(m.clitics.length), e)) continue;
    // ("The administration of the Washokani camp met …": a bare "the <head>" descriptor with a definite "of the" genitive
    // of its own is another body, never the state the bare head stands for in its story; ref58)
    if (surf.via === 'descriptor' && m.tok1 - m.tok0 === 2 && s.tokens[m.tok0]!.norm === 'the' && s.tokens[m.tok1]?.norm === 'of' && s.tokens[m.tok1 + 1]?.norm === 'the') continue;
    // "killed an Islamic State leader", "a senior Hezbollah commander": a role after an indefinite article is one of many,
    // not the one who holds it
    if (surf.via === 'descriptor' && e.kind === 'person' && !s.tokens[m.tok0]!.arabic && indefiniteBefore(s.tokens, m.tok0)) {
      out.push(...namesInside(s, m, lex, date));
      continue;
    }
    out.push(mention(m.tok0, m.tok1, m.start, m.end, e.id, e.kind, surf.via, false, m.clitics));
  }
  return out;
}

/**
 * The names inside a longer lexicon phrase that is dropped ("killed an Islamic State leader": the role "Islamic State
 * leader" after an indefinite article names no holder): the group's name inside it is still a mention (bugs42b, kept in bugs43). Names only (no descriptor, no demonym), longest first, not overlapping.
 */
function namesInside(s: Sentence, m: Match<Surface>, lex: Lexicon, date: string): Mention[] {
  const out: Mention[] = [];
  const inner = matchTokens(s.tokens.slice(m.tok0, m.tok1), lex.mentionTrie, { all: true });
  inner.sort((a, b) => b.tok1 - b.tok0 - (a.tok1 - a.tok0) || a.tok0 - b.tok0);
  for (const x of inner) {
    if (x.tok1 - x.tok0 >= m.tok1 - m.tok0) continue;
    const v = resolveSurface(x.values.filter((y) => y.via === 'name'), date);
    if (!v) continue;
    const a = m.tok0 + x.tok0;
    const b = m.tok0 + x.tok1;
    if (out.some((o) => o.tok0 < b && a < o.tok1)) continue;
    const e = lex.entities.get(v.entity)!;
    // (a person's one-word name inside a role is no mention of him: only groups, states and places)
    if (e.kind === 'person') continue;
    out.push(mention(a, b, x.start, x.end, e.id, e.kind, 'name', false, x.clitics));
  }
  return out.sort((p, q) => p.tok0 - q.tok0);
}

const SENTENCE_ADVERB = /^(meanwhile|later|earlier|separately|also|instead|then|now|still|yet|however|thus|there|here|today|yesterday|tonight|last|next|both|each|only|even|again|once|since|until|because|although|though|whereas|hence|moreover|furthermore|nevertheless|otherwise|elsewhere|afterwards|afterward)$/;

/** A sentence's first word is a given name: capitalised, not an -ly adverb, never written in lowercase in the article. */
function givenNameFirst(text: string, t: Token): boolean {
  const w = t.text.toLowerCase();
  return t.cap && w.length >= 3 && !w.endsWith('ly') && !SENTENCE_ADVERB.test(w) && !new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text);
}

/** Words that make the next one part of a compound surname: "عبد اللهيان", "أبو عمر", "bin Zayed" (normalised). */
const SURNAME_LINK = /^(عبد|ابو|بو|ابي|بن|ابن|ال|ذو|bin|ibn|abu|abdul|van|von|de)$/;
/** The patronymic link of a name with bin/بن ("Mohamed bin Zayed", `عبد الله بن زايد`). */
const BIN = /^(bin|ibn|بن|ابن)$/;
/** Last words that make a compound surname with the word before: "شرف الدين", "عبد الله" (normalised). */
const SURNAME_TAIL = /^(الدين|الله|الرحمن|اللهيان)$/;
/** Countries whose people's names put the surname first (China, Taiwan, the two Koreas, Vietnam): `شي جين بينغ` → `شي`. */
const SURNAME_FIRST = new Set(['chn', 'twn', 'prk', 'kor', 'vnm']);
/** `إلى`, `لدى` (normalised): the prepositions of an office's destination (`المبعوث الخاص إلى سوريا`; bugs42a). */
const TO_PREP_AR = /^(الي|لدي)$/;

/** Arabic words of two letters that are no surname: prepositions with a pronoun, particles (normalised). */
const AR_SHORT_WORD = /^(لي|لك|له|لو|كي|ذا|يا|اي|هو|هي|هم|بي|بك|به|في|من|عن|ما|لا|لم|لن|قد|ان|او|ثم|مع)$/;
// Titles of address before a bare surname: "Mr Ozdag", "السيد شرف الدين".
// (ADDRESS: the `address_title` word cue of data/lexicon/cues.csv, branch words31)
// Royal titles of address before a given name: "Sheikh Mohamed", `الشيخ محمد`, "Prince Faisal" (normalised).
// (ROYAL: the `royal_title` word cue of data/lexicon/cues.csv, branch words31)

/**
 * Remembers the surname of a person named in full (two words or more): the last word, or the last two of a compound
 * ("شرف الدين", "عبد اللهيان", "أبو X", "bin X"). A surname two people share is ambiguous ('') and names no one; one
 * that is a common word of the article (written in lowercase, or with the Arabic article: "Peace", "السلام") is not kept.
 */
function rememberSurname(surnames: Map<string, string>, firsts: Set<string>, tokens: Token[], m: Mention, id: string, text: string, lex: Lexicon): void {
  const words: Token[] = [];
  for (let k = m.tok0; k < m.tok1; k++) if (tokens[k]!.word && tokens[k]!.start >= m.start && tokens[k]!.end <= m.end) words.push(tokens[k]!);
  // (a title of address written into the name, "Sheikh Mohamed bin Zayed", `الشيخ محمد بن زايد`, is no part of it)
  while (words.length > 2 && (cueWords(lex, 'royal_title').has(words[0]!.norm) || cueWords(lex, 'address_title').has(words[0]!.norm))) words.shift();
  if (words.length < 2) return;
  const arabic = words[0]!.arabic;
  // (a name written surname first, "شي جين بينغ … وقال شي", "Wang Yi … Wang said": its first word is the surname, kept as
  // any surname is; two letters are enough there, but not an Arabic function word, `لي`)
  const country = lex.entities.get(id)?.country;
  if (country !== undefined && SURNAME_FIRST.has(country)) {
    const f = words[0]!;
    if (!SURNAME_LINK.test(f.norm) && !AR_STOP.has(f.norm) && !AR_SHORT_WORD.test(f.norm) && !COMMON_CAPS.has(f.norm) && !lex.entities.has(f.norm) && (arabic || f.cap) && !commonWord(text, f.text, arabic)) {
      const had = surnames.get(f.norm);
      surnames.set(f.norm, had === undefined || had === id ? id : '');
      firsts.add(f.norm);
    }
  }
  const last = words[words.length - 1]!;
  const prev = words[words.length - 2]!;
  const compound = SURNAME_LINK.test(prev.norm) || (arabic && SURNAME_TAIL.test(last.norm));
  if (compound && words.length < 3) return;
  const sur = compound ? [prev, last] : [last];
  // ("al-Ghabbash": the article's "al" is no part of the key; a bare "Ghabbash" or "al-Ghabbash" is the man)
  if (!arabic && /^(al|el)$/.test(sur[0]!.norm) && sur.length === 2) sur.shift();
  const key = sur.length === 2 ? `${sur[0]!.norm} ${sur[1]!.norm}` : sur[0]!.norm;
  // (a person named in full again: already remembered)
  if (surnames.get(key) === id) return;
  if (key.replace(/\s/g, '').length < 3 || lex.entities.has(key) || AR_STOP.has(key) || COMMON_CAPS.has(key)) return;
  if (!arabic && !sur.every((t) => t.cap || EN_NAME_LINK.has(t.norm))) return;
  if (sur.length === 1 && !last.text.startsWith('ال') && commonWord(text, last.text, arabic)) return;
  const had = surnames.get(key);
  surnames.set(key, had === undefined || had === id ? id : '');
  firsts.add(sur[0]!.norm);
  // ("وزير الخارجية الصيني وانغ يي … وأكد وانغ": the first word of a two-word name, kept apart, `#` before it, for the
  // clause-opening position only; see surnameAt)
  // ("محمد بن زايد … الشيخ محمد", "عبد الله بن زايد … الشيخ عبد الله", "Abdullah bin Zayed … Sheikh Abdullah": the given name
  // of a name with bin/بن, one word or a compound `عبد X`, for a royal title of address before it; see surnameAt)
  const link = words.length >= 3 && BIN.test(words[1]!.norm) ? 1 : words.length >= 4 && /^(عبد|abd|abdul)$/.test(words[0]!.norm) && BIN.test(words[2]!.norm) ? 2 : 0;
  if (link === 2) {
    const key = `#${words[0]!.norm} ${words[1]!.norm}`;
    const g = surnames.get(key);
    surnames.set(key, g === undefined || g === id ? id : '');
    firsts.add(words[0]!.norm);
    return;
  }
  const patronym = link === 1;
  const given = words[0]!;
  if ((words.length !== 2 && !patronym) || (compound && !patronym) || given.norm.length < 3 || /^(علي|الي|لدي|حتي)$/.test(given.norm) || AR_STOP.has(given.norm) || COMMON_CAPS.has(given.norm) || SURNAME_LINK.test(given.norm)) return;
  if (commonWord(text, given.text, arabic)) return;
  const g = surnames.get(`#${given.norm}`);
  surnames.set(`#${given.norm}`, g === undefined || g === id ? id : '');
  firsts.add(given.norm);
}
/** A word the article also writes as a common word: in lowercase (English), with the article ال (Arabic, a proclitic or none before it). */
function commonWord(text: string, word: string, arabic: boolean): boolean {
  // (the form the pattern below needs, as a plain substring first: most names never occur so, and a RegExp is made for
  // each name)
  if (!text.includes(arabic ? `ال${word}` : word.toLowerCase())) return false;
  const w = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${arabic ? `[وفبل]?ال${w}` : w.toLowerCase()}([^\\p{L}]|$)`, 'u').test(text);
}

/**
 * A surname remembered for the article at token k (with "Mr"/"السيد" before it, and an Arabic و before it): the tokens of
 * the name [a, b), t0 where the mention starts (the title of address), and its clitics. English: capitalised, starting no
 * longer capitalised name; any language: no trigger or cue word, inside no other mention.
 */
function surnameAt(tokens: Token[], k: number, surnames: Map<string, string>, firsts: Set<string>, blocked: Uint8Array, ms: Mention[], lex: Lexicon): { a: number; b: number; t0: number; id: string; clitics: string } | undefined {
  const t = tokens[k]!;
  if (!t.word || blocked[k] === 1) return undefined;
  const arabic = t.arabic;
  // (every key looked up below starts with the word, or with the word after its و/ف: most words start none)
  if (!firsts.has(t.norm) && !(arabic && (t.norm[0] === 'و' || t.norm[0] === 'ف') && firsts.has(t.norm.slice(1)))) return undefined;
  if (AR_PREP_MAQSURA.test(t.text)) return undefined;
  let clitics = '';
  let first = t.norm;
  if (arabic && !surnames.has(first) && !surnames.has(`#${first}`) && /^[وف]../.test(first)) {
    clitics = first[0]!;
    first = first.slice(1);
  }
  if (!arabic && !t.cap) return undefined;
  let id: string | undefined;
  let b = k + 1;
  const next = tokens[k + 1];
  if (next?.word && surnames.get(`${first} ${next.norm}`) && blocked[k + 1] !== 1) {
    id = surnames.get(`${first} ${next.norm}`);
    b = k + 2;
  } else id = surnames.get(first);
  // (a given name alone right after a verb or cue word, "أكد وانغ", or, in English, right before one, "Wang said"; never one
  // that is also someone's surname)
  const royal = cueWords(lex, 'royal_title').has(tokens[k - 1]?.norm ?? '');
  if (id === undefined && royal && next?.word && surnames.get(`#${first} ${next.norm}`) && blocked[k + 1] !== 1) {
    id = surnames.get(`#${first} ${next.norm}`);
    b = k + 2;
  }
  if (id === undefined && (royal || (arabic ? blocked[k - 1] === 1 : blocked[k + 1] === 1 && !tokens[k - 1]?.cap))) id = surnames.get(`#${first}`);
  if (!id || covered(ms, k, b)) return undefined;
  // ("al-Ghabbash": the article before a hyphen belongs to the name)
  let a = k;
  if (!arabic && tokens[k - 1]?.text === '-' && /^(al|el)$/.test(tokens[k - 2]?.norm ?? '')) a = k - 2;
  if (!arabic && (tokens[b]?.cap || (a === k && tokens[a - 1]?.cap && !cueWords(lex, 'address_title').has(tokens[a - 1]!.norm) && !royal))) return undefined;
  const t0 = cueWords(lex, 'address_title').has(tokens[a - 1]?.norm ?? '') || royal ? a - 1 : a;
  return { a, b, t0, id, clitics };
}

/** The words of `m` are a surname (or a given name after a royal title) the article tied to one person. */
function rememberedName(tokens: Token[], m: Mention, surnames: Map<string, string>, lex: Lexicon): boolean {
  const words: string[] = [];
  let a = -1;
  for (let k = m.tok0; k < m.tok1; k++) {
    const t = tokens[k]!;
    if (!t.word || t.start < m.start || t.end > m.end) continue;
    if (a < 0) a = k;
    words.push(t.norm);
  }
  if (!words.length || words.length > 2) return false;
  const key = words.join(' ');
  return !!surnames.get(key) || (cueWords(lex, 'royal_title').has(tokens[a - 1]?.norm ?? '') && !!surnames.get(`#${key}`));
}

/** "a/an/another" right before token `k`, past at most two lowercase adjectives ("a senior", "another top military"). */
function indefiniteBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j]!;
    if (/^(a|an|another)$/i.test(t.norm)) return true;
    // ("an invitation from Saudi Arabia's King": a preposition closes the noun phrase the article opened)
    if (!t.word || t.cap || /^(from|of|to|by|with|in|on|at|for|and|or|than|as)$/.test(t.norm)) return false;
  }
  return false;
}

/** A word with the article (ال…) that no Arabic spelling of the person `e` writes so. */
function articled(w: string, e: { label_ar: string; aliases_ar: string[] }): boolean {
  return w.startsWith('ال') && ![e.label_ar, ...e.aliases_ar].some((n) => !!n && normalise(n).split(' ').includes(w));
}

/** `m` with its `conj` flag set to `conj`. */
function withConj(m: Mention, conj: boolean): Mention {
  const c = copyMention(m);
  c.conj = conj;
  return c;
}

function s_isConjGap(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.text === ',' || tokens[k]!.text === '،') return false;
  return false;
}

/** Merge a descriptor with the name next to it ('الرئيس الروسي “فلاديمير بوتين”'): the name's span stays. */
function mergeAdjacent(tokens: Token[], ms: Mention[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    const prev = out.length ? out[out.length - 1] : undefined;
    if (prev && gapIsPunct(tokens, prev.tok1, m.tok0)) {
      const joined = m.clitics.startsWith('و') || s_isConjGap(tokens, prev.tok1, m.tok0);
      const same = prev.entity === m.entity && !joined;
      const descThenName = !joined && prev.via === 'descriptor' && m.via === 'name' && prev.kind === m.kind && (m.kind === 'person' || m.kind === 'organization');
      const nameThenDesc = prev.via === 'name' && m.via === 'descriptor' && prev.kind === m.kind && gapIsPunct(tokens, prev.tok1, m.tok0, false) && prev.tok1 === m.tok0;
      // "Turkey's Mevlut Cavusoglu", "وزراء دفاع روسيا سيرغي شويغو": a country then one of its people
      const countryThenPerson =
        !joined && prev.kind === 'country' && m.kind === 'person' && prev.tok1 === m.tok0 - (tokens[prev.tok1]?.text === "'" ? 1 : 0) && m.via === 'name' &&
        // ("روسيا وإيران الأسد": Assad is no Iranian; a person of another country is another argument)
        (lex.entities.get(m.entity)?.country ?? prev.entity) === prev.entity;
      // (`إطاحة الجيش المصري بالرئيس محمد مرسي`: a name behind a preposition of its own, بـ/لـ, is another argument; a mention
      // never runs over it; diagnosis-batch23 §7 fix 4)
      const prepped = /[بلك]/.test(m.clitics);
      if (!prepped && (same || descThenName || countryThenPerson)) {
        // (names35, diagnosis-batch30 #60, 61: `وزارة الخارجية والمغتربين السورية`, a state's body then its own demonym
        // adjective: the joint mention stays the body, not a demonym, which would be dropped as a bare adjective)
        const keep = countryThenPerson ? m : m.via === 'demonym' && prev.via !== 'demonym' ? prev : m.via === 'name' || prev.via !== 'name' ? m : prev;
        const joint = copyMention(keep);
        joint.tok0 = prev.tok0;
        joint.tok1 = m.tok1;
        joint.conj = prev.conj;
        joint.clitics = prev.clitics;
        out[out.length - 1] = joint;
        continue;
      }
      void nameThenDesc;
    }
    out.push(m);
  }
  return out;
}

interface Found {
  mention: Mention;
  discovered: Discovered;
  /** Mentions this one replaces (a demonym inside "Iraqi Foreign Minister …"). */
  replaces: Mention[];
}

/** The first mention of `ms` that starts at token `tok` (relations/ctx.ts mentionAt asks it, past the sentence's token marks). */
export function mentionAt(ms: readonly Mention[], tok: number): Mention | undefined {
  return ms.find((m) => m.tok0 === tok);
}
function mentionEndingAt(ms: Mention[], tok: number): Mention | undefined {
  return ms.find((m) => m.tok1 === tok);
}
function covered(ms: Mention[], a: number, b: number): boolean {
  return ms.some((m) => m.tok0 < b && m.tok1 > a);
}

function makeFound(
  text: string,
  tokens: Token[],
  a: number,
  b: number,
  kind: EntityKind,
  country: string | undefined,
  replaces: Mention[],
  lex: Lexicon,
  sentence: string,
): Found {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const label = text.slice(start, end);
  let id = slugify(label);
  if (lex.entities.has(id)) id = `${id}-x`;
  // (interned like the lexicon's ids, so that comparing ids stays a pointer test, see intern;
  // `country` always present, undefined when none: one layout for every Discovered)
  id = intern(id);
  return {
    mention: mention(a, b, start, end, id, kind, 'discovered', false, ''),
    discovered: { id, kind, label, country, sentences: [sentence] },
    replaces,
  };
}

/** Name tokens after position k: Arabic words that are not stop words, or Latin capitalised words. */
/** Prepositions spelt with a final ى, which a name's normalised spelling may share (على / علي). */
const AR_PREP_MAQSURA = /^[وف]?(على|إلى|الى|لدى|حتى)$/;

function nameAfter(tokens: Token[], k: number, arabic: boolean, blocked: Uint8Array, ms: Mention[]): [number, number] | undefined {
  while (k < tokens.length && (tokens[k]!.text === ',' || tokens[k]!.text === '،')) k++;
  let quoted = false;
  if (isNameQuote(tokens[k])) {
    quoted = true;
    k++;
  }
  const a = k;
  const max = quoted ? 4 : arabic ? 3 : 4;
  // (words, not tokens: "Mohammed Shia al-Sudani" is four words and five tokens)
  let words = 0;
  while (k < tokens.length && words < max) {
    const t = tokens[k]!;
    if (!t.word || blocked[k] === 1 || mentionAt(ms, k)) break;
    if (arabic) {
      if (!t.arabic || AR_STOP.has(t.norm)) break;
      // ("الوزير السوري على هامش الاجتماعات": the preposition على, spelt with ى, is no Ali (علي))
      if (AR_PREP_MAQSURA.test(t.text)) break;
      // (the article as written: "إلياس", "ألفت" are names, not a definite word)
      if (k === a && /^ال/.test(t.text.replace(/[\u064B-\u0652]/g, '')) && !quoted) break;
    } else {
      if (!t.cap && !(k > a && EN_NAME_LINK.has(t.norm))) break;
    }
    k++;
    words++;
    while (k < tokens.length && tokens[k]!.text === '-' && tokens[k + 1]?.word) k++;
  }
  // a hyphen left after the last word belongs to no name
  while (k > a && tokens[k - 1]!.text === '-') k--;
  if (quoted && !isNameQuote(tokens[k])) return undefined;
  const n = k - a;
  if (n === 0) return undefined;
  if (!quoted && arabic && n < 2) return undefined;
  if (!arabic && EN_NAME_LINK.has(tokens[k - 1]!.norm)) return undefined;
  return [a, k];
}

/**
 * "وزير الموارد المائية السوري X", "وزير المهجرين اللبناني X", "القائد العام لقوات سوريا الديمقراطية X": after a title
 * whose last word is a head in construct (no article), its definite genitive complement (words with the article,
 * coordinated with و, up to four) or a named organisation or group (with its ل) stands between the title and the name;
 * the token where the demonym or the name starts (t1 when there is no such complement, or when no name follows it).
 */
function genitiveAfterTitle(tokens: Token[], t1: number, ms: Mention[], blocked: Uint8Array, lex: Lexicon): number {
  const head = tokens[t1 - 1]!;
  let k = t1;
  if (/^(العام|الاعلي|الخاص)$/.test(tokens[k]?.norm ?? '')) k++;
  // ("القيادي في «حماس» X": the group one belongs to, after في)
  let j = tokens[k]?.norm === 'في' ? k + 1 : k;
  while (isQuote(tokens[j])) j++;
  const m = mentionAt(ms, j);
  if (m && (m.kind === 'armed_group' || m.kind === 'organization')) {
    j = m.tok1;
    while (isQuote(tokens[j])) j++;
    return j;
  }
  // ("كبير مساعدي وزير الخارجية الإيراني للشؤون السياسية الخاصة X": an office held under a role, and its `لل…` complement
  // with its adjectives; officeHolders then drops the role)
  if (m && m.kind === 'person' && m.via === 'descriptor' && k === t1) {
    j = m.tok1;
    if (/^لل../.test(tokens[j]?.norm ?? '') && !mentionAt(ms, j)) {
      j++;
      for (let n = 0; n < 3 && tokens[j]?.arabic && /^ال../.test(tokens[j]!.norm) && !mentionAt(ms, j) && blocked[j] !== 1; n++) j++;
    }
    return j;
  }
  if (head.norm.startsWith('ال') || k > t1) return k;
  const free = (j: number) => !!tokens[j]?.arabic && tokens[j]!.word && blocked[j] !== 1 && !mentionAt(ms, j) && !AR_STOP.has(tokens[j]!.norm);
  // ("شيخ قبيلة العكيدات", "نائب رئيس مجلس النواب": an institution's noun in construct opens the complement; after one,
  // "حكومة تصريف الأعمال", one more construct noun may precede the definite words)
  let inst = cueWords(lex, 'institution_ar').has(head.norm);
  if (!inst && free(k) && cueWords(lex, 'institution_ar').has(tokens[k]!.norm)) {
    inst = true;
    k++;
  }
  if (inst && free(k) && !tokens[k]!.norm.startsWith('ال') && free(k + 1) && /^ال../.test(tokens[k + 1]!.text)) k++;
  let n = 0;
  // (the article as written, not its normalised form: "إلياس" is a name)
  while (n < 4 && free(k) && /^و?ال../.test(tokens[k]!.text.replace(/[\u064B-\u0652]/g, ''))) {
    k++;
    n++;
  }
  return n ? k : t1;
}
// Nouns of institutions that head a title's complement in construct (normalised: ة as ه).
// (AR_INSTITUTION: the `institution_ar` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "the town of", "the nearby village of", "the northern border town of", "the eastern Daraa town of" (solo50): "the", then
 * at most three lowercase words, hyphens or words of a known name, right before the head at c.
 */
function theBeforeTown(tokens: Sentence['tokens'], c: number, ms: Mention[]): boolean {
  for (let b = c - 1; b >= 0 && c - b <= 4; b--) {
    const t = tokens[b]!;
    if (t.norm === 'the') return true;
    if (t.text === '-' || covered(ms, b, b + 1)) continue;
    if (!t.word || t.arabic || t.cap || /^(and|or|of|a|an|in|on|at|to|from|by|with|near|its|their|his|her)$/.test(t.norm)) return false;
  }
  return false;
}

/**
 * (namedates56, rule 19d, diagnosis-batch55 §6 name56 rank 3) Right after the name of a singular "the town/village of X"
 * (ending at `end`), a locator that names a place of the lexicon: "…, in the al-Ghab plain", "in the western Aleppo
 * countryside", "in eastern Deir ez-Zor province", ", east of Raqqa" (cues.csv `compass`). X, unknown to the lexicon,
 * gets no node of its own: the locator is the place of what happens there (the gold's "A in B" with no A).
 */
function locatorAfter(tokens: readonly Token[], end: number, ms: Mention[], lex: Lexicon): Mention | undefined {
  let k = end;
  if (tokens[k]?.text === ',') k++;
  const w = tokens[k];
  if (!w || w.arabic) return undefined;
  const compass = cueWords(lex, 'compass');
  if (w.norm === 'in') {
    k++;
    if (tokens[k]?.norm === 'the' && !mentionAt(ms, k)) k++;
    for (let n = 0; n < 2 && tokens[k] && compass.has(tokens[k]!.norm) && !mentionAt(ms, k); n++) k++;
  } else if (compass.has(w.norm) && tokens[k + 1]?.norm === 'of') {
    k += 2;
    if (tokens[k]?.norm === 'the' && !mentionAt(ms, k)) k++;
  } else return undefined;
  const m = mentionAt(ms, k);
  return m && m.kind === 'place' && lex.entities.get(m.entity)?.kind === 'place' ? m : undefined;
}

function discover(text: string, s: Sentence, lex: Lexicon, ms: Mention[], blocked: Uint8Array): Found[] {
  const tokens = s.tokens;
  const found: Found[] = [];
  const sentence = text.slice(s.start, s.end);
  // (not "وزير الطاقة عماد X": one word written without the article that a title matches, `العماد`, and is a given name)
  const allTitles = (s.titles ?? matchTokens(tokens, lex.titleTrie)).filter((t) => !(t.tok1 === t.tok0 + 1 && tokens[t.tok0]!.arabic && !/^ال/.test(tokens[t.tok0]!.text) && givenNames(lex).has(tokens[t.tok0]!.norm)));
  const titles = allTitles.filter((t) => !covered(ms, t.tok0, t.tok1));
  for (const t of titles as Match<Title>[]) {
    if (allTitles.some((t2) => t2.tok1 === t.tok0)) continue; // the first title of a row reads the name
    // ("نائب رئيس مجلس النواب إلياس بو صعب": of two overlapping titles the one that ends last reads the name)
    if (allTitles.some((t2) => t2.tok0 > t.tok0 && t2.tok0 < t.tok1 && t2.tok1 > t.tok1)) continue;
    const title = t.values[0]!;
    const arabic = tokens[t.tok0]!.arabic;
    const replaces: Mention[] = [];
    let country: string | undefined;
    let k = t.tok1;
    if (arabic && title.kind === 'person') k = genitiveAfterTitle(tokens, t.tok1, ms, blocked, lex);
    if (arabic) {
      // وزير الخارجية العراقي فؤاد حسين
      const dem = mentionAt(ms, k);
      if (dem && dem.kind === 'country') {
        country = dem.entity;
        replaces.push(dem);
        k = dem.tok1;
      }
    } else {
      // Iraqi Foreign Minister Fuad Hussein
      const dem = mentionEndingAt(ms, t.tok0);
      if (dem && dem.kind === 'country' && dem.via === 'demonym') {
        country = dem.entity;
        replaces.push(dem);
      }
      // ("EU Energy Commissioner Kadri Simson", "UN Special Envoy X": an organisation's name right before a capitalised
      // title is the office's, not an actor of its own; the person is the actor)
      else if (dem && dem.kind === 'organization' && dem.via === 'name' && tokens[t.tok0]!.cap) replaces.push(dem);
    }
    // ("nationalist politician Umit Ozdag", "said opposition leader X Y": a title in lowercase introduces a name of two
    // capitalised words or more, none of them a word of the sentence's frame)
    // (not a lowercase adjective that is also a title: "a general", "chief")
    const lower = !arabic && !tokens[t.tok0]!.cap && !country;
    if (lower && t.tok1 === t.tok0 + 1 && cueWords(lex, 'military_rank').has(tokens[t.tok0]!.norm)) continue;
    // "سماحة آية الله X", "سمو ولي العهد الأمير X", "His Highness Sheikh X": titles in a row introduce one name
    for (let moved = true; moved; ) {
      moved = false;
      // (", Major General X" after "army chief": past a comma too)
      if (!arabic && tokens[k]?.text === ',' && allTitles.some((t2) => t2.tok0 === k + 1)) k++;
      for (const t2 of allTitles)
        if (t2.tok0 === k && t2.tok1 > k && !mentionAt(ms, k)) {
          k = t2.tok1;
          moved = true;
        }
    }
    const next = mentionAt(ms, k) ?? mentionAt(ms, k + 1);
    if (next && next.kind !== 'country') continue; // a known name follows
    const span = nameAfter(tokens, k, arabic, blocked, ms);
    if (!span) continue;
    // (no name is made of frame words only: "Major General", "Foreign Minister")
    if (!arabic && tokens.slice(span[0], span[1]).every((w) => !w.word || COMMON_CAPS.has(w.norm) || EN_NAME_LINK.has(w.norm))) continue;
    if (lower) {
      let words = 0;
      for (let j = span[0]; j < span[1]; j++) if (tokens[j]!.word && !EN_NAME_LINK.has(tokens[j]!.norm)) words += COMMON_CAPS.has(tokens[j]!.norm) || cueWords(lex, 'institution_word').has(tokens[j]!.norm) ? 9 : 1;
      if (words < 2 || words >= 9) continue;
    }
    const f = makeFound(text, tokens, span[0], span[1], title.kind, country, replaces, lex, sentence);
    // the title belongs to the mention (for word distances); the surface span stays the name
    f.mention.tok0 = Math.min(t.tok0, replaces[0]?.tok0 ?? t.tok0);
    found.push(f);
  }
  // Samer Kamal al-Assad: unknown capitalised names before a known surname are another person
  for (const m of ms) {
    if (m.kind !== 'person' || m.via !== 'name' || tokens[m.tok0]!.arabic) continue;
    let a = m.tok0;
    while (a > 0 && tokens[a - 1]!.word && tokens[a - 1]!.cap && blocked[a - 1] !== 1 && !COMMON_CAPS.has(tokens[a - 1]!.norm) && !mentionEndingAt(ms, a) && !covered(ms, a - 1, a)) a--;
    // (a capitalised word opening the sentence may be any word, "Later Assad said": a given name before a one-word surname
    // alias only when the article never writes it in lowercase, "Hussein Makhlouf met …")
    if (a === m.tok0 || (a === 0 && m.tok0 - a < 2 && !(m.tok1 - m.tok0 === 1 && givenNameFirst(text, tokens[0]!)))) continue;
    if (allTitles.some((t) => t.tok0 < m.tok0 && t.tok1 > a)) continue;
    found.push(makeFound(text, tokens, a, m.tok1, 'person', lex.entities.get(m.entity)?.country, [m], lex, sentence));
  }
  // "وزير الإدارة المحلية السوري حسين مخلوف": a one-word surname of the lexicon right after an unknown given name (a word
  // that is no title, cue or name, after a title or a demonym) is another person of that family: the two words are the name
  for (const m of ms) {
    if (m.kind !== 'person' || m.via !== 'name' || m.tok1 - m.tok0 !== 1 || !tokens[m.tok0]!.arabic) continue;
    const g = m.tok0 - 1;
    const w = tokens[g];
    if (!w?.arabic || !w.word || blocked[g] === 1 || w.norm.startsWith('ال') || AR_STOP.has(w.norm) || mentionEndingAt(ms, m.tok0) || covered(ms, g, m.tok0)) continue;
    const dem = mentionEndingAt(ms, g);
    if (!(dem?.kind === 'country' && dem.via === 'demonym') && !allTitles.some((t) => t.tok1 === g)) continue;
    if (!(lex.entities.get(m.entity)?.label_ar ?? '').includes(' ')) continue;
    found.push(makeFound(text, tokens, g, m.tok1, 'person', dem?.entity, [m], lex, sentence));
  }
  // "قُتل أبو خالد الشامي، القيادي في «حراس الدين»": an Arabic apposition, a person's title with the article after a comma,
  // describes the two to four words before the comma, after a verb or opening the sentence, none a stop word, the first
  // without the article
  for (const t of allTitles) {
    const c = t.tok0 - 1;
    if (t.values[0]!.kind !== 'person' || !tokens[t.tok0]!.arabic || tokens[c]?.text !== '،' || !/^ال/.test(tokens[t.tok0]!.text)) continue;
    let a = c;
    // (after a verb: a trigger or cue word, or a passive written with its damma, `قُتل`; or opening the sentence)
    const passive = (k: number) => /^[وف]?.\u064F/.test(tokens[k]!.text);
    while (a > 0 && c - a < 4 && tokens[a - 1]!.arabic && tokens[a - 1]!.word && blocked[a - 1] !== 1 && !passive(a - 1) && !AR_STOP.has(tokens[a - 1]!.norm) && !covered(ms, a - 1, a)) a--;
    const opener = a === 0 || blocked[a - 1] === 1 || passive(a - 1);
    if (c - a < 2 || !opener || /^ال/.test(tokens[a]!.text) || found.some((f) => f.mention.tok0 < c && f.mention.tok1 > a)) continue;
    found.push(makeFound(text, tokens, a, c, 'person', undefined, [], lex, sentence));
  }
  // "Keyvan Khosravi, spokesman for Iran's Security Council,": an unknown capitalised name before a comma and a person's
  // title that a preposition follows (an apposition: the title describes the name before it)
  for (const t of allTitles) {
    if (t.values[0]!.kind !== 'person' || tokens[t.tok0]!.arabic || !/^(for|of|to|at)$/.test(tokens[t.tok1]?.norm ?? '')) continue;
    const c = /^(the|a|an)$/.test(tokens[t.tok0 - 1]?.norm ?? '') ? t.tok0 - 2 : t.tok0 - 1;
    if (tokens[c]?.text !== ',') continue;
    let a = c;
    while (a > 0 && tokens[a - 1]!.word && tokens[a - 1]!.cap && blocked[a - 1] !== 1 && !COMMON_CAPS.has(tokens[a - 1]!.norm) && !covered(ms, a - 1, a) && !s.dates.some((d) => d.start <= tokens[a - 1]!.start && tokens[a - 1]!.end <= d.end)) a--;
    if (c - a < 2 || c - a > 3 || found.some((f) => f.mention.tok0 < c && f.mention.tok1 > a)) continue;
    found.push(makeFound(text, tokens, a, c, 'person', undefined, [], lex, sentence));
  }
  // "Marwan Hadid al-Omari, a senior Hurras al-Din leader,", "Ali Jaafar, an Islamic State official": an unknown
  // capitalised name before a comma and an indefinite noun phrase headed by a person's noun (an apposition: who the name is)
  // (also "X, whom it described as a senior leader of …", "X, identified as a commander", "X, who was a senior figure")
  for (let c = 2; c + 2 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || tokens[c]!.arabic) continue;
    const art = c + 1 + describedAs(tokens, c + 1);
    if (!/^(a|an)$/.test(tokens[art]?.norm ?? '')) continue;
    let h = art + 1;
    while (h < tokens.length && h - art <= 6 && tokens[h]!.text !== ',' && !cueWords(lex, 'apposed_person').has(tokens[h]!.norm)) h++;
    if (!cueWords(lex, 'apposed_person').has(tokens[h]?.norm ?? '')) continue;
    const a = capitalisedBefore(tokens, c, blocked, ms);
    if (a < 0 || found.some((f) => f.mention.tok0 < c && f.mention.tok1 > a)) continue;
    found.push(makeFound(text, tokens, a, c, 'person', undefined, [], lex, sentence));
  }
  // Iraq's Fuad Hussein
  for (const m of ms) {
    if (m.kind !== 'country') continue;
    const last = tokens[m.tok1 - 1]!;
    if (!/['’]s$/.test(last.text)) continue;
    const span = nameAfter(tokens, m.tok1, false, blocked, ms);
    if (!span || span[1] - span[0] < 2) continue;
    if (tokens.slice(span[0], span[1]).some((t) => cueWords(lex, 'institution_word').has(t.norm))) continue; // "Syria's National Security Bureau
    if (found.some((f) => f.mention.tok0 === span[0])) continue;
    found.push(makeFound(text, tokens, span[0], span[1], 'person', m.entity, [], lex, sentence));
  }
  // "the town of Kansafra", "the towns of Kansafra and al-Bara", "near the village of Kabani": unknown capitalised words
  // after "the town(s)/village(s) of" are places, each member of a list after the plural
  // (the word list looked up once, not per token; speed38)
  const townHeads = cueWords(lex, 'town_of_head');
  for (let c = 0; c + 2 < tokens.length; c++) {
    const head = tokens[c]!.norm;
    if (tokens[c]!.arabic || !townHeads.has(head) || tokens[c + 1]!.norm !== 'of' || !theBeforeTown(tokens, c, ms)) continue;
    const plural = head.endsWith('s');
    let k = c + 2;
    for (let member = 0; member < (plural ? 4 : 1); member++) {
      // ("al-Bara": a lowercase article joined by a hyphen to a capitalised word)
      const lead = tokens[k]?.norm === 'al' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.cap ? 2 : 0;
      const span = nameAfter(tokens, k + lead, false, blocked, ms);
      const known = mentionAt(ms, k);
      if (!span && !known) break;
      const end = span ? span[1] : known!.tok1;
      if (span && !known && span[1] - span[0] <= 3 && !tokens.slice(span[0], span[1]).some((w) => COMMON_CAPS.has(w.norm) || cueWords(lex, 'institution_word').has(w.norm)) && !found.some((f) => f.mention.tok0 < span[1] && f.mention.tok1 > k)) {
        // (namedates56) a town with a locator after it is the locator's place: a mention of that id, nothing discovered
        const loc = plural ? undefined : locatorAfter(tokens, span[1], ms, lex);
        if (loc) {
          const m = mention(k, span[1], tokens[k]!.start, tokens[span[1] - 1]!.end, loc.entity, 'place', 'name', false, '');
          found.push({ mention: m, discovered: { id: loc.entity, kind: 'place', label: '', country: undefined, sentences: [] }, replaces: [] });
        } else found.push(makeFound(text, tokens, k, span[1], 'place', undefined, [], lex, sentence));
      }
      // (the next member: after a comma or "and")
      if (!plural) break;
      if (tokens[end]?.text === ',' && tokens[end + 1]?.norm === 'and') k = end + 2;
      else if (tokens[end]?.text === ',' || tokens[end]?.norm === 'and') k = end + 1;
      else break;
    }
  }
  // (names35, diagnosis-batch30 #25) "on the outskirts of Darkush, a town west of Jisr al-Shughur", "near Kafr Nabl, a
  // village in southern Idlib": one to three unknown capitalised words after a lowercase word, then ", a town/village"
  // (cues.csv `town_of_head`, singular), are a place
  for (let c = 2; c + 2 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || tokens[c + 1]!.norm !== 'a' || !townHeads.has(tokens[c + 2]!.norm) || tokens[c + 2]!.norm.endsWith('s')) continue;
    let a = c;
    while (a > 0 && c - a < 3) {
      const w = tokens[a - 1]!;
      if (w.text === '-' && a - 1 > 0 && tokens[a - 2]!.cap) {
        a--;
        continue;
      }
      if (w.arabic || !w.word || !w.cap || blocked[a - 1] === 1 || covered(ms, a - 1, a) || COMMON_CAPS.has(w.norm) || cueWords(lex, 'institution_word').has(w.norm)) break;
      a--;
    }
    // (after a lowercase word, a preposition or a verb: "outskirts of Darkush", "shelled Kafr Tahtani", or first in the sentence)
    if (a === c || (a > 0 && (!tokens[a - 1]!.word || tokens[a - 1]!.cap || tokens[a - 1]!.arabic))) continue;
    if (found.some((f) => f.mention.tok0 < c && f.mention.tok1 > a)) continue;
    found.push(makeFound(text, tokens, a, c, 'place', undefined, [], lex, sentence));
  }
  // "the Syria-based Qatirji Company", "Al-Qatirji Corporation", "the Dubai-based Katerji Group": one to three unknown
  // capitalised words before a company word are a company (an organisation); "Group" only after "X-based" (a place of
  // business), since "the X group" names armed groups too; the country of "X-based" is the company's
  const companyWords = cueWords(lex, 'company_word');
  for (let c = 1; c < tokens.length; c++) {
    const t = tokens[c]!;
    if (t.arabic || !t.cap || covered(ms, c, c + 1) || blocked[c] === 1) continue;
    const group = t.norm === 'group';
    if (!companyWords.has(t.norm) && !group) continue;
    let a = c;
    while (a > 0 && c - a < 5) {
      const w = tokens[a - 1]!;
      if (w.text === '-' && a - 1 > 0 && tokens[a - 2]!.word && tokens[a - 2]!.cap) {
        a--;
        continue;
      }
      if (!w.word || !w.cap || blocked[a - 1] === 1 || covered(ms, a - 1, a) || COMMON_CAPS.has(w.norm) || cueWords(lex, 'institution_word').has(w.norm)) break;
      a--;
    }
    const words = tokens.slice(a, c).filter((w) => w.word).length;
    if (words < 1 || words > 3 || found.some((f) => f.mention.tok0 <= c && f.mention.tok1 > a)) continue;
    // (not "the Syrian Petroleum Company": a demonym before the words makes it a state's company, left unnamed)
    if (mentionEndingAt(ms, a)?.via === 'demonym') continue;
    // ("Syria-based": the place of business before the name, as a country mention and "-based")
    const based = tokens[a - 1]?.norm === 'based' ? a - 1 : tokens[a - 1]?.text.toLowerCase().endsWith('-based') ? a - 1 : -1;
    if (group && based < 0) continue;
    const home = based >= 0 ? mentionEndingAt(ms, based - (tokens[based - 1]?.text === '-' ? 1 : 0)) : undefined;
    found.push(makeFound(text, tokens, a, c + 1, 'organization', home?.kind === 'country' ? home.entity : undefined, [], lex, sentence));
  }
  // quoted names: “…” of 1–3 words with no known mention inside
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameQuote(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && !isNameQuote(tokens[j])) j++;
    if (!isNameQuote(tokens[j]) || j === i + 1 || j - i > 4) continue;
    if (tokens[i + 1]!.arabic) {
      i = j;
      continue; // Arabic quotes hold slogans and terms as often as names: only titled names are discovered
    }
    const a = i + 1;
    const b = j;
    i = j;
    if (covered(ms, a, b) || found.some((f) => f.mention.tok0 < b && f.mention.tok1 > a)) continue;
    let ok = true;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (!t.word || blocked[k] === 1 || (t.arabic ? AR_STOP.has(t.norm) : !t.cap && !EN_NAME_LINK.has(t.norm))) ok = false;
    }
    if (!ok) continue;
    const kind: EntityKind = tokens[a]!.arabic && tokens[a]!.norm.startsWith('ال') ? 'organization' : 'person';
    found.push(makeFound(text, tokens, a, b, kind, undefined, [], lex, sentence));
  }
  return found;
}

const roleCache = new Map<string, string | undefined>();

/** The holder of a role in a country at a date ('defence minister' + Turkey + 2022-12-28 → Hulusi Akar), via the lexicon's descriptors. */
export function resolveRole(lex: Lexicon, country: string, role: string, lang: 'ar' | 'en', date: string): string | undefined {
  const key = `${country}|${role}|${lang}|${date}`;
  if (roleCache.has(key)) return roleCache.get(key);
  const e = lex.entities.get(country);
  let found: string | undefined;
  const dems = lang === 'ar' ? (e?.demonyms_ar ?? []) : (e?.demonyms_en ?? []);
  for (const d of dems) {
    const phrase = lang === 'ar' ? `${role} ${d}` : `${d} ${role}`;
    let node: typeof lex.mentionTrie | undefined = lex.mentionTrie;
    for (const k of phraseKeys(phrase)) node = node?.next.get(k);
    const surf = node?.out ? resolveSurface(node.out, date) : undefined;
    if (surf && lex.entities.get(surf.entity)?.kind === 'person') {
      found = surf.entity;
      break;
    }
  }
  if (roleCache.size > 10_000) roleCache.clear();
  roleCache.set(key, found);
  return found;
}

/** The first words of an entity's Arabic names, normalised (cached per entity). */
const headCache = new WeakMap<object, Set<string>>();
function headsOf(e: { label_ar: string; aliases_ar: string[] }): Set<string> {
  let h = headCache.get(e);
  if (!h) headCache.set(e, (h = new Set([e.label_ar, ...e.aliases_ar].filter(Boolean).map((n) => normalise(n).split(' ')[0]!))));
  return h;
}

/** "الحركة" (Hamas), "الهيئة" (HTS), "الحزب" (the PKK), "الوحدات" (the YPG) alone, with the article; "الفصائل" (ref42: the
 * SNA, whose name `فصائل الجيش الوطني` opens with it, after «الجيش الوطني السوري» was named: `مستهدفين مواقع للفصائل قرب
 * مدينة مارع`). */
const SHORT_HEAD = /^[وف]?(?:بال|كال|لل|ال)(حزب|حركه|وحدات|هييه|تنظيم|جماعه|فصايل)$/;

/**
 * A group's head noun alone, with the article ("قررت الحركة", "للحزب والوحدات", "وكانت الهيئة قد …"), names the
 * armed group or organisation named last in the article whose Arabic name starts with that noun.
 */
function shortGroupNames(s: Sentence, ms: Mention[], lex: Lexicon, seen: string[], blocked: Uint8Array): Mention[] {
  let out = ms;
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const head = t.arabic ? SHORT_HEAD.exec(t.norm)?.[1] : undefined;
    // (a partitive cue alone does not block it: `وحدات` is both a unit word, `وحدات من الجيش`, and the YPG's head)
    const partitiveOnly = !s.triggers.some((x) => x.tok0 <= k && x.tok1 > k) && s.cues.some((c) => c.tok0 <= k && c.tok1 > k) && s.cues.every((c) => c.tok0 > k || c.tok1 <= k || c.cues.every((x) => x.kind === 'partitive'));
    if (!head || (blocked[k] === 1 && !partitiveOnly) || covered(out, k, k + 1)) continue;
    // ("الحزب الديمقراطي", "حركة النهضة": a head with its own name after it is another group)
    const next = s.tokens[k + 1];
    if (next?.arabic && next.word && !covered(out, k + 1, k + 2) && /^ال/.test(next.norm) && (head === 'فصايل' || !/^(الكردي|الكرديه|الفلسطينيه|الاسلاميه)$/.test(next.norm))) continue;
    // (a group named earlier in the same sentence first, as in English: `للمعركة ضد «داعش»، بعدما تمكّنت الوحدات الكردية من
    // طرد التنظيم منها` is IS, not the PKK of the sentence before; ref36, diagnosis-batch31 §3 body heads)
    const here = out.filter((m) => m.tok1 <= k && (m.kind === 'armed_group' || m.kind === 'organization')).map((m) => m.entity);
    const ids = here.length ? [...seen, ...here] : seen;
    for (let i = ids.length - 1; i >= 0; i--) {
      const e = lex.entities.get(ids[i]!);
      if (!e || !headsOf(e).has(head)) continue;
      const clitics = t.norm.slice(0, t.norm.length - head.length).replace(/(ال|ل)$/, '');
      // ("للحزب والوحدات": joined to the mention right before it by و)
      const conj = clitics.startsWith('و') && out.some((m) => m.tok1 === k);
      out = [...out, mention(k, k + 1, t.start, t.end, e.id, e.kind, 'descriptor', conj, clitics)].sort((x, y) => x.tok0 - y.tok0);
      break;
    }
  }
  return out;
}

/** English head nouns of a group named before: "the group", "the militia" (any armed group), "the council", "the league", … (in its name), "the bloc" (in a descriptor: "the European bloc"). */
const SHORT_HEAD_EN = /^(group|militia|movement|party|council|league|alliance|coalition|bloc)(['’]s)?$/;

/**
 * "… accused the group of moving arms", "urged the council to reopen …": "the" and a group's head noun alone name the
 * armed group or organisation named last in the article — for "group" and "militia" any armed group, for the others
 * one whose English name has that word (the English twin of shortGroupNames). Not "the group of …" (but "of" and a
 * gerund) nor a head with a name of its own after it ("the Group of Seven", "the Council of Europe").
 */
function shortGroupNamesEn(s: Sentence, ms: Mention[], lex: Lexicon, seen: string[], blocked: Uint8Array, counts: Map<string, number>): Mention[] {
  let out = ms;
  const memberWords = cueWords(lex, 'group_member_anaphor');
  out = openingItsUnit(s, out, lex, seen);
  out = struckItsHolding(s, out, lex, seen);
  for (let k = 1; k < s.tokens.length; k++) {
    // (the cheap test first: most words follow no "the")
    if (s.tokens[k - 1]!.norm !== 'the') continue;
    const t = s.tokens[k]!;
    // ("the militants", "the jihadists": the members of the most named armed group, as "the group"; cues.csv
    // group_member_anaphor, ref39)
    const short = SHORT_HEAD_EN.exec(t.norm)?.[1];
    const members = !short && memberWords.has(t.norm);
    const head = short ?? (members ? 'group' : undefined);
    // (a member noun is a cue word of its own, `partitive`: not blocked by it)
    if (!head || (blocked[k] === 1 && !members) || covered(out, k - 1, k + 1)) continue;
    const next = s.tokens[k + 1];
    // ("accused the group of moving arms": "of" and a gerund is the accusation's content, not the group's name)
    if (next && ((next.norm === 'of' && !/ing$/.test(s.tokens[k + 2]?.norm ?? '')) || (next.cap && next.word))) continue;
    // (a group named earlier in the same sentence first: "struck Hamas positions and accused the group of …")
    // (ref42: not a group that is the label of another, "regards the YPG as an offshoot of the PKK … support for the group":
    // the YPG; cues.csv `label_of_en` + "of", one article or adjective between)
    const here = out.filter((m) => m.tok1 < k && (m.kind === 'armed_group' || m.kind === 'organization') && !labelComplement(s, m, lex)).map((m) => m.entity);
    const ids = [...seen, ...here];
    // ("the group", "the militia": the article's most named armed group, the latest of equals — not one named once in
    // passing, "killed by fighters of the Free Syrian Army", after the Islamic State group the story is about)
    const any = head === 'group' || head === 'militia';
    const count = (id: string) => (counts.get(id) ?? 0) + here.filter((x) => x === id).length;
    let best = -1;
    // (not a group the sentence names after it: "the group's spokesman accused HTS", "The group's cells … strike the SDF"
    // are not HTS, not the SDF — a name after its own anaphor in one clause is another actor)
    const later = out.some((m) => m.tok0 > k && m.kind === 'armed_group') ? new Set(out.filter((m) => m.tok0 > k).map((m) => m.entity)) : undefined;
    // (members, "the jihadists": only a group with no state of its own, a transnational one, not the Kurdish-led forces
    // that "drove the jihadists out"; ref39)
    const fitsMembers = (id: string) => !members || !lex.entities.get(id)?.country;
    if (any) for (let i = ids.length - 1; i >= 0; i--) if (lex.entities.get(ids[i]!)?.kind === 'armed_group' && fitsMembers(ids[i]!) && !later?.has(ids[i]!) && (best < 0 || count(ids[i]!) > count(ids[best]!))) best = i;
    for (let i = ids.length - 1; i >= 0; i--) {
      const e = lex.entities.get(ids[i]!);
      if (!e || (any && i !== best)) continue;
      // ("the bloc": a bloc's descriptor has the word, "the pan-Arab bloc", "the European bloc")
      const fits = any ? e.kind === 'armed_group' : [e.label_en, ...e.aliases_en, ...e.descriptors_en].some((n) => !!n && new RegExp(`\\b${head}\\b`, 'i').test(n));
      if (!fits) continue;
      out = [...out, mention(k - 1, k + 1, s.tokens[k - 1]!.start, t.end, e.id, e.kind, 'descriptor', false, '')].sort((x, y) => x.tok0 - y.tok0);
      break;
    }
  }
  return out;
}

/**
 * Is mention m the complement of a label noun ("an offshoot of the PKK", "the Syrian branch of the outlawed PKK"): "of"
 * right before it, past "the" and at most one adjective, after a `label_of_en` word (ref42)?
 */
function labelComplement(s: Sentence, m: Mention, lex: Lexicon): boolean {
  let j = m.tok0 - 1;
  let skipped = 0;
  while (j > 0 && s.tokens[j]!.norm !== 'of' && skipped < 2 && s.tokens[j]!.word && !s.tokens[j]!.cap) {
    j--;
    skipped++;
  }
  if (j <= 0 || s.tokens[j]!.norm !== 'of') return false;
  return cueWords(lex, 'label_of_en').has(s.tokens[j - 1]!.norm);
}

/**
 * robust40b: "Islamic State lost its last territory in 2019. Its militants ambushed …": a sentence opening with "Its"
 * and a member noun names the armed group named last before it in the article (its clitic owner, diagnosis-batch35 §5),
 * as "IS militants" would. Only at the sentence's opening: inside a sentence "its" has readings of its own (the subject's,
 * a state's own organ, cues.csv `own_organ`).
 */
function openingItsUnit(s: Sentence, ms: Mention[], lex: Lexicon, seen: string[]): Mention[] {
  const t = s.tokens[0];
  if (!t || t.norm !== 'its' || !cueWords(lex, 'its_unit_en').has(s.tokens[1]?.norm ?? '') || covered(ms, 0, 2)) return ms;
  const e = lastArmedGroup(lex, seen);
  return e ? [...ms, mention(0, 1, t.start, t.end, e.id, e.kind, 'descriptor', false, '')].sort((x, y) => x.tok0 - y.tok0) : ms;
}

/** The armed group named last among entity ids `ids` (scanned from the end), past those in `skip`; else undefined. */
function lastArmedGroup(lex: Lexicon, ids: readonly string[], skip?: ReadonlySet<string>): LexEntity | undefined {
  for (let i = ids.length - 1; i >= 0; i--) {
    const e = lex.entities.get(ids[i]!);
    if (e?.kind === 'armed_group' && !skip?.has(e.id)) return e;
  }
  return undefined;
}

/** Words before a name that make it the doer's partner, not the one struck ("with the SDF against …"). */
const PARTNER_PREP_EN = /^(with|alongside|and)$/;

/**
 * robust41b: "SDF is active in the area. Turkish drones struck its positions", "dozens of strikes on its hideouts",
 * "raids with the SDF against its cells": an "its" inside a sentence, right after a word of the struck slot (cues.csv
 * `its_struck_prev`) and before a held or member noun (`its_held_noun`), names the armed group named last that is not
 * this sentence's doer (its first actor) nor the doer's partner ("with"/"alongside" X) — named earlier in this sentence
 * as an object, or earlier in the article. One token test ("its") first.
 */
function struckItsHolding(s: Sentence, ms: Mention[], lex: Lexicon, seen: string[]): Mention[] {
  let out = ms;
  const toks = s.tokens;
  const held = cueWords(lex, 'its_held_noun');
  const struck = cueWords(lex, 'its_struck_prev');
  for (let k = 1; k + 1 < toks.length; k++) {
    if (toks[k]!.norm !== 'its') continue;
    if (!held.has(toks[k + 1]!.norm) || !struck.has(toks[k - 1]!.norm) || covered(out, k, k + 1)) continue;
    const before = out.filter((m) => m.tok1 <= k);
    // (the doer: the sentence's first actor; partners: a name after "with", "alongside", "and")
    const skip = new Set<string>();
    if (before[0]) skip.add(before[0].entity);
    for (const m of before) if (PARTNER_PREP_EN.test(toks[m.tok0 - 1]?.norm ?? '') || (toks[m.tok0 - 1]?.norm === 'the' && PARTNER_PREP_EN.test(toks[m.tok0 - 2]?.norm ?? ''))) skip.add(m.entity);
    const ids = [...seen, ...before.filter((m) => m.kind === 'armed_group').map((m) => m.entity)];
    const e = lastArmedGroup(lex, ids, skip);
    if (e) out = [...out, mention(k, k + 1, toks[k]!.start, toks[k]!.end, e.id, e.kind, 'descriptor', false, '')].sort((x, y) => x.tok0 - y.tok0);
  }
  return out;
}

/** "في إطار X" (within the framework of X): what follows is the setting of an act, not a party to it. */
export const FRAMEWORK = /^[وف]?(اطار|باطار)$/;

/**
 * "وتساند أنقرة فصائل معارضة", "فصائل مسلحة معارضة": a group name whose last word the lexicon writes only with the
 * article (المعارضة، فصائل المعارضة), found without it, is an indefinite adjective ("opposition factions", unnamed),
 * not the named group. An organisation named as a framework (في إطار مسار أستانا) is no party either, nor one articled
 * word right after a quoted name (`فصائل «الجيش الوطني السوري» المعارضة`).
 */
function withoutAdjectives(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  let out = ms;
  for (const m of ms) {
    if ((m.kind !== 'organization' && m.kind !== 'armed_group') || m.via !== 'name') continue;
    // ("تلتقي أنقرة وطهران في إطار مسار أستانا": a framework, not a party)
    if (m.kind === 'organization' && FRAMEWORK.test(s.tokens[m.tok0 - 1]?.norm ?? '')) {
      out = out.filter((x) => x !== m);
      continue;
    }
    const last = s.tokens[m.tok1 - 1]!;
    // ("وتدعم فصائل «الجيش الوطني السوري» المعارضة": one articled word right after a quoted name qualifies the phrase
    // before it, like the adjective it is, and names no group of its own)
    if (last.arabic && m.tok1 - m.tok0 === 1 && /^(»|")$/.test(s.tokens[m.tok0 - 1]?.text ?? '') && ms.some((x) => x !== m && (x.tok1 === m.tok0 - 1 || x.tok1 === m.tok0))) {
      out = out.filter((x) => x !== m);
      continue;
    }
    if (!last.arabic || /^[وف]?(ال|لل|بال|كال)/.test(last.norm)) continue;
    const e = lex.entities.get(m.entity);
    const n = m.tok1 - m.tok0;
    const names = e ? mapped([e.label_ar, ...e.aliases_ar].filter(Boolean), (x) => normalise(x).split(' ')).filter((w) => w.length === n) : [];
    if (!names.length || !names.every((w) => w[n - 1]!.startsWith('ال'))) continue;
    out = out.filter((x) => x !== m);
  }
  return out;
}

/**
 * "واتهمت فصائل المعارضة السورية موسكو", "«حزب الله» اللبناني": a definite demonym right after a group's name, past its
 * closing quote, is the group's adjective and names no state of its own: the group's mention takes it in
 * (diagnosis-batch23 §7 fix 4).
 */
function groupAdjectives(s: Sentence, ms: Mention[]): Mention[] {
  let out = ms;
  for (let i = 1; i < out.length; i++) {
    const d = out[i]!;
    const g = out[i - 1]!;
    // (a nisba the lexicon may also list as the state's name, `السورية`)
    if ((d.via !== 'demonym' && d.via !== 'name') || d.kind !== 'country' || d.clitics || !/^ال..+(يه|ي)$/.test(s.tokens[d.tok0]!.norm) || d.tok1 - d.tok0 !== 1) continue;
    if ((g.kind !== 'organization' && g.kind !== 'armed_group') || g.via === 'demonym' || g.via === 'anaphor') continue;
    if (!(g.tok1 === d.tok0 || (g.tok1 === d.tok0 - 1 && /^(»|")$/.test(s.tokens[g.tok1]!.text)))) continue;
    const j = copyMention(g);
    j.tok1 = d.tok1;
    j.end = d.end;
    out = [...out.slice(0, i - 1), j, ...out.slice(i + 1)];
    i--;
  }
  return out;
}

/**
 * `«الوحدات» الكردية`, `«وحدات حماية الشعب» الكردية`: a quoted name, or quoted head, whose closing quote stands before the
 * articled adjective the lexicon's name ends with (`الوحدات الكردية`) is that name, the adjective included (bugs36).
 */
function quotedWithAdjective(s: Sentence, ms: Mention[], lex: Lexicon, date: string): Mention[] {
  let out = ms;
  const toks = s.tokens;
  for (let q = 2; q + 1 < toks.length; q++) {
    // (the cheap test first: a closing quote, then an articled Arabic word no mention covers)
    if (toks[q]!.text !== '»' || !toks[q + 1]!.arabic || !toks[q + 1]!.norm.startsWith('ال') || covered(out, q + 1, q + 2)) continue;
    let p = q - 1;
    while (p >= 0 && p >= q - 5 && toks[p]!.text !== '«') p--;
    if (p < 0 || toks[p]!.text !== '«' || p + 1 >= q) continue;
    const phrase = [...toks.slice(p + 1, q), toks[q + 1]!];
    const hit = matchTokens(phrase, lex.mentionTrie).find((m) => m.tok0 === 0 && m.tok1 === phrase.length);
    const surf = hit ? resolveSurface(hit.values, date) : undefined;
    if (!hit || !surf) continue;
    const e = lex.entities.get(surf.entity)!;
    if (e.kind !== 'armed_group' && e.kind !== 'organization') continue;
    const inside = out.filter((m) => m.tok0 > p && m.tok1 <= q);
    out = [...out.filter((m) => !inside.includes(m)), mention(p + 1, q + 2, toks[p + 1]!.start + (hit.start - phrase[0]!.start), toks[q + 1]!.end, e.id, e.kind, surf.via, inside[0]?.conj ?? false, hit.clitics)].sort((x, y) => x.tok0 - y.tok0);
  }
  return out;
}

/** Role groups: 'the foreign ministers of Russia, Turkey and Iran', 'the Russian and Turkish presidents', 'وزراء دفاع روسيا وتركيا'. */
function resolveRoleGroups(s: Sentence, ms: Mention[], lex: Lexicon, lang: 'ar' | 'en', date: string): Mention[] {
  const out = ms.slice();
  const gone = new Set<number>();
  for (const c of s.cues) {
    const cue = c.cues.find((x) => x.kind === 'role_group');
    if (!cue) continue;
    let k = c.tok1;
    while (k < s.tokens.length && isQuote(s.tokens[k])) k++;
    // the first member may have swallowed the role ("وزيرا الخارجية التركي" read as one descriptor)
    let i = out.findIndex((m) => m.tok0 === k || (m.tok0 === c.tok0 && m.tok1 > c.tok1));
    let members: number[] = [];
    if (i >= 0) {
      members.push(i);
      for (let j = i + 1; j < out.length && out[j]!.conj; j++) members.push(j);
    } else {
      // demonyms before the role (English): "the Russian, Turkish and Syrian defence ministers"
      // (Arabic puts its demonyms after the role: "طهران وفداً" is a place and a delegation)
      i = lang === 'en' ? out.findIndex((m) => m.tok1 === c.tok0) : -1;
      if (i < 0) continue;
      members.push(i);
      for (let j = i; j > 0 && out[j]!.conj; j--) members.unshift(j - 1);
    }
    const role = cue.value ?? '';
    let first = true;
    for (const j of members) {
      const m = out[j]!;
      const upd = copyMention(m);
      upd.grouped = true;
      if (role && m.kind === 'country') {
        const person = resolveRole(lex, m.entity, role, lang, date);
        if (person) {
          upd.entity = person;
          upd.kind = 'person';
          upd.via = 'descriptor';
        } else {
          // ("وزراء خارجية تركيا وأرمينيا" with no known Armenian foreign minister: a minister is a person, not his
          // country; the member names no one we know)
          gone.add(j);
          continue;
        }
      }
      // (a first member gone: the next one opens the group where it began, right after the role)
      const lead = first && gone.size ? out[members[0]!]! : undefined;
      if (lead) Object.assign(upd, { conj: false, tok0: lead.tok0, start: lead.start, clitics: lead.clitics });
      first = false;
      out[j] = upd;
    }
  }
  if (gone.size) return out.filter((_, j) => !gone.has(j));
  return out;
}

/** The date roles are read at: a full date or month named in the sentence ("the May 2023 meeting of the foreign ministers"), else publication. */
function sentenceDate(s: Sentence, published: string): string {
  const d = s.dates.find((x) => x.date.length >= 7)?.date;
  if (!d) return published;
  return d.length === 7 ? `${d}-15` : d;
}

/**
 * "the government of Bashar al-Assad", "Assad's regime", "حكومة الأسد", "قوات الأسد": a state organ
 * headed by a person (a `state_of` cue right before the name, or after its possessive) is the
 * person's country, like "the Syrian government".
 */
function stateOfPerson(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  let out = ms;
  for (const c of s.cues) {
    let cue: Cue | undefined;
    for (const x of c.cues) if (x.kind === 'state_of') cue = x;
    if (!cue) continue;
    const after = cue.value === "'s";
    // (not a person behind a preposition of their own: `أطاح الجيش بالرئيس محمد مرسي`, diagnosis-batch23 §7 fix 4)
    const i = out.findIndex((m) => m.kind === 'person' && (after ? m.tok1 === c.tok0 && /['’]s?$/.test(s.tokens[m.tok1 - 1]!.text) : m.tok0 === c.tok1 && !/[بلك]/.test(m.clitics)));
    if (i < 0) continue;
    const m = out[i]!;
    const country = lex.entities.get(m.entity)?.country;
    if (!country) continue;
    const head = after ? m : c;
    const merged = mention(Math.min(m.tok0, c.tok0), Math.max(m.tok1, c.tok1), Math.min(m.start, c.start), Math.max(m.end, c.end), country, 'country', 'descriptor', m.conj, head.clitics, m.grouped);
    out = out === ms ? [...ms] : out;
    out[i] = merged;
  }
  return out;
}

/**
 * "Grand Ayatollah Ali Khamenei", "سماحة آية الله علي خامنئي", "سمو الشيخ …": titles (titles.csv) right before a
 * known person, that are no cue or trigger word, belong to the mention's words (its surface span stays the name), so
 * a verb before them is as near its subject as before the bare name.
 */
function withTitlesOfAddress(s: Sentence, ms: Mention[], blocked: Uint8Array, lex: Lexicon): Mention[] {
  const titles = s.titles ?? matchTokens(s.tokens, lex.titleTrie);
  if (!titles.length) return ms;
  let out = ms;
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== 'person' || m.via === 'discovered') continue;
    let k = m.tok0;
    let clitics = m.clitics;
    for (let moved = true; moved; ) {
      moved = false;
      for (const t of titles) {
        if (t.tok1 !== k || covered(out, t.tok0, t.tok1)) continue;
        let free = true;
        for (let j = t.tok0; j < t.tok1 && free; j++) free = blocked[j] !== 1;
        if (!free) continue;
        k = t.tok0;
        clitics = t.clitics;
        moved = true;
        break;
      }
    }
    if (k === m.tok0) continue;
    if (out === ms) out = [...ms];
    const titled = copyMention(m);
    titled.tok0 = k;
    titled.clitics = clitics;
    out[i] = titled;
  }
  return out;
}
let blockedBuf = new Uint8Array(256);

/** Stage: mentions of every sentence (needs tokens, triggers and cues), and the discovered entities. */
export function findMentions(doc: Doc, lex: Lexicon): Doc {
  const discovered = new Map(doc.discovered);
  const text = doc.article.text;
  /** People named so far, latest last (for "ضيفه الإيراني", "his Iranian guest"). */
  const people: string[] = [];
  /** Armed groups and organisations named so far, latest last (for "الحركة", "الهيئة", "الحزب"). */
  const groupsSeen: string[] = [];
  /** How often each group has been named so far (the salience "the group" follows, shortGroupNamesEn). */
  const groupCounts = new Map<string, number>();
  /** Surnames (normalised words joined by a space) of the people named in full in this article so far → their ids ('' when two share one). */
  const surnames = new Map<string, string>();
  /** The first words of the keys of `surnames` (without the `#` of a given name). */
  const surnameFirsts = new Set<string>();
  /** Head nouns of the titles people were named with so far ("minister", "envoy") → the latest such person. */
  const heads = new Map<string, string>();
  /** Places named so far, latest last (for "the town's local council", "the camp administration": localbodies.ts, name46). */
  const placesSeen: SeenPlace[] = [];
  const rememberingPlaces = wantsPlaces(doc.sentences, doc.article.lang);
  let lastCamp: string | undefined;
  /** The local body named last (localbodies.ts lastBodyOf, name47): "Council members" after it are its. */
  let lastBody: string | undefined;
  /** The body whose elders the article named last (elders.ts, name47). */
  let elders: EldersBody | undefined;
  /** The first organisation the article named, for a bare chair (barechairs.ts, ref58). */
  let openingBody: Mention | undefined;
  /** The body whose delegation the article named last (delegations.ts, ref52). */
  let delegation: DelegationBody | undefined;
  /** The body whose officers the article named last (delegations.ts, ref52). */
  let officers: DelegationBody | undefined;
  /** English places and bodies discovered so far, for their bare names after (names48.ts, name48). */
  const namesSeen: NameMemory = new Map();
  /** Head words of the bodies named so far ("administration", `اداره`) → the body named last with it (names48.ts). */
  const bodyHeads = new Map<string, string>();
  /** A discovered entity of this sentence: new, or one more sentence of an entity discovered before. */
  const addDiscovered = (d: Discovered) => {
    const prev = discovered.get(d.id);
    if (!prev) discovered.set(d.id, d);
    else if (!prev.sentences.includes(d.sentences[0]!)) prev.sentences.push(d.sentences[0]!);
  };
  const sentences = mapped(doc.sentences, (s) => {
    let ms = mergeAdjacent(s.tokens, lexMentions(s, lex, sentenceDate(s, doc.article.date)), lex);
    if (doc.article.lang === 'ar') ms = quotedWithAdjective(s, withoutAdjectives(s, ms, lex), lex, sentenceDate(s, doc.article.date));
    // (name46) `«الإدارة الذاتية» لشمال وشرق سوريا`: the unquoted tail of a quoted name is the name's
    if (doc.article.lang === 'ar' && ms.length > 1) ms = quotedTails(s, ms, lex);
    // 1 for the tokens of triggers and cues (no part of a discovered name): one buffer for every sentence, not a Set each
    if (blockedBuf.length < s.tokens.length) blockedBuf = new Uint8Array(2 * s.tokens.length);
    const blocked = blockedBuf.subarray(0, s.tokens.length).fill(0);
    for (const t of s.triggers) blocked.fill(1, t.tok0, t.tok1);
    for (const c of s.cues) blocked.fill(1, c.tok0, c.tok1);
    // ("Sheikh Mohamed said" after "Mohamed bin Zayed", "Interior Minister Soylu" after "Suleyman Soylu": a titled name that is
    // a surname or royal given name the article already tied to one person is that person, not a new one; see surnameAt)
    let found = discover(text, s, lex, ms, blocked).filter((f) => f.discovered.kind !== 'person' || !rememberedName(s.tokens, f.mention, surnames, lex));
    // (namedates56) a town named before its locator stands for the locator's place (locatorAfter): a plain mention of a
    // lexicon id, nothing discovered (a discovered id never is one: makeFound adds `-x`)
    if (found.some((f) => f.discovered.kind === 'place' && lex.entities.has(f.discovered.id))) {
      ms = [...ms, ...found.filter((f) => lex.entities.has(f.discovered.id)).map((f) => f.mention)].sort((x, y) => x.tok0 - y.tok0);
      found = found.filter((f) => !lex.entities.has(f.discovered.id));
    }
    // (name48) "the Shaitat tribe", "Qatar Charity", `«قطر الخيرية»`: tribes, and bodies whose names hold a country
    {
      const more = [...(doc.article.lang === 'en' ? tribesEn(text, s, ms, blocked, lex).map((f) => ({ ...f, replaces: [] as Mention[] })) : []), ...countryNamedBodies(text, s, ms, blocked, lex, doc.article.lang)];
      for (const f of more) {
        if (found.some((g) => g.mention.tok0 < f.mention.tok1 && g.mention.tok1 > f.mention.tok0)) continue;
        // ("Shaitat tribesmen": a tribe the lexicon lists, named by its word, is its own mention, nothing discovered)
        if (lex.entities.has(f.discovered.id)) ms = [...ms, f.mention].sort((x, y) => x.tok0 - y.tok0);
        else found.push(f);
      }
    }
    // (name47, rule 19d) "the villages of Fleifel and Sufuhun in the Jabal al-Zawiya area": no ids inside a named area
    if (found.some((f) => f.discovered.kind === 'place')) {
      const fm = found.map((f) => f.mention);
      found = found.filter((f) => !insideNamedArea(s, f.mention, fm, ms, lex, doc.article.lang));
    }
    if (found.length) {
      const drop = new Set<Mention>();
      for (const f of found) for (const m of f.replaces) drop.add(m);
      const kept: Mention[] = [];
      for (const m of ms) if (!drop.has(m)) kept.push(m);
      for (const f of found) kept.push(f.mention);
      ms = kept.sort((x, y) => x.tok0 - y.tok0);
      for (const f of found) addDiscovered(f.discovered);
    }
    let campPlaces: Mention[] | undefined;
    // (name48) "the town of Tadef … near Tadef": a place or body discovered before, named again bare (English)
    if (doc.article.lang === 'en') {
      if (namesSeen.size) ms = recurringNames(s, ms, namesSeen, (id) => addDiscovered({ ...discovered.get(id)!, sentences: [text.slice(s.start, s.end)] }));
      if (found.length) rememberNames(namesSeen, s.tokens, found);
    } else ms = tribesDualAr(s, ms, lex);
    // (name48) `دعت إدارة مخيم الهول …`, "The administration of al-Hol camp" (solo50): a camp's administration (its camp
    // stays a place named, below); English only where the word is
    if (doc.article.lang === 'ar' || s.tokens.some((x) => x.norm === 'administration')) {
      const camps = campAdministrations(text, s, ms, lex, lastCamp);
      if (camps) {
        ms = camps.ms;
        for (const d of camps.found) addDiscovered(d);
        campPlaces = camps.places;
      }
    }
    // ("officials from Turkey's Sanliurfa province", `وفداً من ولاية شانلي أورفا التركية`: the province's state;
    // provincedelegation.ts, solo50)
    if (s.tokens.some((x) => x.norm === 'from' || x.norm === 'of' || x.norm === 'من' || x.norm === 'مع')) ms = provinceDelegations(s, ms, lex);
    // (name46) "the local council of Azaz", `مجلس الرقة المدني`: a local body and its place are one discovered organisation
    const bodies = localBodies(s, ms, lex, text, doc.article.lang, placesSeen);
    if (rememberingPlaces) rememberPlaces(s, ms, placesSeen, lex, text);
    // (namedates56) the camp named last, for `إدارة المخيم` in the sentences after (campAdministrations)
    for (const m of campPlaces ?? []) if (m.entity.endsWith('-camp')) lastCamp = m.entity;
    for (const m of ms) if (m.kind === 'place' && m.entity.endsWith('-camp')) lastCamp = m.entity;
    if (bodies) {
      ms = bodies.ms;
      for (const d of bodies.found) addDiscovered(d);
    }
    // (name48) "the administration", `الإدارة`: the body named before with that head
    ms = bodyHeadWords(s, ms, lex, doc.article.lang, bodyHeads);
    // (name47) "Council members" after a local body named: that body's (English; only in an article with a body cue)
    if (rememberingPlaces && doc.article.lang === 'en') {
      ms = bodyMembers(s, ms, lex, lastBody);
      lastBody = lastBodyOf(s, ms, lastBody);
    }
    // (name47) `الرئاسة المشتركة لمجلس الرقة المدني`, "the co-chairs of the X council": the chair is the body
    ms = chairedBodies(s, ms, doc.article.lang);
    // (ref58) `وطالب الرئيس المشترك البرنامجَ`: a bare chair is the organisation the article opened with; "the council's co-chairs"
    ms = bareChairs(s, ms, doc.article.lang, openingBody);
    openingBody ??= ms.find((m) => m.kind === 'organization' && m.via !== 'anaphor');
    // (name47) `فرق الدفاع المدني التابعة للحكومة السورية`: a body of its own country's state is that state
    if (doc.article.lang === 'ar' && ms.length > 1) ms = stateAffiliated(s, ms, lex);
    // (name47) `وجهاء من عشيرة X … وطالب الوجهاء`, "elders of the X tribe … The elders": the elders are their body
    ({ ms, seen: elders } = eldersOf(s, ms, lex, doc.article.lang, elders));
    // (ref52) `وفد من X … والتقى الوفد`, "an Iraqi delegation … The delegation visited": the delegation is its body
    ({ ms, seen: delegation } = delegationsOf(s, ms, lex, doc.article.lang, delegation));
    // (ref52) `ضباط من الأمن العسكري … طالب خلاله الضباط`, "Military Intelligence officers … the officers": their body
    ({ ms, seen: officers } = delegationsOf(s, ms, lex, doc.article.lang, officers, 'officers_noun'));
    const offices: Mention[] = [];
    // (the places inside the bodies are no arguments here, but named for the sentences after: `المخيم` after `إدارة
    // مخيم الهول` is still the camp)
    if (bodies) for (const p of bodies.places) offices.push(p);
    if (campPlaces) for (const p of campPlaces) offices.push(p);
    ms = officeHolders(s, ms, lex, doc.article.lang, offices);
    // "Interior Minister Suleyman Soylu … Soylu told reporters", "وزير المهجرين عصام شرف الدين … وأكد شرف الدين": a person
    // named in full earlier in the article (discovered or known), named again by the surname alone
    if (surnames.size) {
      const n = ms.length;
      for (let k = 0; k < s.tokens.length; k++) {
        const hit = surnameAt(s.tokens, k, surnames, surnameFirsts, blocked, ms, lex);
        if (!hit) continue;
        const d = discovered.get(hit.id);
        const m = mention(hit.a, hit.b, s.tokens[hit.a]!.start, s.tokens[hit.b - 1]!.end, hit.id, 'person', d ? 'discovered' : 'name', false, hit.clitics);
        m.tok0 = hit.t0;
        ms.push(m);
        const sentence = text.slice(s.start, s.end);
        if (d && !d.sentences.includes(sentence)) d.sentences.push(sentence);
        k = hit.b - 1;
      }
      if (ms.length > n) ms.sort((x, y) => x.tok0 - y.tok0);
    }
    // (the full names of this sentence, discovered or known, for the sentences after it)
    for (const f of found) if (f.discovered.kind === 'person') rememberSurname(surnames, surnameFirsts, s.tokens, f.mention, f.discovered.id, text, lex);
    for (const m of ms) if (m.kind === 'person' && m.via === 'name') rememberSurname(surnames, surnameFirsts, s.tokens, m, m.entity, text, lex);
    // "Iranian Foreign Minister X … The minister, who …": a definite head noun alone is the person last named with it
    if (doc.article.lang === 'en') ms = headAnaphors(s, ms, heads, lex);
    // "وزير دفاعها" (its defence minister), "its foreign minister": the role in the country named before
    for (const c of s.cues) {
      const cue = c.cues.find((x) => x.kind === 'own_role');
      if (!cue?.value || covered(ms, c.tok0, c.tok1)) continue;
      const named = ms.find((m) => m.tok0 >= c.tok1 && m.tok0 - c.tok1 <= 3);
      let country: string | undefined;
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i]!;
        if (m.tok1 > c.tok0) continue;
        country = stateOf(lex, m.entity);
        if (country) break;
      }
      const person = country && resolveRole(lex, country, cue.value, doc.article.lang, doc.article.date);
      if (!person || named?.entity === person) continue; // "مبعوثه الخاص ألكسندر لافرنتييف": the name follows
      const pm = mention(c.tok0, c.tok1, c.start, c.end, person, 'person', 'descriptor', false, c.clitics);
      ms = [...ms, pm].sort((x, y) => x.tok0 - y.tok0);
    }
    if (doc.article.lang === 'en') ms = basesAt(s, ms, lex);
    if (ms.length) ms = knownAs(s, ms);
    if (doc.article.lang === 'en' && ms.length > 1) ms = namedAfterGroupNoun(s, ms, lex);
    ms = conjunctions(s, ms, lex, blocked, doc.article.lang);
    ms = distributedHeads(s, ms, lex, doc.article.lang);
    if (doc.article.lang === 'ar') ms = bareNamesAfterHead(s, ms, lex);
    ms = resolveRoleGroups(s, ms, lex, doc.article.lang, sentenceDate(s, doc.article.date));
    // "ضيفه الإيراني", "his Iranian guest": the person of that country named last
    for (const c of s.cues) {
      if (!c.cues.some((x) => x.kind === 'guest')) continue;
      const i = ms.findIndex((m) => m.kind === 'country' && (m.tok0 === c.tok1 || m.tok1 === c.tok0));
      if (i < 0) continue;
      const country = ms[i]!.entity;
      const who = [...people].reverse().find((id) => lex.entities.get(id)?.country === country);
      if (who) {
        const guest = mentionOf(ms[i]!, who, 'person', 'descriptor');
        // ("لضيفه الإيراني": the mention opens with the guest word, so its proclitic is the mention's preposition)
        if (c.tok0 < guest.tok0) guest.clitics = c.clitics;
        guest.tok0 = Math.min(guest.tok0, c.tok0);
        guest.tok1 = Math.max(guest.tok1, c.tok1);
        ms[i] = guest;
      }
    }
    for (const m of ms) if (m.kind === 'person') people.push(m.entity);
    if (doc.article.lang === 'en')
      for (const m of ms) {
        // (a descriptor that is a title and a name, "King Abdullah" (roles.csv by date), names its holder like a name does)
        if (m.kind !== 'person' || (m.via === 'descriptor' && !(m.tok1 - m.tok0 === 2 && s.tokens[m.tok0]!.cap && s.tokens[m.tok1 - 1]!.cap && !cueWords(lex, 'title_head').has(s.tokens[m.tok1 - 1]!.norm)))) continue;
        for (let k = Math.max(0, m.tok0 - 3); k < m.tok1; k++) if (cueWords(lex, 'title_head').has(s.tokens[k]!.norm) && !(k < m.tok0 && covered(ms, k, k + 1))) heads.set(s.tokens[k]!.norm, m.entity);
      }
    if (doc.article.lang === 'ar' && groupsSeen.length) ms = shortGroupNames(s, ms, lex, groupsSeen, blocked);
    if (doc.article.lang === 'en') ms = shortGroupNamesEn(s, ms, lex, groupsSeen, blocked, groupCounts);
    for (const m of offices.length ? [...ms, ...offices].sort((a, b) => a.tok0 - b.tok0) : ms) {
      if (m.kind !== 'armed_group' && m.kind !== 'organization') continue;
      groupCounts.set(m.entity, (groupCounts.get(m.entity) ?? 0) + 1);
      const i = groupsSeen.indexOf(m.entity);
      if (i >= 0) groupsSeen.splice(i, 1);
      groupsSeen.push(m.entity);
    }
    if (doc.article.lang === 'ar') ms = groupAdjectives(s, ms);
    ms = stateDemonyms(s, ms, lex);
    if (doc.article.lang === 'en' && ms.length) ms = compassOf(s, ms, lex);
    const out = sentenceWith(s, stateOfPerson(s, ms, lex), s.triggers, s.cues);
    if (offices.length) out.offices = offices;
    return out;
  });
  const out = copyDoc(doc);
  out.sentences = sentences;
  out.discovered = discovered;
  return out;
}

/**
 * A title followed by a name is the holder (diagnosis-batch25 §7 fix 3): the organisation or inner role inside an office
 * is no actor of its own when a person's name closes the office. Arabic: an office noun (cues.csv `office_head`,
 * `aide_head`: `رئيس`, `زعيم`, `مساعدي`, `مستشار`) in construct, then organisation or role mentions, organisation nouns,
 * definite adjectives and `لل…` complements, then the name: `رئيس منظمة الهلال الأحمر العربي السوري خالد حبوباتي`,
 * `زعيم حزب الله حسن نصر الله`, `كبير مساعدي وزير الخارجية الإيراني للشؤون السياسية الخاصة علي أصغر خاجي`, `نائب الرئيس
 * السوري X`. English: "Hezbollah leader Hassan Nasrallah" (cues.csv `leader_head` between the organisation and the name),
 * "an aide to the foreign minister, X" (`aide_head` + to/of before the role or organisation, the name after it). The
 * organisation or role mention is dropped; the states named inside the office stay (`مندوب سوريا الدائم …`).
 */
function officeHolders(s: Sentence, ms: Mention[], lex: Lexicon, lang: Lang, offices: Mention[]): Mention[] {
  const toks = s.tokens;
  const inner = (m: Mention) => m.kind === 'organization' || m.kind === 'armed_group' || (m.kind === 'person' && m.via === 'descriptor');
  const trig = (k: number) => s.triggers.some((t) => t.tok0 <= k && k < t.tok1);
  let drop: Set<Mention> | undefined;
  let grow: Map<Mention, number> | undefined;
  // (cues.csv `aide_adjective_en`: the article and adjectives of an aide's office, "a senior adviser to the …")
  const aideAdj = cueWords(lex, 'aide_adjective_en');
  for (const p of ms) {
    if (p.kind !== 'person' || p.via === 'descriptor' || p.via === 'anaphor') continue;
    if (lang === 'ar') {
      const heads = cueWords(lex, 'office_head');
      const aides = cueWords(lex, 'aide_head');
      // (cues.csv `office_org_noun`: the nouns of an organisation in construct inside an office, `منظمة`, `غرفة عمليات`, `حزب`)
      const orgNouns = cueWords(lex, 'office_org_noun');
      const inside: Mention[] = [];
      // (a discovered name's mention opens at its title; the name itself starts at its surface)
      let k = p.tok0;
      while (k < p.tok1 && toks[k]!.start < p.start) k++;
      const name = k;
      k--;
      // (slot35: a title apposition closed by commas, `مبعوث الأمم المتحدة الخاص إلى سوريا، غير بيدرسن،`: the comma
      // before the name, when another comma or the sentence's end closes it)
      if (toks[k]?.text === '،' && titleAppositionClosed(s, p)) k--;
      let words = 0;
      let head = -1;
      while (k >= 0 && name - k <= 14) {
        const t = toks[k]!;
        // (also the brackets of an abbreviation and a detached `لـ`: `القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم
        // عبدي`; solo50)
        if (isQuote(t) || ((t.text === '(' || t.text === ')') && k < p.tok0) || (t.norm === 'ل' && k < p.tok0)) {
          k--;
          continue;
        }
        // (bugs42a: words the holder's own mention took before its name, `… إلى سوريا غير بيدرسن` read with the state
        // inside the name's span, are the office's too)
        if (k >= p.tok0) {
          if (++words > 6) break;
          k--;
          continue;
        }
        // (slot35: `الخاص إلى سوريا`: a preposition before a state named inside the office, or before words the holder's
        // mention took, bugs42a)
        if (TO_PREP_AR.test(t.norm) && (k + 1 === p.tok0 || ms.some((x) => x.tok0 === k + 1 && (x.kind === 'country' || x.kind === 'place')))) {
          if (++words > 6) break;
          k--;
          continue;
        }
        const m = ms.find((x) => x !== p && x.tok1 === k + 1 && x.tok0 <= k);
        if (m) {
          // (bugs42a: also a region after إلى, `المبعوث الخاص للحكومة الصينية إلى الشرق الأوسط تشاي جيون`)
          if (m.conj || m.clitics.startsWith('و') || (!inner(m) && m.kind !== 'country' && !(m.kind === 'place' && TO_PREP_AR.test(toks[m.tok0 - 1]?.norm ?? '')))) break;
          // (bugs42a: a demonym inside the office, `المبعوث الخاص للحكومة الصينية إلى الشرق الأوسط تشاي جيون`, is the
          // office's, as it is where the name's mention takes it, `… للحكومة الصينية تشاي جيون`)
          if (inner(m) || m.via === 'demonym') inside.push(m);
          k = m.tok0 - 1;
          continue;
        }
        if (!t.arabic || !t.word || trig(k)) break;
        const bare = t.norm.replace(/^[فبل](?=...)/, '').replace(/^ال(?=...)/, '');
        if (heads.has(t.norm) || aides.has(t.norm) || heads.has(bare) || aides.has(bare)) {
          head = k;
          // (offices in a row, `ونائب رئيس البرلمان`: the first opens the mention, with its conjunction)
          const isHead = (j: number) => {
            const b = toks[j]?.arabic && !ms.some((m) => m.tok0 <= j && j < m.tok1) && !trig(j) ? toks[j]!.norm.replace(/^[وف]?[بل]?(?=...)/, '').replace(/^ال(?=...)/, '') : '';
            return !!b && (heads.has(b) || aides.has(b));
          };
          while (head > 0 && isHead(head - 1)) head--;
          break;
        }
        // (a genitive with its preposition, `لطائفة`, `لشؤون`, stays inside the office too)
        if (++words > 6 || !(/^(ال|لل|ل)../.test(t.norm) || orgNouns.has(t.norm))) break;
        k--;
      }
      if (head < 0 || (!inside.length && name - head < 3)) continue;
      for (const m of inside) (drop ??= new Set()).add(m);
      // (the office belongs to the holder's mention, for word distances, as a discovered name's title does: `كبير مساعدي`
      // opens it; not over a state named inside the office, which stays a mention of its own)
      if (head < p.tok0 && !ms.some((m) => m.kind === 'country' && m.tok0 >= head && m.tok1 <= p.tok0 && !inside.includes(m))) {
        const h = head > 0 && /^كبير/.test(toks[head - 1]!.norm) && !ms.some((m) => m.tok1 === head) ? head - 1 : head;
        (grow ??= new Map()).set(p, h);
      }
    } else {
      // ("received an adviser to the Iranian president, Ali Akbar Velayati": the holder's own mention took the inner office
      // with its article; the aide's office before it, with its article and adjectives, is the mention's too; bugs43)
      if (toks[p.tok0]!.norm === 'the' && /^(to|of)$/.test(toks[p.tok0 - 1]?.norm ?? '') && cueWords(lex, 'aide_head').has(toks[p.tok0 - 2]?.norm ?? '')) {
        let h = p.tok0 - 2;
        while (h > 0 && p.tok0 - h <= 5 && aideAdj.has(toks[h - 1]!.norm)) h--;
        (grow ??= new Map()).set(p, h);
        continue;
      }
      // "Hezbollah leader Hassan Nasrallah"
      const h = p.tok0 - 1;
      const m = ms.find((x) => x.tok1 === h && x !== p);
      if (m && inner(m) && m.via !== 'descriptor' && cueWords(lex, 'leader_head').has(toks[h]?.norm ?? '')) {
        (drop ??= new Set()).add(m);
        continue;
      }
      // (slot35) "the United Nations special envoy for Syria, Geir Pedersen,"
      const ta = titleAppositionOrg(s, ms, lex, p, inner);
      if (ta) {
        (drop ??= new Set()).add(ta);
        continue;
      }
      // "a senior aide to the Iranian foreign minister, Ali Asghar Khaji"
      const c = toks[p.tok0 - 1]?.text === ',' ? p.tok0 - 1 : p.tok0;
      const r = ms.find((x) => x.tok1 === c && x !== p);
      if (!r || !inner(r)) continue;
      let k = r.tok0 - 1;
      if (/^(the|a|an)$/.test(toks[k]?.norm ?? '')) k--;
      if (/^(to|of)$/.test(toks[k]?.norm ?? '') && cueWords(lex, 'aide_head').has(toks[k - 1]?.norm ?? '')) (drop ??= new Set()).add(r);
    }
  }
  if (!drop && !grow) return ms;
  if (drop) for (const m of drop) offices.push(m);
  // (mapped, not .map(): packed in every tier, see packed.ts)
  return mapped(
    ms.filter((m) => !drop?.has(m)),
    (m) => {
      const h = grow?.get(m);
      if (h === undefined) return m;
      const c = copyMention(m);
      c.tok0 = h;
      // (the office's proclitics are the mention's: `ولرئيس`, `لزعيم`)
      const w = toks[h]!.norm;
      c.clitics = /^[وفبل]/.test(w) && !cueWords(lex, 'office_head').has(w) && !cueWords(lex, 'aide_head').has(w) && !/^كبير/.test(w) ? w.match(/^[وف]?[بل]?/)![0] : '';
      if (c.clitics.startsWith('و')) c.conj = true;
      return c;
    },
  );
}

/** slot35: person p after a comma is closed by another comma, a boundary or the sentence's end (an apposition). */
function titleAppositionClosed(s: Sentence, p: Mention): boolean {
  const t = s.tokens[p.tok1];
  return !t || t.text === ',' || t.text === '،' || /^[.;:!?؛]$/.test(t.text);
}

/**
 * slot35 (diagnosis-batch30 §6 fix 3, #27, FP 28): "the United Nations special envoy for Syria, Geir Pedersen,", "the
 * Hezbollah leader, Hassan Nasrallah,": an organisation, up to three title words ending in a title head (cues.csv
 * `title_head`, `leader_head`, `aide_head`), an optional "for|to|in|of X" (X a state or place), a comma, then a person
 * closed by a comma or the sentence's end: the organisation is the office's, the person the argument (English). The
 * organisation mention to drop, else undefined.
 */
function titleAppositionOrg(s: Sentence, ms: Mention[], lex: Lexicon, p: Mention, inner: (m: Mention) => boolean): Mention | undefined {
  const toks = s.tokens;
  if (toks[p.tok0 - 1]?.text !== ',' || !titleAppositionClosed(s, p)) return undefined;
  let k = p.tok0 - 2;
  const x = ms.find((m) => m.tok1 === k + 1 && (m.kind === 'country' || m.kind === 'place'));
  if (x && /^(for|to|in|of)$/.test(toks[x.tok0 - 1]?.norm ?? '')) k = x.tok0 - 2;
  const norm = toks[k]?.norm ?? '';
  if (!(cueWords(lex, 'title_head').has(norm) || cueWords(lex, 'leader_head').has(norm) || cueWords(lex, 'aide_head').has(norm))) return undefined;
  for (let j = k - 1, words = 0; j >= 0 && words <= 3; j--, words++) {
    const r = ms.find((m) => m.tok1 === j + 1);
    if (r) return inner(r) && r.via !== 'descriptor' ? r : undefined;
    if (!toks[j]!.word || s.triggers.some((t) => t.tok0 <= j && j < t.tok1)) return undefined;
  }
  return undefined;
}

/** City entity → the base the lexicon names after it ("tartus" → "tartus-naval-base"), per lexicon. */
const baseCache = new WeakMap<Lexicon, Map<string, string>>();
function basesOf(lex: Lexicon): Map<string, string> {
  let map = baseCache.get(lex);
  if (map) return map;
  map = new Map();
  const byLabel = new Map<string, string>();
  for (const e of lex.entities.values()) if (e.kind === 'place' && e.label_en) byLabel.set(e.label_en.toLowerCase(), e.id);
  for (const e of lex.entities.values()) {
    const m = e.kind === 'place' ? /^(.+?) (?:naval |air |military )?(?:air )?base$/i.exec(e.label_en ?? '') : null;
    const city = m ? byLabel.get(m[1]!.toLowerCase()) : undefined;
    if (city && city !== e.id) map.set(city, e.id);
  }
  baseCache.set(lex, map);
  return map;
}

/**
 * "air and naval bases at Hmeimim and Tartus", "the base in Tartus": a city named as where a base is stands for the base
 * the lexicon names after it (English; a list after the base noun included).
 */
function basesAt(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  const toks = s.tokens;
  let out = ms;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const base = m.kind === 'place' ? basesOf(lex).get(m.entity) : undefined;
    if (!base) continue;
    // back over the list before it ("at Hmeimim and Tartus") to the preposition and the base noun
    let k = m.tok0 - 1;
    while (k > 0 && (toks[k]!.norm === 'and' || toks[k]!.text === ',' || ms.some((x) => x.tok0 <= k && k < x.tok1 && x.kind === 'place'))) k--;
    if (!/^(at|in)$/.test(toks[k]?.norm ?? '') || !/^(base|bases|facility|facilities)$/.test(toks[k - 1]?.norm ?? '')) continue;
    if (out === ms) out = ms.slice();
    out[i] = mentionOf(m, base, 'place');
  }
  return out;
}

/** The place the lexicon names by a phrase ("مطار حلب", "Aleppo airport"), if any. */
function placeNamed(lex: Lexicon, phrase: string): string | undefined {
  let node: TrieNode<Surface> | undefined = lex.mentionTrie;
  for (const k of phraseKeys(phrase)) if (!(node = node.next.get(k))) return undefined;
  return node.out?.find((x) => x.via === 'name' && lex.entities.get(x.entity)?.kind === 'place')?.entity;
}

/**
 * "مطاري دمشق وحلب", "ريفي إدلب وحلب", "the international airports of Damascus and Aleppo", "Damascus and Aleppo airports": a
 * dual or plural place head (a `place_head` cue whose value is its singular) before a list of places (English: or after
 * it) is each one's own: the lexicon's place named by the head and the name (`مطار حلب`, "Aleppo airport"). A name the
 * lexicon does not join to the head stays as it is.
 */
function distributedHeads(s: Sentence, ms: Mention[], lex: Lexicon, lang: Lang): Mention[] {
  let out = ms;
  for (const c of s.cues) {
    const head = c.cues.find((x) => x.kind === 'place_head' && x.value)?.value;
    if (!head) continue;
    let i = ms.findIndex((m) => m.tok0 === c.tok1);
    let j = i;
    if (i >= 0) while (j + 1 < ms.length && ms[j + 1]!.conj) j++;
    else if (lang === 'en' && (j = i = ms.findIndex((m) => m.tok1 === c.tok0)) >= 0) while (i > 0 && ms[i]!.conj) i--;
    else continue;
    for (let k = i; k <= j; k++) {
      const m = ms[k]!;
      const e = m.kind === 'place' ? lex.entities.get(m.entity) : undefined;
      if (!e) continue;
      const names = lang === 'ar' ? [e.label_ar, ...e.aliases_ar] : [e.label_en, ...e.aliases_en];
      const id = mapped(names, (n) => (n ? placeNamed(lex, lang === 'ar' ? `${head} ${n}` : `${n} ${head}`) : undefined)).find((x) => !!x);
      if (!id || id === m.entity) continue;
      if (out === ms) out = ms.slice();
      out[k] = mentionOf(m, id, 'place');
    }
  }
  return out;
}

/**
 * `معبرا المصنع وجوسية`, `معبري نصيب وجابر` (list36, diagnosis-batch31 #104, 105): after an Arabic dual or plural place
 * head (a `place_head` cue whose value is its singular), a bare word the lexicon names only with the head (`جوسية` is
 * `معبر جوسية`) is that place, as the first member or a و-member after the names the head already joins. One or two
 * words a member, at most four members; a word that is a name of its own is left to the lexicon.
 */
function bareNamesAfterHead(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  let out = ms;
  const toks = s.tokens;
  for (const c of s.cues) {
    const head = c.cues.find((x) => x.kind === 'place_head' && x.value)?.value;
    if (!head) continue;
    // (`إلى ولايتي هاتاي وكهرمان مرعش`, "to the two provinces of Hatay and Kahramanmaras": a one-word person name that is
    // also the dual head, right before a place, is the head, not the person, Velayati)
    const p = out.find((m) => m.tok0 === c.tok0 && m.tok1 === c.tok1 && m.kind === 'person');
    if (p && out.some((m) => m.tok0 === c.tok1 && m.kind === 'place')) out = out.filter((m) => m !== p);
    // (the head may open the first name's own mention: `معبرا المصنع` read as `معبر المصنع`)
    const own = out.find((m) => m.tok0 === c.tok0 && m.tok1 > c.tok1 && m.kind === 'place');
    let k = own ? own.tok1 : c.tok1;
    for (let n = 0; n < 4 && k < toks.length; n++) {
      const at = out.find((m) => m.tok0 <= k && k < m.tok1);
      if (at) {
        if (at.kind !== 'place') break;
        k = at.tok1;
      } else {
        const first = k === c.tok1 && !own;
        const w = toks[k]!;
        if (!w.arabic || !w.word || (!first && !/^و../.test(w.norm))) break;
        const bare = first ? w.norm : w.norm.slice(1);
        let id: string | undefined;
        let end = k + 1;
        const two = toks[k + 1];
        if (two?.word && two.arabic && !out.some((m) => m.tok0 <= k + 1 && k + 1 < m.tok1)) id = placeNamed(lex, `${head} ${bare} ${two.norm}`);
        if (id) end = k + 2;
        else id = placeNamed(lex, `${head} ${bare}`);
        if (!id) break;
        const m = mention(k, end, w.start, toks[end - 1]!.end, id, 'place', 'name', !first, first ? '' : 'و');
        out = [...out, m].sort((x, y) => x.tok0 - y.tok0);
        k = end;
      }
      if (!/^و/.test(toks[k]?.norm ?? '')) break;
    }
  }
  return out;
}

/** The tokens of "whom it described as", "described as", "identified as", "who was" at k (0 when none): an apposition's opening. */
function describedAs(tokens: Token[], k: number): number {
  const w = (i: number) => tokens[k + i]?.norm ?? '';
  if (/^(described|identified|named)$/.test(w(0)) && w(1) === 'as') return 2;
  if (w(0) === 'who' && /^(was|is)$/.test(w(1))) return 2;
  if (w(0) !== 'whom') return 0;
  for (let i = 2; i <= 4; i++) if (/^(described|identified|called)$/.test(w(i - 1)) && w(i) === 'as') return i + 1;
  return 0;
}
// Head nouns of an indefinite apposition that says who a person is ("…, a senior Islamic State official,").
// (APPOSED_PERSON: the `apposed_person` word cue of data/lexicon/cues.csv, branch words31)

/**
 * The first token of an unknown name of two to five words (capitalised, with al/bin/abu links and hyphens) that ends
 * right before token `c`, or -1: "Khalid Aydd Ahmad al-Jabouri".
 */
function capitalisedBefore(tokens: Token[], c: number, blocked: Uint8Array, ms: Mention[]): number {
  let a = c;
  let words = 0;
  while (a > 0 && words <= 5) {
    const t = tokens[a - 1]!;
    if (t.text === '-' && a - 1 > 0 && tokens[a - 2]!.word) {
      a--;
      continue;
    }
    if (!t.word || blocked[a - 1] === 1 || covered(ms, a - 1, a) || !(t.cap ? !COMMON_CAPS.has(t.norm) : EN_NAME_LINK.has(t.norm))) break;
    a--;
    words++;
  }
  while (a < c && !tokens[a]!.cap) a++;
  const n = tokens.slice(a, c).filter((t) => t.cap).length;
  return n >= 2 && words <= 5 && (a === 0 || !tokens[a - 1]!.cap) ? a : -1;
}

// Head nouns of a person's title that "the …" alone refers back to (English).
// (HEAD_NOUN: the `title_head` word cue of data/lexicon/cues.csv, branch words31)

/**
 * "The minister, who arrived from Beirut, …", "the envoy said": "the" + a person's head noun (a few role words between:
 * "the foreign minister") with no name, country or complement of its own is the person last named with that head noun
 * in the article (English).
 */
function headAnaphors(s: Sentence, ms: Mention[], heads: Map<string, string>, lex: Lexicon): Mention[] {
  if (!heads.size) return ms;
  let out = ms;
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.norm !== 'the') continue;
    let h = k + 1;
    while (h < toks.length && h - k <= 2 && cueWords(lex, 'office_adjective').has(toks[h]!.norm)) h++;
    const id = heads.get(toks[h]?.norm ?? '');
    const next = toks[h + 1];
    // (not "the president's brother": a possessor, nor "the minister of …", "the envoy for …")
    if (!id || covered(out, k, h + 1) || (next && (next.cap || /^(of|for|to|in|['’]s?)$/.test(next.norm))) || /['’]/.test(toks[h]!.text)) continue;
    out = [...out, mention(k, h + 1, toks[k]!.start, toks[h]!.end, id, 'person', 'descriptor', false, '')].sort((x, y) => x.tok0 - y.tok0);
  }
  return out;
}

/** An Arabic nisba adjective with the article (اللبناني، الكردية), normalised. */
const NISBA = /^ال..+(ي|يه)$/;

/**
 * A sentence's mentions with their conjunction flags (A و B, A and B, A, B, A ونظيره B, A إضافة إلى B,
 * at A and at B) and titles joined to the people they qualify. Apart from findMentions (as
 * stateDemonyms is) so that each is compiled on its own: the whole per-sentence step as one function
 * was among the costliest compiles of the extraction, and a deoptimisation in it recompiled it whole.
 */
/** conjunctions' bits of a token: a conjunction cue, a role-group or state-head cue, the first token of a member joined by a word, a title. */
const CONJ_TOK = 1;
const ROLE_TOK = 2;
const EXPLICIT = 4;
const TITLE_TOK = 8;
/** A place head (`place_head` cue): "villages", `منطقة` (branch pred33). */
const PLACE_TOK = 16;
/** (reused from sentence to sentence: conjunctions calls nothing that calls it again) */
let tokFlags = new Uint8Array(256);

/**
 * "killing two members of the internal security forces, known as the Asayish", `عنصران من قوات الأمن الداخلي المعروفة
 * باسم «الأسايش»` (names35, diagnosis-batch30 #68): a body named by a description, then "known as" / `المعروفة باسم` /
 * `المعروفة بـ` and a group's name, is that group: the name's mention reaches back over the description (a noun phrase of
 * at most six words with a `state_head` or `military` word, no name, no preposition), so the slot the description fills
 * is the group's.
 */
/**
 * English (solo49): "the Syrian opposition group Maghaweir al-Thawra", "a Syrian opposition group, Maghaweir al-Thawra":
 * a group named as a modifier of a group noun (cues.csv `group_noun`: "group", "faction", "militia") right before a
 * group's own name is no mention of its own; the name after it is the referent (the pool's gold: the named group is
 * deployed and coordinates, not "the Syrian opposition").
 */
function namedAfterGroupNoun(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  const heads = cueWords(lex, 'group_noun');
  const isGroup = (m: Mention) => m.kind === 'armed_group' || m.kind === 'organization';
  let out = ms;
  for (let i = 0; i + 1 < out.length; i++) {
    const m = out[i]!;
    const n = out[i + 1]!;
    if (!isGroup(m) || !isGroup(n) || m.entity === n.entity || !heads.has(s.tokens[m.tok1]?.norm ?? '')) continue;
    // (the close apposition after "the", "the Syrian opposition group Maghaweir al-Thawra"; the comma one after "a", "a
    // Syrian opposition group, Maghaweir al-Thawra" — not "the Islamic Jihad group, Hezbollah said", two groups)
    const gap = n.tok0 - m.tok1;
    const det = s.tokens[m.tok0 - 1]?.norm ?? '';
    const close = gap === 1 && (det === 'the' || m.tok0 === 0 || /^the /i.test(s.tokens[m.tok0]!.text + ' '));
    const apposed = gap === 2 && s.tokens[m.tok1 + 1]!.text === ',' && (det === 'a' || det === 'an');
    if (!close && !apposed) continue;
    const next = copyMention(n);
    Object.assign(next, { conj: m.conj, tok0: m.tok0, start: m.start, clitics: m.clitics });
    out = [...out.slice(0, i), next, ...out.slice(i + 2)];
  }
  return out;
}

function knownAs(s: Sentence, ms: Mention[]): Mention[] {
  const toks = s.tokens;
  let out = ms;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.kind !== 'armed_group' && m.kind !== 'organization') continue;
    let k = m.tok0 - 1;
    while (k >= 0 && (isQuote(toks[k]) || toks[k]!.norm === 'the')) k--;
    let end: number;
    if (toks[k]?.norm === 'as' && /^(known|referred)$/.test(toks[k - 1]?.norm ?? '') && isComma(toks[k - 2])) end = k - 2;
    else if (toks[k]?.norm === 'called' && isComma(toks[k - 1])) end = k - 1;
    else if ((toks[k]?.norm === 'باسم' || toks[k]?.norm === 'ب') && /^(المعروفه|المعروف|المعروفين|المسماه|المسمي)$/.test(toks[k - 1]?.norm ?? '')) end = k - 1;
    else continue;
    let a = end;
    let clitics = '';
    while (a > 0 && end - a < 6) {
      const t = toks[a - 1]!;
      if (!t.word || mentionAt(ms, a - 1) || /^(of|in|for|by|with|from|to|at|on|and|من|في|علي|عن|مع|الي|بين)$/.test(t.norm)) break;
      a--;
      // (`دورية لقوات الأمن الداخلي`: a word with its own proclitic opens the description, the clitic the mention's)
      const c = t.arabic ? s.cues.find((x) => x.tok0 === a && x.clitics) : undefined;
      if (c) {
        clitics = c.clitics;
        break;
      }
    }
    if (a === end || !s.cues.some((c) => c.tok0 >= a && c.tok1 <= end && c.cues.some((x) => x.kind === 'state_head' || x.kind === 'military'))) continue;
    const wide = copyMention(m);
    wide.tok0 = a;
    wide.start = toks[a]!.start;
    wide.clitics = clitics;
    if (out === ms) out = ms.slice();
    out[i] = wide;
  }
  return out;
}

const GROUP_KINDS: ReadonlySet<string> = new Set(['organization', 'armed_group']);
function conjunctions(s: Sentence, named: Mention[], lex: Lexicon, blocked: Uint8Array, lang: Lang): Mention[] {
  let ms = named;
  // (what is said of each token, as bits of one reused array: CONJ_TOK, ROLE_TOK, EXPLICIT, TITLE_TOK)
  const n = s.tokens.length;
  if (tokFlags.length < n) tokFlags = new Uint8Array(Math.max(n, 2 * tokFlags.length));
  const flags = tokFlags;
  flags.fill(0, 0, n);
  // (lists and titled persons need two mentions: a sentence with fewer has nothing to join)
  if (ms.length >= 2) conjunctionCues(s, flags);
  // (EXPLICIT marks the first tokens of members joined by a word ("and", "و", "as well as"), not by a comma alone)
  for (let i = 1; i < ms.length; i++) if (joinsPrevious(s, ms, i, lex, blocked, lang, flags)) ms[i] = withConj(ms[i]!, true);
  if (ms.length >= 2) ms = countryTitledPersons(s, ms, lex, lang, flags);
  if (lang === 'en') counterpartsOfList(s, ms, flags);
  ms = withTitlesOfAddress(s, ms, blocked, lex);
  if (lang === 'en') closeEnglishLists(ms, flags);
  headedByBreaks(s, ms);
  speakerCommaBreaks(s, ms);
  if (lang === 'en') clauseAfterAnd(s, ms, lex);
  return ms;
}

/**
 * conjunctions' phases, one function each so that each is compiled on its own and a path first taken late
 * recompiles only its phase (branch split28). They read and set conjunctions' token bits (`flags`) and replace
 * members of `ms` in place.
 */
/** conjunctions: the tokens of role-group and state-head cues (ROLE_TOK) and of conjunction cues (CONJ_TOK). */
function conjunctionCues(s: Sentence, flags: Uint8Array): void {
  for (const c of s.cues) {
    if (c.cues.some((x) => x.kind === 'role_group' || x.kind === 'state_head')) for (let k = c.tok0; k < c.tok1; k++) flags[k]! |= ROLE_TOK;
    // "ونظيراه" (and his two counterparts) joins; "نظيره" alone introduces an object
    if (c.cues.some((x) => x.kind === 'conj' || (x.kind === 'counterpart' && c.clitics.startsWith('و')))) for (let k = c.tok0; k < c.tok1; k++) flags[k]! |= CONJ_TOK;
    if (c.cues.some((x) => x.kind === 'place_head')) for (let k = c.tok0; k < c.tok1; k++) flags[k]! |= PLACE_TOK;
  }
}

/** conjunctions: whether mention `i` of `ms` joins the one before it (and EXPLICIT on its first token when a word joins them). */
/** Words of a place member's own phrase ("several villages in"): quantifiers, the article, "in"/"of", `في`. */
const PLACE_FILLER = /^(several|some|a|an|the|two|three|four|many|nearby|other|of|in|في|عدد|عده|من)$/;

function joinsPrevious(s: Sentence, ms: Mention[], i: number, lex: Lexicon, blocked: Uint8Array, lang: Lang, flags: Uint8Array): boolean {
  const m = ms[i]!;
  const p = ms[i - 1]!;
  let any = m.clitics.startsWith('و');
  if (any) flags[m.tok0]! |= EXPLICIT;
  let ok = true;
  for (let k = p.tok1; k < m.tok0; k++) {
    const t = s.tokens[k]!;
    if (isQuote(t)) continue;
    // ("PKK/YPG", "SDF/YPG": a slash between two groups names both; diagnosis-batch25 LIST)
    if (t.text === '/' && k === p.tok1 && k === m.tok0 - 1 && GROUP_KINDS.has(p.kind) && GROUP_KINDS.has(m.kind)) {
      flags[m.tok0]! |= EXPLICIT;
      any = true;
      continue;
    }
    if (!isComma(t) && (isConj(t) || (flags[k]! & CONJ_TOK) !== 0)) flags[m.tok0]! |= EXPLICIT;
    // "Russia, Iran and Turkey, the guarantors of the process, and the Syrian government": an apposition between commas
    if (k === p.tok1 && isComma(t)) {
      const close = appositionEnd(s.tokens, k, m.tok0);
      // (the و must be "and": not the first letter of the name right after the closing comma, "، واشنطن")
      const ownWaw = close + 1 === m.tok0 && s.tokens[m.tok0]!.arabic && !m.clitics.startsWith('و');
      if (close > k && !ownWaw) {
        k = close;
        any = true;
        continue;
      }
    }
    // "received A and, separately, B": a short adverb between commas after the conjunction
    if (any && isComma(t)) {
      let j = k + 1;
      while (j < m.tok0 && j - k <= 3 && s.tokens[j]!.word && !s.tokens[j]!.cap) j++;
      if (j < m.tok0 && j > k + 1 && isComma(s.tokens[j])) {
        k = j;
        continue;
      }
    }
    if (isConj(t) || (flags[k]! & CONJ_TOK) !== 0) {
      any = true;
      continue;
    }
    // (slot53: `… في شمال العراق ولـ«وحدات حماية الشعب»`: و with the one-letter preposition written apart before the
    // quoted name, right after the member before (past its closing quote), as `ولوحدات` is)
    if (t.arabic && t.norm === 'ول' && (k === p.tok1 || (k === p.tok1 + 1 && isQuote(s.tokens[p.tok1]))) && isQuote(s.tokens[k + 1]) && k + 2 === m.tok0) {
      flags[m.tok0]! |= EXPLICIT;
      // (its proclitics are the detached word's, so that a place phrase between parallel members still joins it:
      // relations/ctx.ts groupFrom, `لحزب العمال في شمال العراق ولـ«وحدات …» في شمال سوريا`)
      m.clitics = 'ول';
      any = true;
      continue;
    }
    // "«وحدات حماية الشعب» الكردية وحزب العمال": a nisba adjective of the member before, then و on the next member
    if (t.arabic && m.clitics.startsWith('و') && NISBA.test(t.norm) && !blocked[k]) continue;
    // ("at A and at B"; not "…, in Moscow": a comma alone before a preposition joins nothing)
    if (k === m.tok0 - 1 && /^(at|in|to|on|with|from|of|في|مع|الي)$/.test(t.norm.replace(/^و/, ''))) {
      if (t.arabic && t.norm.startsWith('و')) flags[m.tok0]! |= EXPLICIT; // "A، وفي B"
      if (any && (flags[m.tok0]! & EXPLICIT) !== 0) continue;
    }
    if (any && /^(the|a|an)$/.test(t.norm)) continue; // "the PKK and the YPG"
    // ("Iran and the Lebanese group Hezbollah": a descriptor of the kind of group, its demonym too, before the name)
    // (cues.csv `group_noun`: "group", "movement", "militia", "party", "faction" …)
    const groupNoun = cueWords(lex, 'group_noun');
    // (the demonym is a mention of its own until stateDemonyms drops it: "and the Lebanese" joined, then "group" before the name)
    if ((any || (p.via === 'demonym' && p.conj)) && lang === 'en' && ((groupNoun.has(t.norm) && k === m.tok0 - 1) || ((t.cap || /^(the|a|an)$/.test(s.tokens[k - 1]?.norm ?? '')) && t.word && k === m.tok0 - 2 && groupNoun.has(s.tokens[k + 1]!.norm)))) {
      if (!any) flags[m.tok0]! |= EXPLICIT;
      any = true;
      continue;
    }
    // (`القوات التركية وفصائل «الجيش الوطني السوري»`, `حركة «حماس» وجماعة «الجهاد الإسلامي»`: a group's kind noun carrying
    // the و, right before the quoted name, is part of that member; diagnosis-batch26 §6 fix 4)
    if (lang === 'ar' && t.arabic && t.norm.startsWith('و') && groupNoun.has(t.norm.slice(1)) && isQuote(s.tokens[k + 1]) && k + 2 === m.tok0) {
      flags[m.tok0]! |= EXPLICIT;
      any = true;
      continue;
    }
    // ("struck the outskirts of A and several villages in western B", `استهدفت أطراف مدينة A ومنطقة B`: between two places,
    // after the conjunction, the second place's own heads, quantifiers, compass words and "in"/"of" are part of that
    // member; diagnosis-batch28 §6 fix 5, branch pred33)
    if (p.kind === 'place' && (m.kind === 'place' || m.kind === 'country') && m.tok0 - p.tok1 <= 7) {
      const head = (flags[k]! & PLACE_TOK) !== 0 || cueWords(lex, 'compass').has(t.norm);
      // (names35: past a nisba adjective of the place before, `في ريف حمص الشرقي وصحراء الأنبار`)
      const adj = t.arabic && !any && k === p.tok1 && NISBA.test(t.norm) && !blocked[k] && k + 1 < m.tok0 && /^و/.test(s.tokens[k + 1]!.norm) && (flags[k + 1]! & PLACE_TOK) !== 0;
      if (adj) continue;
      const after = k === p.tok1 || (k === p.tok1 + 1 && NISBA.test(s.tokens[p.tok1]!.norm));
      if (head && t.arabic && !any && t.norm.startsWith('و') && after) {
        flags[m.tok0]! |= EXPLICIT;
        any = true;
        continue;
      }
      // (after a word that joins, "and", not after a comma apposition: `لدمشق، في بكين`)
      if (any && (flags[m.tok0]! & EXPLICIT) !== 0 && (head || PLACE_FILLER.test(t.norm))) continue;
    }
    if (any && (flags[k]! & ROLE_TOK) !== 0) continue; // "… إضافة إلى وفد الحكومة السورية", "and the delegation of"
    // "، إضافة إلى معاون وزير الخارجية الإيراني علي أصغر خاجي", "and Iran's assistant foreign minister X": a title before a person
    // ("التقى المرشد علي خامنئي والرئيس إبراهيم رئيسي": "and" written on the title right after the member before)
    const andTitle = !any && k === p.tok1 && t.arabic && t.norm.startsWith('و') && (s.titles ?? matchTokens(s.tokens, lex.titleTrie)).some((x) => x.tok0 === k && x.tok1 <= m.tok0);
    if (andTitle) flags[m.tok0]! |= EXPLICIT;
    if ((any || andTitle) && m.kind === 'person' && m.tok0 - k <= 4 && titleBeforePerson(s, andTitle ? k : p.tok1, k, m.tok0, flags, andTitle)) {
      any = true;
      k = m.tok0 - 1;
      continue;
    }
    // (slot40: `القوات الحكومية والطائرات الروسية`, `قوات النظام والقوات الروسية`: a state head carrying the و right before a
    // demonym member is that member's head, as `والقوات` is inside `والقوات الروسية`; not a counterpart, `ونظيره الأذربيجاني
    // NAME`, whose demonym is the person's)
    if (lang === 'ar' && t.arabic && t.norm.startsWith('و') && k === m.tok0 - 1 && m.via === 'demonym' && (flags[k]! & ROLE_TOK) !== 0 && !s.cues.some((c) => c.tok0 <= k && k < c.tok1 && c.cues.some((x) => x.kind === 'counterpart'))) {
      flags[m.tok0]! |= EXPLICIT;
      any = true;
      continue;
    }
    // (slot53: "Turkey and allied factions of the Syrian National Army", "Turkish artillery and fighters of the SNA": a
    // member named through its fighters after "and", English; past the forces head of a demonym member before it)
    if (!any && lang === 'en' && k === p.tok1 && p.via === 'demonym' && s.tokens[k + 1]?.norm === 'and' && s.cues.some((c) => c.tok0 <= k && k < c.tok1 && c.cues.some((x) => x.kind === 'military' || x.kind === 'state_head')) && fightersOfEnd(s, lex, k + 2, m.tok0) === m.tok0) continue;
    if (any && lang === 'en') {
      const e = fightersOfEnd(s, lex, k, m.tok0);
      if (e === m.tok0) {
        k = e - 1;
        continue;
      }
    }
    ok = false;
    break;
  }
  // ("استقبل X، أمس الإثنين في دمشق، المبعوث … Y", "قصفت روسيا، في إدلب، مواقع لـY": a comma alone after a place adjunct
  // closes the adjunct; the actor after it is the verb's object, no member of a list with the place; bugs43)
  if (ok && any && (flags[m.tok0]! & EXPLICIT) === 0 && m.kind !== 'place' && m.kind !== 'country' && placeAdjunct(s, p, flags)) return false;
  return ok && any;
}

/**
 * slot53: the end of "allied factions of the", "fighters of the Turkish-backed", "its units of" starting at token k — an
 * optional possessive or `faction_allied_en` word, a `faction_head_en` word, "of", then at most four words: articles,
 * capitalised adjectives and a hyphen compound ("Turkish-backed") — the token where the name may start, else -1.
 */
function fightersOfEnd(s: Sentence, lex: Lexicon, k: number, end: number): number {
  const toks = s.tokens;
  let j = k;
  if (/^(its|their)$/.test(toks[j]?.norm ?? '')) j++;
  if (cueWords(lex, 'faction_allied_en').has(toks[j]?.norm ?? '')) j++;
  if (!cueWords(lex, 'faction_head_en').has(toks[j]?.norm ?? '') || toks[j + 1]?.norm !== 'of') return -1;
  j += 2;
  for (let n = 0; j < end && n < 4; n++, j++) {
    const t = toks[j]!;
    if (/^(the|a|an)$/.test(t.norm) || t.text === '-' || (t.word && t.cap) || (toks[j - 1]?.text === '-' && /^(backed|led|allied|aligned|linked)$/.test(t.norm))) continue;
    return -1;
  }
  return j;
}

/** A place mention governed by a preposition (`في دمشق`, `بدمشق`, `في مدينة حلب`, "in Damascus"): an adjunct, not a list member. */
function placeAdjunct(s: Sentence, p: Mention, flags: Uint8Array): boolean {
  if (p.kind !== 'place') return false;
  if (/^و?ب/.test(p.clitics)) return true;
  let k = p.tok0 - 1;
  while (k >= 0 && k >= p.tok0 - 2 && (flags[k]! & PLACE_TOK) !== 0) k--;
  return /^(في|in|at)$/.test(s.tokens[k]?.norm ?? '');
}

/** conjunctions: a country before a titled person qualifies the person (the country's mention dropped, the person's widened). */
function countryTitledPersons(s: Sentence, all: Mention[], lex: Lexicon, lang: Lang, flags: Uint8Array): Mention[] {
  let ms = all;
  // "his Turkish counterpart Hulusi Akar", "Turkey's deputy foreign minister Burak Akcapar",
  // "ونظيراه التركي بوراك أكجابار": the country qualifies the person who follows
  // (nor a title behind a preposition: `الجيش المصري بالرئيس محمد مرسي`, the army and the president it ousted;
  // diagnosis-batch23 §7 fix 4)
  for (const t of s.titles ?? matchTokens(s.tokens, lex.titleTrie)) if (!/[بلك]/.test(t.clitics)) for (let k = t.tok0; k < t.tok1; k++) flags[k]! |= TITLE_TOK;
  // ("وفد إيران برئاسة X": a head noun after a preposition is no title of X)
  for (const c of s.cues)
    if ((cueHas(c, 'counterpart') || cueHas(c, 'state_head')) && !/[بلك]/.test(c.clitics) && !cueHas(c, 'headed_by'))
      for (let k = c.tok0; k < c.tok1; k++) flags[k]! |= TITLE_TOK;
  let drop: Set<Mention> | undefined;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    if (a.kind !== 'country' || b.kind !== 'person' || b.clitics.startsWith('و')) continue;
    if ((lex.entities.get(b.entity)?.country ?? a.entity) !== a.entity) continue; // "وإيران حكومة الأسد": not an Iranian
    let only = b.tok0 - a.tok1 <= 5;
    // (ref35, diagnosis-batch30 #112: an adjective of tenure after a demonym, `نظيره الإيراني الجديد عباس عراقجي`, and an
    // English apposition comma right after the title, "his Iranian counterpart, Abbas Araghchi", keep the person's mention)
    const tenure = a.via === 'demonym' ? cueWords(lex, 'tenure_adjective') : undefined;
    for (let k = a.tok1; k < b.tok0 && only; k++) {
      const t = s.tokens[k]!;
      if ((flags[k]! & TITLE_TOK) !== 0 || isQuote(t) || t.text === "'") continue;
      if (tenure?.has(t.norm)) continue;
      if (lang === 'en' && a.via === 'demonym' && t.text === ',' && k === b.tok0 - 1 && k > a.tok1 && (flags[k - 1]! & TITLE_TOK) !== 0) continue;
      only = false;
    }
    if (only && b.tok0 > a.tok1) {
      (drop ??= new Set()).add(a);
      const titled = copyMention(b);
      titled.tok0 = a.tok0;
      // ("from his new Iranian counterpart X": English adjectives of tenure before the demonym belong to the person's phrase)
      if (lang === 'en' && a.via === 'demonym') {
        while (titled.tok0 > 0 && tenure!.has(s.tokens[titled.tok0 - 1]!.norm) && (i === 0 || ms[i - 1]!.tok1 < titled.tok0)) titled.tok0--;
      }
      titled.conj = a.conj;
      // ("met X and his Iraqi counterpart Y": "and" + a possessive before the title joins Y to the list)
      if (lang === 'en' && i > 0 && /^(his|her|their)$/.test(s.tokens[a.tok0 - 1]?.norm ?? '') && s.tokens[a.tok0 - 2]?.norm === 'and' && ms[i - 1]!.tok1 === a.tok0 - 2) {
        titled.conj = true;
        flags[a.tok0]! |= EXPLICIT;
      }
      titled.clitics = a.clitics;
      ms[i + 1] = titled;
    }
  }
  if (drop) ms = ms.filter((m) => !drop.has(m));
  return ms;
}

/** conjunctions, English: "and his" + demonyms ending at a counterpart word join the name before. */
function counterpartsOfList(s: Sentence, ms: Mention[], flags: Uint8Array): void {
  // ("Mekdad and his Jordanian, Saudi and Egyptian counterparts met": "and" + a possessive before a list of demonyms that
  // ends at a counterpart word joins the list to the name before)
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i]!;
    // (not "their": the counterparts of a pair take part in its meeting, relations/anaphora.ts joinedCounterparts)
    if (a.conj || a.kind !== 'country' || !/^(his|her)$/.test(s.tokens[a.tok0 - 1]?.norm ?? '') || s.tokens[a.tok0 - 2]?.norm !== 'and' || ms[i - 1]!.tok1 !== a.tok0 - 2) continue;
    let j = i;
    while (ms[j + 1] && ms[j + 1]!.conj && ms[j + 1]!.kind === 'country' && ms[j + 1]!.tok0 - ms[j]!.tok1 <= 1) j++;
    if (!s.cues.some((c) => c.tok0 === ms[j]!.tok1 && cueHas(c, 'counterpart'))) continue;
    ms[i] = withConj(a, true);
    flags[a.tok0]! |= EXPLICIT;
  }
}

/** conjunctions, English: a list ends at its last "and". */
function closeEnglishLists(ms: Mention[], flags: Uint8Array): void {
  // English lists end with "and": "Russia, Turkey and Iran". Commas alone join nothing: "While
  // Washington backs the SDF, Ankara accuses …", "Russia's envoy for Syria, Alexander Lavrentiev, urged …"
  for (let i = 1; i < ms.length; ) {
    if (!ms[i]!.conj) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ms.length && ms[j + 1]!.conj) j++;
    // (the list ends at its last "and": "A and B, the C ministry said" joins no C)
    let closed = i - 1;
    for (let x = i; x <= j; x++) if ((flags[ms[x]!.tok0]! & EXPLICIT) !== 0) closed = x;
    for (let x = closed + 1; x <= j; x++) ms[x] = withConj(ms[x]!, false);
    i = j + 1;
  }
}

/** conjunctions: the head after "headed by" is no member of a list. */
function headedByBreaks(s: Sentence, ms: Mention[]): void {
  // "Iran's delegation, headed by X, …", "الوفد الإيراني، برئاسة X، …": the head is no member of a list,
  // and the comma that closes the phrase joins nothing
  for (const c of s.cues) {
    if (!cueHas(c, 'headed_by')) continue;
    const i = ms.findIndex((m) => m.tok0 >= c.tok1 && m.tok0 - c.tok1 <= 3);
    if (i < 0) continue;
    ms[i] = withConj(ms[i]!, false);
    const n = ms[i + 1];
    if (n?.conj && !n.clitics.startsWith('و') && gapIsPunct(s.tokens, ms[i]!.tok1, n.tok0)) ms[i + 1] = withConj(n, false);
  }
}

/** conjunctions: a comma before a speaker joins nothing. */
function speakerCommaBreaks(s: Sentence, ms: Mention[]): void {
  // "…, the Russian defence ministry said": a comma before a speaker is no conjunction ("Turkey and Egypt said": "and" is)
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (!m.conj || m.clitics.startsWith('و') || (i > 0 && m.tok0 - ms[i - 1]!.tok1 === 1 && isConj(s.tokens[m.tok0 - 1]!))) continue;
    const nx = s.cues.find((c) => c.tok0 >= m.tok1 && c.tok0 - m.tok1 <= 1 && c.cues.some((x) => x.kind === 'speech'));
    if (nx) ms[i] = withConj(m, false);
  }
}

/** conjunctions, English: ", and" + a name + a finite verb after a preposition's object list opens a clause. */
function clauseAfterAnd(s: Sentence, ms: Mention[], lex: Lexicon): void {
  // "… restored ties with Damascus, and Syria was readmitted …": ", and" + a name + a finite verb after a preposition's
  // object list opens a clause of its own (the name is the new clause's subject, no member of the object list)
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]!;
    if (!m.conj || s.tokens[m.tok0 - 1]?.norm !== 'and' || s.tokens[m.tok0 - 2]?.text !== ',') continue;
    // (an abbreviation in brackets may close the member before: "Hayat Tahrir al-Sham (HTS), and Turkey")
    const bracketed = ms[i - 1]!.tok1 === m.tok0 - 3 && s.tokens[m.tok0 - 3]?.text === ')';
    if (ms[i - 1]!.tok1 !== m.tok0 - 2 && !bracketed) continue;
    // (the new clause's subject may be a list itself: "…, and Syrian government troops and Russian military police are")
    let e = i;
    while (e + 1 < ms.length && ms[e + 1]!.conj && s.tokens[ms[e + 1]!.tok0 - 1]?.norm === 'and' && ms[e + 1]!.tok0 - ms[e]!.tok1 === 1) e++;
    const nx = s.tokens[ms[e]!.tok1];
    // (solo51: "HTS dominates Idlib province, and Turkey keeps troops there": a single member before ", and" — no list of
    // its own, an English list of two takes no comma — and a verb after the name: the name opens the next clause)
    if (i === 1 || !ms[i - 1]!.conj) {
      if (e === i && nx?.word && !nx.cap && /^[a-z]+(s|ed)$/.test(nx.norm) && !/^(as|is|was|has|its|his|this|thus|plus|across|towards|versus|whereas)$/.test(nx.norm) && !cueWords(lex, 'member_noun_s_en').has(nx.norm)) {
        ms[i] = withConj(m, false);
        continue;
      }
    }
    if (!/^(was|were|is|are|has|have|had|will|would)$/.test(nx?.norm ?? '')) continue;
    let j = i - 1;
    while (j > 0 && ms[j]!.conj) j--;
    let k = ms[j]!.tok0 - 1;
    while (k >= 0 && s.tokens[k]!.norm === 'the') k--;
    if (/^(with|to|from|in|on|against|for|into|by|of|at)$/.test(s.tokens[k]?.norm ?? '')) ms[i] = withConj(m, false);
  }
}

/**
 * (name46, diagnosis-batch44 #21) `وزارة الهجرة والمهجرين العراقية`: a state organ's genitive of two coordinated definite
 * words (`الهجرة والمهجرين`) stands between the organ and its demonym, which still qualifies the organ; k is the token
 * right before the demonym.
 */
function coordinatedComplement(tokens: readonly Token[], k: number, heads: ReadonlySet<number>, ms: readonly Mention[]): boolean {
  // (not a second organ with an adjective of its own, `القوات التركية والفصائل السورية`: no word between a name or a head)
  if (!/^وال../.test(tokens[k]?.norm ?? '') || heads.has(k)) return false;
  // (one to three definite words before it, `الهجرة`, `الشؤون الاجتماعية`, after the organ)
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && /^ال../.test(tokens[j]!.norm) && !heads.has(j)) j--;
  return j < k - 1 && heads.has(j) && !covered(ms as Mention[], j + 1, k + 1);
}

/** Demonyms kept only where they qualify a state organ, and countries' possessives on state organs (see conjunctions). */
function stateDemonyms(s: Sentence, all: Mention[], lex: Lexicon): Mention[] {
  let ms = all;
  // A demonym names its country only when it qualifies a state organ: "القوات الروسية", "French jets",
  // "the Turkish side" — not "Lebanese traffickers" or "مناطق النفوذ التركي".
  const heads = new Set<number>();
  // ("Israeli missiles": munitions are `state_head` words too, guarded as the doer by `weapon_noun`; np36)
  // (an aid noun of several words is such a head too, as its one-word forms are: `قوافل مساعدات أردنية`, "Jordanian aid
  // convoys"; np36, diagnosis-batch31 #51-53)
  for (const c of s.cues) if (c.cues.some((x) => x.kind === 'state_head' || x.kind === 'aid')) for (let k = c.tok0; k < c.tok1; k++) heads.add(k);
  // "his Jordanian, Saudi, Iraqi and Egyptian counterparts", "Saudi troops": an English one-word name that is also its
  // state's demonym ("Saudi") is the demonym inside a list of demonyms or right before a state organ (read right to left,
  // so that a list is read whole)
  if (!s.tokens[0]?.arabic) {
    ms = [...ms];
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i]!;
      if (m.kind !== 'country' || m.via !== 'name' || m.tok1 - m.tok0 !== 1) continue;
      if (!lex.entities.get(m.entity)?.demonyms_en.some((d) => d.toLowerCase() === s.tokens[m.tok0]!.norm)) continue;
      const n = ms[i + 1];
      const listed = n?.kind === 'country' && n.via === 'demonym' && n.tok0 - m.tok1 === 1 && (s.tokens[m.tok1]!.norm === 'and' || s.tokens[m.tok1]!.text === ',');
      if (!listed && !heads.has(m.tok1)) continue;
      const d = copyMention(m);
      d.via = 'demonym';
      ms[i] = d;
    }
  }
  // An act noun that takes only its own doer (cues.csv `own_doer_noun`: war, campaign) is such a head only with its target
  // after it: "the Israeli war on Gaza", `الحرب الإسرائيلية على غزة` (not "the Syrian war", `الحرب السورية`: where it is fought)
  const own = cueWords(lex, 'own_doer_noun');
  if (own.size)
    for (const T of s.triggers) {
      const k = T.tok0;
      if (T.tok1 !== k + 1 || !own.has(s.tokens[k]!.norm.replace(/^[وفبل](?=ال|لل)|^[وفب]/, '').replace(/^لل/, 'ال'))) continue;
      const arabic = s.tokens[k]!.arabic;
      const target = arabic ? /^(علي|ضد)$/ : /^(on|against)$/;
      for (let j = k + 1; j < s.tokens.length && j - k <= 3; j++) if (target.test(s.tokens[j]!.norm)) heads.add(k);
    }
  const military = new Set<number>();
  if (s.tokens[0]?.arabic) for (const c of s.cues) if (c.tok1 === c.tok0 + 1 && c.cues.some((x) => x.kind === 'military')) military.add(c.tok0);
  const qualifies = (m: Mention): boolean => {
    if (s.tokens[m.tok0]!.arabic) {
      let k = m.tok0 - 1;
      while (k >= 0 && isQuote(s.tokens[k])) k--;
      // the head noun may carry its own adjective: "الطائرات الحربية التركية"; a military head too, past its adjective
      // (`قافلة تعزيزات عسكرية أمريكية`, `تعزيزات عسكرية روسية`; bugs35)
      return heads.has(k) || heads.has(k - 1) || military.has(k - 1) || coordinatedComplement(s.tokens, k, heads, ms);
    }
    let k = m.tok1;
    while (k < s.tokens.length && (isQuote(s.tokens[k]) || s.tokens[k]!.text === '-')) k++;
    return heads.has(k) || heads.has(k + 1);
  };
  // (np34, diagnosis-batch29 #84: two demonyms right after an Arabic accord noun name its two parties, `بموجب تفاهمات روسية
  // تركية`, `اتفاق روسي تركي`; one alone stays no party)
  const pair = new Set<Mention>();
  if (s.tokens[0]?.arabic)
    for (const c of s.cues) {
      if (!c.cues.some((x) => x.kind === 'accord')) continue;
      // (an adjective's form, one word: `تركية` is also read as the name)
      const adj = (m: Mention) => (m.via === 'demonym' || m.via === 'name') && m.kind === 'country' && m.tok1 - m.tok0 === 1 && /(ي|يه|ية)$/.test(s.tokens[m.tok0]!.norm);
      const a = ms.find((m) => m.tok0 === c.tok1 && adj(m));
      const b = a && ms.find((m) => m.tok0 === a.tok1 && adj(m) && m.entity !== a.entity);
      if (b) pair.add(a).add(b);
    }
  const keep = mapped(ms, (m) => m.via !== 'demonym' || !!m.grouped || qualifies(m) || pair.has(m));
  // coordinated demonyms share the head: "Russian and Turkish troops", "القوات الروسية والتركية"
  for (let i = ms.length - 2; i >= 0; i--) {
    const m = ms[i]!;
    const n = ms[i + 1]!;
    // (a name used as a modifier of the same head joins too: "Iranian and Hezbollah targets")
    if (keep[i] || m.via !== 'demonym' || (n.via !== 'demonym' && !heads.has(n.tok1)) || !keep[i + 1] || s.tokens[m.tok0]!.arabic) continue;
    const gap = s.tokens.slice(m.tok1, n.tok0);
    if (gap.length === 1 && (gap[0]!.norm === 'and' || gap[0]!.text === ',')) keep[i] = true;
  }
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i]!;
    const p = ms[i - 1]!;
    if (!keep[i] && m.via === 'demonym' && p.via === 'demonym' && keep[i - 1] && s.tokens[m.tok0]!.arabic && m.clitics.startsWith('و') && p.tok1 === m.tok0) keep[i] = true;
  }
  ms = ms.filter((_, i) => keep[i]);
  // "Iran's delegation", "Jordan's government": a country's possessive on a state organ names the
  // country, like "the Iranian delegation" (not over a relation word: "Turkey's strikes" stays a possessor)
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.kind !== 'country' || s.tokens[m.tok0]!.arabic || !/['’]s?$/.test(s.tokens[m.tok1 - 1]!.text)) continue;
    let c: CueSpan | undefined;
    for (const x of s.cues) if (x.tok0 === m.tok1 && cueHas(x, 'state_head')) c = x;
    if (!c || s.triggers.some((t) => t.tok0 < c.tok1 && t.tok1 > c.tok0) || (ms[i + 1] && ms[i + 1]!.tok0 < c.tok1)) continue;
    const organ = copyMention(m);
    organ.tok1 = c.tok1;
    organ.end = c.end;
    ms[i] = organ;
  }
  // "التقى وفد من وزارة الخارجية الأمريكية X", "a delegation from the US State Department met X" (pred29, diagnosis-batch26
  // NAME #91): a delegation noun (cues.csv `delegation_noun`) with من/عن/"from" before a state's body, a state or a group
  // is that body, as "Iran's delegation" is Iran: one mention from the noun, no preposition's object
  const dels = cueWords(lex, 'delegation_noun');
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.via === 'demonym' || m.kind === 'person' || m.kind === 'place') continue;
    let k = m.tok0 - 1;
    // (ref56: a quoted body, `وفد من «الإدارة الذاتية لشمال وشرق سوريا»`, "a delegation from the “X”": the quote mark is skipped)
    if (s.tokens[k] && !s.tokens[k]!.word && /^[«"“]$/.test(s.tokens[k]!.text)) k--;
    if (s.tokens[k]?.norm === 'the') k--;
    const d = k - 1;
    if (!/^(من|عن|from)$/.test(s.tokens[k]?.norm ?? '') || d < 0 || (i > 0 && ms[i - 1]!.tok1 > d)) continue;
    const w = s.tokens[d]!.norm;
    const bare = w.replace(/^[وف]/, '');
    if (!dels.has(w) && !dels.has(bare)) continue;
    const del = copyMention(m);
    del.tok0 = d;
    del.start = s.tokens[d]!.start;
    del.clitics = dels.has(w) ? '' : w.slice(0, 1);
    ms[i] = del;
  }
  // (ref52, diagnosis-batch50 #88) `زار وفد من وزارة الهجرة والمهجرين العراقية`: a delegation from a state's body that the
  // lexicon does not name (a `state_head` word after من/عن, its words, then the state's demonym) is that state
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.via !== 'demonym' || m.kind !== 'country' || !s.tokens[m.tok0]!.arabic) continue;
    for (let j = m.tok0 - 2; j >= Math.max(1, m.tok0 - 6); j--) {
      const t = s.tokens[j]!;
      if (!t.word || (i > 0 && ms[i - 1]!.tok1 > j)) break;
      if (!/^(من|عن)$/.test(t.norm)) continue;
      const w = s.tokens[j - 1]!.norm;
      const bare = w.replace(/^[وف]/, '');
      if ((!dels.has(w) && !dels.has(bare)) || !s.cues.some((c) => c.tok0 === j + 1 && cueHas(c, 'state_head'))) break;
      if (s.tokens.slice(j + 1, m.tok0).some((x) => !x.word)) break;
      const del = copyMention(m);
      del.tok0 = j - 1;
      del.start = s.tokens[j - 1]!.start;
      del.via = 'name';
      del.clitics = dels.has(w) ? '' : w.slice(0, 1);
      ms[i] = del;
      break;
    }
  }
  return ms;
}

/** English compass words of a bare region alias ("the northeast") → the adjective of the lexicon's region ids. */
const COMPASS_EN: Record<string, string> = { north: 'northern', south: 'southern', east: 'eastern', west: 'western', northeast: 'northeastern', northwest: 'northwestern', southeast: 'southeastern', southwest: 'southwestern' };
/**
 * "the northeast of Iraq", "the north of Aleppo", "the northeast of the country" (ref32): a region alias that is only "the"
 * and a compass word (entities.region.csv "the northeast") followed by "of" is no region of its own state: before a named
 * country it is that country's region of that direction when the lexicon has one (`northern-iraq`), else dropped (the
 * place after "of" is the one meant); before "the country" it is dropped (the story's state's region, discourse.ts
 * countryAnaphorAt); before any other place it is dropped.
 */
function compassOf(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  const toks = s.tokens;
  let out: Mention[] | undefined;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.kind !== 'place' || m.tok1 - m.tok0 !== 2 || toks[m.tok0]!.norm !== 'the' || toks[m.tok1]?.norm !== 'of') continue;
    const dir = COMPASS_EN[toks[m.tok0 + 1]!.norm];
    if (!dir) continue;
    const after = ms.find((x) => x.tok0 === m.tok1 + 1 || (x.tok0 === m.tok1 + 2 && toks[m.tok1 + 1]!.norm === 'the'));
    const country = toks[m.tok1 + 1]?.norm === 'the' && toks[m.tok1 + 2]?.norm === 'country';
    if (!after && !country) continue;
    out ??= [...ms];
    const label = after && after.kind === 'country' ? lex.entities.get(after.entity)?.label_en.toLowerCase() : undefined;
    const region = label ? lex.entities.get(`${dir}-${label.replace(/\s+/g, '-')}`) : undefined;
    if (region && after) {
      out[i] = mention(m.tok0, after.tok1, m.start, after.end, region.id, region.kind, m.via, m.conj, m.clitics);
      out[out.indexOf(after)] = undefined as unknown as Mention;
    } else out[i] = undefined as unknown as Mention;
  }
  // ("the north of Iraq" with no alias of its own: the country's region when the lexicon has one)
  for (let i = 0; i < ms.length; i++) {
    const x = ms[i]!;
    const dir = x.kind === 'country' && x.tok0 >= 3 && toks[x.tok0 - 1]!.norm === 'of' && toks[x.tok0 - 3]!.norm === 'the' ? COMPASS_EN[toks[x.tok0 - 2]!.norm] : undefined;
    if (!dir || (out ?? ms).some((y) => y && y.tok1 > x.tok0 - 3 && y.tok0 < x.tok0)) continue;
    const label = lex.entities.get(x.entity)?.label_en.toLowerCase();
    const region = label ? lex.entities.get(`${dir}-${label.replace(/\s+/g, '-')}`) : undefined;
    if (!region) continue;
    out ??= [...ms];
    const j = out.indexOf(x);
    if (j >= 0) out[j] = mention(x.tok0 - 3, x.tok1, toks[x.tok0 - 3]!.start, x.end, region.id, region.kind, x.via, x.conj, x.clitics);
  }
  return out ? out.filter((x) => x) : ms;
}
