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
  it('a person captured is no place', () => {
    expect(en('US forces captured a senior Islamic State leader in a raid.')).toEqual([]);
  });
});
