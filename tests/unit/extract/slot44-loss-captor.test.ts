/**
 * slot44: the captor of a lost holding (gold rule 19f; diagnosis-batch41 rank 1, #3–4, #27–28; pool b30 shoula, b29
 * maadan): "IS lost the last of its territory in Syria in March 2019, when the SDF captured the village of Baghuz" → the
 * SDF in Baghuz and its attack on IS, dated as the loss (also after "Although …" with a main clause after it); Arabic
 * `خسر التنظيم آخر معاقله في بلدة الباغوز … على يد «قسد»` → the attack only. New sentences, both languages, with
 * look-alikes that must not fire.
 */
import { datedOf, describeCases } from './helpers.ts';
import { describe, expect, it } from 'vitest';

const PRE = 'Islamic State militants attacked an army post on Friday. ';

describeCases({
  'the captor of a "when" clause after a loss (en)': [
    ['sdf attacked isis', PRE + 'IS lost the last of its territory in Syria in March 2019, when the SDF captured the village of Baghuz.'],
    ['sdf deployed_in baghuz', PRE + 'IS lost the last of its territory in Syria in March 2019, when the SDF captured the village of Baghuz.'],
    ['no isis deployed_in syr', PRE + 'IS lost the last of its territory in Syria in March 2019, when the SDF captured the village of Baghuz.'],
    // (a modifier on the captor, "The group" as the loser)
    ['sdf attacked isis', PRE + 'The group lost the last of its territory in Syria in March 2019, when the US-backed Syrian Democratic Forces captured the eastern village of Baghouz.'],
    // (after "Although", a main clause after it)
    ['sdf deployed_in baghuz', PRE + 'Although IS lost the last of its territory in Syria in March 2019, when the SDF captured the village of Baghouz, its cells still carry out raids.'],
  ],
  'a loss with no captor named (en)': [
    ['no sdf attacked isis', PRE + 'IS lost the last of its territory in Syria at Baghouz in March 2019.'],
  ],
  'the one at whose hands a holding was lost (ar)': [
    ['sdf attacked isis', 'قتل عنصران من «قسد» في هجوم شنه تنظيم «داعش». وكان التنظيم قد خسر آخر معاقله في بلدة الباغوز شرقي دير الزور في آذار/مارس 2019، على يد «قسد».'],
    ['no sdf deployed_in baghuz', 'قتل عنصران من «قسد» في هجوم شنه تنظيم «داعش». وكان التنظيم قد خسر آخر معاقله في بلدة الباغوز شرقي دير الزور في آذار/مارس 2019، على يد «قسد».'],
    // (the "when" clause in Arabic)
    ['sdf attacked isis', 'قتل عنصران في هجوم لتنظيم «داعش». وخسر التنظيم آخر معاقله في سوريا في آذار/مارس 2019، عندما انتزعت «قسد» بلدة الباغوز.'],
  ],
});

describe('the captor is dated as the loss', () => {
  it('2019-03', () => {
    expect(datedOf(PRE + 'IS lost the last of its territory in Syria in March 2019, when the SDF captured the village of Baghuz.', 'en', '2023-07-30', 'attacked')).toContain('sdf isis 2019-03');
  });
});
