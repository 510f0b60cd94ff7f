/**
 * pres38: a list subject whose first member is a state told by a demonym on a forces head ("Syrian government troops and
 * Russian military police are present around X", "Syrian troops and the army's Fourth Division maintain checkpoints
 * around X"): each member is the subject (args.ts forcesConjBefore), and the look-alikes it must leave alone.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a forces list subject (presence and other verbs)': [
    ['syr deployed_in manbij', 'Both towns are held by Kurdish-led forces, and Syrian government troops and Russian military police are also present around Manbij.'],
    ['rus deployed_in manbij', 'Both towns are held by Kurdish-led forces, and Syrian government troops and Russian military police are also present around Manbij.'],
    ['syr deployed_in tafas', "Syrian troops and the army's Fourth Division maintain checkpoints around Tafas and other towns in the western countryside."],
    ['fourth-division deployed_in tafas', "Syrian troops and the army's Fourth Division maintain checkpoints around Tafas and other towns in the western countryside."],
    ['tur deployed_in idlib', 'Since 2020, Turkish forces and the Syrian National Army have been deployed in Idlib.'],
    ['syr attacked manbij', 'Syrian government troops and Russian military police shelled villages near Manbij.'],
    ['no syr deployed_in manbij', 'The shelling hit Syrian government troops and Russian military police near Manbij.'],
    ['no tur deployed_in manbij', 'Ankara said on Monday that its talks with Syrian officials and Russian military police in Manbij went well.'],
  ],
});
