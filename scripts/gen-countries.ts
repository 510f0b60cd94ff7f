/**
 * Generate data/lexicon/countries.csv from the world-countries package: every country with
 * its English and Arabic names, English demonyms, and Arabic demonym adjectives made by rule
 * (سوريا → سوري/سورية, إيران → إيراني/إيرانية, السعودية → سعودي/سعودية) or from a small table.
 * Run: npx tsx scripts/gen-countries.ts   (output is committed; edit entities.csv to extend a row)
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';

interface Country {
  cca3: string;
  unMember?: boolean;
  independent?: boolean;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string }>;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Country[];

/** Arabic demonyms that the rule cannot make (multi-word names, irregular forms). Masculine forms. */
const AR_DEMONYM: Record<string, string[]> = {
  USA: ['أمريكي', 'أميركي'],
  GBR: ['بريطاني'],
  ARE: ['إماراتي'],
  KOR: ['كوري جنوبي'],
  PRK: ['كوري شمالي'],
  NLD: ['هولندي'],
  SAU: ['سعودي'],
  KAZ: ['كازاخستاني', 'كازاخي'],
  CHN: ['صيني'],
  IND: ['هندي'],
  JPN: ['ياباني'],
  GRC: ['يوناني'],
  CZE: ['تشيكي'],
  ZAF: ['جنوب أفريقي'],
  NZL: ['نيوزيلندي'],
  BIH: ['بوسني'],
  CAF: [],
  COD: [],
  COG: [],
  DOM: [],
  SSD: [],
  PSE: ['فلسطيني'],
  AZE: ['أذربيجاني', 'أذري'],
};
/** Extra Arabic and English names. */
const AR_ALIASES: Record<string, string[]> = {
  SYR: ['سورية'],
  USA: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  GBR: ['بريطانيا'],
  ARE: ['الإمارات العربية المتحدة'],
  RUS: ['روسيا الاتحادية'],
  TUR: ['تركية'],
};
const EN_EXTRA_DEMONYMS: Record<string, string[]> = { SAU: ['Saudi'], GBR: ['UK'], USA: ['US', 'U.S.'], TUR: ['Turkiye'] };

/** Arabic nisba adjective from the Arabic country name (masculine). */
export function arabicDemonym(name: string): string | undefined {
  if (/\s/.test(name.trim())) return undefined;
  let n = name.trim().replace(/^ال/, '');
  if (n.endsWith('يا')) n = n.slice(0, -1);
  else if (n.endsWith('ا') || n.endsWith('ة') || n.endsWith('ه')) n = n.slice(0, -1) + 'ي';
  else if (!n.endsWith('ي')) n = n + 'ي';
  return n;
}

function feminine(m: string): string {
  const parts = m.split(' ');
  return parts.map((p) => p + 'ة').join(' ');
}

const rows = countries
  .filter((c) => c.translations.ara)
  .map((c) => {
    const ar = c.translations.ara!;
    const masc = AR_DEMONYM[c.cca3] ?? [arabicDemonym(ar.common)].filter((x): x is string => !!x);
    const demAr = [...new Set(masc.flatMap((m) => [m, feminine(m)]))];
    const eng = c.demonyms?.eng;
    const demEn = [...new Set([...(eng ? [eng.m, eng.f] : []), ...(EN_EXTRA_DEMONYMS[c.cca3] ?? [])])].filter((x) => x && x !== c.name.common);
    const aliasesEn = [...new Set([c.name.official, ...c.altSpellings.filter((a) => a.length > 3 && /[a-z]/.test(a))])].filter((a) => a !== c.name.common);
    const aliasesAr = [...new Set([ar.official, ...(AR_ALIASES[c.cca3] ?? [])])].filter((a) => a !== ar.common);
    return {
      id: c.cca3.toLowerCase(),
      kind: 'country',
      label_en: c.name.common,
      label_ar: ar.common,
      aliases_en: aliasesEn.join('|'),
      aliases_ar: aliasesAr.join('|'),
      // "Syrian territory", "الأراضي السورية": the country as a place
      descriptors_en: demEn.length ? `${demEn[0]} territory|${demEn[0]} territories|${demEn[0]} soil` : '',
      descriptors_ar: masc.length ? `الأراضي ال${feminine(masc[0]!)}|أراضي ${c.translations.ara!.common}` : '',
      wikidata: '',
      country: '',
      lat: String(c.latlng[0]),
      lon: String(c.latlng[1]),
      demonyms_en: demEn.join('|'),
      demonyms_ar: demAr.join('|'),
      stands_for: '',
    };
  })
  .sort((a, b) => (a.id < b.id ? -1 : 1));

// A demonym names one country: "French" is France, not the French Southern Lands; UN members first.
const byId = new Map(countries.map((c) => [c.cca3.toLowerCase(), c]));
const rank = (id: string) => (byId.get(id)?.unMember ? 0 : byId.get(id)?.independent ? 1 : 2);
const owner = new Map<string, string>();
for (const r of [...rows].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1)))
  for (const d of [...r.demonyms_en.split('|'), ...r.demonyms_ar.split('|')]) if (d && !owner.has(d)) owner.set(d, r.id);
for (const r of rows) {
  r.demonyms_en = r.demonyms_en.split('|').filter((d) => d && owner.get(d) === r.id).join('|');
  r.demonyms_ar = r.demonyms_ar.split('|').filter((d) => d && owner.get(d) === r.id).join('|');
}

const out = Papa.unparse(rows, { newline: '\n' }) + '\n';
writeFileSync(new URL('../data/lexicon/countries.csv', import.meta.url), out);
console.log(`wrote ${rows.length} countries to data/lexicon/countries.csv`);
