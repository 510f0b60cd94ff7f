/**
 * Arabic: a feminine circumstantial participle spelled as the masdar (`مطالبةً`, `مطالبة`) right after the comma that closes
 * a clause with a verb is the verb reading (guards.ts relationOf): the main clause's subject demands of the name after it,
 * and a nested demand (`بإلزام واشنطن`, `بالضغط على تركيا`) makes that name no urging party. Negative cell: the masdar
 * with its genitive agent as a clause's subject (`مطالبة دمشق بانسحاب …`) keeps the noun reading.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const urged = (text: string) => extract(text, 'ar', '2022-05-21').relations.filter((r) => r.relation === 'urged').map((r) => `${r.source} ${r.target}`);

describe('a feminine circumstantial demand (ar)', () => {
  it('the main subject demands, the asked body is no demander', () => {
    expect(urged('واتهمت وزارة الخارجية السورية واشنطن بسرقة النفط السوري، مطالبةً مجلس الأمن الدولي بإلزام واشنطن بسحب قواتها.')).toEqual(['syr unsc']);
    expect(urged('وحمّلت الإدارة الذاتية تركيا مسؤولية انقطاع الكهرباء، مطالبة الأمم المتحدة بالضغط على تركيا لوقف هجماتها.')).toEqual(['aanes united-nations']);
  });
  it('the masdar with its agent is a noun', () => {
    expect(urged('وتتكرر مطالبة دمشق بانسحاب القوات التركية من أراضيها.')).toEqual(['syr tur']);
  });
});
