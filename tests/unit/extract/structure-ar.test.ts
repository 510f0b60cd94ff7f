/**
 * The Arabic clause structure (relations/structure.ts) read directly (clauses, antecedents, the antecedent's role), and
 * the relations it gives, on new sentences of our own (none taken from data/articles or data/heldout), with what must
 * not be produced.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { arabicClauses, clauseOf } from '../../../src/lib/extract/relations/structure.ts';
import { article, extract, lexicon, tripleSet as triples } from './helpers.ts';

function clausesOf(text: string) {
  const s = analyse(article(text, 'ar'), lexicon()).sentences[0]!;
  const words = (a: number, b: number) => s.tokens.slice(a, b).map((t) => t.text).join(' ');
  return { s, list: arabicClauses(s).map((c) => ({ kind: c.kind, text: words(c.tok0, c.tok1), head: c.head?.entity, role: c.role })) };
}

describe('clause analysis (structure.ts)', () => {
  it('a relative clause with a resumptive pronoun has its antecedent as object', () => {
    const { list } = clausesOf('وتوترت العلاقات مع فنزويلا، التي تتهمها واشنطن بتزوير الانتخابات، منذ سنوات.');
    expect(list).toEqual([{ kind: 'relative', text: 'التي تتهمها واشنطن بتزوير الانتخابات', head: 'ven', role: 'object' }]);
  });
  it('one without a resumptive pronoun has its antecedent as subject, with or without a comma', () => {
    expect(clausesOf('وتبقى إيطاليا، التي تدعم أوكرانيا منذ بداية الحرب، حذرة.').list).toEqual([{ kind: 'relative', text: 'التي تدعم أوكرانيا منذ بداية الحرب', head: 'ita', role: 'subject' }]);
    expect(clausesOf('وحذّر من دور فرنسا التي تنشر قوات في مالي.').list[0]).toMatchObject({ kind: 'relative', head: 'fra', role: 'subject' });
  });
  it('a participle after a comma qualifies the name before the comma; a complement runs to the end', () => {
    const { s, list } = clausesOf('وقال المتحدث إن «الجيش الوطني السوري»، المدعوم من أنقرة، سيطر على القرية.');
    expect(list.map((c) => c.kind)).toEqual(['complement', 'participle']);
    expect(list[1]).toMatchObject({ text: 'المدعوم من أنقرة', head: 'syrian-national-army' });
    // the name after the participle is inside its clause; the verb after the closing comma is not
    const ankara = s.tokens.findIndex((t) => t.text === 'أنقرة');
    const verb = s.tokens.findIndex((t) => t.text === 'سيطر');
    expect(clauseOf(s, ankara)?.kind).toBe('participle');
    expect(clauseOf(s, verb)).toBeUndefined();
  });
  it('a relative pronoun with no name before it opens no clause of a name', () => {
    expect(clausesOf('وأكد البيان الذي صدر أمس دعم الحكومة.').list).toEqual([]);
  });
});

describe('relations read through the clause structure', () => {
  it('"X، التي تتهمها Y": Y accused X, never X accused anyone', () => {
    expect(triples(extract('وتوترت العلاقات مع فنزويلا، التي تتهمها واشنطن بتزوير الانتخابات.', 'ar'))).toEqual(['usa accused ven']);
    expect(triples(extract('وتراجعت العلاقات بين الأردن وسوريا، التي تتهمها عمّان بالتقصير في ضبط الحدود، خلال العام الماضي.', 'ar'), 'accused')).toEqual(['jor accused syr']);
  });
  it('with no actor named in the clause, the antecedent of a resumptive verb is not made its doer', () => {
    expect(triples(extract('وطردت النيجر القوات الفرنسية، التي تتهمها الحكومة العسكرية بدعم جماعات مسلحة.', 'ar'), 'accused')).toEqual([]);
  });
  it('"X، التي تدعم Y": X supports Y', () => {
    expect(triples(extract('وتبقى إيطاليا، التي تدعم أوكرانيا منذ بداية الحرب، حذرة.', 'ar'), 'supported')).toEqual(['ita supported ukr']);
  });
  it('"X، المدعوم من Y،": Y supports X, dated by its own clause (not by the main clause date)', () => {
    const r = extract('وكان «الجيش الوطني السوري»، المدعوم من أنقرة، قد سيطر على عفرين عام 2018.', 'ar', '2024-05-02');
    expect(triples(r, 'supported')).toEqual(['tur supported syrian-national-army']);
    expect(r.relations.find((x) => x.relation === 'supported')?.date).toBe('2024-05-02');
  });
  it('a place in the subject slot hosts nothing, and no subject is carried to it', () => {
    const r = extract('والتقى أردوغان بوتين أمس. وتستضيف أنطاليا غداً اجتماعاً لوزراء خارجية مصر والأردن.', 'ar');
    expect(triples(r, 'hosted')).toEqual([]);
  });
});

describe('discourse memory (discourse.ts)', () => {
  it('"الجانبان" are the parties of the last meeting, not the two ends of the relation told last', () => {
    const r = extract('استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني عباس عراقجي في دمشق أمس. وقال بيان إن الهجمات الإسرائيلية تهدد لبنان وسوريا. وبحث الجانبان العلاقات الثنائية.', 'ar');
    const third = r.relations.filter((x) => x.evidence.sentence.startsWith('وبحث')).map((x) => `${x.source} ${x.relation} ${x.target}`);
    expect(third).toEqual(['bashar-al-assad met abbas-araghchi']);
  });
  it('a condemned attack with no doer named is the last recent attack told', () => {
    expect(triples(extract('شنت الطائرات الأمريكية أمس غارات على مواقع في البوكمال. ودانت دمشق الهجوم.', 'ar'), 'criticized')).toEqual(['syr criticized usa']);
    expect(triples(extract('Israeli jets struck a weapons depot near Homs on Friday. Moscow condemned the strike.', 'en', '2023-01-14'), 'criticized')).toEqual(['rus criticized isr']);
  });
  it('an attack of years ago, or a standing one, is not what is condemned now', () => {
    expect(triples(extract('وكانت تركيا قد شنت عملية عسكرية في شمال سوريا عام 2019. ودانت واشنطن الهجوم.', 'ar'), 'criticized')).toEqual([]);
  });
});

describe('delegations and counterparts as subjects', () => {
  it('"وصل إلى X وفد … ضم A وB": each member visited X, the delegation alone names no one more', () => {
    const r = extract('وصل إلى أنقرة أمس وفد روسي ضم وزير الخارجية سيرغي لافروف ووزير الدفاع سيرغي شويغو.', 'ar', '2021-06-30');
    expect(triples(r)).toEqual(['sergei-lavrov visited ankara', 'sergei-shoigu visited ankara']);
  });
  it('"A ونظيره التركي B" before a light verb and a meeting noun: A met B', () => {
    expect(triples(extract('وعقد لافروف ونظيره التركي جاووش أوغلو جلسة محادثات في موسكو.', 'ar', '2021-06-30'))).toEqual(['sergei-lavrov met mevlut-cavusoglu']);
  });
});

describe('agreement, affiliation and judgements of a clause', () => {
  it('a masculine country name is the subject of a masculine verb (ويتهم العراق …)', () => {
    expect(triples(extract('ويتهم العراق تركيا بانتهاك سيادته.', 'ar'))).toEqual(['irq accused tur']);
    // (a feminine one after a masculine verb is still its object: "اتهم الوزير أنقرة")
    expect(triples(extract('واتهم الرئيس اللبناني ميشال عون أنقرة بالتدخل.', 'ar', '2021-05-01'), 'accused')).toEqual(['michel-aoun accused tur']);
  });
  it('the name an affiliation phrase takes is no object ("جماعات موالية لإيران و«حزب الله»")', () => {
    expect(triples(extract('وتتهم بغداد فصائل مقربة من طهران و«حزب الله» بمهاجمة السفارة.', 'ar'), 'accused')).toEqual(['irq accused hezbollah']);
  });
  it('"…، وهو ما تعدّه X انتهاكاً": X criticised the doer of the clause before; a denial gives nothing', () => {
    expect(triples(extract('وتنشر روسيا قوات في ليبيا، وهو ما تعتبره الجزائر انتهاكاً للسيادة الليبية.', 'ar'), 'criticized')).toEqual(['dza criticized rus']);
    expect(triples(extract('ويتهم لبنان إسرائيل بخرق الهدنة، وهو ما تنفيه تل أبيب.', 'ar'))).toEqual(['lbn accused isr']);
  });
});

describe('reported and supported clauses', () => {
  it('the source of a later "بحسب X" is not the doer of the verbs before it', () => {
    const r = extract('قُتل ثلاثة مدنيين في قصف استهدف سوقاً شعبية في ريف إدلب أمس، بحسب المرصد السوري لحقوق الإنسان.', 'ar');
    expect(r.relations.filter((x) => x.source === 'syrian-observatory-for-human-rights' || x.source === 'sohr')).toEqual([]);
  });
  it('support for restoring ties between A and B is no reconciliation of A and B (gold rule 7)', () => {
    expect(triples(extract('وجددت الصين تأييدها لاستعادة العلاقات بين السعودية وإيران.', 'ar'), 'reconciled_with')).toEqual([]);
    expect(triples(extract('وكانت موسكو قد دعمت استئناف العلاقات بين أنقرة ودمشق.', 'ar'), 'reconciled_with')).toEqual([]);
    // (the act itself still is one)
    expect(triples(extract('وقالت الدوحة إن القاهرة قررت استئناف العلاقات الدبلوماسية مع قطر.', 'ar'), 'reconciled_with')).toEqual(['egy reconciled_with qat']);
  });
});

describe('coordinated clauses and partitives', () => {
  it('"…، وVERB" with no subject of its own shares the opening clause\'s subject', () => {
    expect(triples(extract('وكانت الدوحة قد أغلقت قنصليتها في حلب في أيار/مايو 2012، ودعمت طوال سنوات النزاع فصائل من المعارضة السورية.', 'ar'))).toEqual(['qat supported syrian-opposition']);
  });
  it('a verb of the wrong gender for the opening name does not take it ("وكانت الدوحة …، ودعم …")', () => {
    expect(triples(extract('وكانت الدوحة قد أغلقت قنصليتها في حلب في أيار/مايو 2012، ودعم طوال سنوات النزاع فصائل من المعارضة السورية.', 'ar'))).toEqual([]);
  });
  it('"فصائل من X" is X itself as an object', () => {
    expect(triples(extract('وتدعم أنقرة فصائل من المعارضة السورية في الشمال.', 'ar'), 'supported')).toEqual(['tur supported syrian-opposition']);
  });
});

describe('support adjuncts (بدعم من X)', () => {
  it('the giver supported the subject of the clause, and is no argument of its verb', () => {
    expect(triples(extract('وسيطرت «قسد» على المدينة بدعم من الولايات المتحدة.', 'ar'))).toEqual(['usa supported sdf']);
    expect(triples(extract('وشنّ الجيش السوري هجوماً على إدلب بدعم جوي روسي.', 'ar'))).toEqual(['rus supported syr', 'syr attacked idlib']);
    expect(triples(extract('وقال «الجيش الوطني» إن عملياته جرت بدعم مدفعي وجوي من تركيا.', 'ar'))).toEqual(['tur supported syrian-national-army']);
  });
  it('an accusation of support is still only an accusation', () => {
    expect(triples(extract('واتهمت موسكو واشنطن بدعم «قسد».', 'ar'))).toEqual(['rus accused usa']);
  });
});

describe('"البلدان" are the states of the event just told', () => {
  it('a visit\'s visitor and the place visited, in the same sentence', () => {
    const r = extract('وزار وزير الخارجية الإيراني عباس عراقجي القاهرة أمس، حيث اتفق البلدان على استئناف الخدمات القنصلية.', 'ar', '2024-12-02');
    expect(triples(r, 'reconciled_with')).toEqual(['irn reconciled_with egy']);
  });
  it('the two parties of the last meeting of the article', () => {
    const r = extract('التقى الرئيس الإيراني مسعود بزشكيان نظيره التركي رجب طيب أردوغان في أنقرة أمس. واتفق البلدان على تعزيز التنسيق الأمني.', 'ar', '2024-12-02');
    const second = r.relations.filter((x) => x.evidence.sentence.startsWith('واتفق')).map((x) => `${x.source} ${x.relation} ${x.target}`);
    expect(second).toEqual(['irn agreed_with tur']);
  });
});

describe('a meeting named by the list of its participants', () => {
  it('"اجتماع لوزراء خارجية دول A وB وC": each pair met', () => {
    const r = extract('وعقد في عمّان أمس اجتماع لوزراء خارجية دول مصر والعراق والأردن بشأن الأزمة.', 'ar', '2023-05-02');
    expect(triples(r, 'met')).toEqual(['egy met irq', 'egy met jor', 'irq met jor']);
  });
  it('the object of a planned verb is a plan, dated by the day it was stated', () => {
    const r = extract('ومن المقرر أن تستضيف الدوحة الأحد المقبل اجتماعاً لممثلي تركيا وقطر والكويت.', 'ar', '2023-05-02');
    const met = r.relations.filter((x) => x.relation === 'met');
    expect(met.map((x) => `${x.source} ${x.target}`).sort()).toEqual(['qat kwt', 'tur kwt', 'tur qat']);
    expect(met.every((x) => x.attrs?.mode === 'planned' && x.date === '2023-05-02')).toBe(true);
  });
  it('a purpose after the meeting noun ("قمة لدعم A وB") names no participants', () => {
    expect(triples(extract('وتستضيف باريس قمة لدعم سوريا ولبنان.', 'ar', '2023-05-02'), 'met')).toEqual([]);
  });
  it('one actor after the meeting noun is no list', () => {
    expect(triples(extract('وشارك الوزير في اجتماع لوزراء خارجية مصر أمس.', 'ar', '2023-05-02'), 'met')).toEqual([]);
  });
});

describe('acts attributed to their doer, and done by the one a resumptive verb names', () => {
  it('"نسبت X الغارة التي أودت بحياة Y إلى Z": Z attacked Y (X only reports)', () => {
    expect(triples(extract('ونسبت وسائل إعلام إيرانية الغارة التي أودت بحياة رضي موسوي إلى سلاح الجو الإسرائيلي.', 'ar', '2023-12-26'))).toEqual(['isr attacked razi-mousavi']);
  });
  it('an unnamed victim gives nothing', () => {
    expect(triples(extract('وعزت دمشق الهجوم الذي أسفر عن مقتل خمسة جنود إلى «هيئة تحرير الشام».', 'ar'), 'attacked')).toEqual([]);
  });
  it('"ضربة … ينفذها X داخل Y": X attacked Y', () => {
    expect(triples(extract('وهي ثالث غارة من نوعها تشنها تركيا داخل الأراضي العراقية هذا الشهر.', 'ar'), 'attacked')).toEqual(['tur attacked irq']);
  });
});

describe('a person described by office and nationality is the latest person of that country', () => {
  it('"الوزير الإيراني" after the minister was named: the meeting is his', () => {
    const r = extract('وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق أمس. وقال الوزير الإيراني في مؤتمر صحافي مشترك مع نظيره السوري بسام صباغ إن بلاده تدعم سوريا.', 'ar', '2024-10-06');
    expect(triples(r, 'met')).toEqual(['abbas-araghchi met bassam-sabbagh']);
  });
  it('with no such person named before, nothing is guessed', () => {
    const r = extract('وقال الوزير الإيراني في مؤتمر صحافي مشترك مع نظيره السوري بسام صباغ إن بلاده تدعم سوريا.', 'ar', '2024-10-06');
    expect(triples(r, 'met')).toEqual([]);
  });
});

describe('an asyndetic relative clause on an indefinite noun', () => {
  it('"مناطق تسيطر عليها X": the pronoun is the areas, not a person or state named before', () => {
    const r = extract('وقال الرئيس التركي رجب طيب أردوغان إن العملية ستستهدف مناطق تسيطر عليها «وحدات حماية الشعب».', 'ar', '2022-06-01');
    expect(r.relations.filter((x) => x.relation === 'deployed_in')).toEqual([]);
  });
});

describe('a relative clause between a light verb\'s subject and its act', () => {
  it('"يخوض X، الذي تصنفه Y …، تمرداً ضد Z": X attacked Z; Y, inside the clause, is no doer', () => {
    const r = extract('ويخوض تنظيم «داعش»، الذي تصنفه روسيا والعراق منظمة إرهابية، تمرداً مسلحاً ضد الحكومة العراقية منذ سنوات.', 'ar', '2021-03-01');
    expect(triples(r, 'attacked')).toEqual(['isis attacked irq']);
  });
  it('"عمليات برية ضد مقاتلي X": the fighters are X', () => {
    expect(triples(extract('وتشنّ القوات الروسية منذ أشهر عمليات برية ضد مقاتلي «هيئة تحرير الشام» في ريف إدلب.', 'ar', '2021-03-01'), 'attacked')).toEqual(['rus attacked hts']);
  });
});
