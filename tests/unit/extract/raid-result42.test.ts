/**
 * A raid told by its result (branch slot42, diagnosis-batch37 §6 slot41 rank 3 "raid + arrest", `إنزال` 7/7 in the pool):
 * `نفّذت X [و/بمشاركة/بالاشتراك مع Y] عملية إنزال جوي …، أسفرت عن اعتقال/مقتل قيادي في تنظيم Z` → X (and Y) attacked Z,
 * the two doers coordinated. English "carried out a helicopter raid …, killing an Islamic State official" already reads.
 * Look-alikes: a raid with no named result, a result of no named group, a reporter of the raid (a speaker before إن).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a raid attacks the group whose member it took (ar)': [
    ['sdf attacked isis', 'نفّذت «قوات سوريا الديمقراطية» (قسد) وقوات التحالف الدولي بقيادة الولايات المتحدة، فجر أمس السبت، عملية إنزال جوي في بلدة البصيرة بريف دير الزور الشرقي، أسفرت عن مقتل قيادي في تنظيم «داعش».'],
    ['usa attacked isis', 'نفّذت «قوات سوريا الديمقراطية» (قسد) وقوات التحالف الدولي بقيادة الولايات المتحدة، فجر أمس السبت، عملية إنزال جوي في بلدة البصيرة بريف دير الزور الشرقي، أسفرت عن مقتل قيادي في تنظيم «داعش».'],
    ['sdf coordinated_with usa', 'نفّذت «قوات سوريا الديمقراطية» (قسد) وقوات التحالف الدولي بقيادة الولايات المتحدة، فجر أمس السبت، عملية إنزال جوي في بلدة البصيرة بريف دير الزور الشرقي، أسفرت عن مقتل قيادي في تنظيم «داعش».'],
    ['usa attacked isis', 'نفّذت قوات التحالف الدولي بمشاركة «قوات سوريا الديمقراطية» فجر اليوم الإثنين عملية إنزال جوي في ريف دير الزور الشرقي، أسفرت عن اعتقال قيادي في تنظيم «داعش».'],
    ['sdf attacked isis', 'نفّذت قوات التحالف الدولي بمشاركة «قوات سوريا الديمقراطية» فجر اليوم الإثنين عملية إنزال جوي في ريف دير الزور الشرقي، أسفرت عن اعتقال قيادي في تنظيم «داعش».'],
    ['sdf attacked isis', 'أعلنت «قوات سوريا الديمقراطية» (قسد) اليوم الجمعة أنها نفذت، بالاشتراك مع القوات الأمريكية، عملية إنزال جوي فجراً في بلدة الشحيل بريف دير الزور الشرقي، أسفرت عن اعتقال قيادي في تنظيم «داعش».'],
    ['usa attacked isis', 'أعلنت «قوات سوريا الديمقراطية» (قسد) اليوم الجمعة أنها نفذت، بالاشتراك مع القوات الأمريكية، عملية إنزال جوي فجراً في بلدة الشحيل بريف دير الزور الشرقي، أسفرت عن اعتقال قيادي في تنظيم «داعش».'],
    // variants: a single doer, another result noun, another group, no "جوي"
    ['usa attacked isis', 'نفّذت القوات الأمريكية عملية إنزال في ريف الحسكة أسفرت عن مقتل عنصرين من تنظيم «داعش».'],
    ['sdf attacked hurras-al-din', 'ونفذت «قسد» أمس عملية إنزال جوي قرب الرقة، أسفرت عن أسر قيادي في تنظيم «حراس الدين».'],
    // look-alikes
    ['no rus attacked isis', 'قالت وزارة الدفاع الروسية إن القوات الأمريكية نفذت عملية إنزال جوي في ريف دير الزور أسفرت عن اعتقال قيادي في تنظيم «داعش».'],
    ['no usa attacked deir-ez-zor', 'نفّذت القوات الأمريكية عملية إنزال جوي في ريف دير الزور الشرقي، أسفرت عن اعتقال ثلاثة أشخاص.'],
    ['no usa attacked syr', 'نفّذت القوات الأمريكية عملية إنزال جوي في ريف دير الزور الشرقي، أسفرت عن اعتقال مطلوبين للحكومة السورية.'],
  ],
  'a raid attacks the group whose member it took (en)': [
    ['usa attacked isis', 'US forces carried out a helicopter raid in eastern Syria on Thursday, killing a senior Islamic State official, the US military said.'],
    ['sdf attacked isis', 'The SDF and the US-led coalition carried out an airdrop raid in Deir ez-Zor on Saturday, capturing a senior Islamic State official.'],
  ],
});
