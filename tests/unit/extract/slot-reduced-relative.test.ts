/**
 * slot32 (slot31's leftover bug): an English stationing participle right after a name (or a demonym and its military
 * noun) is a reduced relative on that name ("the withdrawal of US forces stationed in northeastern Syria"), not a verb of
 * the sentence's subject; and has/have/had before a past participle is the perfect's auxiliary, not "has troops in".
 * The Arabic participle (`القوات الأمريكية المنتشرة في`) is slot31's; its cases stay in slot-own-clause.test.ts.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a stationing participle after a name is a reduced relative': [
    ['usa deployed_in northeastern-syria', 'Damascus on Sunday demanded the withdrawal of US forces stationed in northeastern Syria and al-Tanf.'],
    ['usa deployed_in al-tanf', 'Damascus on Sunday demanded the withdrawal of US forces stationed in northeastern Syria and al-Tanf.'],
    ['no syr deployed_in northeastern-syria', 'Damascus on Sunday demanded the withdrawal of US forces stationed in northeastern Syria and al-Tanf.'],
    ['tur deployed_in idlib', 'Damascus has long demanded the withdrawal of Turkish troops deployed in Idlib since 2017.'],
    ['no syr deployed_in idlib', 'Damascus has long demanded the withdrawal of Turkish troops deployed in Idlib since 2017.'],
    ['tur deployed_in idlib', 'Militants attacked Turkish forces based in Idlib on Monday.'],
    ['usa deployed_in syr', 'About 900 US troops are stationed in Syria.'],
  ],
  'has before a past participle is an auxiliary': [
    ['rus deployed_in hmeimim-air-base', 'Russia has forces at the Hmeimim air base.'],
    ['tur deployed_in idlib', 'Turkey has deployed troops in Idlib.'],
    ['irn deployed_in syr', 'Iran has military advisers in Syria.'],
  ],
});
