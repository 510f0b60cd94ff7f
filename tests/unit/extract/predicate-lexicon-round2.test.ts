/**
 * The predicate lexicon, round 2 (branch pred32): the pooled misses of batches 13–26 with both arguments named and no
 * trigger of the gold relation, by class. Sentences of our own in both languages: the construction of the rows and
 * variants (a date, a relative clause, a list, another noun of the class), with look-alikes that must not give it.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract } from './helpers.ts';

describeCases({
  "the partner's own fight against a foe is its attack on the foe": [
    ['sdf attacked isis', 'The United States keeps several hundred troops in the northeast and backs the SDF in its fight against Islamic State.'],
    ['usa supported sdf', 'The United States keeps several hundred troops in the northeast and backs the SDF in its fight against Islamic State.'],
    ['sdf attacked isis', 'Washington, which keeps about 900 troops in northeastern Syria, backs the SDF in its fight against Islamic State remnants.'],
    ['sdf attacked isis', 'Washington has supported the Syrian Democratic Forces (SDF) in their battle against Islamic State since 2015.'],
    ['sdf attacked isis', 'France, Britain and the United States back the SDF in its war against IS.'],
    ['ypg attacked isis', 'The United States armed the YPG in its campaign against Islamic State in 2016.'],
    ['no usa attacked isis', 'Washington, which keeps about 900 troops in northeastern Syria, backs the SDF in its fight against Islamic State remnants.'],
    ['no sdf attacked isis', 'Washington backs the SDF, and Turkey opposes it in its fight against the PKK.'],
    ['no sdf attacked tur', 'The SDF accused Turkey of shelling its positions in Ain Issa.'],
  ],
  'a coordination in confronting a foe is both sides\' attack on it (ar)': [
    ['sdf attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».'],
    ['usa attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».'],
    ['sdf attacked isis', 'وتنشر الولايات المتحدة منذ عام 2015 قوات في سوريا، تعمل إلى جانب «قوات سوريا الديمقراطية» في ملاحقة تنظيم «داعش».'],
    ['hezbollah attacked hts', 'ويقاتل «حزب الله» إلى جانب القوات الحكومية في مواجهة «هيئة تحرير الشام».'],
    ['usa coordinated_with sdf', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».'],
    ['no sdf attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا إلى جانب «قسد».'],
    ['no tur attacked sdf', 'ودعت الولايات المتحدة تركيا إلى ضبط النفس في مواجهة «قسد».'],
  ],
  "the foe's members hit in a place are there": [
    ['pkk deployed_in northern-syria', 'Turkey\'s defence ministry said its forces had "neutralised" several members of the PKK and YPG in northern Syria this week.'],
    ['ypg deployed_in northern-syria', 'Turkey\'s defence ministry said its forces had "neutralised" several members of the PKK and YPG in northern Syria this week.'],
    ['no ypg deployed_in northern-iraq', 'Turkey\'s defence ministry said separately that its forces had "neutralised" 12 PKK/YPG militants in northern Syria and northern Iraq over the past week.'],
    ['pkk deployed_in northern-iraq', 'The ministry said on Friday that Turkish jets had killed 14 PKK militants in northern Iraq.'],
    ['isis deployed_in raqqa', 'The SDF, which holds the northeast, said it had killed three fighters of Islamic State in Raqqa on Monday.'],
    ['no pkk deployed_in northern-iraq', 'Turkish warplanes struck Kurdistan Workers\' Party (PKK) targets in northern Iraq on Sunday.'],
  ],
  "the foe's members hit in a place are there (ar)": [
    ['pkk deployed_in northern-iraq', 'وقالت وزارة الدفاع التركية إن قواتها حيّدت 12 عنصراً من حزب العمال الكردستاني في شمال العراق.'],
    ['isis deployed_in deir-ez-zor', 'وقالت «قسد» أمس الأحد إنها قتلت خمسة عناصر من تنظيم «داعش» في دير الزور.'],
    ['no palestinian-islamic-jihad deployed_in damascus', 'وقال الجيش الإسرائيلي إنه ضرب مقار ومراكز قيادة لحركة «الجهاد الإسلامي» الفلسطينية في دمشق.'],
  ],
  'the foe of a threatened or launched operation in a town is there': [
    ['ypg deployed_in tal-rifaat', 'Turkey has threatened a new offensive against the YPG in Tal Rifaat and Manbij.'],
    // (np44: a compass region too, as the pool's gold reads it: np44-against-in)
    ['ypg deployed_in northern-syria', 'Ankara has repeatedly threatened a new ground operation against the YPG in northern Syria.'],
  ],
  'the foe of a threatened or launched operation in a town is there (ar)': [
    ['ypg deployed_in tal-rifaat', 'وكانت أنقرة قد توعدت مراراً بشن عملية عسكرية جديدة ضد الوحدات الكردية في تل رفعت ومنبج.'],
    ['ypg deployed_in manbij', 'وكانت أنقرة قد توعدت مراراً بشن عملية عسكرية جديدة ضد الوحدات الكردية في تل رفعت ومنبج.'],
    ['sdf deployed_in manbij', 'وتهدد تركيا منذ أشهر بشن عملية برية ضد «قسد» في منبج وتل رفعت.'],
    ['sdf deployed_in manbij', 'وشنت تركيا في عام 2019 عملية عسكرية ضد «قوات سوريا الديمقراطية» في منبج، التي تقع شرقي حلب.'],
    // (np44: a compass region too, as the pool's gold reads it: np44-against-in)
    ['ypg deployed_in northern-syria', 'ولوّح أردوغان مراراً بشن عملية عسكرية جديدة ضد الوحدات الكردية في شمال سوريا.'],
  ],
  'saying an actor is behind an act or bears responsibility for it is an accusation': [
    ['usa accused syr', 'The United States and Britain said Damascus bore responsibility for the stalemate.'],
    ['gbr accused syr', 'The United States and Britain said Damascus bore responsibility for the stalemate.'],
    ['fra accused rus', 'France said on Tuesday that Moscow bears responsibility for the collapse of the talks.'],
    ['jor accused hezbollah', 'Jordan has complained for years that militias linked to Iran and its ally Hezbollah are behind the smuggling of Captagon pills.'],
    ['jor accused hezbollah', 'Jordan said Hezbollah, which denies it, is behind the smuggling.'],
    ['tur accused pkk', 'Turkey said the PKK was behind the bombing in Istanbul.'],
    ['no jor accused hezbollah', 'Jordan did not say that Hezbollah was behind the smuggling.'],
    ['no usa accused syr', 'The United States said it bore responsibility for the protection of its troops in Syria.'],
  ],
  'saying an actor is behind an act or bears responsibility for it is an accusation (ar)': [
    ['usa accused rus', 'وقالت الولايات المتحدة إن موسكو تتحمل مسؤولية معاناة ملايين السوريين.'],
    ['tur accused pkk', 'وقالت أنقرة، أمس الأحد، إن حزب العمال الكردستاني يقف وراء التفجير.'],
  ],
  'reinforcing one\'s forces in a place is presence there': [
    ['syr deployed_in suwayda', 'The Syrian government reinforced its forces in Suwayda province early this year.'],
    ['tur deployed_in idlib', 'Turkey has bolstered its military presence in Idlib since February.'],
    ['rus deployed_in deir-ez-zor', 'Russia, which reinforced its positions in Deir ez-Zor, said on Monday the talks would continue.'],
    ['usa deployed_in northeastern-syria', 'The United States and the SDF have beefed up their forces in northeastern Syria.'],
    ['no tur deployed_in idlib', 'Turkey called on Russia to stop the strikes in Idlib.'],
  ],
  'reinforcing one\'s forces in a place is presence there (ar)': [
    ['syr deployed_in suwayda', 'وكانت الحكومة السورية قد عززت قواتها في محافظة السويداء مطلع العام الجاري.'],
    ['tur deployed_in idlib', 'وعززت تركيا قواتها في إدلب خلال الأسبوع الماضي.'],
  ],
  'forces arriving are present, not visiting': [
    ['tur deployed_in idlib', 'Turkish troops arrived in Idlib on Monday.'],
    ['no tur visited idlib', 'Turkish troops arrived in Idlib on Monday.'],
    ['no usa visited shaddadi', 'US reinforcements arrived at the Shaddadi base on Monday, local sources said.'],
    ['no rus visited qamishli', 'A convoy of Russian military police arrived in Qamishli, which the SDF holds, on Sunday.'],
    ['recep-tayyip-erdogan visited idlib', 'Turkish President Recep Tayyip Erdogan arrived in Idlib on Monday.'],
  ],
  'forces arriving are present, not visiting (ar)': [
    ['tur deployed_in idlib', 'وصلت قوات تركية إلى إدلب أمس الإثنين.'],
    ['no tur visited idlib', 'وصلت قوات تركية إلى إدلب أمس الإثنين.'],
    ['no tur visited idlib', 'ووصلت تعزيزات عسكرية تركية، أمس الإثنين، إلى إدلب.'],
  ],
  'a call made, its verb and noun split by the subject or a date (ar)': [
    ['abdel-fattah-al-sisi phoned recep-tayyip-erdogan', 'وفي اليوم نفسه، أجرى السيسي اتصالاً مماثلاً بالرئيس التركي رجب طيب أردوغان، معرباً عن تعازيه في ضحايا الزلزال.'],
    ['ayman-safadi phoned faisal-mekdad', 'كما أجرى وزير الخارجية أيمن الصفدي أمس اتصالاً بنظيره السوري فيصل المقداد.'],
    ['abdel-fattah-al-sisi phoned bashar-al-assad', 'وفي القاهرة، أجرى الرئيس المصري عبد الفتاح السيسي أمس اتصالاً بالأسد هو الأول منذ توليه الرئاسة.'],
    ['recep-tayyip-erdogan phoned vladimir-putin', 'وأجرى أردوغان، الذي فاز في الانتخابات، اتصالاً مع الرئيس الروسي فلاديمير بوتين.'],
    ['no jor phoned syr', 'ورغم ذلك، يُبقي الأردن قنوات الاتصال الأمنية مفتوحة مع دمشق.'],
    ['no bashar-al-assad phoned irn', 'وأكد الأسد خلال الاتصال حرص سوريا على تعزيز العلاقات الاستراتيجية مع إيران.'],
  ],
  'the carrier of a message is its sender\'s envoy, past a long name and a title (ar)': [
    ['ebrahim-raisi sent_envoy hossein-amir-abdollahian', 'ونقل أمير عبد اللهيان إلى ولي العهد رسالة من الرئيس إبراهيم رئيسي، بحسب وكالة «إرنا».'],
    ['ebrahim-raisi sent_envoy hossein-amir-abdollahian', 'ونقل حسين أمير عبد اللهيان إلى ولي العهد السعودي رسالة من الرئيس إبراهيم رئيسي.'],
    ['ebrahim-raisi sent_envoy hossein-amir-abdollahian', 'ونقل أمير عبد اللهيان إلى الأسد رسالة من الرئيس إبراهيم رئيسي.'],
    ['no hossein-amir-abdollahian sent_envoy ebrahim-raisi', 'ونقل أمير عبد اللهيان إلى ولي العهد رسالة من الرئيس إبراهيم رئيسي.'],
  ],
  'the carrier of a message is its sender\'s envoy': [
    ['ebrahim-raisi sent_envoy hossein-amir-abdollahian', 'Amir-Abdollahian delivered a message from President Ebrahim Raisi to the crown prince.'],
  ],
  'a group loyal to a pronoun\'s referent is supported by it (ar)': [
    ['tur supported syrian-national-army', 'قصفت القوات التركية وفصائل «الجيش الوطني السوري» الموالية لها، أمس الأحد، قرى في محيط بلدة تل رفعت.'],
    ['tur supported syrian-national-army', 'وقالت «قسد» إن القوات التركية و«الجيش الوطني السوري» الموالي لها قصفت مواقع في ريف عين عيسى.'],
    ['tur supported syrian-national-army', 'وتسيطر تركيا و«الجيش الوطني السوري» المدعوم منها على عفرين منذ عام 2018.'],
    ['irn supported hezbollah', 'وتنتشر في المنطقة قوات إيرانية و«حزب الله» اللبناني المتحالف معها.'],
    ['no tur supported syr', 'حين طردت القوات التركية وفصائل سورية موالية لها تنظيم «الدولة الإسلامية» من الباب.'],
  ],
  'a group loyal to a pronoun\'s referent is supported by it': [
    ['tur supported syrian-national-army', 'Turkey and the Syrian National Army, loyal to it, shelled villages near Tal Rifaat on Sunday.'],
  ],
  'a state\'s partner is supported by it': [
    ['usa supported sdf', 'The SDF, whose backbone is the YPG, is Washington\'s main partner in the fight against Islamic State.'],
    ['usa supported sdf', 'American forces operate in the northeast alongside the Kurdish-led Syrian Democratic Forces, Washington\'s main partner against IS.'],
    ['usa supported sdf', 'The Syrian Democratic Forces (SDF), Washington\'s key partner, said on Monday it had captured an IS leader.'],
    ['usa supported sdf', 'The SDF has been Washington\'s main ground partner since 2015, and the United States keeps troops in Hasakah.'],
    ['no sdf supported usa', 'The SDF, whose backbone is the YPG, is Washington\'s main partner in the fight against Islamic State.'],
    ['no usa supported tur', 'Turkey, a NATO ally of Washington, opposes the SDF.'],
  ],
  'a state\'s partner is supported by it (ar)': [
    ['usa supported sdf', 'وقالت «قسد»، الشريك الرئيسي لواشنطن في سوريا، إنها اعتقلت قيادياً في التنظيم.'],
    ['usa supported sdf', 'وتعد «قوات سوريا الديمقراطية»، الشريك المحلي الرئيسي للولايات المتحدة، أكبر قوة في شمال شرق سوريا.'],
  ],
  'a state\'s own forces said to be in a place are there': [
    ['irn deployed_in syr', 'Iran, Damascus\'s key regional ally, says its forces are in Syria at the invitation of the government and only in an advisory role.'],
    ['irn deployed_in syr', 'Iran says its military advisers have been in Syria since 2012.'],
    ['rus deployed_in syr', 'Moscow says its troops remain in Syria to fight terrorism.'],
    ['no tur deployed_in syr', 'Turkey says its forces are ready to act.'],
  ],
  'a state\'s own forces said to be in a place are there (ar)': [
    ['irn deployed_in syr', 'وتقول إيران إن قواتها موجودة في سوريا بدعوة من الحكومة.'],
    ['irn deployed_in syr', 'وتقول طهران إن مستشاريها العسكريين موجودون في سوريا بطلب من دمشق.'],
  ],
  'a withdrawal demanded is a presence, not a withdrawal done': [
    ['tur deployed_in syr', 'Assad said on Monday that a meeting with Erdogan was possible, but demanded an end to Turkish support for terrorism and a withdrawal of Turkish forces from Syrian territory.'],
    ['no tur withdrew_from syr', 'Assad said on Monday that a meeting with Erdogan was possible, but demanded an end to Turkish support for terrorism and a withdrawal of Turkish forces from Syrian territory.'],
    ['no tur withdrew_from syr', 'Damascus has demanded a full withdrawal of Turkish forces from Syria.'],
    ['tur withdrew_from syr', 'The withdrawal of Turkish forces from Syria began on Monday.'],
  ],
  'a withdrawal demanded is a presence, not a withdrawal done (ar)': [
    ['tur deployed_in syr', 'وطالب الأسد بانسحاب القوات التركية من الأراضي السورية.'],
    ['no tur withdrew_from syr', 'وطالب الأسد بانسحاب القوات التركية من الأراضي السورية.'],
  ],
  'an incursion into a place is also presence there': [
    ['isr deployed_in south-lebanon', 'Israel launched a ground incursion into southern Lebanon on Monday night after two weeks of intense air strikes on Hezbollah.'],
    ['isr deployed_in south-lebanon', 'Israel, which has carried out several incursions into southern Lebanon since 2006, denied the report.'],
    ['tur deployed_in northern-syria', 'Turkey has launched several incursions into northern Syria since 2016.'],
    ['tur attacked ypg', 'Norway restricted arms sales to Turkey after its 2019 incursion into northern Syria against the YPG.'],
    ['no tur deployed_in northern-syria', 'Ankara has threatened a new incursion against the YPG in northern Syria.'],
  ],
  'an incursion into a place is also presence there (ar)': [
    ['isr deployed_in south-lebanon', 'وبدأت إسرائيل توغلاً برياً في جنوب لبنان.'],
    ['isr deployed_in south-lebanon', 'وتوغلت القوات الإسرائيلية في جنوب لبنان.'],
  ],
});

describe('an agency belonging to a group is no group it supports', () => {
  it('«أعماق» التابعة له gives no support at all (the agency is no lexicon entity)', () => {
    const r = extract('وأعلن التنظيم، عبر وكالة «أعماق» التابعة له، مسؤوليته عن الهجوم.', 'ar', '2024-05-06');
    expect(r.relations.filter((x) => x.relation === 'supported')).toEqual([]);
  });
});
