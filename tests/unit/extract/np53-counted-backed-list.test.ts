/**
 * "X and Y, two Turkish-backed factions": a number word before a hyphen-backed compound in apposition names the list
 * before the comma, each member backed (branch np53; diagnosis-batch51 §6 np52 rank 4 (c) #73–74; no pool gold: kept on
 * "fp does not rise on 13–49"). relations/frames.ts hyphenBacked. English (Arabic writes the backer with `المدعومين من`, read
 * elsewhere).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row construction (en)': [
    ['tur supported sultan-suleiman-shah-division', 'The United States on Thursday imposed sanctions on the Suleiman Shah Brigade and the Hamza Division, two Turkish-backed factions, accusing them of serious human rights abuses.'],
    ['tur supported hamza-division', 'The United States on Thursday imposed sanctions on the Suleiman Shah Brigade and the Hamza Division, two Turkish-backed factions, accusing them of serious human rights abuses.'],
  ],
  'variants: another backer, both, a place after (en)': [
    ['usa supported sdf', 'The attack targeted the SDF and the Deir ez-Zor Military Council, both US-backed forces, near the town of Shaddadi.'],
    ['usa supported deir-ez-zor-military-council', 'The attack targeted the SDF and the Deir ez-Zor Military Council, both US-backed forces, near the town of Shaddadi.'],
    ['irn supported kataib-hezbollah', 'Washington blamed Kataib Hezbollah and Harakat al-Nujaba, two Iran-backed militias in Iraq, for the strikes.'],
  ],
  'negatives: a single name, a place in the list (en)': [
    ['tur supported hamza-division', 'The United States imposed sanctions on the Hamza Division, a Turkish-backed faction.'],
    ['no tur supported afrin', 'Fighting broke out in Afrin and Azaz, two towns held by Turkish-backed factions.'],
  ],
}, '2023-08-18');
