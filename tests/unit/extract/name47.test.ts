/**
 * name47 (diagnosis-batch46 §6 and diagnosis-batch47 §6 name47): names and surfaces of local bodies. Sentences written
 * for this file, after the rows' constructions.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, mentionIds } from './helpers.ts';

// A body's chair named before it is the body (chairedbodies.ts; cues.csv `body_chair`; #94 of batch 46, b42's hosted)
describeCases({
  'a body\'s co-chairs are the body (ar)': [
    ['raqqa-civil-council met wfp', 'التقت الرئاسة المشتركة لمجلس الرقة المدني، أمس الخميس، وفداً من برنامج الأغذية العالمي.'],
    ['raqqa-civil-council hosted unicef', 'استقبلت الرئاسة المشتركة لمجلس الرقة المدني، أمس الثلاثاء، في مدينة الرقة، وفداً من منظمة الأمم المتحدة للطفولة (يونيسف).'],
    // (no date between; another verb; the singular chair; a body the lexicon lists)
    ['raqqa-civil-council met who', 'والتقت الرئاسة المشتركة لمجلس الرقة المدني وفداً من منظمة الصحة العالمية لبحث تفشي الكوليرا.'],
    ['raqqa-civil-council urged wfp', 'وطالبت الرئاسة المشتركة لمجلس الرقة المدني برنامج الأغذية العالمي بزيادة حصة الطحين.'],
    ['deir-ez-zor-civil-council met ocha', 'التقى الرئيس المشترك لمجلس دير الزور المدني، يوم الأحد، وفداً من مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا).'],
    ['tabqa-civil-council met who', 'والتقت الرئيسة المشتركة لمجلس الطبقة المدني وفداً من منظمة الصحة العالمية.'],
    // (not when no body follows the chair: no body invented)
    ['no raqqa-civil-council met who', 'التقى الرئيس المشترك وفداً من منظمة الصحة العالمية في مدينة الرقة.'],
  ],
  'a body\'s co-chairs are the body (en)': [
    ['raqqa-civil-council met wfp', 'The co-chairs of the Raqqa Civil Council met a World Food Programme delegation on Thursday.'],
    ['tabqa-civil-council met who', 'A co-chair of the Tabqa Civil Council, which runs the town, met World Health Organization officials on Sunday.'],
    ['raqqa-civil-council urged wfp', 'The co-chairs of the Raqqa Civil Council urged the World Food Programme to restore bread rations.'],
    ['no raqqa-civil-council met wfp', 'The co-chairs met a World Food Programme delegation in Raqqa on Thursday.'],
  ],
});

describe('a chair widens the body mention, not a state\'s presidency', () => {
  it('`الرئاسة المشتركة لمجلس الرقة المدني` is one mention of the council', () => {
    const ids = mentionIds('استقبلت الرئاسة المشتركة لمجلس الرقة المدني وفداً أممياً.', 'ar');
    expect(ids).toContain('raqqa-civil-council');
  });
  it('a state\'s presidency stays the state: `الرئاسة السورية`', () => {
    expect(mentionIds('وأعلنت الرئاسة السورية أن الأسد استقبل الوفد.', 'ar')).not.toContain('raqqa-civil-council');
  });
});

// A body's elders named once stand for it after (elders.ts; cues.csv `elders_noun`; #14 of batch 46)
describeCases({
  'the elders named with their tribe are the tribe after (ar)': [
    ['afadila-tribe urged raqqa-civil-council', 'عقد مجلس الرقة المدني، أمس الجمعة، اجتماعاً مع وجهاء من عشيرة العفادلة. وطالب الوجهاء المجلس بزيادة مخصصات الطحين للأفران.'],
    // (a date and a sentence between; another verb; the other tribe)
    ['bu-shaban-tribe urged raqqa-civil-council', 'التقى مجلس الرقة المدني يوم السبت وجهاء من عشيرة البوشعبان في ريف الرقة الشرقي. وتركز النقاش على المياه. وطالب الوجهاء، في ختام اللقاء، مجلس الرقة المدني بحفر آبار جديدة.'],
    ['afadila-tribe accused tur', 'التقى مجلس الرقة المدني وجهاء من عشيرة العفادلة. واتهم الوجهاء تركيا بحبس مياه الفرات.'],
    // (no tribe named with its elders: unnamed elders give none, rule 7)
    ['no afadila-tribe urged raqqa-civil-council', 'التقى مجلس الرقة المدني وجهاء من المنطقة. وطالب الوجهاء المجلس بزيادة مخصصات الطحين.'],
  ],
  'the elders named with their tribe are the tribe after (en)': [
    ['afadila-tribe urged raqqa-civil-council', 'The Raqqa Civil Council met elders of the Afadila tribe on Saturday. The elders urged the council to repair broken pumping stations.'],
    ['bu-shaban-tribe urged raqqa-civil-council', 'The Raqqa Civil Council, which runs the city, hosted elders of the Bu Shaban tribe on Sunday. The elders, who travelled from the eastern countryside, urged the council to dig new wells.'],
    ['no afadila-tribe urged raqqa-civil-council', 'The Raqqa Civil Council met tribal elders on Saturday. The elders urged the council to repair broken pumping stations.'],
  ],
});

describe('elders anaphors name no body of their own', () => {
  it('`الوجهاء` with no tribe named before is no mention', () => {
    expect(mentionIds('وطالب الوجهاء المجلس بزيادة مخصصات الطحين.', 'ar')).toEqual([]);
  });
  it('a second tribe named with its elders is that tribe, not the first', () => {
    const ids = mentionIds('التقى المجلس وجهاء من عشيرة العفادلة. ثم التقى الوجهاء من عشيرة البوشعبان.', 'ar');
    expect(ids).toContain('bu-shaban-tribe');
  });
});

// No village ids inside a named area (areavillages.ts; cues.csv `area_word`; rule 19d; batch 47 FP 68–69, #64)
describeCases({
  'villages the lexicon lacks inside a named area are the area (en)': [
    ['syr attacked jabal-al-zawiya', 'Syrian government forces shelled the villages of Fleifel and Sufuhun in the Jabal al-Zawiya area of southern Idlib on Friday, killing a farmer.'],
    ['no syr attacked fleifel', 'Syrian government forces shelled the villages of Fleifel and Sufuhun in the Jabal al-Zawiya area of southern Idlib on Friday, killing a farmer.'],
    // (one village; another verb; a date first)
    ['rus attacked jabal-al-zawiya', 'On Monday Russian warplanes struck the village of Fleifel in the Jabal al-Zawiya area, rescuers said.'],
    ['no rus attacked fleifel', 'On Monday Russian warplanes struck the village of Fleifel in the Jabal al-Zawiya area, rescuers said.'],
  ],
  'villages the lexicon lacks inside a named area are the area (ar)': [
    ['syr attacked jabal-al-zawiya', 'قصفت القوات الحكومية السورية قريتي فليفل وسفوهن في منطقة جبل الزاوية جنوبي إدلب يوم الجمعة.'],
  ],
});

describe('a discovered village outside a named area stays a place', () => {
  it('"the village of Fleifel near Ariha" is still discovered', () => {
    expect(mentionIds('Syrian government forces shelled the village of Fleifel near Ariha on Friday.', 'en')).toContain('fleifel');
  });
  it('a lexicon village inside the area stays itself ("the village of al-Bara in the Jabal al-Zawiya area")', () => {
    expect(mentionIds('Russian warplanes struck the outskirts of the village of al-Bara in the Jabal al-Zawiya area on Monday.', 'en')).toContain('al-bara');
  });
});

// Surfaces of known ids (entities.world.csv; batch 47 #102)
describe('`«أندوف»` after `قوة` and without the article is UNDOF', () => {
  it.each([
    ['وتنتشر قوة «أندوف» في المنطقة العازلة في الجولان منذ عام 1974.'],
    ['وطالب محافظ القنيطرة قوةَ «أندوف» بتوثيق الخروقات الإسرائيلية.'],
  ])('%s', (text) => {
    expect(mentionIds(text, 'ar')).toContain('undof');
  });
});
describeCases({
  'UNDOF by its short Arabic name (ar)': [['undof deployed_in golan-heights', 'وتنتشر قوة «أندوف» في المنطقة العازلة في الجولان منذ عام 1974.']],
});

// "Council members" after a local body named are its (localbodies.ts bodyMembers; the pool's b45 Azaz rows)
describeCases({
  '"Council members" are the local body named before (en)': [
    ['azaz-local-council met unicef', 'The Azaz local council hosted a UNICEF team on Monday. Council members and the UNICEF officials met again before the team left and agreed on a list of priority buildings.'],
    ['azaz-local-council agreed_with unicef', 'The Azaz local council hosted a UNICEF team on Monday. Council members and the UNICEF officials met again before the team left and agreed on a list of priority buildings.'],
    // (a sentence between; another verb; a date; a body with its own head word; a lexicon body)
    ['deir-ez-zor-civil-council met who', 'The Deir ez-Zor Civil Council, the local civilian authority, said water stations had stopped. Hospitals ran short of fuel. On Tuesday, council members met World Health Organization officials.'],
    ['rukban-civil-administration urged united-nations', 'The civil administration of the Rukban camp said no convoy had arrived. Administration members urged the United Nations on Sunday to send food.'],
    ['tabqa-civil-council met wfp', 'The Tabqa Civil Council said bread prices had doubled. Council members met a World Food Programme team on Monday.'],
    // (no body named before; a body of its own before the head)
    ['no azaz-local-council met unicef', 'Council members and the UNICEF officials met again before the team left.'],
    ['no azaz-local-council met united-nations', 'The Azaz local council hosted a UNICEF team on Monday. Security Council members met United Nations officials in New York.'],
  ],
});

// A body of its own country's state is that state (stateaffiliated.ts; batch 47 FP 63, #61)
describeCases({
  'a body said to belong to its own state is the state (ar)': [
    ['dza coordinated_with syr', 'أرسلت الجزائر فرق إنقاذ إلى سوريا بعد الزلزال. وأضاف أن فرق الإنقاذ الجزائرية التي وصلت في الأيام الأولى عملت إلى جانب فرق الدفاع المدني التابعة للحكومة السورية في رفع الأنقاض.'],
    ['no dza coordinated_with syrian-civil-defence', 'أرسلت الجزائر فرق إنقاذ إلى سوريا بعد الزلزال. وأضاف أن فرق الإنقاذ الجزائرية التي وصلت في الأيام الأولى عملت إلى جانب فرق الدفاع المدني التابعة للحكومة السورية في رفع الأنقاض.'],
    // (the other participle, `المرتبطة`)
    ['no dza coordinated_with syrian-civil-defence', 'أرسلت الجزائر فرق إنقاذ إلى سوريا بعد الزلزال. وعملت الفرق الجزائرية إلى جانب فرق الدفاع المدني المرتبطة بالحكومة السورية.'],
  ],
});

describe('a body said to belong to its own state', () => {
  it('`فرق الدفاع المدني التابعة للحكومة السورية` is the state, `الدفاع المدني السوري` alone the White Helmets', () => {
    expect(mentionIds('عملت فرق الدفاع المدني التابعة للحكومة السورية في رفع الأنقاض.', 'ar')).not.toContain('syrian-civil-defence');
    expect(mentionIds('وقال الدفاع المدني السوري إن فرقه انتشلت ثلاث جثث.', 'ar')).toContain('syrian-civil-defence');
  });
  it('a body affiliated with a group that is no state stays itself: `«مجلس منبج العسكري» التابع لـ«قسد»`', () => {
    expect(mentionIds('واتهم «مجلس منبج العسكري» التابع لـ«قسد» فصائل مدعومة من تركيا بقصف القرية.', 'ar')).toContain('manbij-military-council');
  });
});

// "Officials of <body>" opening a sentence are the body (chairedbodies.ts; cues.csv `body_staff`; batch 46's aanes met krg, batch 47's Raqqa council met the Afadila tribe)
describeCases({
  'officials of a body opening the sentence are the body (en)': [
    ['raqqa-civil-council met afadila-tribe', 'Officials of the Raqqa Civil Council met elders of the Afadila tribe on Saturday to discuss falling water levels.'],
    ['aanes met krg', 'Officials of the Kurdish-led administration in northeastern Syria met a delegation of the Kurdistan Regional Government (KRG) at the Semalka crossing on Saturday.'],
    // (another verb; representatives; a lexicon body; a relative clause)
    ['tabqa-civil-council urged wfp', 'Representatives of the Tabqa Civil Council, which runs the town, urged the World Food Programme on Monday to restore bread rations.'],
    ['raqqa-civil-council hosted unicef', 'Officials of the Raqqa Civil Council hosted a UNICEF delegation on Tuesday.'],
    // (not inside the sentence: "met officials of X" keeps its own reading; not a state)
    ['no tur met raqqa-civil-council', 'Officials of the Turkish government met a delegation on Tuesday.'],
  ],
});
