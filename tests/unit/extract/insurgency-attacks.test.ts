/**
 * An insurgency is an attack (gold rule 10), insurgent → state: the group before the noun (a relative's antecedent, a
 * pronoun's), the state after against/ضد (`ضدها`: the state named first); waged "since" a year, at publication. New
 * sentences only (other groups, other states), with negative cases.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const attacks = (text: string, lang: 'ar' | 'en') =>
  extract(text, lang, '2024-02-20')
    .relations.filter((r) => r.relation === 'attacked')
    .map((r) => `${r.source} ${r.target} ${r.date}`)
    .sort();

describe('an insurgency is attacked, insurgent → state', () => {
  it('English: "X, which has waged an insurgency against the Yemeni state since 2004"', () => {
    expect(attacks('Saudi Arabia regards the Houthis, which have waged an insurgency against the Yemeni state since 2004, as an Iranian proxy.', 'en')).toEqual([
      'houthis yem 2024-02-20',
    ]);
  });
  it('Arabic: `لـX الذي يخوض تمرداً ضد الدولة Y`, inside an accusation too; `، وهو يخوض تمرداً مسلحاً ضد`; `ضدها`', () => {
    expect(attacks('وتتهم صنعاء إيران بأنها تدعم جماعة الحوثيين التي تخوض تمرداً ضد الدولة اليمنية منذ عام 2004.', 'ar')).toContain('houthis yem 2024-02-20');
    expect(attacks('وتصنّف السعودية جماعة الحوثيين منظمة إرهابية، وهي تخوض تمرداً مسلحاً ضد الدولة اليمنية منذ عام 2004.', 'ar')).toEqual(['houthis yem 2024-02-20']);
    expect(attacks('وتعتبر اليمن الحوثيين امتداداً لإيران، والحوثيون يخوضون تمرداً ضدها منذ عام 2004.', 'ar')).toEqual(['houthis yem 2024-02-20']);
  });
  it('a name inside a relative clause before the noun is no insurgent', () => {
    expect(attacks('ويخوض الحزب، الذي تصنفه الولايات المتحدة والاتحاد الأوروبي منظمة إرهابية، تمرداً مسلحاً ضد الدولة التركية منذ عام 1984.', 'ar')).not.toContain(
      'eu tur 2024-02-20',
    );
  });
  it('no insurgency against anyone named, or a negated one: nothing', () => {
    expect(attacks('The Houthis, which led an insurgency for years, signed a truce.', 'en')).toEqual([]);
    expect(attacks('The Houthis have not waged an insurgency against the Yemeni state since the truce.', 'en')).toEqual([]);
  });
});
