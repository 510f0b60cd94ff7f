/**
 * A role after an indefinite article keeps the group inside it (branch bugs43, fix 1): "killed an Islamic State
 * leader", "a senior Hezbollah leader" name one of many, not the holder of roles.csv's role, so mentions.ts drops the
 * role's person (indefiniteBefore); the group's name inside the dropped phrase is still a mention (namesInside), so the
 * killing attacked the group. Arabic has no indefinite article (`قيادياً في تنظيم داعش` is no role): the Arabic block
 * only checks that the same reading already holds there. Look-alikes: the definite role is its holder, not the group.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an indefinite role keeps its group (en)': [
    // the pool's sentences (heldout 2024-06-17, 2023-07-10)
    ['usa attacked isis', 'US forces killed a senior Islamic State leader in an air strike in Syria on Sunday, US Central Command (CENTCOM) said.'],
    ['usa attacked isis', 'US forces killed an Islamic State leader in a drone strike in Syria on Friday.'],
    ['usa attacked isis', 'Earlier this month, a US strike killed another Islamic State leader in the northwest, CENTCOM said.'],
    // variants: a modifier, an apposition after it, another alias of the group, another group, a speech frame
    ['usa attacked isis', 'US forces killed an alleged Islamic State leader, Abu Yusuf, in a raid in Syria on Friday.'],
    ['tur attacked isis', 'Turkey said it killed an ISIS leader in northern Syria.'],
    ['isr attacked hezbollah', 'Israel killed a senior Hezbollah leader in a strike near Damascus on Monday.'],
  ],
  'the definite role is its holder (en)': [
    ['usa attacked abu-hafs-al-hashimi-al-qurashi', 'US forces killed the Islamic State leader in a raid in Syria on Friday.'],
    ['no usa attacked abu-hafs-al-hashimi-al-qurashi', 'US forces killed an Islamic State leader in a raid in Syria on Friday.'],
    ['no isr attacked hassan-nasrallah', 'Israel killed a senior Hezbollah leader in a strike near Damascus on Monday.'],
  ],
  'a leader of the group is the group (ar)': [
    ['usa attacked isis', 'قتلت القوات الأمريكية قيادياً في تنظيم داعش بغارة في سوريا يوم الجمعة.'],
    ['isr attacked hezbollah', 'قتلت إسرائيل قيادياً في حزب الله بغارة قرب دمشق يوم الإثنين.'],
  ],
});
