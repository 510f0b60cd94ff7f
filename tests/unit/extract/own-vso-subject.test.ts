/**
 * An Arabic VSO subject after a fronted prepositional adjunct (diagnosis-batch24 §4 #70): `ووصلت الثلاثاء إلى مطار دمشق
 * الدولي طائرات عراقية` has its own subject (an indefinite plural with a demonym or adjective); the person of the
 * sentence before is not carried to it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'own subject after the adjunct (ar)': [
    ['no mohammed-shia-al-sudani visited damascus-international-airport', 'ووصل السوداني إلى بغداد. ووصلت الثلاثاء إلى مطار دمشق الدولي طائرات عراقية.'],
    ['no mohammed-shia-al-sudani visited damascus', 'ووصل السوداني إلى بغداد. ووصلت أمس إلى دمشق شاحنات محملة بالمساعدات.'],
    ['mohammed-shia-al-sudani visited baghdad', 'ووصل السوداني إلى بغداد. ووصلت الثلاثاء إلى مطار دمشق الدولي طائرات عراقية.'],
    ['mohammed-shia-al-sudani met syr', 'ووصل السوداني إلى بغداد. والتقى في دمشق مسؤولين سوريين.'],
  ],
  'a carried subject with no subject of its own (ar)': [
    ['mohammed-shia-al-sudani visited damascus', 'ووصل السوداني إلى بغداد. ثم توجه الثلاثاء إلى دمشق.'],
  ],
});
