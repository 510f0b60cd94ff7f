/**
 * A vow as a saying verb (en43, the English misses of the pool 13–37): "X vowed that Y would pay (for …)", "X vowed that
 * it would pay a price" read like "X said that Y would pay": X threatened Y (relations/frames.ts `retaliation`, whose
 * warner is the subject of the speech verb before the promise); a vow coordinated after an accusation ("blamed Israel for
 * the killing and vowed that it would pay a price") is its own clause, its pronoun the one other side named before it.
 * Arabic `وتوعّد X بأن Y ستدفع ثمن …` is read already.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'vowed that Y would pay (en)': [
    ['irgc threatened isr', "Iran's Revolutionary Guards vowed that Israel would pay for the killing."],
    ['irgc threatened isr', "Iran's Revolutionary Guards vowed on Monday that Israel would pay for the killing of Razi Mousavi."],
    ['irn threatened isr', "Tehran has blamed Israel for Mousavi's killing and vowed that it would pay a price."],
    ['irn threatened isr', 'Iran, which blamed Israel for the strike, vowed that Israel would pay dearly.'],
    ['hezbollah threatened isr', 'Hezbollah vows that Israel will pay for the assassination.'],
    ['no isr threatened irgc', "Iran's Revolutionary Guards vowed that Israel would pay for the killing."],
    ['no irn threatened irn', 'Tehran vowed that it would pay the salaries of its staff.'],
  ],
  'the Arabic vow (ar)': [
    ['irgc threatened isr', 'وتوعد الحرس الثوري الإيراني بأن إسرائيل ستدفع ثمن اغتيال موسوي.'],
  ],
  'vowed to pay is no threat (en)': [
    ['no irn threatened isr', 'Iran vowed to pay its debts to Israel.'],
  ],
});
