/**
 * An act noun's light verb coordinated after another verb phrase, with no subject of its own, takes the subject of the
 * verb it hangs on (slot35, diagnosis-batch30 §6 fix 3, #100): "The Jordanian army says it has killed dozens of
 * smugglers … and has carried out air strikes inside Syria". The light verb: `light_act_verb`, `relative_doer`,
 * `wage_verb` (carried out, launched, conducted, mounted, waged, staged). Negative cells: a name between the conjunction
 * and the light verb is a clause of its own; the first verb's object is no doer.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a coordinated light verb takes the first verb phrase subject (en)': [
    ['jor attacked syr', 'The Jordanian army says it has killed dozens of smugglers this year in clashes along the frontier and has carried out air strikes inside Syria on suspected drug depots.'],
    ['jor attacked syr', 'The Jordanian army said on Monday it had arrested 30 smugglers and had conducted air strikes inside Syria.'],
    ['tur attacked ypg', 'Turkey says it has detained dozens of suspects since the bombing and has launched air strikes on the YPG.'],
    ['tur attacked ypg', 'Turkey, which blames the bombing on Kurdish militants, arrested 20 suspects and launched air strikes on the YPG.'],
    ['isr attacked hezbollah', 'Israel says it has intercepted several drones and has carried out strikes on Hezbollah positions.'],
    ['rus attacked hts', 'Russia said it had downed two drones near its base and had carried out air strikes on HTS positions in Idlib.'],
    ['no syr attacked tur', 'Syria condemned the raid and Turkey launched air strikes on the YPG.'],
    ['no tur attacked ypg', 'Turkey arrested 20 suspects and Russia launched air strikes on the YPG.'],
  ],
});
