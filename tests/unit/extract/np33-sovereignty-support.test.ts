/**
 * Support for a state's sovereignty, unity or territorial integrity is support of that state (gold rule 17d; np33,
 * diagnosis-batch28 §6 fix 1c). Sentences of our own, both languages: the possessive ("Moscow's support for Syria's
 * sovereignty"), the "of" phrase ("support for the sovereignty of Syria"), the Arabic verbal noun with its genitive
 * doer and a `لـ` abstract noun before the state (`دعم بغداد لوحدة سوريا وسيادتها`, `لسلامة أراضي سوريا`). Not support
 * for someone's efforts; not an attack or a violation of sovereignty (no `attacked` of the state harmed). A meeting
 * anaphor after a stance (`وتناول اللقاء`) is the meeting's pair, not the stance's. A stated need to respect or preserve
 * it ("agreed on the need to respect Syria's sovereignty", `ضرورة الحفاظ على وحدة الأراضي السورية`) is support by the
 * actors named before; not by the addressees of a call. A group backed by a patron in an apposition ("Maghaweir
 * al-Thawra, a Syrian rebel group backed by Washington"): the patron supported the name.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract, tripleSet } from './helpers.ts';

describeCases({
  'support for a state\'s sovereignty': [
    ['rus supported syr', 'Bogdanov reaffirmed Moscow\'s support for Syria\'s sovereignty and territorial integrity, according to the statement.'],
    ['rus supported syr', 'Moscow reaffirmed its support for the sovereignty of Syria.'],
    ['irn supported irq', 'Amir-Abdollahian said Iran supported Iraq\'s sovereignty and security.'],
    ['no rus supported geir-pedersen', 'Russia reaffirmed its support for the efforts of UN envoy Geir Pedersen.'],
    ['no tur attacked irq', 'Baghdad described the Turkish strikes as an attack on Iraq\'s sovereignty.'],
  ],
  'support for a state\'s sovereignty (ar)': [
    ['irq supported syr', 'واستقبل رئيس الوزراء العراقي محمد شياع السوداني الوزير السوري، مؤكداً دعم بغداد لوحدة سوريا وسيادتها.'],
    ['egy supported syr', 'وأكد الوزير «دعم مصر الكامل لوحدة سوريا وسيادتها وسلامة أراضيها».'],
    ['rus supported syr', 'وجدد لافروف دعم روسيا لسيادة سوريا ووحدة أراضيها.'],
    ['no rus supported geir-pedersen', 'وأكد الوزير دعم روسيا لجهود المبعوث الأممي غير بيدرسن.'],
  ],
});

describeCases({
  'a stated need to respect a state\'s sovereignty': [
    ['irn supported syr', 'Amir-Abdollahian told reporters that Tehran and Moscow agreed on the need to respect Syria\'s sovereignty and territorial integrity.'],
    ['rus supported syr', 'Amir-Abdollahian told reporters that Tehran and Moscow agreed on the need to respect Syria\'s sovereignty and territorial integrity.'],
    ['sergei-lavrov supported syr', 'Lavrov stressed the importance of preserving the sovereignty and territorial integrity of Syria.'],
    ['no tur supported irq', 'Al-Sudani called on Ankara and Tehran to respect Iraq\'s sovereignty, after Turkish strikes in northern Iraq.'],
    ['no rus supported geir-pedersen', 'Moscow stressed the need to respect the efforts of UN envoy Geir Pedersen.'],
  ],
  'a stated need to preserve a state\'s unity (ar)': [
    ['egy supported syr', 'وقال السيسي إن القاهرة وأنقرة تتفقان على ضرورة الحفاظ على وحدة الأراضي السورية والليبية.'],
    ['tur supported syr', 'وقال السيسي إن القاهرة وأنقرة تتفقان على ضرورة الحفاظ على وحدة الأراضي السورية والليبية.'],
    ['irn supported syr', 'وشددت طهران على ضرورة احترام سيادة سوريا ووحدة أراضيها.'],
    ['no tur supported syr', 'ودعا لافروف تركيا إلى احترام سيادة سوريا.'],
  ],
});

describeCases({
  'a group backed by a patron in an apposition': [
    ['usa supported maghaweir-al-thawra', 'US troops are stationed at al-Tanf alongside Maghaweir al-Thawra, a Syrian rebel group backed by Washington.'],
    ['irn supported houthis', 'The strikes hit positions of the Houthis, an armed movement backed by Iran, near Sanaa.'],
    ['irn supported kataib-hezbollah', 'The raid targeted Kataib Hezbollah, an Iraqi militia backed by Tehran, near the border.'],
    ['no usa supported tur', 'Turkey, a NATO member backed by the United States in the dispute, closed its airspace.'],
  ],
});

describe('a meeting anaphor after a stance', () => {
  it('`وتناول اللقاء` is the meeting of the pair before, not of the stance', () => {
    const text = 'التقى وزير الخارجية المصري بدر عبد العاطي، أمس الأربعاء، نظيره السوري بسام الصباغ في نيويورك. وأكد عبد العاطي «دعم مصر الكامل لوحدة سوريا وسيادتها». وتناول اللقاء التصعيد الإسرائيلي في لبنان.';
    const got = tripleSet(extract(text, 'ar', '2024-09-26'));
    expect(got).toContain('badr-abdelatty met bassam-sabbagh');
    expect(got).toContain('egy supported syr');
    expect(got).not.toContain('egy met syr');
  });
});
