/**
 * Meetings and contacts (met, hosted, visited, phoned, sent_envoy) audited over the gold of every batch (issue #3):
 * constructions of the language, each tested with NEW sentences (other names, other events), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const rel = (relation: string) => (text: string, lang: 'ar' | 'en') => tripleSet(extract(text, lang), relation);
const envoy = rel('sent_envoy');
const met = rel('met');
const visited = rel('visited');

describe('an envoy carrying a message: the sender sent the carrier', () => {
  it('Arabic: "نقل X إلى Y رسالة من Z", "سلّم X Y رسالة من Z", "X، الذي نقل إليه رسالة من Z"', () => {
    expect(envoy('ونقل لافروف إلى أردوغان رسالة من الرئيس الروسي فلاديمير بوتين.', 'ar')).toEqual(['vladimir-putin sent_envoy sergei-lavrov']);
    expect(envoy('وسلّم عبد اللهيان الرئيس التركي رسالة خطية من الرئيس الإيراني إبراهيم رئيسي.', 'ar')).toEqual(['ebrahim-raisi sent_envoy hossein-amir-abdollahian']);
    expect(envoy('واستقبل أردوغان في أنقرة وزير الدفاع الروسي سيرغي شويغو، الذي نقل إليه رسالة من بوتين.', 'ar')).toEqual(['vladimir-putin sent_envoy sergei-shoigu']);
  });
  it('English: "X delivered a message from Z", "X, who carried a letter from Z"', () => {
    expect(envoy('Lavrov delivered a message from Putin to Erdogan on Tuesday.', 'en')).toEqual(['vladimir-putin sent_envoy sergei-lavrov']);
    expect(envoy('Russian Defence Minister Sergei Shoigu, who carried a letter from President Vladimir Putin, met Erdogan in Ankara.', 'en')).toEqual(['vladimir-putin sent_envoy sergei-shoigu']);
  });
  it('a message received, a message not carried, an unknown carrier', () => {
    expect(envoy('وتلقى أردوغان رسالة من بوتين.', 'ar')).toEqual([]);
    expect(envoy('Erdogan received a letter from Putin on Tuesday.', 'en')).toEqual([]);
    expect(envoy('ولم ينقل لافروف إلى أردوغان أي رسالة من بوتين.', 'ar')).toEqual([]);
    expect(envoy('Lavrov did not deliver a message from Putin.', 'en')).toEqual([]);
    // (a name the lexicon does not know right after the verb: no carrier, and not the one the message went to)
    expect(envoy('ونقل كاظموف إلى أردوغان رسالة من بوتين.', 'ar')).toEqual([]);
  });
});

describe('one party meeting several: the several do not meet each other', () => {
  it('English: "X held talks (in 2023) with A, B and C" is X with each', () => {
    expect(met('Lavrov held talks in 2022 with Turkey\'s Mevlut Cavusoglu, Iran\'s Hossein Amir-Abdollahian and Syria\'s Faisal Mekdad.', 'en')).toEqual([
      'sergei-lavrov met faisal-mekdad',
      'sergei-lavrov met hossein-amir-abdollahian',
      'sergei-lavrov met mevlut-cavusoglu',
    ]);
  });
  it('a joint meeting ("three-way talks with") is every pair\'s', () => {
    expect(met('Lavrov held three-way talks with Mevlut Cavusoglu and Hossein Amir-Abdollahian in Moscow.', 'en')).toEqual([
      'mevlut-cavusoglu met hossein-amir-abdollahian',
      'sergei-lavrov met hossein-amir-abdollahian',
      'sergei-lavrov met mevlut-cavusoglu',
    ]);
  });
});

describe('a tour is a visit to the places it went to', () => {
  it('English "began a regional tour in X", Arabic "جولة أجراها X في Y" (and "التقى خلالها" the people met on it)', () => {
    expect(visited('Lavrov, who began a regional tour in Ankara on Monday, is expected in Tehran later this week.', 'en')).toEqual(['sergei-lavrov visited ankara']);
    const ar = extract('وجاءت المحادثات بعد جولة أجراها لافروف في تركيا، التقى خلالها الرئيس رجب طيب أردوغان ووزير الخارجية مولود جاووش أوغلو.', 'ar');
    expect(tripleSet(ar, 'visited')).toEqual(['sergei-lavrov visited tur']);
    expect(tripleSet(ar, 'met')).toEqual(['sergei-lavrov met mevlut-cavusoglu', 'sergei-lavrov met recep-tayyip-erdogan']);
  });
  it('a round of talks (`جولة جديدة من المحادثات في X`) is no tour', () => {
    expect(visited('وعقدت روسيا وتركيا وإيران جولة جديدة من المحادثات في أستانا.', 'ar')).toEqual([]);
    expect(visited('واختتمت الدول الضامنة جولتها العشرين من المحادثات في العاصمة الكازاخية.', 'ar')).toEqual([]);
  });
});
