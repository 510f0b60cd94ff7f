/**
 * A visit noun in an apposition or adjunct to a clause of meeting or reception (solo50; gold rule 2, "`visited` when a
 * visit or arrival is stated"): "Herzog held talks with Erdogan in Ankara on Wednesday, the first visit by an Israeli
 * head of state to Turkey since 2007", "The UAE hosted Assad in March, his first visit to an Arab state since 2011",
 * "Blinken met Mohammed bin Salman in Jeddah on Tuesday, at the start of a three-day visit to the kingdom", "Blinken, on
 * his first visit to Turkey as secretary of state, toured …", `وصل أردوغان إلى جدة، في أول زيارة له إلى السعودية`.
 *
 * - The noun: after a comma, past its determiner, possessive, ordinal and adjectives (cues.csv `visit_adjective`), or
 *   after "on"/"during"/"at the start of" and `في` there.
 * - Where: a name after "to"/`إلى` right after the noun's phrase (its own "by X" between); else, when the destination is
 *   a descriptor ("an Arab state", "the Gulf state", "the kingdom"), the host of the clause's reception when it is a
 *   state or a place, else the place the clause names with "in"/`في`.
 * - Who: "by a/an DEMONYM …" (`لوزير خارجية إيراني`): the clause's person of that country; else the guest (the clause's
 *   `hosted` target, else the source of its `met` record who is not at home, else the person right before the comma).
 * - When: as the clause's record (not a "since 2007" after the noun); undefined clause: the sentence's.
 */
import type { Mention, Trigger } from '../doc.ts';
import { redated } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import type { RelationRecord } from '../../types.ts';
import { demonymEntity } from './args.ts';
import { actor, type Ctx, nth, prepOf } from './ctx.ts';
import { emit } from './emit.ts';

const EN_DET = /^(the|a|an|his|her|its|their|first|second|third|fourth|fifth|latest|rare|official|maiden|state|working|surprise|unannounced|day|two|three|four|five|one|-|ever|trip)$/;
const AR_DET = /^(اول|ثاني|ثالث|اولي)$/;

/** The first token of the visit noun's phrase when it stands in an apposition or adjunct; -1 otherwise. */
function adjunctStart(ctx: Ctx, T: Trigger): number {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  const adj = cueWords(ctx.lex, 'visit_adjective');
  if (ctx.lang === 'en') {
    while (k >= 0 && T.tok0 - k <= 6 && (EN_DET.test(toks[k]!.norm) || adj.has(toks[k]!.norm) || /^\d+$/.test(toks[k]!.norm))) k--;
    if (/^(on|during)$/.test(toks[k]?.norm ?? '')) k--;
    // ("at the start of a three-day visit", "at the end of")
    else if (toks[k]?.norm === 'of' && /^(start|end|beginning|outset)$/.test(nth(toks, k - 1)?.norm ?? '') && nth(toks, k - 2)?.norm === 'the' && nth(toks, k - 3)?.norm === 'at') k -= 4;
  } else {
    while (k >= 0 && T.tok0 - k <= 3 && AR_DET.test(toks[k]!.norm)) k--;
    if (/^(في|خلال)$/.test(toks[k]?.norm ?? '')) k--;
    else return -1;
  }
  return /^[,،]$/.test(toks[k]?.text ?? '') ? k : -1;
}

