/**
 * slot32 (slot31's leftover bug): a plain noun inside a relative clause between commas right after the subject ("Turkish
 * drones, which Ankara says target only militants, struck …") is the clause's, not the main verb's unnamed subject; the
 * main act keeps its subject. Outside a relative, unnamed doers after a report verb stay the subject (no name's act).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a noun inside a relative clause is no subject of the main verb': [
    ['tur attacked qamishli', 'Turkish drones, which Ankara says target only militants, struck a village near Qamishli on Monday.'],
    ['tur attacked qamishli', 'Turkish drones, which target only militants, struck a village near Qamishli on Monday.'],
    ['tur attacked qamishli', 'Turkish drones, which Ankara operates, struck a village near Qamishli on Monday.'],
    ['no sohr attacked daraa', 'SOHR said gunmen on motorcycles opened fire on a checkpoint near Deraa.'],
  ],
});
