/**
 * Patrols run in a place are a presence there (gold rule 13), Arabic (solo49): `سيّرت القوات الروسية والتركية، يوم
 * الخميس، دورية عسكرية مشتركة في ريف بلدة الدرباسية`, `وكانت القوات الروسية قد سيّرت دوريات مشتركة مع القوات
 * التركية في ريف الدرباسية`, `كما تسيّر القوات الروسية دوريات في ريف تل تمر`: each subject of the patrol verb (cues.csv
 * `patrol_verb_ar`), and the partner after `مع`, is deployed in the first place named after `في` past the patrol noun
 * (cues.csv `patrol_noun`), in the same clause. Not a trigger of its own: the joint patrol noun keeps its
 * `coordinated_with` reading and its light verb's subject. Not negated, not planned.
 */
import type { Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { verbArgs } from './args.ts';
import { actor, type Ctx, cueTrigger, hasWordCue, verbPattern } from './ctx.ts';
import { emit } from './emit.ts';
import { isHypothetical, isNegated } from './guards.ts';

/** A clause boundary for the patrol's place: a full stop or a semicolon, or a comma that opens another clause (`، و`). */
const STOP = /^[.;؛:]$/;

export function patrolPresence(ctx: Ctx): void {
  if (ctx.lang !== 'ar' || !hasWordCue(ctx, 'patrol_verb_ar', 'conj')) return;
  const nouns = ctx.byKind.get('patrol_noun');
  const pattern = verbPattern(ctx, 'deployed_in');
  if (!nouns || !pattern) return;
  const toks = ctx.s.tokens;
  const verbs = cueWords(ctx.lex, 'patrol_verb_ar');
  const isVerb = (w: string) => verbs.has(w) || ((w.charCodeAt(0) === 0x648 || w.charCodeAt(0) === 0x641) && verbs.has(w.slice(1)));
  for (const N of nouns) {
    let v = -1;
    for (let k = N.tok0 - 1; k >= 0 && N.tok0 - k <= 10 && !STOP.test(toks[k]!.text); k--) {
      if (isVerb(toks[k]!.norm) && !ctx.inMention[k]) {
        v = k;
        break;
      }
    }
    if (v < 0) continue;
    // the place: the first place named after في past the noun, within its clause (a partner after مع on the way)
    let place: Mention | undefined;
    let partner: Mention | undefined;
    let sawIn = false;
    for (let k = N.tok1; k < toks.length && k - N.tok1 <= 10; k++) {
      const t = toks[k]!;
      if (STOP.test(t.text) || (t.text === '،' && /^و/.test(toks[k + 1]?.norm ?? ''))) break;
      const m = ctx.s.mentions.find((x) => x.tok0 === k);
      if (m) {
        const a = actor(ctx.lex, m);
        if (!sawIn && !partner && toks[k - 1]?.norm === 'مع' && a && /^(country|armed_group)$/.test(a.kind)) partner = m;
        // (the first place after في decides; "في المنطقة" is the region at large, no place of its own, and ends the search:
        // not "بموجب تفاهم سوتشي" after it; "في ريف البلدة" is the town named before)
        else if (sawIn && m.kind === 'place') {
          if (!(m.via === 'anaphor' && /^(المنطقه|منطقه)$/.test(toks[m.tok0]!.norm.replace(/^[وفب]/, '')))) place = m;
          break;
        }
        k = m.tok1 - 1;
        continue;
      }
      if (t.norm === 'في' || t.norm === 'وفي') sawIn = true;
    }
    if (!place) continue;
    const V = cueTrigger({ tok0: v, tok1: v + 1, start: toks[v]!.start, end: toks[v]!.end }, pattern);
    if (isNegated(ctx, V) || isHypothetical(ctx, V)) continue;
    const subj = (verbArgs(ctx, V, true).subj ?? []).filter((m) => m.kind !== 'place' && /^(country|armed_group)$/.test(actor(ctx.lex, m)?.kind ?? ''));
    if (!subj.length) continue;
    for (const a of partner ? [...subj, partner] : subj) if (actor(ctx.lex, a)?.entity !== place.entity) emit(ctx, V, 'deployed_in', a, place, {}, true);
  }
}
