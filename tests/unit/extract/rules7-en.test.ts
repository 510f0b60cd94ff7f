/**
 * English language rules from the misses of held-out batches 5 and 6 (issue #3), each checked on new sentences
 * written for this file (other names, events and word orders than the articles), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

describe('"he"/"she" name a person, never a country or a report source', () => {
  it('after a sentence whose source is a state body, "he" is the person of the sentence before', () => {
    const a = extract(
      "Jordanian Foreign Minister Ayman Safadi landed in Ankara on Tuesday. He was welcomed by President Recep Tayyip Erdogan, Turkey's presidency said.",
      'en',
      '2024-03-06',
    );
    expect(triples(a, 'hosted')).toEqual(['recep-tayyip-erdogan hosted ayman-safadi']);
  });
  it('"X went to Y, where he was received by Z": the person named first in the sentence', () => {
    const a = extract('Vladimir Putin phoned Ebrahim Raisi on Monday. Sergei Lavrov travelled to Baghdad, where he was received by Iraqi Prime Minister Mohammed Shia al-Sudani.', 'en', '2024-03-06');
    expect(triples(a, 'hosted')).toEqual(['mohammed-shia-al-sudani hosted sergei-lavrov']);
  });
  it('a carried person subject still serves ("He also met …")', () => {
    const a = extract('Hakan Fidan arrived in Riyadh on Sunday. He also met Faisal bin Farhan.', 'en', '2024-03-06');
    expect(triples(a, 'met')).toEqual(['hakan-fidan met faisal-bin-farhan']);
  });
});

describe('a person and their own state are never the two ends of a meeting', () => {
  it('"Erdogan met Turkish officials", "received a Syrian delegation": no relation with one\'s own state', () => {
    const a = extract('Erdogan met Turkish military officials in Ankara on Monday.', 'en', '2024-03-06');
    expect(triples(a, 'met')).toEqual([]);
    const b = extract('President Bashar al-Assad received a Syrian delegation in Damascus on Monday.', 'en', '2024-03-06');
    expect(triples(b, 'hosted')).toEqual([]);
  });
  it('a person meeting another state is kept', () => {
    const a = extract('Egypt received Syrian President Bashar al-Assad in Cairo on Monday.', 'en', '2024-03-06');
    expect(triples(a, 'hosted')).toEqual(['egy hosted bashar-al-assad']);
  });
});

describe('"X, along with / together with Y, VERB" gives the relation to both X and Y', () => {
  it('a fronted pair set off by commas', () => {
    const a = extract('The United Arab Emirates, together with Bahrain, restored ties with Damascus in 2018.', 'en', '2024-03-06');
    expect(triples(a, 'reconciled_with')).toEqual(['are reconciled_with syr', 'bhr reconciled_with syr']);
  });
  it('a relative clause opened by the conjunction: "X, which along with Y is Z\'s ally"', () => {
    const a = extract("Tehran, which along with Moscow is Damascus's key ally, criticised the decision.", 'en', '2024-03-06');
    expect(triples(a, 'supported')).toEqual(['irn supported syr', 'rus supported syr']);
    const b = extract('Hezbollah, which together with Iran backs the Syrian government, condemned the attack.', 'en', '2024-03-06');
    expect(triples(b, 'supported')).toEqual(['hezbollah supported syr', 'irn supported syr']);
  });
  it('a relative clause without the conjunction keeps its one antecedent', () => {
    const a = extract('Hezbollah, which backs the Syrian government, condemned the attack.', 'en', '2024-03-06');
    expect(triples(a, 'supported')).toEqual(['hezbollah supported syr']);
  });
  it('"main ally" with a possessor is an alliance ("X is Y\'s main ally")', () => {
    const a = extract("Iran is Hezbollah's main ally.", 'en', '2024-03-06');
    expect(triples(a, 'supported')).toEqual(['irn supported hezbollah']);
  });
});

describe('a killing is an attack on the one killed', () => {
  it('"X was killed in a US raid / by a US drone strike": the attack noun\'s doer attacked X (not the place)', () => {
    const a = extract('Abu Mohammed al-Adnani was killed by a US drone strike in Aleppo province.', 'en', '2024-08-01');
    expect(triples(a, 'attacked')).toEqual(['usa attacked abu-mohammed-al-adnani']);
    const b = extract("Hezbollah commander Fuad Shukr was killed in an Israeli air strike on Beirut's southern suburbs on Tuesday.", 'en', '2024-08-01');
    expect(triples(b, 'attacked')).toEqual(['isr attacked fuad-shukr']);
    expect(b.relations[0]!.date).toBe('2024-07-30');
  });
  it('"the assassination of X in an Israeli strike"', () => {
    const a = extract('Tehran vowed revenge for the assassination of Ismail Haniyeh in an Israeli strike in Tehran.', 'en', '2024-08-01');
    expect(triples(a, 'attacked')).toEqual(['isr attacked ismail-haniyeh']);
  });
  it('active: "US forces killed the leader of the group, NAME, in a raid" and "an Israeli strike killed X"', () => {
    const a = extract('US special forces killed the leader of the Islamic State group, Abu Bakr al-Baghdadi, in a raid on a house in Idlib.', 'en', '2024-08-01');
    expect(triples(a, 'attacked')).toEqual(['usa attacked abu-bakr-al-baghdadi']);
    const b = extract('An Israeli drone strike killed Saleh al-Arouri in Beirut.', 'en', '2024-08-01');
    expect(triples(b, 'attacked')).toEqual(['isr attacked saleh-al-arouri']);
    const c = extract('Turkish drones killed three SDF fighters near Qamishli.', 'en', '2024-08-01');
    expect(triples(c, 'attacked')).toEqual(['tur attacked sdf']);
  });
  it('no one named as the killer: no relation, and no carried subject', () => {
    const a = extract('Turkey struck the PKK on Monday. The earthquake killed more than 50,000 people in Turkey and Syria.', 'en', '2024-08-01');
    expect(triples(a, 'attacked')).toEqual(['tur attacked pkk']);
    const b = extract('Imad Mughniyeh was killed by a car bomb in Damascus in 2008.', 'en', '2024-08-01');
    expect(triples(b, 'attacked')).toEqual([]);
  });
});

describe('threats of retaliation: "warned that (own side) would respond to …", "said X would pay"', () => {
  it('the warner threatens the one whose act its own side will answer, not its own side', () => {
    const a = extract('Abbas Araghchi met Bashar al-Assad on Monday. He warned that Tehran would hit back against Washington.', 'en', '2024-08-01');
    expect(triples(a, 'threatened')).toEqual(['abbas-araghchi threatened usa']);
    const b = extract('Hezbollah said it would retaliate for any Israeli strike on Lebanon.', 'en', '2024-08-01');
    expect(triples(b, 'threatened')).toEqual(['hezbollah threatened isr']);
  });
  it('"warned X that (own side) would retaliate": the one warned', () => {
    const a = extract('Erdogan warned the Syrian government that Turkey would retaliate.', 'en', '2024-08-01');
    expect(triples(a, 'threatened')).toEqual(['recep-tayyip-erdogan threatened syr']);
  });
  it('"said X would pay a heavy price": the one who will pay', () => {
    const a = extract('Israeli Defence Minister Yoav Gallant said Hezbollah would pay a heavy price for the rocket fire.', 'en', '2024-08-01');
    expect(triples(a, 'threatened')).toEqual(['yoav-gallant threatened hezbollah']);
  });
  it('another side\'s response is no threat of the speaker', () => {
    const a = extract('Iran said Israel would respond to the attack.', 'en', '2024-08-01');
    expect(triples(a, 'threatened')).toEqual([]);
  });
});

describe('firing at a country is an attack; a participle after "after" has the main subject', () => {
  it('"fired missiles at X"', () => {
    const a = extract('Hezbollah fired dozens of rockets at Israel on Sunday.', 'en', '2024-08-01');
    expect(triples(a, 'attacked')).toEqual(['hezbollah attacked isr']);
    const b = extract('The army fired at protesters in Deraa.', 'en', '2024-08-01');
    expect(triples(b, 'attacked')).toEqual([]);
  });
  it('"A met B …, a day after visiting C": A visited C', () => {
    const a = extract('Lavrov met Fidan in Ankara on Monday, a day after visiting Tehran.', 'en', '2024-08-01');
    expect(triples(a, 'visited')).toEqual(['sergei-lavrov visited tehran']);
  });
});

describe('control and presence: "held by / controlled by / under the control of X", "troops hold a strip of Z"', () => {
  it('a place described by a participle phrase is where its holder is', () => {
    const a = extract('Clashes erupted in Sarmada, a crowded town near the border controlled by Hayat Tahrir al-Sham.', 'en', '2024-08-01');
    expect(triples(a, 'deployed_in')).toEqual(['hts deployed_in sarmada']);
    const b = extract('The convoy reached Jarabulus, held by the US-backed SDF until 2016.', 'en', '2024-08-01');
    expect(triples(b, 'deployed_in')).toEqual(['sdf deployed_in jarablus']);
    const c = extract('Idlib, under the control of HTS, was shelled again.', 'en', '2024-08-01');
    expect(triples(c, 'deployed_in')).toEqual(['hts deployed_in idlib']);
  });
  it('"its troops hold/control a strip of / parts of Z": the state named before (not a person)', () => {
    const a = extract('Russia backs Assad, and its forces control parts of Latakia province.', 'en', '2024-08-01');
    expect(triples(a, 'deployed_in')).toEqual(['rus deployed_in latakia']);
  });
  it('"a summit held in Riyadh" is no presence; a name opening the next clause is no object', () => {
    const a = extract('The summit was held in Riyadh.', 'en', '2024-08-01');
    expect(triples(a, 'deployed_in')).toEqual([]);
    const b = extract('Iranian advisers control a network of depots in the east and Russian jets back the army.', 'en', '2024-08-01');
    expect(triples(b, 'deployed_in')).toEqual([]);
  });
  it('a verb right after a noun that names no actor carries no subject over', () => {
    const a = extract('Erdogan visited Hatay on Monday. Local sources said the operation targeted a farm near Afrin.', 'en', '2024-08-01');
    expect(triples(a, 'attacked')).toEqual([]);
  });
});

describe('a role group joins nothing named before it', () => {
  it('"… between A and B, and the foreign ministers of C, D and E met …": the ministers of that day meet', () => {
    const a = extract('Baghdad has tried to mediate between Riyadh and Tehran, and the foreign ministers of Turkey, Syria and Iran met in Astana on June 21.', 'en', '2023-09-05');
    expect(triples(a, 'met')).toEqual([
      'hakan-fidan met faisal-mekdad',
      'hakan-fidan met hossein-amir-abdollahian',
      'faisal-mekdad met hossein-amir-abdollahian',
    ].sort());
  });
});

describe('meetings said other ways', () => {
  it('"shook hands (with)": met', () => {
    const a = extract('Abdullah II and Netanyahu shook hands at the ceremony in Amman.', 'en', '2024-08-01');
    expect(triples(a, 'met')).toEqual(['abdullah-ii met benjamin-netanyahu']);
    const b = extract('Putin shook hands with Pezeshkian in Kazan on Wednesday.', 'en', '2024-10-24');
    expect(triples(b, 'met')).toEqual(['vladimir-putin met masoud-pezeshkian']);
  });
  it('"X hosted leaders … for a summit, attended by A and B": X hosted each attendee', () => {
    const a = extract('Egypt hosted regional leaders in Cairo on Saturday for a peace summit on the war in Gaza, attended by Jordan\'s King Abdullah II and Iraqi Prime Minister Mohammed Shia al-Sudani.', 'en', '2023-10-22');
    expect(triples(a, 'hosted')).toEqual(['egy hosted abdullah-ii', 'egy hosted mohammed-shia-al-sudani']);
  });
  it('"… was prepared by X during a visit, when he held talks with Y": the agent is the "he"', () => {
    const a = extract('The summit was prepared by Foreign Minister Ayman Safadi, who travelled widely, during a visit to Baghdad on Monday, when he held talks with Fuad Hussein.', 'en', '2024-08-01');
    expect(triples(a, 'met')).toEqual(['ayman-safadi met fuad-hussein']);
  });
  it('"the two ministers, whose …, held talks": the pair received before, through a relative clause and "he"', () => {
    const a = extract('Safadi then flew to Ankara, where he was received by Hakan Fidan. The two ministers, whose countries share a long border with Syria, held lengthy talks.', 'en', '2024-08-01');
    expect(triples(a, 'met')).toEqual(['hakan-fidan met ayman-safadi']);
  });
});

describe('operations against X; modal events', () => {
  it('"carried out (cross-border) operations against A and B": attacked each; a present perfect takes the publication date', () => {
    const a = extract('Iraq has carried out repeated military operations against Islamic State and the PKK since 2017.', 'en', '2024-03-06');
    expect(triples(a, 'attacked')).toEqual(['irq attacked isis', 'irq attacked pkk']);
    expect(a.relations.map((r) => r.date)).toEqual(['2024-03-06', '2024-03-06']);
  });
  it('"said its forces would press on with operations against X": a planned attack', () => {
    const a = extract('Netanyahu said Israeli forces would press on with operations against Hamas and Hezbollah.', 'en', '2024-03-06');
    expect(triples(a, 'attacked')).toEqual(['isr attacked hamas', 'isr attacked hezbollah']);
    expect(a.relations.every((r) => r.attrs?.mode === 'planned')).toBe(true);
  });
  it('"a meeting with X was possible", "talks … are likely": no meeting', () => {
    const a = extract('Pezeshkian said a meeting with Saudi Crown Prince Mohammed bin Salman was possible.', 'en', '2024-10-01');
    expect(triples(a, 'met')).toEqual([]);
    const b = extract('A summit between Putin and Erdogan is likely next month.', 'en', '2024-10-01');
    expect(triples(b, 'met')).toEqual([]);
  });
});

describe('objects: clauses, compounds and group words after a preposition', () => {
  it('"called for X and criticised Y": Y is the second verb\'s only; "rejected X and condemned Y" shares the subject', () => {
    const a = extract('Sisi called for an immediate ceasefire and condemned Israel for the siege.', 'en', '2024-03-06');
    expect(triples(a)).toEqual(['abdel-fattah-al-sisi criticized isr']);
  });
  it('"Iranian-backed militias": the first part of a compound is no object; "Iran-linked sites" name whose the sites are (gold rule 10)', () => {
    const a = extract('Washington accused Baghdad and Iranian-backed militias of attacking its bases.', 'en', '2024-03-06');
    expect(triples(a, 'accused')).toEqual(['usa accused irq']);
    const b = extract('Israel struck Iran-linked sites near Damascus airport.', 'en', '2024-03-06');
    expect(triples(b, 'attacked')).toContain('isr attacked irn');
  });
  it('"blamed the bombing on the two groups": the group word after the preposition', () => {
    const a = extract('A bomb hit Azaz. Ankara named the PKK and the YPG. It has blamed the attack on the two groups.', 'en', '2024-03-06');
    expect(triples(a, 'accused')).toEqual(['tur accused pkk', 'tur accused ypg']);
  });
  it('"X, whose country was readmitted to …": the country of the person before the clause', () => {
    const b = extract('Assad, whose government was readmitted to the Arab League in May, criticised Israel.', 'en', '2024-03-06');
    expect(triples(b, 'reconciled_with')).toEqual(['syr reconciled_with arab-league']);
  });
});

describe('more of the vocabulary: capitals, invasions, agreements, working with', () => {
  it('capitals stand for their states as actors ("Kyiv", "Tel Aviv")', () => {
    const a = extract('Ankara urged Kyiv on Monday to reopen the talks.', 'en', '2024-03-06');
    expect(triples(a, 'urged')).toEqual(['tur urged ukr']);
  });
  it('"X invaded Y", "X\'s invasion of Y": attacked', () => {
    const a = extract('Iraq invaded Kuwait in August 1990.', 'en', '2024-03-06');
    expect(triples(a, 'attacked')).toEqual(['irq attacked kwt']);
  });
  it('"an agreement between A and B" is agreed_with; "proposals to revive the deal" by A and B is not', () => {
    const a = extract('The ceasefire rests on a March 2020 agreement between Moscow and Ankara.', 'en', '2024-03-06');
    expect(triples(a, 'agreed_with')).toEqual(['rus agreed_with tur']);
    const b = extract('Qatar and Egypt would soon present new ideas to revive the deal.', 'en', '2024-03-06');
    expect(triples(b, 'agreed_with')).toEqual([]);
  });
  it('"work with / fight alongside X" is coordinated_with', () => {
    const a = extract('France keeps special forces in Iraq, where they work with the Kurdish Peshmerga.', 'en', '2024-03-06');
    expect(triples(a, 'coordinated_with')).toEqual(['fra coordinated_with peshmerga']);
  });
});

describe('clauses of place, "they", "it", "the two countries", participles after a comma', () => {
  it('"must leave Z, where they back Y": the where-clause is a fact, "they" the troops named before', () => {
    const a = extract('Lavrov said Turkish forces must leave Idlib, where they support the Syrian National Army.', 'en', '2024-03-06');
    expect(triples(a, 'supported')).toEqual(['tur supported syrian-national-army']);
  });
  it('"X has backed Y, sending advisers to Z": the main subject sends', () => {
    const a = extract('Moscow has backed the Libyan National Army, sending military advisers to Libya.', 'en', '2024-03-06');
    expect(triples(a, 'deployed_in')).toEqual(['rus deployed_in lby']);
  });
  it('"imposed sanctions on it": "it" is a state or a group, not a person', () => {
    const b = extract('London said it would not engage with Hezbollah and has imposed sanctions on it.', 'en', '2024-03-06');
    expect(triples(b, 'sanctioned')).toEqual(['gbr sanctioned hezbollah']);
  });
  it('"X met Y and said the two countries had established a strategic partnership": their countries agreed', () => {
    const a = extract('Putin met Ebrahim Raisi in Tehran and said the two countries had signed a strategic partnership.', 'en', '2022-07-20');
    expect(triples(a, 'agreed_with')).toEqual(['rus agreed_with irn']);
  });
  it('"agreed in March, in a deal brokered by X, to restore diplomatic ties": reconciled, not merely agreed', () => {
    const a = extract('Bahrain and Qatar agreed in April, in a deal brokered by Riyadh, to restore diplomatic ties.', 'en', '2024-03-06');
    expect(triples(a)).toEqual(['bhr reconciled_with qat']);
  });
  it('"sent troops into Z", "vowed to crush X"', () => {
    const a = extract('Ankara sent troops into Afrin in 2018 and vowed to crush the YPG.', 'en', '2024-03-06');
    expect(triples(a)).toEqual(['tur deployed_in afrin', 'tur threatened ypg']);
  });
});

describe('common newsroom verbs', () => {
  it('criticism, attack, support, sanctions, visits, calls and receptions said other ways', () => {
    const cases: [string, string][] = [
      ['Tehran lambasted Washington on Monday.', 'irn criticized usa'],
      ['Turkish jets pounded PKK positions overnight.', 'tur attacked pkk'],
      ['Qatar has funded Hamas for years.', 'qat supported hamas'],
      ['Washington blacklisted three Hezbollah financiers.', 'usa sanctioned hezbollah'],
      ['Assad headed to Moscow on Tuesday.', 'bashar-al-assad visited moscow'],
      ['Lavrov held phone talks with Fidan on Sunday.', 'sergei-lavrov phoned hakan-fidan'],
      ['Erdogan greeted Raisi at the presidential palace.', 'recep-tayyip-erdogan hosted ebrahim-raisi'],
    ];
    for (const [text, triple] of cases) expect(triples(extract(text, 'en', '2024-03-06'))).toEqual([triple]);
  });
  it('the same words with no actor on one side give nothing', () => {
    expect(triples(extract('Storms pounded the coast on Monday.', 'en', '2024-03-06'))).toEqual([]);
    expect(triples(extract('The ministry said the bombing killed five people.', 'en', '2024-03-06'))).toEqual([]);
  });
});

describe('killings with the doer in a when-clause; objects and participle clauses', () => {
  it('"N soldiers were killed when X militants attacked …": X attacked their state', () => {
    const a = extract('Three Iraqi soldiers were killed on Monday when Islamic State fighters ambushed a patrol near Kirkuk.', 'en', '2024-03-06');
    expect(triples(a, 'attacked')).toContain('isis attacked irq');
  });
  it('a noun\'s object does not cross ", VERBing": "since the Hamas attack of May 1, putting the airports of Damascus …"', () => {
    const a = extract('Flights were halted after the Hezbollah attack of May 1, closing the airports of Haifa and Tel Aviv.', 'en', '2024-05-06');
    expect(triples(a, 'attacked')).toEqual([]);
  });
});

describe('"X said it struck Y targets"', () => {
  it('"it" is the state or group named before it; "Y targets/positions" after a verb is the object, not a verb', () => {
    const a = extract('Jordan said it struck Islamic State positions in southern Syria.', 'en', '2024-03-06');
    expect(triples(a, 'attacked')).toEqual(['jor attacked isis']);
    const b = extract('Ankara hit PKK targets in northern Iraq on Sunday.', 'en', '2024-03-06');
    expect(triples(b, 'attacked')).toEqual(['tur attacked pkk']);
  });
  it('"it" is never a person', () => {
    const a = extract('Erdogan said it was time to restore ties with Damascus.', 'en', '2024-03-06');
    expect(triples(a).filter((t) => t.startsWith('recep-tayyip-erdogan reconciled'))).toEqual([]);
  });
});

describe('participle phrases: "X, backed by Y, …" and "…, killing N Z advisers"', () => {
  it('"X, backed/funded by Y": Y supported X', () => {
    const a = extract('The Syrian National Army, funded by Turkey, fought the SDF near Manbij.', 'en', '2024-03-06');
    expect(triples(a, 'supported')).toEqual(['tur supported syrian-national-army']);
    const b = extract('Iraqi forces, backed by US air power, retook Mosul.', 'en', '2024-03-06');
    expect(triples(b, 'supported')).toEqual(['usa supported irq']);
  });
  it('"struck …, killing two Iranian advisers": the striker attacked the advisers\' state; an unnamed bomb attacks no one', () => {
    const a = extract('Israel struck a building near Damascus, killing two Iranian advisers.', 'en', '2024-03-06');
    expect(triples(a, 'attacked')).toContain('isr attacked irn');
    const b = extract('A car bomb exploded in Azaz, killing five people.', 'en', '2024-03-06');
    expect(triples(b, 'attacked')).toEqual([]);
  });
});

describe('"arrived in X for talks with Y"; the Houthis', () => {
  it('a meeting noun after "for" has the subject of the verb it serves', () => {
    const a = extract('Fidan travelled to Riyadh for a meeting with Faisal bin Farhan.', 'en', '2024-03-06');
    expect(triples(a, 'met')).toEqual(['hakan-fidan met faisal-bin-farhan']);
    const b = extract('Jordan called for talks with Damascus.', 'en', '2024-03-06');
    expect(triples(b, 'met')).toEqual([]);
  });
  it('the Houthis are an actor', () => {
    const a = extract('The United States and Britain carried out strikes against the Houthis in Yemen.', 'en', '2024-03-06');
    expect(triples(a, 'attacked')).toEqual(['gbr attacked houthis', 'usa attacked houthis']);
  });
});

describe('"prepared by X during a visit to Y"', () => {
  it('the passive agent is the visitor', () => {
    const a = extract('The summit was prepared by Ayman Safadi during a visit to Baghdad.', 'en', '2024-03-06');
    expect(triples(a, 'visited')).toEqual(['ayman-safadi visited baghdad']);
  });
});
