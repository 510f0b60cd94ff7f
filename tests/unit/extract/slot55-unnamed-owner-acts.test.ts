/**
 * slot55 (diagnosis-batch53 slot54 rank 5 (c), FP 45–46; no pool gold): an act noun owned by an unnamed party ("Western
 * sanctions on Syria", `العقوبات الغربية على سوريا`; cues.csv `unnamed_owner_adjective`) under another relation's verb
 * gives that verb no object from the act's target and the sentence's subject no share in the act
 * (relations/unnamedowner.ts). Negative cells: a named owner keeps both rows; "joined Western sanctions on Moscow" (no
 * trigger before it) keeps the joiner a sanctioner.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2023-02-25').relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe('an act owned by an unnamed party under a criticism (en)', () => {
  it('"criticised Western sanctions on Syria": no criticism of Syria, no sanction by China', () => {
    const r = rels('Beijing has also criticised Western sanctions on Syria, saying they hamper relief work.', 'en');
    expect(r).not.toContain('chn criticized syr');
    expect(r).not.toContain('chn sanctioned syr');
  });
  it('another adjective and act noun, another verb', () => {
    const r = rels('Iran condemned foreign strikes on Syria.', 'en');
    expect(r).not.toContain('irn criticized syr');
    expect(r).not.toContain('irn attacked syr');
  });
});

describe('the same in Arabic', () => {
  it('`وانتقدت بكين العقوبات الغربية على سوريا`', () => {
    const r = rels('وانتقدت بكين العقوبات الغربية على سوريا، معتبرة أنها تعرقل جهود الإغاثة.', 'ar');
    expect(r).not.toContain('chn criticized syr');
    expect(r).not.toContain('chn sanctioned syr');
  });
});

describe('a named owner, or no verb over the act', () => {
  it('"Israeli strikes on Syria", `العقوبات الأمريكية على سوريا`', () => {
    expect(rels('Russia criticised Israeli strikes on Syria.', 'en')).toEqual(expect.arrayContaining(['rus criticized isr', 'isr attacked syr']));
    expect(rels('وانتقدت بكين العقوبات الأمريكية على سوريا، معتبرة أنها تعرقل جهود الإغاثة.', 'ar')).toEqual(expect.arrayContaining(['chn criticized usa', 'usa sanctioned syr']));
  });
  it('"joined Western sanctions on Moscow"', () => {
    expect(rels('Russia argues that Switzerland is no longer neutral since it joined Western sanctions on Moscow.', 'en')).toContain('che sanctioned rus');
  });
});
