/**
 * Two resolution gaps of the lexicon's names (branch names20), in sentences of our own:
 * - names written surname first (Chinese, Korean, Vietnamese people of the lexicon): after the full name, the first word
 *   alone is the person (`شي جين بينغ … وأكد شي`, "Wang Yi … Wang said"), but not an Arabic function word (`لي`);
 * - an ambassador is named by the place he serves in: `السفير الإيراني في بغداد` is not Iran's ambassador in Damascus, and
 *   a bare `السفير الإيراني` names no one.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { article, extract, lexicon, tripleSet } from './helpers.ts';

/** The entity ids of the mentions of each sentence, with their surfaces. */
function mentions(text: string, lang: 'ar' | 'en', date = '2023-05-10'): string[][] {
  const doc = analyse(article(text, lang, date), lexicon());
  return doc.sentences.map((s) => s.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entity}`));
}

describe('a name written surname first, then the surname alone', () => {
  it('Arabic: `شي` after `شي جين بينغ` is Xi, as speaker and as subject', () => {
    const text = 'استقبل الرئيس الصيني شي جين بينغ وزير الخارجية الإيراني في بكين. وأكد شي أن بلاده تدعم الحوار. وانتقد شي الولايات المتحدة.';
    expect(mentions(text, 'ar')[1]).toContain('شي=xi-jinping');
    expect(tripleSet(extract(text, 'ar', '2023-05-10'), 'criticized')).toEqual(['xi-jinping criticized usa']);
  });
  it('English: "Wang" after "Wang Yi"', () => {
    const text = 'Chinese Foreign Minister Wang Yi met Faisal Mekdad in Beijing on Monday. Later, Wang criticised Washington.';
    expect(tripleSet(extract(text, 'en', '2023-05-10'), 'criticized')).toEqual(['wang-yi criticized usa']);
  });
  it('no surname before the full name, and no Arabic function word (`لي`) as a surname', () => {
    expect(mentions('وأكد شي أن بلاده تدعم الحوار.', 'ar')[0]).toEqual([]);
    const text = 'استقبل رئيس الوزراء الصيني لي تشيانغ الأسد في بكين. وقالت مصادر لي إن الزيارة مهمة.';
    expect(mentions(text, 'ar')[1]).toEqual([]);
  });
});

describe('an ambassador by the place he serves in', () => {
  it('`السفير الإيراني في بغداد` is Iran’s ambassador to Iraq at the date, not the one in Damascus', () => {
    const text = 'واستدعت وزارة الخارجية العراقية السفير الإيراني في بغداد.';
    expect(mentions(text, 'ar', '2023-03-01')[0]).not.toContain('السفير الإيراني=hossein-akbari');
    expect(mentions(text, 'ar', '2023-03-01')[0]).toContain('السفير الإيراني في بغداد=mohammad-kazem-al-e-sadeq');
    expect(mentions('والتقى المقداد السفير الإيراني في دمشق.', 'ar', '2023-03-01')[0]).toContain('السفير الإيراني في دمشق=hossein-akbari');
  });
  it('a bare `السفير الإيراني` names no ambassador', () => {
    const ids = mentions('وقال السفير الإيراني إن بلاده ستواصل دعمها.', 'ar', '2023-03-01')[0]!.join(' ');
    expect(ids).not.toContain('hossein-akbari');
    expect(ids).not.toContain('mohammad-kazem-al-e-sadeq');
  });
});
