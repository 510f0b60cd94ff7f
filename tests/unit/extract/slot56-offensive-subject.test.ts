/**
 * slot56: an offensive as the subject of a capture or expulsion verb is its doer's act (gold rule 19f; diagnosis-batch55
 * §6 slot56 rank 1; pool b51 2022-02-18 afrin-council-hatay, b49 2022-10-19 tal-abyad-council-urfa). The doer is the
 * demonym or possessor on the offensive noun (English) or the demonym after the operation's name (Arabic); a name in an
 * apposition before it is no attacker. Look-alikes: the factions of an apposition before
 * the offensive are no captor.
 */
import { describe, expect, it } from 'vitest';
import { datedOf, describeCases } from './helpers.ts';

describeCases({
  'an offensive as subject: its doer attacks and holds the place': [
    // (the row's own construction: an apposition before, a time adjunct between noun and verb)
    ['tur attacked ypg', 'Afrin has been run since 2018 by the Syrian National Army, a coalition of Turkish-backed factions, after a Turkish offensive that year drove the Kurdish YPG militia out of the district.'],
    ['no syrian-national-army attacked ypg', 'Afrin has been run since 2018 by the Syrian National Army, a coalition of Turkish-backed factions, after a Turkish offensive that year drove the Kurdish YPG militia out of the district.'],
    ['tur attacked sdf', 'Tal Abyad has been held by the Syrian National Army, an alliance of Ankara-backed factions, since a Turkish offensive drove the Kurdish-led Syrian Democratic Forces from the town in October 2019.'],
    ['no syrian-national-army attacked sdf', 'Tal Abyad has been held by the Syrian National Army, an alliance of Ankara-backed factions, since a Turkish offensive drove the Kurdish-led Syrian Democratic Forces from the town in October 2019.'],
    ['tur deployed_in tal-abyad', 'Tal Abyad has been held by the Syrian National Army, an alliance of Ankara-backed factions, since a Turkish offensive drove the Kurdish-led Syrian Democratic Forces from the town in October 2019.'],
    // (a possessor, another noun of the class, another verb of the class)
    ['tur attacked sdf', 'Tal Abyad has been held by rebels since Turkey\'s offensive drove the Syrian Democratic Forces from the town in October 2019.'],
    ['sdf deployed_in tal-abyad', 'Tal Abyad has been held by rebels since Turkey\'s offensive drove the Syrian Democratic Forces from the town in October 2019.'],
    ['tur attacked ypg', 'The district was emptied of Kurds after a Turkish operation in 2018 expelled the YPG from Afrin.'],
    ['ypg deployed_in afrin', 'The district was emptied of Kurds after a Turkish operation drove the YPG out of Afrin in 2018.'],
    // (look-alikes: the apposition's factions are no captor; an offensive of a named doer after "by" keeps that doer)
    ['no syrian-national-army attacked ypg', 'The district has been run by the Syrian National Army, an alliance of Turkish-backed factions, since a Turkish offensive in 2018 drove the YPG out of Afrin.'],
    ['tur attacked ypg', 'The district has been run by the Syrian National Army, an alliance of Turkish-backed factions, since a Turkish offensive in 2018 drove the YPG out of Afrin.'],
  ],
  'an offensive as subject (ar)': [
    ['tur attacked ypg', 'وتسيطر الفصائل على عفرين منذ العملية التركية عام 2018، التي انتزعت المنطقة من «وحدات حماية الشعب» الكردية.'],
    ['tur deployed_in afrin', 'وتسيطر الفصائل على عفرين منذ العملية التركية عام 2018، التي انتزعت المنطقة من «وحدات حماية الشعب» الكردية.'],
  ],
});

describe('the offensive\'s deed keeps the date the text gives it', () => {
  it('"since a Turkish offensive drove the SDF from the town in October 2019" is 2019-10', () => {
    expect(datedOf('Tal Abyad has been held by the Syrian National Army, an alliance of Ankara-backed factions, since a Turkish offensive drove the Kurdish-led Syrian Democratic Forces from the town in October 2019.', 'en', '2022-10-19', 'attacked')).toContain('tur sdf 2019-10');
  });
});
