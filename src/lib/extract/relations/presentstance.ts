/**
 * dates44: a stance told by a sentence that opens with an Arabic imperfect verb and its subject (`وتتهم دمشق وموسكو
 * واشنطن …`, `وتطالب دمشق بحل «قسد» … وتتهمها …`, `وترفض دمشق …، متهمة سويسرا …`) is the subject's standing stance, dated by
 * publication (gold rule 6): none of the article passes (a meeting's statements, the lead's occasion, a speaker going on,
 * anchorEvents) gives it a day of the story. The records of the sentence whose source is that subject are added to
 * `stative`. Not `وتأتي`/`ويأتي` ("comes after", cues.csv `sequence_verb_ar`, dated by what follows), not a past of form
 * V or VI (`وتبنّت`, `وتزامنت`, `وترأس`, `وتناول`: a feminine past in ت, or the past stems isPresent knows).
 */
import type { Doc } from '../doc.ts';
import { cueWords, type Lexicon } from '../lexicon.ts';
import type { RelationRecord } from '../../types.ts';

/** Past stems of forms V and VI after the prefix ت (normalised): not imperfects. */
const PAST_T = /^ت(لق|وجه|وصل|صالح|صافح|مركز|طرق|حدث|ابع|وعد|عهد|بن|ولي|ناول|راس|زامن|رافق|عرض|صاعد|سلم|مكن|قدم|دخل|حول|عاون|واصل|سبب|كرر|ضمن|طلب|علق|وقف|وقع|حرك|جاوز|بادل)/;

export function markPresentStances(rels: readonly RelationRecord[], doc: Doc, lexicon: Lexicon, stative: Set<RelationRecord>): void {
  if (doc.article.lang !== 'ar' || !rels.length) return;
  const own = (id: string) => lexicon.entities.get(id)?.stands_for ?? id;
  const cache = new Map<number, string | null>();
  /** The subject of sentence k when it opens with an imperfect verb followed by its subject, else null. */
  const subjectOf = (k: number): string | null => {
    let c = cache.get(k);
    if (c !== undefined) return c;
    c = null;
    const s = doc.sentences[k]!;
    const i = s.tokens.findIndex((t) => t.word);
    const t0 = s.tokens[i];
    if (t0 && t0.arabic) {
      const v = t0.norm.replace(/^[وف]/, '');
      const imperfect = /^[يت]/.test(v) && v.length >= 3 && !(v[0] === 'ت' && !v.startsWith('تت') && (v.endsWith('ت') || PAST_T.test(v)));
      const m = s.mentions[0];
      if (imperfect && !cueWords(lexicon, 'sequence_verb_ar').has(t0.norm) && m && m.tok0 > i && m.tok0 - i <= 2 && (m.kind !== 'place' || !!lexicon.entities.get(m.entity)?.stands_for)) c = own(m.entity);
    }
    cache.set(k, c);
    return c;
  };
  const ss = doc.sentences;
  let k = 0;
  for (const r of rels) {
    if (r.dateSource !== 'published' || stative.has(r)) continue;
    while (k + 1 < ss.length && ss[k + 1]!.start <= r.evidence.start) k++;
    if (ss[k]!.start > r.evidence.start) k = ss.findIndex((s) => s.end > r.evidence.start);
    if (k < 0) { k = 0; continue; }
    const subj = subjectOf(k);
    if (subj && subj === own(r.source)) stative.add(r);
  }
}
