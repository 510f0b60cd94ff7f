/**
 * Shared types of Wasl: the contracts of ../shared/DESIGN.md in TypeScript.
 * Pure data shapes only; no behaviour lives here.
 */

export type Lang = 'ar' | 'en';

/** Entity kinds (DESIGN: lexicon `kind`). Never stored as `type` on a node: Sigma reserves it. */
export type EntityKind = 'person' | 'organization' | 'armed_group' | 'country' | 'place';
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'armed_group', 'country', 'place'];

/** One article, as read from a `.md`/`.txt` file with front matter or one `.jsonl` line. */
export interface Article {
  id: string;
  title: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  date: string;
  source: string;
  url?: string;
  lang: Lang;
  text: string;
}

/** One row of `data/lexicon/entities.csv`, parsed. */
export interface LexiconEntity {
  id: string;
  kind: EntityKind;
  label_en: string;
  label_ar: string;
  aliases_en: string[];
  aliases_ar: string[];
  descriptors_en: string[];
  descriptors_ar: string[];
  wikidata?: string;
  /** Lexicon id of the country this entity belongs to (for capitals, demonyms, officials). */
  country?: string;
  lat?: number;
  lon?: number;
}

/** One relation of the vocabulary (DESIGN: relation vocabulary, `data/lexicon/relations.csv`). */
export interface RelationType {
  id: string;
  label_en: string;
  label_ar: string;
  cameo: string;
  plover: string;
}

/** Evidence of an edge (DESIGN: graph file). Offsets into `sentence`; `start`/`end` place the sentence in the article text. */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  sourceSpan: [number, number];
  targetSpan: [number, number];
  attributedTo?: string;
}

export type DateSource = 'text' | 'published';

/** One relation found in one sentence of one article: the unit that extraction emits and merging consumes. */
export interface RelationRecord {
  source: string;
  relation: string;
  target: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  dateSource: DateSource;
  evidence: Evidence;
  /** Extra attributes of the relation (`destination`, `addressee`, `topic`, `mode`, `attributedTo`…). */
  attrs?: Record<string, string>;
}

/** A node seen in an article (lexicon entity or discovered name). */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  label_en: string;
  label_ar: string;
  discovered?: boolean;
  wikidata?: string;
  lat?: number;
  lon?: number;
  /** Mentions of this entity in the article. */
  mentions: number;
  /** Lexicon id of the entity's country (discovered names with a demonym: 'Iraqi Foreign Minister …'). */
  country?: string;
  /** For discovered names: the sentences they were found in (build report: unknown candidates). */
  sentences?: string[];
}

/** What extraction emits for one article: one JSONL line of the `extract` step. */
export interface ArticleRecord {
  article: Omit<Article, 'text'>;
  entities: EntityRecord[];
  relations: RelationRecord[];
  /** Sentences with a relation trigger but no resolved actor pair (for the build report). */
  missed?: { sentence: string; trigger: string; relation: string }[];
}

/** Node attributes of the graph file (DESIGN: graph file). */
export interface NodeAttributes {
  label: string;
  label_en: string;
  label_ar: string;
  kind: EntityKind;
  discovered?: boolean;
  wikidata?: string;
  lat?: number;
  lon?: number;
  mentions: number;
  articles: string[];
  [key: string]: unknown;
}

/** Edge attributes of the graph file (DESIGN: graph file). */
export interface EdgeAttributes {
  relation: string;
  label: string;
  date?: string;
  dateSource?: DateSource;
  evidence: Evidence[];
  weight: number;
  [key: string]: unknown;
}

export interface ArticleMeta {
  id: string;
  title: string;
  date: string;
  source: string;
  url?: string;
  lang: Lang;
}

/** Graph attributes of the graph file (DESIGN: graph file). */
export interface GraphAttributes {
  schema: 1;
  title: string;
  articles: ArticleMeta[];
  relations: RelationType[];
  [key: string]: unknown;
}
