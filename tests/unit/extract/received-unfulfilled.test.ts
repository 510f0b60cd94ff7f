/**
 * Constructions (diagnosis-batch21 §5 fix 3; the brief's "Russia has faced Western sanctions" FP; batches 15, 18, 19, 21):
 * - sanctions one faces, with no giver named, give the act to no one (the recipient is never the doer);
 * - a partner named after "alongside"/`إلى جانب` is no place of a presence;
 * - a meeting or visit whose date or announcement is denied has not happened (`date_word` cues);
 * - the one another stands in for (`بدلاً من`, "instead of") is no party.
 * Paraphrase suite of our own; the same acts with a giver, a place or a done meeting stay.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('sanctions faced: the recipient is no doer', () => {
  const none = [
    'Russia has faced Western sanctions since it invaded Ukraine in February 2022.',
    'Iran is facing new sanctions over its nuclear programme.',
    'Syria faced sweeping sanctions after 2011.',
    'وتخضع سوريا لعقوبات منذ عام 2011.',
  ];
  for (const text of none)
    it(text, () => {
      expect(triples(extract(text, /[a-z]/i.test(text) ? 'en' : 'ar'), 'sanctioned')).toEqual([]);
    });
  it('a giver named on the noun still gives it', () => {
    expect(triples(extract('Russia has faced US sanctions since 2022.', 'en'), 'sanctioned')).toEqual(['usa sanctioned rus']);
    expect(triples(extract("Assad's government is under broad US and European sanctions.", 'en'), 'sanctioned')).toEqual(['eu sanctioned syr', 'usa sanctioned syr']);
  });
});

describe('a partner after "alongside" is no place', () => {
  const cases: [string, 'en' | 'ar'][] = [
    ['Washington, whose forces are deployed in northeastern Syria alongside the Kurdish-led Syrian Democratic Forces, has warned Ankara.', 'en'],
    ['American forces operate in the northeast alongside the Kurdish-led Syrian Democratic Forces.', 'en'],
    ['وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا إلى جانب «قسد».', 'ar'],
  ];
  for (const [text, lang] of cases)
    it(text.slice(0, 50), () => {
      const t = triples(extract(text, lang), 'deployed_in');
      expect(t).toContain('usa deployed_in northeastern-syria');
      expect(t.filter((x) => x.endsWith(' sdf'))).toEqual([]);
    });
});

describe('a meeting whose date or announcement is denied did not happen', () => {
  const none: [string, 'en' | 'ar'][] = [
    ['ولم يُعلن حتى الآن عن موعد لزيارة لابيد إلى تركيا.', 'ar'],
    ['ولم يصدر عن الجانبين أي إعلان بشأن لقاء مرتقب بين أردوغان والرئيس السوري بشار الأسد.', 'ar'],
    ['ولم يحدد بعد موعد للقاء بين أردوغان والأسد.', 'ar'],
    ['No date has been announced for a visit by Erdogan to Damascus.', 'en'],
    ['There has been no announcement of a meeting between Erdogan and Assad.', 'en'],
  ];
  for (const [text, lang] of none)
    it(text, () => {
      expect(triples(extract(text, lang)).filter((t) => / (met|visited|hosted) /.test(t))).toEqual([]);
    });
  it('an unannounced visit happened', () => {
    const t = triples(extract('زار الرئيس السوري بشار الأسد طهران أمس الأحد في زيارة لم يُعلن عنها مسبقاً، التقى خلالها المرشد الإيراني علي خامنئي.', 'ar'));
    expect(t).toContain('bashar-al-assad visited tehran');
    expect(t).toContain('bashar-al-assad met ali-khamenei');
  });
});

describe('the one stood in for is no party', () => {
  it('Arabic: بدلاً من', () => {
    const t = triples(extract('ومن المقرر أن يصل النائب الأول للرئيس الإيراني محمد رضا عارف إلى الرياض اليوم للمشاركة في القمة بدلاً من الرئيس مسعود بزشكيان.', 'ar'));
    expect(t.filter((x) => x.includes('masoud-pezeshkian'))).toEqual([]);
    expect(t).toContain('mohammad-reza-aref visited riyadh');
  });
  it('English: instead of', () => {
    expect(triples(extract('Aref met Crown Prince Mohammed bin Salman in Riyadh instead of Pezeshkian.', 'en')).filter((x) => x.includes('pezeshkian'))).toEqual([]);
  });
});
