import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

describe('an organisation that reports an attack is not its doer', () => {
  it('English: "The Observatory, a war monitor, said the strike hit …": the monitor attacked no one; the doer named on the noun stays', () => {
    const t = tripleSet(extract('The Syrian Observatory for Human Rights, a Britain-based monitor, said the strike hit a depot of Hezbollah near the airport.', 'en'));
    expect(t.filter((x) => x.startsWith('sohr attacked'))).toEqual([]);
    const d = tripleSet(extract('The Syrian Observatory for Human Rights said the Israeli strikes hit Hezbollah positions near Damascus.', 'en'));
    expect(d).toContain('isr attacked hezbollah');
    expect(d.filter((x) => x.startsWith('sohr attacked'))).toEqual([]);
  });

  it('Arabic: `أفاد المرصد بأن الغارات طالت …`, `وذكر «المرصد» أن الضربة استهدفت …`', () => {
    const t = tripleSet(extract('وأفاد المرصد السوري لحقوق الإنسان بأن الغارات طالت مواقع لـ«حزب الله» قرب دمشق.', 'ar'));
    expect(t.filter((x) => x.startsWith('sohr attacked'))).toEqual([]);
    const q = tripleSet(extract('وذكر «المرصد السوري لحقوق الإنسان» أن الضربة استهدفت مستودعات لـ«حزب الله».', 'ar'));
    expect(q.filter((x) => x.startsWith('sohr attacked'))).toEqual([]);
  });

  it('a state that reports its own strike is still its doer', () => {
    expect(tripleSet(extract('Turkey said its jets struck PKK targets in northern Iraq.', 'en'))).toContain('tur attacked pkk');
    expect(tripleSet(extract('وقالت تركيا إن طائراتها قصفت مواقع لحزب العمال الكردستاني.', 'ar'))).toContain('tur attacked pkk');
  });
});
