/**
 * Construction (diagnosis-batch21 §5 fix 3: the carried subject never beats the sentence's own named subject; batches 14,
 * 18 and 21): an Arabic verb, then an office (`office_head` cue and its complement, states or bodies inside it), then the
 * holder's name: the holder is the subject, not the subject of the sentence before. Paraphrase suite of our own (office
 * head, complement length, verb and relation varied); a short office keeps working as before.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const cases: [string, string, string][] = [
  ['قصف الحرس الثوري أربيل. وطالب رئيس حكومة الإقليم مسرور بارزاني أمس الحكومة الاتحادية باتخاذ موقف حازم.', 'urged', 'masrour-barzani urged irq'],
  ['حذر بيدرسن من التصعيد. من جهته، اتهم مندوب سوريا الدائم لدى الأمم المتحدة قصي الضحاك إسرائيل بانتهاك سيادة بلاده.', 'accused', 'koussay-al-dahhak accused isr'],
  ['قال الأسد إن العلاقات جيدة. ومن المقرر أن يصل النائب الأول للرئيس الإيراني محمد رضا عارف إلى الرياض اليوم.', 'visited', 'mohammad-reza-aref visited riyadh'],
  ['زار الأسد موسكو. واتهم مندوب سوريا لدى الأمم المتحدة بسام صباغ الولايات المتحدة بنهب النفط السوري.', 'accused', 'bassam-sabbagh accused usa'],
  ['التقى أردوغان بوتين. وانتقد زعيم حزب الشعب الجمهوري المعارض كمال كليتشدار أوغلو الحكومة التركية.', 'criticized', 'kemal-kilicdaroglu criticized tur'],
];

describe('an office and its holder after an Arabic verb are its subject', () => {
  for (const [text, rel, want] of cases)
    it(want, () => {
      const t = triples(extract(text, 'ar'), rel);
      expect(t).toContain(want);
      // (the subject of the sentence before is carried to no verb here)
      expect(t.filter((x) => x !== want && x.split(' ')[1] === rel && !x.startsWith(want.split(' ')[0]!))).toEqual([]);
    });
  it('a short office still reads as before', () => {
    expect(triples(extract('واستقبل وزير الخارجية السوري فيصل المقداد نظيره الإيراني حسين أمير عبد اللهيان في دمشق.', 'ar'), 'hosted')).toContain('faisal-mekdad hosted hossein-amir-abdollahian');
  });
});
