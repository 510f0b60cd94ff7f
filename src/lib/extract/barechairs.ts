/**
 * (ref58, diagnosis-batch57 §6 ref58 rank 2, "titles and offices stand for their body") A body's chair named with no body
 * of its own is the body: Arabic a bare `body_chair` (`وطالب الرئيس المشترك البرنامجَ`, `الرئيس المشترك للمجلس`: no
 * organisation right after it, at most a definite لـ head) is the organisation the article opened with (the first one
 * named, `بحثت «الإدارة الذاتية» … مع وفد من برنامج الأغذية العالمي`), never a state; English a possessive body before
 * its chair ("met the council's co-chairs") widens the body's mention over the chair, as chairedBodies does for "the
 * co-chairs of the council". Run after chairedBodies.
 */
import { copyMention, cueHas, mention, type Mention, type Sentence } from './doc.ts';

export function bareChairs(s: Sentence, ms: Mention[], lang: 'ar' | 'en', opening: Mention | undefined): Mention[] {
  let out: Mention[] | undefined;
  const t = s.tokens;
  for (const c of s.cues) {
    if (!cueHas(c, 'body_chair')) continue;
    const cur = out ?? ms;
    if (cur.some((m) => m.tok0 <= c.tok0 && c.tok0 < m.tok1)) continue;
    if (lang === 'en') {
      // ("the council's co-chairs": the possessive body right before the chair)
      const m = cur.find((x) => x.tok1 === c.tok0 && x.kind === 'organization' && /['’]s$/.test(t[x.tok1 - 1]?.text ?? '') || (x.tok1 === c.tok0 - 1 && x.kind === 'organization' && /^['’]s$/.test(t[c.tok0 - 1]?.text ?? '')));
      if (!m) continue;
      const j = copyMention(m);
      j.tok1 = c.tok1;
      j.end = c.end;
      out = cur.filter((x) => x !== m);
      out.push(j);
      out.sort((a, b) => a.tok0 - b.tok0);
      continue;
    }
    if (!opening) continue;
    // (Arabic: nothing named right after the chair; a definite لـ head, `للمجلس التنفيذي`, is the body's own bare head)
    if (cur.some((m) => m.tok0 === c.tok1)) continue;
    const next = t[c.tok1]?.norm ?? '';
    if (t[c.tok1]?.word && t[c.tok1]?.arabic && /^ل/.test(next) && !/^لل/.test(next)) continue;
    out = [...cur, mention(c.tok0, c.tok1, c.start, c.end, opening.entity, opening.kind, 'anaphor', false, c.clitics)].sort((a, b) => a.tok0 - b.tok0);
  }
  return out ?? ms;
}
