/**
 * slot32 (diagnosis-batch27 #45, left by slot31): a list of places that is the subject of a control passive past its
 * plural head, an inclusion's closing comma or "the towns of" ("The camps, including al-Hol and Roj, are run by X") is
 * held by X, every member; and a capture of an armed group's stronghold of/in a place puts the captor there ("which
 * captured the last IS stronghold of Baghouz"), besides pred31's attack on the group. English; the Arabic passive of
 * control (`يخضع … لسيطرة`) is presence.ts's.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a list subject of a control passive is held, every member': [
    ['sdf deployed_in al-hol-camp', 'The camps, including al-Hol and Roj, are run by the Kurdish-led Syrian Democratic Forces (SDF).'],
    ['sdf deployed_in roj-camp', 'The camps, including al-Hol and Roj, are run by the Kurdish-led Syrian Democratic Forces (SDF).'],
    ['sdf deployed_in al-hol-camp', 'The al-Hol and Roj camps are run by the Kurdish-led Syrian Democratic Forces (SDF).'],
    ['sdf deployed_in tal-rifaat', 'The towns of Tal Rifaat and Manbij were held by the SDF until 2019.'],
    ['sdf deployed_in manbij', 'Tal Rifaat and Manbij are held by the SDF.'],
    ['no sdf deployed_in tal-rifaat', 'Clashes in the towns of Tal Rifaat and Manbij were reported by the SDF.'],
  ],
  'a captured stronghold of a place puts the captor there': [
    ['sdf deployed_in baghuz', 'The camps, including al-Hol and Roj, are run by the Kurdish-led Syrian Democratic Forces (SDF), which captured the last IS stronghold of Baghouz in 2019.'],
    ['sdf attacked isis', 'The SDF captured the last IS stronghold of Baghouz in March 2019.'],
    ['sdf deployed_in baghuz', 'The SDF captured the last IS stronghold of Baghouz in March 2019.'],
    ['no sdf deployed_in baghuz', 'The SDF did not capture the IS stronghold of Baghouz.'],
  ],
});
