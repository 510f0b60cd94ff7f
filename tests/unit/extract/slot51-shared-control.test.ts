/**
 * slot51: shared control is each holder's presence (gold rule 13; diagnosis-batch48 §6 slot49 rank 2, diagnosis-batch49
 * rank 1; pool b47 mayadin-desert): `وتتقاسم X السيطرة على P مع Y`, `وتتقاسم X وY السيطرة على P`, "X and Y share control of P",
 * "P and Q, villages where X and Y share control". Look-alikes: a backer inside the subject, a border shared, control of
 * something that is no place.
 */
import { describeCases } from './helpers.ts';

const MAYADIN = 'وتتقاسم القوات الحكومية المدعومة من روسيا وإيران السيطرة على ريف دير الزور مع «قوات سوريا الديمقراطية» التي تدعمها الولايات المتحدة، ويفصل بينهما نهر الفرات.';
const SHEIKH = 'The shells hit Sheikh Issa and Um Hosh, villages where Syrian government troops and fighters of the Kurdish YPG share control, according to residents.';

describeCases({
  'shared control: each holder is there (ar)': [
    ['syr deployed_in deir-ez-zor', MAYADIN],
    ['sdf deployed_in deir-ez-zor', MAYADIN],
    ['no irn deployed_in deir-ez-zor', MAYADIN],
    ['no rus deployed_in deir-ez-zor', MAYADIN],
    ['sdf deployed_in qamishli', 'وتتقاسم «قوات سوريا الديمقراطية» والقوات الحكومية السيطرة على القامشلي، حيث تحتفظ دمشق بمربع أمني وسط المدينة.'],
    ['syr deployed_in qamishli', 'وتتقاسم «قوات سوريا الديمقراطية» والقوات الحكومية السيطرة على القامشلي، حيث تحتفظ دمشق بمربع أمني وسط المدينة.'],
    // (a list of places; SVO; a dual verb)
    ['sdf deployed_in hasakah', 'و«قسد» والقوات الحكومية تتقاسمان السيطرة على الحسكة والقامشلي منذ سنوات.'],
    ['syr deployed_in qamishli', 'و«قسد» والقوات الحكومية تتقاسمان السيطرة على الحسكة والقامشلي منذ سنوات.'],
    // (look-alikes: a border shared is no control)
    ['no syr deployed_in irq', 'وتتقاسم سوريا والعراق حدوداً تمتد نحو 600 كيلومتر.'],
  ],
  'shared control: each holder is there': [
    ['syr deployed_in sheikh-issa', SHEIKH],
    ['ypg deployed_in sheikh-issa', SHEIKH],
    ['sdf deployed_in qamishli', 'The SDF and government forces share control of Qamishli.'],
    ['syr deployed_in qamishli', 'The SDF and government forces share control of Qamishli.'],
    ['syr deployed_in hasakah', 'Hasakah, where the SDF and Syrian government forces share control, was hit by a drone on Monday.'],
    // (look-alikes: control of no place; a shared border)
    ['no tur deployed_in rus', 'Turkey and Russia share control of the joint patrols.'],
    ['no syr deployed_in irq', 'Syria and Iraq share a 600-km border.'],
  ],
});
