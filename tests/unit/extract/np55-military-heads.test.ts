/**
 * np55: forces and bases of a state told by a two-word head or placed "between" two places (gold rule 13;
 * diagnosis-batch52/53 §6 np54 rank 1, bases; pool b43, b37): "Drones targeted a US military base near Rmelan" → `usa
 * deployed_in rmelan`; "attacks on Turkish bases in the area between Tal Abyad and Ras al-Ain" → `tur deployed_in` each.
 * New sentences, both languages (the Arabic reading of `بين` was there already), look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a head of two military words, then the place (en)': [
    ['usa deployed_in rmelan', 'Drones targeted a US military base near Rmelan in northeastern Syria on Saturday.'],
    // (another head, a list of places, a relative clause after)
    ['usa deployed_in irq', 'The Pentagon said US military advisers in Iraq were safe after the attack.'],
    ['irn deployed_in deir-ez-zor', 'Iranian military advisers in Deir ez-Zor, who arrived in 2017, were killed in the strike.'],
    ['tur deployed_in tal-abyad', 'Militants attacked Turkish military bases near Tal Abyad on Friday.'],
  ],
  'a place between two places (en)': [
    ['tur deployed_in tal-abyad', 'The ministry said the militants had been preparing attacks on Turkish bases in the area between Tal Abyad and Ras al-Ain.'],
    ['tur deployed_in ras-al-ain', 'The ministry said the militants had been preparing attacks on Turkish bases in the area between Tal Abyad and Ras al-Ain.'],
    ['tur deployed_in ras-al-ain', 'Turkish troops are deployed in the countryside between Tal Abyad and Ras al-Ain, officials said.'],
  ],
  'a place between two places (ar)': [
    ['tur deployed_in tal-abyad', 'وتنتشر القوات التركية في المنطقة الواقعة بين تل أبيض ورأس العين.'],
    ['tur deployed_in ras-al-ain', 'وتنتشر القوات التركية في المنطقة الواقعة بين تل أبيض ورأس العين.'],
  ],
  'no presence read (en)': [
    // (a negated presence; a clash between two sides is no place)
    ['no usa deployed_in rmelan', 'There are no US military bases near Rmelan, the spokesman said.'],
    ['no tur deployed_in sdf', 'Turkish troops clashed with fighters in fighting between Turkey and the SDF.'],
  ],
});
