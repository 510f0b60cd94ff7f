/**
 * A reception for talks (branch solo51; gold rule 2, "a sentence that says both gives both", and rule 3; diagnosis-batch48
 * §6 np49 rank 3 and §7 10; pool b37 jordan-border-drug-clash, b45 kilis-governor-azaz-council, b48
 * qamishli-russian-mediation-squares): "Russian officers hosted commanders of the SDF and Syrian army officers at their
 * base on Saturday for talks on …", "Safadi is due to host his Syrian, Saudi, Iraqi and Egyptian counterparts in Amman on
 * Monday for talks on …". The host receives the guests (`hosted`, read by the verb) and meets them: a meeting noun of the
 * `met` patterns after "for" (an article or "a round of" between) in the hosting verb's clause adds `met` host → each guest
 * the verb's records name, and `met` for every pair of guests when there are several (they hold the talks together), with
 * the records' dates and modes. A pair of the guests' states the meeting noun read from the demonyms of a counterpart word
 * ("his Syrian, Saudi … counterparts": syr met sau) gives way to the pair of the persons. English; Arabic `لبحث` after
 * `استقبل` gives `hosted` only in the pool's gold (b16 iraq-syria-water-talks), so it is left alone.
 */
import type { RelationRecord } from '../../types.ts';
import { evidenceOf, relationRecord, type Trigger } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import type { Ctx } from './ctx.ts';


/** The meeting noun read as the purpose of H ("… for talks"): its trigger, or undefined. */
function purposeTalks(ctx: Ctx, H: Trigger): Trigger | undefined {
  const toks = ctx.s.tokens;
  // (words allowed between "for" and the meeting noun: cues.csv `talks_filler_en`)
  const filler = cueWords(ctx.lex, 'talks_filler_en');
  for (const M of ctx.s.triggers) {
    if (M.tok0 <= H.tok1 || !M.patterns.some((q) => q.relation === 'met' && q.pos === 'noun')) continue;
    let k = M.tok0 - 1;
    while (k > H.tok1 && filler.has(toks[k]!.norm)) k--;
    if (toks[k]?.norm !== 'for') continue;
    // (in the verb's clause: no sentence-inner boundary, no other verb trigger between)
    let ok = true;
    for (let j = H.tok1; j < k && ok; j++) if (/^[;:]$/.test(toks[j]!.text)) ok = false;
    if (ok && ctx.s.triggers.some((x) => x !== H && x.tok0 > H.tok1 && x.tok1 <= k && x.patterns[0]!.pos === 'verb')) ok = false;
    if (ok) return M;
  }
  return undefined;
}

export function hostedTalks(ctx: Ctx, before: number): void {
  if (ctx.lang !== 'en') return;
  for (const H of ctx.s.triggers) {
    if (!H.patterns.some((q) => q.relation === 'hosted' && q.pos === 'verb')) continue;
    if (!purposeTalks(ctx, H)) continue;
    const start = ctx.s.tokens[H.tok0]!.start - ctx.s.start;
    // the records of H: `hosted` in this sentence whose host stands before the verb and whose guest after it
    const hosted: RelationRecord[] = [];
    for (let j = before; j < ctx.out.length; j++) {
      const r = ctx.out[j]!;
      if (r.relation === 'hosted' && r.evidence.start === ctx.s.start && r.evidence.sourceSpan[1] <= start && r.evidence.targetSpan[0] >= start) hosted.push(r);
    }
    if (!hosted.length) continue;
    const met = (a: string, b: string) => ctx.out.some((r) => r.evidence.start === ctx.s.start && r.relation === 'met' && ((r.source === a && r.target === b) || (r.source === b && r.target === a)));
    const add = (x: RelationRecord, y: RelationRecord, src: 'source' | 'target') => {
      const a = src === 'source' ? x.source : x.target;
      if (a === y.target || met(a, y.target)) return;
      const sp = src === 'source' ? x.evidence.sourceSpan : x.evidence.targetSpan;
      const ev = evidenceOf(x.evidence.article, x.evidence.sentence, x.evidence.start, x.evidence.end, sp, y.evidence.targetSpan, x.evidence.attributedTo);
      ctx.out.push(relationRecord(a, 'met', y.target, y.date, y.dateSource, ev, y.attrs && { ...y.attrs }));
    };
    for (const r of hosted) add(r, r, 'source');
    // (several guests hold the talks together: every pair, rule 3; the pair of their states read from counterpart
    // demonyms goes)
    const persons = hosted.filter((r) => ctx.lex.entities.get(r.target)?.kind === 'person');
    const stateOf = (id: string) => ctx.lex.entities.get(id)?.country;
    for (let j = ctx.out.length - 1; j >= before; j--) {
      const r = ctx.out[j]!;
      if (r.relation !== 'met' || r.evidence.start !== ctx.s.start) continue;
      if (persons.some((p) => stateOf(p.target) === r.source) && persons.some((p) => stateOf(p.target) === r.target) && ctx.lex.entities.get(r.source)?.kind === 'country' && ctx.lex.entities.get(r.target)?.kind === 'country') ctx.out.splice(j, 1);
    }
    for (let i = 0; i < hosted.length; i++) for (let j = i + 1; j < hosted.length; j++) add(hosted[i]!, hosted[j]!, 'target');
  }
}
