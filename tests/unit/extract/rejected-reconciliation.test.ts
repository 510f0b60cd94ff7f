/**
 * A reconciliation judged unacceptable in its own clause is rejected, not urged: "X said the vote sent a message that
 * normalisation with Y was unacceptable", `قال X إن التطبيع مع Y «غير مقبول»`. A call for it stays urged. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const urgedIn = (text: string, lang: 'ar' | 'en') => tripleSet(extract(text, lang, '2024-02-15'), 'urged_reconciliation_with');

describe('a reconciliation word with an "unacceptable" verdict', () => {
  it('is no call, in either language; a call with no verdict still is', () => {
    expect([
      urgedIn('Senator Tom Barrett said the vote sent a clear message that normalisation with Assad was unacceptable.', 'en'),
      urgedIn('وقال وزير الخارجية الأمريكي إن رسالة التطبيع مع الأسد غير مقبولة.', 'ar'),
      urgedIn('Erdogan urged normalisation with Assad on Tuesday.', 'en'),
    ]).toEqual([[], [], ['recep-tayyip-erdogan urged_reconciliation_with bashar-al-assad']]);
  });
});
