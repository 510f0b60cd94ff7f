/**
 * np40 (diagnosis-batch35 #134, #135): an Arabic act noun announced by a verb whose subject stands before it or is a
 * pronoun — `لكن وزارة الدفاع التركية أعلنت «تحييد» …`, `لكنها أعلنت …`, `إلا أنها تعلن …` — has that subject as doer
 * (relations/declaredact.ts). New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string) => extract(text, 'ar', '2024-04-09').relations.map((r) => `${r.source} ${r.relation} ${r.target}`).sort();

describe('Arabic: the announcer before `أعلنت`/`تعلن` is the doer of the announced act noun', () => {
  it('the row\'s own construction: SVO after لكن, a date between, a quoted noun, a list of victims\' groups', () => {
    const r = rels('ولم تعلّق أنقرة على الضربة، لكن وزارة الدفاع التركية أعلنت اليوم الثلاثاء «تحييد» ستة من عناصر حزب العمال الكردستاني ووحدات حماية الشعب.');
    expect(r).toEqual(expect.arrayContaining(['tur attacked pkk', 'tur attacked ypg']));
  });
  it('a pronoun subject (`لكنها أعلنت`) with an adverbial phrase between', () => {
    expect(rels('ولم تعلّق وزارة الدفاع التركية على الضربة، لكنها أعلنت في اليوم نفسه «تحييد» خمسة من عناصر وحدات حماية الشعب الكردية.')).toContain('tur attacked ypg');
  });
  it('the present `إلا أنها تعلن بشكل دوري`, another noun order (`عناصر من X`)', () => {
    expect(rels('ولم تصدر وزارة الدفاع التركية تعليقاً على الضربة، إلا أنها تعلن بشكل دوري «تحييد» عناصر من حزب العمال الكردستاني في شمال سوريا.')).toContain('tur attacked pkk');
  });
  it('another act noun: `قصف`', () => {
    expect(rels('وزارة الدفاع التركية أعلنت أمس قصف مواقع لوحدات حماية الشعب في ريف منبج.')).toContain('tur attacked ypg');
  });
  it('negative: another noun between (`أعلن … مقتل 27 مهرباً في اشتباكات`): the clashes are not the announcer\'s', () => {
    expect(rels('وكان الجيش الأردني قد أعلن في كانون الثاني/يناير الماضي مقتل 27 مهرباً في اشتباكات على الحدود مع سوريا.')).not.toContain('jor attacked syr');
  });
  it('negative: a complementiser between (`أعلنت أن …`) is a reported clause, not the announcer\'s act', () => {
    expect(rels('وزارة الدفاع التركية أعلنت أن «تحييد» عناصر حزب العمال الكردستاني مستمر.')).not.toContain('tur attacked pkk');
  });
});
