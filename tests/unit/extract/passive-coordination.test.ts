/**
 * A verb coordinated after a passive (brief ref24b): "when he was received by X and held talks with Y" — the second verb's
 * subject is the passive's subject (the one received), not its agent X, nor a name before the passive. A paraphrase suite:
 * the passive (received, welcomed, hosted, greeted), its subject (a name, "he", "He" opening the next sentence), the
 * frame (where, when, main clause), adverbs after "and" (later, then), the second verb (met, held talks with, visited),
 * and look-alikes that keep their own subject (a comma and a new subject, negation). New sentences only.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'the verb after a passive and "and" has the passive subject': [
      ['ayman-safadi met faisal-mekdad', 'Safadi visited Damascus on July 3, when he was received by President Bashar al-Assad and held talks with Foreign Minister Faisal Mekdad.'],
      ['no bashar-al-assad met faisal-mekdad', 'Safadi visited Damascus on July 3, when he was received by President Bashar al-Assad and held talks with Foreign Minister Faisal Mekdad.'],
      ['ayman-safadi met faisal-mekdad', 'Safadi visited Damascus, where he was welcomed by Assad and later met Mekdad.'],
      ['ayman-safadi met faisal-mekdad', 'Safadi arrived in Damascus on Monday. He was received by Assad and then held talks with Mekdad.'],
      ['ayman-safadi met faisal-mekdad', 'Safadi was greeted by Assad at the palace and held talks with Mekdad.'],
      ['hakan-fidan met bashar-al-assad', 'Fidan flew to Damascus, where he was hosted by Mekdad and met Assad.'],
      ['no faisal-mekdad met bashar-al-assad', 'Fidan flew to Damascus, where he was hosted by Mekdad and met Assad.'],
      ['hakan-fidan visited tehran', 'Fidan was received by Raisi in Ankara last month and visited Tehran on Sunday.'],
      ['no ayman-safadi met faisal-mekdad', 'Safadi visited Damascus, where he was welcomed by Assad and did not meet Mekdad.'],
      ['no ayman-safadi met faisal-mekdad', 'Safadi visited Damascus, where he was received by Assad, while Lavrov met Mekdad.'],
    ],
  },
  '2023-08-14',
);
