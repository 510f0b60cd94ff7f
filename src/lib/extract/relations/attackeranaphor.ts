/**
 * Relations: "the attackers" are the doer of the attack told before (branch ref44).
 *
 * attackerAnaphors: a definite people noun of attack with no name of its own (cues.csv `attacker_anaphor`: "the
 * attackers", "the assailants", `المهاجمين`, `للمهاجمين`, `المتسللين`) names the doer of the story's last attack told
 * (discourse.ts `attacker`): `هجوم شنّه
 * مقاتلون من «هيئة تحرير الشام» …. وأضافت المصادر أن وحدات الجيش تصدّت للمهاجمين` → the army repelled HTS (gold rule 20c,
 * both directions, repel.ts); "IS militants ambushed a bus …. Russian warplanes pounded the attackers' escape routes" →
 * Russia attacked IS. Only as the object of an attack word or a repel verb (a few words after it); the mention added
 * (via anaphor) fills the slot a reader takes it in. Not when the sentence
 * tells an attack of its own before the noun (its doer, named there, is the one meant: "repelled an attack by X, killing
 * four attackers"), not when the last attack had no doer the lexicon knows (discourse.ts forgets it: "Gunmen attacked a
 * checkpoint …. Troops chased the attackers" names no one), not a noun with a name after it ("the attackers from X").
 */
import { mention, type Mention } from '../doc.ts';
import { cueWords } from '../lexicon.ts';
import { type Ctx, hasBreak, SIDE_KINDS } from './ctx.ts';

/** Arabic: the proclitics and the article before the stem (`وللمهاجمين`, `بالمتسللين`, `المهاجمون`). */
const ARTICLE_AR = /^([وف]?[بل]?)(ال|لل)/;

/** How many sentences back the attack "the attackers" refers to may be told. */
const BACK = 3;
/** How far after its attack word or repel verb the noun may stand (a VSO subject between: `وقصفت الطائرات الحربية الروسية مواقع المهاجمين`). */
const GOVERN = 6;

/**
 * The doer of the last attack told in the BACK sentences before: the story's attacker (discourse.ts) when the nearest
 * sentence that tells an attack told it, else that sentence's last doer; none when that sentence tells an attack by a verb
 * with no doer found ("gunmen attacked a checkpoint").
 */
function lastAttacker(ctx: Ctx): Mention | undefined {
  const sents = ctx.doc.sentences;
  const d = ctx.discourse.attacker;
  const here = sents.findIndex((x) => x.start === ctx.s.start);
  for (let i = here - 1; i >= 0 && i >= here - BACK; i--) {
    const sent = sents[i]!;
    // (the story's attacker told in that sentence, by a record or by a doer named on an attack word: discourse.ts remember)
    let id = d && d.start >= sent.start && d.start < sent.end ? d.entity : undefined;
    for (let j = ctx.out.length - 1; j >= 0 && !id; j--) {
      const r = ctx.out[j]!;
      if (r.evidence.start === sent.start && r.relation === 'attacked' && r.attrs?.mode !== 'planned') id = r.source;
    }
    if (id) {
      const e = ctx.lex.entities.get(id);
      return e && SIDE_KINDS.has(e.kind) ? mention(0, 1, sent.start, sent.start, e.id, e.kind, 'anaphor', false, '') : undefined;
    }
    if (sent.triggers.some((x) => x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'verb'))) return undefined;
  }
  return undefined;
}

export function attackerAnaphors(ctx: Ctx): Mention[] | undefined {
  const { s } = ctx;
  const toks = s.tokens;
  const en = ctx.lang === 'en';
  // (pre-test: only as the object of an attack word or a repel verb, most sentences have neither)
  if (!ctx.byKind.has('repel_verb') && !s.triggers.some((x) => x.patterns.some((q) => q.relation === 'attacked'))) return undefined;
  const words = cueWords(ctx.lex, 'attacker_anaphor');
  if (!words.size) return undefined;
  let added: Mention[] | undefined;
  let a: Mention | undefined | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    let tok0 = k;
    let clitics = '';
    if (en) {
      if (!words.has(t.norm) || toks[k - 1]?.norm !== 'the') continue;
      tok0 = k - 1;
    } else {
      // (the plural ending first: most words are none)
      if (!t.arabic || !(t.norm.endsWith('ين') || t.norm.endsWith('ون'))) continue;
      const mm = ARTICLE_AR.exec(t.norm);
      if (!mm || !words.has(t.norm.slice(mm[0].length))) continue;
      // (`للمهاجمين`: ل + the article's ل; `بالمهاجمين`: ب + ال)
      clitics = mm[1]! + (mm[2] === 'لل' ? 'ل' : '');
    }
    if (s.mentions.some((m) => m.tok0 <= k && tok0 < m.tok1)) continue;
    // (a name of its own right after it: "the attackers from the SNA", `المهاجمين من «الجيش الوطني»`)
    if (s.mentions.some((m) => m.tok0 > k && m.tok0 - k <= 3 && !hasBreak(toks, k, m.tok0))) continue;
    // (an attack noun told in the sentence before it: its own doer is meant, "repelled an attack by X, killing attackers")
    if (s.triggers.some((x) => x.tok1 <= tok0 && x.patterns.some((q) => q.relation === 'attacked' && q.pos === 'noun'))) continue;
    // (only as the one struck or repelled: an attack word or a repel verb right before it, `تصدّت للمهاجمين`, "struck the
    // attackers", `قصفت مواقع المهاجمين`; as a subject, "The attackers fired grenades at buses", it retells the attack)
    const near = (a0: number) => a0 <= tok0 && tok0 - a0 <= GOVERN && !hasBreak(toks, a0, tok0);
    if (!s.triggers.some((x) => near(x.tok1) && x.patterns.some((q) => q.relation === 'attacked')) && !ctx.byKind.get('repel_verb')?.some((c) => near(c.tok1))) continue;
    if (a === null) a = lastAttacker(ctx);
    if (!a) continue;
    const first = toks[tok0]!;
    const m = mention(tok0, k + 1, first.start, t.end, a.entity, a.kind, 'anaphor', false, clitics);
    // (a repel verb takes it as its direct object, `وأجبروا المهاجمين على التراجع`: repel.ts)
    ctx.discourse.attackers.add(m);
    (added ??= []).push(m);
  }
  return added;
}
