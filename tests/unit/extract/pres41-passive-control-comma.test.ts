/**
 * pres41: a passive control trigger set off from its place by a comma: "Idlib, which is dominated by HTS,", "the Idlib
 * countryside, an area dominated by HTS", `ريف حلب الشمالي، الخاضع لسيطرة فصائل «الجيش الوطني السوري»` → the controller
 * is in the place, at the publication date. New sentences, both languages, look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract } from './helpers.ts';

describeCases({
  'a place, then a relative or an apposition of passive control (en)': [
    ['hts deployed_in idlib', 'Aid convoys avoid Idlib, which is dominated by the jihadist group Hayat Tahrir al-Sham, and the Kurdish-held northeast.'],
    ['hts deployed_in idlib', 'The drone hit a farm near Idlib, an area dominated by Hayat Tahrir al-Sham, on Monday.'],
    // (another trigger of the class, another controller)
    ['sdf deployed_in raqqa', 'The convoy reached Raqqa, which is controlled by the Syrian Democratic Forces, on Sunday.'],
    ['tur deployed_in afrin', 'Thousands fled Afrin, which was held by Turkey, in 2018.'],
  ],
  'a place, then a participle of passive control (ar)': [
    ['syrian-national-army deployed_in aleppo', 'وفي ريف حلب الشمالي، الخاضع لسيطرة فصائل «الجيش الوطني السوري»، خرجت تظاهرات.'],
    ['hts deployed_in idlib', 'ووصلت القافلة إلى إدلب، الخاضعة لسيطرة «هيئة تحرير الشام»، أمس.'],
  ],
  'no control read across the comma (en, ar)': [
    // (a negated control)
    ['no syr deployed_in idlib', 'Aid reaches Idlib, which is not controlled by the Syrian government, every week.'],
  ],
});

describe('the control is a state at the publication date', () => {
  it('en', () => {
    const a = extract('The convoy reached Raqqa, which is controlled by the Syrian Democratic Forces, on Sunday.', 'en', '2024-02-01');
    expect(a.relations.filter((r) => r.source === 'sdf' && r.relation === 'deployed_in').map((r) => r.date)).toEqual(['2024-02-01']);
  });
});
