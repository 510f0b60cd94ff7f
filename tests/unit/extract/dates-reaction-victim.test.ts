/**
 * A call made in reaction to an attack is dated by publication unless it is the story's first actor's (issue #3), on
 * sentences of our own: the victim of a killing that opens the story (`قُتل ثلاثة جنود سوريين بقصف تركي`, "Three Syrian
 * soldiers were killed in Turkish shelling") is not that first actor, so its call keeps the publication date.
 */
import { describe, expect, it } from 'vitest';
import { datedOf } from './helpers.ts';

describe('the victim of a killing is not the story\'s first actor', () => {
  it('Arabic: `قُتل ثلاثة جنود سوريين … بقصف تركي … وطالبت دمشق مجلس الأمن`: the call takes the publication date', () => {
    const t = 'قُتل ثلاثة جنود سوريين أمس الثلاثاء بقصف تركي على ريف حلب. وطالبت دمشق مجلس الأمن الدولي بالتحرك لوقف الاعتداءات.';
    expect(datedOf(t, 'ar', '2022-08-17', 'urged')).toEqual(['syr unsc 2022-08-17']);
    expect(datedOf(t.replace('قُتل', 'قتل'), 'ar', '2022-08-17', 'urged')).toEqual(['syr unsc 2022-08-17']);
  });
  it('English: "Three Syrian soldiers were killed … Damascus called on the Security Council"', () => {
    const t = 'Three Syrian soldiers were killed on Tuesday in Turkish shelling of villages near Aleppo. Damascus called on the UN Security Council to act.';
    expect(datedOf(t, 'en', '2022-08-17', 'urged')).toEqual(['syr unsc 2022-08-17']);
  });
  it('the attacker named first is still the first actor: its own call takes the attack\'s day', () => {
    const t = 'قصفت القوات التركية أمس الثلاثاء قرى في ريف حلب. وطالبت أنقرة دمشق بسحب قواتها من المنطقة.';
    expect(datedOf(t, 'ar', '2022-08-17', 'urged')).toEqual(['tur syr 2022-08-16']);
  });
});
