/**
 * Construction (diagnosis-batch21 §5 fix 3): the one killed is never the doer of the attack that killed them, whatever
 * the attack word (a verb after the means, `قُتل X بغارة … استهدفت …`; an English passive, "X were killed when a drone
 * struck …"; the object of an active killing before an attack noun, "killed X, including Y, in strikes"). The doer named
 * after the means is still the doer. Paraphrase suite of our own (heads, positions and frames varied; seen in batches
 * 13, 14 and 21).
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet as triples } from './helpers.ts';

const attacks = (text: string, lang: 'ar' | 'en') => triples(extract(text, lang), 'attacked');

describe('the one killed is no doer (Arabic)', () => {
  const victims: [string, string][] = [
    ['قُتل القيادي في حركة «حماس» صالح العاروري أمس بغارة بطائرة مسيّرة استهدفت مكتباً في الضاحية الجنوبية لبيروت.', 'saleh-al-arouri'],
    ['اغتيل صالح العاروري بضربة جوية استهدفت شقة في الضاحية الجنوبية لبيروت.', 'saleh-al-arouri'],
    ['قُتل حسن نصر الله بغارات عنيفة طالت مقراً في الضاحية الجنوبية لبيروت.', 'hassan-nasrallah'],
    ['واستشهد القيادي في «حزب الله» فؤاد شكر في غارة استهدفت مبنى في الضاحية الجنوبية لبيروت.', 'fuad-shukr'],
  ];
  for (const [text, victim] of victims)
    it(text.slice(0, 40), () => {
      expect(attacks(text, 'ar').filter((t) => t.startsWith(victim + ' '))).toEqual([]);
    });
  it('a doer named after the means is the doer', () => {
    // (Abu Dhabi is read as the UAE: a NAME miss of its own, diagnosis-batch21 §2)
    expect(attacks('قُتل ثلاثة أشخاص أمس في هجوم بطائرات مسيّرة تبنّته جماعة الحوثيين واستهدف منشآت نفطية في أبوظبي.', 'ar')).toContain('houthis attacked are');
  });
  it('a killing with its doer still gives the attack on the one killed', () => {
    expect(attacks('قُتل فؤاد شكر بغارة إسرائيلية على الضاحية الجنوبية لبيروت.', 'ar')).toContain('isr attacked fuad-shukr');
  });
});

describe('the one killed is no doer (English)', () => {
  it('a passive killing before "when a drone struck"', () => {
    expect(attacks('Three US soldiers were killed and dozens wounded when a drone struck a small outpost in Jordan on Sunday.', 'en')).toEqual([]);
    expect(attacks('Two Turkish soldiers were killed when a rocket hit their base in northern Iraq.', 'en')).toEqual([]);
  });
  it('the object of an active killing before an attack noun', () => {
    const t = attacks('US forces killed 37 militants, including senior members of the Islamic State and the Hurras al-Din group, in two strikes in Syria.', 'en');
    expect(t.filter((x) => x.startsWith('hurras-al-din') || x.startsWith('isis'))).toEqual([]);
    expect(t).toContain('usa attacked isis');
  });
  it('a killing with its doer still gives the attack on the one killed', () => {
    expect(attacks('Hezbollah commander Fuad Shukr was killed in an Israeli strike on Beirut.', 'en')).toContain('isr attacked fuad-shukr');
  });
  it('a doer named after the killing, in a clause of its own, is the doer', () => {
    expect(attacks('Two civilians were killed on Monday after Turkish jets struck villages near Kobani.', 'en')).toContain('tur attacked kobani');
  });
});
