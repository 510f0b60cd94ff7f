/**
 * slot39 (diagnosis-batch34 §6 slot39 rank 2): the list subject of an Arabic presence verb told after it (VS order):
 * `وتنتشر في المنطقة قوات روسية ونقاط للجيش السوري`, `فيما تنتشر في المنطقة نقاط للجيش السوري وأخرى للشرطة العسكرية
 * الروسية`, `وتنتشر قوات روسية ووحدات من الجيش السوري في نقاط …`, `تتمركز وحدات من الجيش السوري وعناصر من الشرطة
 * العسكرية الروسية في نقاط …`: every member is present, each a forces or unit noun (cues.csv `military`, `partitive`)
 * with its holder: a nisba the mention starts on (`قوات روسية`), an owner by لـ (`نقاط للجيش`), a partitive من
 * (`وحدات من الجيش`), or `وأخرى لـX` ("and others of X"). Members follow each other with only their heads between,
 * the later ones carrying the proclitic و. Undefined unless two members or more are found (one member stays with the
 * readers that handle it: presenceOwner, verbRoles).
 */
import type { CueSpan, Mention, Trigger } from '../doc.ts';
import { actor, type Ctx, freeWords, type Group, hasBoundary } from './ctx.ts';

const OTHERS_AR = /^و(اخري|اخرى)$/;
const PREP = /^(في|على|علي|قرب|داخل|ب|من|عند|حول)$/;

function headAt(heads: CueSpan[], k: number): CueSpan | undefined {
  for (const c of heads) if (c.tok0 === k) return c;
  return undefined;
}

export function presenceSubjectList(ctx: Ctx, T: Trigger): Group | undefined {
  if (ctx.lang !== 'ar') return undefined;
  const mil = ctx.byKind.get('military');
  if (!mil) return undefined;
  const toks = ctx.s.tokens;
  const ms = ctx.s.mentions;
  const heads = [...mil, ...(ctx.byKind.get('partitive') ?? [])].sort((a, b) => a.tok0 - b.tok0);
  // the holder of a member that starts at token k (its head noun or `وأخرى`), and where the member ends
  const member = (k: number, first: boolean): { m: Mention; end: number } | undefined => {
    const t = toks[k];
    if (!t) return undefined;
    if (!first && !/^و/.test(t.norm)) return undefined;
    if (OTHERS_AR.test(t.norm)) {
      const m = ms.find((x) => x.tok0 === k + 1 && /ل/.test(x.clitics) && actor(ctx.lex, x));
      return m ? { m, end: m.tok1 } : undefined;
    }
    const c = headAt(heads, k);
    if (!c || /[بلف]/.test(c.clitics)) return undefined;
    // (a nisba on the head: the mention starts on it, `قوات روسية`)
    const own = ms.find((x) => x.tok0 === k && x.tok1 > c.tok1 && actor(ctx.lex, x));
    if (own) return { m: own, end: own.tok1 };
    const m = ms.find((x) => x.tok0 === c.tok1 && /ل/.test(x.clitics) && actor(ctx.lex, x));
    if (m) return { m, end: m.tok1 };
    if (toks[c.tok1]?.norm === 'من') {
      const p = ms.find((x) => x.tok0 === c.tok1 + 1 && actor(ctx.lex, x));
      if (p) return { m: p, end: p.tok1 };
    }
    return undefined;
  };
  for (const c of heads) {
    if (c.tok0 < T.tok1 || freeWords(ctx, T.tok1, c.tok0) > 6 || hasBoundary(toks, T.tok1, c.tok0)) continue;
    // (the head of a place phrase is no subject: `تنتشر في نقاط`)
    if (PREP.test(toks[c.tok0 - 1]?.norm ?? '')) continue;
    if (ctx.s.triggers.some((x) => x !== T && x.tok0 >= T.tok1 && x.tok1 <= c.tok0 && x.patterns[0]!.pos === 'verb')) continue;
    const first = member(c.tok0, true);
    if (!first) continue;
    const out: Mention[] = [first.m];
    let end = first.end;
    for (let next = member(end, false); next; next = member(end, false)) {
      out.push(next.m);
      end = next.end;
    }
    return out.length >= 2 ? out.map((m) => actor(ctx.lex, m) ?? m) : undefined;
  }
  return undefined;
}
