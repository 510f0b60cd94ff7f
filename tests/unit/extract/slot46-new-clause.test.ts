/**
 * slot46: ", and" + a coordinated subject with its head noun opens a new clause (pool b34 ariha-sarmin-strikes-december
 * FP): "Damascus blamed the attack on insurgents backed by foreign powers, and Russian and Syrian forces have since
 * struck …" — the object of "blamed" and of "backed" stops before ", and Russian and Syrian forces have" (args.ts
 * newClauseAt, subjectTail). A list of objects with no verb after it stays a list.
 */
import { describeCases } from './helpers.ts';

const S = 'Damascus blamed the academy attack on insurgents backed by foreign powers, and Russian and Syrian forces have since struck dozens of towns in Idlib and western Aleppo.';

describeCases({
  'a new clause after ", and" with a coordinated subject (en)': [
    ['no syr accused rus', S],
    ['no syr supported rus', S],
    ['rus attacked idlib', S],
    ['syr attacked idlib', S],
    ['no isr attacked irn', 'Israel struck targets near Damascus on Sunday, and Iranian forces have since moved out of the area.'],
    ['no tur attacked rus', 'Turkey shelled villages held by the SDF, and Russian troops said they had stepped up patrols.'],
  ],
  'a list of objects stays a list (en)': [
    ['tur attacked sdf', 'Turkey shelled positions of the YPG, the PKK, and the SDF near Kobani.'],
    ['usa supported sdf', 'Washington has backed the SDF, and the Asayish security forces in the northeast.'],
  ],
});
