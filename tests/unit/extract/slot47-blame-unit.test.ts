/**
 * slot47: blame in an object relative whose antecedent is a group's unit noun (pool b41 al-hol-iraqi-families-july "sweep
 * it for IS cells, which they blame for a string of killings"): the relative's subject accused the group named before
 * the unit noun (cues.csv `its_unit_en`; relations/blameobjrel.ts). The Arabic `حمّلت X مسؤوليتها لخلايا تنظيم Y` is read
 * as before.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'blame in an object relative on "<group> cells/fighters, which …"': [
    ['asayish accused isis', 'Kurdish security forces, known as the Asayish, guard the camp and regularly sweep it for IS cells, which they blame for a string of killings among residents.'],
    ['sdf accused isis', 'The SDF raided several villages near Shaddadi on Tuesday in search of Islamic State militants, which it has blamed for a recent attack on a checkpoint.'],
    ['syr accused hts', 'The army shelled positions of HTS fighters, which Damascus blamed for the drone attack on the academy in Homs.'],
    ['tur accused ypg', 'Turkish drones struck YPG members, which Ankara has long blamed for bombings inside Turkey.'],
    ['no isis accused isis', 'Kurdish security forces, known as the Asayish, guard the camp and regularly sweep it for IS cells, which they blame for a string of killings among residents.'],
    ['no sdf accused isis', 'The SDF fought Islamic State militants, which have carried out attacks on its checkpoints.'],
  ],
  'blame of a group named after its cells (ar)': [
    ['asayish accused isis', 'وشهد المخيم سلسلة عمليات اغتيال، حمّلت الأسايش مسؤوليتها لخلايا تنظيم «داعش».'],
    ['asayish accused isis', 'وشهد المخيم سلسلة عمليات اغتيال، حمّلت الأسايش مسؤوليتها لخلايا تابعة لتنظيم «داعش».'],
  ],
});
