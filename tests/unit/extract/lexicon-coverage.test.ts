import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/extract/normalise.ts';
import { extract, lexicon, mentionIds as ids, tripleSet } from './helpers.ts';

describe('lexicon coverage of the conflict’s actors and places', () => {
  it('resolves Arabic-only names to their English slug, not a discovered transliteration', () => {
    expect(ids('استقبل الأسد وفداً من حركة «حماس» برئاسة خليل الحية', 'ar')).toEqual(['bashar-al-assad', 'hamas', 'khalil-al-hayya']);
    expect(ids('قتل القيادي في الحرس الثوري رضي موسوي بغارة قرب السيدة زينب', 'ar')).toEqual(['irgc', 'razi-mousavi', 'sayyida-zeinab']);
    const rec = extract('التقى وزير الخارجية الإيراني عباس عراقجي نظيره السوري بسام صباغ في دمشق.', 'ar', '2024-10-06');
    expect(rec.entities.filter((e) => e.discovered)).toEqual([]);
    expect(rec.entities.map((e) => e.id)).toContain('bassam-sabbagh');
  });
  it('finds places the lexicon lacked, the longer name first', () => {
    expect(ids('Israeli strikes put Damascus International Airport out of service', 'en')).toEqual(['isr', 'damascus-international-airport']);
    expect(ids('قصف مطار حلب الدولي', 'ar')).toEqual(['aleppo-international-airport']);
    expect(ids('Shoukry flew to Adana, then Kerman and Gaza', 'en')).toEqual(['sameh-shoukry', 'adana', 'kerman', 'gaza']);
    expect(ids('ضربات أمريكية على البوكمال', 'ar')).toContain('abu-kamal');
  });
  it('keeps ordinary words and longer names apart from new entries', () => {
    // "فتح" (opened) is not Fatah, "الذخيرة الحية" (live ammunition) is not al-Hayya
    expect(ids('فتح الجيش الطريق وأطلق الذخيرة الحية', 'ar')).not.toContain('fatah');
    expect(ids('فتح الجيش الطريق وأطلق الذخيرة الحية', 'ar')).not.toContain('khalil-al-hayya');
    expect(ids('وقعت حركة فتح الاتفاق', 'ar')).toEqual(['fatah']);
    expect(ids('بعد توقيع حركتي فتح وحماس الاتفاق', 'ar')).toEqual(['fatah', 'hamas']);
    expect(ids('US jets struck near Ain al-Asad and Saraqeb', 'en')).toEqual(['usa', 'ain-al-asad-air-base', 'saraqeb']);
    // the Syrian defence minister keeps his full name; the Palestinian president is matched alone
    expect(ids('العماد علي محمود عباس', 'ar')).toEqual(['ali-mahmoud-abbas']);
    expect(ids('الرئيس الفلسطيني محمود عباس', 'ar')).toEqual(['mahmoud-abbas']);
  });
  it('resolves the new time-bound roles by the article date', () => {
    expect(ids('قال وزير الخارجية السوري إن', 'ar', '2024-10-06')).toEqual(['bassam-sabbagh']);
    expect(ids('قال وزير الخارجية السوري إن', 'ar', '2023-10-06')).toEqual(['faisal-mekdad']);
    expect(ids('the Hezbollah leader said', 'en', '2024-11-20')).toEqual(['naim-qassem']);
    expect(ids('CENTCOM said it struck', 'en')).toEqual(['usa']);
  });
  it('knows Ukraine’s president under the agencies’ three spellings, and as his office from May 2019', () => {
    expect(ids('Erdogan met Zelenskiy and Guterres in Lviv', 'en', '2022-08-18')).toEqual(['recep-tayyip-erdogan', 'volodymyr-zelensky', 'antonio-guterres']);
    expect(ids('Volodymyr Zelenskyy said', 'en')).toEqual(['volodymyr-zelensky']);
    expect(ids('التقى أردوغان الرئيس الأوكراني في لفيف', 'ar', '2022-08-18')).toEqual(['recep-tayyip-erdogan', 'volodymyr-zelensky']);
    expect(ids('the Ukrainian president said', 'en', '2018-05-01')).not.toContain('volodymyr-zelensky');
  });
  it('covers the offices, groups, places and media of the audit against issue #3', () => {
    // Arabic-only mentions resolve to the English slug of the lexicon, not a transliteration
    expect(ids('التقى هادي البحرة ضباطاً في مطار الشعيرات بحسب المرصد السوري لحقوق الإنسان', 'ar')).toEqual([
      'hadi-al-bahra',
      'shayrat-air-base',
      'sohr',
    ]);
    expect(ids('انتشرت قوات البيشمركة في سنجار وزاخو ومحافظة حلب', 'ar')).toEqual(['peshmerga', 'sinjar', 'zakho', 'aleppo']);
    // agencies' spellings: Reuters' "Araqchi", Anadolu Arabic's "بي كا كا"
    expect(ids('Iranian Foreign Minister Abbas Araqchi met Mikdad', 'en', '2024-10-06')).toEqual(['abbas-araghchi', 'faisal-mekdad']);
    expect(ids('قصف الجيش مواقع بي كا كا', 'ar')).toEqual(['pkk']);
    // a governorate shares its capital's id
    expect(ids('Fighting spread across Deir ez-Zor province and the Aleppo countryside', 'en')).toEqual(['deir-ez-zor', 'aleppo']);
  });
  it('resolves the audited offices by the article date', () => {
    expect(ids('the Turkish defence minister said', 'en', '2013-05-01')).toEqual(['ismet-yilmaz']);
    // the interim government of autumn 2015 splits Çavuşoğlu's term
    expect(ids('the Turkish foreign minister said', 'en', '2015-10-01')).toEqual(['feridun-sinirlioglu']);
    expect(ids('the Turkish foreign minister said', 'en', '2016-10-01')).toEqual(['mevlut-cavusoglu']);
    expect(ids('قال رئيس الأركان التركي إن', 'ar', '2020-05-01')).toEqual(['yasar-guler']);
    expect(ids('the UN humanitarian chief said', 'en', '2016-05-01')).toEqual(['stephen-obrien']);
    expect(ids('the UN humanitarian chief said', 'en', '2022-05-01')).toEqual(['martin-griffiths']);
    expect(ids('قال رئيس الوزراء الروسي إن', 'ar', '2021-05-01')).toEqual(['mikhail-mishustin']);
    // a role group takes each country's holder at the date
    expect(tripleSet(extract('اجتمع وزراء دفاع روسيا وتركيا وإيران في موسكو', 'ar', '2013-05-01'), 'met')).toEqual([
      'ismet-yilmaz met ahmad-vahidi',
      'sergei-shoigu met ahmad-vahidi',
      'sergei-shoigu met ismet-yilmaz',
    ]);
  });
  it('keeps ordinary Arabic words apart from the audited places', () => {
    // القصير "short", السلمية "peaceful", الميادين "fields", القائم "the acting": towns only with مدينة
    expect(ids('وتعهد على المدى القصير بالتسوية السلمية والتعاون في مختلف الميادين مع القائم بالأعمال', 'ar')).toEqual([]);
    expect(ids('التقت السفيرة الأمريكية سكان القريتين', 'ar')).not.toContain('al-safira');
    expect(ids('قصفت الطائرات مدينة القصير ومدينة الميادين وسرايا القدس', 'ar')).toEqual(['qusayr', 'mayadin', 'palestinian-islamic-jihad']);
  });
});

