/** Relations: the patron of an unnamed armed group is no one attacked (slot32; gold rule 7/10). */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { type Ctx, nth } from './ctx.ts';
import { affiliationPattern } from './structure.ts';

/** Arabic affiliation participles (as structure.ts AFFILIATION) and the backed participle. */
const AR_LINK = affiliationPattern(['مدعوم']);

/**
 * "depots used by groups loyal to Iran", "a base of Iran-backed militias", `مستودعات تستخدمها مجموعات موالية لإيران`,
 * `مواقع لفصائل مدعومة من إيران`: a name that is the patron of an unnamed group (cues.csv `proxy_noun` right before a
 * link word, `proxy_link` in English, an affiliation or backed participle in Arabic, right before the name or its
 * preposition) names no actor hit; the struck thing belongs to the unnamed group. Not "Iran-linked targets" (no group
 * noun) nor a name joined after the patron (`موالية لإيران و«حزب الله»`, the second is a member).
 */
export function proxyPatron(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  const nouns = cueWords(ctx.lex, 'proxy_noun');
  if (!nouns.size) return false;
  const noun = (k: number) => {
    const w = nth(toks, k)?.norm ?? '';
    return nouns.has(w) || (ctx.lang === 'ar' && nouns.has(w.replace(/^[وفلب]?(ال)?/, '')));
  };
  if (ctx.lang === 'ar') {
    let k = m.tok0 - 1;
    if (!/[لب]/.test(m.clitics)) {
      if (!/^(ل|من|ب)$/.test(nth(toks, k)?.norm ?? '')) return false;
      k--;
    }
    if (!AR_LINK.test(nth(toks, k)?.norm ?? '')) return false;
    return noun(k - 1);
  }
  const links = cueWords(ctx.lex, 'proxy_link');
  // "groups loyal to Iran", "militias backed by Iran", "groups linked to Iran's Revolutionary Guards"
  let k = m.tok0 - 1;
  if (/^(to|by|with)$/.test(nth(toks, k)?.norm ?? '')) k--;
  if (links.has(nth(toks, k)?.norm ?? '') && noun(k - 1)) return true;
  // "Iran-backed militias", "Iran-aligned armed groups"
  if (toks[m.tok1]?.text === '-' && links.has(nth(toks, m.tok1 + 1)?.norm ?? '')) {
    for (let j = m.tok1 + 2; j <= m.tok1 + 4 && j < toks.length; j++) {
      if (noun(j)) return true;
      if (!toks[j]!.word) break;
    }
  }
  return false;
}
