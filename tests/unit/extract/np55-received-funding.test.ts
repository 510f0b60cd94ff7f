/**
 * np55: funding received is support, not hosting (diagnosis-batch53 §6 np54 rank 3, support nouns; pool b32, b41, b49,
 * b50): "Jordan, a close US ally, has received American funding for surveillance towers" → `usa supported jor`, no `jor
 * hosted usa`; `حصل الأردن على مساعدات أمريكية` likewise. New sentences, both languages, look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a demonym funding received by the subject (en)': [
    ['usa supported jor', 'Jordan, a close US ally, has received American funding for surveillance towers along the frontier.'],
    ['no jor hosted usa', 'Jordan, a close US ally, has received American funding for surveillance towers along the frontier.'],
    // (a date, another recipient, another aid noun with the same guard)
    ['usa supported sdf', 'The SDF has received American funding since 2015, the group said.'],
    ['no sdf hosted usa', 'The SDF has received American funding since 2015, the group said.'],
    ['no jor hosted usa', 'Jordan has received US military aid for years.'],
    ['usa supported irq', 'Iraq has received American funding and training for its border guards, officials said.'],
  ],
  // (the Arabic funding noun `تمويل` was tried and reverted: `تمويل خلايا التنظيم في ريف دير الزور` lost the cells'
  // presence, `بتمويل تركي لتأهيل المحطة` gave a support the gold does not have; the aid nouns keep the guard)
  'aid received (ar)': [
    ['usa supported jor', 'وحصل الأردن على مساعدات أمريكية لمراقبة الحدود مع سوريا.'],
    ['no jor hosted usa', 'وحصل الأردن على مساعدات أمريكية لمراقبة الحدود مع سوريا.'],
    ['usa supported jor', 'وتلقى الأردن أمس مساعدات عسكرية أمريكية لمراقبة الحدود.'],
  ],
  'no support read, a guest stays a guest (en, ar)': [
    ['bashar-al-assad hosted irn', 'Assad received an Iranian delegation in Damascus on Monday.'],
    ['no unhcr supported jor', 'UNHCR warned of a funding shortfall for Syrian refugees in Jordan.'],
  ],
});
