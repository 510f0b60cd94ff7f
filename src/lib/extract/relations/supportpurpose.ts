/**
 * Support as the purpose of the clause's act (branch pred38; pool b17, b28, b30): `…، دعماً لقوات الحكومة`, `… دعماً
 * لحكومة الرئيس بشار الأسد`, "… in support of SDF fighters": the clause's opening subject — the sentence's first actor not
 * behind a preposition (English: or the owner after "of" of the opening noun, "Helicopters and drones of the US-led
 * coalition") — supported the one named right after `دعماً لـ` / "in support of". Read when the verb's frame gave the
 * support word nothing (a comma, a relative or a long adjunct between them).
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, cueTrigger, isPossessive, prepOf, verbPattern } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

function openingSubject(ctx: Ctx, before: number): Mention | undefined {
  for (const m of ctx.s.mentions) {
    if (m.tok1 > before) return undefined;
    const a = actor(ctx.lex, m);
    if (!a || a.kind === 'place' || isPossessive(ctx, m)) continue;
    const p = prepOf(ctx, m);
    if (!p) return m;
    // ("Helicopters and drones of the US-led coalition struck": the owner of the opening noun phrase)
    if (ctx.lang === 'en' && p === 'of' && !ctx.s.triggers.some((x) => x.tok0 < m.tok0)) return m;
    return undefined;
  }
  return undefined;
}

export function supportPurpose(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (let k = 1; k < toks.length; k++) {
    let after = -1;
    const w = toks[k]!.norm;
    if (ctx.lang === 'ar' && (w === 'دعما' || w === 'ودعما')) after = k + 1;
    else if (ctx.lang === 'en' && w === 'support' && toks[k - 1]!.norm === 'in' && toks[k + 1]?.norm === 'of') after = k + 2;
    if (after < 0) continue;
    // (past a head word and a quote: `لحركة «حماس»`)
    const o = s.mentions.find((m) => m.tok0 >= after && m.tok0 - after <= 2);
    if (!o) continue;
    if (ctx.lang === 'ar' && !(o.clitics.includes('ل') || toks.slice(after, o.tok0 + 1).some((t) => t.norm.startsWith('ل')))) continue;
    const b = actor(ctx.lex, o);
    const subj = openingSubject(ctx, k);
    const a = subj ? actor(ctx.lex, subj) : undefined;
    if (!b || !a || !subj || b.kind === 'place' || a.entity === b.entity) continue;
    if (ctx.out.slice(before).some((r) => r.relation === 'supported' && r.target === b.entity)) continue;
    const p = verbPattern(ctx, 'supported');
    if (!p || toldHere(ctx, 'supported', a.entity, b.entity)) continue;
    emit(ctx, cueTrigger({ tok0: k, tok1: k + 1, start: toks[k]!.start, end: toks[k]!.end }, p), 'supported', subj, o, {}, false);
  }
}
