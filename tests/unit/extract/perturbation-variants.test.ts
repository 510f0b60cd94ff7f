import { describe, expect, it } from 'vitest';
import { variants, type Kind, type Site } from '../../../scripts/lib/perturb.ts';

/** A site whose mentions are given by their text (first occurrence). */
function site(sentence: string, lang: 'ar' | 'en', source: string, target: string, persons: { source?: boolean; target?: boolean } = {}): Site {
  const span = (t: string): [number, number] => {
    const i = sentence.indexOf(t);
    if (i < 0) throw new Error(`no ${t}`);
    return [i, i + t.length];
  };
  return { sentence, lang, source: span(source), target: span(target), sourcePerson: persons.source, targetPerson: persons.target };
}
const byKind = (s: Site) => Object.fromEntries(variants(s).map((v) => [v.kind, v.text])) as Partial<Record<Kind, string>>;

describe('perturbation variants: insertions only where the grammar allows them', () => {
  it('English: time after a speech verb, reportedly after an auxiliary, apposition after a named person', () => {
    const v = byKind(site('Jordanian Minister Omar Haddad said that Amman had closed its border with Syria.', 'en', 'Amman', 'Syria', { source: false }));
    expect(v.time).toBe('Jordanian Minister Omar Haddad said on Tuesday that Amman had closed its border with Syria.');
    expect(v.adverb).toBe('Jordanian Minister Omar Haddad said that Amman had reportedly closed its border with Syria.');
    expect(v.trailing).toBe('Jordanian Minister Omar Haddad said that Amman had closed its border with Syria, prompting a wave of reactions.');
    const p = byKind(site('Omar Haddad received the Lebanese envoy in Amman.', 'en', 'Omar Haddad', 'Lebanese', { source: true }));
    expect(p.apposition).toBe('Omar Haddad, a veteran politician, received the Lebanese envoy in Amman.');
    expect(p.time).toBe('Omar Haddad received the Lebanese envoy in Amman on Tuesday.');
  });

  it('English: no variant where it would not be a sentence or would change what is said', () => {
    // A weekday already there: no second time; a possessive or a following "of" takes no apposition;
    // a sentence ending in a quote takes no trailing clause; "the strike" (told before) takes no new modifier.
    const v = byKind(site('Omar Haddad\'s office said on Monday the strike was "a crime"', 'en', 'Omar Haddad', 'strike', { source: true }));
    expect(v.time).toBeUndefined();
    expect(v.apposition).toBeUndefined();
    expect(v.trailing).toBeUndefined();
    expect(v.modifier).toBeUndefined();
  });

  it('English: a modifier between an indefinite article and an event noun, the article agreeing', () => {
    const v = byKind(site('Two fighters were killed in an attack on a Kurdish post near Qamishli.', 'en', 'fighters', 'Qamishli'));
    expect(v.modifier).toBe('Two fighters were killed in a drone attack on a Kurdish post near Qamishli.');
    expect(v.adverb).toBe('Two fighters were reportedly killed in an attack on a Kurdish post near Qamishli.');
    const h = byKind(site('Jets fired missiles at Atlantis Front positions near the border.', 'en', 'Jets', 'Atlantis Front'));
    expect(h.hedge).toBe('Jets fired missiles at what officials called Atlantis Front positions near the border.');
  });

  it('Arabic: time and trailing clause at the end, apposition after a name, modifier agreeing with its noun', () => {
    const v = byKind(site('استقبل الرئيس سمير داود وزير الخارجية الأردني في عمان.', 'ar', 'سمير داود', 'الأردني', { source: true }));
    expect(v.time).toBe('استقبل الرئيس سمير داود وزير الخارجية الأردني في عمان أمس الثلاثاء.');
    expect(v.apposition).toBe('استقبل الرئيس سمير داود، السياسي المخضرم، وزير الخارجية الأردني في عمان.');
    expect(v.trailing).toBe('استقبل الرئيس سمير داود وزير الخارجية الأردني في عمان، ما أثار ردود فعل واسعة.');
    const m = byKind(site('شنت الفصائل هجوماً على مواقع للجيش قرب حلب.', 'ar', 'الفصائل', 'للجيش'));
    expect(m.modifier).toBe('شنت الفصائل هجوماً مباغتاً على مواقع للجيش قرب حلب.');
    expect(m.hedge).toBe('شنت الفصائل هجوماً على ما وصف بمواقع للجيش قرب حلب.');
    const f = byKind(site('نفذت الطائرات غارة على مقر للفصيل.', 'ar', 'الطائرات', 'للفصيل'));
    expect(f.modifier).toBe('نفذت الطائرات غارة مباغتة على مقر للفصيل.');
    const d = byKind(site('أدانت دمشق الهجوم على القاعدة.', 'ar', 'دمشق', 'القاعدة'));
    expect(d.modifier).toBe('أدانت دمشق الهجوم المباغت على القاعدة.');
  });

  it('Arabic: a name continued by another name word or followed by a comma takes no apposition; a weekday takes no second time', () => {
    const v = byKind(site('التقى سمير داود، رئيس الحكومة، الوفد يوم الاثنين.', 'ar', 'سمير داود', 'الوفد', { source: true }));
    expect(v.apposition).toBeUndefined();
    expect(v.time).toBeUndefined();
    const c = byKind(site('التقى سمير الداود الوفد.', 'ar', 'سمير', 'الوفد', { source: true }));
    expect(c.apposition).toBeUndefined();
  });
});

