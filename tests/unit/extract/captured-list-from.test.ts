/**
 * Gold rule 19f with a list of places taken (presence.ts capturedFrom): "X (and Y) seized P and Q from Z" — each captor
 * attacked Z, and Z's presence and each captor's in every place of the list, dated as the capture; the words of the
 * names do not count in the reach of "from", nor do a list's commas, and past them the date is the one after "from".
 * Negative cells: no place taken (weapons seized), a comma that closes the clause.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'places of a list taken from a group (en)': [
    ['ypg deployed_in tal-abyad', 'Turkey seized Ras al-Ain and Tal Abyad from the YPG in October 2019.'],
    ['ypg deployed_in tal-abyad', 'Turkey and the SNA seized the border towns of Ras al-Ain and Tal Abyad from the YPG in October 2019.'],
    ['syrian-national-army attacked ypg', 'Turkey and the SNA seized the border towns of Ras al-Ain and Tal Abyad from the YPG in October 2019.'],
    ['isis deployed_in tabqa', 'The SDF captured Raqqa and Tabqa from Islamic State in 2017.'],
    ['ypg deployed_in rajo', 'Turkey and allied factions seized the towns of Afrin, Jinderes and Rajo from the YPG in March 2018.'],
    ['tur attacked ypg', 'Turkey and allied factions seized the towns of Afrin, Jinderes and Rajo from the YPG in March 2018.'],
  ],
  'nothing taken from the group there (en)': [
    ['no ypg deployed_in afrin', 'Turkish forces seized weapons and ammunition from the YPG in Afrin in March 2018.'],
    ['no ypg deployed_in jindires', 'Turkey seized Afrin, and the YPG fled from Jinderes in March 2018.'],
  ],
};

describeCases(CASES);
