/**
 * pred29 (diagnosis-batch26 §6 fix 2): regaining a place is presence in it, in every form of the verb (`استعادت`,
 * `تستعيد`, `استعادت السيطرة على`, `حررت`, `انتزعت`, "retook", "recaptured"), past a date, a relative clause or a list
 * between the verb and the place; a seat or ties regained is no place. Expelling or routing an armed group is an attack
 * on it ("drove Islamic State out of", "expelled", "routed"), for every member of a subject list; an expelled envoy is
 * no armed group, and a vow to drive out is a threat. A place captured, retaken or freed from an armed group is an attack
 * on it (presence.ts capturedFrom), not a seat or weapons taken, nor a place taken from a state (history).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'regain a place (ar)': [
    ['syr deployed_in mayadin', 'وكانت القوات الحكومية قد استعادت مدينة الميادين من التنظيم في تشرين الأول/أكتوبر 2017 بدعم روسي وإيراني.'],
    ['syr deployed_in palmyra', 'واستعادت القوات الحكومية، في آذار/مارس 2017، مدينة تدمر من تنظيم «داعش».'],
    ['syr deployed_in daraa', 'واستعادت القوات الحكومية السيطرة على درعا صيف عام 2018.'],
    ['syr deployed_in palmyra', 'وحررت القوات الحكومية مدينة تدمر عام 2017.'],
    ['tur deployed_in afrin', 'وانتزعت القوات التركية عفرين من وحدات حماية الشعب.'],
    ['no arab-league deployed_in syr', 'واستعادت الجامعة العربية مقعد سوريا.'],
  ],
  'regain a place': [
    ['syr deployed_in palmyra', 'Government forces recaptured Palmyra from Islamic State in March 2017.'],
    ['syr deployed_in palmyra', 'Government forces, backed by Russian air power, recaptured Palmyra in March 2017.'],
    ['syr deployed_in aleppo', 'Syrian forces retook Aleppo from rebels in December 2016.'],
  ],
  'expel an armed group': [
    ['sdf attacked isis', 'The SDF drove Islamic State out of Manbij in 2016.'],
    ['sdf attacked isis', 'Kurdish-led forces, which the United States backs, drove Islamic State out of Raqqa in 2017.'],
    ['sdf attacked isis', 'The SDF and the YPG expelled Islamic State from Manbij.'],
    ['ypg attacked isis', 'The SDF and the YPG expelled Islamic State from Manbij.'],
    ['irq attacked isis', 'Iraqi forces routed Islamic State fighters in Mosul in 2017.'],
    ['no egy attacked tur', 'Egypt expelled the Turkish ambassador in November 2013.'],
    ['no recep-tayyip-erdogan attacked ypg', 'Erdogan vowed to drive the YPG out of Manbij.'],
  ],
});

describeCases({
  'a place taken from an armed group': [
    ['tur attacked ypg', 'Turkish troops and allied Syrian fighters seized Afrin from the Kurdish YPG militia in 2018.'],
    ['tur attacked ypg', 'Turkey and its Syrian allies seized the Afrin area from the Kurdish YPG militia in 2018.'],
    ['syr attacked isis', 'Government forces recaptured Palmyra from Islamic State in March 2017.'],
    ['no syr attacked hts', 'Syria did not recapture Idlib from HTS.'],
    ['no sdf attacked isis', 'The SDF seized weapons from Islamic State.'],
    ['no isr attacked syr', 'Israel captured the Golan Heights from Syria in the 1967 war.'],
  ],
  'a place taken from an armed group (ar)': [
    ['syr attacked isis', 'وشنّ تنظيم «الدولة الإسلامية» هجوماً على القوات الحكومية. وكانت القوات الحكومية قد استعادت مدينة الميادين من التنظيم في تشرين الأول/أكتوبر 2017 بدعم روسي وإيراني.'],
    ['sdf attacked isis', 'وشنّ تنظيم «الدولة الإسلامية» هجوماً على «قسد». وكانت «قسد»، المدعومة من واشنطن، قد انتزعت من التنظيم آخر معاقله في بلدة الباغوز في آذار/مارس 2019.'],
    ['tur attacked ypg', 'وانتزعت القوات التركية وفصائل سورية موالية لها مدينة عفرين من وحدات حماية الشعب عام 2018.'],
    ['no arab-league attacked qat', 'واستعادت الجامعة العربية مقعد سوريا من قطر.'],
  ],
});
