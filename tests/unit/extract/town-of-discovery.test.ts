/**
 * pred30: unknown towns after "the town(s) of", "the village(s) of" are discovered as places, each member of a list after
 * the plural ("the towns of Kansafra and al-Bara"), whatever the verb, past a date or a relative clause; and unnamed
 * attackers that open a reported clause ("SOHR said gunmen … opened fire near the town of Diban") are the verb's subject,
 * so the reporter is no attacker of the new place.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, mentionIds } from './helpers.ts';

describeCases({
  'the town of X': [
    ['syr attacked kansafra', 'Syrian artillery shelled the towns of Kansafra and al-Bara on Monday.'],
    ['syr attacked al-bara', 'Syrian artillery shelled the towns of Kansafra and al-Bara on Monday.'],
    ['rus attacked arshani', 'Russian jets on Tuesday struck the village of Arshani, which lies near Idlib.'],
    ['tur attacked derbasiyah', 'Turkish drones struck the towns of Amuda, Derbasiyah and Tel Tamr on Sunday.'],
    ['isis attacked kabani', 'SOHR said suspected Islamic State cells attacked the village of Kabani.'],
    ['isr attacked tasil', 'Israeli jets on Tuesday struck the town of Tasil in the Daraa countryside.'],
    ['syr deployed_in kafr-nabudah', 'Government forces, backed by Russian jets, retook the town of Kafr Nabudah in May.'],
  ],
  'a reporter is no attacker': [
    ['no sohr attacked diban', 'The Syrian Observatory for Human Rights said unidentified gunmen attacked the village of Diban on Monday.'],
    ['no sohr attacked sdf', 'The SOHR said gunmen on motorcycles opened fire on an SDF checkpoint near the town of Diban, killing two fighters.'],
    ['no syr attacked diban', 'Syrian state media said that unidentified gunmen, who were riding motorcycles, fired on the village of Diban.'],
    ['isis attacked kabani', 'The SOHR said Islamic State militants attacked the village of Kabani.'],
  ],
});

describe('town discovery guards', () => {
  it('a known town stays itself', () => {
    expect(mentionIds('Turkish drones struck the town of Qamishli.', 'en')).toContain('qamishli');
  });
  it('no lowercase word is a town', () => {
    expect(mentionIds('The town of the dead was struck.', 'en')).toEqual([]);
  });
});
