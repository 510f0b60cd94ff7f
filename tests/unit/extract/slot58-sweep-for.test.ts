/**
 * (slot58) A sweep, search or hunt for an armed group's cells is an attack on the group (diag57 slot58 rank 4, gold rule 13):
 * patterns.en.csv rows "sweep for/against" (noun) and "swept/searched/hunting … for" (verb); the target must be an actor.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a sweep or search for an armed group is an attack on it': [
    ['sdf attacked isis', 'On Friday morning, SDF units launched a sweep against IS cells in Abu Hamam, detaining four men.'],
    ['asayish attacked isis', 'Kurdish security forces, known as the Asayish, guard the camp and regularly sweep it for IS cells.'],
    ['asayish attacked isis', 'In late November the Asayish searched several sectors of the camp for two days, hunting for IS cells and hidden weapons.'],
    ['sdf attacked isis', 'The SDF, which controls the area, launched a security sweep against Islamic State cells in Deir ez-Zor on Monday.'],
    ['sdf attacked isis', 'SDF fighters searched the villages for Islamic State cells on Sunday.'],
  ],
  'no attack without an actor after "for", and "sweeping" is no verb': [
    ['no sdf attacked isis', 'The SDF said it launched a security sweep in the area with support from US forces, detaining several suspects.'],
    ['usa sanctioned syr', 'It excludes Idlib and any dealings with the Syrian government, which remains under sweeping US sanctions.'],
    ['no syr deployed_in hama', 'Army units backed by Russian air cover launched a sweep of the area on Tuesday, a military source told state media.'],
  ],
});
