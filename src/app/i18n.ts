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
  // Share / Embed, embed mode, loading by URL (issue 6)
  unreachable: { en: 'the server did not answer, or it does not let other sites read this file (CORS)', ar: 'لم يستجب الخادم، أو أنه لا يسمح لمواقع أخرى بقراءة هذا الملف (CORS)' },
  share: { en: 'Share / Embed', ar: 'مشاركة / تضمين' },
  shareLink: { en: 'Link to this view', ar: 'رابط هذا العرض' },
  shareEmbed: { en: 'Embed in a page', ar: 'التضمين في صفحة' },
  shareWidth: { en: 'Width', ar: 'العرض' },
  shareHeight: { en: 'Height', ar: 'الارتفاع' },
  shareTitle: { en: 'Title', ar: 'العنوان' },
  shareOrigin: { en: 'Host site allowed to drive it (optional)', ar: 'الموقع المضيف المسموح له بالتحكم (اختياري)' },
  shareControls: { en: 'Controls', ar: 'أدوات التحكم' },
  sharePreview: { en: 'Preview', ar: 'معاينة' },
  copy: { en: 'Copy', ar: 'نسخ' },
  copied: { en: 'Copied', ar: 'تم النسخ' },
  close: { en: 'Close', ar: 'إغلاق' },
  controlTimeline: { en: 'Timeline', ar: 'الخط الزمني' },
  controlLegend: { en: 'Legend', ar: 'مفتاح الألوان' },
  controlLink: { en: 'Full view link', ar: 'رابط العرض الكامل' },
  openFull: { en: 'Open full view', ar: 'فتح العرض الكامل' },
  rangeFrom: { en: 'From', ar: 'من' },
  rangeTo: { en: 'To', ar: 'إلى' },
  allDates: { en: 'All dates', ar: 'كل التواريخ' },
  embedTitle: { en: 'Wasl graph', ar: 'شبكة وصل' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
