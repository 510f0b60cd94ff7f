/**
 * Word lists read from cues.csv (debt27): `duration_word` inside an English verb phrase ("has for months pressed",
 * relations/clauses.ts), `attack_modifier` between a claim and the attack it claims (relations/discourse.ts
 * `claimedAttacks`), `rift_filler` between an end verb and the rift it ends (relations/agreements.ts `endedRift`),
 * `temporal_filler` inside a temporal adjunct (relations/args.ts `afterEvent`); `perfect_aux` is in
 * dates-perfect-series.test.ts.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'a duration inside the verb phrase': [
      ['tur urged rus', 'Turkey has for months pressed Russia to rein in the Syrian government.'],
      ['irn supported hezbollah', 'Iran has for years backed Hezbollah.'],
    ],
    'a claimed attack past its modifiers': [
      ['isis attacked usa', 'The Taliban attacked the US embassy in Kabul on Sunday. The Islamic State group claimed responsibility for the deadly car bombing.'],
    ],
    'a rift ended past its fillers': [
      ['tur reconciled_with egy', 'Erdogan met Sisi in Cairo, a visit that ended more than a decade of estrangement.'],
    ],
    'a rift ended past its fillers (ar)': [
      ['tur reconciled_with egy', 'التقى أردوغان السيسي في القاهرة في زيارة أنهت رسمياً أكثر من عقد من القطيعة.'],
    ],
    'an attack noun in a temporal adjunct is no argument': [
      ['tur criticized isr', "Turkey criticised Israel after Sunday's deadly strike on Gaza."],
      ['no tur criticized gaza', "Turkey criticised Israel after Sunday's deadly strike on Gaza."],
    ],
  },
  '2025-01-10',
);
