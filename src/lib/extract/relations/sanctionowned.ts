/**
 * Sanctions owned by a pronoun, a demonym or a relative's subject (branch np43; diagnosis-batch39 §6 np43 rank 4;
 * diagnosis-batch38 rank 5 #80, 81; pool b18 brussels-vi-pledges, b23 tedros-aleppo-visit, b32 mekdad-muscat, b33
 * pedersen-lavrov, b35 amir-abdollahian-mekdad-call, b36 qaim-captagon-seizure and saudi-aid-plane-aleppo). A sanction
 * noun trigger whose owner is
 *   - a possessive pronoun: English "its"/"their" before it (past one modifier), Arabic a clitic `ها`/`هما`/`هم` on it:
 *     the last state or organisation named before it (no preposition but the "on" of "called on", not possessive), with
 *     its conjuncts for a plural ("called on the United States and the European Union to lift their sanctions",
 *     `طالبت الولايات المتحدة والاتحاد الأوروبي برفع عقوباتهما`, "accused Washington of … through its sanctions");
 *   - Arabic a demonym right after it with a target phrase of its own (`العقوبات الأمريكية المفروضة عليها`);
 *   - the subject of an imposing relative on it (`العقوبات التي تفرضها على سوريا`, "the sanctions it imposes on"): the
 *     sentence's opening actor;
 * sanctioned the noun's target: its on/against/`على`/`عن` phrase (past `المفروضة`/"imposed"; `عليها` the last state named
 * before the noun, `على بلاده` the own-country anaphor), else — for a pronoun or relative owner only — the state named
 * nearest the noun apart from the owners ("lift its sanctions" after "relations with the Syrian government", "which
 * Damascus says …"). A state at the time of writing: dated at publication.
 */
import type { Mention, Trigger } from '../doc.ts';
import { anaphorAt } from './anaphora.ts';
import { actor, type Ctx, groupTo, isPossessive, mentionAt, prepOf } from './ctx.ts';
import { atPublication, emit, toldHere } from './emit.ts';

const TARGET_PREP = /^(on|against|upon|علي|على|ضد|عن)$/;
const IMPOSED = /^(imposed|المفروضه|المفروضة)$/;
const IMPOSE_REL = /^(تفرضها|يفرضها|فرضتها|فرضها|تفرضهما|فرضتهما)$/;

function isState(ctx: Ctx, m: Mention): boolean {
  const a = actor(ctx.lex, m);
  return !!a && (a.kind === 'country' || a.kind === 'organization');
}

/** The owners of a pronoun on sanction noun T ending before token k: the last state named before, with its conjuncts for a plural. */
function pronounOwners(ctx: Ctx, k: number, plural: boolean): Mention[] {
  const ms = ctx.s.mentions;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.tok1 > k) continue;
    const prep = prepOf(ctx, m);
    if ((prep && !(ctx.lang === 'en' && prep === 'on')) || isPossessive(ctx, m) || ctx.inRelative[m.tok0] || !isState(ctx, m)) continue;
    if (!plural) return [m];
    const g = groupTo(ms, i).filter((x) => isState(ctx, x));
    return g.length >= 2 ? g : [m];
  }
  return [];
}

/** The opening actor of the sentence (within its first five tokens, no preposition): the subject of an imposing relative. */
function openingState(ctx: Ctx): Mention[] {
  const m = ctx.s.mentions.find((x) => x.tok0 <= 5 && !prepOf(ctx, x) && isState(ctx, x));
  return m ? [m] : [];
}

/** The target phrase of the noun at k (a preposition, its mention or pronoun), else undefined. */
function targetAt(ctx: Ctx, T: Trigger, k: number, owners: Set<string>): Mention[] | undefined {
  const toks = ctx.s.tokens;
  if (IMPOSED.test(toks[k]?.norm ?? '')) k++;
  const w = toks[k]?.norm ?? '';
  if (ctx.lang === 'ar' && /^(عليها|عليهم)$/.test(w)) {
    const m = [...ctx.s.mentions].reverse().find((x) => x.tok1 <= T.tok0 && actor(ctx.lex, x)?.kind === 'country' && !owners.has(actor(ctx.lex, x)!.entity));
    return m ? [m] : [];
  }
  if (!TARGET_PREP.test(w)) return undefined;
  const m = mentionAt(ctx, k + 1) ?? (toks[k + 1]?.norm === 'the' ? mentionAt(ctx, k + 2) : undefined);
  if (m) return actor(ctx.lex, m) && m.kind !== 'place' ? [m] : [];
  // (`على بلاده`: the country of the clause's first person subject, `أطلع عبد اللهيان المقداد على … رفع العقوبات … على بلاده`)
  if (ctx.lang === 'ar' && /^(بلاده|بلادها)$/.test(toks[k + 1]?.norm ?? '')) {
    const p = ctx.s.mentions.find((x) => x.tok1 <= T.tok0 && x.kind === 'person' && !prepOf(ctx, x));
    const c = p ? ctx.lex.entities.get(p.entity)?.country : undefined;
    const cm = c ? ctx.s.mentions.find((x) => actor(ctx.lex, x)?.entity === c) : undefined;
    if (p && c) return cm ? [cm] : [{ ...p, entity: c, kind: 'country' }];
  }
  const an = ctx.lang === 'ar' ? anaphorAt(ctx, k + 1) : undefined;
  return an?.group.length ? an.group : [];
}

