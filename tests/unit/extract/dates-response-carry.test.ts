/**
 * A response with no date of its own (`وردّت «قسد» بقصف …`, `قالت الوزارة إن قواتها ردّت بقصف …`, "The SDF responded by
 * shelling …", "retaliated with strikes on …") answers the act the text told before it: it takes the last day the text
 * gave before it (diagnosis-batch23 §5 row 1, brief dates24). A follow-up of the story's event told with its owner
 * (`عقب لقائه …`, "after his meeting with …") takes the lead's day. Without a cue there is no carry: an ongoing state, a
 * presence (publication), a pluperfect background (`وكانت … قد ردّت`), a sentence with its own date keep their dates.
 * New sentences written for this file (not taken from data/articles or data/heldout).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const dated = (text: string, lang: 'ar' | 'en', pub: string, relation?: string) =>
  extract(text, lang, pub)
    .relations.filter((r) => !relation || r.relation === relation)
    .map((r) => `${r.source} ${r.relation} ${r.target} ${r.date}`);

// publication Sunday 2024-06-23; أمس السبت / "on Saturday" = 2024-06-22
const PUB = '2024-06-23';
const AR_LEAD = 'قصفت القوات التركية أمس السبت قرى في ريف بلدة تل تمر شمال غربي الحسكة، بحسب المرصد السوري لحقوق الإنسان.';
const EN_LEAD = 'Turkish forces shelled villages near Tal Tamr in Hasakah province on Saturday, a war monitor said.';

describe('Arabic: a response verb (`ردّت`, `وردّ`) before an act noun (`بقصف`, `باستهداف`, `بغارات`) takes the day told before it', () => {
  it('right after the dated act', () => {
    expect(dated(`${AR_LEAD} وردّت «قوات سوريا الديمقراطية» (قسد) بقصف مواقع لـ«الجيش الوطني السوري» قرب رأس العين.`, 'ar', PUB, 'attacked')).toContain(
      'sdf attacked syrian-national-army 2024-06-22',
    );
  });
  it('with an undated sentence between', () => {
    const text = `${AR_LEAD} وأفاد المرصد بأن القذائف سقطت على منازل مدنيين في قرى على خط التماس. وردّت «قسد» بقصف مواقع لـ«الجيش الوطني السوري» قرب رأس العين.`;
    expect(dated(text, 'ar', PUB, 'attacked')).toContain('sdf attacked syrian-national-army 2024-06-22');
  });
  it('a masculine subject and another act noun (`وردّ الجيش التركي باستهداف …`)', () => {
    const text = 'هاجمت وحدات حماية الشعب الكردية أمس السبت نقطة عسكرية تركية قرب مارع. وردّ الجيش التركي باستهداف مواقع للوحدات الكردية في تل رفعت.';
    expect(dated(text, 'ar', PUB, 'attacked')).toContain('tur attacked ypg 2024-06-22');
  });
  it('inside a statement\'s content: the statement\'s day (`في بيان مساء أمس` → `وقالت الوزارة إن قواتها ردّت بقصف …`)', () => {
    const text = 'قُتل ستة مدنيين أمس الجمعة بقصف مدفعي على سوق في مدينة الباب. واتهمت وزارة الدفاع التركية في بيان مساء أمس «وحدات حماية الشعب» الكردية بالوقوف وراء القصف. وقالت الوزارة إن قواتها ردّت بقصف مواقع للوحدات الكردية في المنطقة.';
    expect(dated(text, 'ar', '2022-08-20', 'attacked')).toContain('tur attacked ypg 2022-08-19');
  });
});

describe('English: "responded by …", "retaliated with …", "hit back with …" take the day told before', () => {
  it('"The SDF responded by shelling …"', () => {
    expect(dated(`${EN_LEAD} The SDF responded by shelling positions of the Syrian National Army near Ras al-Ain.`, 'en', PUB, 'attacked')).toContain(
      'sdf attacked syrian-national-army 2024-06-22',
    );
  });
  it('"retaliated with strikes on …", an undated sentence between', () => {
    const text = `${EN_LEAD} Shells hit homes on the front line, the monitor said. The SDF retaliated with strikes on positions of the Syrian National Army near Ras al-Ain.`;
    expect(dated(text, 'en', PUB, 'attacked')).toContain('sdf attacked syrian-national-army 2024-06-22');
  });
  it('inside what a statement says: "The ministry said its forces responded by shelling …"', () => {
    const text = 'Six civilians were killed on Friday when shells hit a market in al-Bab. The Turkish defence ministry blamed the YPG for the attack in a statement on Friday evening. The ministry said Turkish forces responded by shelling positions of the YPG in the area.';
    expect(dated(text, 'en', '2022-08-20', 'attacked')).toContain('tur attacked ypg 2022-08-19');
  });
});

describe('a follow-up of the story\'s event told with its owner (`عقب لقائه`, "after his meeting with") takes the lead\'s day', () => {
  it('Arabic: `وقال X عقب لقائه الرئيس … إنه سيزور …`', () => {
    const text = 'أعلن وزير المهجرين اللبناني عصام شرف الدين أمس الاثنين خطة لإعادة النازحين السوريين إلى بلادهم. وقال شرف الدين عقب لقائه الرئيس اللبناني ميشال عون إنه سيزور العاصمة السورية دمشق قريباً.';
    expect(dated(text, 'ar', '2022-07-05', 'visited')).toContain('issam-charafeddine visited damascus 2022-07-04');
  });
  it('English: "X said after his meeting with President … that he would visit …"', () => {
    const text = "Lebanon's minister for the displaced Issam Charafeddine announced a plan on Monday to return Syrian refugees. Charafeddine said after his meeting with President Michel Aoun that he would visit Damascus soon.";
    expect(dated(text, 'en', '2022-07-05', 'visited')).toContain('issam-charafeddine visited damascus 2022-07-04');
  });
  it('no follow-up word: a plan stated in a later undated sentence keeps publication', () => {
    const text = 'أعلن وزير المهجرين اللبناني عصام شرف الدين أمس الاثنين خطة لإعادة النازحين السوريين إلى بلادهم. ويعتزم شرف الدين زيارة العاصمة السورية دمشق قريباً.';
    expect(dated(text, 'ar', '2022-07-05', 'visited').filter((x) => x.endsWith('2022-07-04'))).toEqual([]);
  });
});

describe('no cue, no carry', () => {
  it('an ongoing presence keeps publication (`وتنتشر قوات روسية …`)', () => {
    expect(dated(`${AR_LEAD} وتنتشر قوات روسية في محيط تل تمر.`, 'ar', PUB, 'deployed_in')).not.toContain('rus deployed_in tal-tamr 2024-06-22');
  });
  it('a presence answered by a deployment is a presence: publication (`وردّت تركيا بنشر قوات …`)', () => {
    const r = dated(`${AR_LEAD} وردّت تركيا بنشر قوات إضافية في شمال سوريا.`, 'ar', PUB, 'deployed_in');
    expect(r.filter((x) => x.endsWith('2024-06-22'))).toEqual([]);
  });
  it('a pluperfect response is background (`وكانت «قسد» قد ردّت بقصف …`): no carry', () => {
    const text = `${AR_LEAD} وكانت «قسد» قد ردّت بقصف مواقع لـ«الجيش الوطني السوري» قرب رأس العين.`;
    expect(dated(text, 'ar', PUB, 'attacked')).not.toContain('sdf attacked syrian-national-army 2024-06-22');
  });
  it('a response with its own date keeps it (`وردّت «قسد» مساء الجمعة بقصف …`)', () => {
    const text = `${AR_LEAD} وردّت «قسد» مساء الجمعة بقصف مواقع لـ«الجيش الوطني السوري» قرب رأس العين.`;
    expect(dated(text, 'ar', PUB, 'attacked')).toContain('sdf attacked syrian-national-army 2024-06-21');
  });
  it('English with its own day keeps it ("The SDF responded on Friday by shelling …")', () => {
    expect(dated(`${EN_LEAD} The SDF responded on Friday by shelling positions of the Syrian National Army.`, 'en', PUB, 'attacked')).toContain(
      'sdf attacked syrian-national-army 2024-06-21',
    );
  });
  it('an accusation with no response cue after an attack keeps publication', () => {
    const text = `${AR_LEAD} واتهمت الإدارة الذاتية أنقرة بمحاولة تهجير السكان الأكراد من المنطقة.`;
    expect(dated(text, 'ar', PUB, 'accused').filter((x) => x.endsWith('2024-06-22'))).toEqual([]);
  });
  it('English: an act noun with no response verb ("Shelling by the SDF …") takes no carry beyond what it had', () => {
    const text = `${EN_LEAD} The SDF has repeatedly shelled positions of the Syrian National Army.`;
    expect(dated(text, 'en', PUB, 'attacked').filter((x) => x.startsWith('sdf') && x.endsWith('2024-06-22'))).toEqual([]);
  });
});

describe('the act answered told with a month in the sentence right before: the response takes that month', () => {
  it('`وجاء التصويت بعد أسابيع من هجوم … مطلع الشهر الجاري. وردّت أنقرة بغارات …`', () => {
    const text = 'صادق البرلمان التركي أمس الثلاثاء على تمديد التفويض. وجاء التصويت بعد أسابيع قليلة من هجوم انتحاري استهدف أنقرة مطلع الشهر الجاري. وردّت أنقرة بغارات جوية على مواقع «وحدات حماية الشعب» الكردية في شمال سوريا.';
    expect(dated(text, 'ar', '2023-10-18', 'attacked')).toContain('tur attacked ypg 2023-10');
  });
});

describe('no carry into an Arabic pluperfect: an earlier call (`وكانت X قد طالبت …`) is background, dated by publication', () => {
  const LEAD = 'وصل المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس أمس السبت إلى مدينة حلب في أول زيارة له إلى سوريا.';
  it('a pluperfect call by a party of the dated visit keeps publication', () => {
    expect(dated(`${LEAD} وكانت الحكومة السورية قد طالبت الولايات المتحدة برفع العقوبات.`, 'ar', '2023-02-12', 'urged')).toEqual(['syr urged usa 2023-02-12']);
  });
  it('with a date of another clause after it (`…، فيما أعلنت واشنطن الخميس …`)', () => {
    const text = `${LEAD} وكانت الحكومة السورية قد طالبت الولايات المتحدة برفع العقوبات، فيما أعلنت واشنطن الخميس تعليق بعض القيود.`;
    expect(dated(text, 'ar', '2023-02-12', 'urged')).toEqual(['syr urged usa 2023-02-12']);
  });
  it('a simple past call of the same party still takes the visit\'s day', () => {
    expect(dated(`${LEAD} وطالبت الحكومة السورية الولايات المتحدة برفع العقوبات.`, 'ar', '2023-02-12', 'urged')).toEqual(['syr urged usa 2023-02-11']);
  });
});

describe('a statement\'s content: the speaker going on takes the day of the statement, with a title and its body\'s name before the speaker', () => {
  const LEAD = 'قال القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم عبدي، أمس الأحد، إن القوات الروسية انسحبت من نقاط عدة في الشمال.';
  it('`قال القائد العام لـ«قسد» مظلوم عبدي، أمس الأحد، إن … واتهم عبدي تركيا …`', () => {
    expect(dated(`${LEAD} واتهم عبدي تركيا باستهداف المدنيين.`, 'ar', '2022-11-28', 'accused')).toEqual(['mazloum-abdi accused tur 2022-11-27']);
  });
  it('with a sentence between that names him (`وأضاف عبدي أن …`)', () => {
    expect(dated(`${LEAD} وأضاف عبدي أن «قسد» لا تمانع انتشار القوات الحكومية. واتهم عبدي تركيا باستهداف المدنيين.`, 'ar', '2022-11-28', 'accused')).toEqual([
      'mazloum-abdi accused tur 2022-11-27',
    ]);
  });
  it('no carry to a speaker who is no party of the statement (`واتهمت مصر تركيا …`)', () => {
    expect(dated(`${LEAD} واتهمت مصر تركيا باستهداف المدنيين.`, 'ar', '2022-11-28', 'accused')).toEqual(['egy accused tur 2022-11-28']);
  });
});
