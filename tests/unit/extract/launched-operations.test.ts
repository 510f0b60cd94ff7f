/**
 * np35 (diagnosis-batch30 §6 fix 1b, #34, 35): an operation launched or waged by a named doer against a named side,
 * through the side's positions and in a list of them, is the doer's attack on each side; a launch verb that is an attack
 * verb itself (`أطلقت`) does not hide the operation, and a quoted operation name and adjectives are passed over.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const cases: [string, 'ar' | 'en', string, string[], string[]][] = [
  ['verbal noun, quoted name, positions list (#34, 35)', 'ar', 'ويأتي القصف بعد أسابيع من إطلاق أنقرة عملية «المخلب - السيف» الجوية ضد مواقع حزب العمال الكردستاني في شمال العراق ومواقع الوحدات الكردية في شمال سوريا، ردّاً على تفجير شارع الاستقلال في إسطنبول.', ['tur attacked pkk', 'tur attacked ypg'], ['tur attacked northern-iraq']],
  ['attack verb as launch verb', 'ar', 'وأطلقت تركيا عملية عسكرية ضد «وحدات حماية الشعب» في شمال سوريا.', ['tur attacked ypg'], []],
  ['quoted name, no adjective', 'ar', 'أطلقت تركيا عملية «المخلب - السيف» ضد «وحدات حماية الشعب».', ['tur attacked ypg'], []],
  ['campaign, a list of two sides', 'ar', 'وشنت القوات الحكومية حملة أمنية ضد خلايا تنظيم «داعش» و«هيئة تحرير الشام» في البادية.', ['syr attacked isis'], []],
  ['positions of A in P and of B in Q', 'en', 'Turkey launched an air operation against positions of the PKK in northern Iraq and of the YPG in northern Syria.', ['tur attacked pkk', 'tur attacked ypg'], []],
  ['the launch by X of an operation against Y positions', 'en', 'The launch by Ankara of an operation against YPG positions in northern Syria angered Washington.', ['tur attacked ypg'], ['usa attacked ypg']],
  ['named operation, a list', 'en', 'Turkey launched Operation Claw-Sword against the PKK and the YPG.', ['tur attacked pkk', 'tur attacked ypg'], []],
  // negatives: an operation with no doer named at its launch word; an operation for someone
  ['no launch word', 'en', 'Russia criticised the operation against the YPG.', [], ['rus attacked ypg']],
  ['operation in support of', 'ar', 'وأطلقت تركيا عملية إنسانية لدعم «الجيش الوطني السوري».', [], ['tur attacked syrian-national-army']],
];

describe('a launched operation against a side', () => {
  it.each(cases)('%s', (_name, lang, text, want, not) => {
    const got = tripleSet(extract(text, lang, '2022-12-24'), 'attacked');
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
