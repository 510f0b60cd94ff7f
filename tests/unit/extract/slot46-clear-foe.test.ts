/**
 * slot46: rule 8's clearing with a named foe (diagnosis-batch44 §6 slot46 rank 3: #29, #30, FP 32): "Turkey intends to
 * clear Tal Rifaat and Manbij of the YPG" → `tur attacked ypg` (planned) and `ypg deployed_in` each place, no attack on
 * the places; with an unnamed foe ("terrorists") the places stay the ones attacked (relations/clearfoe.ts).
 */
import { describeCases } from './helpers.ts';

const S1 = 'Erdogan has said for months that Turkey intends to clear Tal Rifaat and Manbij of the YPG.';
const S2 = 'President Erdogan said on Wednesday that Turkey would clear the northern Syrian towns of Tal Rifaat and Manbij of YPG fighters.';
const S3 = 'Turkish officials, who spoke on condition of anonymity, said the army will clear Tal Abyad of Islamic State cells in the coming weeks.';

describeCases({
  'clearing places of a named foe (en)': [
    ['tur attacked ypg', S1],
    ['ypg deployed_in tal-rifaat', S1],
    ['ypg deployed_in manbij', S1],
    ['no tur attacked manbij', S1],
    ['tur attacked ypg', S2],
    ['ypg deployed_in manbij', S2],
    ['no tur attacked tal-rifaat', S2],
    // (a relative clause and a date, another foe)
    ['isis deployed_in tal-abyad', S3],
  ],
  'a quoted label glossed by the foe (en)': [
    ['tur attacked ypg', 'President Tayyip Erdogan said at the start of the month that Turkey would clear Tal Rifaat and Manbij of "terrorists", referring to the Kurdish People\'s Protection Units (YPG), which Ankara regards as an offshoot of the PKK.'],
    ['ypg deployed_in tal-rifaat', 'President Tayyip Erdogan said at the start of the month that Turkey would clear Tal Rifaat and Manbij of "terrorists", referring to the Kurdish People\'s Protection Units (YPG), which Ankara regards as an offshoot of the PKK.'],
    ['no tur attacked manbij', 'Erdogan said on Tuesday that Turkey would clear Tal Rifaat and Manbij of "terrorists", referring to the YPG.'],
  ],
  'clearing places of an unnamed foe keeps the places (en)': [
    ['tur attacked tal-rifaat', 'Erdogan has said Turkey will clear Tal Rifaat and Manbij of "terrorists" as part of a plan to complete a security zone.'],
    ['tur attacked manbij', 'Erdogan said Turkey would clear Tal Rifaat and Manbij of Kurdish militants.'],
  ],
});
