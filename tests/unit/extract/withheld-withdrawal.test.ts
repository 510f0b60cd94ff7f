/**
 * A withdrawal refused or made a condition presupposes the presence (gold rule 13): the one who would withdraw is
 * deployed_in the place it would leave (after from/من), else in the state of the speaker who sets the condition, else
 * in the country the article last had it deployed in; no urged. New sentences only, with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-03-05'), 'deployed_in');
const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-03-05'), 'deployed_in');
const urged = (text: string, lang: 'ar' | 'en') => tripleSet(extract(text, lang, '2024-03-05'), 'urged');

describe('a refused withdrawal presupposes the presence', () => {
  it('English: "has ruled out a withdrawal from X", "refuses to withdraw its troops from X"', () => {
    expect(en('Israel has ruled out a withdrawal from Lebanon before the militants are disarmed.')).toEqual(['isr deployed_in lbn']);
    expect(en('Washington refuses to withdraw its troops from Iraq, officials said.')).toEqual(['usa deployed_in irq']);
  });
  it('Arabic: `لن تسحب قواتها من X`, `ترفض الانسحاب من X`, `لا تنوي سحب قواتها` (the country told before)', () => {
    expect(ar('وقال الرئيس الأمريكي إن بلاده لن تسحب قواتها من العراق.')).toEqual(['usa deployed_in irq']);
    expect(ar('وأكدت إسرائيل أنها ترفض الانسحاب من لبنان.')).toEqual(['isr deployed_in lbn']);
    expect(ar('وتنشر الولايات المتحدة قوات في العراق منذ سنوات. وتكرر واشنطن أنها لا تنوي سحب قواتها قبل هزيمة التنظيم.')).toEqual(['usa deployed_in irq']);
  });
  it('a withdrawal from a place we cannot name gives nothing', () => {
    expect(ar('وأكدت إسرائيل أنها ترفض الانسحاب من المنطقة.')).toEqual([]);
  });
});

describe('a withdrawal made a condition presupposes the presence, with no urged', () => {
  it('English: "would meet X only when Y is ready to withdraw (from Z)", "until", "cannot be a precondition"', () => {
    expect(en('Lebanese President Joseph Aoun said he would meet Netanyahu only when Israel was ready to withdraw its forces from Lebanon.')).toEqual([
      'isr deployed_in lbn',
    ]);
    expect(en('Aoun has said he will not meet Netanyahu until Israel is ready to withdraw.')).toEqual(['isr deployed_in lbn']);
    expect(urged('Aoun has said he will not meet Netanyahu until Israel is ready to withdraw.', 'en')).toEqual([]);
  });
  it('Arabic: `إلا عندما تكون X مستعدة للانسحاب من Y`, `مرهون بإعلان X استعدادها للانسحاب` (the speaker\'s state)', () => {
    expect(ar('وقال الرئيس اللبناني جوزاف عون إنه لن يلتقي نتنياهو إلا عندما تكون إسرائيل مستعدة للانسحاب من الأراضي اللبنانية.')).toEqual([
      'isr deployed_in lbn',
    ]);
    expect(ar('وأكد الرئيس اللبناني جوزاف عون أن أي لقاء مع الجانب الإسرائيلي مرهون بإعلان إسرائيل استعدادها للانسحاب.')).toEqual(['isr deployed_in lbn']);
  });
});

describe('no presence from a withdrawal done, planned or urged here', () => {
  it('a done or planned withdrawal is withdrew_from only', () => {
    expect(en('Israel withdrew its forces from Lebanon on Monday.')).toEqual([]);
    expect(en('Israel plans to withdraw its forces from Lebanon next month.')).toEqual([]);
  });
});
