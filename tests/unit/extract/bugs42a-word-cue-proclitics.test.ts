/**
 * hasWordCue's clitic reading strips the proclitics the matcher strips (branch bugs42a; ctx.ts procliticBits over
 * normalise.ts arabicVariants: و ف, then ب ل ك س), not و/ف alone: a reader guarded by it (raidresult.ts: raid_op_noun,
 * raid_result) now sees `بإنزال`, `وبإنزال`, `بعملية إنزال`. (Arabic only: English has no proclitics.)
 * Negatives: a raid noun with no result, a result with no raid noun, a landing of aid.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'a ب-prefixed raid noun passes the guard (ar)': [
    ['usa attacked isis', 'قامت القوات الأمريكية بإنزال جوي في ريف دير الزور أسفر عن مقتل قيادي في تنظيم داعش.'],
    ['usa attacked isis', 'وقامت القوات الأمريكية، فجر اليوم، بإنزال جوي في ريف دير الزور الشرقي أسفر عن اعتقال قيادي في تنظيم داعش.'],
    ['usa attacked isis', 'قامت القوات الأمريكية بعملية إنزال جوي في ريف دير الزور أسفرت عن مقتل قيادي في تنظيم داعش.'],
    ['no usa attacked isis', 'قامت القوات الأمريكية بإنزال مساعدات في ريف دير الزور.'],
    ['no usa attacked isis', 'قامت القوات الأمريكية بجولة في ريف دير الزور أسفرت عن لقاء وجهاء من العشائر.'],
  ],
};

describeCases(CASES);
