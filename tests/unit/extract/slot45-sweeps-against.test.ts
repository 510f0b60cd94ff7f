/**
 * slot45: sweeps against a named group (gold rules 17e, 20a; diagnosis-batch42 #28–29; pool b38 al-hol "has conducted
 * several sweeps inside the camp this year against Islamic State cells"): the sweeper attacked the group, is deployed in
 * the sweep's place, and the group is there too (relations/sweepagainst.ts). Look-alikes: a sweep with no foe, a foe that
 * is a state, a sweep demanded.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'sweeps against a named group (en)': [
    ['syr attacked isis', 'Government forces, backed by Russian air power, have mounted several sweeps against IS cells in the Badia since then.'],
    ['syr deployed_in syrian-desert', 'Government forces, backed by Russian air power, have mounted several sweeps against IS cells in the Badia since then.'],
    ['asayish attacked isis', 'The Asayish, the internal security force of the Kurdish-led administration, has conducted several sweeps inside the al-Hol camp this year against Islamic State cells operating among the residents.'],
    ['asayish deployed_in al-hol-camp', 'The Asayish, the internal security force of the Kurdish-led administration, has conducted several sweeps inside the al-Hol camp this year against Islamic State cells operating among the residents.'],
    ['isis deployed_in al-hol-camp', 'The Asayish, the internal security force of the Kurdish-led administration, has conducted several sweeps inside the al-Hol camp this year against Islamic State cells operating among the residents.'],
    ['sdf attacked isis', 'The SDF launched a security sweep against Islamic State sleeper cells in the countryside of Deir ez-Zor on Tuesday.'],
  ],
  'sweeps against a named group (ar)': [
    ['syr attacked isis', 'وتنفذ قوات النظام حملات تمشيط ضد خلايا تنظيم «داعش» في البادية السورية منذ أشهر.'],
  ],
  'no attack from a sweep without a named foe or a demanded one (en)': [
    ['no asayish attacked syr', 'The Asayish conducted a sweep inside the al-Hol camp against smuggling networks from Syria.'],
    ['no sdf attacked isis', 'Residents urged the SDF to stop its sweeps in Hajin, saying Islamic State had long left.'],
  ],
});
