/**
 * English counted plurals of states ("the two governments", "both countries", "the two states") with no list of their own
 * sentence before them (diagnosis of batch 22 §2 ANA, "the two governments signed"): the states of an event of their own
 * sentence before them (a visit's visitor and the state of the capital visited, a meeting's two sides), not an older list
 * of the article (anaphora.ts, discourse.ts eventStates with sentenceOnly). A list of their own sentence still wins
 * ("the bids of Sweden and Finland …, accusing both countries").
 */
import { describeCases, type Case } from './helpers.ts';

const BEFORE = 'Sudani has sought to reconcile Syria and Turkey.';

const CASES: Record<string, Case[]> = {
  'counted plurals after an event of their sentence (en)': [
    ['tur agreed_with irq', `${BEFORE} Erdogan visited Baghdad in April, when the two governments signed a series of agreements.`],
    ['no syr agreed_with tur', `${BEFORE} Erdogan visited Baghdad in April, when the two governments signed a series of agreements.`],
    ['tur agreed_with irq', `${BEFORE} Erdogan visited Baghdad in April, and the two countries signed a series of agreements.`],
    ['rus agreed_with tur', `${BEFORE} Lavrov visited Ankara on Monday, and the two states signed an agreement on grain.`],
    // (a list of its own sentence wins)
    ['no antony-blinken accused tur', 'Blinken met Cavusoglu in Ankara. The two ministers also discussed the bids of Sweden and Finland to join NATO, which Turkey has held up, accusing both countries of harbouring Kurdish militants.'],
    ['no antony-blinken accused usa', 'Blinken met Cavusoglu in Ankara. The two ministers also discussed the bids of Sweden and Finland to join NATO, which Turkey has held up, accusing both countries of harbouring Kurdish militants.'],
  ],
};

describeCases(CASES);
