/**
 * Names and descriptors the lexicon lacked (issue #3): a capital standing for its state (Stockholm), places of new kinds
 * (a Palestinian city, a ship, a gas field), a dated ambassador; "the bloc" for the bloc named before it (a bloc's
 * descriptor has the word: "the European bloc", "the pan-Arab bloc"), "the administration" alone for Washington,
 * `الحكومة الاتحادية` for Baghdad. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('names the lexicon lacked', () => {
  it('a capital stands for its state, in both languages', () => {
    expect(triples(extract('Ankara again accused Stockholm of sheltering members of the PKK on Monday.', 'en'), 'accused')).toEqual(['tur accused swe']);
    expect(triples(extract('واتهمت أنقرة ستوكهولم أمس بإيواء عناصر من حزب العمال الكردستاني.', 'ar'), 'accused')).toEqual(['tur accused swe']);
  });
  it('a Palestinian city visited, a ship attacked', () => {
    expect(triples(extract('زار وزير الخارجية التركي مولود جاويش أوغلو رام الله أمس.', 'ar'), 'visited')).toEqual(['mevlut-cavusoglu visited ramallah']);
    expect(triples(extract('وهاجمت القوات الإسرائيلية سفينة «مافي مرمرة» في المياه الدولية.', 'ar'), 'attacked')).toEqual(['isr attacked mavi-marmara']);
  });
  it('the Iranian ambassador in Baghdad of 2017-2022 is Masjedi, by name and by role', () => {
    expect(triples(extract('واستدعت وزارة الخارجية العراقية السفير الإيراني في بغداد إيرج مسجدي أمس. وانتقد مسجدي الحكومة الأمريكية.', 'ar', '2022-03-14'), 'criticized')).toEqual(['iraj-masjedi criticized usa']);
  });
});

describe('"the bloc", "the administration", the federal government', () => {
  it('"the bloc" is the bloc named before it', () => {
    const r = extract('EU foreign ministers met in Brussels on Monday. Josep Borrell said the bloc would keep its sanctions on Syria.', 'en');
    expect(triples(r, 'sanctioned')).toEqual(['eu sanctioned syr']);
    const s = extract('Arab League foreign ministers met in Cairo on Sunday. Later the bloc condemned Israel.', 'en');
    expect(triples(s, 'criticized')).toEqual(['arab-league criticized isr']);
  });
  it('"the bloc" with no bloc named before names no one', () => {
    const r = extract('Hamas leaders met in Doha on Monday. Later the bloc condemned Israel.', 'en');
    expect(triples(r, 'criticized')).toEqual([]);
  });
  it('"the administration" is Washington; `الحكومة الاتحادية` is Baghdad', () => {
    expect(triples(extract('Cavusoglu urged the administration to approve the sale of F-16 jets.', 'en'), 'urged')).toEqual(['mevlut-cavusoglu urged usa']);
    expect(triples(extract('وطالب رئيس حكومة إقليم كردستان مسرور بارزاني الحكومة الاتحادية بحماية الإقليم.', 'ar'), 'urged')).toEqual(['masrour-barzani urged irq']);
  });
});
