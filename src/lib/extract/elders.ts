/**
 * (name47, diagnosis-batch46 #14, diagnosis-batch47 §6 name47 rank 2) A body's elders named once stand for it after:
 * `التقى مسؤولون في مجلس دير الزور المدني وجهاءَ من عشيرة الشعيطات … وطالب الوجهاء مجلسَ دير الزور المدني`, "met elders
 * of the Afadila tribe … The elders urged the council". An elders noun (cues.csv `elders_noun`) before `من` (English
 * "of (the)") and an organisation names the elders' body; a later bare definite elders noun (`الوجهاء`, "the elders",
 * with no `من`/"of" after it) is that body. Unnamed elders ("tribal elders", `وجهاء المنطقة`) name none (rule 7).
 */
import { mention, type Mention, type Sentence } from './doc.ts';
import { cueWords, type Lexicon } from './lexicon.ts';
import { tokenVariants, type Token } from './normalise.ts';

/** The body whose elders the article named last. */
export interface EldersBody {
  id: string;
}

function eldersWord(t: Token | undefined, words: ReadonlySet<string>): boolean {
  if (!t?.word) return false;
  if (!t.arabic) return words.has(t.norm);
  for (const v of tokenVariants(t)) if (words.has(v.key)) return true;
  return false;
}

/**
 * (ref58) The elders named with their body with no preposition: the Arabic construct, the elders noun right before the
 * body's mention (`وفداً من وجهاء عشيرة البكارة`, `وجهاءَ قبيلة طي`); the English tribe right before its elders ("Tayy
 * tribe elders", "a delegation of Baggara elders").
 */
function eldersNamed(t: readonly Token[], m: Mention, lang: 'ar' | 'en', words: ReadonlySet<string>): boolean {
  if (lang === 'ar') return eldersWord(t[m.tok0 - 1], words) && !/^[وف]?ال/.test(t[m.tok0 - 1]!.norm);
  return eldersWord(t[m.tok1], words);
}

/**
 * The mentions of `s` with its bare definite elders nouns read as the body of `seen` (undefined: none named yet); and
 * the body whose elders `s` names, else `seen`.
 */
export function eldersOf(s: Sentence, ms: Mention[], lex: Lexicon, lang: 'ar' | 'en', seen: EldersBody | undefined): { ms: Mention[]; seen: EldersBody | undefined } {
  const words = cueWords(lex, 'elders_noun');
  if (!words.size) return { ms, seen };
  const t = s.tokens;
  const prep = lang === 'ar' ? 'من' : 'of';
  let out = ms;
  // (anaphors first, against the body named in the sentences before: cheap test, a body was named)
  if (seen)
    for (let k = 0; k < t.length; k++) {
      const w = t[k]!;
      if (!eldersWord(w, words)) continue;
      const def = lang === 'ar' ? /^[وف]?ال/.test(w.norm) : t[k - 1]?.norm === 'the';
      if (!def || t[k + 1]?.norm === prep || out.some((m) => m.tok0 <= k && k < m.tok1)) continue;
      const tok0 = lang === 'ar' ? k : k - 1;
      const clitics = lang === 'ar' ? (/^[وف]/.test(w.norm) ? w.norm[0]! : '') : '';
      out = [...out, mention(tok0, k + 1, t[tok0]!.start, w.end, seen.id, 'organization', 'anaphor', false, clitics)].sort((a, b) => a.tok0 - b.tok0);
    }
  // (the elders' body: an organisation right after the elders noun and من / "of (the)"; ref58: also "from (the)", the
  // Arabic construct `وجهاء عشيرة البكارة` and the English tribe before its elders, "Tayy tribe elders")
  let body = seen;
  for (const m of out) {
    if (m.kind !== 'organization' || m.via === 'anaphor') continue;
    let j = m.tok0 - 1;
    if (lang === 'en' && t[j]?.norm === 'the') j--;
    if ((t[j]?.norm === prep || (lang === 'en' && t[j]?.norm === 'from')) && eldersWord(t[j - 1], words)) body = { id: m.entity };
    else if (eldersNamed(t, m, lang, words)) body = { id: m.entity };
  }
  return { ms: out, seen: body };
}
