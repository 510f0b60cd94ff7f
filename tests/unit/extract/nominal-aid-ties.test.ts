/**
 * Nominal events (issue #3, relations/nominal.ts): aid told by a noun (giver in its `من X` / "from X" phrase or the
 * sending or announcing verb's subject; receiver after `إلى/لـ` / "to/for", a place standing for its country, or the
 * destination of an arrival verb before the noun), and ties restored by an announcement or decision of the parties
 * (`بينهما`). New sentences only, both languages where the construction exists.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const ar = (text: string, relation?: string) => triples(extract(text, 'ar'), relation);
const en = (text: string, relation?: string) => triples(extract(text, 'en'), relation);

describe('aid nouns: the giver', () => {
  it('`طائرات مساعدات من A وB`: each state of the من-list gives, to the country of the place after إلى', () => {
    expect(ar('وحطت في مطار بيروت أمس طائرات مساعدات من قطر والكويت إلى لبنان.', 'supported')).toEqual(['kwt supported lbn', 'qat supported lbn']);
    expect(ar('ووصلت شحنة مساعدات من الأردن إلى المطارات اللبنانية.', 'supported')).toEqual(['jor supported lbn']);
  });
  it('an arrival verb before the noun gives the destination (`وصلت إلى X طائرات مساعدات من Y`)', () => {
    expect(ar('ووصلت إلى بيروت طائرات مساعدات من قطر والكويت.', 'supported')).toEqual(['kwt supported lbn', 'qat supported lbn']);
  });
  it('an announcing verb or participle gives its subject (`أعلنت X حزمة مساعدات لـY`, `معلناً تقديم مساعدات إلى Y`)', () => {
    expect(ar('وكانت وزيرة الخارجية الألمانية أنالينا بيربوك قد أعلنت في عمّان، الأحد، حزمة مساعدات للأردن.', 'supported')).toEqual(['annalena-baerbock supported jor']);
    expect(ar('واتصل أمير قطر تميم بن حمد بالرئيس التركي، معلناً تقديم مساعدات عاجلة إلى تركيا.', 'supported')).toEqual(['tamim-bin-hamad supported tur']);
  });
  it('English: "announced an aid package for X", "sent planes carrying supplies to <city>", "in a show of support for X"', () => {
    expect(en('Japan announced a $50 million aid package for Jordan on Monday.', 'supported')).toEqual(['jpn supported jor']);
    expect(en('Qatar and Kuwait have sent rescue teams and planes carrying supplies to Beirut.', 'supported')).toEqual(['kwt supported lbn', 'qat supported lbn']);
    expect(en('Britain has sent a warship to Cyprus in a show of support for Greece.', 'supported')).toEqual(['gbr supported grc']);
  });
});

describe('aid nouns: no receiver, no support', () => {
  it('the areas an actor holds are where the aid goes (`إلى مناطق المعارضة`), not whom it supports', () => {
    expect(ar('وأرسلت قطر قوافل مساعدات إلى مناطق المعارضة في شمال سوريا.', 'supported')).toEqual([]);
  });
  it('aid with no receiver named, and aid as a topic, give nothing', () => {
    expect(en('Japan announced a $50 million aid package on Monday.', 'supported')).toEqual([]);
    expect(ar('ووصلت طائرات مساعدات من قطر أمس.', 'supported')).toEqual([]);
  });
  it('a town alone is where the aid goes ("aid to Aleppo"); listed with a capital it stands for its country', () => {
    expect(en('Qatar has sent planes carrying supplies to Aleppo.', 'supported')).toEqual([]);
    expect(en('Qatar has sent planes carrying supplies to Damascus and Aleppo.', 'supported')).toEqual(['qat supported syr']);
  });
});

describe('ties restored by the parties\' own announcement or decision', () => {
  it('`أعلنت A وB إعادة العلاقات الدبلوماسية بينهما` is reconciled_with, not urged', () => {
    const t = ar('أعلنت البحرين وقطر، أمس الخميس، إعادة العلاقات الدبلوماسية بينهما.');
    expect(t).toContain('bhr reconciled_with qat');
    expect(t.filter((x) => x.includes('urged'))).toEqual([]);
  });
  it('a relative clause (`الاتفاق الذي أعلنته A وB على استئناف العلاقات بينهما`)', () => {
    expect(ar('ورحبت مصر بالاتفاق الذي أعلنته البحرين وقطر في الرياض على استئناف العلاقات الدبلوماسية بينهما.', 'reconciled_with')).toEqual(['bhr reconciled_with qat']);
  });
  it('a third party\'s call for it stays urged (`دعت X A وB إلى إعادة العلاقات بينهما`)', () => {
    expect(ar('ودعت الكويت البحرين وقطر إلى إعادة العلاقات بينهما.', 'reconciled_with')).toEqual([]);
  });
});

describe('members named for an unnamed group, and readmission', () => {
  const cases: [string, string, string[]][] = [
    // "Several Gulf states, led by A and B, have restored ties with X": the named leaders act
    ['an unnamed plural led by named states', 'Several Gulf states, led by Qatar and Kuwait, have restored ties with Cairo.', ['kwt reconciled_with egy', 'qat reconciled_with egy']],
    // a named noun before "led by" stays the actor
    ['a named noun led by its head', 'Qatar, led by its emir, has restored ties with Cairo.', ['qat reconciled_with egy']],
    // "Gulf states readmitted X to ORG": X and the organisation, whoever voted
    ['the past "readmitted X to ORG"', 'The summit came weeks after Gulf states readmitted Qatar to the Gulf Cooperation Council.', ['gulf-cooperation-council reconciled_with qat']],
    // ", and NAME was …" after a preposition's object opens a clause of its own
    ['", and NAME was" after an object list', 'Kuwait has restored ties with Cairo, and Qatar was readmitted to the Arab League in May.', ['kwt reconciled_with egy', 'qat reconciled_with arab-league']],
  ];
  it.each(cases)('%s', (_name, text, want) => expect(en(text, 'reconciled_with')).toEqual(want));
});
