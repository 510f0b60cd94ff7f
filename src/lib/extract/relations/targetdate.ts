/**
 * dates44: a presence told as the place of a dated act's target (`تلويح أردوغان، في الأول من حزيران، بشن عملية عسكرية
 * جديدة ضد «وحدات حماية الشعب» الكردية في تل رفعت ومنبج`, "threatened in May a new offensive against the YPG in Tal
 * Rifaat and Manbij") is what the act presupposes: it takes the act's date, as the gold dates it (the context of the
 * clause), not publication. An article pass after the date passes: a `deployed_in` at publication whose source mention is
 * the target mention of a record of the same sentence of a relation in TARGET_ACTS dated by the text.
 */
import { redated } from '../doc.ts';
import { mapped } from '../packed.ts';
import type { RelationRecord } from '../../types.ts';

const TARGET_ACTS = new Set(['threatened']);
/** `ضد` (against), with a quote mark or none, right before the target. */
const AGAINST_AR = /(?:^|\s)ضد\s*(?:[^\s«"]+\s+)?[«"]?\s*$/;

export function targetPresenceDates(rels: RelationRecord[]): RelationRecord[] {
  if (!rels.some((r) => r.relation === 'deployed_in' && r.dateSource === 'published')) return rels;
  return mapped(rels, (r) => {
    if (r.relation !== 'deployed_in' || r.dateSource !== 'published') return r;
    const [a, b] = r.evidence.sourceSpan;
    // (Arabic, the target after `ضد` (against), past one word, `ضد مقاتلي الوحدات الكردية`: an offensive threatened against it; not facilities declared targets)
    const act = rels.find(
      (x) =>
        TARGET_ACTS.has(x.relation) && x.dateSource === 'text' && x.evidence.start === r.evidence.start && x.target === r.source && x.evidence.targetSpan[0] < b && a < x.evidence.targetSpan[1] &&
        AGAINST_AR.test(x.evidence.sentence.slice(Math.max(0, x.evidence.targetSpan[0] - 20), x.evidence.targetSpan[0])),
    );
    return act ? redated(r, act.date, act.dateSource) : r;
  });
}