describe('perturbation variants: Arabic time after a verb-initial subject, hearsay opening the sentence', () => {
  it('puts the time after the subject of an opening verb, and the hearsay after the conjunction و', () => {
    // (a definite word after the subject may still be part of it, "الرئيس السوري": no time there)
    const v = byKind(site('واستقبل سمير داود ضيفاً أردنياً في عمان.', 'ar', 'سمير داود', 'أردنياً', { source: true }));
    expect(v.time).toBe('واستقبل سمير داود أمس الثلاثاء ضيفاً أردنياً في عمان.');
    expect(v.adverb).toBe('وبحسب مصادر مطلعة، استقبل سمير داود ضيفاً أردنياً في عمان.');
    expect(byKind(site('واستقبل سمير داود الوفد الأردني.', 'ar', 'سمير داود', 'الأردني', { source: true })).time).toBe(
      'واستقبل سمير داود الوفد الأردني أمس الثلاثاء.',
    );
  });
  it('keeps the و of a verb that begins with it, and puts no time inside a coordinated subject or after كان', () => {
    const v = byKind(site('وصل سمير داود إلى عمان.', 'ar', 'سمير داود', 'عمان', { source: true }));
    expect(v.adverb).toBe('بحسب مصادر مطلعة، وصل سمير داود إلى عمان.');
    const c = byKind(site('واتفقت عمان وبغداد على فتح المعبر', 'ar', 'عمان', 'وبغداد'));
    expect(c.time).toBeUndefined();
    const k = byKind(site('وكانت عمان قد أغلقت الحدود مع دمشق', 'ar', 'عمان', 'دمشق'));
    expect(k.time).toBeUndefined();
    expect(byKind(site('ولم تعلق عمان على قرار دمشق.', 'ar', 'عمان', 'دمشق')).adverb).toBe('وبحسب مصادر مطلعة، لم تعلق عمان على قرار دمشق.');
  });
});

