/**
 * pred29 (diagnosis-batch26 §6 fix 2): propping up a government is support, inside a quote or past a date; helping is
 * support of a state; an ongoing fight ("is fighting") is an attack, past a relative clause, and fighting alongside is
 * coordination.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'prop up, help, is fighting': [
    ['irn supported syr', '"Iran continues to prop up the Assad regime," a senior Treasury official said in a statement.'],
    ['irn supported syr', 'Iran has propped up the Syrian government since 2011.'],
    ['rus supported bashar-al-assad', '"Russia will continue to prop up Assad," the official said.'],
    ['eu supported egy', 'The EU also pledged 100 million euros to help Egypt cope with food shortages.'],
    ['isr attacked hamas', 'The sanctions come amid the war in Gaza, where Israel is fighting Iran-backed Hamas.'],
    ['isr attacked hamas', 'Israel, which has struck Syria repeatedly, is fighting Hamas in Gaza.'],
    ['tur coordinated_with syrian-national-army', 'Turkey is fighting alongside the Syrian National Army.'],
    ['no tur attacked syrian-national-army', 'Turkey is fighting alongside the Syrian National Army.'],
  ],
});
