import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

/**
 * ref58 (diagnosis-batch56 §6 ref58 rank 1, `وطالب الوجهاء المحافظ`, `داعياً الوجهاء`; gold rules 3 and 4): the elders
 * named with their body in a construct (`وفداً من وجهاء عشيرة البكارة`, `وجهاءَ قبيلة طي`), after "from" ("elders from
 * the Tayy tribe") or before their English tribe ("Baggara tribe elders") stand for that body after, as the elders
 * named with `من` / "of" already do (elders.ts eldersOf, name47).
 */
const DAY = '2024-10-02';
const ar = (s: string) => tripleSet(extract(s, 'ar', DAY));
const en = (s: string) => tripleSet(extract(s, 'en', DAY));

describe('the elders named in a construct with their tribe are the tribe after (ar)', () => {
  it.each([
    // the row's own construction: a delegation of the elders of a tribe, then the bare elders urge the bare governor
    ['استقبل محافظ الحسكة، أمس الثلاثاء، في مبنى المحافظة وسط مدينة الحسكة وفداً من وجهاء قبيلة طي. وطالب الوجهاء المحافظ بالعمل على الإفراج عن المحتجزين.', 'tayy-tribe urged syr'],
    // the governor urges the bare elders (a circumstantial participle)
    ['استقبل محافظ الحسكة، أمس الثلاثاء، وفداً من وجهاء قبيلة طي. وأكد المحافظ أن الدولة لن تتخلى عن أبناء العشائر، داعياً الوجهاء إلى رص الصفوف.', 'syr urged tayy-tribe'],
    // a bare demand: the meeting's other side (urgedpartner.ts)
    ['استقبل محافظ دير الزور، أمس الأربعاء، وفداً من وجهاء عشيرة البكارة في مبنى المحافظة. وطالب الوجهاء بتأمين الطريق الواصل بين دير الزور والبوكمال.', 'baggara-tribe urged syr'],
    // the elders as the object of the meeting verb, a sentence between, another verb of the class
    ['التقى مجلس الرقة المدني يوم السبت وجهاء عشيرة العفادلة في ريف الرقة الشرقي. وتركز النقاش على المياه. واتهم الوجهاء تركيا بحبس مياه الفرات.', 'afadila-tribe accused tur'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
});

describe('the elders named with their tribe are the tribe after (en)', () => {
  it.each([
    ['The governor of Hasakah received a delegation of Tayy tribe elders on Tuesday. The elders urged the governor to secure the release of detained tribesmen.', 'tayy-tribe urged syr'],
    ['The Raqqa Civil Council met elders from the Afadila tribe on Saturday. The elders, who travelled from the eastern countryside, urged the council to dig new wells.', 'afadila-tribe urged raqqa-civil-council'],
  ])('%s → %s', (s, t) => {
    expect(en(s)).toContain(t);
  });
});

describe('no body named with the elders', () => {
  it('unnamed elders of a place name none (rule 7)', () => {
    const got = ar('استقبل محافظ الحسكة وفداً من وجهاء المنطقة. وطالب الوجهاء المحافظ بالعمل على الإفراج عن المحتجزين.');
    expect(got.some((t) => t.endsWith('urged syr') && !t.startsWith('syr'))).toBe(false);
  });
  it('the governor never urges the detainers (FP 123)', () => {
    const got = ar('استقبل محافظ الحسكة، أمس الثلاثاء، وفداً من وجهاء قبيلة طي. وطالب الوجهاء المحافظ بالعمل على الإفراج عن عدد من أبناء القبيلة تحتجزهم قوى الأمن الداخلي (الأسايش).');
    expect(got).not.toContain('syr urged asayish');
  });
  it('"tribal elders" name no tribe (en)', () => {
    const got = en('The governor of Hasakah met tribal elders on Tuesday. The elders urged the governor to act.');
    expect(got.some((t) => t.endsWith('urged syr') && !t.startsWith('syr'))).toBe(false);
  });
});

describe('an addressee-less demand ends at its comma (urgedpartner.ts)', () => {
  it.each([
    // the pool row (b55): the demand's road carries a relative clause naming the attackers
    ['استقبل محافظ دير الزور، أمس الأربعاء، وفداً من وجهاء عشيرة البكارة في مبنى المحافظة، حيث جرى بحث أوضاع الخدمات. وطالب الوجهاء بتأمين الطريق الواصل بين دير الزور والبوكمال، الذي تتعرض فيه الحافلات لهجمات متكررة تشنها خلايا تنظيم «داعش».', 'baggara-tribe urged syr'],
    ['التقى مسؤولون في مجلس منبج المدني، يوم السبت، وجهاء من عشيرة البوبنا. وطالب الوجهاء بتحسين خدمات المياه، التي تضررت بقصف «الجيش الوطني السوري».', 'bu-banna-tribe urged manbij-civil-council'],
  ])('%s → %s', (s, t) => {
    expect(ar(s)).toContain(t);
  });
  it('an actor inside the demand before its comma still blocks the partner', () => {
    const got = ar('التقى مسؤولون في مجلس منبج المدني، يوم السبت، وجهاء من عشيرة البوبنا. وطالب الوجهاء بسحب حواجز تابعة للفرقة الرابعة من القرى.');
    expect(got).not.toContain('bu-banna-tribe urged manbij-civil-council');
  });
});
