import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref43: "the sultanate", "the kingdom", `السلطنة`, `المملكة` with no state named (statetitle.ts, cues.csv `state_title`):
 * the country of the nearest person named before whose country's names hold the word.
 */
const DAY = '2023-11-26';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('a state title names the state of the person named', () => {
  it('English: the sultanate\'s support', () => {
    const s = 'Syrian Foreign Minister Faisal Mekdad received a phone call from his Omani counterpart Badr Albusaidi on Sunday. Albusaidi reaffirmed the sultanate\'s support for Syria\'s sovereignty and territorial integrity, the ministry said.';
    const t = en(s);
    expect(t).toContain('omn supported syr');
    expect(t).not.toContain('badr-albusaidi supported syr');
  });
  it('English: the kingdom, a modifier and a date between', () => {
    const s = 'Jordanian Foreign Minister Ayman Safadi held talks with Faisal Mekdad in Amman on Sunday. On Monday, the kingdom strongly condemned the Israeli strikes on Syria.';
    expect(en(s)).toContain('jor criticized isr');
  });
  it('Arabic: السلطنة as a subject', () => {
    const s = 'تلقى وزير الخارجية السوري فيصل المقداد اتصالاً هاتفياً من نظيره العماني بدر البوسعيدي. ودعت السلطنة إسرائيل إلى وقف الهجمات على سوريا.';
    expect(ar(s)).toContain('omn urged isr');
  });
  it('Arabic: المملكة with a Jordanian minister', () => {
    const s = 'بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره السوري فيصل المقداد أمن الحدود. وأدانت المملكة الغارات الإسرائيلية على سوريا.';
    expect(ar(s)).toContain('jor criticized isr');
  });
});

describe('a state title: not another state', () => {
  it('a person of a state that is no kingdom gives nothing', () => {
    const s = 'Syrian Foreign Minister Faisal Mekdad met the envoy in Damascus on Sunday. The kingdom strongly condemned the Israeli strikes on Syria.';
    expect(en(s)).not.toContain('syr criticized isr');
  });
  it('the United Kingdom stays Britain', () => {
    const s = 'بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره السوري فيصل المقداد أمن الحدود. وأدانت المملكة المتحدة الغارات الإسرائيلية على سوريا.';
    const t = ar(s);
    expect(t).toContain('gbr criticized isr');
    expect(t).not.toContain('jor criticized isr');
  });
});
