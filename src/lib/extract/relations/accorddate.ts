/**
 * The date an accord's own noun phrase tells (dates43; diagnoses 35–39 §2, cause 3): an agreement whose parties are told
 * in the clause of an accord noun takes the year or month that phrase gives, not the context's day nor publication:
 * English, a year or month right before the accord noun, the pair in a contact clause right after it ("under a 2020
 * ceasefire it agreed with Moscow", "a 2019 ceasefire deal it reached with Russia"); Arabic, the pair right after the
 * noun and a year or month closing its clause (`بموجب تفاهمات بين موسكو وأنقرة تعود إلى عام 2019`, `بموجب تفاهم بين موسكو
 * و«قسد» جرى التوصل إليه أواخر عام 2019`). A day is an act's, not the accord's: only a year or a month, before publication.
 */
import { cueHas, type Doc, redated } from '../doc.ts';
import type { RelationRecord } from '../../types.ts';

const YEAR = /^(?:19|20)\d\d$/;
/** Punctuation or "since" between the pair and the date: another clause, or an ongoing state's start (rule 6). */
const BREAK_AR = /[,،.;؛]|(?:^|\s)و?منذ(?=\s|$)/;

/**
 * Arabic: the accord noun's reduced relative verb between it and the pair, one word and quote marks at most (`بموجب تفاهم
 * أبرمه «مجلس منبج العسكري» مع موسكو ودمشق أواخر عام 2019`; dates55).
 */
function relativeVerbGap(toks: Doc['sentences'][number]['tokens'], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    if (toks[k]!.word) words++;
    else if (!/^[«»"]$/.test(toks[k]!.text)) return false;
  }
  return words === 1 && to - from <= 3;
}

export function accordDates(rels: RelationRecord[], doc: Doc): RelationRecord[] {
  if (!rels.some((r) => r.relation === 'agreed_with')) return rels;
  const ss = doc.sentences;
  const text = doc.article.text;
  const pub = doc.article.date;
  const en = doc.article.lang === 'en';
  return rels.map((r) => {
    if (r.relation !== 'agreed_with') return r;
    const s = ss.find((x) => x.end > r.evidence.start);
    if (!s || !s.cues.some((c) => cueHas(c, 'accord'))) return r;
    const toks = s.tokens;
    const a = s.start + Math.min(r.evidence.sourceSpan[0], r.evidence.targetSpan[0]);
    const b = s.start + Math.max(r.evidence.sourceSpan[1], r.evidence.targetSpan[1]);
    const p0 = toks.findIndex((t) => t.start >= a);
    if (p0 < 0) return r;
    let date: string | undefined;
    for (const c of s.cues) {
      if (!cueHas(c, 'accord') || c.tok1 > p0 || (p0 - c.tok1 > (en ? 0 : 1) && !(!en && relativeVerbGap(toks, c.tok1, p0)))) continue;
      if (en) {
        // back over a compound of accord nouns ("ceasefire deal") to the word before
        let j = c.tok0;
        while (j > 0 && s.cues.some((o) => o !== c && o.tok1 === j && cueHas(o, 'accord'))) j = s.cues.find((o) => o.tok1 === j && cueHas(o, 'accord'))!.tok0;
        const prev = toks[j - 1];
        if (!prev) continue;
        const d = s.dates.find((x) => x.end === prev.end || (x.start <= prev.start && prev.end <= x.end));
        date = d ? d.date : YEAR.test(prev.norm) ? prev.norm : undefined;
      } else {
        const d = s.dates.find((x) => x.start >= b && x.start - b < 60 && !BREAK_AR.test(text.slice(b, x.start)));
        date = d?.date;
      }
      if (date) break;
    }
    if (!date || date.length >= 10 || date >= pub.slice(0, date.length) || r.date === date) return r;
    return redated(r, date);
  });
}
