/**
 * The date a relation takes on text never seen in tuning (issue #3): new sentences written for this
 * file (not taken from data/articles or data/heldout), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** "source relation target date" of each relation of the record (of one relation when given). */
function dated(text: string, lang: 'ar' | 'en', pub: string, relation?: string): string[] {
  return extract(text, lang, pub)
    .relations.filter((r) => !relation || r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);
}

describe('an Arabic present tense is a state: only a date right next to it dates it', () => {
  it('a date in a later "حيث" clause does not date "تدعم"', () => {
    expect(dated('وتدعم تركيا فصائل المعارضة في شمال سوريا، حيث اندلعت اشتباكات عنيفة أواخر آذار الماضي.', 'ar', '2021-06-20', 'supported')).toEqual([
      'tur supported syrian-opposition 2021-06-20',
    ]);
  });
  it('a past verb keeps the date of its clause', () => {
    expect(dated('ودعمت تركيا فصائل المعارضة في شمال سوريا أواخر آذار الماضي.', 'ar', '2021-06-20', 'supported')).toEqual([
      'tur supported syrian-opposition 2021-03',
    ]);
  });
});

describe('an undated strike told right after a dated sentence is of that day', () => {
  const lead = 'هاجم مسلحون موقعاً عسكرياً قرب الحدود فجر أمس الثلاثاء. ';
  it('a past verb or a noun after a past light verb ("وشنّت … غارات") takes the day told before', () => {
    expect(dated(lead + 'وقصفت الطائرات التركية مواقع لحزب العمال الكردستاني في شمال العراق.', 'ar', '2021-03-10', 'attacked')).toEqual([
      'tur attacked pkk 2021-03-09',
    ]);
    expect(dated(lead + 'وشنّت الطائرات الروسية غارات عنيفة على ريف إدلب.', 'ar', '2021-03-10', 'attacked')).toEqual(['rus attacked idlib 2021-03-09']);
    expect(dated('Gunmen attacked an army post on Tuesday. Turkish jets then struck PKK positions in northern Iraq.', 'en', '2021-03-10', 'attacked')).toEqual([
      'tur attacked pkk 2021-03-09',
    ]);
  });
  it('not a present tense (a standing practice), a pluperfect, a noun with no light verb, nor a day four sentences back', () => {
    expect(dated(lead + 'وتقصف الطائرات التركية مواقع لحزب العمال الكردستاني في شمال العراق.', 'ar', '2021-03-10', 'attacked')).toEqual([
      'tur attacked pkk 2021-03-10',
    ]);
    expect(dated(lead + 'وأدانت دمشق الغارات الروسية على ريف إدلب.', 'ar', '2021-03-10', 'attacked')).toEqual(['rus attacked idlib 2021-03-10']);
    expect(dated(lead + 'وكانت الطائرات التركية قد قصفت مواقع لحزب العمال الكردستاني في شمال العراق.', 'ar', '2021-03-10', 'attacked')).toEqual([
      'tur attacked pkk 2021-03-10',
    ]);
    const far = lead + 'وأغلق الجيش الطريق. وتوقفت الحركة. وعاد الهدوء. ';
    expect(dated(far + 'وقصفت الطائرات التركية مواقع لحزب العمال الكردستاني في شمال العراق.', 'ar', '2021-03-10', 'attacked')).toEqual([
      'tur attacked pkk 2021-03-10',
    ]);
  });
});

describe('"في الليلة نفسها", "the same day" take the day told before', () => {
  it('any relation', () => {
    const t = 'قُتل جنديان في هجوم على قاعدة قرب الحدود في 3 آذار الجاري. ودعت روسيا في اليوم نفسه تركيا إلى ضبط النفس.';
    expect(dated(t, 'ar', '2021-03-10', 'urged')).toEqual(['rus urged tur 2021-03-03']);
    const e = 'Two soldiers were killed near the border on 3 March. Russia urged Turkey the same day to show restraint.';
    expect(dated(e, 'en', '2021-03-10', 'urged')).toEqual(['rus urged tur 2021-03-03']);
  });
});

