/** Relations: anaphors ("the two sides", "الجانبان", "بلاده", "their"), role groups and counterparts. */
import { cueHas, type CueSpan, type Mention, mention, mentionOf, mentionOn, type Span, type Trigger } from '../doc.ts';
import { isQuote, resolveRole } from '../mentions.ts';
import type { EntityKind } from '../../types.ts';
import type { Lexicon } from '../lexicon.ts';
import { normalise } from '../normalise.ts';
import { mapped } from '../packed.ts';
import { actor, type Ctx, cueKinds, type Group, groupFrom, lastMentionBefore, nth } from './ctx.ts';

/** "the two leaders", "الرئيسان" name people; "the two sides", "الجانبان" name the parties. */
function peopleDual(c: CueSpan): boolean {
  return /leaders|men|ministers|presidents|officials|الرييس|الزعيم|الوزير|المسوول/.test(mapped(c.cues, (x) => normalise(x.form)).join(' '));
}

/**
 * "ووقّع الجانبان مذكرة تفاهم", "the two sides signed an accord": a signed document (a `binding`
 * cue on the verb) binds the sides' states, so people of a sides-dual stand for their countries.
 */
export function bindingSides(ctx: Ctx, T: Trigger, subj: Group): Group {
  if (subj[0]!.via !== 'anaphor' || !ctx.byKind.get('binding')?.some((c) => c.tok0 === T.tok0) || !subj.every((m) => m.via === 'anaphor')) return subj;
  const c = ctx.cueAt.get(subj[0]!.tok0);
  if (!c || !cueHas(c, 'dual') || peopleDual(c)) return subj;
  const out: Group = [];
  for (const m of subj) {
    const country = m.kind === 'person' ? ctx.lex.entities.get(m.entity)?.country : m.entity;
    if (!country) return subj;
    out.push(mentionOf(m, country, 'country'));
  }
  return new Set(out.map((m) => m.entity)).size === out.length ? out : subj;
}

/** The last list (A and B) of two or more distinct actors, all of `kind`, in the previous sentences. */
function lastPlural(ctx: Ctx, kind: string): Mention[] | undefined {
  for (let h = ctx.history.length - 1; h >= 0; h--) {
    const ms = ctx.history[h]!;
    let found: Mention[] | undefined;
    for (let i = 0; i < ms.length; i++) {
      if (ms[i]!.conj || !ms[i + 1]?.conj) continue;
      const g: Mention[] = [];
      let same = true;
      for (const m of groupFrom(ms, i)) {
        const a = actor(ctx.lex, m);
        if (!a) continue;
        if (a.kind !== kind) same = false;
        if (!g.some((x) => x.entity === a.entity)) g.push(a);
      }
      if (same && g.length >= 2) found = g;
    }
    if (found) return found;
  }
  return undefined;
}

