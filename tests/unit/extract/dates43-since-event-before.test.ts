/**
 * dates43, cause 3 (the date told inside the clause that tells another event): a date closing a "since" + event clause
 * (`منذ اندلاع الحرب في غزة في تشرين الأول الماضي`, "since it expanded its war … in late September") dates that event
 * only, also for an act told AFTER it in a clause past a comma (a circumstantial, "saying …"): it is ongoing (rule 6,
 * publication). Left: the main verb's object right after the date (`منذ … في تشرين الأول الماضي ضرباتها`), which the
 * since-clause's own purpose (`منذ تدخلها عام 2015 دعماً لحكومة …`) cannot yet be told from. New sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string, relation: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a since-event clause\'s date does not date the acts after it', () => {
  it('Arabic: a circumstantial after a comma (`منذ بدء حربها على لبنان في أيلول الماضي، متهمة «حزب الله» …`)', () => {
    const text = 'وصعّدت إسرائيل غاراتها على سوريا منذ بدء حربها على لبنان في أيلول/سبتمبر الماضي، متهمة «حزب الله» باستخدام الأراضي السورية لنقل الأسلحة.';
    expect(dated(text, 'ar', '2024-11-15', 'accused')).toEqual(['isr accused hezbollah 2024-11-15']);
  });
  it('English: "since it expanded its war … in late September, accusing Iran …"', () => {
    const text = 'Israel has intensified strikes in Syria since it expanded its war against Hezbollah in Lebanon in late September, accusing Iran of arming the group.';
    expect(dated(text, 'en', '2024-11-05', 'accused')).toEqual(['isr accused irn 2024-11-05']);
  });
  it('the since-clause\'s own event keeps its date (`منذ بدء حربها على لبنان في أيلول`)', () => {
    const text = 'وصعّدت إسرائيل غاراتها على سوريا منذ بدء حربها على لبنان في أيلول/سبتمبر الماضي.';
    expect(dated(text, 'ar', '2024-11-15', 'attacked')).toContain('isr attacked lbn 2024-09');
  });
  it('negative: a bare "since DATE" is no event clause; an act with its own date after keeps it', () => {
    const text = 'Since the start of the war in 2011, Turkey hosted Syrian opposition leaders in Istanbul on Monday.';
    expect(dated(text, 'en', '2024-11-06', 'hosted')).toEqual(['tur hosted syrian-opposition 2024-11-04']);
  });
  it('negative: a "when" clause on the since-event\'s date is of that date (`منذ الزلزال في شباط الماضي، حين زار شكري دمشق`)', () => {
    const text = 'وشهدت العلاقات بين القاهرة ودمشق تحسناً منذ الزلزال المدمر في شباط/فبراير الماضي، حين زار وزير الخارجية المصري سامح شكري دمشق.';
    expect(dated(text, 'ar', '2023-10-18', 'visited')).toEqual(['sameh-shoukry visited damascus 2023-02']);
  });
});