describe('an act framed by the story\'s event takes the lead\'s day', () => {
  const lead = 'استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد أمس الثلاثاء في الكرملين. ';
  it('"خلال المحادثات", "during the talks": the lead\'s day', () => {
    expect(dated(lead + 'وأكد الأسد خلال المحادثات دعم سوريا لروسيا.', 'ar', '2021-03-10', 'supported')).toEqual(['syr supported rus 2021-03-09']);
    const e = 'Putin hosted Assad in the Kremlin on Tuesday. During the talks, Assad voiced Syria\'s support for Russia.';
    expect(dated(e, 'en', '2021-03-10', 'supported')).toEqual(['syr supported rus 2021-03-09']);
  });
  it('"بعد ثلاثة أيام من", "three days after": that many days before; "بعد ساعات من": the same day', () => {
    const t = lead + 'وتأتي الزيارة بعد ثلاثة أيام من زيارة قام بها وزير الخارجية الإيراني إلى دمشق.';
    expect(dated(t, 'ar', '2021-03-10', 'visited')).toContain('mohammad-javad-zarif visited damascus 2021-03-06');
    const e = 'Putin hosted Assad in the Kremlin on Tuesday. The visit came three days after Iran\'s foreign minister visited Damascus.';
    expect(dated(e, 'en', '2021-03-10', 'visited')).toContain('mohammad-javad-zarif visited damascus 2021-03-06');
    const h = 'دمّرت غارة إسرائيلية مبنى في دمشق أمس الاثنين. وبعد ساعات من الغارة، أدان وزير الخارجية السوري فيصل المقداد الاعتداء الإسرائيلي.';
    expect(dated(h, 'ar', '2021-03-09', 'criticized')).toEqual(['faisal-mekdad criticized isr 2021-03-08']);
    const eh = 'An Israeli strike hit a building in Damascus on Monday. Two hours after the strike, Faisal Mekdad condemned Israel.';
    expect(dated(eh, 'en', '2021-03-09', 'criticized')).toEqual(['faisal-mekdad criticized isr 2021-03-08']);
  });
  it('not another frame ("خلال كلمته"), nor a phrase after the act, nor with no day in the lead', () => {
    expect(dated(lead + 'وأكد الأسد خلال كلمته دعم سوريا لروسيا.', 'ar', '2021-03-10', 'supported')).toEqual(['syr supported rus 2021-03-10']);
    const after = lead + 'وزار وزير الخارجية الإيراني دمشق، بعد ثلاثة أيام من الزيارة.';
    expect(dated(after, 'ar', '2021-03-10', 'visited')).not.toContain('mohammad-javad-zarif visited damascus 2021-03-06');
    const nodate = 'استقبل بوتين الأسد في الكرملين. وأكد الأسد خلال المحادثات دعم سوريا لروسيا.';
    expect(dated(nodate, 'ar', '2021-03-10', 'supported')).toEqual(['syr supported rus 2021-03-10']);
  });
});

describe('a date before ", and" belongs to the clause before when the act has its own', () => {
  it('"… in May, and Assad visited the UAE in February": February', () => {
    const e = 'Syria returned to the Arab League in May, and Assad visited the United Arab Emirates in February.';
    expect(dated(e, 'en', '2023-09-20', 'visited')).toEqual(['bashar-al-assad visited are 2023-02']);
    const a = 'عادت سوريا إلى جامعة الدول العربية في أيار، وزار الأسد الإمارات في شباط.';
    expect(dated(a, 'ar', '2023-09-20', 'visited')).toEqual(['bashar-al-assad visited are 2023-02']);
  });
  it('with no date of its own, the act still takes the one before', () => {
    const e = 'Assad visited the United Arab Emirates in March, and met President Mohammed bin Zayed.';
    expect(dated(e, 'en', '2023-09-20', 'met')).toEqual(['bashar-al-assad met mohamed-bin-zayed 2023-03']);
  });
});

describe('an undated act said to come before the story is not given the story\'s day', () => {
  const lead = 'استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد أمس الثلاثاء في الكرملين. ';
  it('"وسبق أن التقى", "previously visited", "last met": publication', () => {
    expect(dated(lead + 'وسبق أن التقى الأسد بوتين في سوتشي.', 'ar', '2021-03-10', 'met')).toEqual(['bashar-al-assad met vladimir-putin 2021-03-10']);
    const e = 'Putin hosted Assad in the Kremlin on Tuesday. Assad previously visited Moscow.';
    expect(dated(e, 'en', '2021-03-10', 'visited')).toEqual(['bashar-al-assad visited moscow 2021-03-10']);
  });
  it('the same act told as part of the story is of its day; a background act with a date keeps it', () => {
    expect(dated(lead + 'والتقى الأسد بوتين بعد ذلك في قاعة أخرى.', 'ar', '2021-03-10', 'met')).toEqual(['bashar-al-assad met vladimir-putin 2021-03-09']);
    expect(dated(lead + 'وسبق أن التقى الأسد بوتين في سوتشي في أيار من العام الماضي.', 'ar', '2021-03-10', 'met')).toEqual([
      'bashar-al-assad met vladimir-putin 2020-05',
    ]);
  });
});

