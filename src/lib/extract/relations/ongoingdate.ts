/**
 * An ongoing war told as the topic of another act (branch slot42; gold rule 6: an ongoing state takes the publication
 * date): `مباحثات … أمس الأربعاء … تناولت الحرب الإسرائيلية على قطاع غزة`, `اتصالاً هاتفياً … جرى خلاله بحث التصعيد الإسرائيلي
 * على قطاع غزة`, "held talks on Wednesday … that covered Israel's war on Gaza": the day told belongs to the talks, not to
 * the war. Read by relations/dates.ts dateFor.
 */
import type { Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { type Ctx, hasWordCue, hasWordCueAt } from './ctx.ts';

/**
 * Is T an `attacked` noun of an ongoing act (cues.csv `ongoing_act_noun`: war, escalation) whose sentence dates only
 * something before it, with another act's trigger (not an attack) before it?
 */
export function ongoingTopic(ctx: Ctx, T: Trigger): boolean {
  const p = T.patterns[0]!;
  if (p.pos !== 'noun' || p.relation !== 'attacked' || !ctx.s.dates.length || !hasWordCue(ctx, 'ongoing_act_noun', true)) return false;
  const toks = ctx.s.tokens;
  if (!hasWordCueAt(ctx, T.tok0, 'ongoing_act_noun', ctx.lang === 'ar' ? 'conj' : false)) return false;
  const start = toks[T.tok0]!.start;
  if (ctx.s.dates.some((d) => d.end > start)) return false;
  // (another act told before it holds the day: the talks, the call, the condemnation)
  return ctx.s.triggers.some((x) => x !== T && x.tok1 <= T.tok0 && x.patterns[0]!.relation !== 'attacked');
}

/**
 * "Daraa returned to government control in July 2018", "came back under regime control in 2018": control told right
 * after a word of return (cues.csv `regain_word`) and "to"/"under" is the return, an event of the sentence's date (gold
 * rule 19f), not a standing state at publication (presence.ts controlled). k0: the first token of the control phrase
 * ("to"/"under" or the word before it). English; branch slot42.
 */
export function returnedToControl(ctx: Ctx, k0: number): boolean {
  if (!hasWordCue(ctx, 'regain_word', ctx.lang === 'ar')) return false;
  const toks = ctx.s.tokens;
  const words = cueWords(ctx.lex, 'regain_word');
  // (Arabic: k0 is the word of return itself, its و/ف read off: presence.ts returnedToControlAr; bugs42a)
  if (ctx.lang === 'ar') return hasWordCueAt(ctx, k0, 'regain_word', 'conj');
  for (let k = k0; k >= 1 && k0 - k <= 2; k--) if (/^(to|under)$/.test(toks[k]!.norm)) return words.has(toks[k - 1]!.norm) || words.has(toks[k - 2]?.norm ?? '');
  return false;
}

/**
 * dates44: an attack told as an ongoing series (gold rule 6: publication) — an ongoing adjective right after an Arabic noun
 * (past its demonym) or right before an English one (cues.csv `ongoing_adjective`: `الغارات الإسرائيلية المتكررة على
 * الأراضي السورية، ومنها الضربة التي … أواخر الشهر الماضي`, "Israel's continuing strikes on Syrian territory and the killing
 * of … late last month"), or a verb after "continue(s) to" / `لا يزال`, `ما زال` ("its cells continue to launch hit-and-run
 * attacks", `ورغم خسارته آخر معاقله … في آذار 2019، لا يزال التنظيم ينفذ هجمات`): the dates of the sentence belong to the
 * single event it names beside the series, or to the series' start. Read by relations/dates.ts dateFor.
 */
export function ongoingSeries(ctx: Ctx, T: Trigger): boolean {
  if (T.patterns[0]!.relation !== 'attacked' || !ctx.s.dates.length) return false;
  // (a series over "this year" is dated by it: "has carried out repeated drone strikes on its commanders … this year")
  if (ctx.s.dates.some((d) => d.date === ctx.doc.article.date.slice(0, 4))) return false;
  const toks = ctx.s.tokens;
  if (hasWordCue(ctx, 'ongoing_adjective')) {
    if (ctx.lang === 'ar') {
      for (let k = T.tok1; k < toks.length && k <= T.tok1 + 1; k++) if (hasWordCueAt(ctx, k, 'ongoing_adjective')) return true;
    } else {
      for (let k = T.tok0 - 1; k >= 0 && k >= T.tok0 - 2; k--) if (hasWordCueAt(ctx, k, 'ongoing_adjective')) return true;
    }
  }
  // ("continue(s) to launch", `لا يزال تنظيم «داعش» ينفذ`, `ما زالت … تشن`: within eight tokens before the act)
  for (let k = T.tok0 - 1; k >= 1 && k >= T.tok0 - 8; k--) {
    const w = toks[k]!.norm;
    if (/^(continue|continues)$/.test(toks[k - 1]!.norm) && w === 'to') return true;
    if (/^(يزال|تزال|يزالون|زال|زالت)$/.test(w) && /^[وف]?(لا|ما)$/.test(toks[k - 1]!.norm)) return true;
  }
  return false;
}
