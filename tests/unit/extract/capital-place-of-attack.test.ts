/**
 * A capital as the place of an attack stays the city (names26, docs/diagnosis-batch24.md §7 fix 5): "a US strike in
 * Baghdad", "carried out a strike in Damascus", `غارة أمريكية في بغداد` (an attack noun, past its demonym, then "in"/`في`)
 * strike the city, not its state; a bombing in a capital strikes the state; a capital that is the doer stays its state.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a capital as the place of an attack': [
    ['usa attacked baghdad', 'A US strike in Baghdad killed a militia commander.'],
    ['no usa attacked irq', 'A US strike in Baghdad killed a militia commander.'],
    ['usa attacked baghdad', 'Militants attacked a US base on Friday, a day after a US strike in Baghdad killed a militia commander.'],
    ['usa attacked baghdad', 'The US carried out a drone strike in Baghdad on Thursday.'],
    ['isr attacked damascus', 'An Israeli strike in Damascus killed two officers.'],
    ['isr attacked damascus', 'An Israeli strike near Damascus killed two officers.'],
    ['irn accused usa', 'Tehran accused Washington of the strike in Baghdad.'],
    // (a bombing in a capital strikes the state, as the gold reads the PKK's bombings in Ankara)
    ['pkk attacked tur', "Security was tightened after last week's car bombing in Ankara, which was claimed by the PKK."],
  ],
  'a capital as the place of an attack (ar)': [
    ['usa attacked baghdad', 'وقُتل القيادي في غارة أمريكية في بغداد.'],
    ['isr attacked damascus', 'وقُتل ضابطان في غارة إسرائيلية في دمشق.'],
  ],
});
