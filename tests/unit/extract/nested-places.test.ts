/**
 * Places and targets nested in noun phrases whose head is no actor (issue #3): place heads and locatives (`place_head`
 * cues: `أطراف`, `ريف`, `محيط`, `قرى`, `مواقع`, `قرب`, "the vicinity of", "near"), dual and plural heads over a list of
 * names (`مطاري A وB`, "the airports of A and B"), and capitals named as places. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const en = (text: string) => triples(extract(text, 'en'), 'attacked');
const ar = (text: string) => triples(extract(text, 'ar'), 'attacked');

describe('a dual or plural place head is each listed name\'s own', () => {
  it('Arabic: "مطاري A وB" are the airports the lexicon names "مطار A", "مطار B"', () => {
    expect(ar('قصفت الطائرات الإسرائيلية مطاري حلب والقامشلي فجر اليوم.')).toEqual(['isr attacked aleppo-international-airport', 'isr attacked qamishli-airport']);
  });
  it('English: "the airports of A and B", "A and B airports"', () => {
    expect(en('Israeli jets struck the airports of Aleppo and Qamishli on Sunday.')).toEqual(['isr attacked aleppo-international-airport', 'isr attacked qamishli-airport']);
    expect(en('Israeli jets struck Aleppo and Qamishli airports on Sunday.')).toEqual(['isr attacked aleppo-international-airport', 'isr attacked qamishli-airport']);
  });
  it('a single name keeps its own place', () => {
    expect(en('Israeli jets struck Aleppo on Sunday.')).toEqual(['isr attacked aleppo']);
  });
});

describe('"أطراف" before a place is its outskirts, not "the parties"', () => {
  it('after a verb whose subject is an attack noun, and after a plain verb', () => {
    expect(ar('قُتل مدنيان جراء قصف مدفعي تركي استهدف أطراف بلدة تل رفعت.')).toEqual(['tur attacked tal-rifaat']);
    expect(ar('قصفت المدفعية التركية أطراف بلدة تل رفعت.')).toEqual(['tur attacked tal-rifaat']);
  });
  it('"الأطراف" with no place after it still names no one', () => {
    expect(triples(extract('اتهمت الأطراف المشاركة في الاجتماع تركيا بخرق الهدنة.', 'ar'), 'accused')).toEqual([]);
  });
});

describe('a capital named as a place is where an attack struck, not its state', () => {
  it('Arabic: after a place head or a locative, or listed with a town', () => {
    expect(ar('استهدفت غارات إسرائيلية مواقع في محيط العاصمة اللبنانية بيروت.')).toEqual(['isr attacked beirut']);
    expect(ar('شنت إسرائيل غارات على مخازن قرب درعا وبيروت.')).toEqual(['isr attacked beirut', 'isr attacked daraa']);
  });
  it('English: "the vicinity of X", "south of X"', () => {
    expect(en('Israeli jets fired missiles at targets in the vicinity of Beirut on Monday.')).toEqual(['isr attacked beirut']);
    expect(en('Israeli jets struck positions south of Beirut on Monday.')).toEqual(['isr attacked beirut']);
  });
  it('a compass word that locates the place before it names no second target; a capital alone is its state', () => {
    expect(ar('قُتل قيادي في غارة إسرائيلية على حي المزة جنوب بيروت.')).toEqual(['isr attacked mezzeh']);
    expect(ar('قصفت إسرائيل بيروت.')).toEqual(['isr attacked lbn']);
    expect(en('Israel struck Beirut on Monday.')).toEqual(['isr attacked lbn']);
  });
  it('negated strikes give nothing', () => {
    expect(ar('ولم تستهدف الغارات الإسرائيلية محيط العاصمة اللبنانية بيروت.')).toEqual([]);
  });
});

describe('a presence or an attack placed by a locative ب after a place head', () => {
  const dep = (text: string) => triples(extract(text, 'ar'), 'deployed_in');
  it('"في نقاط مراقبة بريف X", "في حقول الغاز بريفي X وY": the place of the phrase the verb\'s في opened', () => {
    expect(dep('وتنشر روسيا قوات في نقاط مراقبة بريف حماة.')).toEqual(['rus deployed_in hama']);
    expect(dep('تنتشر قوات روسية في حقول الغاز بريفي حماة وحمص.')).toEqual(['rus deployed_in hama', 'rus deployed_in homs']);
  });
  it('"مواقع بريف X", "قرى بريف X" after an attack verb', () => {
    expect(ar('استهدفت غارات إسرائيلية مواقع بريف إدلب.')).toEqual(['isr attacked idlib']);
    expect(ar('قصفت الطائرات الروسية قرى بريف إدلب.')).toEqual(['rus attacked idlib']);
  });
  it('the first place named is the one struck, not the region that locates it', () => {
    expect(ar('استهدفت غارات إسرائيلية مواقع في منطقة كفرنبل بريف إدلب.')).toEqual(['isr attacked kafr-nabl']);
  });
  it('"قوات/تعزيزات من الجيش X" are that army\'s units; "سحب قوات من X" keeps its من', () => {
    expect(dep('ستنتشر تعزيزات من الجيش السوري في محيط الرقة.')).toEqual(['syr deployed_in raqqa']);
    expect(triples(extract('سحبت روسيا قوات من سوريا.', 'ar'), 'withdrew_from')).toEqual(['rus withdrew_from syr']);
  });
});

describe('the owner of what was struck is the one attacked (Arabic `owner` cues)', () => {
  it('"أهداف مرتبطة بـX في Y", "أهداف تقول إنها مرتبطة بـX": X, not the place that locates the targets', () => {
    expect(ar('وشنّت الولايات المتحدة غارات على أهداف مرتبطة بإيران في العراق.')).toEqual(['usa attacked irn']);
    expect(ar('وتشن الولايات المتحدة منذ أشهر غارات على أهداف تقول إنها مرتبطة بطهران داخل الأراضي العراقية.')).toEqual(['usa attacked irn']);
  });
  it('"مواقع تابعة لـA وB": the owners of a site are both named; "جماعات موالية لـA وB" is no site', () => {
    expect(ar('وشنّت الولايات المتحدة غارات على مواقع تابعة لإيران و«كتائب حزب الله» في العراق.')).toEqual(['usa attacked irn', 'usa attacked kataib-hezbollah']);
    expect(triples(extract('ويتهم الأردن جماعات موالية لإيران و«حزب الله» بتهريب المخدرات.', 'ar'), 'accused')).toEqual(['jor accused hezbollah']);
  });
});

describe('English: an attack noun\'s "near", and parallel "of" phrases after "and"', () => {
  it('"a strike near X" struck X (the region that locates X is no second target)', () => {
    expect(en('A Russian air strike near Kafr Nabl in Syria\'s northwest killed three civilians on Monday.')).toEqual(['rus attacked kafr-nabl']);
    expect(en('Israeli strikes near Homs killed two soldiers.')).toEqual(['isr attacked homs']);
  });
  it('"near" past a comma places something else', () => {
    expect(en('Kataib Hezbollah claimed drone attacks on two US bases in Iraq, including one near Erbil.')).toEqual(['kataib-hezbollah attacked usa']);
  });
  it('"targets of A in X and of the B in Y": both owners (a name that opens with its article)', () => {
    expect(en('Turkish jets struck targets of the PJAK in northern Iraq and of the YPG in northern Syria.')).toEqual(['tur attacked pjak', 'tur attacked ypg']);
  });
});

describe('an attack participle inside a report, and a capital placed by a place head and في', () => {
  it('"قالت X إن «العدو» شن عدواناً … مستهدفاً النقاط في محيط Y": the reported doer struck Y', () => {
    expect(ar('وقالت وزارة الدفاع اللبنانية إن «العدو الإسرائيلي» شن عدواناً جوياً من اتجاه البحر مستهدفاً بعض النقاط في محيط بيروت.')).toEqual(['isr attacked beirut']);
  });
  it('a speech participle after a report is still the speaker\'s own act', () => {
    expect(triples(extract('وقال وزير الخارجية الأردني إن إسرائيل قصفت غزة، داعياً مجلس الأمن إلى التحرك.', 'ar'), 'urged')).toEqual(['ayman-safadi urged unsc']);
  });
  it('"مواقع في X", "targets in X" with a capital: the city', () => {
    expect(ar('قصفت الطائرات الإسرائيلية مواقع في بيروت.')).toEqual(['isr attacked beirut']);
    expect(en('Israeli jets struck targets in Beirut on Monday.')).toEqual(['isr attacked beirut']);
  });
});
