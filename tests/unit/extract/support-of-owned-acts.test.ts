/**
 * np35 (diagnosis-batch30 §6 fix 1a, #16; batch 25 "expressed his support for the steps taken by Putin", "backing
 * Israel's military campaign"): support of an act is support of the act's owner. The giver is the support word's own
 * subject or possessor, never the act's "by X"; an act with no owner gives no support of the one it is against.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  // English: possessive, demonym, "taken by X", the gerund after "for", a title between "by" and the name
  ['gerund, possessive owner', 'en', "He also criticised the United States for backing Israel's military campaign.", ['usa supported isr'], ['isr supported usa']],
  ['his support, steps taken by', 'en', 'Assad described the mutiny as an internal Russian affair and expressed his support for the steps taken by President Vladimir Putin to restore order.', ['bashar-al-assad supported vladimir-putin'], ['vladimir-putin supported bashar-al-assad']],
  ['demonym owner, phrasal verb', 'en', 'Iran voiced support for the Russian military operation in Ukraine.', ['irn supported rus'], ['irn supported ukr']],
  ['possessor of the support noun', 'en', "Iran's support for the Russian invasion angered Kyiv.", ['irn supported rus'], ['rus supported irn']],
  ['measures taken by, reported', 'en', 'Moscow said it backed the measures taken by the Syrian government.', ['rus supported syr'], ['syr supported rus']],
  ['with a date', 'en', "On Monday, China backed Russia's invasion of Ukraine.", ['chn supported rus'], ['chn supported ukr']],
  // Arabic: a clitic possessor, a demonym adjective, a performer relative, a genitive act after ل
  ['clitic possessor, demonym owner (#16)', 'ar', 'وكانت روسيا قد بدأت غزوها لأوكرانيا في 24 شباط/فبراير الماضي، فيما أعلنت دمشق منذ اليوم الأول تأييدها للعملية العسكرية الروسية.', ['syr supported rus'], ['rus supported syr']],
  ['performer relative', 'ar', 'أكدت طهران دعمها للعملية التي تشنها روسيا في أوكرانيا.', ['irn supported rus'], ['rus supported irn']],
  ['steps taken by a government', 'ar', 'وجددت القاهرة تأييدها للخطوات التي اتخذتها الحكومة السورية.', ['egy supported syr'], ['syr supported egy']],
  ['verb with a demonym owner', 'ar', 'أيدت إيران العملية العسكرية الروسية في أوكرانيا.', ['irn supported rus'], ['irn supported ukr']],
  // negatives: no owner; a fight against someone is not support of them
  ['no owner, against', 'en', 'Turkey supports the fight against IS.', [], ['tur supported isis']],
  ['no owner, against (ar)', 'ar', 'أكدت روسيا دعمها للحرب على الإرهاب.', [], ['rus supported isis']],
  ['plain support stays', 'en', 'Russia supports the Syrian army.', ['rus supported syr'], []],
];

describe('support of an owned act supports its owner', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2023-06-27'), 'supported');
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});

/** np35 (diagnosis-batch30 #17): `لدعم X` as a clause's purpose: the clause's subject supported X. */
const purpose: [string, string, string[], string[]][] = [
  ['purpose after adjuncts and a date (#17)', 'ويُذكر أن روسيا تدخلت عسكرياً في سوريا في أيلول/سبتمبر 2015 لدعم قوات النظام، وما زالت تحتفظ بقواعد جوية وبحرية على الساحل السوري.', ['rus supported syr'], ['syr supported rus']],
  ['purpose, plain', 'تدخلت روسيا عسكرياً في سوريا لدعم قوات النظام.', ['rus supported syr'], []],
  ['purpose, another support masdar', 'وأرسلت إيران آلاف المقاتلين إلى سوريا لمساندة الجيش السوري.', ['irn supported syr'], ['syr supported irn']],
  ['purpose, a group supported', 'ونشرت الولايات المتحدة مئات الجنود في شمال شرق سوريا لدعم «قوات سوريا الديمقراطية».', ['usa supported sdf'], ['sdf supported usa']],
  // negative: the genitive with a لـ-receiver after it is the giver (`تقديره لدعم طهران المتواصل لسوريا`)
  ['genitive giver, no purpose', 'وأعرب الأسد عن تقديره لدعم طهران المتواصل لسوريا في مواجهة الإرهاب.', ['irn supported syr'], ['bashar-al-assad supported irn']],
];

describe('support as a clause purpose', () => {
  it.each(purpose)('%s', (_name, text, want, not) => {
    const got = tripleSet(extract(text, 'ar', '2022-03-16'), 'supported');
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
