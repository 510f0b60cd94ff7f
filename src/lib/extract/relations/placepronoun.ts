/**
 * Relations: a place taken or held, told by a pronoun (branch ref44).
 *
 * capturedPlacePronouns: the object pronoun of a capture or control phrase — English "it" right after a cues.csv
 * `capture_verb` ("before government forces recaptured it in March 2017", "since government forces retook it") or after
 * "control of" ("since government forces regained control of it in July 2018"); Arabic `عليها`/`عليه` right after the
 * control noun `السيطرة`/`سيطرة` or its subject (`منذ أن استعادت القوات الحكومية السيطرة عليها`, `منذ سيطرة القوات
 * التركية عليها`) — names the last place named before it: its sentence first (a place, not a capital that acts for its
 * state, not an anaphor), else the sentence before. The mention added (kind place, via anaphor) is the place every
 * capture and control reader takes. Arabic has no such reader for the pronoun: pronounControlAr reads the holder.
 */
import { mention, type Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { actor, type Ctx, cueTrigger, hasBreak, prepOf, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

/** Arabic: the control noun before the pronoun (`السيطرة`, `سيطرة`, `بالسيطرة`), normalised. */
const CONTROL_AR = /^[وف]?(ب|ل)?(ال)?سيطره$/;

export function capturedPlacePronouns(ctx: Ctx): Mention[] | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  let added: Mention[] | undefined;
  let capture: ReadonlySet<string> | undefined;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    let clitics = '';
    if (en) {
      if (t.norm !== 'it') continue;
      capture ??= cueWords(ctx.lex, 'capture_verb');
      const prev = toks[k - 1]!.norm;
      if (!capture.has(prev) && !(prev === 'of' && toks[k - 2]?.norm === 'control')) continue;
    } else {
      if (t.norm !== 'عليها' && t.norm !== 'عليه') continue;
      // (the control noun right before, or before its subject: `سيطرة القوات التركية عليها`, up to seven words, no break)
      let ok = false;
      for (let j = k - 1; j >= 0 && k - j <= 7 && !ok && !hasBreak(toks, j, k); j--) ok = CONTROL_AR.test(toks[j]!.norm);
      if (!ok) continue;
      clitics = 'على';
    }
    if (s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    const p = lastPlace(ctx, k);
    if (!p) continue;
    const m = mention(k, k + 1, t.start, t.end, p.entity, 'place', 'anaphor', false, clitics);
    if (!en) ctx.discourse.controlPronouns.add(m);
    (added ??= []).push(m);
  }
  return added;
}

/** The last place named before token k: its sentence, else the sentence before (no anaphor, no capital acting for its state). */
export function lastPlace(ctx: Ctx, k: number): Mention | undefined {
  const ok = (m: Mention) => m.kind === 'place' && m.via !== 'anaphor' && !ctx.lex.entities.get(m.entity)?.stands_for;
  const ms = ctx.s.mentions;
  for (let j = ms.length - 1; j >= 0; j--) if (ms[j]!.tok1 <= k && ok(ms[j]!)) return ms[j];
  const prev = ctx.history[ctx.history.length - 1];
  if (prev) for (let j = prev.length - 1; j >= 0; j--) if (ok(prev[j]!)) return prev[j];
  return undefined;
}

/**
 * `منذ أن استعادت القوات الحكومية السيطرة عليها`, `منذ سيطرة القوات التركية عليها` (ref44): the holder of a control
 * phrase whose place is the pronoun capturedPlacePronouns resolved — the genitive of the control noun `سيطرة` (an armed
 * group or a state right after it), else the VSO subject between a `capture_verb` and `السيطرة` — is deployed in that
 * place, dated by its sentence (regainedControl reads the verbal noun, `استعادة الحكومة السيطرة عليها`).
 */
export function pronounControlAr(ctx: Ctx): void {
  if (ctx.lang !== 'ar') return;
  const ms = ctx.s.mentions;
  const places = ms.filter((m) => ctx.discourse.controlPronouns.has(m));
  if (!places.length) return;
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!pattern) return;
  const toks = ctx.s.tokens;
  const capture = cueWords(ctx.lex, 'capture_verb');
  for (const p of places) {
    let j = p.tok0 - 1;
    while (j >= 0 && p.tok0 - j <= 7 && !CONTROL_AR.test(toks[j]!.norm)) j--;
    if (j < 0 || !CONTROL_AR.test(toks[j]!.norm)) continue;
    let doer: Mention | undefined;
    // (the genitive, past a group head and a quote: `سيطرة فصائل «الجيش الوطني السوري» عليها`)
    if (!toks[j]!.norm.includes('السيطره')) doer = ms.find((m) => m.tok0 > j && m.tok0 - j <= 3 && m.tok1 <= p.tok0);
    else {
      const v = j - 1 >= 0 ? ms.find((m) => m.tok1 === j) : undefined;
      if (v && v.tok0 > 0 && capture.has(toks[v.tok0 - 1]!.norm.replace(/^[وف](?=...)/, ''))) doer = v;
    }
    const who = doer && !prepOf(ctx, doer) ? actor(ctx.lex, doer) : undefined;
    if (!doer || !who || !/^(country|armed_group)$/.test(who.kind) || who.entity === p.entity || toldHere(ctx, 'deployed_in', who.entity, p.entity)) continue;
    emit(ctx, cueTrigger({ tok0: j, tok1: j + 1, start: toks[j]!.start, end: toks[j]!.end }, pattern), 'deployed_in', doer, p, {}, true);
  }
}
