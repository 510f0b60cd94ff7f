/**
 * People the lexicon does not know, introduced with a title (or a role in apposition) and a full name, then named by the
 * surname alone (issue #3): the article remembers the surname (the last word, or the last two of a compound: `نور الدين`,
 * `عبد الرزاق`, "bin X") and, for two-word names, the given name in a clause-opening position. Titles with a complement in
 * construct (`وزير الموارد المائية السوري X`, `شيخ قبيلة X`, `القيادي في «حماس» X`, "Minister of Water Resources X") and titles
 * in lowercase ("nationalist politician X") introduce the name. Sentences of our own, with invented names.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/extract/pipeline.ts';
import { article, extract, lexicon, tripleSet as triples } from './helpers.ts';

/** The entity ids of the person mentions of each sentence, with their surfaces. */
function people(text: string, lang: 'ar' | 'en'): string[][] {
  const doc = analyse(article(text, lang), lexicon());
  return doc.sentences.map((s) => s.mentions.filter((m) => m.kind === 'person').map((m) => `${text.slice(m.start, m.end)}=${m.entity}`));
}

describe('a titled unknown person named again by the surname', () => {
  it('Arabic: a minister with a ministry in construct, then the surname after a verb', () => {
    const r = extract('استقبل وزير الخارجية العراقي فؤاد حسين وزير الموارد المائية السوري نادر حمدان في بغداد أمس. واتهم حمدان تركيا بخفض حصة سوريا من مياه الفرات.', 'ar');
    expect(triples(r)).toContain('nadr-hmdan accused tur');
    expect(triples(r)).toContain('fuad-hussein hosted nadr-hmdan');
  });
  it('Arabic: a compound surname (عبد X, X الدين) is the last two words, with السيد before it too', () => {
    const r = extract('زار وزير المهجرين اللبناني سامر عبد الرزاق دمشق أمس. وأكد عبد الرزاق أن بلاده تنسق مع سوريا في ملف العودة.', 'ar');
    expect(people('زار وزير المهجرين اللبناني سامر عبد الرزاق دمشق أمس. وأكد عبد الرزاق أن العودة طوعية.', 'ar')[1]).toEqual(['عبد الرزاق=samr-abd-alrzaq']);
    expect(triples(r, 'visited')).toEqual(['samr-abd-alrzaq visited damascus']);
    const s = extract('وصل وزير الطاقة العراقي سمير نور الدين إلى أنقرة أمس. وقال نور الدين إن المحادثات كانت مثمرة. ثم انتقد السيد نور الدين إسرائيل.', 'ar');
    expect(triples(s, 'criticized')).toEqual(['smyr-nwr-aldyn criticized isr']);
  });
  it('English: a lowercase title, then the surname and "Mr X"', () => {
    const r = extract('Nationalist politician Selim Karaca met Kemal Kilicdaroglu in Ankara on Tuesday. Karaca later said he backed Kilicdaroglu. Mr Karaca also criticised Erdogan.', 'en');
    expect(triples(r)).toEqual(['selim-karaca criticized recep-tayyip-erdogan', 'selim-karaca met kemal-kilicdaroglu', 'selim-karaca supported kemal-kilicdaroglu']);
  });
  it('English: "Minister of Water Resources X" is a title', () => {
    const r = extract('Iraqi Minister of Water Resources Hamid Khalaf visited Ankara on Monday. Khalaf accused Turkey of cutting the flow of the Tigris.', 'en');
    expect(triples(r)).toEqual(['hamid-khalaf accused tur', 'hamid-khalaf visited ankara']);
  });
  it('a given name alone resolves only right after a verb (Arabic) and never one that is a preposition (على)', () => {
    expect(people('وصل المبعوث الصيني تشو مينغ إلى دمشق. وأكد تشو دعم بلاده لسوريا.', 'ar')[1]).toEqual(['تشو=tshw-myngh']);
    expect(people('وحذّر المرشد الإيراني علي رضائي من الرد. وردّت إسرائيل بغارات على دمشق.', 'ar')[1]).toEqual([]);
  });
});

