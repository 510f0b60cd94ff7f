/**
 * pres41: an armed group attacked "in P" was in P, at the publication date (gold rule 13's noun phrase read on a bare
 * group): "Turkish forces have repeatedly struck the YPG, which Ankara regards as the PKK's Syrian wing, in northern
 * Syria". New sentences; English only (the Arabic pool has no such row); look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract } from './helpers.ts';

describeCases({
  'an armed group struck in a place was there (en)': [
    ['ypg deployed_in northern-syria', 'Turkish drones have struck the YPG in northern Syria.'],
    // (a relative clause between the group and the place)
    ['ypg deployed_in northern-syria', 'Turkish forces have again struck the YPG, which Ankara calls a terrorist group, in northern Syria.'],
    // (an apposition between them)
    ['sdf deployed_in northeastern-syria', 'Turkey has repeatedly bombed the SDF, the main US ally against IS, in northeastern Syria.'],
    // (a modifier and a date around the object; another attack verb)
    ['isis deployed_in syrian-desert', 'Russian jets on Monday pounded Islamic State in the Syrian desert.'],
    // (a member of a list)
    ['ypg deployed_in northern-syria', 'Turkish jets struck the PKK and the YPG in northern Syria on Sunday.'],
  ],
  'no presence from a holding of the group or a place near (en)': [
    // (np44: an operation against the group in a region now gives its presence, as the pool's gold reads it: np44-against-in)
    ['ypg deployed_in northern-syria', 'Turkey has carried out three operations against the YPG in northern Syria since 2016.'],
    ['ypg deployed_in northern-syria', 'Ankara has threatened a new offensive against the YPG in northern Syria.'],
    ['no pkk deployed_in northern-iraq', 'Turkish warplanes struck targets of the PKK in northern Iraq on Sunday.'],
    // (a state attacked in a place is not read here)
    ['no syr deployed_in golan-heights', 'Israel struck Syria in the Golan Heights.'],
  ],
});

describe('the presence is a state at the publication date', () => {
  it('not the date of the strike', () => {
    const a = extract('Turkish drones struck the YPG in northern Syria on January 12.', 'en', '2024-02-01');
    expect(a.relations.filter((r) => r.source === 'ypg' && r.relation === 'deployed_in').map((r) => r.date)).toEqual(['2024-02-01']);
  });
});
