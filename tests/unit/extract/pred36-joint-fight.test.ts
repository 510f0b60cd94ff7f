/**
 * A joint fight (gold README rules 12, 17e, 18b; branch pred36, diagnosis-batch31 #21-24, 40, 41): a fight word right
 * before the foe, then "alongside"/`إلى جانب` and a partner (`يخوض X حرباً ضد «داعش» إلى جانب «قسد» في P`), or a
 * coordination whose partner is followed by "against"/`ضد` and a foe ("working with the SDF against IS"): X is
 * `coordinated_with` the partner, both attack the foe, and a place right after the partner is both's. Look-alikes: a
 * list of targets joined by "alongside" with no fight word; no foe named (coordination and presence only).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'foe, alongside, partner (ar)': [
    ['usa coordinated_with sdf', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد «داعش» إلى جانب «قسد» في شمال شرق سوريا.'],
    ['sdf attacked isis', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد «داعش» إلى جانب «قسد» في شمال شرق سوريا.'],
    ['usa attacked isis', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد «داعش» إلى جانب «قسد» في شمال شرق سوريا.'],
    ['sdf deployed_in northeastern-syria', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد «داعش» إلى جانب «قسد» في شمال شرق سوريا.'],
    ['no usa attacked sdf', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد «داعش» إلى جانب «قسد» في شمال شرق سوريا.'],
    ['no usa attacked sdf', 'وتخوض القوات الأمريكية حرباً ضد «داعش» إلى جانب «قسد».'],
    ['sdf attacked isis', 'وتخوض القوات الأمريكية حرباً ضد «داعش» إلى جانب «قسد».'],
    ['sdf attacked isis', 'ويقاتل التحالف الدولي تنظيم «داعش» إلى جانب «قسد» في دير الزور.'],
    ['no isis coordinated_with sdf', 'ويقاتل التحالف الدولي تنظيم «داعش» إلى جانب «قسد» في دير الزور.'],
    ['no isis deployed_in deir-ez-zor', 'ويقاتل التحالف الدولي تنظيم «داعش» إلى جانب «قسد» في دير الزور.'],
    ['sdf deployed_in deir-ez-zor', 'ويقاتل التحالف الدولي تنظيم «داعش» إلى جانب «قسد» في دير الزور.'],
  ],
  'no foe named: coordination and presence (ar)': [
    ['usa coordinated_with sdf', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد التنظيم إلى جانب «قسد» في شمال شرق سوريا.'],
    ['sdf deployed_in northeastern-syria', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد التنظيم إلى جانب «قسد» في شمال شرق سوريا.'],
    ['usa deployed_in northeastern-syria', 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد التنظيم إلى جانب «قسد» في شمال شرق سوريا.'],
  ],
  'the partner of a presence noun, a place head after the preposition (ar)': [
    ['sdf deployed_in tal-tamr', 'وأوضحت المصادر أن القذائف سقطت على قرى واقعة على الضفة الجنوبية لنهر الخابور، حيث تنتشر نقاط لقوات النظام السوري إلى جانب «قوات سوريا الديمقراطية» (قسد) في ريف تل تمر.'],
    ['no syr deployed_in syr', 'وأوضحت المصادر أن القذائف سقطت على قرى، حيث تنتشر نقاط لقوات النظام السوري إلى جانب «قسد» في ريف تل تمر.'],
    ['sdf deployed_in hasakah', 'ويعمل التحالف الدولي إلى جانب «قسد» في ريف الحسكة.'],
    ['sdf deployed_in deir-ez-zor', 'وتنتشر قوات أمريكية إلى جانب «قسد» في ريف دير الزور.'],
  ],
  'partner, against, foe (en)': [
    ['usa attacked isis', 'The United States has about 900 troops in northeastern Syria working with the SDF against Islamic State.'],
    ['sdf attacked isis', 'The United States has about 900 troops in northeastern Syria working with the SDF against Islamic State.'],
    ['sdf attacked isis', 'US forces, which have about 900 troops in northeastern Syria working with the SDF against Islamic State, patrolled the area.'],
    ['sdf attacked isis', 'US troops are working with the SDF against Islamic State in Syria.'],
  ],
  'partner, against, foe (ar)': [
    ['sdf attacked isis', 'ويعمل التحالف الدولي مع «قسد» ضد تنظيم «داعش».'],
    ['usa attacked isis', 'ويعمل التحالف الدولي إلى جانب «قسد» ضد تنظيم «داعش».'],
  ],
  'siding with a group against a foe (en)': [
    ['hts attacked levant-front', 'HTS, which controls most of neighbouring Idlib province, sided with several SNA factions against the Levant Front, one of the largest groups in the Turkish-backed Syrian National Army.'],
    ['hts coordinated_with syrian-national-army', 'HTS, which controls most of neighbouring Idlib province, sided with several SNA factions against the Levant Front.'],
    ['no hts supported syrian-national-army', 'HTS, which controls most of neighbouring Idlib province, sided with several SNA factions against the Levant Front.'],
    ['chn supported rus', 'China sided with Russia against the West.'],
    ['hezbollah supported syr', 'Hezbollah sided with the Syrian government.'],
  ],
  'look-alikes': [
    ['no hezbollah coordinated_with isr', 'Israeli jets struck Hezbollah positions alongside Iranian militia sites near Damascus.'],
    ['no sdf attacked isis', 'US troops work alongside the SDF, which lost Raqqa to Islamic State in 2014.'],
  ],
});
