/**
 * (name47, diagnosis-batch47 FP 63 and #61) A body named by a generic name and said to belong to its own country's
 * state is that state's organ, not the body the name usually means: `فرق الدفاع المدني التابعة للحكومة السورية` are the
 * government's civil-defence teams (`syr`), not the White Helmets (`syrian-civil-defence`, whose country is Syria). An
 * organisation's mention right before an affiliation participle (cues.csv `affiliation_participle`: `التابعة`, `المرتبطة`)
 * and لـ/بـ + its own country's mention is read as that country. Cheap first: only Arabic sentences with a country mention
 * right after such a participle.
 */
import { mentionOf, type Mention, type Sentence } from './doc.ts';
import { cueWords, type Lexicon } from './lexicon.ts';

/** The mentions of `s` with each organisation affiliated to its own country's state read as that state. */
export function stateAffiliated(s: Sentence, ms: Mention[], lex: Lexicon): Mention[] {
  const words = cueWords(lex, 'affiliation_participle');
  let out: Mention[] | undefined;
  for (const g of ms) {
    // (the state after the participle, through لـ or بـ: `للحكومة السورية`, `المرتبطة بالحكومة`)
    if (g.kind !== 'country' || !/[لب]$/.test(g.clitics) || g.tok0 < 2 || !words.has(s.tokens[g.tok0 - 1]!.norm)) continue;
    const m = ms.find((x) => x.tok1 === g.tok0 - 1 && x.kind === 'organization');
    if (!m || lex.entities.get(m.entity)?.country !== g.entity) continue;
    out = (out ?? ms).map((x) => (x === m ? mentionOf(m, g.entity, 'country') : x));
  }
  return out ?? ms;
}
