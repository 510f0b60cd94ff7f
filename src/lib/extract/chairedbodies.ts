/**
 * (name47, diagnosis-batch46 #94, data/heldout/README.md "the co-chairs of a council as the council") A body's chair
 * named before it is the body: `استقبلت الرئاسة المشتركة لمجلس الرقة المدني … وفداً`, `التقى الرئيس المشترك لمجلس
 * دير الزور المدني`, "the co-chairs of the Raqqa Civil Council met …". A `body_chair` cue (cues.csv) right before an
 * organisation's mention — Arabic in construct or through لـ, English through "of (the)" — widens the mention over the
 * chair words, so the body is the clause's actor (the لـ no preposition of the verb, `الرئاسة` no state's presidency).
 * English staff (cues.csv `body_staff`: "Officials of the Raqqa Civil Council met …", "Officials of the Kurdish-led
 * administration met …") likewise, only opening the sentence.
 */
import { copyMention, cueHas, type Mention, type Sentence } from './doc.ts';

/** The mentions of `s` with each organisation named right after a chair cue widened over the chair. */
export function chairedBodies(s: Sentence, ms: Mention[], lang: 'ar' | 'en'): Mention[] {
  let out: Mention[] | undefined;
  // (pre-test: no chair cue in the sentence, nearly all)
  for (const c of s.cues) {
    const staff = lang === 'en' && cueHas(c, 'body_staff');
    if (!cueHas(c, 'body_chair') && !staff) continue;
    const t = s.tokens;
    // (staff, "Officials of the Raqqa Civil Council met …": only opening the sentence, the clause's subject)
    if (staff && c.tok0 > 0) continue;
    const k = c.tok1;
    if (lang === 'en' && t[k]?.norm !== 'of') continue;
    // (English past "of" and a "the" the name may or may not hold: "of the Tabqa Civil Council")
    const at = (x: Mention) => (lang === 'ar' ? x.tok0 === k : x.tok0 === k + 1 || (x.tok0 === k + 2 && t[k + 1]?.norm === 'the'));
    const m = (out ?? ms).find((x) => at(x) && x.kind === 'organization');
    // (Arabic: construct `الرئيس المشترك مجلس` is rare, لـ is the form; no other proclitic: `ومجلس` is a second actor)
    if (!m || (lang === 'ar' && m.clitics !== '' && m.clitics !== 'ل')) continue;
    const j = copyMention(m);
    j.tok0 = c.tok0;
    j.start = c.start;
    j.clitics = c.clitics;
    out = (out ?? ms).filter((x) => x !== m && !(x.tok0 >= c.tok0 && x.tok1 <= c.tok1));
    out.push(j);
    out.sort((a, b) => a.tok0 - b.tok0);
  }
  return out ?? ms;
}
