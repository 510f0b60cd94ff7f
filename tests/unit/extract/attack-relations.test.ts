/**
 * The attacked relation audited over the gold of every batch (issue #3): constructions of the language, each tested
 * with NEW sentences (other names, other events), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const en = (text: string) => triples(extract(text, 'en'), 'attacked');
const ar = (text: string) => triples(extract(text, 'ar'), 'attacked');
const modes = (text: string, lang: 'ar' | 'en') =>
  extract(text, lang)
    .relations.filter((r) => r.relation === 'attacked')
    .map((r) => `${r.source} ${r.target} ${r.attrs?.mode ?? ''}`.trim());

describe('mutual attacks: each party attacked the other', () => {
  it('English: "A traded fire with B", "A and B exchanged fire", modifiers between verb and noun', () => {
    expect(en('Pakistan traded fire with Afghanistan along their border on Monday.')).toEqual(['afg attacked pak', 'pak attacked afg']);
    expect(en('Armenia and Azerbaijan have exchanged heavy artillery fire since Sunday.')).toEqual(['arm attacked aze', 'aze attacked arm']);
    expect(en('India and Pakistan traded near-daily fire across the Line of Control.')).toEqual(['ind attacked pak', 'pak attacked ind']);
  });
  it('Arabic: "تبادلت A وB القصف", "يتبادل A القصف مع B", "القصف المتبادل بين A وB"', () => {
    expect(ar('وتبادلت أرمينيا وأذربيجان القصف المدفعي على الحدود.')).toEqual(['arm attacked aze', 'aze attacked arm']);
    expect(ar('وقال المتحدث إن باكستان تتبادل القصف مع أفغانستان منذ أيام.')).toEqual(['afg attacked pak', 'pak attacked afg']);
    expect(ar('وأشار التقرير إلى القصف المتبادل بين الهند وباكستان في كشمير.')).toEqual(['ind attacked pak', 'pak attacked ind']);
  });
  it('Arabic: a "فيما" clause with no subject of its own trades fire as the sentence\'s first actor (alone, not who it stands beside)', () => {
    expect(ar('ويقاتل «الحشد الشعبي» إلى جانب القوات العراقية، فيما يتبادل القصف مع تنظيم «داعش» في الصحراء.')).toEqual(['isis attacked popular-mobilization-forces', 'popular-mobilization-forces attacked isis']);
  });
  it('negated, conditional and planned exchanges', () => {
    expect(en('Pakistan and Afghanistan did not trade fire on Monday.')).toEqual([]);
    expect(en('If Pakistan trades fire with Afghanistan again, talks will stop.')).toEqual([]);
    expect(ar('ولم تتبادل أرمينيا وأذربيجان القصف منذ الهدنة.')).toEqual([]);
    expect(modes('وقالت أذربيجان إنها ستتبادل القصف مع أرمينيا إذا خرقت الهدنة.', 'ar').filter((t) => !t.endsWith('planned'))).toEqual([]);
  });
  it('an exchange still going on ("since", "this week", a present tense) is dated at publication, one told with its day keeps it', () => {
    const dated = (text: string, lang: 'ar' | 'en') =>
      extract(text, lang, '2022-05-20')
        .relations.filter((r) => r.relation === 'attacked')
        .map((r) => `${r.source} ${r.target} ${r.date}`)
        .sort();
    expect(dated('India and Pakistan have traded fire since 3 May across the Line of Control.', 'en')).toEqual(['ind pak 2022-05-20', 'pak ind 2022-05-20']);
    expect(dated('وتتبادل أرمينيا وأذربيجان القصف منذ الثالث من أيار/مايو.', 'ar')).toEqual(['arm aze 2022-05-20', 'aze arm 2022-05-20']);
    expect(dated('Armenia and Azerbaijan exchanged fire on Tuesday.', 'en')).toEqual(['arm aze 2022-05-17', 'aze arm 2022-05-17']);
  });
  it('one-sided fire is still one attack', () => {
    expect(en('Pakistan fired shells at Afghanistan on Monday.')).toEqual(['pak attacked afg']);
    expect(ar('وقصفت أذربيجان مواقع أرمينيا على الحدود.')).toEqual(['aze attacked arm']);
  });
});

describe('"طالت الغارات X": an attack that reached X', () => {
  it('VSO with the noun\'s own nisba: its doer attacked X', () => {
    expect(ar('وطالت الغارات الروسية أطراف مدينة حماة فجر اليوم.')).toEqual(['rus attacked hama']);
  });
  it('"الضربات طالت …" with no doer named: the doer of the attack told last in the article', () => {
    expect(ar('شنّت إسرائيل غارات على ريف القنيطرة أمس. وقال مصدر محلي إن الضربات طالت مخازن تابعة لـ«حزب الله».')).toContain('isr attacked hezbollah');
    // (no attack told before: no doer, no triple)
    expect(ar('وقال مصدر محلي إن الضربات طالت مخازن تابعة لـ«حزب الله».')).toEqual([]);
  });
  it('طال with no attack noun as its subject is no attack ("طال انتظار", sanctions that reach someone)', () => {
    expect(ar('وطال انتظار الأردن لعودة اللاجئين.')).toEqual([]);
    expect(ar('وطالت العقوبات الأميركية إيران.')).toEqual([]);
    expect(ar('وقال إن الأزمة طالت لبنان والأردن.')).toEqual([]);
  });
});

describe('"كثّفت X قصفها على Y": the verbal noun with its possessor', () => {
  it('the actors right before the noun (the governing verb\'s subject, a demonym\'s noun joined by و too) attacked what follows على', () => {
    expect(ar('وصعّدت إسرائيل قصفها على غزة خلال الأسبوع.')).toEqual(['isr attacked gaza']);
    expect(ar('وكثّفت القوات الإسرائيلية والطائرات الأميركية غاراتها على مواقع الحوثيين في اليمن.')).toEqual(['isr attacked houthis', 'usa attacked houthis']);
  });
  it('negated: nothing', () => {
    expect(ar('ولم تكثّف إسرائيل قصفها على غزة.')).toEqual([]);
  });
});

describe('"القوات الحكومية" alone is the Syrian government (as "government forces" is in English)', () => {
  it('as the doer and as the one attacked', () => {
    expect(ar('وقصفت القوات الحكومية مواقع «هيئة تحرير الشام» في ريف إدلب.')).toEqual(['syr attacked hts']);
    expect(ar('وشنّ تنظيم «داعش» هجوماً على مواقع القوات الحكومية في البادية.')).toEqual(['isis attacked syr']);
    expect(en('Islamic State cells attacked government forces in the desert.')).toEqual(['isis attacked syr']);
  });
});
