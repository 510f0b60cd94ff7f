/**
 * pres38: people of a group told as a noun phrase with a place (gold rule 13): each holder with its own place ("of X in A
 * and of Y in B"), a quoted head ('five "terrorists" of X and Y in P'), "elsewhere" between the head and the locative;
 * and the look-alikes it must leave alone (victims in a vehicle, kin of members, a negated presence).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'people of holders with their places': [
    ['ypg deployed_in northern-syria', "Turkey's defence ministry said on Monday its forces had neutralised 12 militants of the Kurdistan Workers' Party (PKK) in northern Iraq and of the People's Protection Units (YPG) in northern Syria over the past three days."],
    ['pkk deployed_in northern-iraq', "Turkey's defence ministry said on Monday its forces had neutralised 12 militants of the Kurdistan Workers' Party (PKK) in northern Iraq and of the People's Protection Units (YPG) in northern Syria over the past three days."],
    ['ypg deployed_in northern-syria', 'Turkish forces, which struck again on Friday, killed members of the PKK in northern Iraq and of the YPG in northern Syria.'],
    ['no ypg deployed_in northern-iraq', 'Turkish forces killed members of the PKK in northern Iraq and of the YPG in northern Syria.'],
    ['pkk deployed_in northern-syria', 'Turkey\'s defence ministry said on Sunday that its forces had "neutralised" five "terrorists" of the PKK and YPG in northern Syria over the previous two days.'],
    ['ypg deployed_in northern-syria', 'The ministry said it had "neutralised" 17 "terrorists" of the YPG in northern Syria.'],
    ['isis deployed_in northeastern-syria', 'The SDF accused Ankara of trying to destabilise the region while it was still fighting Islamic State cells elsewhere in the northeast.'],
    ['no isis deployed_in hasakah', 'Thousands of families of IS members are held in camps in Hasakah.'],
    ['no sdf deployed_in qamishli', 'A Turkish drone struck a vehicle carrying members of the SDF on the outskirts of Qamishli.'],
  ],
});
