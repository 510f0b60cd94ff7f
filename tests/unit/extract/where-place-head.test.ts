/**
 * ", where" attaches to the head of the place phrase before it, not the last place in it (diagnosis-batch24 §4 #15,
 * #149): "the village of Arima, west of Manbij, where Russian military police are deployed" is about Arima (unknown to
 * the lexicon: nothing), "the airport in Qamishli, where" about the airport. A known head before a compass apposition
 * is the place; a place named alone before ", where" still is.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the head before a compass apposition (en)': [
    ['no rus deployed_in manbij', 'Shells fell on the village of Arima, west of Manbij, where Syrian government troops and Russian military police are also deployed.'],
    ['rus deployed_in tal-rifaat', 'Shells fell on the town of Tal Rifaat, north of Aleppo, where Russian troops are deployed.'],
    ['no rus deployed_in aleppo', 'Shells fell on the town of Tal Rifaat, north of Aleppo, where Russian troops are deployed.'],
    ['no rus deployed_in manbij', 'Shells fell on a village west of Manbij, where Russian troops are deployed.'],
  ],
  'a thing named before "in" or "near" is the head (en)': [
    ['no rus deployed_in qamishli', 'Government forces retain small enclaves in both cities, including the airport in Qamishli, where Russian troops are also stationed.'],
    ['no usa deployed_in deir-ez-zor', 'Drones hit a camp near Deir ez-Zor, where US troops are stationed.'],
  ],
  'a place alone before ", where" (en)': [
    ['usa deployed_in manbij', 'The SDF controls Manbij, where US troops are deployed.'],
    ['sergei-lavrov visited damascus', 'Lavrov travelled to Damascus, where he met Assad.'],
    ['tur deployed_in northern-syria', 'Ankara has threatened a new offensive in northern Syria, where Turkish troops control a strip of territory.'],
  ],
});
