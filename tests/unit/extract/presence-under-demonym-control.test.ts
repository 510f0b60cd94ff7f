/**
 * pres38: presence by control told with a demonym holder ("under Turkish control", "Turkish-controlled northern Syria"),
 * the place opening the sentence or standing right before "under" (gold rule 13), and the look-alikes it must leave alone.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a demonym holder of control': [
    ['tur deployed_in northern-syria', 'More than 560,000 Syrians had returned voluntarily to areas of northern Syria under Turkish control since 2016.'],
    ['tur deployed_in afrin', 'Refugees returned to Afrin, under Turkish control since 2018.'],
    ['tur deployed_in afrin', 'Afrin has been under Turkish control since 2018.'],
    ['tur deployed_in northern-syria', 'Authorities in Turkish-controlled northern Syria reopened a crossing near the town of al-Bab on Saturday.'],
    ['isr deployed_in golan-heights', 'Residents of the Golan Heights, under Israeli control since 1967, protested on Sunday.'],
    ['rus deployed_in hmeimim-air-base', 'Drones approached the Russian-run Hmeimim air base on Monday.'],
    ['no rus deployed_in daraa', 'Syria regained control of Daraa under Russian control of the talks.'],
    ['no tur deployed_in syr', 'The talks in Astana were under Turkish control.'],
  ],
});
