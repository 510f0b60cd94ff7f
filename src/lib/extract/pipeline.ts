/**
 * extractArticle: article → ArticleRecord, composing the stages
 * segment (sentences, tokens, dates) → triggers and cues → mentions → relations.
 * Pure and deterministic.
 */
import type { Article, ArticleRecord, EntityRecord, RelationRecord } from '../types.ts';
import { createDoc, type Doc, redated } from './doc.ts';
import type { Lexicon } from './lexicon.ts';
import { findMentions } from './mentions.ts';
import { mapped } from './packed.ts';
import { accordDates } from './relations/accorddate.ts';
import { arrivalDays } from './relations/arrivaldate.ts';
import { alsoDays, markReactionCalls, storyAttackDays, meetingStatements, occasionDays, PLUPERFECT_AR, speakerDays } from './relations/dates.ts';
import { presupposedDates } from './relations/presence.ts';
import { markPresentStances } from './relations/presentstance.ts';
import { targetPresenceDates } from './relations/targetdate.ts';
import { findRelations } from './relations/index.ts';
import { segment } from './segment.ts';
import { findTriggers } from './triggers.ts';

/** Run every stage and return the Doc (for tests and tools that want the spans). */
export function analyse(article: Article, lexicon: Lexicon): Doc {
  let doc = createDoc(article);
  doc = segment(doc);
  doc = findTriggers(doc, lexicon);
  doc = findMentions(doc, lexicon);
  doc = findRelations(doc, lexicon);
  return doc;
}

/**
 * One event reported twice in an article (once with its date, once without) is one event:
 * a relation dated by publication takes the text date of the same triple elsewhere in the article.
 */
/** Relations that are events of the day (not standing states such as deployed_in or supported). */
const EVENTS = new Set(['met', 'hosted', 'visited', 'sent_envoy', 'phoned', 'agreed_with', 'urged', 'urged_reconciliation_with']);
const isEvent = (rel: string) => EVENTS.has(rel);
/** A meeting and a reception of the same two parties are one event. */
const MEETING = new Set(['met', 'hosted']);

/** An English pluperfect between the subject and the object ("Guterres had called on the council"): background. */
const PLUPERFECT_EN = /^\s*(?:\w+\s+)?had\s+(?:\w+ly\s+|also\s+)?(?:[a-z]+ed|met|sent|held|made|spoken|struck|told)\s/;
const pluperfectEn = (r: RelationRecord) =>
  r.evidence.sourceSpan[1] <= r.evidence.targetSpan[0] && PLUPERFECT_EN.test(r.evidence.sentence.slice(r.evidence.sourceSpan[1], r.evidence.targetSpan[0]));

/**
 * An undated event that shares a participant (or a participant's country) with a dated event of
 * the same article is part of it ("Putin sent his envoy… The envoy met Assad on Thursday"): it
 * takes that date — the nearest dated event before it, else after it. Planned events keep theirs.
 */
