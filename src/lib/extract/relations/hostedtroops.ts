/**
 * Troops a state or a base hosts are deployed there, and are no guests (branch np43; diagnosis-batch39 §6 np43 rank 2;
 * pool b32 jordan-downs-meth-drone, b36 jordan-border-smugglers-killed). "Jordan, a close US ally, hosts American troops"
 * was read as `jor hosted usa` (the demonym as the guest); the gold has `usa deployed_in jor` (rule 13). A hosting verb
 * (a `hosted` verb trigger) whose object is a troops noun (cues.csv `hosted_troops`) owned by a demonym or a name —
 * English: the owner and a count ("a few hundred", "about 2,500") before the noun; Arabic: the noun first, the demonym
 * after it (`تستضيف قوات أمريكية`, `نحو 2500 جندي أمريكي`) — gives the owner's presence in the host: the places after "in"
 * / `في` right after the troops ("bases hosting US troops in Iraq and Syria"), else the verb's subject (a state or a
 * place; an Arabic subject's demonym, `القواعد العراقية`). The verb's `hosted` records of that owner go. Refugees, officials
 * and delegations stay guests.
 */
import type { Mention, Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { verbArgs } from './args.ts';
import { actor, BOUNDARY, type Ctx, groupFrom, hasWordCue, hasWordCueAt, mentionAt, prepOf } from './ctx.ts';
import { emit } from './emit.ts';

/** English grammar words and digits of a count before the troops; its count words are cues.csv `count_word_en` (mend44). */
const COUNT_EN = /^(a|an|the|almost|more|than|of|[0-9][0-9,.]*)$/;
/** Arabic count words as normalise() leaves them (مئات → ميات, آلاف → الاف, أكثر → اكثر, قرابة → قرابه; bugs45). */
const COUNT_AR = /^(نحو|قرابه|حوالي|زهاء|اكثر|من|ميات|الاف|[0-9٠-٩][0-9٠-٩,.]*)$/;

/** The owner of the troops noun in the object of hosting verb H, and the token after the noun; else undefined. */
function troopsObject(ctx: Ctx, H: Trigger): { owner: Mention; end: number } | undefined {
  const toks = ctx.s.tokens;
  let k = H.tok1;
  let owner: Mention | undefined;
  // (Arabic VSO: the subject, its apposition and a count stand between the verb and the troops noun, `ويستضيف الأردن،
  // الحليف المقرب من واشنطن، قوات أمريكية`; the first troops noun within twelve tokens, no boundary)
  if (ctx.lang === 'ar') {
    while (k < toks.length && k - H.tok1 < 12 && !hasWordCueAt(ctx, k, 'hosted_troops') && !BOUNDARY.has(toks[k]!.text)) k++;
  }
  for (let n = 0; n < 6 && k < toks.length; n++) {
    const m = mentionAt(ctx, k);
    if (m && ctx.lang === 'en' && !owner && (m.via === 'demonym' || actor(ctx.lex, m)?.kind === 'country')) {
      owner = m;
      k = m.tok1;
      continue;
    }
    if (hasWordCueAt(ctx, k, 'hosted_troops')) break;
    if (!(ctx.lang === 'en' ? COUNT_EN : COUNT_AR).test(toks[k]!.norm) && !(ctx.lang === 'en' && cueWords(ctx.lex, 'count_word_en').has(toks[k]!.norm))) return undefined;
    k++;
  }
  if (!hasWordCueAt(ctx, k, 'hosted_troops')) return undefined;
  // (`قوات أمريكية` read as one mention of its state)
  const whole = ctx.lang === 'ar' ? mentionAt(ctx, k) : undefined;
  if (whole && actor(ctx.lex, whole)?.kind === 'country') return { owner: whole, end: whole.tok1 };
  k++;
  if (ctx.lang === 'ar') {
    const m = mentionAt(ctx, k);
    if (m && (m.via === 'demonym' || actor(ctx.lex, m)?.kind === 'country')) {
      owner = m;
      k = m.tok1;
    }
  }
  return owner && actor(ctx.lex, owner) ? { owner, end: k } : undefined;
}

/** The host: places after "in"/`في` right after the troops, else the verb's subject (a state or a place, or its demonym). */
function hostOf(ctx: Ctx, H: Trigger, end: number): Mention[] {
  const toks = ctx.s.tokens;
  if (/^(in|في)$/.test(toks[end]?.norm ?? '')) {
    const m = mentionAt(ctx, end + 1);
    if (m && m.kind === 'place') return groupFrom(ctx.s.mentions, ctx.s.mentions.indexOf(m)).filter((x) => x.kind === 'place' || actor(ctx.lex, x)?.kind === 'country');
  }
  const subj = verbArgs(ctx, H, true).subj?.filter((m) => m.kind === 'place' || actor(ctx.lex, m)?.kind === 'country');
  if (subj?.length) return subj;
  // ("The al-Tanf garrison, near …, hosts": the sentence's opening place, no preposition)
  const first = ctx.s.mentions[0];
  if (ctx.lang === 'en' && first && first.tok0 <= 2 && first.tok1 <= H.tok0 && first.kind === 'place' && !prepOf(ctx, first)) return [first];
  // (`وتستضيف القواعد العراقية`: the subject noun's demonym right after it)
  if (ctx.lang === 'ar') {
    const m = ctx.s.mentions.find((x) => x.tok0 > H.tok1 && x.tok0 <= H.tok1 + 2 && x.via === 'demonym');
    if (m) return [m];
  }
  return [];
}

export function hostedTroops(ctx: Ctx, before: number): void {
  if (!hasWordCue(ctx, 'hosted_troops')) return;
  for (const H of ctx.s.triggers) {
    if (!H.patterns.some((q) => q.relation === 'hosted' && q.pos === 'verb')) continue;
    const t = troopsObject(ctx, H);
    if (!t) continue;
    const hosts = hostOf(ctx, H, t.end);
    if (!hosts.length) continue;
    const owner = actor(ctx.lex, t.owner)!.entity;
    // (the guest reading of the same verb goes)
    for (let j = ctx.out.length - 1; j >= before; j--) {
      const r = ctx.out[j]!;
      if (r.relation === 'hosted' && r.target === owner && r.evidence.start === ctx.s.start) ctx.out.splice(j, 1);
    }
    for (const h of hosts) {
      const place = h.kind === 'place' ? h : actor(ctx.lex, h);
      if (place && place.entity !== owner) emit(ctx, H, 'deployed_in', t.owner, place, {}, true);
    }
  }
}