describe('the lexicon files', () => {
  it('define each entity once: a later file may add names to an id, but only one file gives it its labels', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'data/lexicon';
    const definedIn = new Map<string, string[]>();
    for (const f of readdirSync(dir).filter((n) => /^entities.*\.csv$/.test(n))) {
      const [head, ...lines] = readFileSync(`${dir}/${f}`, 'utf8').split('\n');
      const cols = head!.split(',');
      for (const line of lines) {
        if (!line || line.startsWith('#')) continue;
        // (ids, kinds and the first label have no commas or quotes in these files)
        const cells = line.split(',');
        if (!cells[cols.indexOf('label_en')] && !cells[cols.indexOf('label_ar')]) continue;
        definedIn.set(cells[0]!, [...(definedIn.get(cells[0]!) ?? []), f]);
      }
    }
    expect([...definedIn].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});

describe('office-holders 2011-2024 and plural demonyms', () => {
  it('resolves a role to its holder at the article date, in both languages', () => {
    const holders: [string, 'ar' | 'en', Record<string, string>][] = [
      ['قال وزير الدفاع البريطاني إن', 'ar', { '2020-06-01': 'ben-wallace', '2024-09-01': 'john-healey' }],
      ['the French prime minister said', 'en', { '2023-01-10': 'elisabeth-borne', '2024-10-01': 'michel-barnier' }],
      ['قال وزير الداخلية التركي إن', 'ar', { '2014-06-01': 'efkan-ala' }],
      ['the Shin Bet chief said', 'en', { '2018-06-01': 'nadav-argaman' }],
    ];
    for (const [text, lang, byDate] of holders) for (const [date, holder] of Object.entries(byDate)) expect(ids(text, lang, date)).toEqual([holder]);
  });
  it('knows the names, not only the roles', () => {
    expect(ids('اتصل بوتفليقة بالرئيس الأسد', 'ar', '2015-01-10')).toEqual(['abdelaziz-bouteflika', 'bashar-al-assad']);
    expect(ids('Tokayev hosted the talks in Astana', 'en')).toEqual(['kassym-jomart-tokayev', 'astana']);
  });
  it('takes no ordinary word for a surname', () => {
    expect(ids('عاد المعارض المنفي إلى بلاده', 'ar')).not.toContain('mohamed-al-menfi');
    expect(ids('أكد قدسية المكان', 'ar')).not.toContain('abdul-fattah-qudsiyeh');
  });
  it('reads a plural demonym after a plural state organ as its country, as the singular after a singular', () => {
    expect(ids('اتهم المسؤولون الأتراك الجنود الأمريكيين بدعم الوحدات الكردية', 'ar')).toEqual(['tur', 'usa', 'ypg']);
    expect(ids('التقى عبد اللهيان مسؤولين لبنانيين', 'ar')).toContain('lbn');
    expect(ids('عاد اللاجئون السوريون إلى قراهم', 'ar')).toEqual([]);
  });
});

describe('one entity per name', () => {
  it('gives no two entities of one kind the same English or Arabic label (as matched: normalised, any case)', () => {
    // two rows for one actor split its edges in the graph and make the id a mention gets depend on row order
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const e of lexicon().entities.values())
      for (const label of [e.label_en, e.label_ar]) {
        if (!label) continue;
        const key = `${e.kind}:${normalise(label).toLowerCase()}`;
        const other = seen.get(key);
        if (other && other !== e.id) twins.push(`${other} / ${e.id} (${label})`);
        else seen.set(key, e.id);
      }
    expect(twins).toEqual([]);
  });
});
