/** UI strings in English and Arabic. Data text is never inserted as HTML. */
import type { Lang } from '../lib/types.ts';

const STRINGS = {
  title: { en: 'Wasl', ar: 'وصل' },
  subtitle: { en: 'who met whom, who sent whom, who urged what, and when', ar: 'من التقى بمن، ومن أرسل من، ومن حثّ على ماذا، ومتى' },
  language: { en: 'Language', ar: 'اللغة' },
  legend: { en: 'Kinds', ar: 'الأنواع' },
  loading: { en: 'Loading the graph…', ar: 'جارٍ تحميل الشبكة…' },
  empty: { en: 'The graph is empty: no actors or relations were found.', ar: 'الشبكة فارغة: لم يُعثر على فاعلين أو علاقات.' },
  missing: { en: 'No graph file could be loaded', ar: 'تعذّر تحميل ملف الشبكة' },
  shown: { en: 'nodes and edges shown', ar: 'عقدة وعلاقة معروضة' },
  nodes: { en: 'nodes', ar: 'عقدة' },
  edges: { en: 'edges', ar: 'علاقة' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
