/**
 * Setting up a joint committee is an agreement between the parties (diagnosis-batch30 #50; branch pred35): "Jordanian and
 * Syrian officials set up a joint committee", "Jordan and Syria formed a joint security committee", "Jordan set up a
 * joint committee with Syria"; the Arabic `اتفق X وY على تشكيل لجنة مشتركة` already reads so. One party, or a committee
 * that is not joint, is none.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a joint committee is agreed (en)': [
    ['jor agreed_with syr', 'Jordanian and Syrian officials set up a joint committee to fight drug smuggling.'],
    ['jor agreed_with syr', 'Jordan and Syria formed a joint security committee in July.'],
    ['jor agreed_with syr', 'Jordan set up a joint committee with Syria to fight smuggling.'],
    ['irq agreed_with syr', 'Iraq and Syria established a joint working group on border security last year.'],
  ],
  'a joint committee is agreed (ar)': [
    ['jor agreed_with syr', 'واتفق الأردن وسوريا على تشكيل لجنة مشتركة.'],
  ],
  'no joint committee': [
    ['no jor agreed_with syr', 'Jordan set up a committee to investigate the attack on the border with Syria.'],
    ['no tur agreed_with syr', 'Turkey formed a joint committee with its own intelligence agency, the ministry said.'],
  ],
});
