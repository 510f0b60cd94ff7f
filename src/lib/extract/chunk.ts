/**
 * Inserted material (issue #3, robustness): a shallow chunker that finds the words a writer inserts into a
 * sentence without changing who did what to whom, so that the argument frames read the sentence as if they
 * were not there. The tokens of the sentence are taken from a copy of the text in which this material is
 * blanked (same length, so every offset still points into the article); dates are read from the original
 * text first, so a blanked date still dates the sentence. Constructions (both languages where they exist):
 *
 *   hedge        a claimed identity before a target noun: "at what they said were Islamic State positions",
 *                "struck what it called militant targets" / `على ما قالت إنها مواقع`, `ما وصفته بمواقع`,
 *                `مواقع يُعتقد أنها` is not touched (the claim follows the noun)
 *   date         a date set off by commas right after a word: "Turkey, on March 5, struck" /
 *                `استقبل الأسد، أمس الثلاثاء، وزير…`; and a date inside a clause with its lead words ("on", "in", "last",
 *                "early", "late" / `في`, `يوم`, `مطلع`, `أواخر`, `منتصف`, `مساء`, …) and trailing ones ("morning" /
 *                `الجاري`, `الماضي`), between a verb or act noun and its object or target: "launched in October an
 *                air campaign", "strikes on Sunday on" / `شنته القوات الحكومية مطلع تموز/يوليو الجاري على`,
 *                `قد شنت في تشرين الأول/أكتوبر الماضي حملة` (not after a word that reads it: "since", `منذ`, `عام`)
 *   counted list "X and seven other states, including A and B," → "X, A and B," /
 *                `X وسبع دول أخرى، بينها A وB،` → `X، A وB` (the closing comma too: an Arabic list of names
 *                between commas would read as an apposition)
 *   compound     a kind noun or adjective between the doer and an event noun: "a US special forces raid" →
 *                "a US raid"; `غارة جوية إسرائيلية` → `غارة إسرائيلية` (only before the doer's nisba)
 *
 * Pure and deterministic; `masks` returns the ranges (article offsets) and what each becomes.
 */
import { robustMasksEn } from './chunkrobust.ts';
import type { DateSpan } from './dates.ts';

export interface Mask {
  start: number;
  end: number;
  /** A comma that stands in for the material (a counted list leaves its members in the list); else blank. */
  comma?: boolean;
}

