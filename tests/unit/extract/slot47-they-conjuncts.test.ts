/**
 * slot47: "they" after forces joined to others is every member (pool b29 al-bab "Turkish troops and the Syrian National
 * Army have held al-Bab since 2017, when they drove Islamic State out of the town", b44 jarablus "Turkish troops and allied
 * Syrian National Army factions have held Jarablus since they drove …"): gold rule 19f's captors and rule 10's attackers
 * are each member of the list; a demonym on "allies" names no member (relations/theyconj.ts).
 */
import { describeCases } from './helpers.ts';

describeCases({
  '"they" after troops joined to others: each member acts': [
    ['syrian-national-army attacked isis', 'Turkish troops and the Syrian National Army have held al-Bab since 2017, when they drove Islamic State out of the town in Operation Euphrates Shield.'],
    ['tur attacked isis', 'Turkish troops and the Syrian National Army have held al-Bab since 2017, when they drove Islamic State out of the town in Operation Euphrates Shield.'],
    ['syrian-national-army attacked isis', 'Turkish troops and allied Syrian National Army factions have held Jarablus since they drove Islamic State out of the town in August 2016.'],
    ['rus attacked isis', 'Syrian government forces and Russian troops have held Palmyra since March 2017, when they drove Islamic State out of the city.'],
    ['syr attacked isis', 'Syrian government forces and Russian troops have held Palmyra since March 2017, when they drove Islamic State out of the city.'],
    ['syrian-national-army attacked ypg', 'Turkish forces and the Syrian National Army entered Afrin in March 2018, after they drove the YPG out of the surrounding villages.'],
    ['usa supported sdf', 'American troops must leave Syria, where they back the SDF.'],
    ['no syr attacked sdf', 'Turkish forces and their Syrian allies control a strip of territory between Ras al-Ain and Tal Abyad that they seized from the SDF in an offensive in October 2019.'],
    ['no isis attacked isis', 'Turkish troops and the Syrian National Army have held al-Bab since 2017, when they drove Islamic State out of the town.'],
  ],
});
