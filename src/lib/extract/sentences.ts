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
  'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'al',
]);

export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let s = from;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(s, i);
      s = i + 1;
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '…') {
      // include closing quotes/brackets after the stop
      let j = i + 1;
      while (j < to && /["'”’»)\]]/.test(text[j]!)) j++;
      if (j < to && !/\s/.test(text[j]!)) continue;
      if (c === '.') {
        let k = i - 1;
        while (k >= from && /[\p{L}.]/u.test(text[k]!)) k--;
        const word = text.slice(k + 1, i).toLowerCase();
        if (ABBREV.has(word) || /^\p{Lu}$/u.test(text.slice(k + 1, i))) continue;
        // a digit follows: 3.5 is no sentence end (already excluded by the whitespace test)
      }
      push(s, j);
      s = j;
      i = j - 1;
    }
  }
  push(s, to);
  return out;
}