/** The state named nearest noun T apart from the owners (a country, a capital standing for one). */
function nearestState(ctx: Ctx, T: Trigger, owners: Set<string>): Mention[] {
  let best: Mention | undefined;
  let d = Infinity;
  for (const m of ctx.s.mentions) {
    const a = actor(ctx.lex, m);
    if (!a || a.kind !== 'country' || owners.has(a.entity)) continue;
    const dist = m.tok1 <= T.tok0 ? T.tok0 - m.tok1 : m.tok0 - T.tok1;
    if (dist < d) {
      d = dist;
      best = m;
    }
  }
  return best ? [best] : [];
}

export function ownedSanctions(ctx: Ctx): void {
  const { s } = ctx;
  const toks = s.tokens;
  for (const T of s.triggers) {
    if (!T.patterns.some((q) => q.relation === 'sanctioned' && q.pos === 'noun')) continue;
    let owners: Mention[] = [];
    let after = T.tok1;
    // (a demonym owner needs a target phrase of its own; a pronoun or relative owner falls back on the nearest state)
    let needsTarget = false;
    if (ctx.lang === 'en') {
      let k = T.tok0 - 1;
      if (!/^(its|their)$/.test(toks[k]?.norm ?? '') && toks[k]?.word && !ctx.inMention[k]) k--;
      const pron = toks[k]?.norm ?? '';
      if (/^(its|their)$/.test(pron)) owners = pronounOwners(ctx, k, pron === 'their');
      // ("the sanctions it imposes on", "that it has imposed on")
      else if (/^(it|they)$/.test(toks[T.tok1]?.norm ?? '') || (toks[T.tok1]?.norm === 'that' && /^(it|they)$/.test(toks[T.tok1 + 1]?.norm ?? ''))) {
        let j = T.tok1 + (toks[T.tok1]!.norm === 'that' ? 2 : 1);
        if (/^(has|have|had)$/.test(toks[j]?.norm ?? '')) j++;
        if (/^(imposes|imposed|impose)$/.test(toks[j]?.norm ?? '')) {
          owners = openingState(ctx);
          after = j + 1;
        }
      }
    } else {
      const last = toks[T.tok1 - 1]!.norm;
      if (T.suffix && /(ها|هما|هم)$/.test(last)) owners = pronounOwners(ctx, T.tok0, /(هما|هم)$/.test(last));
      else if (toks[T.tok1]?.norm === 'التي' && IMPOSE_REL.test(toks[T.tok1 + 1]?.norm ?? '')) {
        // (the relative's own subject after its verb, `التي فرضتها واشنطن عليها`, else the sentence's opening actor)
        const own = mentionAt(ctx, T.tok1 + 2);
        owners = own && isState(ctx, own) ? [own] : openingState(ctx);
        after = own && isState(ctx, own) ? own.tok1 : T.tok1 + 2;
      } else {
        // (a demonym right after the noun, with its conjuncts: `العقوبات الأمريكية والأوروبية المفروضة على`)
        let m = mentionAt(ctx, T.tok1);
        while (m && m.via === 'demonym') {
          owners.push(m);
          after = m.tok1;
          m = mentionAt(ctx, m.tok1);
          if (m && !m.conj) break;
        }
        needsTarget = true;
      }
    }
    if (!owners.length) continue;
    const ownIds = new Set(owners.map((m) => actor(ctx.lex, m)!.entity));
    let target = targetAt(ctx, T, after, ownIds);
    if (target === undefined && needsTarget) continue;
    if (target === undefined) target = nearestState(ctx, T, ownIds);
    if (!target.length) continue;
    const n = ctx.out.length;
    for (const o of owners) {
      const a = actor(ctx.lex, o)!;
      for (const t of target) {
        const b = actor(ctx.lex, t);
        if (!b || b.entity === a.entity || ownIds.has(b.entity) || toldHere(ctx, 'sanctioned', a.entity, b.entity)) continue;
        emit(ctx, T, 'sanctioned', o, t, {}, false);
      }
    }
    if (ctx.out.length > n) atPublication(ctx, n);
  }
}
