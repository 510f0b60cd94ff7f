/**
 * Sentence splitting: line breaks always end a sentence; . ! ? ؟ … end one when followed by
 * white space, except after abbreviations (Mr., U.S., Gen.) and initials.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr', 'prof', 'rep', 'sen', 'gov',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'co',
  'u.s', 'u.n', 'u.k', 'e.u', 'e.g', 'i.e', 'al',
]);

/** Words that open a sentence, after which a dotted abbreviation's point ends one ("… by the U.S. The ministry said …"). */
const OPENER = /^(The|It|He|She|They|We|In|On|At|But|A|An|This|That|These|Those|Its|His|Her|Their|After|Before|While|When|Last|Earlier|Meanwhile|However|Since|On)\b/;

const STOPS = /[\n.!?؟…]/g;

/** /[\p{L}.]/u for one UTF-16 unit, without a regex for ASCII and the Arabic letters (the common case). */
function isLetterOrDot(c: number): boolean {
  if (c < 0x80) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0x0620 && c <= 0x064a) return true;
  return /[\p{L}]/u.test(String.fromCharCode(c));
}
const WS = /\s/;

export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let s = from;
  const push = (a: number, b: number) => {
    while (a < b && WS.test(text[a]!)) a++;
    while (b > a && WS.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  STOPS.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = STOPS.exec(text)) && m.index < to) {
    const i = m.index;
    const c = text[i]!;
    if (c === '\n') {
      push(s, i);
      s = i + 1;
      continue;
    }
    // include closing quotes/brackets after the stop
    let j = i + 1;
    while (j < to && /["'”’»)\]]/.test(text[j]!)) j++;
    if (j < to && !WS.test(text[j]!)) continue;
    if (c === '.') {
      let k = i - 1;
      while (k >= from && isLetterOrDot(text.charCodeAt(k))) k--;
      const word = text.slice(k + 1, i);
      const abbrev = ABBREV.has(word.toLowerCase()) || /^[\p{Lu}]$/u.test(word);
      // (a dotted abbreviation of capitals, "U.S.", ends the sentence when a sentence opener follows it)
      if (abbrev && !(/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && OPENER.test(text.slice(j).trimStart()))) continue;
    }
    push(s, j);
    s = j;
    STOPS.lastIndex = j;
  }
  push(s, to);
  return out;
}
