/**
 * Presence as one predicate class (gold rule 13): control told in any verb form, a group active or entrenched in a
 * place, a curfew declared there, a place captured. New sentences only, both languages where the construction exists.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-04-09'), 'deployed_in');
const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-04-09'), 'deployed_in');

describe('a group active or entrenched in a place is there', () => {
  it('Arabic تنشط في، تتحصن في', () => {
    expect(ar('وتتهم دمشق «هيئة تحرير الشام» التي تنشط في محافظة إدلب بشن الهجوم.')).toContain('hts deployed_in idlib');
    expect(ar('وقال المرصد إن عناصر من تنظيم «داعش» تتحصن في البادية السورية.')).toContain('isis deployed_in syrian-desert');
  });
  it('English "active in", "entrenched in"', () => {
    expect(en('Hezbollah, which is active in Syria, denied any role.')).toContain('hezbollah deployed_in syr');
    expect(en('Islamic State cells remain active in the Syrian desert.')).toEqual(['isis deployed_in syrian-desert']);
  });
  it('not when negated', () => {
    expect(ar('ونفت الحكومة أن «حزب الله» ينشط في محافظة درعا.')).toEqual([]);
  });
});

describe('control told by a participle after its holder, a curfew, a capture', () => {
  it('Arabic المسيطرة على', () => {
    expect(ar('وقصفت الطائرات التركية مواقع «قسد» المسيطرة على مدينة الرقة.')).toContain('sdf deployed_in raqqa');
  });
  it('a curfew declared or imposed in a place (both languages)', () => {
    expect(ar('وفرضت «قسد» حظراً للتجول في مدينة الحسكة بعد الهجوم.')).toEqual(['sdf deployed_in hasakah']);
    expect(en('The SDF imposed a curfew in Hasakah after the prison attack.')).toEqual(['sdf deployed_in hasakah']);
  });
  it('a place captured is held, dated as the text dates the capture', () => {
    const r = extract('Syrian government forces recaptured Aleppo in December 2016.', 'en', '2024-04-09');
    expect(tripleSet(r, 'deployed_in')).toEqual(['syr deployed_in aleppo']);
    expect(r.relations.find((x) => x.relation === 'deployed_in')?.date).toBe('2016-12');
  });
  it('a person or a thing captured is no place', () => {
    expect(en('US forces captured a senior Islamic State leader in a raid.')).toEqual([]);
    expect(en('Syrian forces seized a large weapons cache in Daraa.')).toEqual([]);
    expect(ar('وتنشط المنظمات الإنسانية في إدلب.')).toEqual([]);
  });
});

describe('control in every verb form; a control clause after "A in B" describes A', () => {
  it('the finite verb تخضع X لسيطرة Y (VSO)', () => {
    expect(ar('وتخضع مدينة إدلب لسيطرة «هيئة تحرير الشام» منذ سنوات.')).toEqual(['hts deployed_in idlib']);
    expect(ar('ولا تخضع مدينة إدلب لسيطرة الحكومة السورية.')).toEqual([]);
  });
  it('A in B, controlled by X: A (both languages)', () => {
    expect(ar('وصل المسلحون من مدينة تل أبيض في شمال سوريا، الخاضعة لسيطرة «قسد».')).toEqual(['sdf deployed_in tal-abyad']);
    expect(en('The gunmen came from Kobani in northern Syria, held by the SDF.')).toEqual(['sdf deployed_in kobani']);
  });
});

describe('forces with their owner: "with troops at" takes the clause subject; a demanded withdrawal from a second place', () => {
  it('"with troops at A and B": the subject', () => {
    expect(en('Russia backs Assad, with troops at the Hmeimim air base and the naval facility in Tartus.')).toEqual(['rus deployed_in hmeimim-air-base', 'rus deployed_in tartus-naval-base']);
    expect(en('Turkey met Iran in Tehran, with troops at the border.')).toEqual([]);
  });
  it('"from A and from B" (both languages)', () => {
    expect(ar('وطالبت دمشق بانسحاب القوات التركية من عفرين ومن شمال سوريا.')).toEqual(['tur deployed_in afrin', 'tur deployed_in northern-syria']);
    expect(en('Damascus demanded that US forces withdraw from al-Tanf and from northeastern Syria.')).toEqual(['usa deployed_in al-tanf', 'usa deployed_in northeastern-syria']);
  });
  it('positions or facilities of a named holder, past an affiliation (hedged or not) and its unnamed partners', () => {
    expect(ar('وقصفت المدفعية منشآت قالت إنها تابعة لـ«قسد» في ريف الرقة.')).toContain('sdf deployed_in raqqa');
    expect(ar('واستهدفت الغارات مواقع تابعة لـ«حزب الله» وحلفائه في ريف حمص.')).toContain('hezbollah deployed_in homs');
    expect(en('Ankara said facilities belonging to the PKK in Iraq were legitimate targets.')).toContain('pkk deployed_in irq');
    expect(en('Oil facilities in Syria were damaged.')).toEqual([]);
  });
});

describe('custody: the keeper is there, the ones held are not', () => {
  it('the keeper of prisons or camps in a place (both languages)', () => {
    expect(en('The SDF holds thousands of suspects in prisons in Hasakah.')).toEqual(['sdf deployed_in hasakah']);
    expect(ar('وتحتجز «قسد» آلاف المشتبه بهم في سجون في الحسكة.')).toEqual(['sdf deployed_in hasakah']);
    expect(ar('ويقبع آلاف من مقاتلي تنظيم «داعش» في سجون «قسد» في الحسكة.')).toEqual(['sdf deployed_in hasakah']);
  });
  it('prisoners are no forces: those who remain in SDF-run prisons are not deployed there', () => {
    expect(en('Thousands of Islamic State fighters remain in SDF-run prisons in northeastern Syria.')).toEqual(['sdf deployed_in northeastern-syria']);
  });
  it('camps of a named group are held like its positions', () => {
    expect(en('US jets struck several Islamic State camps in the Syrian desert.')).toContain('isis deployed_in syrian-desert');
  });
});

describe('fighting in a place alongside someone: there, besides the cooperation', () => {
  it('both languages; the place after the partner is the partner\'s', () => {
    expect(ar('ويقاتل «حزب الله» في سوريا إلى جانب القوات الحكومية منذ عام 2013.')).toEqual(['hezbollah deployed_in syr']);
    expect(en('Hezbollah has fought in Syria alongside government forces since 2013.')).toEqual(['hezbollah deployed_in syr']);
    expect(ar('ويقاتل «حزب الله» إلى جانب القوات الحكومية.')).toEqual([]);
  });
});

describe('a second place of a presence verb past an adjunct; "A and B, and C keeps …"', () => {
  it('Arabic: وبـ + a second place after the first\'s locative', () => {
    expect(ar('وتحتفظ روسيا بقاعدة حميميم الجوية في ريف اللاذقية وبمنشأة بحرية في طرطوس.')).toEqual(['rus deployed_in hmeimim-air-base', 'rus deployed_in tartus-naval-base']);
  });
  it('English: "A and B, and C keeps forces at X" is C\'s presence; "C, which keeps bases at A and B, and D are …" stays a list', () => {
    expect(en('Israeli jets often hit sites that Israel links to Iran and Hezbollah, and Russia keeps forces at the Hmeimim air base.')).toEqual(['rus deployed_in hmeimim-air-base']);
    const r = extract('Russia, which maintains bases at Hmeimim and Tartus, and Iran have been Assad\'s main allies.', 'en', '2024-04-09');
    expect(tripleSet(r, 'supported')).toEqual(['irn supported bashar-al-assad', 'rus supported bashar-al-assad']);
  });
});

describe('an invasion is an attack and an intervention, so a presence too (gold rule 13)', () => {
  const both = (r: ReturnType<typeof extract>) => [...tripleSet(r, 'attacked'), ...tripleSet(r, 'deployed_in')];
  it('English "invaded", "its invasion of", dated as the text dates the invasion', () => {
    const r = extract('Relations soured after Russia invaded Ukraine in February 2022.', 'en', '2024-04-09');
    expect(both(r)).toEqual(['rus attacked ukr', 'rus deployed_in ukr']);
    expect(r.relations.find((x) => x.relation === 'deployed_in')?.date).toBe('2022-02');
    expect(en('Russia has faced isolation since its invasion of Ukraine.')).toEqual(['rus deployed_in ukr']);
  });
  it('the invader named by a demonym is the doer, not the sentence subject', () => {
    expect(both(extract('Sweden applied to join NATO after the Russian invasion of Ukraine.', 'en', '2024-04-09'))).toEqual(['rus attacked ukr', 'rus deployed_in ukr']);
    expect(both(extract('وتقدمت السويد بطلب الانضمام بعد الغزو الروسي لأوكرانيا.', 'ar', '2024-04-09'))).toEqual(['rus attacked ukr', 'rus deployed_in ukr']);
  });
  it('Arabic غزت، غزوها لـ', () => {
    expect(both(extract('وتوترت العلاقات بعد أن غزت روسيا أوكرانيا في شباط/فبراير 2022.', 'ar', '2024-04-09'))).toEqual(['rus attacked ukr', 'rus deployed_in ukr']);
    expect(ar('وجاء القرار بعد أسبوع من بدء روسيا غزوها لأوكرانيا.')).toEqual(['rus deployed_in ukr']);
  });
  it('not when negated', () => {
    expect(en('Officials said Russia had not invaded Ukraine.')).toEqual([]);
  });
});
