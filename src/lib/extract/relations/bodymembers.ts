/**
 * Mentions: persons of a named body at a meeting stand for the body (branch ref47; gold rule 4; diagnosis-batch46 §6 ref47
 * rank 2, "Officials of the Kurdish-led administration" = `aanes`). `التقى الوفد مسؤولين في «الإدارة الذاتية»`, `ممثلين
 * عن «هيئة التفاوض»`, `واستقبل مسؤولون في الإدارة الذاتية … وفداً`, "Officials of the Kurdish-led administration met …",
 * "met representatives of the Syrian Civil Defence": a plural head of persons (cues.csv `body_member_head`) with its link
 * (ar في/عن/من, en of/from, "the" after it) right before the mention of a body (an organisation, armed group or state,
 * not a place nor a person) is that body: its mention is widened back over the head so that the meeting verb's subject
 * or object slot, which stops at an unnamed noun, reaches it. Only in a sentence with a meeting trigger (met, hosted,
 * visited); the rows are the meeting's.
 */
import { mention, type Mention } from '../doc.ts';
import { type Ctx, hasWordCue, hasWordCueAt } from './ctx.ts';

/** The links between the head and its body: ar في، عن، من; en of, from (grammar words). */
const LINK = /^(في|عن|من|of|from)$/;
/** Relations whose sentence this reader runs in. */
const MEETING = new Set(['met', 'hosted', 'visited']);

export function bodyMembers(ctx: Ctx): Mention[] | undefined {
  if (!hasWordCue(ctx, 'body_member_head', 'conj')) return undefined;
  const { s } = ctx;
  if (!s.triggers.some((x) => x.patterns.some((p) => MEETING.has(p.relation)))) return undefined;
  const toks = s.tokens;
  let out: Mention[] | undefined;
  for (let k = 0; k < toks.length - 2; k++) {
    if (!hasWordCueAt(ctx, k, 'body_member_head', 'conj') || s.mentions.some((m) => m.tok0 <= k && k < m.tok1)) continue;
    // (name48: two heads joined, `شيوخ ووجهاء من عشيرة X`, "sheikhs and elders of": the first opens the mention)
    const h = !LINK.test(toks[k + 1]!.norm) && hasWordCueAt(ctx, k + 1, 'body_member_head', 'conj') && LINK.test(toks[k + 2]?.norm ?? '') ? k + 1 : k;
    if (!LINK.test(toks[h + 1]!.norm)) continue;
    const at = toks[h + 2]?.norm === 'the' ? h + 3 : h + 2;
    const body = s.mentions.find((m) => m.tok0 === at || (m.tok0 === at + 1 && /^[«"]$/.test(toks[at]!.text)));
    if (!body || body.via === 'demonym' || (body.kind !== 'organization' && body.kind !== 'armed_group' && body.kind !== 'country')) continue;
    const ar = ctx.lang === 'ar';
    const clitics = ar && !hasWordCueAt(ctx, k, 'body_member_head') ? 'و' : '';
    const widened = mention(k, body.tok1, toks[k]!.start, body.end, body.entity, body.kind, body.via, body.conj, clitics, body.grouped);
    out ??= [...s.mentions];
    out.splice(out.indexOf(body), 1, widened);
  }
  return out;
}