function anchorEvents(rels: RelationRecord[], lexicon: Lexicon, stative: Set<RelationRecord>, starts: readonly number[], lead?: Lead): RelationRecord[] {
  const partsOf = (ids: (string | undefined)[]) => {
    const out = new Set<string>();
    for (const id of ids) {
      if (!id) continue;
      out.add(id);
      const c = lexicon.entities.get(id)?.country;
      if (c) out.add(c);
    }
    return out;
  };
  const parts = (r: RelationRecord) => partsOf([r.source, r.target, r.attrs?.addressee]);
  // (an Arabic pluperfect, "وكان X قد زار …", tells background: no later act is part of it)
  // (nor a plan's day: "The Kremlin said Putin would host Raisi in Moscow on Thursday" dates no act of the story; dates36)
  const dated = rels.filter((r) => r.dateSource === 'text' && isEvent(r.relation) && r.date.length === 10 && r.attrs?.mode !== 'planned' && !PLUPERFECT_AR.test(r.evidence.sentence));
  if (!dated.length && !lead) return rels;
  const leadParts = lead ? partsOf(lead.actors) : new Set<string>();
  const datedParts = mapped(dated, parts);
  const anchored = mapped(rels, (r) => {
    if (r.dateSource !== 'published' || !isEvent(r.relation) || r.attrs?.mode === 'planned' || stative.has(r)) return r;
    // (an undated pluperfect is background too, not part of the story's event: "Guterres had called on the council to …")
    // (and an Arabic one: `وكانت الحكومة السورية قد طالبت واشنطن …` after a dated visit)
    if (pluperfectEn(r) || PLUPERFECT_AR.test(r.evidence.sentence)) return r;
    const p = parts(r);
    const ownLead = !!lead && MEETING.has(r.relation) && (lead.actors.includes(r.source) || lead.actors.includes(r.target));
    let best: RelationRecord | undefined;
    // (a dated event of the same two parties first: "received X on Thursday … the two sides also discussed …")
    const same = MEETING.has(r.relation) ? dated.find((d) => MEETING.has(d.relation) && ((d.source === r.source && d.target === r.target) || (d.source === r.target && d.target === r.source))) : undefined;
    if (same) return redated(r, same.date);
    for (let i = 0; i < dated.length; i++) {
      const d = dated[i]!;
      // (an event dated before the lead's day is background, not the story's: it dates only the sentence right after it,
      // "Mekdad visited Saudi Arabia on 12 April. Syria and Saudi Arabia agreed in Jeddah to …")
      // (but not for a party the lead names itself: "Sabbagh arrived on Tuesday. Sudani received Sabbagh" after the lead of
      // Wednesday's talks is of the lead's day, the trip's occasion; ref32)
      if (lead && d.date < lead.date && (ownLead || !(d.evidence.start < r.evidence.start && sentenceAfter(starts, d.evidence.start) === sentenceOf(starts, r.evidence.start)))) continue;
      let shared = false;
      for (const x of datedParts[i]!) if (p.has(x)) shared = true;
      if (!shared) continue;
      const before = d.evidence.start <= r.evidence.start;
      if (!best) best = d;
      else {
        const bb = best.evidence.start <= r.evidence.start;
        if (before && (!bb || d.evidence.start > best.evidence.start)) best = d;
        else if (!before && !bb && d.evidence.start < best.evidence.start) best = d;
      }
    }
    if (best) return redated(r, best.date);
    // the story of the lead sentence ("talks … ended on Tuesday with a statement by Iran, Russia and Turkey")
    if (lead) for (const x of p) if (leadParts.has(x)) return redated(r, lead.date);
    return r;
  });
  // one act of many parties is one event: "ministers from A, B, C and D signed …" — a pair that shares no participant with
  // a dated event takes the date its sentence's other pairs of that act were given
  return mapped(anchored, (r, i) => {
    if (r.dateSource !== 'published' || rels[i]!.dateSource !== 'published' || !isEvent(r.relation) || r.attrs?.mode === 'planned' || stative.has(rels[i]!)) return r;
    const sib = anchored.find((x) => x !== r && x.dateSource === 'text' && x.relation === r.relation && x.evidence.start === r.evidence.start);
    return sib ? redated(r, sib.date) : r;
  });
}

/** The index of the sentence (by its start offsets, ascending) that holds offset `at`, and of the one after it. */
function sentenceOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
const sentenceAfter = (starts: readonly number[], at: number) => sentenceOf(starts, at) + 1;

/** The lead: the article's first sentence, when it gives a day and names actors. */
interface Lead {
  date: string;
  actors: string[];
}
const ACTOR_KINDS = new Set(['person', 'organization', 'armed_group', 'country']);
function leadOf(doc: Doc, lexicon: Lexicon): Lead | undefined {
  const s = doc.sentences[0];
  const d = s?.dates.find((x) => x.date.length === 10 && x.date <= doc.article.date);
  if (!s || !d) return undefined;
  const actors: string[] = [];
  for (const m of s.mentions) {
    const a = lexicon.entities.get(m.entity)?.stands_for ?? (ACTOR_KINDS.has(m.kind) ? m.entity : undefined);
    if (a) actors.push(a);
  }
  return actors.length ? { date: d.date, actors } : undefined;
}

