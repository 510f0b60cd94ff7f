/**
 * An act noun owned by an unnamed party (slot55; diagnosis-batch53 FP 45–46, slot54 rank 5 (c)): "Beijing has also
 * criticised Western sanctions on Syria", `انتقدت بكين العقوبات الغربية على سوريا`. The adjective (cues.csv
 * `unnamed_owner_adjective`: "Western", "international", "foreign", "unilateral", `الغربية`, `الدولية` …) names the act's
 * owner without naming an actor, so the act's target ("on Syria", `على سوريا`) is neither the object of the verb the act
 * noun is the object of (no `chn criticized syr`) nor the act's own target from the sentence's subject (no `chn sanctioned
 * syr`): both rows of this sentence are dropped, when the noun phrase is the object of a trigger of another relation
 * ("joined Western sanctions on Moscow", no trigger, keeps the joiner's `sanctioned`). English: the adjective right before the noun (past "the"); Arabic: right
 * after it. The noun is a trigger of its own relation, "on"/"against"/`على`/`ضد` and a mention right after it (past the
 * Arabic adjective).
 */
import { actor, type Ctx, hasWordCueAt } from './ctx.ts';

const ON = /^(on|against|upon|علي|ضد)$/;

export function unnamedOwnerActs(ctx: Ctx, before: number): void {
  const { s } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  for (const T of s.triggers) {
    if (T.tok1 - T.tok0 !== 1) continue;
    const rel = T.patterns[0]!.relation;
    const adj = en ? T.tok0 - 1 : T.tok1;
    if (!hasWordCueAt(ctx, adj, 'unnamed_owner_adjective')) continue;
    const on = en ? T.tok1 : T.tok1 + 1;
    if (!ON.test(toks[on]?.norm ?? '')) continue;
    const m = s.mentions.find((x) => x.tok0 === on + 1);
    const target = m && actor(ctx.lex, m)?.entity;
    if (!target) continue;
    // the verb whose object the noun phrase is: the trigger right before it (past "the"/"also" in English)
    let v = (en ? adj : T.tok0) - 1;
    while (v >= 0 && /^(the|also)$/.test(toks[v]!.norm)) v--;
    // (Arabic VSO: past the verb's subject, `وانتقدت بكين العقوبات الغربية`)
    if (!en) {
      const subj = s.mentions.find((x) => x.tok1 === v + 1);
      if (subj) v = subj.tok0 - 1;
    }
    // (only under another relation's verb: "joined Western sanctions on Moscow" makes its subject a sanctioner)
    const V = s.triggers.find((x) => x !== T && x.tok1 - 1 === v && x.patterns[0]!.relation !== rel);
    if (!V) continue;
    const drop = new Set([rel, V.patterns[0]!.relation]);
    for (let i = ctx.out.length - 1; i >= before; i--) {
      const r = ctx.out[i]!;
      if (r.evidence.start !== s.start || r.target !== target || !drop.has(r.relation)) continue;
      // (the act's own relation keeps a named owner: "Western and US sanctions" is not read here)
      if (r.relation === rel && r.source === target) continue;
      ctx.out.splice(i, 1);
    }
  }
}
