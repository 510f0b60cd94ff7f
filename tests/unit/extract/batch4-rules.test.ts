/**
 * Language rules for the classes of misses of held-out batch 4 (issue #3), each checked on new
 * sentences written for this file (not taken from data/articles or data/heldout), with a negative
 * case where a rule could over-reach.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('a title of address does not hide a known person', () => {
  it('English: "Grand Ayatollah", "His Highness" before a lexicon name', () => {
    const a = extract('Grand Ayatollah Ali Khamenei received the Iraqi prime minister on Monday.', 'en', '2023-03-01');
    expect(a.entities.filter((e) => e.discovered)).toEqual([]);
    expect(triples(a, 'hosted')[0]).toMatch(/^ali-khamenei hosted /);
    const b = extract('His Highness Sheikh Tamim bin Hamad met Erdogan in Doha on Monday.', 'en', '2023-03-01');
    expect(triples(b, 'met')).toEqual(['tamim-bin-hamad met recep-tayyip-erdogan']);
  });
  it('Arabic: titles in a row between a verb and its subject (VSO)', () => {
    const a = extract('استقبل سماحة آية الله علي خامنئي الرئيس بشار الأسد أمس في طهران.', 'ar', '2023-03-01');
    expect(triples(a, 'hosted')).toEqual(['ali-khamenei hosted bashar-al-assad']);
    expect(a.entities.filter((e) => e.discovered)).toEqual([]);
    const b = extract('التقى سمو ولي العهد الأمير محمد بن سلمان الرئيس بشار الأسد أمس.', 'ar', '2023-03-01');
    expect(triples(b, 'met')).toEqual(['mohammed-bin-salman met bashar-al-assad']);
  });
  it('an unknown name after titles in a row is discovered once, without its titles', () => {
    const a = extract('استقبل سمو ولي العهد الأمير فلان الفلاني الرئيس بشار الأسد أمس.', 'ar', '2023-03-01');
    expect(a.entities.filter((e) => e.discovered).map((e) => e.label_ar)).toEqual(['فلان الفلاني']);
  });
});

describe('people of the domain the lexicon was missing', () => {
  it('Xi Jinping, Iran’s acting president (2024), Kataib Hezbollah are known, not discovered', () => {
    const a = extract('Chinese President Xi Jinping received the Syrian president in Beijing on Monday.', 'en', '2023-10-03');
    expect(triples(a, 'hosted')).toEqual(['xi-jinping hosted bashar-al-assad']);
    const b = extract('واستقبل الرئيس الإيراني بالوكالة وزير الخارجية العراقي أمس في طهران.', 'ar', '2024-06-10');
    expect(triples(b, 'hosted')[0]).toMatch(/^mohammad-mokhber hosted /);
    const c = extract('Washington blamed Kataib Hezbollah for the drone attack on Sunday.', 'en', '2024-02-01');
    expect(triples(c, 'accused')).toEqual(['usa accused kataib-hezbollah']);
  });
});

describe('several leaders as the subject of "held talks" / "أجرى محادثات": every pair met', () => {
  it('English: a "whose …" relative clause between the list and the light verb', () => {
    const a = extract('Sisi, King Abdullah II and Assad, whose governments back the new Arab plan, held talks for two hours on Monday.', 'en', '2023-06-06');
    expect(triples(a, 'met')).toEqual(['abdel-fattah-al-sisi met abdullah-ii', 'abdel-fattah-al-sisi met bashar-al-assad', 'abdullah-ii met bashar-al-assad']);
  });
  it('English: a role group holding talks with a counterpart, dated "on May 3" ("May" is no modal there)', () => {
    const a = extract('The foreign ministers of Egypt and Iraq held talks with their Syrian counterpart, Faisal Mekdad, in Cairo on May 3.', 'en', '2023-05-10');
    expect(triples(a, 'met')).toEqual(['fuad-hussein met faisal-mekdad', 'sameh-shoukry met faisal-mekdad', 'sameh-shoukry met fuad-hussein']);
    expect(a.relations.every((r) => r.date === '2023-05-03')).toBe(true);
  });
  it('Arabic: a relative clause "، الذين …،" between the list and محادثات; "نظيرهم" introduces the object', () => {
    const a = extract('وأجرى السيسي والأسد، اللذان وصلا إلى الرياض أمس، محادثات مطولة.', 'ar', '2023-05-19');
    expect(triples(a, 'met')).toEqual(['abdel-fattah-al-sisi met bashar-al-assad']);
    const b = extract('وأجرى وزيرا خارجية مصر والعراق محادثات مع نظيرهم السوري فيصل المقداد في القاهرة.', 'ar', '2023-05-10');
    expect(triples(b, 'met')).toEqual(['fuad-hussein met faisal-mekdad', 'sameh-shoukry met faisal-mekdad', 'sameh-shoukry met fuad-hussein']);
  });
  it('a relative clause keeps its objects: "who met in Cairo, held talks on Syria" meets no Syria', () => {
    const a = extract('Sisi and King Abdullah II, who met in Cairo, held talks on Syria on Monday.', 'en', '2023-06-06');
    expect(triples(a, 'met')).toEqual(['abdel-fattah-al-sisi met abdullah-ii']);
  });
  it('a loose genitive past a temporal adjunct is not the object ("backed the opposition after the war against Assad")', () => {
    const a = extract('Qatar backed the opposition after the war against Assad began.', 'en', '2023-06-06');
    // ("the opposition" is the Syrian opposition, as المعارضة is: the object, never Assad)
    expect(triples(a, 'supported')).toEqual(['qat supported syrian-opposition']);
    const b = extract('Erdogan has threatened since June to launch an offensive against the YPG.', 'en', '2023-06-06');
    expect(triples(b, 'threatened')).toEqual(['recep-tayyip-erdogan threatened ypg']);
  });
});

describe('Arabic: a verb with و after another verb, and a lone name after it', () => {
  it('"…، وتدعم «X»": X is the object; the subject is the first verb’s', () => {
    const a = extract('وتحتفظ إيران بنقاط مراقبة في حلب، وتدعم «حزب الله» الذي يقاتل في ريف حمص.', 'ar', '2024-02-01');
    expect(triples(a, 'supported')).toEqual(['irn supported hezbollah']);
    expect(triples(a, 'deployed_in')).toContain('irn deployed_in aleppo');
  });
  it('"…، وتدعم روسيا الحكومة": a subject with its own object after the verb is kept', () => {
    const a = extract('وتنشر إيران مستشارين في سوريا، وتدعم روسيا الحكومة السورية.', 'ar', '2024-02-01');
    expect(triples(a, 'supported')).toEqual(['rus supported syr']);
  });
});

describe('requests: "asked A and B to …", "X said Y must …", "قال X إن على Y أن …" are urged', () => {
  it('"asked Russia and Iran to back Turkey" after a relative clause dated "since May"', () => {
    const a = extract('Erdogan, who has pressed for a buffer zone since May, asked Russia and Iran to back Turkey against the YPG.', 'en', '2022-07-20');
    expect(triples(a, 'urged')).toEqual(['recep-tayyip-erdogan urged irn', 'recep-tayyip-erdogan urged rus']);
  });
  it('a speaker saying what another actor must do urges it; the act is not done', () => {
    const a = extract('Lavrov said Turkish forces must withdraw from northern Syria.', 'en', '2023-05-10');
    expect(triples(a)).toEqual(['sergei-lavrov urged tur', 'tur deployed_in northern-syria']); // (a demanded withdrawal presupposes the presence: gold rule 13)
    const b = extract('وقال عبد اللهيان إن على واشنطن أن تسحب قواتها من سوريا.', 'ar', '2023-05-10');
    expect(triples(b)).toEqual(['hossein-amir-abdollahian urged usa', 'usa deployed_in syr']); // (gold rule 13)
  });
  it('not one’s own side, and not without a speaker', () => {
    expect(triples(extract('Erdogan said Turkey must act against the PKK.', 'en', '2023-05-10'), 'urged')).toEqual([]);
    expect(triples(extract('Turkish forces must withdraw from northern Syria.', 'en', '2023-05-10'))).toEqual([]);
  });
});
describe('an obligation in the passive names no addressee', () => {
  it('"said the PKK should be expelled" urges no PKK (the one told it is urged: gold of 2022-12-12-putin-erdogan-call.en)', () => {
    expect(triples(extract('Erdogan told Putin that the PKK should be expelled from the border area.', 'en', '2023-05-10'), 'urged')).toEqual(['recep-tayyip-erdogan urged vladimir-putin']);
  });
});

describe('standing facts: allies and backers act for the one named after them', () => {
  it('Arabic: "وتعد X، إلى جانب Y، أبرز حلفاء Z", "حليفتا Z", "الحليف الأبرز لـZ"', () => {
    const a = extract('وتعد قطر، إلى جانب تركيا، أبرز حلفاء المعارضة السورية.', 'ar', '2023-01-15');
    expect(triples(a, 'supported')).toEqual(['qat supported syrian-opposition', 'tur supported syrian-opposition']);
    const b = extract('وموسكو وطهران حليفتا الحكومة السورية منذ سنوات.', 'ar', '2023-01-15');
    expect(triples(b, 'supported')).toEqual(['irn supported syr', 'rus supported syr']);
    const c = extract('وقالت طهران، الحليف الأبرز لدمشق، إن الضربات غير مقبولة.', 'ar', '2023-01-15');
    expect(triples(c, 'supported')).toEqual(['irn supported syr']);
  });
  it('English: "X and Y are Z\'s main allies"; the possessor is not the doer', () => {
    const a = extract("Moscow and Tehran are Assad's closest allies.", 'en', '2023-01-15');
    expect(triples(a, 'supported')).toEqual(['irn supported bashar-al-assad', 'rus supported bashar-al-assad']);
  });
});

describe('event nouns and pairs inside long Arabic clauses', () => {
  it('"بعد لقاء X نظيره Y في …، حيث اتفقا على …": the verbal noun’s bare object, and the dual verb’s pair', () => {
    const a = extract('وجاءت الخطوة بعد أسبوع من لقاء الرئيس الإيراني إبراهيم رئيسي نظيره السوري بشار الأسد في دمشق، حيث اتفقا على توسيع التعاون.', 'ar', '2023-05-10');
    expect(triples(a)).toEqual(['ebrahim-raisi agreed_with bashar-al-assad', 'ebrahim-raisi met bashar-al-assad']);
  });
  it('no bare object past other words ("محادثات «صيغة أستانا» بشأن سوريا")', () => {
    const a = extract('وانطلقت في أستانا جولة جديدة من محادثات «صيغة أستانا» بشأن سوريا.', 'ar', '2024-01-25');
    expect(triples(a, 'met')).toEqual([]);
  });
  it('"كان X يشارك في قمة …، حيث التقى نظيره Y": the clause’s subject', () => {
    const a = extract('وكان الرئيس الإيراني إبراهيم رئيسي يشارك في قمة إقليمية في مدينة سوتشي الروسية، حيث التقى نظيره الروسي فلاديمير بوتين.', 'ar', '2023-05-10');
    expect(triples(a, 'met')).toEqual(['ebrahim-raisi met vladimir-putin']);
  });
  it('"استقبل X Y …، وبحث الجانبان …": the sides of the reception in the same sentence', () => {
    const a = extract('التقى بوتين أردوغان الشهر الماضي. واستقبل الرئيس السوري بشار الأسد أمس وزير الخارجية العراقي فؤاد حسين، وبحث الجانبان العلاقات الثنائية.', 'ar', '2023-05-10');
    expect(triples(a, 'met')).toEqual(['bashar-al-assad met fuad-hussein', 'vladimir-putin met recep-tayyip-erdogan']);
  });
  it('"…، وقال خلال اللقاء …", "during the meeting": the host and guest met; not "مقر القمة"', () => {
    const a = extract('واستقبل الرئيس السوري بشار الأسد وزير الخارجية العراقي فؤاد حسين، وقال خلال اللقاء إن العلاقات تتطور.', 'ar', '2023-05-10');
    expect(triples(a, 'met')).toEqual(['bashar-al-assad met fuad-hussein']);
    const b = extract('وكان وزير الخارجية العراقي فؤاد حسين في استقبال الأسد لدى وصوله إلى مقر القمة.', 'ar', '2023-05-10');
    expect(triples(b, 'met')).toEqual([]);
  });
});

describe('compounds, shared prepositions and pronouns are no subjects', () => {
  it('"Iran-backed groups have launched attacks": Iran is no attacker; "X, a group of Iran-backed militias" is backed', () => {
    expect(triples(extract('Iran-backed groups have launched dozens of attacks on US forces since October.', 'en', '2024-02-03'), 'attacked')).toEqual([]);
    const a = extract('Israel struck Kataib Hezbollah, a coalition of Iran-backed militias, on Monday.', 'en', '2024-02-03');
    expect(triples(a, 'supported')).toEqual(['irn supported kataib-hezbollah']);
  });
  it('"targets in Iraq and Syria … the militias it backs": the second member shares "in"; "it" is no list', () => {
    const a = extract('Israel hit positions in Lebanon and Syria tied to the militias it backs, the army said.', 'en', '2024-02-03');
    expect(triples(a, 'supported')).toEqual([]);
  });
  it('Arabic: a feminine suffix (دعمها) is the last country named, not the carried person', () => {
    const a = extract('وقال بوتين إن الحوار مستمر. وتطالب أنقرة واشنطن بوقف دعمها لها.', 'ar', '2024-10-24');
    expect(triples(a, 'supported')).toEqual([]);
  });
  it('"received A and, separately, B": both are guests', () => {
    const a = extract('Erdogan received Raisi and, separately, Iraqi Prime Minister Mohammed Shia al-Sudani on Monday.', 'en', '2023-05-10');
    expect(triples(a, 'hosted')).toEqual(['recep-tayyip-erdogan hosted ebrahim-raisi', 'recep-tayyip-erdogan hosted mohammed-shia-al-sudani']);
  });
});

describe('warnings: about another’s act they urge the addressee; about one’s own act they threaten', () => {
  it('"warned X that a Turkish offensive would …", "warned X against …" → urged', () => {
    expect(triples(extract('Putin warned Erdogan that a Turkish offensive would destabilise Syria.', 'en', '2022-07-20'))).toEqual(['vladimir-putin urged recep-tayyip-erdogan']);
    expect(triples(extract('Raisi warned Erdogan against a new incursion.', 'en', '2022-07-20'), 'urged')).toEqual(['ebrahim-raisi urged recep-tayyip-erdogan']);
  });
  it('"warned X that it/Turkey would strike" stays a threat', () => {
    expect(triples(extract('Erdogan warned the YPG that Turkey would strike at any moment.', 'en', '2022-07-20'), 'threatened')).toEqual(['recep-tayyip-erdogan threatened ypg']);
    expect(triples(extract('Ankara warned the PKK that it would respond.', 'en', '2022-07-20'), 'threatened')).toEqual(['tur threatened pkk']);
  });
});

describe('batch 3 classes: conditions on ties, "his allies", a verb phrase after "and"', () => {
  it('a condition on any reconciliation with a party urges that party', () => {
    expect(triples(extract('Erdogan said on Monday that any normalisation with Damascus required a political settlement.', 'en', '2023-05-10'), 'urged')).toEqual(['recep-tayyip-erdogan urged syr']);
    expect(triples(extract('وقال عبد اللهيان إن أي تقارب مع واشنطن يتطلب رفع العقوبات.', 'ar', '2023-05-10'), 'urged')).toEqual(['hossein-amir-abdollahian urged usa']);
    // (no condition: nothing)
    expect(triples(extract('Erdogan said on Monday that any normalisation with Damascus was welcome.', 'en', '2023-05-10'))).toEqual([]);
  });
  it('"Russia and Iran are his main allies and have military personnel in Syria"', () => {
    const a = extract('Qatar backs rebels fighting President Bashar al-Assad, while Moscow and Tehran are his closest allies and have military personnel in Syria.', 'en', '2023-05-10');
    expect(triples(a, 'supported')).toEqual(['irn supported bashar-al-assad', 'rus supported bashar-al-assad']);
    expect(triples(a, 'deployed_in')).toEqual(['irn deployed_in syr', 'rus deployed_in syr']);
  });
  it('"X regards Y as … and has long criticised Z": X criticised Z', () => {
    const a = extract('Iran regards the SDF as an American proxy and has long criticised Washington for arming the group.', 'en', '2024-01-14');
    expect(triples(a, 'criticized')).toEqual(['irn criticized usa']);
  });
});

describe('Arabic purposes and "حيث" clauses', () => {
  it('"لدعم X", "للقاء Y" take the subject of the verb they serve; a planned trip plans the meeting', () => {
    const a = extract('وتنشر تركيا آلاف الجنود في شمال سوريا لدعم فصائل «الجيش الوطني السوري».', 'ar', '2023-01-15');
    expect(triples(a, 'supported')).toEqual(['tur supported syrian-national-army']);
    const b = extract('ومن المقرر أن يتوجه المقداد إلى الرياض للقاء نظيره السعودي فيصل بن فرحان الأسبوع المقبل.', 'ar', '2023-04-10');
    expect(b.relations.map((r) => `${r.source} ${r.relation} ${r.target} ${r.attrs?.mode ?? ''}`).sort()).toEqual(['faisal-mekdad met faisal-bin-farhan planned', 'faisal-mekdad visited riyadh planned']);
  });
  it('"…، حيث تدعم «X» التي …": the nearest subject before حيث, X its object', () => {
    const a = extract('وتنشر روسيا قوات في قاعدة حميميم، حيث تدعم «الجيش السوري» الذي يقاتل في إدلب.', 'ar', '2023-01-15');
    expect(triples(a, 'supported')).toEqual(['rus supported syr']);
  });
});

describe('joint statements, modal scope and landings', () => {
  it('"The statement … condemned": the parties of the last joint act; a past verb after "and" is outside "rejected"', () => {
    const a = extract('Sisi, King Abdullah II and Assad held talks in Amman on Monday. The statement also rejected foreign interference and condemned Israel\'s air strikes on Syrian territory.', 'en', '2023-06-06');
    expect(triples(a, 'criticized')).toEqual(['abdel-fattah-al-sisi criticized isr', 'abdullah-ii criticized isr', 'bashar-al-assad criticized isr']);
    expect(triples(a, 'attacked')).toEqual(['isr attacked syr']);
  });
  it('"said X must be decided … and accused Y": the accusation is no modal’s', () => {
    const a = extract('Lavrov said the matter must be settled by Syrians and accused Washington of stealing Syrian oil.', 'en', '2023-06-06');
    expect(triples(a, 'accused')).toEqual(['sergei-lavrov accused usa']);
    // (still a modal: "must … and accuse")
    expect(triples(extract('Lavrov said Moscow must be patient and accuse no one.', 'en', '2023-06-06'), 'accused')).toEqual([]);
  });
  it('"landed in X" is a visit', () => {
    expect(triples(extract('Assad landed in Riyadh on Thursday.', 'en', '2023-05-19'))).toEqual(['bashar-al-assad visited riyadh']);
  });
});

describe('more Arabic continuations', () => {
  it('"زار X دمشق …، في أول زيارة …، ووقّع مع Y": the و-verb after a comma shares the subject', () => {
    const a = extract('وكان أردوغان قد زار الدوحة الشهر الماضي، في أول زيارة لرئيس تركي إلى قطر منذ سنوات، ووقّع مع أمير قطر تميم بن حمد اتفاقية تعاون.', 'ar', '2023-05-10');
    expect(triples(a, 'agreed_with')).toEqual(['recep-tayyip-erdogan agreed_with tamim-bin-hamad']);
  });
  it('"أنه أجرى محادثة مع نظيره X": the speaker held the talk', () => {
    const a = extract('وكشف المقداد أمس أنه أجرى محادثة قصيرة مع نظيره العراقي فؤاد حسين.', 'ar', '2023-05-10');
    expect(triples(a, 'met')).toEqual(['faisal-mekdad met fuad-hussein']);
  });
  it('parallel prepositional members across a country named as a place ("… في شمال العراق ولـ…")', () => {
    const a = extract('وشنت الطائرات التركية غارات على مواقع لحزب العمال الكردستاني في العراق ولقوات سوريا الديمقراطية في سوريا.', 'ar', '2023-05-10');
    expect(triples(a, 'attacked')).toEqual(['tur attacked pkk', 'tur attacked sdf']);
  });
});

describe('Arabic clause edges and suffix pronouns', () => {
  it('objects do not cross a complementizer; a feminine suffix is no man; "تنتظر من X أن" urges X', () => {
    const a = extract('وقال فيدان إن الضربات التركية تستهدف «المسلحين فقط»، مؤكداً أن أنقرة تنتظر من واشنطن أن توقف دعمها لقسد.', 'ar', '2023-10-06');
    expect(triples(a)).toEqual(['tur urged usa']);
  });
  it('"تواصل دعمها": after an imperfect verb, a word with a suffix is its object noun, not "supported her"', () => {
    const a = extract('وقال أردوغان إن واشنطن تواصل دعمها لقسد.', 'ar', '2023-10-06');
    expect(triples(a, 'supported')).toEqual(['usa supported sdf']);
  });
});

describe('envoys sent and relative objects', () => {
  it('"إيفاد X مبعوثه الخاص إلى سوريا Y إلى دمشق": sent_envoy, destination after the name (not the title’s)', () => {
    const a = extract('وجاء ذلك بعد إيفاد الرئيس الروسي فلاديمير بوتين مبعوثه الخاص إلى سوريا ألكسندر لافرنتييف إلى بغداد.', 'ar', '2023-01-15');
    expect(a.relations.filter((r) => r.relation === 'sent_envoy').map((r) => `${r.source} ${r.target} ${r.attrs?.destination}`)).toEqual(['vladimir-putin alexander-lavrentiev baghdad']);
  });
  it('"X, which Washington has accused of …": the antecedent is the object', () => {
    expect(triples(extract('Washington keeps sanctions on the Iranian government, which Britain has accused of arming Russia.', 'en', '2023-09-22'), 'accused')).toEqual(['gbr accused irn']);
  });
});

describe('"talks in X on DATE between the A, B and C ministers"', () => {
  it('a place and a date before "between the …" do not hide the pairs', () => {
    const a = extract('It came after talks in Amman on May 1 between the Jordanian and Syrian foreign ministers.', 'en', '2023-05-10');
    expect(triples(a, 'met')).toEqual(['ayman-safadi met faisal-mekdad']);
  });
  it('the plain case still gives the pair', () => {
    const a = extract('Russia hosted talks between Turkey and Syria on Monday.', 'en', '2023-05-10');
    expect(triples(a, 'met')).toEqual(['tur met syr']);
  });
});

describe('Arabic relative clauses and descriptive verbs', () => {
  it('"إلى تركيا التي تنشر قوات في …": the antecedent of التي is the subject, even after a preposition', () => {
    const a = extract('وأشار إلى روسيا التي تنشر قوات في قاعدة حميميم.', 'ar', '2023-05-20');
    expect(triples(a, 'deployed_in')).toEqual(['rus deployed_in hmeimim-air-base']);
  });
  it('"هجوم استهدف مقر X": the verb describes the attack; with no doer named, no one attacked', () => {
    const a = extract('وجاء ذلك بعد هجوم استهدف مقر وزارة الدفاع السورية قرب دمشق.', 'ar', '2023-05-20');
    expect(triples(a, 'attacked')).toEqual([]);
  });
});

describe('hopes and expectations about another actor urge it', () => {
  it('"X, which …, has said it hopes Y will refrain …", "تأمل موسكو أن تمتنع أنقرة"', () => {
    const a = extract('Iran, which backs Hezbollah and funds militias in Iraq, has said it hopes Turkey will refrain from new strikes.', 'en', '2022-08-06');
    expect(triples(a, 'urged')).toEqual(['irn urged tur']);
    const b = extract('وقال لافروف إن موسكو تأمل أن تمتنع أنقرة عن أي عملية جديدة.', 'ar', '2022-08-06');
    expect(triples(b, 'urged')).toEqual(['rus urged tur']);
  });
  it('not one’s own plan or side ("hopes to meet", "expects Turkey will win")', () => {
    expect(triples(extract('Erdogan hopes to meet Assad soon.', 'en', '2022-08-06'), 'urged')).toEqual([]);
    expect(triples(extract('Erdogan said he expects Turkey will win.', 'en', '2022-08-06'), 'urged')).toEqual([]);
  });
});