function unifyDates(rels: RelationRecord[], stative: Set<RelationRecord>): RelationRecord[] {
  const textDate = new Map<string, string>();
  for (const r of rels) {
    if (r.dateSource !== 'text') continue;
    const k = `${r.source}|${r.relation}|${r.target}`;
    if (!textDate.has(k)) textDate.set(k, r.date);
    const k2 = `${r.target}|${r.relation}|${r.source}`;
    if (r.relation === 'met' && !textDate.has(k2)) textDate.set(k2, r.date);
  }
  return mapped(rels, (r) => {
    if (r.dateSource !== 'published' || stative.has(r)) return r;
    const d = textDate.get(`${r.source}|${r.relation}|${r.target}`);
    if (!d) return r;
    const u = redated(r, d);
    if (stative.has(r)) stative.add(u);
    return u;
  });
}

/** "arrived in Damascus … a visit to Syria": one trip; the city is the more precise target. */
function preciseVisits(rels: RelationRecord[], lexicon: Lexicon): RelationRecord[] {
  const cities = new Set<string>();
  for (const r of rels) {
    if (r.relation !== 'visited') continue;
    const c = lexicon.entities.get(r.target)?.country;
    if (c) cities.add(`${r.evidence.start}|${r.source}|${c}`);
  }
  return rels.filter((r) => !(r.relation === 'visited' && cities.has(`${r.evidence.start}|${r.source}|${r.target}`)));
}

export function extractArticle(article: Article, lexicon: Lexicon): ArticleRecord {
  const doc = analyse(article, lexicon);
  const counts = new Map<string, number>();
  for (const s of doc.sentences) for (const m of s.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  for (const r of doc.relations) {
    if (!counts.has(r.source)) counts.set(r.source, 1);
    if (!counts.has(r.target)) counts.set(r.target, 1);
  }
  const entities: EntityRecord[] = [];
  for (const [id, n] of counts) {
    const e = lexicon.entities.get(id);
    if (e) {
      const rec: EntityRecord = { id, kind: e.kind, label_en: e.label_en, label_ar: e.label_ar, mentions: n };
      if (e.wikidata) rec.wikidata = e.wikidata;
      if (e.lat !== undefined) rec.lat = e.lat;
      if (e.lon !== undefined) rec.lon = e.lon;
      entities.push(rec);
      continue;
    }
    const d = doc.discovered.get(id);
    if (d) {
      const ar = /[\u0600-\u06FF]/.test(d.label);
      const rec: EntityRecord = { id, kind: d.kind, label_en: ar ? '' : d.label, label_ar: ar ? d.label : '', discovered: true, mentions: n, sentences: d.sentences };
      if (d.country) rec.country = d.country;
      entities.push(rec);
    }
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { text: _text, ...meta } = article;
  void _text;
  // the article-level passes over the sentences' records, in order: one trip per place, one date per event, reactions
  // to an attack at publication, undated events anchored to dated ones, statements made at the story's meeting, a
  // speaker going on at the day they spoke, and a presence a demanded withdrawal presupposes at its demand's date
  const { stative } = doc;
  let relations = unifyDates(preciseVisits(doc.relations, lexicon), stative);
  markReactionCalls(relations, doc, lexicon, stative);
  markPresentStances(relations, doc, lexicon, stative);
  relations = anchorEvents(relations, lexicon, stative, doc.sentences.map((x) => x.start), leadOf(doc, lexicon));
  relations = meetingStatements(relations, doc, lexicon, stative);
  relations = occasionDays(alsoDays(speakerDays(relations, doc, lexicon, stative), doc, stative), doc, lexicon, stative);
  relations = storyAttackDays(relations, doc, lexicon, stative);
  relations = accordDates(relations, doc);
  relations = arrivalDays(relations, doc, lexicon);
  relations = presupposedDates(relations);
  relations = targetPresenceDates(relations);
  const rec: ArticleRecord = { article: meta, entities, relations };
  if (doc.missed.length) rec.missed = doc.missed;
  return rec;
}
