/**
 * Presence and stance (deployed_in, withdrew_from, supported; accused, criticized, urged, threatened) as the languages say
 * them, from an audit of every gold triple of these relations in the sample corpus and held-out batches 1-15 (issue #3):
 * each test is a NEW sentence (other names, other events) stating the construction, with negative cases (negation,
 * plans, conditions, hearsay) where the construction could be misread.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const en = (text: string, relation?: string) => triples(extract(text, 'en', '2024-05-02'), relation);
const ar = (text: string, relation?: string) => triples(extract(text, 'ar', '2024-05-02'), relation);

describe('السعودية: a name spelt with its own article is no adjective after a preposition or another name', () => {
  it('after a preposition, in a و-list after a name, as an object: Saudi Arabia', () => {
    expect(ar('وصل الرئيس المصري إلى السعودية أمس.', 'visited')).toEqual(['abdel-fattah-al-sisi visited sau']);
    expect(ar('وجاء الاجتماع بعد اتفاق قطر والسعودية في أيار على استئناف العلاقات الدبلوماسية بينهما.', 'reconciled_with')).toEqual(['qat reconciled_with sau']);
    expect(ar('وزار المقداد الإمارات والسعودية.', 'visited')).toEqual(['faisal-mekdad visited are', 'faisal-mekdad visited sau']);
  });
  it('after a definite noun that is no name it is still the adjective ("الخارجية السعودية", "الحرب السورية")', () => {
    const d = extract('وقالت الحكومات العربية والسعودية إنها ترحب بالقرار.', 'ar', '2024-05-02');
    expect(d.entities.some((e) => e.id === 'sau')).toBe(false);
  });
});

describe('an event noun of no relation named by its performer: "جولة أجراها X في A وB، التقى خلالها …"', () => {
  it('the performer is the subject of the verb "during it", not the places of the tour', () => {
    expect(ar('وتأتي القمة بعد أسبوع من جولة أجراها أردوغان في قطر والكويت، التقى خلالها أمير قطر تميم بن حمد.', 'met')).toEqual(['recep-tayyip-erdogan met tamim-bin-hamad']);
  });
});

describe('a singular ally noun in apposition after a list describes its last member', () => {
  it('"اتفاق A وB، الحليف الأبرز لـY": B backs Y, A does not; "A، إلى جانب B، الحليف الرئيسي": both', () => {
    expect(ar('وجاء ذلك بعد اتفاق قطر وإيران، الحليف الأبرز لدمشق، على استئناف الرحلات.', 'supported')).toEqual(['irn supported syr']);
    expect(ar('وتعد روسيا، إلى جانب إيران، الحليف الرئيسي لدمشق.', 'supported')).toEqual(['irn supported syr', 'rus supported syr']);
  });
});

describe('deployed_in: a place referred back to in the clause of presence', () => {
  it('"there", "across the province" a few words on; not past a comma, not in another clause', () => {
    expect(en('Deir ez-Zor is contested by several groups, and Iran keeps hundreds of advisers there.', 'deployed_in')).toEqual(['irn deployed_in deir-ez-zor']);
    expect(en('Afrin, a mostly Kurdish district, is run by local councils, while Turkey keeps soldiers at several posts across the province.', 'deployed_in')).toEqual(['tur deployed_in afrin']);
    expect(ar('وتقصف القوات الروسية مواقع في ريف دير الزور، وتحتفظ بعشرات النقاط العسكرية هناك.', 'deployed_in')).toEqual(['rus deployed_in deir-ez-zor']);
    // (negated, planned: none)
    expect(en('Deir ez-Zor is contested by several groups, and Iran does not keep advisers there.', 'deployed_in')).toEqual([]);
    expect(en('Deir ez-Zor is contested by several groups, and Iran plans to send advisers there.', 'deployed_in').filter((x) => !x.includes('planned'))).toEqual([]);
    // ("there" in a clause of its own after a comma is not the presence's place)
    expect(en('Iran keeps hundreds of advisers, officials said, and the talks there went well.', 'deployed_in')).toEqual([]);
  });
  it('a feminine ، و-verb shares the opening clause\'s state organ, not a masculine group named last', () => {
    expect(ar('وتشنّ القوات الروسية منذ أشهر غارات على مقاتلي التنظيم في ريف دير الزور، وتحتفظ بقواعد عسكرية هناك.', 'deployed_in')).toEqual(['rus deployed_in deir-ez-zor']);
  });
});

describe('deployed_in: a second place of the same verb', () => {
  it('"operates from A near X and from a naval facility in Tartus", "operates A in X province and a naval facility in Tartus"', () => {
    expect(en('American forces still operate from the Incirlik air base near Adana and from a naval facility in Tartus.', 'deployed_in')).toEqual(['usa deployed_in incirlik-air-base', 'usa deployed_in tartus-naval-base']);
    expect(en('The US operates the Incirlik air base in Adana province and a naval facility in Tartus.', 'deployed_in')).toEqual(['usa deployed_in incirlik-air-base', 'usa deployed_in tartus-naval-base']);
    // (a place after a bare "and" that is no place of the verb: "and Iraq said")
    expect(en('The US operates the Incirlik air base, and Iraq said it would protest.', 'deployed_in')).toEqual(['usa deployed_in incirlik-air-base']);
  });
});

describe('deployed_in: a state\'s base, garrison or outpost at a place', () => {
  it('"the US garrison at al-Tanf", "a small Russian outpost in Qamishli", "قواعد تركية في شمال العراق"', () => {
    expect(en('The drone fell near the US garrison at al-Tanf on Monday.', 'deployed_in')).toEqual(['usa deployed_in al-tanf']);
    expect(en('Rockets hit a small Russian outpost in Qamishli overnight.', 'deployed_in')).toEqual(['rus deployed_in qamishli']);
    expect(ar('وسقطت قذائف قرب قاعدة أمريكية في حقل العمر النفطي.', 'deployed_in')).toEqual(['usa deployed_in al-omar-oil-field']);
    expect(ar('وهاجم مسلحون قواعد تركية في شمال العراق.', 'deployed_in')).toEqual(['tur deployed_in northern-iraq']);
    // (a base named by its own name is no presence of whoever is near: "قاعدة حميميم الجوية في ريف اللاذقية")
    expect(ar('ووصل وزير الدفاع الإيراني إلى قاعدة حميميم الجوية في ريف اللاذقية.', 'deployed_in')).toEqual([]);
    // (a standing presence: the publication day, not the day of the strike told with it)
    const dated = extract('Rockets hit the US garrison at al-Tanf on Monday.', 'en', '2024-05-02').relations.filter((r) => r.relation === 'deployed_in');
    expect(dated.map((r) => r.date)).toEqual(['2024-05-02']);
    // (a base of no one named: nothing)
    expect(en('The drone fell near a base in Qamishli.', 'deployed_in')).toEqual([]);
  });
});

describe('deployed_in: forces of a state in a clause of place (", where …")', () => {
  it('whatever the clause\'s verb: "where US troops train …", "where they back …" (they = the troops)', () => {
    expect(en('The rockets hit near the al-Tanf garrison, where British troops train local fighters.', 'deployed_in')).toEqual(['gbr deployed_in al-tanf']);
    expect(en('Moscow said Turkish troops must leave Afrin, where they support local factions.', 'deployed_in')).toEqual(['tur deployed_in afrin']);
    expect(en('The ministers discussed Iraq, where Turkish troops hold several hills in the north.', 'deployed_in')).toEqual(['tur deployed_in northern-iraq']);
    // (not a possibility, nor forces leaving)
    expect(en('The ministers discussed Afrin, where Turkish troops could be deployed next year.', 'deployed_in')).toEqual([]);
    expect(en('The ministers discussed Afrin, where Turkish troops no longer patrol.', 'deployed_in')).toEqual([]);
    // (no forces: a state's other acts there are no presence)
    expect(en('The ministers discussed Afrin, where Turkey funds local councils.', 'deployed_in')).toEqual([]);
  });
});

describe('statements: a ، و-verb after the opening clause shares its subject', () => {
  it('"وتعتبر موسكو X منظمة إرهابية، وتنتقد الدعم التركي لها": Moscow criticises, not X (the object named last)', () => {
    expect(ar('وتعتبر موسكو «هيئة تحرير الشام» منظمة إرهابية، وتنتقد الدعم التركي لها.', 'criticized')).toEqual(['rus criticized tur']);
    // (a clause word between: the new clause's own subject)
    expect(ar('وتعتبر موسكو «هيئة تحرير الشام» منظمة إرهابية، بينما تنتقد «الهيئة» الدعم التركي لها.', 'criticized')).toEqual(['hts criticized tur']);
  });
});

describe('supported: the one fought in the support\'s purpose is no object of the verb', () => {
  it('"، وتدعم X في الحرب ضد Y", "حيث تدعم X في قتال Y": the opening subject supports X; X does not support Y', () => {
    expect(ar('وتنشر تركيا قوات في عفرين، وتدعم «الجيش الوطني السوري» في الحرب ضد «وحدات حماية الشعب».', 'supported')).toEqual(['tur supported syrian-national-army']);
    expect(ar('وتنشر تركيا قوات في عفرين، حيث تدعم «الجيش الوطني السوري» في قتال «وحدات حماية الشعب».', 'supported')).toEqual(['tur supported syrian-national-army']);
    // (a subject of its own after the verb keeps it)
    expect(ar('وتنشر تركيا قوات في عفرين، وتدعم روسيا الحكومة السورية في الحرب ضد «داعش».', 'supported')).toEqual(['rus supported syr']);
  });
});

describe('supported: a support noun with the supporter\'s nisba and a pronoun after لـ', () => {
  it('"وتنتقد الدعم الأميركي لها": the actor the pronoun refers to, past places after a preposition (and their list)', () => {
    expect(ar('وتعتبر موسكو «هيئة تحرير الشام» منظمة إرهابية، وتنتقد الدعم التركي لها.', 'supported')).toEqual(['tur supported hts']);
    expect(ar('واتهم الرئيس الإيراني إسرائيل بارتكاب جرائم في غزة ولبنان، وانتقد الدعم البريطاني لها.', 'supported')).toEqual(['gbr supported isr']);
    // (no pronoun: the name after لـ, read as before; no nisba: nothing here)
    expect(ar('وانتقد الرئيس الإيراني الدعم البريطاني لإسرائيل.', 'supported')).toEqual(['gbr supported isr']);
    expect(ar('وتعتبر موسكو «هيئة تحرير الشام» منظمة إرهابية، وتنتقد الدعم لها.', 'supported')).toEqual([]);
  });
});

describe('statements: a ، و-verb after a reported clause is the speaker\'s act', () => {
  it('"وقالت X إن …، واتهمت Y بـ…": X accuses Y (not a name inside the report, nor Y accusing)', () => {
    expect(ar('وقالت «هيئة تحرير الشام» في بيان إن الطائرات الروسية قصفت مخيمات في إدلب، واتهمت موسكو بالسعي إلى تهجير السكان.', 'accused')).toEqual(['hts accused rus']);
    // (a subject of its own after the verb, with its own object: that subject)
    expect(ar('وقالت «هيئة تحرير الشام» في بيان إن الطائرات الروسية قصفت مخيمات في إدلب، واتهمت دمشق أنقرة بالتصعيد.', 'accused')).toEqual(['syr accused tur']);
    // (a clause word between: not the speaker's)
    expect(ar('وقالت «هيئة تحرير الشام» إن الطائرات الروسية قصفت مخيمات في إدلب، فيما اتهمت دمشق أنقرة بالتصعيد.', 'accused')).toEqual(['syr accused tur']);
  });
});

describe('deployed_in: a presence verb, its place, then an unnamed plural whose members are named', () => {
  it('"وتنتشر في X فصائل … مدعومة من Y، أبرزها/بينها Z": Z is present in X (Y supports Z), not Y', () => {
    expect(ar('وتنتشر في منطقة القامشلي فصائل محلية مسلحة مدعومة من روسيا، أبرزها «قوات سوريا الديمقراطية».', 'deployed_in')).toEqual(['sdf deployed_in qamishli']);
    expect(ar('وتنتشر في منطقة القامشلي فصائل محلية مسلحة مدعومة من روسيا، أبرزها «قوات سوريا الديمقراطية».', 'supported')).toEqual(['rus supported sdf']);
    // (no member named: no one is present)
    expect(ar('وتنتشر في منطقة القامشلي فصائل محلية مسلحة مدعومة من روسيا.', 'deployed_in')).toEqual([]);
  });
});
