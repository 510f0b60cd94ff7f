/**
 * Date rules from the date errors of held-out batches 1-15 (branch dates16, issue #3), each a general rule of its
 * language. New sentences written for this file (not taken from data/articles or data/heldout), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/extract/dates.ts';
import { extract } from './helpers.ts';

const dates = (text: string, pub: string) => findDates(text, 0, text.length, pub).map((d) => `${d.date} ${text.slice(d.start, d.end)}`);
const dated = (text: string, lang: 'ar' | 'en', pub: string, relation?: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => !relation || r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

describe('a day and month without a year is never months after publication', () => {
  it('"on April 3" in an October paper is this year\'s April', () => {
    expect(dates('The envoys last met in Vienna on April 3, and no date for another round has been set.', '2021-10-28')).toEqual(['2021-04-03 April 3']);
    expect(dates('وكان الوزيران قد التقيا في 3 نيسان في فيينا.', '2021-10-28')).toEqual(['2021-04-03 3 نيسان']);
  });
  it('a day a few weeks ahead is still the coming one, and one just past the year end the next year\'s', () => {
    expect(dates('The two sides will meet again on November 20.', '2021-10-28')).toEqual(['2021-11-20 November 20']);
    expect(dates('The summit is set for January 9.', '2021-12-20')).toEqual(['2022-01-09 January 9']);
    expect(dates('They last met on December 30.', '2022-01-04')).toEqual(['2021-12-30 December 30']);
  });
});

describe('a dateline ("CITY, Mon DD - ") is the day of filing, no act\'s date', () => {
  it('the weekday of the lead dates its act', () => {
    expect(dates('ANKARA, March 5 - Turkish jets struck Kurdish militant positions in northern Iraq on Thursday, the defence ministry said.', '2021-03-05')).toEqual([
      '2021-03-04 Thursday',
    ]);
    expect(dated('BEIRUT, Lebanon, June 9 - Lebanese President Michel Aoun met Syrian Foreign Minister Faisal Mekdad in Baabda on Tuesday.', 'en', '2021-06-09', 'met')).toEqual([
      'michel-aoun met faisal-mekdad 2021-06-08',
    ]);
  });
  it('not a date inside the sentence before a dash, nor a lowercase opening', () => {
    expect(dates('The talks ended on June 9 - a day early - in Geneva.', '2021-06-10')).toEqual(['2021-06-09 June 9']);
    expect(dates('Officials said on June 9 - the day of the vote - that turnout was low.', '2021-06-10')).toEqual(['2021-06-09 June 9']);
  });
});

describe('a call made in reaction to an attack, with no date of its own, is dated by publication', () => {
  const LEAD_AR = 'قصفت طائرات تركية قرى في شمال العراق أمس الأحد، ما أسفر عن مقتل أربعة مدنيين. ';
  const LEAD_EN = 'Turkish jets struck villages in northern Iraq on Sunday, killing four civilians, Iraqi officials said. ';
  it('Arabic: "ودانت الخارجية العراقية …، وطالبت مجلس الأمن بـ…"', () => {
    const text = LEAD_AR + 'ودانت وزارة الخارجية العراقية القصف، وطالبت مجلس الأمن الدولي بوقف الانتهاكات التركية.';
    expect(dated(text, 'ar', '2021-05-17', 'urged')).toEqual(['irq urged unsc 2021-05-17']);
  });
  it('English: "… condemned the strikes and called on the UN Security Council to act"', () => {
    const text = LEAD_EN + "Iraq's foreign ministry condemned the strikes and called on the UN Security Council to act.";
    expect(dated(text, 'en', '2021-05-17', 'urged')).toEqual(['irq urged unsc 2021-05-17']);
  });
  it('not in the story of a meeting, nor when the opening\'s own speaker goes on', () => {
    const meeting = 'Iraqi Foreign Minister Fuad Hussein met his Turkish counterpart in Ankara on Sunday. Hussein called on Turkey to respect the border.';
    expect(dated(meeting, 'en', '2021-05-17', 'urged')).toEqual(['fuad-hussein urged tur 2021-05-16']);
    const own = 'Iraqi officials said Turkish jets struck villages in northern Iraq on Sunday, killing four civilians. Iraq called on the UN Security Council to act.';
    expect(dated(own, 'en', '2021-05-17', 'urged')).toEqual(['irq urged unsc 2021-05-16']);
  });
});

describe('an act told as repeated is a stance over time, dated by publication', () => {
  const LEAD = 'التقى وزير الخارجية العراقي فؤاد حسين نظيره التركي هاكان فيدان في أنقرة أمس الأحد. ';
  it('Arabic "مراراً", "مرات عدة": not anchored to the story\'s meeting', () => {
    expect(dated(LEAD + 'وطالبت بغداد مراراً أنقرة بوقف عملياتها العسكرية في شمال العراق.', 'ar', '2024-05-13', 'urged')).toEqual(['irq urged tur 2024-05-13']);
    expect(dated(LEAD + 'وطالبت بغداد أنقرة مرات عدة بوقف عملياتها العسكرية في شمال العراق.', 'ar', '2024-05-13', 'urged')).toEqual(['irq urged tur 2024-05-13']);
  });
  it('without it, the call is part of the story', () => {
    expect(dated(LEAD + 'وطالبت بغداد أنقرة بوقف عملياتها العسكرية في شمال العراق.', 'ar', '2024-05-13', 'urged')).toEqual(['irq urged tur 2024-05-12']);
  });
  it('a campaign "منذ سنوات" is not merged with the strike of the day (two events, two dates)', () => {
    const text = 'قُتل ثلاثة مدنيين في غارات إسرائيلية على موقع قرب دمشق أمس الأحد. وتشنّ إسرائيل منذ سنوات غارات على سوريا.';
    // (the site near Damascus is the place struck: nested-places.test.ts; civilians name no actor hit, rule 10)
    expect(dated(text, 'ar', '2024-05-13', 'attacked')).toEqual(['isr attacked damascus 2024-05-12', 'isr attacked syr 2024-05-13']);
    expect(dated('قُتل ثلاثة مدنيين في غارات إسرائيلية على موقع قرب دمشق أمس الأحد. وشنّت إسرائيل غارات على سوريا.', 'ar', '2024-05-13', 'attacked')).toEqual([
      'isr attacked damascus 2024-05-12',
      'isr attacked syr 2024-05-12',
    ]);
  });
});

describe('"X came N days after Y", `بعد أسبوع من`, `بعد يومين على`, `بعد أيام من`: Y is that long before the story\'s day', () => {
  it('English: ten days, counted from the lead\'s day', () => {
    const text = 'Turkish drones struck a village near Kobani on Tuesday, killing two fighters, Kurdish officials said. The strike came ten days after Turkish jets hit a power station near Qamishli.';
    expect(dated(text, 'en', '2021-06-10', 'attacked')).toEqual(['tur attacked kobani 2021-06-08', 'tur attacked qamishli 2021-05-29']);
  });
  it('Arabic: a week, two days (after على too)', () => {
    const text = 'قصفت مسيّرة تركية سيارة قرب القامشلي أمس الثلاثاء. وجاء القصف بعد أسبوع من غارة تركية استهدفت موقعاً قرب عين العرب. ويأتي ذلك بعد يومين على قصف روسي طال ريف إدلب.';
    expect(dated(text, 'ar', '2021-06-09', 'attacked')).toEqual(['tur attacked qamishli 2021-06-08', 'tur attacked kobani 2021-06-01', 'rus attacked idlib 2021-06-06']);
  });
  it('"بعد أيام من", "days after" name no day: the month', () => {
    const text = 'زار وزير الخارجية التركي بغداد أمس الثلاثاء. وتأتي الزيارة بعد أيام من ضربات تركية استهدفت مواقع في إقليم كردستان العراق.';
    expect(dated(text, 'ar', '2021-06-09', 'attacked')).toEqual(['tur attacked kurdistan-region 2021-06']);
  });
  it('not an accusation or a threat told in passing (stances, dated by publication)', () => {
    const text = 'Turkish drones struck a village near Kobani on Tuesday, killing two fighters. The strike came a week after a bombing in Ankara that Turkey blamed on the PKK.';
    expect(dated(text, 'en', '2021-06-10', 'accused')).toEqual(['tur accused pkk 2021-06-10']);
  });
});

describe('an act right after the story\'s event ("عقب اللقاء", "بعد الاجتماع", "hours after the meeting") is of the lead\'s day', () => {
  const LEAD_AR = 'استقبل الرئيس اللبناني ميشال عون وزير الخارجية السوري فيصل المقداد في بيروت أمس الثلاثاء. ';
  it('Arabic: a statement at a press conference after the meeting', () => {
    expect(dated(LEAD_AR + 'وقال المقداد في مؤتمر صحافي عقب اللقاء إن سوريا تقف إلى جانب لبنان.', 'ar', '2021-06-09', 'supported')).toEqual(['syr supported lbn 2021-06-08']);
    expect(dated(LEAD_AR + 'وقال المقداد في مؤتمر صحافي إن سوريا تقف إلى جانب لبنان.', 'ar', '2021-06-09', 'supported')).toEqual(['syr supported lbn 2021-06-09']);
  });
  it('English: a strike hours after the meeting, not on the day of the sentence before', () => {
    const lead = 'Turkish and Iraqi officials met in Ankara on Tuesday to discuss border security. Iraq said on Monday that it had closed two border crossings. ';
    expect(dated(lead + 'Hours after the meeting, Turkish jets struck PKK positions in northern Iraq.', 'en', '2021-06-10', 'attacked')).toEqual(['tur attacked pkk 2021-06-08']);
    expect(dated(lead + 'Turkish jets struck PKK positions in northern Iraq.', 'en', '2021-06-10', 'attacked')).toEqual(['tur attacked pkk 2021-06-07']);
  });
});

describe('a visit in a relative clause on the story\'s guest ("who was visiting", `الذي يزور`) is the story\'s visit', () => {
  const LEAD = 'Turkish President Recep Tayyip Erdogan met Iraqi Foreign Minister Fuad Hussein in Ankara on Monday. ';
  it('English "was visiting" is a past tense, and "since the election in May" dates no visit', () => {
    expect(dated(LEAD + 'Hussein, who was visiting Turkey for the first time since the election in May, thanked Ankara for its help.', 'en', '2021-09-14', 'visited')).toEqual([
      'fuad-hussein visited tur 2021-09-13',
    ]);
    expect(dated(LEAD + 'Hussein, who visited Turkey in May, thanked Ankara for its help.', 'en', '2021-09-14', 'visited')).toEqual(['fuad-hussein visited tur 2021-05']);
  });
  it('Arabic: "الذي يزور" takes the day of its sentence; a present visit of its own is dated by publication', () => {
    expect(dated('أجرى وزير الخارجية الروسي سيرغي لافروف، أمس الاثنين، محادثات مع نظيره العراقي فؤاد حسين، الذي يزور العاصمة الروسية.', 'ar', '2021-09-14', 'visited')).toEqual([
      'fuad-hussein visited moscow 2021-09-13',
    ]);
    expect(dated('ويزور فؤاد حسين العاصمة الروسية في زيارة تستمر ثلاثة أيام.', 'ar', '2021-09-14', 'visited')).toEqual(['fuad-hussein visited moscow 2021-09-14']);
  });
});

describe('a reaction ("من جهتها، دعت …") takes the story\'s day only in the story of a meeting, a call or a briefing', () => {
  const A = 'حذّر المبعوث الأممي غير بيدرسن أمس الثلاثاء من تصاعد العنف في شمال غرب سوريا. ';
  const R = 'من جهتها، دعت روسيا الولايات المتحدة إلى سحب قواتها من سوريا.';
  it('a briefing named in the second sentence makes the story a meeting\'s', () => {
    expect(dated(A + 'وقال بيدرسن في إحاطته أمام مجلس الأمن إن الوضع الإنساني يتدهور. ' + R, 'ar', '2021-03-10', 'urged')).toEqual(['rus urged usa 2021-03-09']);
  });
  it('no meeting, call or briefing: publication', () => {
    expect(dated(A + 'وقال بيدرسن إن الوضع الإنساني يتدهور. ' + R, 'ar', '2021-03-10', 'urged')).toEqual(['rus urged usa 2021-03-10']);
  });
});
