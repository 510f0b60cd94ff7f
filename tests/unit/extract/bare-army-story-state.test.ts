/**
 * Bare "the army", `الجيش` (ref29, diagnosis-batch26 §3, §6 fix 5): an organisation head (cues.csv org_head `@story`) like
 * "the government": the one state named with "army"/"military" in the window, else the story's state (discourse.ts
 * storyBody); also as a bare modifier ("army positions"). A body is never the place of a presence (index.ts
 * withoutOpenedHeadRecords). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const SYRIA_EN = 'Syrian government forces shelled villages in Idlib on Monday, Syrian state media said. ';
const SYRIA_AR = 'قصفت القوات السورية قرى في ريف إدلب أمس، بحسب وسائل الإعلام السورية. ';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  { what: '"attacked army positions"', lang: 'en', text: SYRIA_EN + 'HTS fighters attacked army positions near Saraqeb.', want: ['hts attacked syr'] },
  { what: '"army positions" with a date between', lang: 'en', text: SYRIA_EN + 'HTS fighters attacked, on Tuesday, army positions near Saraqeb.', want: ['hts attacked syr'] },
  { what: '"army positions" after a list of attackers', lang: 'en', text: SYRIA_EN + 'Fighters of HTS and Ansar al-Tawhid attacked army positions near Saraqeb.', want: ['hts attacked syr'] },
  { what: '"responded by shelling" with "the army" as subject', lang: 'en', text: SYRIA_EN + 'HTS fighters attacked a checkpoint. The army responded by shelling villages in the Jabal al-Zawiya area.', want: ['syr attacked jabal-al-zawiya'] },
  { what: '`وحدات الجيش ردّت باستهداف مواقع القوات التركية` (Arabic)', lang: 'ar', text: 'قُتل ثلاثة جنود سوريين بقصف تركي على مواقع للجيش السوري في ريف حلب أمس، بحسب وزارة الدفاع السورية. ونقلت الوكالة عن مصدر عسكري قوله إن وحدات الجيش ردّت باستهداف مواقع القوات التركية.', want: ['syr attacked tur'] },
  // negative cells
  { what: 'an army named with its state is that state', lang: 'en', text: SYRIA_EN + 'The Israeli army said it struck Iranian targets. The army said it would continue.', want: [], not: ['syr attacked irn'] },
  { what: 'the army is no place (Arabic)', lang: 'ar', text: SYRIA_AR + 'وقال المحافظ إن بينهم منشقين عن الجيش ومقيمين في مناطق سيطرة «قوات سوريا الديمقراطية».', want: [], not: ['sdf deployed_in syr'] },
];

describe('bare "the army" is the story’s state', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
