/**
 * UN agencies by their descriptive English names and their Arabic names, and tribes of the Euphrates valley
 * (data/lexicon/entities.world.csv, solo50): "the UN children's agency UNICEF" is UNICEF, not the UN; "the UN Development
 * Programme (UNDP)" is UNDP; `عشيرتي البوبنا والغنائم` are two tribes. Negative cell: "the UN" alone stays the UN.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const ids = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2023-06-04').entities.map((e) => e.id).sort();

describe('UN agencies and tribes by name', () => {
  it('an agency named by what it does is that agency', () => {
    expect(ids("The UN children's agency UNICEF delivered water tanks to Hasakah on Monday.", 'en')).toEqual(['hasakah', 'unicef']);
    expect(ids('The UN Development Programme (UNDP) signed an agreement with the Raqqa Civil Council.', 'en')).toContain('undp');
    expect(ids('وقّع برنامج الأمم المتحدة الإنمائي اتفاقاً مع مجلس الرقة المدني.', 'ar')).toContain('undp');
    expect(ids('Aid from the UN food agency reached Idlib.', 'en')).toContain('wfp');
  });
  it('tribes named by their Arabic names, in a dual too', () => {
    expect(ids('التقى أعضاء المجلس المدني في منبج وجهاء من عشيرتي البوبنا والغنائم أمس.', 'ar')).toEqual(expect.arrayContaining(['bu-banna-tribe', 'ghanaim-tribe']));
    expect(ids('والتقى المجلس وجهاء من قبيلة البكارة في دير الزور.', 'ar')).toContain('baggara-tribe');
  });
  it('the UN alone is the UN', () => {
    expect(ids('The UN said aid deliveries resumed on Monday.', 'en')).toEqual(['united-nations']);
  });
});
