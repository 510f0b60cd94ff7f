/**
 * Act nouns with their doer after them (np33, diagnosis-batch28 §6 fix 1b). Sentences of our own, both languages.
 * - English: a word with a noun and a verb reading after an article (and one word: "a drone attack", "an Israeli strike")
 *   with "by", "on" or "against" right after it is the noun: "a drone attack by HTS on Syrian army positions" has HTS as
 *   doer and the army as target. An attack answered ("the strikes came in response to a rocket attack on US personnel")
 *   is the earlier attack, not a new doerless one: "the strikes" later keep their doer.
 * - Arabic: the doer with `لـ` on the group's people, before its kind noun or not (`هجوم لخلايا تنظيم «داعش» على`,
 *   `هجوم لعناصر «هيئة تحرير الشام» على`).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract, tripleSet } from './helpers.ts';

describeCases({
  'an attack noun with its doer after "by"': [
    ['hts attacked syr', 'The raids followed a drone attack by HTS on Syrian army positions in Latakia on Wednesday.'],
    ['isis attacked sdf', 'The monitor reported a suicide attack by IS on an SDF checkpoint near Raqqa on Sunday.'],
    ['hts attacked syr', 'The raids followed a drone attack by Hayat Tahrir al-Sham (HTS), the jihadist group that dominates Idlib, on Syrian army positions in Latakia.'],
    ['isr attacked syr', 'The ministry condemned an air strike by Israel on Syrian army positions near Damascus.'],
    ['no syr attacked hts', 'The raids followed a drone attack by HTS on Syrian army positions in Latakia on Wednesday.'],
  ],
  'an attack noun with its doer after it (ar)': [
    ['isis attacked syr', 'وقتل جنديان في هجوم لخلايا تنظيم «داعش» على حاجز للجيش السوري في البادية.'],
    ['isis attacked sdf', 'وقتل أربعة عناصر من «قسد» في هجوم لخلايا تنظيم «الدولة الإسلامية» على نقطة عسكرية لـ«قسد» في ريف دير الزور.'],
    ['hts attacked syr', 'وقتل ثلاثة جنود في هجوم لعناصر «هيئة تحرير الشام» على مواقع للجيش السوري في ريف اللاذقية.'],
    ['no syr attacked isis', 'وقتل جنديان في هجوم لخلايا تنظيم «داعش» على حاجز للجيش السوري في البادية.'],
  ],
});

describe('an attack answered is no new doerless attack', () => {
  it('"the strikes" keep their doer past "in response to a rocket attack"', () => {
    const text = 'US forces struck targets in Syria on Monday. CENTCOM said the strikes came in response to a rocket attack on US personnel at a base in the northeast. Damascus condemned the strikes as a violation of Syrian sovereignty.';
    expect(tripleSet(extract(text, 'en', '2024-11-12'))).toContain('syr criticized usa');
  });
});
