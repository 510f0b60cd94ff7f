/**
 * The named among those an attack killed (branch np44; diagnosis-batch40 §6 np44 rank 3; pool b30 amuda, b13
 * hurras-al-din): "killed three people, including a commander of the SDF" → the killer attacked the SDF.
 * relations/killedincluding.ts. English only (the Arabic `بينهم` form with the doer in the clause before is left).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (en)': [
    ['tur attacked sdf', 'A Turkish drone strike on a car near the town of Amuda in northeastern Syria killed three people on Thursday, including a local commander of the Syrian Democratic Forces, the Kurdish-led group said.'],
    ['usa attacked hurras-al-din', 'US forces killed 37 militants, including senior members of the Islamic State and the al Qaeda-linked Hurras al-Din group, in two strikes in Syria this month, the US military said on Sunday.'],
  ],
  'variants: among them, a date, a person, a list (en)': [
    ['tur attacked sdf', 'A Turkish drone strike killed four people on Monday, among them two fighters of the Syrian Democratic Forces.'],
    ['isr attacked razi-mousavi', 'An Israeli strike near Damascus on Monday killed five people, including Razi Mousavi.'],
    ['usa attacked hurras-al-din', 'US forces killed 12 militants in Syria, including members of Hurras al-Din and the Islamic State.'],
  ],
  'negatives: passive, another verb between, no name (en)': [
    ['no tur attacked sdf', 'Three people were killed, including a commander of the Syrian Democratic Forces.'],
    ['no usa attacked isis', 'US forces killed three militants and arrested others, including a member of the Islamic State.'],
  ],
}, '2024-06-17');
