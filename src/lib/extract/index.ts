/** Extraction: articles → actors, places and dated relations with evidence (see README.md). */
export { ArticleError, detectLang, idFromName, parseArticleFile, parseJsonl } from './articles.ts';
export { LexiconError } from './csv.ts';
export { findDates, type DateSpan } from './dates.ts';
export type { Doc, Mention, Sentence, Trigger } from './doc.ts';
export { loadLexicon, type Lexicon, type LexEntity, type Pattern } from './lexicon.ts';
export { analyse, extractArticle } from './pipeline.ts';
export { addToReport, emptyReport, type ExtractReport } from './report.ts';
export { scoreArticles, tripleKey, type GoldFile, type ScoreReport } from './score.ts';
