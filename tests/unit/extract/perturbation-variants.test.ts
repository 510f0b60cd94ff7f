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

describe('perturbation variants: English material between the parts (robust40b)', () => {
  const at = (sentence: string, source: string, target: string, more: Partial<Site> = {}): Site => ({ ...site(sentence, 'en', source, target), ...more });

  it('en_pastperfect: "had earlier" plus the participle between a sentence-opening subject and its past verb', () => {
    const s = "Sergei Shoigu hosted his Turkish counterpart Hulusi Akar and Syria's Ali Mahmoud Abbas, the Russian defence ministry said.";
    expect(byKind(at(s, 'Sergei Shoigu', 'Hulusi Akar', { sourcePerson: true, targetPerson: true })).en_pastperfect).toBe(
      "Sergei Shoigu had earlier hosted his Turkish counterpart Hulusi Akar and Syria's Ali Mahmoud Abbas, the Russian defence ministry said.",
    );
    expect(byKind(at('Turkey took control of Afrin in March.', 'Turkey', 'Afrin', { sourceCountry: true })).en_pastperfect).toBe('Turkey had earlier taken control of Afrin in March.');
    // not inside a "since" clause
    expect(byKind(at('Damascus has stood by Moscow since Russia invaded Ukraine.', 'Russia', 'Ukraine', { sourceCountry: true })).en_pastperfect).toBeUndefined();
  });

  it('en_apposition: after a named country subject before its verb, or a named object before "of"; not on a second list member', () => {
    const s = 'Russia hosted the defence ministers of Turkey, Syria and Iran in Moscow on Tuesday for the first four-way talks on normalising relations between Ankara and Damascus.';
    expect(byKind(at(s, 'Russia', 'Turkey', { sourceCountry: true })).en_apposition).toBe(
      'Russia, a key player in the conflict, hosted the defence ministers of Turkey, Syria and Iran in Moscow on Tuesday for the first four-way talks on normalising relations between Ankara and Damascus.',
    );
    expect(byKind(at('Damascus accused Turkey of occupying Syrian land.', 'Damascus', 'Turkey', { targetCountry: true })).en_apposition).toBe(
      'Damascus accused Turkey, a key player in the conflict, of occupying Syrian land.',
    );
    expect(byKind(at('Abdi called on the United States and Russia to rein in the strikes.', 'Abdi', 'Russia', { targetCountry: true })).en_apposition).toBeUndefined();
  });

  it('en_participle: ", which is backed by foreign powers," after a named group object; ", backed by …," after a group subject', () => {
    const s =
      "Amman has repeatedly accused Lebanon's Hezbollah of protecting the smuggling networks in southern Syria, which move amphetamines towards Gulf markets through Jordanian territory.";
    expect(byKind(at(s, 'Amman', 'Hezbollah', { targetGroup: true })).en_participle).toBe(
      "Amman has repeatedly accused Lebanon's Hezbollah, which is backed by foreign powers, of protecting the smuggling networks in southern Syria, which move amphetamines towards Gulf markets through Jordanian territory.",
    );
    expect(byKind(at('HTS said it had shelled army positions.', 'HTS', 'army', { sourceGroup: true })).en_participle).toBe('HTS, backed by foreign powers, said it had shelled army positions.');
    // a group name used as a modifier ("YPG militants") takes none
    expect(byKind(at('Turkey said it neutralised PKK and YPG militants.', 'Turkey', 'YPG', { targetGroup: true })).en_participle).toBeUndefined();
  });

  it('en_adjunct: an adjunct between the verb and its object', () => {
    const s = 'Moscow, which has military police in northern Syria, has urged Damascus and Ankara to mend the ties they broke off after the Syrian war began in 2011.';
    expect(byKind(at(s, 'Moscow', 'Damascus')).en_adjunct).toBe(
      'Moscow, which has military police in northern Syria, has urged in a statement Damascus and Ankara to mend the ties they broke off after the Syrian war began in 2011.',
    );
    expect(byKind(at('Israeli jets struck the Damascus airport.', 'Israeli', 'Damascus')).en_adjunct).toBe('Israeli jets struck overnight the Damascus airport.');
  });

  it('en_titlechain: a title chain and commas around a plain name', () => {
    const s = "Sergei Shoigu hosted his Turkish counterpart Hulusi Akar and Syria's Ali Mahmoud Abbas, the Russian defence ministry said.";
    expect(byKind(at(s, 'Sergei Shoigu', 'Ali Mahmoud Abbas', { sourcePerson: true, targetPerson: true })).en_titlechain).toBe(
      "The chief negotiator of the government, Sergei Shoigu, hosted his Turkish counterpart Hulusi Akar and Syria's Ali Mahmoud Abbas, the Russian defence ministry said.",
    );
    expect(byKind(at('Pedersen met Faisal Mekdad in Damascus.', 'Pedersen', 'Faisal Mekdad', { sourcePerson: true, targetPerson: true })).en_titlechain).toBe(
      'Pedersen met the chief negotiator of the government, Faisal Mekdad, in Damascus.',
    );
  });

  it('en_pronoun: the owner named in a sentence before, "its" in its place', () => {
    const s = 'Helicopters and drones of the US-led coalition struck IS positions around the prison on Friday in support of SDF fighters trying to regain control, a coalition spokesman said.';
    expect(byKind(at(s, 'coalition', 'IS', { targetGroup: true })).en_pronoun).toBe(
      'IS is active in the area. Helicopters and drones of the US-led coalition struck its positions around the prison on Friday in support of SDF fighters trying to regain control, a coalition spokesman said.',
    );
    expect(byKind(at("Israel struck Hezbollah's positions.", 'Israel', 'Hezbollah', { targetGroup: true })).en_pronoun).toBe('Hezbollah is active in the area. Israel struck its positions.');
    // after a number or determiner no "its"
    expect(byKind(at('Turkey said it neutralised four YPG militants.', 'Turkey', 'YPG', { targetGroup: true })).en_pronoun).toBeUndefined();
  });

  it('en_both: "both" before a pair of names, not before a list of three or after "between"', () => {
    expect(byKind(at('Russian and Turkish troops have carried out joint patrols in northeastern Syria since the 2019 deal.', 'Russian', 'Turkish')).en_both).toBe(
      'Both Russian and Turkish troops have carried out joint patrols in northeastern Syria since the 2019 deal.',
    );
    expect(byKind(at('Turkey has accused Sweden and Finland of harbouring YPG members.', 'Turkey', 'Finland')).en_both).toBe(
      'Turkey has accused both Sweden and Finland of harbouring YPG members.',
    );
    expect(byKind(at('Talks between Ankara and Damascus resumed.', 'Ankara', 'Damascus')).en_both).toBeUndefined();
    expect(byKind(at('Delegations came from Russia, Iran and Turkey.', 'Russia', 'Turkey')).en_both).toBeUndefined();
  });
});
