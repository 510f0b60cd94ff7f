/**
 * Member anaphors (branch ref39, diagnosis-batch34 §6 ref39 rank 3; rows of b34 busayrah and kobani, pool b21, b23, b33):
 * "the militants", "the jihadists" (cues.csv group_member_anaphor) name the article's most named armed group with no
 * state of its own (Islamic State), never the Kurdish-led forces that fight them.
 */
import { describeCases } from './helpers.ts';

const IS = 'Islamic State militants attacked a checkpoint in Deir ez-Zor on Monday. ';

describeCases({
  'member anaphors after a named group': [
    ['usa attacked isis', IS + 'About 900 US troops remain in northeastern Syria, where they work alongside the SDF against the militants.'],
    ['sdf attacked isis', IS + 'About 900 US troops remain in northeastern Syria, where they work alongside the SDF against the militants.'],
    ['rus attacked isis', IS + 'Russian warplanes regularly strike the jihadists in the desert in support of government troops.'],
    ['isis attacked ghweran-prison', IS + 'In January, the militants stormed the Ghweran prison in Hasakah.'],
    ['ypg attacked isis', 'Kobani became a symbol of the war against the Islamic State group after the YPG, backed by US-led coalition air strikes, drove the jihadists out in January 2015.'],
    ['no ypg attacked sdf', 'The SDF said a drone hit its fighters. Kobani became a symbol of the war against the Islamic State group after the YPG, backed by US-led coalition air strikes, drove the jihadists out in January 2015.'],
  ],
  'no member anaphor without a stateless group': [
    ['no sdf attacked hts', 'HTS shelled army positions on Monday. The SDF said it would fight the militants of any side.'],
    ['no tur attacked sdf', 'The SDF accused Ankara of an escalation on Sunday. Turkey said its jets struck the militants near Kobani.'],
  ],
});
