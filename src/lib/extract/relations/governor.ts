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
import { type Ctx, hasWordCue } from './ctx.ts';

export function governorMentions(ctx: Ctx): Mention[] | undefined {
  if (!hasWordCue(ctx, 'governor_head', 'conj')) return undefined;
  const { s, lex } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  const heads = cueWords(lex, 'governor_head');
  const provinces = cueWords(lex, 'governor_province');
  let ms: Mention[] | undefined;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.norm;
    const clitics = !en && /^[وف]/.test(w) && heads.has(w.slice(1)) ? w[0]! : '';
    if (!heads.has(en ? w : w.slice(clitics.length))) continue;
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
    // offices do, no act of the state's; cues.csv `saying_verb`)
    const saying = cueWords(lex, 'saying_verb');
    if ((!en && saying.has((toks[tok0 - 1]?.norm ?? '').replace(/^[وف]/, ''))) || (en && saying.has(toks[n]?.norm ?? ''))) continue;
    const kept = cur.filter((m) => m.tok1 <= tok0 || m.tok0 >= end);
    const c = lex.entities.get(state)!;
    kept.push(mention(tok0, end, toks[tok0]!.start, toks[end - 1]!.end, state, c.kind, 'descriptor', false, clitics));
    ms = kept.sort((x, y) => x.tok0 - y.tok0 || x.start - y.start);
  }
  return ms;
}