/** The anaphor at token k (الجانبان, the two sides, the four, بلاده), as a group. */
export function anaphorAt(ctx: Ctx, k: number): { group: Group; end: number; start: number } | undefined {
  // (one cue span starts at a token: the by-token index, not a scan of the sentence's cues)
  const c = ctx.cueAt.get(k);
  if (c) {
    const kinds = cueKinds(c);
    const at = (m: Mention): Mention => {
      const x = mentionOn(m, c);
      x.clitics = '';
      return x;
    };
    if (kinds.has('dual')) {
      // "the two leaders", "الرئيسان": people; "the two sides", "الجانبان": any pair
      // (the pair of a relation earlier in the sentence first: "استقبل الأسد …، وبحث الجانبان …")
      const people = peopleDual(c);
      const here = sentencePair(ctx, c.start, c, people);
      if (here) return { group: here, end: c.tok1, start: c.tok0 };
      const pair = people ? ctx.lastPersons : ctx.lastPair;
      if (pair) return { group: mapped(pair, at), end: c.tok1, start: c.tok0 };
    }
    if (kinds.has('group')) {
      // a named group ("the guarantors" = Russia, Turkey, Iran) or one that names no one ("the participants": '-')
      const value = c.cues.find((x) => x.kind === 'group' && x.value)?.value;
      if (value === '-') return { group: [], end: c.tok1, start: c.tok0 };
      if (value?.startsWith('#')) {
        // "the three countries", "الدول الثلاث": the last list of that many actors, else the last that many
        // countries named before it in the sentence
        const n = Number(value.slice(1));
        if (ctx.lastGroup?.length === n) return { group: mapped(ctx.lastGroup, at), end: c.tok1, start: c.tok0 };
        const named: Mention[] = [];
        for (let i = ctx.s.mentions.length - 1; i >= 0 && named.length < n; i--) {
          const m = ctx.s.mentions[i]!;
          const a = m.tok1 <= c.tok0 ? actor(ctx.lex, m) : undefined;
          if (a?.kind === 'country' && !named.some((x) => x.entity === a.entity)) named.unshift(a);
        }
        if (named.length === n) return { group: mapped(named, at), end: c.tok1, start: c.tok0 };
      } else if (value) {
        const group: Group = [];
        for (const id of value.split('|')) {
          const e = ctx.lex.entities.get(id);
          if (e) group.push(mention(c.tok0, c.tok1, c.start, c.end, e.id, e.kind, 'anaphor', false, ''));
        }
        return { group, end: c.tok1, start: c.tok0 };
      }
      if (ctx.lastGroup) return { group: mapped(ctx.lastGroup, at), end: c.tok1, start: c.tok0 };
    }
    if (kinds.has('plural')) {
      // "the groups", "both countries", "الجماعتين": the last list of actors of that kind
      for (const kind of c.cues.find((x) => x.kind === 'plural')?.value?.split('|') ?? []) {
        const g = lastPlural(ctx, kind);
        if (g) return { group: mapped(g, at), end: c.tok1, start: c.tok0 };
      }
    }
    if (kinds.has('own_organ')) {
      // "مسيّراتها", "قواته": the forces of the country named last before them in the sentence, else of the last subject
      for (let i = lastMentionBefore(ctx.s.mentions, c.tok0); i >= 0; i--) {
        const a = actor(ctx.lex, ctx.s.mentions[i]!);
        const country = a && (a.kind === 'country' ? a.entity : a.kind === 'person' ? ctx.lex.entities.get(a.entity)?.country : undefined);
        if (country) {
          const ce = ctx.lex.entities.get(country)!;
          return { group: [mentionOf(at(ctx.s.mentions[i]!), ce.id, ce.kind)], end: c.tok1, start: c.tok0 };
        }
      }
    }
    if ((kinds.has('own_country') || kinds.has('own_organ')) && ctx.lastSubject) {
      const e = ctx.lex.entities.get(ctx.lastSubject.entity);
      const country = e?.kind === 'country' ? e.id : e?.country;
      if (country) {
        const ce = ctx.lex.entities.get(country)!;
        return { group: [mentionOf(at(ctx.lastSubject), ce.id, ce.kind)], end: c.tok1, start: c.tok0 };
      }
    }
  }
  return undefined;
}

/** "Putin hosted Assad in the Kremlin, their first meeting in a year": "their" is the pair of the relation before. */
export function theirPair(ctx: Ctx, T: Trigger): Group | undefined {
  const toks = ctx.s.tokens;
  let k = T.tok0 - 1;
  while (k >= 0 && /^(first|second|third|last|latest|previous|direct|official)$/.test(toks[k]!.norm)) k--;
  if (ctx.lang !== 'en' || nth(toks, k)?.norm !== 'their') return undefined;
  const r = [...ctx.out].reverse().find((x) => x.evidence.start === ctx.s.start && x.relation !== 'met' && x.evidence.targetSpan[1] + ctx.s.start <= T.start);
  const at = (sp: [number, number], id: string) => ctx.s.mentions.find((m) => m.start - ctx.s.start === sp[0] && m.kind === 'person' && actor(ctx.lex, m)?.entity === id);
  const a = r && at(r.evidence.sourceSpan, r.source);
  const b = r && at(r.evidence.targetSpan, r.target);
  return a && b ? [a, b] : undefined;
}

const ROLES: Record<'ar' | 'en', string[]> = {
  en: ['foreign minister', 'defence minister', 'president', 'prime minister', 'intelligence chief'],
  ar: ['وزير الخارجية', 'وزير الدفاع', 'الرئيس', 'رئيس الوزراء', 'رئيس الاستخبارات'],
};

/** A country mention right next to a counterpart word ("his Saudi counterpart", "نظيره السعودي"). */
export function counterpartOf(ctx: Ctx, m: Mention): boolean {
  for (const c of ctx.byKind.get('counterpart') ?? []) if (Math.abs(c.tok1 - m.tok0) <= 1 || Math.abs(m.tok1 - c.tok0) <= 1) return m.kind === 'country';
  return false;
}

/** "his Saudi counterpart", "نظيره السعودي": the holder of the subject's role in that country. */
export function counterpart(ctx: Ctx, subj: Group, m: Mention): Mention {
  if (m.kind !== 'country' || !counterpartOf(ctx, m)) return m;
  const who = subj.find((x) => x.kind === 'person');
  const home = who && ctx.lex.entities.get(who.entity)?.country;
  if (!who || !home) return m;
  const date = ctx.s.dates.find((d) => d.date.length === 10)?.date ?? ctx.doc.article.date;
  for (const lang of [ctx.lang, ctx.lang === 'ar' ? 'en' : 'ar'] as const)
    for (const role of ROLES[lang]) {
      if (resolveRole(ctx.lex, home, role, lang, date) !== who.entity) continue;
      const p = resolveRole(ctx.lex, m.entity, role, lang, date);
      if (p) return mentionOf(m, p, 'person', 'descriptor');
    }
  return m;
}