describe('surnames that name no one', () => {
  it('two people of the same surname: the bare surname is ambiguous', () => {
    const r = extract('Foreign Minister Karim Haddad met Interior Minister Samir Haddad in Beirut. Haddad later criticised Israel.', 'en');
    expect(triples(r, 'criticized')).toEqual([]);
  });
  it('a surname that is a common word of the article (written with the article, or in lowercase) is not remembered', () => {
    expect(people('زار وزير الاقتصاد اللبناني سامي سلام دمشق. وقال إن بلاده تريد السلام مع الجميع. ودعا سلام إلى الحوار.', 'ar')[2]).toEqual([]);
    expect(people('Opposition leader Adam Hope met the envoy. He said there was little hope of a deal. Hope said talks would go on.', 'en')[2]).toEqual([]);
  });
});

describe('a title with a complement in construct', () => {
  it('`شيخ قبيلة X` + name is one person; the tribe is his qualifier, not an actor', () => {
    const r = extract('وقاد الهجوم شيخ قبيلة الزبيد محمود الراشد على مواقع «قسد» في ريف دير الزور.', 'ar');
    expect(triples(r, 'attacked')).toEqual(['mhmwd-alrashd attacked sdf']);
  });
  it('of two overlapping titles the longer reads the name, and a name may start with إل', () => {
    expect(people('وكان الوفد، برئاسة نائب رئيس مجلس النواب إلياس حداد، قد زار دمشق أمس.', 'ar')[0]).toEqual(['إلياس حداد=alyas-hdad']);
  });
  it('`رئيس حكومة تصريف الأعمال` and `القيادي في «حماس»` are titles, their complement no name', () => {
    expect(people('اتصل رئيس حكومة تصريف الأعمال اللبنانية سامي عادل بالرئيس السوري.', 'ar')[0]![0]).toBe('سامي عادل=samy-aadl');
    const r = extract('وقال القيادي في «حماس» سامر حداد إن «حماس» تقف إلى جانب سوريا، وأنها ستعمل مع دمشق لمواجهة الاحتلال.', 'ar');
    expect(triples(r)).toEqual(['hamas coordinated_with syr', 'hamas supported syr']);
  });
  it('English: "army chief, Major General X": titles in a row past a comma, no "Major General" person', () => {
    const r = extract('Syrian Defence Minister Ali Mahmoud Abbas held talks with the Jordanian army chief, Major General Hamza Jaber, in Amman.', 'en');
    expect(r.entities.filter((e) => e.discovered).map((e) => e.id)).toEqual(['hamza-jaber']);
  });
});

describe('a name in apposition with a role', () => {
  it('"X, whom the military described as a senior leader of …" is a person, named next by the surname', () => {
    const text = 'A US raid on Thursday killed Khalid Barazi, whom the military described as a senior leader of Islamic State. Barazi had planned attacks on US troops, it said.';
    expect(people(text, 'en')).toEqual([['Khalid Barazi=khalid-barazi'], ['Barazi=khalid-barazi']]);
  });
});

describe('Arabic names before their role, and given names that a title matches', () => {
  it('`X، القيادي في «حراس الدين»` after a verb: the words before the comma are the person', () => {
    const text = 'قُتل أبو خالد الشامي، القيادي في «حراس الدين»، بغارة أمريكية قرب إدلب. وكان الشامي قد انتقد تركيا.';
    expect(people(text, 'ar')).toEqual([['أبو خالد الشامي=abw-khald-alshamy'], ['الشامي=abw-khald-alshamy']]);
    expect(people('وقال أحمد حسن، المتحدث باسم الهيئة، إن الوضع هادئ.', 'ar')).toEqual([['أحمد حسن=ahmd-hsn']]);
  });
  it('`عماد` is a given name, not the title `العماد` that starts a row of titles', () => {
    expect(people('وصل وزير الطاقة العراقي عماد نور الدين إلى أنقرة أمس. وقال نور الدين إن المحادثات مثمرة.', 'ar')).toEqual([['عماد نور الدين=amad-nwr-aldyn'], ['نور الدين=amad-nwr-aldyn']]);
  });
});

describe('lowercase words that are no title of a name', () => {
  it('"a major Gulf Energy Forum" is no person', () => {
    expect(extract('Turkey hosted a major Gulf Energy Forum in Ankara on Monday.', 'en').entities.filter((e) => e.discovered)).toEqual([]);
  });
});
