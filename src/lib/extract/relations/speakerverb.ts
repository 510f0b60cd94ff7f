/**
 * A verb after ", and" that closes a reported clause is the speaker's act (branch pred38; diagnosis-batch33 #49; pool
 * b14, b17): "The SDF said in a statement that Ankara was escalating its attacks while …, and held Turkey responsible",
 * "Netanyahu said Israel would strike Hezbollah if it tried to rearm, and accused Iran of supplying the group". When the
 * verb's own frame gave nothing (a "while"/"if" clause or a long apposition in between), the sentence's speaker (the
 * attribution's, named before its verb of saying; the opening actor when that is a place) is the subject and the actor right after the verb its object. Only
 * stance verbs whose object is an actor named right after them (accused, urged, threatened); English.
 */
import type { Mention } from '../doc.ts';
import { actor, type Ctx, cueIn } from './ctx.ts';
import { emit, toldHere } from './emit.ts';

const STANCE = new Set(['accused', 'urged', 'threatened']);

export function speakerAfterCommaAnd(ctx: Ctx, said: Mention | undefined, before: number): void {
  if (ctx.lang !== 'en') return;
  const { s } = ctx;
  // (an apposition between the subject and its verb of saying, "X, the alliance that holds much of the northeast, said",
  // may leave a place as the attribution's speaker: the sentence's opening actor then)
  const first = s.mentions[0];
  const opening = first && !s.triggers.some((x) => x.tok0 < first.tok0) && !s.cues.some((c) => c.tok0 < first.tok0 && c.cues.some((x) => x.kind === 'speech'));
  const saidBy = said ? actor(ctx.lex, said) : undefined;
  const speaker = said && saidBy && saidBy.kind !== 'place' ? said : opening ? first : undefined;
  if (!speaker) return;
  const sp = actor(ctx.lex, speaker);
  if (!sp || sp.kind === 'place') return;
  const toks = s.tokens;
  for (const T of s.triggers) {
    const p = T.patterns[0]!;
    if (p.pos !== 'verb' || !STANCE.has(p.relation) || T.tok0 < 2 || T.tok0 <= speaker.tok1) continue;
    let j = T.tok0 - 1;
    if (toks[j]!.norm === 'also') j--;
    if (toks[j]?.norm !== 'and' || toks[j - 1]?.text !== ',') continue;
    // a verb of saying between the speaker and the comma, whose clause the comma closes
    if (!cueIn(ctx, speaker.tok1, j - 1, 'speech')) continue;
    // the frame gave this verb nothing
    if (ctx.out.slice(before).some((r) => r.relation === p.relation && r.source === sp.entity)) continue;
    const o = s.mentions.find((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 1);
    const b = o ? actor(ctx.lex, o) : undefined;
    if (!o || !b || b.kind === 'place' || b.entity === sp.entity) continue;
    if (!toldHere(ctx, p.relation, sp.entity, b.entity)) emit(ctx, T, p.relation, speaker, o, {}, false);
  }
}
