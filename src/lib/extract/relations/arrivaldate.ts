/**
 * A presence told with an arrival (dates43; diagnoses 35–39 §2, cause 4): a `deployed_in` at publication (a base or
 * presence noun: `وصلت تعزيزات … أمس الإثنين إلى قاعدة الشدادي`, "reinforcements arrived at the Russian base at Arima …
 * on Thursday") in a sentence whose arrival verb (cues.csv `arrival`) comes before its place takes the arrival's day: the
 * one full day, not after publication, the sentence gives, with no "since"/`منذ` before it. An article pass.
 */
import { cueHas, type Doc, redated } from '../doc.ts';
import { cueWords, type Lexicon } from '../lexicon.ts';
import type { RelationRecord } from '../../types.ts';

const SINCE = /(?:^|\s)(?:since|[وف]?منذ)\s+\S*$/i;

export function arrivalDays(rels: RelationRecord[], doc: Doc, lex: Lexicon): RelationRecord[] {
  if (!rels.some((r) => r.relation === 'deployed_in' && r.dateSource === 'published')) return rels;
  const holder = cueWords(lex, 'holder_verb');
  const ss = doc.sentences;
  const text = doc.article.text;
  const pub = doc.article.date;
  return rels.map((r) => {
    if (r.relation !== 'deployed_in' || r.dateSource !== 'published' || r.attrs?.mode === 'planned') return r;
    const s = ss.find((x) => x.end > r.evidence.start);
    if (!s) return r;
    const at = s.start + r.evidence.targetSpan[0];
    const arrival = s.cues.find((c) => cueHas(c, 'arrival') && c.end <= at);
    if (!arrival) return r;
    // the holder of a place the arrival reaches is no arrival ("reached Raqqa, which is controlled by the SDF, on
    // Sunday", "reached government-held Idlib on Sunday"): its control is a state, at publication
    if (s.start + r.evidence.sourceSpan[0] > at) return r;
    if (s.tokens.some((k) => k.start >= arrival.end && k.end <= at && holder.has(k.norm))) return r;
    const days = [...new Set(s.dates.filter((d) => d.date.length === 10 && d.date <= pub && !SINCE.test(text.slice(Math.max(s.start, d.start - 12), d.start))).map((d) => d.date))];
    return days.length === 1 ? redated(r, days[0]!) : r;
  });
}
