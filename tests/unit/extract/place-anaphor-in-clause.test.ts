/**
 * A place anaphor in the clause of a strike or presence verb (ref29, diagnosis-batch26 §3 and §6 fix 5): "the region",
 * "the province", "the town", `المنطقة`, `المحافظة`, `البلدة` after a preposition of place ("in", "across", "the
 * outskirts of", `في`, `أطراف`, `محيط`) is the verb's place even past its object and a date ("Turkey keeps dozens of
 * military posts in the region", `وتنشر تركيا منذ عام 2018 نقاطاً عسكرية في المنطقة`), resolved as before (discourse.ts
 * placeAnaphors: the last place named, or the one place of that kind). Not past another clause (a finite "have", a
 * relative word), not for an auxiliary "have" ("have regularly struck positions in the desert"), not without a verb of
 * strike or presence. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const IDLIB_EN = 'Russian jets struck villages in Idlib province on Monday. ';
const TOWN_EN = 'Russian jets struck the town of Saraqeb on Monday. ';
const IDLIB_AR = 'قصفت طائرات روسية قرى في محافظة إدلب أمس. ';
const TOWN_AR = 'قصفت طائرات روسية بلدة سراقب أمس. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"keeps dozens of military posts in the region"', lang: 'en', text: IDLIB_EN + 'Turkey keeps dozens of military posts in the region.', want: ['tur deployed_in idlib'] },
  { what: '"deploys thousands of soldiers in the province"', lang: 'en', text: IDLIB_EN + 'Turkey deploys thousands of soldiers in the province.', want: ['tur deployed_in idlib'] },
  { what: 'a relative clause on the subject', lang: 'en', text: IDLIB_EN + 'Turkey, which backs the rebels, keeps troops and observation posts in the province.', want: ['tur deployed_in idlib'] },
  { what: '"shelled the outskirts of the town" with a date after', lang: 'en', text: TOWN_EN + 'Syrian forces then shelled the outskirts of the town on Tuesday.', want: ['syr attacked saraqeb'] },
  { what: 'a date between verb and object (Arabic)', lang: 'ar', text: IDLIB_AR + 'وتنشر تركيا منذ عام 2018 نقاطاً عسكرية في المنطقة.', want: ['tur deployed_in idlib'] },
  { what: 'a list object, an adjunct after (Arabic)', lang: 'ar', text: IDLIB_AR + 'وتنشر تركيا قوات ونقاط مراقبة في المنطقة بموجب تفاهمات مع روسيا.', want: ['tur deployed_in idlib'] },
  { what: 'a relative clause on the subject (Arabic)', lang: 'ar', text: IDLIB_AR + 'وتنشر تركيا، التي تدعم فصائل معارضة، قوات ونقاط مراقبة في المحافظة.', want: ['tur deployed_in idlib'] },
  { what: '`أطراف البلدة` past a partitive subject', lang: 'ar', text: TOWN_AR + 'وقصفت وحدات من القوات الحكومية أطراف البلدة بقذائف الهاون.', want: ['syr attacked saraqeb'] },
  { what: '`محيط البلدة` past a date set off by commas', lang: 'ar', text: TOWN_AR + 'وقصفت القوات الحكومية، يوم الثلاثاء، محيط البلدة.', want: ['syr attacked saraqeb'] },
  { what: '`في القاعدة` is the one base named, past a date (Arabic)', lang: 'ar', text: 'قصفت طائرات مسيرة قاعدة التنف أمس. وتنتشر القوات الأمريكية منذ عام 2016 في القاعدة.', want: ['usa deployed_in al-tanf'] },
  { what: '"near the town where Iranian personnel are stationed" (a where clause on the anaphor; "personnel" a state head)', lang: 'en', text: 'Israeli strikes hit the town of Masyaf on Friday. The strikes hit sites near the town where Iranian personnel are stationed.', want: ['irn deployed_in masyaf'], not: ['isr deployed_in masyaf'] },
  { what: 'the anaphor as subject past auxiliaries ("The town has been under the control of")', lang: 'en', text: 'Three civilians were killed in shelling on a market in the town of al-Bab on Monday. The town has been under the control of the Syrian National Army since 2017.', want: ['syrian-national-army deployed_in al-bab'] },
  // negative cells
  { what: '`تنظيم القاعدة` (al-Qaeda) is no base', lang: 'ar', text: 'قصفت طائرات مسيرة قاعدة التنف أمس. وهاجم تنظيم القاعدة قوات سورية.', want: [], not: ['usa deployed_in al-tanf', 'syr deployed_in al-tanf'] },
  { what: 'no place of the kind named: nothing', lang: 'en', text: TOWN_EN + 'Turkey keeps troops in the province.', want: [], not: ['tur deployed_in saraqeb'] },
  { what: 'no verb of strike or presence: nothing', lang: 'en', text: IDLIB_EN + 'Turkey said the region needed calm.', want: [], not: ['tur deployed_in idlib'] },
  { what: 'an auxiliary "have" is no presence verb', lang: 'en', text: IDLIB_EN + 'Russian warplanes have regularly struck positions in the desert.', want: [], not: ['rus deployed_in idlib'] },
  { what: 'a finite "have" opens another clause', lang: 'en', text: IDLIB_EN + 'Attacks on checkpoints have continued across the province.', want: [] },
  { what: 'no place of the kind named: nothing (Arabic)', lang: 'ar', text: TOWN_AR + 'وتنتشر قوات تركية في المحافظة.', want: [], not: ['tur deployed_in saraqeb'] },
  { what: 'no verb of strike or presence: nothing (Arabic)', lang: 'ar', text: IDLIB_AR + 'وقالت تركيا إن المنطقة تحتاج إلى الهدوء.', want: [], not: ['tur deployed_in idlib'] },
];

// "the country", `البلاد`: the story's state (most named, twice or more), or a country named before it after a preposition
const SYRIA_EN = 'Israeli jets struck Aleppo airport on Monday, Syrian state media said. Syria condemned the strike. ';
const SYRIA_AR = 'قصفت طائرات إسرائيلية مطار حلب أمس. وقالت الحكومة السورية إن القصف عدوان على سوريا. ';
const COUNTRY: typeof CASES = [
  { what: '"has military advisers in the country" is the story’s state', lang: 'en', text: SYRIA_EN + 'Iran, one of the government’s main backers, has military advisers in the country.', want: ['irn deployed_in syr'] },
  { what: '"in the north of the country" is its region', lang: 'en', text: SYRIA_EN + 'Turkey keeps thousands of troops in the north of the country.', want: ['tur deployed_in northern-syria'] },
  { what: 'a country named before it after a preposition', lang: 'en', text: SYRIA_EN + 'Moscow has criticised the raids, but its attention has turned to Ukraine since it invaded the country in 2022.', want: ['rus attacked ukr'], not: ['rus attacked syr'] },
  { what: '`في شمال شرقي البلاد` past a number (Arabic)', lang: 'ar', text: SYRIA_AR + 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرقي البلاد.', want: ['usa deployed_in northeastern-syria'] },
  { what: '`في البلاد` past a date (Arabic)', lang: 'ar', text: SYRIA_AR + 'وتنشر إيران منذ عام 2013 مستشارين عسكريين في البلاد.', want: ['irn deployed_in syr'] },
  // negative cells
  { what: 'never the state of the sentence’s first actor', lang: 'en', text: SYRIA_EN + 'The Syrian army keeps troops across the country.', want: [], not: ['syr deployed_in syr'] },
  { what: 'no story state (named once): nothing', lang: 'en', text: 'Israeli jets struck Aleppo airport on Monday. Iran has military advisers in the country.', want: [], not: ['irn deployed_in syr', 'irn deployed_in isr'] },
  { what: 'not the holder’s own state ("regain control of most of the country")', lang: 'en', text: SYRIA_EN + 'Russia helped President Bashar al-Assad regain control of most of the country.', want: [], not: ['bashar-al-assad deployed_in syr'] },
  { what: '"the country’s sovereignty" is no anaphor', lang: 'en', text: SYRIA_EN + 'Turkey keeps troops in violation of the country’s sovereignty.', want: [], not: ['tur deployed_in syr'] },
];

/** One test a cell: every wanted triple found, every unwanted one not. */
function cells(title: string, list: typeof CASES, more?: () => void): void {
  describe(title, () => {
    for (const c of list)
      it(c.what, () => {
        const got = tripleSet(extract(c.text, c.lang));
        for (const w of c.want) expect(got, w).toContain(w);
        for (const n of c.not ?? []) expect(got, n).not.toContain(n);
      });
    more?.();
  });
}

cells('"the country", `البلاد`: the story’s state as the place of a strike or presence verb', COUNTRY);
cells('a place anaphor in the clause of a strike or presence verb', CASES, () =>
  it('"Attacks … have continued across the province" gives no relation to the province', () => {
    const got = tripleSet(extract(IDLIB_EN + 'Attacks on checkpoints have continued across the province.', 'en'));
    expect(got.filter((t) => t.endsWith(' idlib') && !t.startsWith('rus attacked'))).toEqual([]);
  }),
);
