/**
 * slot55: "X and its ally Y" opening a clause share Y's presence and joint action (diagnosis-batch53 §6 slot54 rank 4,
 * #25; pool b40 2024-03-04 "Iran and its ally Hezbollah have fought alongside Syrian government forces"): the first member
 * gets Y's `deployed_in` and `coordinated_with` as it got Y's acts on others (relations/allyconjunct.ts, slot43); never a
 * relation between X and Y of that reading, and no first member not opening the clause.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the first member shares its ally\'s presence and joint action (en)': [
    ['irn deployed_in syr', 'Iran and its ally Hezbollah have deployed fighters in Syria to back the forces of President Bashar al-Assad.'],
    ['irn coordinated_with syr', 'Iran and its ally Hezbollah have fought alongside Syrian government forces since the early years of the war.'],
    ['irn deployed_in syr', 'Iran and its main ally Hezbollah have kept fighters in Syria since 2013.'],
    ['hezbollah deployed_in syr', 'Iran and its ally Hezbollah have deployed fighters in Syria to back the forces of President Bashar al-Assad.'],
  ],
  'the first member shares its ally\'s presence and joint action (ar)': [
    ['irn deployed_in syr', 'وتنشر إيران وحليفها «حزب الله» مقاتلين في سوريا منذ سنوات.'],
  ],
  'no share where the pair is not the subject': [
    ['no irn deployed_in syr', 'Israel has struck Iran and its ally Hezbollah, whose fighters are deployed in Syria.'],
    ['no irn coordinated_with syr', 'Israel says it targets Iran and its ally Hezbollah, which fights alongside Syrian government forces.'],
    ['no hezbollah deployed_in irn', 'Iran and its ally Hezbollah have deployed fighters in Syria.'],
  ],
});
