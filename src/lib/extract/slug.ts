/** Stable ASCII slugs for discovered names (Arabic transliterated letter by letter). */
import { normalise } from './normalise.ts';

const AR: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  و: 'w', ي: 'y', ء: '', پ: 'p', گ: 'g', چ: 'ch', ڤ: 'v',
};

export function slugify(name: string): string {
  const n = normalise(name);
  let s = '';
  for (const ch of n) s += AR[ch] ?? ch;
  s = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'unnamed';
}