/** English speakers of a hedge: pronouns and common nouns only (a named speaker may be an actor of its own). */
const EN_HEDGE =
  /\bwhat (?:it|they|he|she|officials|the (?:military|army|ministry|statement|group|monitor|observatory)|(?:US|Israeli|Turkish|Russian|Iranian|Syrian|Iraqi) officials|sources|activists|witnesses) (?:called|calls|described as|describes as|termed|terms|said (?:was|were|is|are)|says (?:is|are)|claimed (?:was|were|is|are)|claims (?:is|are)|believed (?:was|were)|believes (?:is|are)) (?=[\w"“'])/g;
const EN_HEDGE_PASSIVE = /\bwhat (?:were|was|are|is) (?:said|believed|described|reported|thought) to (?:be|have been) (?=[\w"“'])/g;
/** Arabic: `ما قالت إنها`, `ما تقول إنه`, `ما وصفته بـ`, `ما وصف بأنه`, `ما يعتقد أنها` before the noun (its ب clitic blanked too). */
const AR_HEDGE =
  /(^|\s)(ما\s+(?:(?:قالت|قال|تقول|يقول|قالوا|يقولون|زعمت|زعم|تزعم|يزعم|اعتبرت|اعتبر|تعتبر|يعتبر)\s+(?:إنها|إنه|إنهم|أنها|أنه|أنهم)|(?:يُعتقد|يعتقد|يُرجّح|يرجح|يُرجح|يُقال|يقال)\s+(?:أنها|أنه|أنهم|إنها|إنه)|(?:وصفته|وصفه|وصفتها|وصفها|وصفت|وصف|وُصف|وصفوه|تصفه|يصفه|تصفها|يصفها|سمته|سماه|أسمته|أسماه)\s+(?:بأنها\s+|بأنه\s+|بـ\s*|ب(?=[\u0621-\u064A«"]))))\s*/g;

/** The word `ما` every Arabic hedge opens with (a word of its own: `كما`, `بينما` are none). */
const AR_HEDGE_WORD = /(?:^|\s)ما\s/;

/** A date set off by commas: what may stand between the comma and the date, and nothing after it. */
const EN_DATE_LEAD = /^[,]\s*(?:(?:late|early)\s+)?(?:on|in|last|this)?\s*$/i;
const AR_DATE_LEAD = /^[،,]\s*(?:(?:في|يوم|مساء|صباح|فجر|ليل|ظهر|عصر|مساء\s+يوم|صباح\s+يوم)\s+)?$/;

/** A date inside a clause: the lead words it may take (one per step, up to three: the last word before it, read from
 * the end by lastWordStart, not by a regex `/(?<=^|\s)(?:…)\s*$/` that scans the sentence from its start; speed48), the
 * words after it, the words before it that read it (it stays). */
const EN_IN_LEAD_WORD = /^(?:on|in|last|early|late|earlier|later|this|the)$/i;
const AR_IN_LEAD_WORD = /^(?:في|يوم|مطلع|أواخر|اواخر|أوائل|اوائل|منتصف|أواسط|اواسط|مساء|صباح|فجر|ليل|ليلة|ظهر|عصر|نهاية|بداية)$/;
const SPACE = /\s/;

/** text[start, end) without its trailing whitespace (\s): the end of its last non-space character, start when none. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && SPACE.test(text[e - 1]!)) e--;
  return e;
}

/**
 * Where the last word of text[start, end) begins (the last run of non-space characters, past its trailing whitespace), or
 * -1 when it has no word: where `/(?<=^|\s)WORD\s*$/` on that slice would begin (EN_IN_LEAD_WORD, AR_IN_LEAD_WORD).
 */
export function lastWordStart(text: string, start: number, end: number): number {
  const e = trimmedEnd(text, start, end);
  if (e === start) return -1;
  let b = e;
  while (b > start && !SPACE.test(text[b - 1]!)) b--;
  return b;
}

/** `/(\S+)\s+$/u.exec(text.slice(start, end))` without the scan from the start: [match, last word] or null. */
export function lastWordBeforeSpace(text: string, start: number, end: number): [string, string] | null {
  const e = trimmedEnd(text, start, end);
  if (e === end || e === start) return null;
  const b = lastWordStart(text, start, e);
  return [text.slice(b, end), text.slice(b, e)];
}

const EN_IN_TRAIL = /^\s+(?:morning|evening|night|afternoon)\b/i;
const AR_IN_TRAIL = /^\s+(?:الجاري|الماضي|الفائت|المنصرم)(?=[\s.،]|$)/;
const EN_IN_BLOCK = /^(?:since|until|till|from|to|by|between|of|the|a|an|its|his|her|their|this|that|these|and|or|after|before|during|as|than|for|through|within|at|on|in|until|ago|year|years|month|months|day|days|week|weeks)$/i;
const AR_IN_BLOCK = /^(?:منذ|حتى|من|إلى|الى|بين|قبل|بعد|خلال|عام|العام|لعام|طيلة|طوال|لغاية|حين|وحتى|ومنذ|و|أو|منذ|سنة|شهر|يوم|أيام|مدى|مطلع)$|^[وف]?(?:في|يوم)$/;

/** After a date inside a clause: a determiner or a preposition of a target / `ال`, a quoted name or a preposition. */
const EN_IN_NEXT = /^(?:a|an|the|its|their|his|her|on|against|at|into|to|near|targeting|toward|towards)$/;
/** After a past verb ("bombed early on Monday rebel positions"), a lowercase word that is no object: the next clause. */
const EN_IN_NOT_OBJECT = /^(?:and|or|but|by|with|from|for|of|when|while|after|before|that|which|who|as|was|were|is|are|had|has|have|be|been|would|will|said|says|amid|following|during|since|until|\w+ing|\w+ed)$/;
const AR_IN_NEXT = /^(?:ال|«|")|^(?:على|ضد|في|إلى|الى|مع|من|عن|بحق|باتجاه|نحو|داخل)$/;
/** A word before it that is surely a verb: a feminine perfect (`شنت`, `فرضت`, `استضافت`, `شنته`), not a plural in ات,
 * nor a name (`كلّف أردوغان في ١٢ تموز وزير خارجيته`: the subject, and the date is all that parts it from the object). */
const AR_IN_VERB = /^(?![وف]?(?:ال|لل|«))(?!.*ات$)[\u0621-\u064A\u064B-\u0652]+ت(?:ه|ها|هم)?$/;
/** Light verbs of meetings (`عقدت`, `أجرى`, `جرت`). */
const AR_LIGHT_VERB = /^[وف]?(?:عقدت|عقد|عقدا|أجرت|اجرت|أجرى|اجرى|أجريا|جرت|جرى)$/;
/** Or any word after `قد`/`لقد` (`قد أسقط في نيسان/أبريل مسيّرات`). */
const AR_QAD = /(?:^|\s)[وف]?(?:قد|لقد)\s+\S+\s+$/;

const EN_CLAUSE_OPENER = /^(?:the|a|an|it|he|she|they|we|i|his|her|its|their|this|that|these|those|officials|sources|according|and|but|while|as|when|after|before|which|who|where)\b/;
const AR_CLAUSE_OPENER = /^(?:بحسب|حسب|وفق|وفقا|وفقاً|حيث|إذ|بينما|فيما|الذي|التي|الذين|لكن|كما|قال|قالت|وقال|وقالت|وأضاف|وأضافت)(?=[\s،]|$)/;

const EN_COUNTED =
  /\s(?:and|as well as) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a dozen|dozens of) other (?:(?:EU|European|Arab|Western|Gulf|NATO|Muslim|African|Asian|member) )?(?:states|countries|nations|governments|members|member states|allies),? (?:including|among them|such as) /g;
const AR_COUNTED =
  /\s(و(?:[\u0621-\u064A]+|\d+)\s+(?:دول|بلدان|دولة|حكومات)(?:\s+(?:عربية|أوروبية|غربية|خليجية|أعضاء|أعضاء))?\s+أخرى،?\s+(?:بينها|منها|من بينها|ومنها|بما فيها|في مقدمتها)\s)/g;

const EN_KIND_NOUNS = 'special forces|special operations|commando|drone|missile|air|naval|helicopter|artillery|rocket|suicide|cross-border|precision|ballistic missile|ensuing|retaliatory|unprecedented|massive|large-scale|renewed|deadly|near-daily|almost-daily';
const EN_EVENT_NOUNS = 'raid|raids|strike|strikes|attack|attacks|bombing|bombings|assault|bombardment|offensive|war|campaign|shelling';
/** ("a US special forces raid", "the Israeli drone strike", and a possessive doer: "Iran's missile attack") */
const EN_COMPOUND = new RegExp(`\\b(?:(?:a|an|the)(?: [A-Z][\\w'.-]*)+|[A-Z][\\w.-]*['’]s?) ((?:${EN_KIND_NOUNS})(?: and (?:${EN_KIND_NOUNS}))? )(?:${EN_EVENT_NOUNS})\\b`, 'g');
const AR_KIND_ADJ = 'جوية|جوي|صاروخية|صاروخي|مدفعي|مدفعية|بحرية|برية|بري|عسكرية|عسكري';
/** An event noun, its kind adjective(s), then a nisba of the same definiteness (the doer's demonym, `إسرائيلية`). */
const AR_COMPOUND = new RegExp(
  `(^|\\s)[وفب]?(ال|لل)?(?:غارة|غارات|ضربة|ضربات|هجوم|هجمات|قصف)(?:اً)?((?:\\s+(?:ال)?(?:${AR_KIND_ADJ})(?:اً)?)+)\\s+(ال)?(?!و|ف)(?!(?:${AR_KIND_ADJ})(?:اً)?[\\s.،])[\\u0621-\\u064A]{2,}(?:ية|ي|يا|ياً)(?=[\\s.،]|$)`,
  'g',
);
/** Literal stems every match of the compounds contains (their event nouns: `غارات` contains `غار`). */
const AR_EVENT_WORDS = ['غار', 'ضرب', 'هجم', 'هجوم', 'قصف'];
const EN_EVENT_WORDS = ['raid', 'strike', 'attack', 'bombing', 'assault', 'bombardment', 'offensive', 'war', 'campaign', 'shelling'];
const AR_KIND_WORD = new RegExp(`^(?:ال)?(?:${AR_KIND_ADJ})(?:اً)?$`);

/** The inserted material of one sentence [start, end) of `text`, given its dates. */
export function masks(text: string, start: number, end: number, lang: 'ar' | 'en' | string, dates: readonly DateSpan[]): Mask[] {
  const s = text.slice(start, end);
  const out: Mask[] = [];
  const add = (a: number, b: number, comma = false) => out.push({ start: start + a, end: start + b, ...(comma ? { comma } : {}) });
  const ar = lang === 'ar';
  // (each construction is searched only in a sentence with the literal word it cannot match without: most have none,
  // and a global search clones its regex per call)
  if (ar) {
    if (AR_HEDGE_WORD.test(s)) for (const m of s.matchAll(AR_HEDGE)) add(m.index + m[1]!.length, m.index + m[0].length);
    if (s.includes('أخرى')) for (const m of s.matchAll(AR_COUNTED)) {
      add(m.index, m.index + m[0].length - 1, true);
      // the comma that closes the included members (`بينها A وB، VERB…`) closes no apposition: blanked too
      const end0 = m.index + m[0].length;
      const close = s.indexOf('،', end0);
      if (close > 0 && s.slice(end0, close).trim().split(/\s+/).length <= 6) add(close, close + 1);
    }
    if (AR_EVENT_WORDS.some((w) => s.includes(w))) for (const m of s.matchAll(AR_COMPOUND)) {
      if (!!m[2] !== !!m[4]) continue; // `غارة الجيش` is a genitive, not a noun and its adjective
      // blank each kind word, keep the noun and the nisba
      let at = m.index + m[0].indexOf(m[3]!);
      for (const w of m[3]!.split(/(\s+)/)) {
        if (AR_KIND_WORD.test(w)) add(at, at + w.length);
        at += w.length;
      }
    }
  } else {
    if (s.includes('what ')) {
      for (const m of s.matchAll(EN_HEDGE)) add(m.index, m.index + m[0].length);
      for (const m of s.matchAll(EN_HEDGE_PASSIVE)) add(m.index, m.index + m[0].length);
    }
    if (s.includes(' other ')) for (const m of s.matchAll(EN_COUNTED)) add(m.index, m.index + m[0].length - 1, true);
    if (EN_EVENT_WORDS.some((w) => s.includes(w))) for (const m of s.matchAll(EN_COMPOUND)) {
      const at = m.index + m[0].length - m[0].split(' ').pop()!.length - m[1]!.length;
      add(at, at + m[1]!.length);
    }
    // robust40b: "both" before a pair, "had earlier", an adjunct before the object, an actorless apposition or participle
    for (const [a, b] of robustMasksEn(s)) add(a, b);
  }
  // A date between two commas, right after a word and before a word: "Turkey, on March 5, struck".
  for (const d of dates) {
    if (d.start < start || d.end > end) continue;
    const c0 = text.lastIndexOf(ar ? '،' : ',', d.start - 1);
    const c0b = ar ? text.lastIndexOf(',', d.start - 1) : -1;
    const comma0 = Math.max(c0, c0b);
    if (comma0 < start + 1 || !(ar ? AR_DATE_LEAD : EN_DATE_LEAD).test(text.slice(comma0, d.start))) continue;
    const after = /^\s*[,،]/.exec(text.slice(d.end, end));
    if (!after) continue;
    const next = text.slice(d.end + after[0].length, end).trimStart();
    const prev = text.slice(start, comma0);
    if (!/[\p{L}\p{N}»")]$/u.test(prev) || !/^[\p{L}«"]/u.test(next)) continue;
    // (a date before a new clause, "…, on Tuesday, the ministry said", `…، أمس الثلاثاء، بحسب …`, is no insertion into one)
    // (but a past verb before the date takes the determiner after it as its object: "Turkey launched, in October, an air
    // campaign on")
    const objectAfterVerb = !ar && /(?<![\w-])[a-z]{3,}ed$/.test(prev) && /^(?:a|an|the|its|their|his|her)\s/.test(next) && !/^\S+ (?:[\w-]+ ){0,2}(?:said|says|told|reported|added|announced|confirmed)\b/.test(next);
    if (!objectAfterVerb && (ar ? AR_CLAUSE_OPENER.test(next) : !/^[a-z]/.test(next) || EN_CLAUSE_OPENER.test(next))) continue;
    add(comma0 - start, d.end + after[0].length - start);
  }
  // A date inside a clause, with its lead and trailing words, between a word and a word: "Turkey launched in October
  // an air campaign on", "struck early on Sunday Iranian positions" / `شنته القوات الحكومية مطلع تموز/يوليو الجاري على
  // مواقع`, `شنت تركيا في تشرين الأول/أكتوبر الماضي حملة`. Not where a word before it reads it ("since 2015", `منذ`,
  // "until", `بعد`, "the 2019 agreement", `عام`), nor at the sentence's edges or a comma (the rule above).
  for (const d of dates) {
    if (d.start < start || d.end > end || d.when) continue;
    // (a year as a noun's modifier, "the 2019 agreement", "its 2019 offensive": part of its noun phrase; dates55)
    if (!ar && d.end - d.start === 4 && /(?:^|\s)(?:the|its|their|his|her|an?)\s+$/i.test(text.slice(Math.max(start, d.start - 7), d.start))) continue;
    let a = d.start;
    for (let k = 0; k < 3; k++) {
      // (the lead word: the last word before a, read from the end, not by a regex scan of the text from the sentence's start; speed48)
      const b0 = lastWordStart(text, start, a);
      if (b0 < 0 || !(ar ? AR_IN_LEAD_WORD : EN_IN_LEAD_WORD).test(text.slice(b0, trimmedEnd(text, start, a)))) break;
      a = b0;
    }
    let b = d.end;
    const t = (ar ? AR_IN_TRAIL : EN_IN_TRAIL).exec(text.slice(b, end));
    if (t) b += t[0].length;
    const prev = text.slice(start, a);
    // (`/(\S+)\s+$/u.exec(prev)` read from the end: speed48)
    const pw = lastWordBeforeSpace(text, start, a);
    if (!pw || !/[\p{L}»")]$/u.test(pw[1]!) || (ar ? AR_IN_BLOCK : EN_IN_BLOCK).test(pw[1]!)) continue;
    const next = text.slice(b, end);
    if (!(ar ? /^\s+[\u0621-\u064A«"]/ : /^\s+[\p{L}"“]/u).test(next)) continue;
    // What stands after it continues the clause: an object or a target phrase after a verb, not the next clause's verb
    // ("a strike in Syria on Tuesday killed", `الغارة … في الأول من نيسان قد أسفرت`, `ضربات في كانون الثاني أودت`).
    const nw = /^\s+(\S+)/u.exec(next)![1]!;
    // (a light verb and its meeting noun stay apart: `عقدت أمس محادثات بين A وB` is read through the noun's between list,
    // and the verb pattern `عقدت محادثات` has no subject to give: meeting-noun-between-list.test.ts)
    if (ar && AR_LIGHT_VERB.test(pw[1]!)) continue;
    if (ar ? !(AR_IN_NEXT.test(nw) || AR_IN_VERB.test(pw[1]!) || AR_QAD.test(prev)) : !(EN_IN_NEXT.test(nw) || (/^[A-Z]/.test(nw) && /^[a-z]/.test(pw[1]!)) || (/^[a-z]+ed$/.test(pw[1]!) && /^[a-z]+$/.test(nw) && !EN_IN_NOT_OBJECT.test(nw)))) continue;
    if (out.some((o) => o.start < b && o.end > a)) continue;
    // (a bare year after a noun is its modifier: `اتفاق 2019`, `اتفاق عام 2019`; after a verb it dates the act)
    if (a === d.start && /^(?:[\d\s]+|(?:عام|العام|لعام)\s+[\d\u0660-\u0669]+)$/.test(text.slice(d.start, d.end)) && !(ar && (AR_IN_VERB.test(pw[1]!) || AR_QAD.test(prev)))) continue;
    add(a - start, b - start);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `text` with the masks blanked (a counted list's first character becomes a comma); same length. */
export function blanked(text: string, ms: readonly Mask[]): string {
  if (!ms.length) return text;
  let out = '';
  let at = 0;
  for (const m of ms) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + (m.comma ? ',' + ' '.repeat(m.end - m.start - 1) : ' '.repeat(m.end - m.start));
    at = m.end;
  }
  return out + text.slice(at);
}
