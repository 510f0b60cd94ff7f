/**
 * Node search in Arabic and English. Names and queries are normalised the same way: Arabic hamza/alef
 * variants, ta marbuta, alef maqsura, diacritics and tatweel folded; the article ال and "al-" ignored;
 * Latin accents, case and punctuation folded. So "الاسد" finds "الأسد" and "assad" finds "Bashar al-Assad".
 */
import type { WaslGraph } from '../graph/build.ts';

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Name tokens without the Arabic article or the Latin "al"/"el" particle. */
export function nameTokens(text: string): string[] {
  const out: string[] = [];
  for (const tok of normaliseName(text).split(' ')) {
    if (!tok || tok === 'al' || tok === 'el') continue;
    out.push(tok.length > 3 && tok.startsWith('ال') ? tok.slice(2) : tok);
  }
  return out;
}

interface Entry {
  node: string;
  names: string[];
  tokens: string[][];
  weight: number;
}

export interface SearchIndex {
  entries: Entry[];
}

export interface SearchHit {
  node: string;
  /** The name that matched, as written in the data. */
  name: string;
  score: number;
}

export function buildSearchIndex(graph: WaslGraph): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((node, attrs) => {
    const names = [...new Set([attrs.label_en, attrs.label_ar, attrs.label, node].filter((s): s is string => typeof s === 'string' && s.length > 0))];
    entries.push({ node, names, tokens: names.map(nameTokens), weight: graph.degree(node) });
  });
  return { entries };
}

/** Best matches first: whole name, then name prefix, then every query token starting a name token, then substring. */
export function searchNodes(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normaliseName(query);
  if (!q) return [];
  const qTokens = nameTokens(query);
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let best = 0;
    let bestName = entry.names[0]!;
    entry.names.forEach((name, i) => {
      const norm = normaliseName(name);
      const toks = entry.tokens[i]!;
      let score = 0;
      if (norm === q || toks.join(' ') === qTokens.join(' ')) score = 4;
      else if (norm.startsWith(q)) score = 3;
      else if (qTokens.length > 0 && qTokens.every((qt) => toks.some((t) => t.startsWith(qt)))) score = 2;
      else if (norm.includes(q)) score = 1;
      if (score > best) {
        best = score;
        bestName = name;
      }
    });
    if (best > 0) hits.push({ node: entry.node, name: bestName, score: best + Math.min(entry.weight, 999) / 1000 });
  }
  hits.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
  return hits.slice(0, limit);
}