describe('perturbation variants of the insertions batch 17 showed', () => {
  const site2 = (sentence: string, lang: 'ar' | 'en', source: string, target: string, o: Partial<Site> = {}): Site => {
    const span = (t: string): [number, number] => [sentence.indexOf(t), sentence.indexOf(t) + t.length];
    return { sentence, lang, source: span(source), target: span(target), ...o };
  };
  it('a counterpart descriptor before a person named after another person, with the demonym of its country', () => {
    const v = byKind(site2('Omar Haddad met Samir Daoud in Amman.', 'en', 'Omar Haddad', 'Samir Daoud', { sourcePerson: true, targetPerson: true, targetDemonym: 'Lebanese' }));
    expect(v.counterpart).toBe('Omar Haddad met his Lebanese counterpart Samir Daoud in Amman.');
    const a = byKind(site2('تلقى سمير داود اتصالاً من عمر حداد.', 'ar', 'سمير داود', 'عمر حداد', { sourcePerson: true, targetPerson: true, targetDemonym: 'لبناني' }));
    expect(a.counterpart).toBe('تلقى سمير داود اتصالاً من نظيره اللبناني عمر حداد.');
    // a title before the name is what the descriptor replaces; the second person named is the counterpart whichever end it is
    const t = site2('Omar Haddad met Lebanese President Samir Daoud in Amman.', 'en', 'Lebanese President Samir Daoud', 'Omar Haddad', { sourcePerson: true, targetPerson: true });
    t.sourceNameAt = t.sentence.indexOf('Samir');
    t.sourceDemonym = 'Lebanese';
    expect(byKind(t).counterpart).toBe('Omar Haddad met his Lebanese counterpart Samir Daoud in Amman.');
  });
  it('a kind noun inside an event noun after its doer; a hedge "what they said were"; a date after a named subject', () => {
    expect(byKind(site2('The commander was killed in a US raid in Idlib.', 'en', 'US', 'commander')).compound).toBe('The commander was killed in a US special forces raid in Idlib.');
    expect(byKind(site2('قتل القيادي في غارة إسرائيلية على دمشق.', 'ar', 'إسرائيلية', 'القيادي')).compound).toBe('قتل القيادي في غارة جوية إسرائيلية على دمشق.');
    // a type adjective is no doer's nisba: nothing goes between `ضربات` and `صاروخية`
    expect(byKind(site2('قتل جنديان في ضربات صاروخية على المطار.', 'ar', 'صاروخية', 'جنديان')).compound).toBeUndefined();
    const h = byKind(site2('Jets fired missiles at Atlantis Front positions.', 'en', 'Jets', 'Atlantis Front'));
    expect(h.hedged).toBe('Jets fired missiles at what they said were Atlantis Front positions.');
    const d = byKind(site2('Jordan urged Syria to act.', 'en', 'Jordan', 'Syria', { sourceCountry: true }));
    expect(d.date).toBe('Jordan, on March 5, urged Syria to act.');
    expect(d.including).toBe('Jordan and seven other states, including Austria and Cyprus, urged Syria to act.');
    expect(d.saying).toBe('Jordan urged Syria to act, saying the move violated international law.');
    expect(d.prompting).toBe('Jordan urged Syria to act, prompting the United Nations to call for restraint.');
    expect(d.andclause).toBe('Jordan urged Syria to act, and the United Nations has called on all sides to show restraint.');
    // a demonym subject takes no date after it
    expect(byKind(site2('A US raid killed the commander.', 'en', 'US', 'commander')).date).toBeUndefined();
  });
  it('a second country after a country target that follows a locative (a list of places sharing it)', () => {
    expect(byKind(site2('Canada keeps about 200 troops in Iraq, officials said.', 'en', 'Canada', 'Iraq', { targetCountry: true })).placelist).toBe(
      'Canada keeps about 200 troops in Iraq and Lebanon, officials said.',
    );
    expect(byKind(site2('وتنشر كندا نحو 200 جندي في العراق منذ سنوات.', 'ar', 'كندا', 'العراق', { targetCountry: true })).placelist).toBe('وتنشر كندا نحو 200 جندي في العراق ولبنان منذ سنوات.');
    // not after another preposition, not a possessive, not a list already
    expect(byKind(site2('Canada urged Iraq to act.', 'en', 'Canada', 'Iraq', { targetCountry: true })).placelist).toBeUndefined();
    expect(byKind(site2("Canada keeps troops in Iraq's north.", 'en', 'Canada', "Iraq's", { targetCountry: true })).placelist).toBeUndefined();
    expect(byKind(site2('Canada keeps troops in Iraq and Kuwait.', 'en', 'Canada', 'Iraq', { targetCountry: true })).placelist).toBeUndefined();
  });
  it('a second owner after a target that owns the sites struck', () => {
    expect(byKind(site2('Israel has struck Iranian targets in Syria.', 'en', 'Israel', 'Iranian')).ownerlist).toBe('Israel has struck Iranian and Hezbollah targets in Syria.');
    expect(byKind(site2('وتستهدف إسرائيل مواقع لإيران في سوريا.', 'ar', 'إسرائيل', 'لإيران')).ownerlist).toBe('وتستهدف إسرائيل مواقع لإيران و«حزب الله» في سوريا.');
    // not a list already, not a demonym before another noun
    expect(byKind(site2('Israel has struck Syrian and Iranian targets.', 'en', 'Israel', 'Iranian')).ownerlist).toBeUndefined();
    expect(byKind(site2('Israel has struck Iranian officials.', 'en', 'Israel', 'Iranian')).ownerlist).toBeUndefined();
  });

  it('midtime: a date inside the clause before the target (diagnosis-batch26 §5), not inside a compound adjective', () => {
    expect(byKind(site('Israel launched strikes on Iranian positions near Damascus.', 'en', 'Israel', 'Iranian')).midtime).toBe(
      'Israel launched strikes on Tuesday on Iranian positions near Damascus.',
    );
    expect(byKind(site('Israel bombed Iranian positions near Damascus.', 'en', 'Israel', 'Iranian')).midtime).toBe('Israel bombed on Tuesday Iranian positions near Damascus.');
    expect(byKind(site('The YPG is the main force in the US-backed Syrian Democratic Forces.', 'en', 'US', 'Syrian Democratic Forces')).midtime).toBeUndefined();
    expect(byKind(site('شنت إسرائيل غارات على مواقع إيرانية قرب دمشق.', 'ar', 'إسرائيل', 'إيرانية')).midtime).toBe('شنت إسرائيل غارات مساء الثلاثاء على مواقع إيرانية قرب دمشق.');
    expect(byKind(site('قصفت إسرائيل مساء الأحد مواقع في دمشق.', 'ar', 'إسرائيل', 'دمشق')).midtime).toBeUndefined();
  });
});
