import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/extract/articles.ts';
import { findDates } from '../../../src/lib/extract/dates.ts';
import { tokenise } from '../../../src/lib/extract/normalise.ts';
import { splitSentences } from '../../../src/lib/extract/sentences.ts';

// findDates with a sentence's tokens rules date features out by their words instead of scanning the
// sentence (dates.ts FEATURE_WORD): the dates found must be the very same as with a scan.
const same = (text: string, pub: string) => {
  for (const sp of splitSentences(text)) {
    const scanned = findDates(text, sp.start, sp.end, pub);
    expect(findDates(text, sp.start, sp.end, pub, tokenise(text, sp.start, sp.end)), text.slice(sp.start, sp.end)).toEqual(scanned);
  }
};

describe('findDates with the tokens of the sentence', () => {
  it('finds the same dates as a scan, for every kind of date expression', () => {
    for (const t of [
      'في ٢٨ كانون الأول ٢٠٢٢ وفي كانون الثاني الماضي', 'في السابع من أيار الجاري', 'في الحادي والعشرين من الشهر الماضي',
      'أيار من العام الماضي', 'مطلع نيسان', 'in mid-May', 'late 2015', 'أمس الأربعاء', 'قبل أمس', 'the day before yesterday',
      'اليوم نفسه', 'في الليلة نفسها', 'that night', 'the same day', 'today', 'this morning', 'الأسبوع المقبل', 'next month',
      'قبل ثلاثة أيام', 'two days ago', 'منذ أسبوعين', 'last week', 'earlier this week', 'في 12 الجاري', 'الشهر الماضي',
      'earlier this month', 'في وقت سابق من هذا العام', 'later this year', 'this year', 'هذا الشهر', 'العام الماضي', 'last year',
      'on the 12th of the same month', 'في الثاني عشر من الشهر نفسه', 'on Thursday', 'يوم الخميس 12 كانون الثاني',
      'on 2022-12-28', 'بتاريخ 28/12/2022', "May's talks, on January 12", 'سنوات الحرب', 'a ۝ mark', 'كانون۞الثاني ٢٠٢٢',
      // a month is a whole word: not the end of another (الإرهاب, الأحزاب), nor after a proclitic (وآب)
      // (the days-before rule, gated by its words day / اليوم / قبل: speed36)
      'On January 10 the talks began. A day earlier, the envoy arrived', 'on March 3, and the previous day', 'في 5 آذار، وفي اليوم السابق',
      'في 5 آذار 2022، وقبل ذلك بيوم', 'يوم 5 آذار 2022، وقبلها بيومين', 'on March 5, 2022, and two days before.',
      'مكافحة الإرهاب في آب 2020', 'الأحزاب في شهر آب', 'وفي آب الماضي', 'وآب الماضي', 'in late-May and mid-June', 'remayday in may',
    ])
      same(t, '2023-01-13');
  });
  it('finds the same dates as a scan in every sentence of the sample and held-out articles', () => {
    for (const dir of ['data/articles', 'data/heldout']) {
      for (const name of readdirSync(dir).filter((n) => /\.(ar|en)\.md$/.test(n))) {
        const article = parseArticleFile(name, readFileSync(join(dir, name), 'utf8'));
        same(article.text, article.date);
      }
    }
  });
});