/**
 * "وزراء دفاع الدول الثلاث", "the three countries' defence ministers": a role group over a group word
 * names each member country's holder of the role at the sentence's date; they become mentions of the
 * sentence (one per member, joined), so frames read them like "وزراء دفاع روسيا وتركيا وسوريا".
 */
export function roleGroupAnaphors(ctx: Ctx): Mention[] | undefined {
  let added: Mention[] | undefined;
  for (const c of ctx.byKind.get('group') ?? []) {
    const role = ctx.s.cues.find((r) => (r.tok1 === c.tok0 || r.tok0 === c.tok1 || (r.tok0 === c.tok1 + 1 && isQuote(ctx.s.tokens[c.tok1]))) && r.cues.some((x) => x.kind === 'role_group' && x.value));
    if (!role || ctx.s.mentions.some((m) => m.tok0 < Math.max(c.tok1, role.tok1) && m.tok1 > Math.min(c.tok0, role.tok0))) continue;
    const a = anaphorAt(ctx, c.tok0);
    if (!a || a.group.length < 2) continue;
    const value = role.cues.find((x) => x.kind === 'role_group' && x.value)!.value!;
    const d = ctx.s.dates.find((x) => x.date.length >= 7)?.date ?? ctx.doc.article.date;
    const date = d.length === 7 ? `${d}-15` : d;
    const tok0 = Math.min(c.tok0, role.tok0);
    const tok1 = Math.max(c.tok1, role.tok1);
    const start = Math.min(c.start, role.start);
    const end = Math.max(c.end, role.end);
    // (only when every member's holder is known: "the intelligence chiefs of the four countries" are not the countries)
    const people = mapped(a.group, (m) => (m.kind === 'country' ? resolveRole(ctx.lex, m.entity, value, ctx.lang, date) : undefined));
    if (people.some((p) => !p)) continue;
    a.group.forEach((m, i) => {
      (added ??= []).push(mention(tok0, tok1, start, end, people[i]!, 'person', 'descriptor', i > 0, i > 0 ? '' : m.clitics, true));
    });
  }
  return added;
}

/** The two sides of the last relation of this sentence before offset `before` (not a place), as mentions at span sp. */
export function sentencePair(ctx: Ctx, before: number, sp: Span, persons = false, rels?: Set<string>): Group | undefined {
  const r = [...ctx.out].reverse().find((x) => x.evidence.start === ctx.s.start && x.evidence.targetSpan[1] + ctx.s.start <= before && ctx.lex.entities.get(x.target)?.kind !== 'place' && (!rels || rels.has(x.relation)));
  if (!r) return undefined;
  const ka = ctx.lex.entities.get(r.source)!.kind;
  const kb = ctx.lex.entities.get(r.target)!.kind;
  if (persons && (ka !== 'person' || kb !== 'person')) return undefined;
  const at = (id: string, kind: EntityKind): Mention => mention(sp.tok0, sp.tok1, sp.start, sp.end, id, kind, 'anaphor', false, '');
  return [at(r.source, ka), at(r.target, kb)];
}

const dualForms = new WeakMap<Lexicon, Set<string>>();
/**
 * "…، حيث اتفقا على …", "وبحثا": an Arabic perfect dual (a verb form of the pattern plus ا) with no name right after it
 * has the pair of the last relation of its sentence (else the last pair) as subject.
 */
export function dualPair(ctx: Ctx, T: Trigger): Group | undefined {
  const form = T.patterns[0]!.form;
  if (T.suffix || !form.endsWith('ا')) return undefined;
  let forms = dualForms.get(ctx.lex);
  if (!forms) dualForms.set(ctx.lex, (forms = new Set(ctx.lex.patterns.filter((q) => q.lang === 'ar' && q.pos === 'verb').map((q) => `${q.relation}|${normalise(q.form)}`))));
  if (!forms.has(`${T.patterns[0]!.relation}|${normalise(form.slice(0, -1))}`)) return undefined;
  if (ctx.s.mentions.some((m) => m.tok0 >= T.tok1 && m.tok0 - T.tok1 <= 1 && !m.clitics)) return undefined;
  return sentencePair(ctx, T.start, T) ?? (ctx.lastPair && mapped(ctx.lastPair, (m) => mentionOn(m, T)));
}
