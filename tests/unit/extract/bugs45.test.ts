/**
 * Known extraction bugs of round 45 (branch bugs45), one suite per bug: a trigger word inside a place name (`تل رفعت`);
 * (further suites below). Sentences of our own (src/lib/extract/README.md, bugs45).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { article, extract, lexicon, tripleSet } from './helpers.ts';

/** The relations of the triggers on a word of the first sentence. */
function triggerRelations(text: string, lang: 'ar' | 'en', word: string): string[] {
  const s = analyse(article(text, lang, '2024-05-06'), lexicon()).sentences[0]!;
  return s.triggers.filter((t) => s.tokens.slice(t.tok0, t.tok1).some((k) => k.text === word)).flatMap((t) => t.patterns.map((p) => p.relation));
}

describe('bug 1: a trigger word inside a place name is part of the name', () => {
  it('the row: `تل رفعت` is no verb رفعت "raised" (reconciled_with)', () => {
    expect(triggerRelations('روسيا في تل رفعت مع تركيا.', 'ar', 'رفعت')).toEqual([]);
    expect(tripleSet(extract('روسيا في تل رفعت مع تركيا.', 'ar'), 'reconciled_with')).toEqual([]);
  });
  it('paraphrase: a clause with مع after the name and another actor', () => {
    const t = tripleSet(extract('انسحبت القوات الروسية من تل رفعت مع حلول المساء.', 'ar'));
    expect(t).toContain('rus withdrew_from tal-rifaat');
    expect(t.filter((x) => x.includes('reconciled_with'))).toEqual([]);
    expect(triggerRelations('وكانت قسد سلمت تل رفعت مع قرى أخرى للجيش السوري.', 'ar', 'رفعت')).toEqual([]);
  });
  it('paraphrase: the name\'s first word (`عين عيسى` is no verb عين "appointed")', () => {
    expect(triggerRelations('اندلعت اشتباكات بين قسد والجيش الوطني شرقي بلدة عين عيسى.', 'ar', 'عين')).toEqual([]);
  });
  it('negative: the verb رفعت outside a name stays a trigger', () => {
    expect(triggerRelations('رفعت السعودية مستوى التمثيل الدبلوماسي مع سوريا إلى درجة سفير.', 'ar', 'رفعت')).toContain('reconciled_with');
    expect(tripleSet(extract('وأعادت الإمارات علاقاتها مع سوريا.', 'ar'), 'reconciled_with')).toContain('are reconciled_with syr');
  });
});

describe('bug 2: "Saida" is no Sidon (a Syrian village of that name near Ain Issa)', () => {
  it('the row: "near the village of Saida" is no Lebanese city', () => {
    const t = tripleSet(extract('The SDF said its fighters had returned fire on positions of the Turkish-backed Syrian National Army near the village of Saida, west of the town.', 'en'));
    expect(t.filter((x) => x.includes('sidon'))).toEqual([]);
  });
  it('paraphrase: Saida with a date and another actor', () => {
    const t = tripleSet(extract('On Sunday Turkish drones struck the village of Saida east of Ain Issa.', 'en'));
    expect(t.filter((x) => x.includes('sidon'))).toEqual([]);
  });
  it('negative: Sidon stays the Lebanese city', () => {
    expect(tripleSet(extract('Israel struck a building in Sidon, southern Lebanon, on Monday.', 'en'), 'attacked')).toContain('isr attacked sidon');
  });
});

