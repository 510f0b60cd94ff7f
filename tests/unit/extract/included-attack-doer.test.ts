/**
 * att41: an attack noun after an included opener (`ولا سيما`, `ومنها`, "including") is an instance of the attack told
 * before it in the sentence: its doer is that attack's doer, never a neighbour named before it (the counterpart who was
 * briefed). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('the included attack takes the first attack\'s doer', () => {
  it('the row: `أطلع المقداد نظيره المصري على الاعتداءات الإسرائيلية …، ولا سيما استهداف مطاري دمشق وحلب`', () => {
    const t = triples(extract('وأطلع المقداد نظيره المصري على الاعتداءات الإسرائيلية المتكررة على الأراضي السورية، ولا سيما استهداف مطاري دمشق وحلب الدوليين خلال الشهر الماضي.', 'ar'), 'attacked');
    expect(t).toContain('isr attacked damascus-international-airport');
    expect(t).toContain('isr attacked aleppo-international-airport');
    expect(t.filter((x) => x.startsWith('egy '))).toEqual([]);
  });
  it('`ومنها ضربات` and another counterpart', () => {
    const t = triples(extract('وأطلع المقداد نظيره الأردني على الغارات الإسرائيلية المتكررة على الأراضي السورية، ومنها ضربات أخرجت مطاري دمشق وحلب الدوليين عن الخدمة.', 'ar'), 'attacked');
    expect(t).toContain('isr attacked aleppo-international-airport');
    expect(t.filter((x) => x.startsWith('jor '))).toEqual([]);
  });
  it('a date and a single target', () => {
    const t = triples(extract('وأطلع الوزير نظيره العماني على الغارات الإسرائيلية على سوريا، ولا سيما استهداف مطار حلب الدولي أمس الأحد.', 'ar'), 'attacked');
    expect(t.filter((x) => x.startsWith('omn '))).toEqual([]);
  });
  it('English: "including an attack on"', () => {
    const t = triples(extract('Mekdad briefed his Egyptian counterpart on Israeli strikes on Syria, including an attack on Aleppo airport.', 'en'), 'attacked');
    expect(t.filter((x) => x.startsWith('egy '))).toEqual([]);
  });
});

describe('negative: an included attack with a doer of its own keeps it', () => {
  it('`ومنها هجوم «داعش» على …` keeps the named doer', () => {
    const t = triples(extract('وشهدت البادية هجمات عدة، ومنها هجوم شنه تنظيم «داعش» على حافلة للجيش السوري قرب تدمر.', 'ar'), 'attacked');
    expect(t.filter((x) => x.startsWith('isr '))).toEqual([]);
  });
});
