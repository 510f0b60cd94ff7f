/**
 * A place head ("the city", `المدينة`) after a body of its sentence named after a place (ref53; the brief's bug "the city"
 * = Arima instead of Manbij, b47 heldout-2022-06-24): the place the body is named after, named anywhere before, not the
 * one village or town placeOfKind found by its words. Look-alikes: a body named after no place leaves the found place
 * (relations/namesakeplace.ts, discourse.ts placeOfKind).
 */
import { describeCases, type Case } from './helpers.ts';

const MET_EN = 'Russian officers met commanders of the Manbij Military Council on Friday near the village of Arima, west of Manbij.';
const MET_AR = 'التقى ضباط روس قادة في «مجلس منبج العسكري» يوم الجمعة قرب قرية العريمة غربي منبج.';

const CASES: Record<string, Case[]> = {
  'the city of a body named after it (en)': [
    ['isis deployed_in manbij', `${MET_EN} The Manbij Military Council, which drove Islamic State out of the city in 2016, says it is ready to fight.`],
    ['no isis deployed_in arima', `${MET_EN} The Manbij Military Council, which drove Islamic State out of the city in 2016, says it is ready to fight.`],
    // (an apposition and a month-year date)
    ['isis deployed_in manbij', `${MET_EN} The Manbij Military Council, an SDF affiliate, drove Islamic State out of the city in August 2016.`],
    // (a presence verb)
    ['manbij-military-council deployed_in manbij', 'Russian officers met commanders of the Manbij Military Council on Friday near the village of Arima, west of Manbij. The council official said the Manbij Military Council and the Syrian army deployed in the city last year.'],
    // (a list member in the sentence before)
    ['isis deployed_in manbij', 'Russian officers met commanders of the Manbij Military Council and the Syrian army on Friday near the village of Arima, west of Manbij. The Manbij Military Council drove Islamic State out of the city in 2016.'],
  ],
  'the city of a body named after it (ar)': [
    ['isis deployed_in manbij', `${MET_AR} ويقول «مجلس منبج العسكري»، الذي طرد تنظيم «داعش» من المدينة عام 2016، إنه مستعد للقتال.`],
    ['no isis deployed_in arima', `${MET_AR} ويقول «مجلس منبج العسكري»، الذي طرد تنظيم «داعش» من المدينة عام 2016، إنه مستعد للقتال.`],
    // (an apposition, a pluperfect, a month-year date)
    ['isis deployed_in manbij', 'التقى ضباط روس يوم الجمعة قادة في «مجلس منبج العسكري» قرب قرية العريمة غربي منبج. وكان «مجلس منبج العسكري»، المنضوي في «قوات سوريا الديمقراطية»، قد طرد تنظيم «داعش» من المدينة في آب/أغسطس 2016.'],
  ],
  'a body named after no place leaves the found place (en)': [
    ['isis deployed_in arima', 'Russian officers met commanders of the Syrian Democratic Forces on Friday near the village of Arima, west of Manbij. The Syrian Democratic Forces, which drove Islamic State out of the village in 2016, say they are ready to fight.'],
  ],
  'a body named after no place leaves the found place (ar)': [
    ['isis deployed_in arima', 'التقى ضباط روس قادة في «قوات سوريا الديمقراطية» يوم الجمعة قرب قرية العريمة غربي منبج. وتقول «قوات سوريا الديمقراطية»، التي طردت تنظيم «داعش» من القرية عام 2016، إنها مستعدة للقتال.'],
  ],
};

describeCases(CASES);
