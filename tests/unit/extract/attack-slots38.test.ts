/**
 * Attack slots of round 38 (branch att38, diagnosis-batch33 §6 np38 r1/r3, slot38 r2): who attacks and what is hit, by
 * slot kind, in both languages. Each describe block is one construction: the batch-33 / pool row's own wording, then
 * paraphrases (a date, a modifier between, another noun or verb of the class, the other language) and look-alikes that
 * must not give the triple ("no …").
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  // A bare "government" head on a military noun is the state of the story (as "government forces" already was):
  // "Government artillery shelled", "government troops are deployed" (rows 33 #8, #64; pool b29 sarmin, b24 arima).
  'government military heads as the doer (en)': [
    ['syr attacked ariha', 'Government artillery shelled a vegetable market in the town of Ariha in southern Idlib on Friday morning.'],
    ['syr attacked ariha', 'Government artillery also shelled the town of Ariha on Friday.'],
    ['syr attacked ariha', 'Government troops shelled the town of Ariha on Friday.'],
    ['syr attacked ariha', 'Government warplanes struck the town of Ariha, the monitor said.'],
    ['syr attacked ariha', 'Government helicopters dropped barrel bombs on the town of Ariha.'],
    ['syr attacked sarmin', 'Government artillery and Russian jets then pounded the outskirts of Sarmin, the monitor said.'],
    ['rus attacked sarmin', 'Government artillery and Russian jets then pounded the outskirts of Sarmin, the monitor said.'],
    ['syr deployed_in ain-issa', 'Syrian government troops are deployed at positions around Ain Issa under a 2019 agreement.'],
    ['syr attacked ariha', 'Syrian government artillery shelled the town of Ariha.'],
    ['no syr attacked ariha', 'Opposition artillery shelled the town of Ariha on Friday.'],
    ['no syr attacked ariha', 'The government said artillery of the rebels shelled the town of Ariha.'],
  ],
};

describeCases(CASES);
