/**
 * Help and support told by an adjunct (diagnosis-batch26 §6 fix 1, support and help): "with the help/support/backing of
 * X", "with support from X", `بدعم من X`, `بدعم جوي روسي` — the giver supported the subject of the clause the adjunct
 * stands in, past a relative clause, a date and a list. A compound's first part ("Iranian-backed militias") and an
 * adjunct with no name give nothing.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'with the help of X (en)': [
    ['sdf supported aanes', 'The AANES, which runs the al-Hol and Roj camps with the help of the Syrian Democratic Forces (SDF), has urged foreign governments to take back their citizens.'],
    ['sdf supported aanes', 'The AANES runs the camps with the help of the SDF.'],
    ['usa supported sdf', 'The SDF, with support from the US-led coalition, drove Islamic State out of Raqqa in 2017.'],
    ['syrian-national-army supported tur', 'Turkish forces took Afrin in March 2018 with the help of the Syrian National Army.'],
    ['rus supported syr', 'Syrian troops recaptured the town on Sunday with the backing of Russia and Iran.'],
    ['irn supported syr', 'Syrian troops recaptured the town on Sunday with the backing of Russia and Iran.'],
    ['no irn supported syr', 'Syrian troops recaptured the town on Sunday with the help of Iranian-backed militias.'],
    ['no sdf supported aanes', 'The AANES runs the camps with the help of local volunteers.'],
  ],
  'بدعم من X (ar)': [
    ['usa supported sdf', 'وسيطرت «قسد» على الرقة عام 2017 بدعم من التحالف الدولي بقيادة الولايات المتحدة.'],
    ['rus supported syr', 'واستعادت القوات الحكومية المدينة، أمس، بدعم جوي روسي.'],
    ['tur supported syrian-national-army', 'وسيطر «الجيش الوطني السوري» على عفرين في آذار 2018 بدعم من تركيا.'],
  ],
});
