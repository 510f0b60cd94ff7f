/**
 * Arabic: a state named by its masculine delegation noun is the subject of a masculine verb (`التقى وفد من وزارة الخارجية
 * الأمريكية مظلوم عبدي`; args.ts arabicVerbSubject), and an office's organisation past a detached `لـ` and the brackets of
 * its abbreviation belongs to the holder named after it (`القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم عبدي`;
 * mentions.ts officeHolders): the person met, not the group. Negative cells: a masculine verb before a feminine state name
 * still takes it as object; an organisation with no holder after it stays itself.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const met = (text: string) => extract(text, 'ar', '2023-11-25').relations.filter((r) => r.relation === 'met').map((r) => `${r.source} ${r.target}`);

describe('a delegation of a state and an office holder (ar)', () => {
  it('the delegation is the subject, the holder the one met', () => {
    expect(met('التقى وفد من وزارة الخارجية الأمريكية أمس الجمعة القائد العام لـ«قوات سوريا الديمقراطية» (قسد) مظلوم عبدي، خلال زيارة إلى مدينة الحسكة.')).toEqual(['usa mazloum-abdi']);
    expect(met('التقى وفد من وزارة الخارجية الأمريكية مظلوم عبدي في الحسكة.')).toEqual(['usa mazloum-abdi']);
    expect(met('والتقى وفد أمريكي القائد العام لـ«قوات سوريا الديمقراطية» مظلوم عبدي.')).toEqual(['usa mazloum-abdi']);
  });
  it('no holder after the organisation: the organisation', () => {
    expect(met('التقى وفد أمريكي قادة في «قوات سوريا الديمقراطية» أمس.')).toEqual(['usa sdf']);
  });
});
