/**
 * name46 (diagnosis-batch44 §6 ref46 rank 4, diagnosis-batch45 §6 ref46 rank 4): local bodies named by the place they
 * serve are discovered organisations whose id is the place's and the head's (localbodies.ts; cues.csv `local_body`).
 * Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, mentionIds } from './helpers.ts';

describe('a local body and its place are one discovered organisation (en)', () => {
  it.each([
    ['azaz-local-council', 'The local council of Azaz opened a new bakery on Monday.'],
    ['azaz-local-council', 'The Azaz local council opened a new bakery on Monday.'],
    ['jarablus-local-council', 'Members of the Jarablus Local Council, the town’s civilian body, met aid workers.'],
    ['raqqa-civil-council', 'The Raqqa Civil Council, which runs the city, hosted a delegation.'],
    ['deir-ez-zor-civil-council', 'Officials of the Deir ez-Zor Civil Council said on Sunday that water stations were repaired.'],
    ['rukban-civil-administration', 'The civil administration of the Rukban camp appealed for food.'],
    ['al-hol-camp-administration', 'The al-Hol camp administration said 150 families left.'],
  ])('%s: %s', (id, text) => {
    expect(mentionIds(text, 'en')).toContain(id);
  });
  it('"the town\'s local council" is the town named before it', () => {
    const ids = mentionIds("The governor visited Jarablus on Thursday and met members of the town's local council.", 'en');
    expect(ids).toContain('jarablus-local-council');
  });
  it('"The camp\'s civil administration" is the camp named in the sentence before', () => {
    const ids = mentionIds("Residents of the Rukban camp appealed for food on Thursday. The camp's civil administration said no convoy had arrived.", 'en');
    expect(ids).toContain('rukban-civil-administration');
  });
  it('"the camp administration" alone is the camp named before', () => {
    const ids = mentionIds('An Iraqi delegation visited the al-Hol camp on Tuesday. The delegation met the camp administration.', 'en');
    expect(ids).toContain('al-hol-camp-administration');
  });
  it('no body: "local council members" with no "the", and a province is no town', () => {
    const ids = mentionIds('Gunmen killed two local council members in Deir ez-Zor province on Sunday.', 'en');
    expect(ids.some((x) => x.endsWith('-local-council'))).toBe(false);
  });
});

describe('a local body and its place are one discovered organisation (ar)', () => {
  it.each([
    ['jindires-local-council', 'والتقى الوفد أعضاء المجلس المحلي في جنديرس.'],
    ['jarablus-local-council', 'وأعلن المجلس المحلي في مدينة جرابلس، يوم الأحد، افتتاح مركز إيواء.'],
    ['azaz-local-council', 'وقال المجلس المحلي لمدينة أعزاز إن الفرن سيعمل غداً.'],
    ['raqqa-civil-council', 'استقبلت الرئاسة المشتركة لمجلس الرقة المدني وفداً أممياً.'],
    ['deir-ez-zor-civil-council', 'وقال مجلس دير الزور المدني، في بيان، إن محطات المياه توقفت.'],
  ])('%s: %s', (id, text) => {
    expect(mentionIds(text, 'ar')).toContain(id);
  });
  it('the town stays a place for the sentences after (`المدينة`)', () => {
    const ids = mentionIds('وقال مجلس الرقة المدني إن الأفران ستعمل غداً. وتسيطر «قسد» على المدينة منذ 2017.', 'ar');
    expect(ids).toContain('raqqa-civil-council');
  });
  it('a verbal noun after its actor is no body: `وتتولى «قسد» إدارة مخيم الهول`', () => {
    const ids = mentionIds('وتتولى «قسد» إدارة مخيم الهول في ريف الحسكة.', 'ar');
    expect(ids).toContain('al-hol-camp');
    expect(ids.some((x) => x.endsWith('-administration'))).toBe(false);
  });
  it('`مخيم الهول` alone stays the camp', () => {
    const ids = mentionIds('غادرت عائلات عراقية مخيم الهول يوم السبت.', 'ar');
    expect(ids).toContain('al-hol-camp');
    expect(ids.some((x) => x.endsWith('-administration'))).toBe(false);
  });
  // (namedates58: `المجلس المحلي للمدينة` after a town named is that town's body, the Arabic twin of "the town's local
  // council", as the pool's gold reads it in b46 al-Bab and b50 Jarablus; with no town named before, still no body)
  it('the definite body with the definite town word is the town named before (`المجلس المحلي للمدينة`)', () => {
    const ids = mentionIds('زار والي كلس مدينة أعزاز، بحسب ما أعلن المجلس المحلي للمدينة.', 'ar');
    expect(ids).toContain('azaz-local-council');
  });
  it('no body: the definite body alone with no place named', () => {
    const ids = mentionIds('وقال المجلس المحلي للمدينة إن الطرق أغلقت.', 'ar');
    expect(ids.some((x) => x.endsWith('-local-council'))).toBe(false);
  });
  it('no body: a province is no town (`مجلس محافظة`)', () => {
    const ids = mentionIds('وقال المجلس المحلي في محافظة درعا إن الطرق أغلقت.', 'ar');
    expect(ids.some((x) => x.endsWith('-local-council'))).toBe(false);
  });
});

// Relations the bodies take part in, both languages (the row's construction and variants)
describeCases({
  'local bodies as parties (en)': [
    ['jarablus-local-council agreed_with wfp', 'The local council of Jarablus signed an agreement with the World Food Programme on Tuesday.'],
    ['jarablus-local-council agreed_with wfp', 'The Jarablus local council, which runs the town, signed an agreement with the World Food Programme.'],
    ['rukban-civil-administration urged united-nations', 'The civil administration of the Rukban camp, home to some 8,000 people, appealed to the United Nations on Tuesday to send food.'],
    ['al-hol-camp-administration urged irq', 'The al-Hol camp administration urged Iraq on Monday to speed up repatriations.'],
  ],
  'local bodies as parties (ar)': [
    ['jarablus-local-council agreed_with turkish-red-crescent', 'اتفق المجلس المحلي في مدينة جرابلس مع الهلال الأحمر التركي، يوم الأحد، على تجهيز مركز إيواء.'],
    ['daraa-central-committee urged syr', 'وطالبت «اللجنة المركزية» في درعا الحكومة السورية بسحب التعزيزات من محيط جاسم.'],
    ['no daraa-central-committee urged syr', 'وطالبت الحكومة السورية بسحب التعزيزات من محيط جاسم.'],
  ],
});

describeCases({
  'a quoted name with its unquoted tail is one mention (ar)': [
    ['aanes accused tur', 'اتهمت «الإدارة الذاتية» لشمال وشرق سوريا تركيا يوم الأربعاء بقطع المياه عن الحسكة.'],
    ['no aanes accused syr', 'اتهمت «الإدارة الذاتية» لشمال وشرق سوريا تركيا يوم الأربعاء بقطع المياه عن الحسكة.'],
    ['aanes accused tur', 'واتهمت «الإدارة الذاتية» لشمال وشرق سوريا، في بيان يوم الأحد، تركيا بقطع المياه.'],
    // (a state after a quoted name that is no tail of it stays a party)
    ['aanes accused syr', 'اتهمت «الإدارة الذاتية» سوريا يوم الأربعاء بعرقلة وصول المساعدات.'],
  ],
  'a ministry named by its state\'s adjective, past a coordinated genitive (ar)': [
    // (a second organ with its own adjective after و is no genitive of the first)
    ['no syr attacked tal-rifaat', 'قصفت القوات التركية والفصائل السورية الموالية لها أمس السبت قرى في محيط مدينة تل رفعت.'],
    ['aanes met irq', 'التقى ممثلون عن الإدارة الذاتية، يوم الأحد، وفداً من وزارة الهجرة والمهجرين العراقية.'],
    ['no aanes met irq', 'التقى ممثلون عن الإدارة الذاتية، يوم الأحد، وفداً من منظمة الهجرة والمهجرين العراقيين.'],
  ],
});

describe('a ministry named by its state\'s adjective is its state (ar)', () => {
  it.each([
    ['التقى وفد من وزارة الهجرة والمهجرين العراقية ممثلين عن الإدارة الذاتية.', 'irq'],
    ['وأعلنت وزارة الشؤون الاجتماعية والعمل السورية عن خطة جديدة.', 'syr'],
  ])('%s → %s', (text, id) => {
    expect(mentionIds(text, 'ar')).toContain(id);
  });
  it('not a demonym of people after a coordinated noun: `للمهجرين والنازحين السوريين`', () => {
    expect(mentionIds('قدّمت المنظمة مساعدات للمهجرين والنازحين السوريين.', 'ar')).not.toContain('syr');
  });
});

describe('places the lexicon lacked (data)', () => {
  it('"the Conoco gas plant" is the Conoco field', () => {
    expect(mentionIds('US troops have bases at the al-Omar oil field and the Conoco gas plant further south.', 'en')).toContain('conoco-gas-field');
  });
  it('`أبو راسين` is a place', () => {
    expect(mentionIds('وردّت القوات التركية بقصف مدفعي استهدف قرى في ريف بلدة أبو راسين.', 'ar')).toContain('abu-rasin');
  });
});