describe('bug 3: a bank of a river is no West Bank', () => {
  const noWb = (text: string, lang: 'ar' | 'en') => expect(tripleSet(extract(text, lang)).filter((x) => x.includes('west-bank'))).toEqual([]);
  it('the row (en): "the west bank of the Euphrates", and a bank in lowercase', () => {
    noWb('Syrian government forces are deployed on the west bank of the Euphrates.', 'en');
    noWb('The gunmen crossed the Euphrates in boats from the west bank, which is held by Syrian government forces.', 'en');
    noWb('On Monday the army reinforced its positions on the West Bank of the Euphrates River near Deir ez-Zor.', 'en');
  });
  it('the row (ar): `الضفة الغربية لنهر الفرات`, `من نهر الفرات`', () => {
    noWb('وتنتشر القوات الحكومية على الضفة الغربية لنهر الفرات.', 'ar');
    noWb('وتسيطر قوات النظام السوري على الضفة الغربية للفرات منذ عام 2017.', 'ar');
    noWb('وتقع البلدة على الضفة الشرقية من نهر الفرات التي تسيطر عليها قسد.', 'ar');
  });
  it('negative: the West Bank stays the territory', () => {
    expect(tripleSet(extract('Israeli forces raided Jenin in the occupied West Bank on Monday.', 'en'))).toContain('isr attacked jenin');
    expect(tripleSet(extract('Israeli forces raided the West Bank city of Jenin on Monday.', 'en')).some((x) => x.includes('west-bank') || x.includes('jenin'))).toBe(true);
    expect(tripleSet(extract('اقتحمت القوات الإسرائيلية الضفة الغربية.', 'ar'))).toContain('isr attacked west-bank');
  });
});

describe('bug 4: Arabic count words before hosted troops, as normalise() leaves them', () => {
  it('the row: `مئات الجنود الأمريكيين`, an apposition between, `آلاف`', () => {
    expect(tripleSet(extract('ويستضيف الأردن، الحليف المقرب من واشنطن، مئات الجنود الأمريكيين.', 'ar'), 'deployed_in')).toContain('usa deployed_in jor');
    expect(tripleSet(extract('وتستضيف الكويت آلاف الجنود الأمريكيين.', 'ar'), 'deployed_in')).toContain('usa deployed_in kwt');
  });
  it('negative: no troops noun, no presence', () => {
    expect(tripleSet(extract('ويستضيف الأردن مئات اللاجئين السوريين.', 'ar'), 'deployed_in')).toEqual([]);
  });
});

describe('bug 6: `بعدما` is no negation; "May 10" is no modal', () => {
  const cueKinds = (text: string, lang: 'ar' | 'en', word: string) => {
    const s = analyse(article(text, lang, '2024-05-16'), lexicon()).sentences[0]!;
    return s.cues.filter((c) => s.tokens.slice(c.tok0, c.tok1).some((k) => k.text === word)).flatMap((c) => c.cues.map((x) => x.kind));
  };
  it('the row (ar): `بعدما` after an attack keeps the attack', () => {
    expect(cueKinds('وقصفت تركيا قرى في ريف منبج بعدما هاجمت قسد نقطة تركية.', 'ar', 'بعدما')).not.toContain('negation');
    expect(tripleSet(extract('وقصفت تركيا قرى في ريف منبج بعدما هاجمت قسد نقطة تركية.', 'ar'), 'attacked')).toContain('sdf attacked tur');
    // (with و, and a date)
    expect(cueKinds('وانسحبت القوات الروسية يوم الاثنين وبعدما سلمت مواقعها للجيش السوري.', 'ar', 'وبعدما')).not.toContain('negation');
  });
  it('negative (ar): `عدم` stays a negation', () => {
    expect(cueKinds('وأكدت موسكو عدم انسحاب قواتها من سوريا.', 'ar', 'عدم')).toContain('negation');
  });
  it('the row (en): "on May 10" is a date, no hypothetical', () => {
    expect(cueKinds('Turkey struck SDF positions near Manbij on May 10, a war monitor said.', 'en', 'May')).not.toContain('hypothetical');
    expect(cueKinds('On 10 May Turkish drones hit a car in Qamishli.', 'en', 'May')).not.toContain('hypothetical');
  });
  it('negative (en): the modal "may" stays hypothetical', () => {
    expect(cueKinds('Turkey may launch a new operation in May.', 'en', 'may')).toContain('hypothetical');
  });
});