describe('the lead\'s undated strike, and a speaker going on', () => {
  it('an undated strike in the lead takes the day the next sentence gives', () => {
    const e = 'Turkey struck PKK targets in northern Iraq, the defence ministry said. Jets hit 20 positions on Sunday night.';
    expect(dated(e, 'en', '2021-03-10', 'attacked')).toContain('tur attacked pkk 2021-03-07');
    // not a present tense
    const p = 'Turkey strikes PKK targets in northern Iraq regularly. Jets hit 20 positions on Sunday night.';
    expect(dated(p, 'en', '2021-03-10', 'attacked')).toContain('tur attacked pkk 2021-03-10');
  });
  it('"But he demanded …", "وأضاف …" go on with the day of the sentence before', () => {
    // (a lead about something else first, so that the lead's day is not the answer)
    const e = 'Russian jets struck Idlib on Saturday. Assad said on Monday he was open to talks. But he demanded that Turkey withdraw its troops from Syria.';
    expect(dated(e, 'en', '2021-03-10', 'urged')).toEqual(['bashar-al-assad urged tur 2021-03-08']);
    const a = 'قصفت الطائرات الروسية إدلب يوم السبت. وقال الرئيس السوري بشار الأسد يوم الاثنين إنه منفتح على الحوار. وأضاف الأسد أن دمشق دعت تركيا إلى سحب قواتها.';
    expect(dated(a, 'ar', '2021-03-10', 'urged')).toEqual(['syr urged tur 2021-03-08']);
  });
  it('not a present tense ("وأضاف … تدعو": a stance), nor a sentence with a new subject', () => {
    const p = 'قصفت الطائرات الروسية إدلب يوم السبت. وقال الرئيس السوري بشار الأسد يوم الاثنين إنه منفتح على الحوار. وأضاف الأسد أن دمشق تدعو تركيا إلى سحب قواتها.';
    expect(dated(p, 'ar', '2021-03-10', 'urged')).toEqual(['syr urged tur 2021-03-10']);
    const n = 'Assad said on Monday he was open to talks. Russia urged Turkey to withdraw its troops from Syria.';
    expect(dated(n, 'en', '2021-03-10', 'urged')).toEqual(['rus urged tur 2021-03-10']);
  });
});

describe('a reported act with its own date; a reaction within the story', () => {
  it('a date before "أنه …", "that …" is the saying\'s when the reported act has its own', () => {
    const a = 'وكشف وزير الخارجية التركي يوم الخميس أنه التقى نظيره السوري على هامش اجتماع في بلغراد في تشرين الأول الماضي.';
    expect(dated(a, 'ar', '2021-03-10', 'met')).toEqual(['mevlut-cavusoglu met faisal-mekdad 2020-10']);
    // with no date of its own, the act takes the saying's
    const b = 'وكشف وزير الخارجية التركي يوم الخميس أنه التقى نظيره السوري على هامش اجتماع في بلغراد.';
    expect(dated(b, 'ar', '2021-03-10', 'met')).toEqual(['mevlut-cavusoglu met faisal-mekdad 2021-03-04']);
  });
  it('"من جهته، دعا …", "بدوره": the lead\'s day; not an accusation (a stance), nor without the opening', () => {
    // (the story of a meeting: in the story of an attack a reaction is dated by publication, below)
    const lead = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري فيصل المقداد في موسكو أمس الثلاثاء. ';
    const urge = 'دعا وزير الدفاع التركي خلوصي أكار واشنطن إلى وقف دعمها للوحدات الكردية.';
    expect(dated(lead + 'من جهته، ' + urge, 'ar', '2021-03-10', 'urged')).toEqual(['hulusi-akar urged usa 2021-03-09']);
    expect(dated(lead + 'بدوره، ' + urge, 'ar', '2021-03-10', 'urged')).toEqual(['hulusi-akar urged usa 2021-03-09']);
    expect(dated(lead + 'و' + urge, 'ar', '2021-03-10', 'urged')).toEqual(['hulusi-akar urged usa 2021-03-10']);
    expect(dated(lead + 'من جهتها، اتهمت أنقرة الولايات المتحدة بدعم الإرهاب.', 'ar', '2021-03-10', 'accused')).toEqual(['tur accused usa 2021-03-10']);
  });
  it('in the story of an attack, a reaction "من جهته، دعا …" is dated by publication (dates16)', () => {
    const attack = 'قصفت الطائرات الروسية ريف إدلب أمس الثلاثاء. ';
    const urge = 'دعا وزير الدفاع التركي خلوصي أكار واشنطن إلى وقف دعمها للوحدات الكردية.';
    expect(dated(attack + 'من جهته، ' + urge, 'ar', '2021-03-10', 'urged')).toEqual(['hulusi-akar urged usa 2021-03-10']);
  });
});
