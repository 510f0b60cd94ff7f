/**
 * Mentions: a governor named by his province stands for the state the province lies in (branch ref46; gold rule 4:
 * heads that are not names stand for their state; diagnosis-batch44 §6 ref46 rank 3).
 *
 * governorMentions: a cues.csv `governor_head` noun (`محافظ`, `والي`, "governor"; Arabic و/ف read off) followed by its
 * province — Arabic `محافظ حمص`, `والي ولاية كلس التركية` (a `governor_province` noun between, `ولاية`, `محافظة`; a
 * demonym after naming the state), English "the governor of Quneitra", "The governor of Turkey's Gaziantep province"
 * (a possessive state before the place, a province noun after it) — is one mention of the state (the demonym's or the
 * possessive's, else the country the place lies in: stateOf lying), replacing the place's mention inside it, so that the
 * visit, meeting or call it makes is the state's. Not when a person's name follows (`محافظ حمص نمير مخلوف`: the person
 * speaks), nor when the place is a country itself. The sentence's mentions with those replaced, or undefined.
 */
import { mention, type Mention } from '../doc.ts';
import { cueWords, stateOf } from '../lexicon.ts';
import { type Ctx, hasWordCue, hasWordCueAt, sayingVerb } from './ctx.ts';

export function governorMentions(ctx: Ctx): Mention[] | undefined {
  if (!hasWordCue(ctx, 'governor_head', 'conj')) return undefined;
  const { s, lex } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  const heads = cueWords(lex, 'governor_head');
  const provinces = cueWords(lex, 'governor_province');
  let ms: Mention[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    // (Arabic و/ف read off: hasWordCueAt 'conj')
    if (!hasWordCueAt(ctx, k, 'governor_head', en ? false : 'conj')) continue;
    const w = toks[k]!.norm;
    const clitics = en || heads.has(w) ? '' : w[0]!;
    const cur = ms ?? s.mentions;
    if (cur.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    const at = (j: number) => cur.find((m) => m.tok0 === j);
    let j = k + 1;
    let state: string | undefined;
    let tok0 = k;
    if (en) {
      // ("the governor of …": "of" after the head; "the" before it joins the mention)
      if (toks[j]?.norm !== 'of') continue;
      j++;
      if (toks[k - 1]?.norm === 'the') tok0 = k - 1;
      // ("Turkey's Gaziantep province": a possessive state before the place)
      const owner = at(j);
      if (owner && owner.kind === 'country' && /['’]s\b/.test(ctx.doc.article.text.slice(owner.start, owner.end + 2)) && at(owner.tok1)) {
        state = owner.entity;
        j = owner.tok1;
      }
    } else if (provinces.has(toks[j]?.norm ?? '')) j++;
    const place = at(j);
    if (!place || place.kind !== 'place' || place.via === 'anaphor') continue;
    let end = place.tok1;
    if (en && provinces.has(toks[end]?.norm ?? '')) end++;
    // (a demonym after the place names its state: `والي ولاية كلس التركية`)
    const dem = !en ? cur.find((m) => m.tok0 === end && m.via === 'demonym' && m.kind === 'country') : undefined;
    if (dem) {
      state = dem.entity;
      end = dem.tok1;
    }
    state ??= stateOf(lex, place.entity, true);
    if (!state || state === place.entity || lex.entities.get(state)?.kind !== 'country') continue;
    // (a person's name after the office is the one who acts: `محافظ حمص نمير مخلوف`, "the governor of Homs, Namir Makhlouf")
    let n = end;
    if (toks[n]?.text === ',' || toks[n]?.text === '،') n++;
    if (cur.some((m) => m.tok0 === n && m.kind === 'person')) continue;
    // (a speaker, `وقال محافظ دير الزور إن …`, "the governor of Homs said": his reported clause tells what the province's
    // offices do, no act of the state's; cues.csv `saying_verb`, ctx.ts sayingVerb)
    if (sayingVerb(ctx, (en ? toks[n] : toks[tok0 - 1])?.norm ?? '')) continue;
    const kept = cur.filter((m) => m.tok1 <= tok0 || m.tok0 >= end);
    const c = lex.entities.get(state)!;
    kept.push(mention(tok0, end, toks[tok0]!.start, toks[end - 1]!.end, state, c.kind, 'descriptor', false, clitics));
    ms = kept.sort((x, y) => x.tok0 - y.tok0 || x.start - y.start);
  }
  return ms;
}

/**
 * A governor's token at j of `toks`: a `governor_head` or `governor_bare` word (past a leading و/ف).
 */
function governorWord(ctx: Ctx, toks: readonly { norm: string }[], j: number): boolean {
  const w = toks[j]?.norm;
  if (!w) return false;
  const heads = cueWords(ctx.lex, 'governor_head');
  const bare = cueWords(ctx.lex, 'governor_bare');
  const off = /^[وف]/.test(w) ? w.slice(1) : '';
  return heads.has(w) || bare.has(w) || (!!off && (heads.has(off) || bare.has(off)));
}

/** The state of the governor last named before token `before` of the sentence, else in the sentences before (latest first). */
function lastGovernor(ctx: Ctx, cur: readonly Mention[], before: number): Mention | undefined {
  const isGov = (toks: readonly { norm: string }[], m: Mention) =>
    m.kind === 'country' && (m.via === 'descriptor' || m.via === 'anaphor') && (governorWord(ctx, toks, m.tok0) || (toks[m.tok0]?.norm === 'the' && governorWord(ctx, toks, m.tok0 + 1)));
  for (let j = cur.length - 1; j >= 0; j--) if (cur[j]!.tok1 <= before && isGov(ctx.s.tokens, cur[j]!)) return cur[j];
  for (let h = ctx.history.length - 1; h >= 0; h--) {
    const sent = ctx.doc.sentences[h];
    if (!sent) continue;
    const ms = ctx.history[h]!;
    for (let j = ms.length - 1; j >= 0; j--) if (isGov(sent.tokens, ms[j]!)) return ms[j];
  }
  return undefined;
}

/**
 * (branch ref55; diagnosis-batch52 §6 ref54 rank 1, diagnosis-batch53 §6 ref54 rank 1; gold rule 4) A bare definite
 * governor (cues.csv `governor_bare`: `المحافظ`, `الوالي`, past و/ف; English "the governor" with no "of" after it) is
 * the governor named before by his province (governorMentions, in its sentence before it, else the latest sentence
 * before that names one), so his state: `استقبل محافظ القنيطرة … وطالب المحافظ قوةَ «أندوف»` → `syr urged undof`, "The
 * governor of Hasakah met … The governor urged …". Not before a name of his own (the person acts), not as a speaker
 * (as governorMentions), not with no governor named before. Run after governorMentions on its mentions.
 */
export function bareGovernorMentions(ctx: Ctx, ms0?: Mention[]): Mention[] | undefined {
  if (!hasWordCue(ctx, 'governor_bare', 'conj')) return undefined;
  const { s, lex } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  const bare = cueWords(lex, 'governor_bare');
  let ms: Mention[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    if (!hasWordCueAt(ctx, k, 'governor_bare', en ? false : 'conj')) continue;
    const w = toks[k]!.norm;
    const clitics = en || bare.has(w) ? '' : w[0]!;
    const cur = ms ?? ms0 ?? s.mentions;
    if (cur.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    let tok0 = k;
    if (en) {
      if (toks[k - 1]?.norm !== 'the' || /^(of|general)$/.test(toks[k + 1]?.norm ?? '')) continue;
      tok0 = k - 1;
    }
    // (a name of his own after him, past a comma: the person acts; a place right after: another governor's construct)
    let n = k + 1;
    if (toks[n]?.text === ',' || toks[n]?.text === '،') n++;
    if (cur.some((m) => (m.tok0 === n && m.kind === 'person') || (m.tok0 === k + 1 && m.kind === 'place'))) continue;
    if (sayingVerb(ctx, (en ? toks[k + 1] : toks[tok0 - 1])?.norm ?? '')) continue;
    const gov = lastGovernor(ctx, cur, tok0);
    if (!gov) continue;
    const c = lex.entities.get(gov.entity);
    if (!c || c.kind !== 'country') continue;
    const kept = cur.slice();
    kept.push(mention(tok0, k + 1, toks[tok0]!.start, toks[k]!.end, gov.entity, c.kind, 'anaphor', false, clitics));
    ms = kept.sort((x, y) => x.tok0 - y.tok0 || x.start - y.start);
  }
  return ms;
}