export function visitAppositions(ctx: Ctx, from: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    if (!T.patterns.some((q) => q.relation === 'visited' && q.pos === 'noun') || T.suffix) continue;
    const comma = adjunctStart(ctx, T);
    if (comma < 0) continue;
    // the noun's own phrase: up to the next comma or boundary
    let end = T.tok1;
    while (end < toks.length && end - T.tok1 <= 10 && toks[end]!.word && !/^(since|as|after|before|when|while|amid|منذ|بعد|قبل|حيث)$/.test(toks[end]!.norm)) end++;
    // who: "by a/an DEMONYM …", `ل` + title + demonym, or `له`/`لها`
    let byCountry: string | undefined;
    let j = T.tok1;
    if (ctx.lang === 'en' && toks[j]?.norm === 'by' && /^(a|an|the)$/.test(nth(toks, j + 1)?.norm ?? '')) {
      byCountry = demonymEntity(ctx.lex, nth(toks, j + 2)?.norm ?? '');
      if (!byCountry) continue;
      j += 3;
    } else if (ctx.lang === 'ar' && /^ل/.test(toks[j]?.norm ?? '') && toks[j]!.norm !== 'له' && toks[j]!.norm !== 'لها') {
      for (let q = j; q < Math.min(end, j + 4); q++) byCountry = byCountry ?? demonymEntity(ctx.lex, toks[q]!.norm);
      if (!byCountry) continue;
    }
    // where: a name after "to"/`إلى` inside the phrase
    const to = s.mentions.find((m) => m.tok0 > T.tok0 && m.tok0 <= end + 1 && m.via !== 'anaphor' && /^(to|الي)$/.test(prepOf(ctx, m) ?? '') && !!ctx.lex.entities.get(m.entity) && /^(place|country)$/.test(ctx.lex.entities.get(m.entity)!.kind));
    const toWord = toks.slice(T.tok1, end).some((t) => /^(to|الي)$/.test(t.norm));
    const anchors = ctx.out.slice(from).filter((r) => r.evidence.start === s.start && (r.relation === 'hosted' || r.relation === 'met') && r.evidence.sourceSpan[0] < toks[comma]!.start - s.start);
    const hosted = anchors.find((r) => r.relation === 'hosted');
    let where: Mention | undefined = to;
    if (!where && toWord && hosted) {
      const k = ctx.lex.entities.get(hosted.source)?.kind;
      if (k === 'country' || k === 'place') where = s.mentions.find((m) => m.tok1 <= comma && actor(ctx.lex, m)?.entity === hosted.source);
    }
    if (!where && toWord) where = [...s.mentions].reverse().find((m) => m.tok1 <= comma && /^(in|في)$/.test(prepOf(ctx, m) ?? '') && /^(place|country)$/.test(ctx.lex.entities.get(m.entity)?.kind ?? ''));
    if (!where) continue;
    const dest = ctx.lex.entities.get(where.entity)!;
    const home = dest.kind === 'country' ? dest.id : dest.country;
    const person = (id: string) => ctx.lex.entities.get(id)?.kind === 'person';
    let visitor: string | undefined;
    let anchor: RelationRecord | undefined;
    if (byCountry) {
      const cands = new Set<string>();
      for (const r of anchors) for (const x of [r.source, r.target]) if (person(x) && ctx.lex.entities.get(x)!.country === byCountry) cands.add(x);
      if (cands.size === 1) {
        visitor = [...cands][0];
        anchor = anchors.find((r) => r.source === visitor || r.target === visitor);
      }
    } else if (hosted) {
      visitor = hosted.target;
      anchor = hosted;
    } else {
      const away = anchors.filter((r) => r.relation === 'met' && (ctx.lex.entities.get(r.source)?.country ?? r.source) !== home);
      if (away.length && new Set(away.map((r) => r.source)).size === 1) {
        visitor = away[0]!.source;
        anchor = away[0];
      } else if (!anchors.length) {
        // (`وصل أردوغان إلى جدة، في أول زيارة له إلى السعودية`: the clause's own visitor)
        const visits = ctx.out.slice(from).filter((r) => r.evidence.start === s.start && r.relation === 'visited' && r.attrs?.mode !== 'planned' && r.evidence.sourceSpan[0] < toks[comma]!.start - s.start);
        if (visits.length && new Set(visits.map((r) => r.source)).size === 1) {
          visitor = visits[0]!.source;
          anchor = visits[0];
        }
      }
      if (!visitor && !anchors.length) {
        // ("Blinken, on his first visit to Turkey …, toured …": the person right before the comma)
        const m = s.mentions.find((x) => x.tok1 === comma && person(x.entity));
        visitor = m?.entity;
      }
    }
    if (!visitor || visitor === where.entity || (ctx.lex.entities.get(visitor)?.country ?? visitor) === home) continue;
    const who = s.mentions.find((m) => actor(ctx.lex, m)?.entity === visitor);
    if (!who) continue;
    const n = ctx.out.length;
    // (a country named by the visit noun is stated on its own, besides a city of the clause: not its container, rule 19d)
    emit(ctx, T, 'visited', who, where, {}, dest.kind !== 'country');
    // (dated as the clause's record, not by a "since 2007" inside the noun's phrase)
    if (anchor && ctx.out.length > n) {
      const r = ctx.out[ctx.out.length - 1]!;
      const d = redated(r, anchor.date, anchor.dateSource);
      ctx.out[ctx.out.length - 1] = d;
      if (ctx.stative.delete(r)) ctx.stative.add(d);
    }
  }
}
