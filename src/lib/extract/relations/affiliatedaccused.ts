/**
 * "Jordan accuses groups linked to Iran and Hezbollah of smuggling" (slot44; the English twin of `تتهم عمّان جماعات
 * مرتبطة بإيران و«حزب الله» بالوقوف وراء …`, args.ts affiliatedComplement + structure.ts withoutAffiliated): an accusation
 * whose object is an unnamed plural noun qualified by a participle of affiliation ("linked to", "loyal to", "affiliated
 * with", "tied to", "close to") accuses the name joined by "and" after the patron, never the patron (gold: `jor accused
 * hezbollah` only, b16, b22, b26, b34).
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, firstMentionAfter, groupFrom } from './ctx.ts';

const AFFILIATED_EN = /^(linked|loyal|affiliated|tied|close|aligned|allied)$/;
const AFFILIATED_PREP = /^(to|with)$/;

export function affiliatedAccusedEn(ctx: Ctx, from: number, exclude: Set<string>): Mention[] | undefined {
  if (ctx.lang !== 'en') return undefined;
  const toks = ctx.s.tokens;
  let k = from;
  // (an unnamed plural head, past "the", "some", "armed", "other")
  let words = 0;
  while (k < toks.length && words < 3 && toks[k]!.word && !ctx.inMention[k] && !AFFILIATED_EN.test(toks[k]!.norm) && /^[a-z]/.test(toks[k]!.text)) {
    k++;
    words++;
  }
  if (!words || !/s$/.test(toks[k - 1]!.norm) || !AFFILIATED_EN.test(toks[k]?.norm ?? '') || !AFFILIATED_PREP.test(toks[k + 1]?.norm ?? '')) return undefined;
  const ms = ctx.s.mentions;
  const i = firstMentionAfter(ms, k + 2);
  const patron = ms[i];
  if (!patron || patron.tok0 !== k + 2) return undefined;
  const g = groupFrom(ms, i);
  if (g.length < 2 || toks[patron.tok1]?.norm !== 'and') return undefined;
  const out = g.slice(1).filter((m) => m.via !== 'demonym' && actor(ctx.lex, m) && !exclude.has(m.entity));
  return out.length ? out : undefined;
}
