/**
 * "government" as a bare modifier (ref26, diagnosis-batch24 §3): "government positions", "government troops", "government
 * offensives", "government-held zones" are the state's body as "the government" is (org_head `@story`: the one state named
 * with that head nearby, else the story's main state), read before the `actor_head` guard drops the unresolved head; not
 * "pro-government" / "anti-government" (its friends and foes), and "government-held Saraqeb" stays the place, held by its
 * own state (presence.ts controlPresence). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const STORY = 'Syrian forces shelled Idlib on Monday, and Syria said it would go on. ';

const CASES: { what: string; text: string; want: string[]; not?: string[] }[] = [
  { what: 'the target of "fired rockets at", and the positions its presence', text: STORY + 'HTS fighters fired rockets at government positions near Saraqeb.', want: ['hts attacked syr', 'syr deployed_in saraqeb'] },
  { what: 'the object of an attack verb, troops', text: STORY + 'HTS fighters attacked government troops near Saraqeb.', want: ['hts attacked syr'] },
  { what: 'an act noun condemned', text: STORY + 'Turkey condemned government offensives in Idlib.', want: ['tur criticized syr'] },
  { what: 'the doer of a subject noun', text: STORY + 'Government warplanes struck Saraqeb on Tuesday.', want: ['syr attacked saraqeb'] },
  { what: 'held zones shelled', text: STORY + 'HTS fighters shelled government-held areas near Saraqeb.', want: ['hts attacked syr'] },
  { what: '"government-held" before a named place is the place, held by its state', text: STORY + 'HTS fighters shelled government-held Saraqeb.', want: ['syr deployed_in saraqeb'], not: ['hts attacked syr'] },
  { what: 'pro-government: no one', text: STORY + 'Pro-government militias attacked Saraqeb.', want: [], not: ['syr attacked saraqeb'] },
  { what: 'negated: nothing', text: STORY + 'HTS said it had not targeted government positions.', want: [], not: ['hts attacked syr'] },
  { what: 'no story state: nothing', text: 'Turkey and Russia discussed Idlib on Monday. HTS fighters fired rockets at government positions near Saraqeb.', want: [], not: ['hts attacked syr', 'hts attacked tur', 'hts attacked rus'] },
  { what: 'a demonym of its own stays the lexicon reading', text: 'HTS fighters fired rockets at Syrian government forces near Saraqeb.', want: ['hts attacked syr'] },
];

describe('"government" as a modifier', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, 'en', '2023-05-01'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});

describe('a story state told by its own people too ("the government", `السلطات` after its president is named)', () => {
  const SUWAYDA = "Hundreds rallied in Syria's southern city of Suwayda, keeping up protests against President Bashar al-Assad. ";
  it('en: "called on the government"', () => {
    expect(tripleSet(extract(SUWAYDA + 'Sheikh Hikmat al-Hijri renewed his call on the government to implement Resolution 2254.', 'en', '2023-11-07'))).toContain('hikmat-al-hijri urged syr');
  });
  it('ar: `اتهم … السلطات`', () => {
    expect(tripleSet(extract('تظاهر المئات في مدينة السويداء جنوب سوريا ضد الرئيس بشار الأسد. واتهم الشيخ حكمت الهجري السلطات بالفساد.', 'ar', '2023-11-07'))).toContain('hikmat-al-hijri accused syr');
  });
});

describe('`قوات الحكومة` is the government forces (lexicon, as "government forces" and `القوات الحكومية` are)', () => {
  const STORY_AR = 'قصفت القوات السورية إدلب يوم الاثنين. ';
  it('the object of an attack verb', () => {
    expect(tripleSet(extract(STORY_AR + 'وهاجمت هيئة تحرير الشام قوات الحكومة قرب سراقب.', 'ar', '2023-05-01'))).toContain('hts attacked syr');
  });
  it('the owner of positions struck, in a response frame', () => {
    expect(tripleSet(extract(STORY_AR + 'وردّت هيئة تحرير الشام بقصف مواقع لقوات الحكومة في محيط مدينة سراقب.', 'ar', '2023-05-01'))).toContain('hts attacked syr');
  });
  it('with its demonym, one mention', () => {
    expect(tripleSet(extract('وتدعم روسيا قوات الحكومة السورية منذ عام 2015.', 'ar', '2023-05-01'))).toContain('rus supported syr');
  });
});
