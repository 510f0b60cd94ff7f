/**
 * Troops a state or a base hosts are deployed there, and are no guests (branch np43; diagnosis-batch39 §6 np43 rank 2,
 * presence nouns by owner kind; pool b32 jordan-downs-meth-drone, b36 jordan-border-smugglers-killed: FN `usa deployed_in
 * jor`, FP `jor hosted usa` each): a hosting verb whose object is a troops noun owned by a demonym or a name ("hosts
 * American troops", "hosts a few hundred US troops", `تستضيف قوات أمريكية`) gives the owner's presence in the host (the
 * verb's subject, or the places after "in" right after the troops), not `hosted`. relations/hostedtroops.ts.
 */
import { describeCases } from './helpers.ts';

const EN_B32 = 'Jordan, a close US ally, hosts American troops, and three US soldiers were killed in a drone attack on the Tower 22 outpost near its border with Syria in late January.';
const EN_B36 = 'Jordan, a close US ally, hosts American troops at several bases, including Tower 22 near the Syrian border, where a drone attack killed three US soldiers in January.';

describeCases({
  'the row constructions: "X, a close US ally, hosts American troops"': [
    ['usa deployed_in jor', EN_B32],
    ['no jor hosted usa', EN_B32],
    ['usa deployed_in jor', EN_B36],
    ['no jor hosted usa', EN_B36],
  ],
  'variants: a count, a relative, the places after the troops, another troops word': [
    ['usa deployed_in al-tanf', 'The al-Tanf garrison, near the border junction of Syria, Iraq and Jordan, hosts a few hundred US troops who train a local faction.'],
    ['usa deployed_in irq', 'More than ten attacks have targeted bases hosting US troops in Iraq and Syria since Tuesday.'],
    ['usa deployed_in syr', 'More than ten attacks have targeted bases hosting US troops in Iraq and Syria since Tuesday.'],
    ['usa deployed_in irq', 'Iraq, which hosts about 2,500 American soldiers, condemned the strike.'],
    ['no irq hosted usa', 'Iraq, which hosts about 2,500 American soldiers, condemned the strike.'],
  ],
  'negatives: refugees and guests are hosted, not deployed': [
    ['no syr deployed_in tur', 'Turkey, which hosts about 3.2 million Syrian refugees, has thousands of troops in northern Syria.'],
    ['jor hosted antony-blinken', 'Jordan hosted US Secretary of State Antony Blinken on Monday.'],
    ['no usa deployed_in jor', 'Jordan hosted US Secretary of State Antony Blinken on Monday.'],
  ],
  'the row construction and variants (ar)': [
    ['usa deployed_in jor', 'ويستضيف الأردن، الحليف المقرب من واشنطن، قوات أمريكية في عدة قواعد.'],
    ['no jor hosted usa', 'ويستضيف الأردن، الحليف المقرب من واشنطن، قوات أمريكية في عدة قواعد.'],
    ['usa deployed_in irq', 'وتستضيف القواعد العراقية نحو 2500 جندي أمريكي.'],
  ],
  'negatives: a hosted official (ar)': [
    ['jor hosted antony-blinken', 'واستضاف الأردن وزير الخارجية الأمريكي أنتوني بلينكن يوم الإثنين.'],
  ],
}, '2024-03-10');
