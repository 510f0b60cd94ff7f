/**
 * An English name's own kind head, "the (nearby) town of", "the village of", is part of the name's phrase, not of the gap
 * between an act noun and its complement (args.ts kindOfHead in objectSlotClosed): "carried out air strikes on the
 * outskirts of the nearby town of Ariha". Negative cells: the same words past a clause boundary or as the place of
 * another act.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'a strike noun whose object is named with its kind head (en)': [
    ['rus attacked ariha', 'Russian jets later carried out at least three air strikes on the outskirts of the nearby town of Ariha, according to the monitor.'],
    ['rus attacked al-bara', 'Russian warplanes carried out a series of air strikes on the outskirts of the village of al-Bara on Monday.'],
    ['tur attacked tal-rifaat', 'Turkish forces carried out heavy shelling of the outskirts of the town of Tal Rifaat overnight.'],
  ],
  'no object past the noun phrase (en)': [
    ['no rus attacked ariha', 'Russian warplanes carried out a series of air strikes on Monday; residents of the nearby town of Ariha fled.'],
    ['no rus attacked ariha', 'Russian jets carried out air strikes as families from the outskirts of the nearby town of Ariha fled north.'],
  ],
};

describeCases(CASES);
