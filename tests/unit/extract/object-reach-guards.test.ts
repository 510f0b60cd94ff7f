/**
 * How far an object search reaches (diagnosis of batch 20, fix 4): an object never crosses ", and" + a new subject with
 * its own verb; a meeting its organisers put on names no one who met. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'en' | 'ar') => extract(text, lang, '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('", and" + a name with its own verb opens a new clause', () => {
  it('the name is no object of the verb or noun before', () => {
    expect(rels('Washington has sent two destroyers to the region, and President Joe Biden visited Israel on Tuesday.', 'en')).toEqual(['joe-biden visited isr']);
    expect(rels('Ankara has blamed Kurdish militants, and the PKK, an outlawed group, has claimed several of the attacks.', 'en')).not.toContain('tur accused pkk');
  });
  it('a list after ", and" with no verb of its own is still the object', () => {
    expect(rels('Erdogan met Putin in Sochi, and later Raisi.', 'en')).toContain('recep-tayyip-erdogan met vladimir-putin');
  });
});

describe('a meeting its organisers put on tells who organised it', () => {
  it('"co-organised the meeting with X": no met', () => {
    expect(rels('Macron, who co-organised the two-day meeting with Iraq, arrived on Monday.', 'en')).toEqual([]);
  });
  it('a meeting held with X is still a meeting', () => {
    expect(rels('Putin held a meeting with Erdogan in Sochi.', 'en')).toEqual(['vladimir-putin met recep-tayyip-erdogan']);
  });
});

describe('an apposed list of the subject is never the object', () => {
  it('Arabic VSO: `وتستضيف دول الجوار، ولا سيما A وB وC، ملايين اللاجئين`', () => {
    expect(rels('وتستضيف الدول المجاورة، ولا سيما لبنان والأردن، ملايين اللاجئين.', 'ar')).toEqual([]);
  });
  it('a named subject with its apposed members: each member is a subject, none an object', () => {
    expect(rels('Western states, especially France and Germany, have criticised Turkey.', 'en')).toEqual(['deu criticized tur', 'fra criticized tur']);
  });
});

describe('an embedded question or a complement object gives no act or urged party', () => {
  it('"did not say whether", `ما إذا`', () => {
    expect(rels('Putin did not say whether a new offensive in Ukraine was being prepared.', 'en')).toEqual([]);
    expect(rels('ولم يوضح الوزير ما إذا كانت تركيا ستشن عملية عسكرية في سوريا.', 'ar')).toEqual([]);
  });
  it('a call to preserve a principle of a state urges no one (`دعا إلى الحفاظ على وحدة سوريا`)', () => {
    expect(rels('ودعا البيان الختامي إلى الحفاظ على وحدة العراق وسيادته.', 'ar')).toEqual([]);
    expect(rels('The ministers called for preserving the unity of Libya.', 'en')).toEqual([]);
    expect(rels('ودعا لافروف تركيا إلى احترام سيادة سوريا.', 'ar')).toEqual(['sergei-lavrov urged tur']);
  });
});

describe('a reported clause and a descriptor do not take the object', () => {
  it('`وقال X إن …، واتهم A وB بـ…`: the speaker accuses the whole list', () => {
    expect(rels('وقال الوزير التركي سليمان صويلو إن المهاجمين قتلوا، واتهم حزب العمال الكردستاني ووحدات حماية الشعب بالوقوف وراء الهجوم.', 'ar').filter((r) => r.includes('accused'))).toEqual(['suleyman-soylu accused pkk', 'suleyman-soylu accused ypg']);
  });
  it('a leader descriptor with an apposed name: the person (both languages)', () => {
    expect(rels('ودعا دولت بهجلي زعيم «حزب العمال الكردستاني» المسجون عبد الله أوجلان إلى إعلان حل الحزب.', 'ar')).toEqual(['devlet-bahceli urged abdullah-ocalan']);
    expect(rels('Bahceli urged jailed PKK leader Abdullah Ocalan to address parliament.', 'en')).toEqual(['devlet-bahceli urged abdullah-ocalan']);
    expect(rels('Erdogan urged the PKK to lay down its arms.', 'en')).toEqual(['recep-tayyip-erdogan urged pkk']);
  });
});

describe('an articled word right after a quoted name is its phrase\'s adjective, not a group', () => {
  it('`وتدعم فصائل «X» المعارضة`: the ، و-verb keeps the opening subject, X is its object', () => {
    expect(rels('وتنشر تركيا قوات في شمال سوريا، وتدعم فصائل «الجيش الوطني السوري» المعارضة.', 'ar')).toEqual(['tur deployed_in northern-syria', 'tur supported syrian-national-army']);
  });
});
