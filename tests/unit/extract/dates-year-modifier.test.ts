/**
 * A year as the modifier of an event noun names that event's year (diagnosis-batch25 §5: "the 1974 disengagement
 * agreement"; Arabic `اتفاق … لعام 1974`). Only the noun it modifies; a verb in the sentence keeps its own date.
 * A paraphrase suite of new sentences, both languages, with negative cells.
 */
import { datedSuite as suite } from './helpers.ts';

suite(
  'a year modifying an event noun',
  `
en 2024-04-27 agreed_with isr_syr_1974 | UN peacekeepers have monitored the 1974 disengagement agreement between Israel and Syria.
en 2024-04-27 agreed_with isr_syr_1974 | The observers patrol the line set by the 1974 agreement between Israel and Syria.
ar 2024-04-27 agreed_with isr_syr_1974 | وتراقب قوة الأمم المتحدة اتفاق فك الاشتباك بين إسرائيل وسوريا لعام 1974.
`,
);

suite(
  'a year modifying another noun does not date the act',
  `
en 2024-04-27 attacked !isr_syr_1974 | Israeli jets struck near the 1974 ceasefire line in Syria on Friday.
`,
);
