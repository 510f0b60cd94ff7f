/**
 * (ref52, diagnosis-batch50 §6 ref52 rank 1, diagnosis-batch51 §6 ref52 rank 2; gold rule 4) A body's delegation named once
 * stands for the body after it: `زار وفد من برنامج الأغذية العالمي القامشلي … والتقى الوفد مسؤولين في «الإدارة الذاتية»`,
 * "A World Health Organization delegation arrived … The delegation urged …". A delegation noun (cues.csv `delegation_noun`)
 * that a mention opens (`وفد من X` read as X), or with its body right after it (`وفد عراقي`, `وفد من X`, "delegation
 * from/of (the) X") or right before it ("an Iraqi delegation", "a WHO delegation") names the delegation's body; a later bare
 * definite delegation noun (`الوفد`, "the delegation", no من/"of"/"from" and no name after it) is that body. An unnamed
 * delegation in between ("another delegation", `وفد آخر`) forgets it: the bare noun then names none. The same reading
 * serves a body's officers (cues.csv `officers_noun`, with a memory of its own): `ضباط من الأمن العسكري … طالب خلاله
 * الضباط`, "met Syrian Military Intelligence officers … the committee asked the officers".
 */
import { mention, type Mention, type Sentence } from './doc.ts';
import { cueWords, type CueKind, type Lexicon } from './lexicon.ts';

/** The body whose delegation the article named last. */
export interface DelegationBody {
  id: string;
  kind: Mention['kind'];
}

/** The kinds a delegation stands for (no place, no person). */
const BODY_KINDS = new Set(['organization', 'armed_group', 'country']);
/** The links after a delegation noun to its body (grammar words). */
const LINK = /^(من|عن|of|from)$/;

/**
 * The mentions of `s` with its bare definite delegation nouns read as the body of `seen` (undefined: none named yet); and
 * the body whose delegation `s` names last, else `seen` (undefined after an unnamed delegation).
 */
export function delegationsOf(s: Sentence, ms: Mention[], lex: Lexicon, lang: 'ar' | 'en', seen: DelegationBody | undefined, kind: CueKind = 'delegation_noun'): { ms: Mention[]; seen: DelegationBody | undefined } {
  const words = cueWords(lex, kind);
  const t = s.tokens;
  // (cheap guard: a delegation noun in the sentence)
  if (!words.size || !t.some((w) => words.has(w.norm))) return { ms, seen };
  const inside = (k: number) => ms.some((m) => m.tok0 <= k && k < m.tok1);
  let out = ms;
  let body = seen;
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (!words.has(w.norm)) continue;
    const def = lang === 'ar' ? /^[وف]?ال/.test(w.norm) : t[k - 1]?.norm === 'the';
    const next = t[k + 1];
    // (the delegation's own body: a mention opening at the noun, right after it (after a link), or right before it in English)
    const opens = ms.find((m) => m.tok0 === k && m.tok1 > k + 1);
    const after = next && LINK.test(next.norm) ? ms.find((m) => m.tok0 === k + 2 || (m.tok0 === k + 3 && (/^[«"]$/.test(t[k + 2]!.text) || t[k + 2]!.norm === 'the'))) : ms.find((m) => m.tok0 === k + 1 && m.via === 'demonym');
    const before = lang === 'en' ? ms.find((m) => m.tok1 === k || (m.tok1 === k - 1 && t[k - 1]!.norm === "'s")) : undefined;
    const own = [opens, after, before].find((m) => m && m.via !== 'anaphor' && BODY_KINDS.has(m.kind));
    if (own) {
      body = { id: own.entity, kind: own.kind };
      continue;
    }
    if (inside(k)) continue;
    if (!def) {
      // (an unnamed delegation: the bare noun after it may be either)
      body = undefined;
      continue;
    }
    if (!body || (next && LINK.test(next.norm)) || (lang === 'en' && inside(k - 2))) continue;
    const tok0 = lang === 'ar' ? k : k - 1;
    const clitics = lang === 'ar' ? (/^[وف]/.test(w.norm) ? w.norm[0]! : '') : '';
    out = [...out, mention(tok0, k + 1, t[tok0]!.start, w.end, body.id, body.kind, 'anaphor', false, clitics)].sort((a, b) => a.tok0 - b.tok0);
  }
  return { ms: out, seen: body };
}
