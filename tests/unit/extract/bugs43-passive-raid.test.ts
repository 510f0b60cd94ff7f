/**
 * A passive killing in an operation (branch bugs43, fix 6): `قُتل X في عملية إنزال أمريكية` — the operation's owner (the
 * demonym after the raid noun) attacked X (relations/passiveraid.ts passiveRaidKills). English "X was killed in a US raid"
 * was read already (checked). Look-alikes: no demonym after the raid, an actor named before the verb.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the operation owner killed the one named (ar)': [
    // the pool's row (b23)
    ['usa attacked hamza-al-homsi', 'قُتل القيادي في تنظيم داعش أبو حمزة الحمصي في عملية إنزال أمريكية شمال سوريا.'],
    // variants: و, the clitic preposition, a date between, another verb of killing
    ['usa attacked hamza-al-homsi', 'وقُتل القيادي في داعش أبو حمزة الحمصي بعملية إنزال أمريكية.'],
    ['usa attacked hamza-al-homsi', 'قُتل القيادي في داعش أبو حمزة الحمصي فجر الجمعة في عملية إنزال أمريكية قرب القامشلي.'],
    ['usa attacked hamza-al-homsi', 'اغتيل القيادي في داعش أبو حمزة الحمصي في عملية إنزال أمريكية.'],
  ],
  'look-alikes (ar)': [
    ['no usa attacked hamza-al-homsi', 'قُتل القيادي في داعش أبو حمزة الحمصي في عملية إنزال قرب القامشلي.'],
    ['no tur attacked hamza-al-homsi', 'وقالت تركيا إن القيادي في داعش أبو حمزة الحمصي قُتل في اشتباك.'],
  ],
  'the English passive (en)': [
    ['usa attacked hamza-al-homsi', 'Senior Islamic State official Hamza al-Homsi was killed in a US raid in northeastern Syria.'],
    ['usa attacked isis', 'Two ISIS members were killed in a US helicopter raid in Deir ez-Zor.'],
  ],
}, '2023-02-18');
