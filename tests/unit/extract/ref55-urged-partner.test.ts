import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref55 (diagnosis-batch52 §6 ref54 rank 2, the elders' demands; gold rule 3): an urging with no addressee, its demand right
 * after its subject (`وطالب الوجهاء بتحسين …`, "The elders asked for …"), urges the other side of the meeting told last,
 * when its subject is one of its two sides. relations/urgedpartner.ts.
 */
const DAY = '2024-08-11';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));
const MEET_AR = 'التقى مسؤولون في مجلس منبج المدني، يوم السبت، وجهاء من عشيرة البوبنا في إحدى قرى الريف الشرقي للمدينة. ';

describe('an urging with no addressee urges the meeting\'s other side', () => {
  it.each([
    // the pool row's own construction (b50): VSO, the bare elders, a بـ demand
    [MEET_AR + 'وطالب الوجهاء بتحسين خدمات المياه والكهرباء في القرى الواقعة شرقي المدينة.', 'bu-banna-tribe urged manbij-civil-council'],
    // the demand with its article (b47's `بالإفراج`), a date before the verb
    [MEET_AR + 'وخلال اللقاء، طالب الوجهاء بالإفراج عن شبان اعتقلوا خلال حملات الدهم.', 'bu-banna-tribe urged manbij-civil-council'],
    // the other side urging: the council, SVO after أن
    [MEET_AR + 'وذكر البيان أن المجلس طالب بتهدئة التوتر في القرى.', 'manbij-civil-council urged bu-banna-tribe'],
    // another meeting and verb of the class: a delegation and a state
    ['عقد وفد عراقي اجتماعاً مع مسؤولين سوريين في البوكمال أمس. وأضافت المصادر أن الوفد العراقي طالب بتشديد الرقابة على المعابر غير الشرعية.', 'irq urged syr'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it.each([
    ['Officials of the Manbij Civil Council met elders of the Bu Banna tribe on Saturday. The elders asked for better water and electricity services.', 'bu-banna-tribe urged manbij-civil-council'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('no partner', () => {
  it('a subject that is no side of the meeting urges no one', () => {
    const got = ar(MEET_AR + 'وطالبت الأمم المتحدة بتحسين خدمات المياه في المنطقة.');
    expect(got.some((t) => t.startsWith('united-nations urged'))).toBe(false);
  });
  it('no meeting told: no addressee', () => {
    const got = ar('وطالب «مجلس منبج المدني» بتحسين خدمات المياه والكهرباء.');
    expect(got.some((t) => t.includes(' urged '))).toBe(false);
  });
  it('a named addressee stays the one urged', () => {
    const got = ar(MEET_AR + 'كما دعا الوجهاء «مجلس منبج العسكري» إلى تعزيز نقاطه.');
    expect(got).toContain('bu-banna-tribe urged manbij-military-council');
    expect(got).not.toContain('bu-banna-tribe urged manbij-civil-council');
  });
});

describe('the meeting adjunct and the guards', () => {
  it('past `خلال الاجتماع` between the subject and the demand', () => {
    const got = ar('عقدت «اللجنة المركزية» في درعا اجتماعاً مع ضباط من الأمن العسكري السوري أمس. وطالب أعضاء اللجنة، خلال الاجتماع، بسحب التعزيزات وفك الطوق عن طفس.');
    expect(got).toContain('daraa-central-committee urged syr');
  });
  it('a standing stance ("has pressed for") is no demand at the meeting', () => {
    const got = en('Jordanian Foreign Minister Ayman Safadi met UN envoy Geir Pedersen in Amman on Sunday. Pedersen, a Norwegian diplomat, has pressed for a "step-for-step" approach.');
    expect(got).not.toContain('geir-pedersen urged ayman-safadi');
  });
  it('an actor named inside the demand: not the meeting\'s other side', () => {
    const got = ar('التقى محافظ درعا أعضاء «اللجنة المركزية» في نوى أمس. وطالبت اللجنة بسحب حواجز تابعة للفرقة الرابعة من محيط نوى.');
    expect(got).not.toContain('daraa-central-committee urged syr');
  });
});
