/**
 * slot43: "backed by X" on an act noun or on a group's units is X's support of the act's doer (gold rule 12, the
 * pool's "a raid backed by US helicopters" → `usa supported sdf`): "in a raid backed by US-led coalition helicopters",
 * "the operation, backed by the US-led coalition, was aimed at …", "SDF units, backed by US helicopters, combed …".
 * New sentences, both languages, with variants and look-alikes that must not fire.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'an act noun backed by X: X supports its doer (en)': [
    ['usa supported sdf', 'The Syrian Democratic Forces said on Monday they had captured two Islamic State militants in a raid backed by US-led coalition helicopters in the town of Hajin.'],
    ['usa supported sdf', 'The SDF said the operation, backed by the US-led coalition, was aimed at hunting down IS cells inside the camp.'],
    // (a date and a place between the act and its backer)
    ['usa supported sdf', 'The SDF killed an Islamic State commander in an operation in Deir ez-Zor on Friday, backed by US helicopters.'],
    // (another act noun, another backer)
    ['tur supported syrian-national-army', 'The Syrian National Army attacked SDF positions near Manbij in an offensive backed by Turkey.'],
  ],
  'a group\'s units backed by X: X supports the group (en)': [
    ['usa supported sdf', 'SDF units, backed by US helicopters, later combed nearby villages and detained two suspects.'],
    ['usa supported sdf', 'On Tuesday, SDF fighters, backed by US-led coalition aircraft, raided a house in Shuhayl.'],
  ],
  'backed by X with no act or group before it gives nothing new (en)': [
    ['no usa supported isis', 'The SDF said Islamic State militants attacked a checkpoint in a raid backed by no outside power.'],
    // (the act's target is not its doer)
    ['no usa supported isis', 'The SDF attacked Islamic State in an operation backed by the US-led coalition.'],
    ['usa supported sdf', 'The SDF attacked Islamic State in an operation backed by the US-led coalition.'],
  ],
  'an act backed by X (ar)': [
    ['usa supported sdf', 'وأطلقت «قسد» حملة أمنية داخل مخيم الهول بدعم من التحالف الدولي بقيادة واشنطن.'],
    ['usa supported sdf', 'وهاجمت «قسد» خلية لتنظيم «داعش» في بلدة هجين، في عملية نُفذت بمساندة طيران التحالف الدولي.'],
  ],
});

describeCases({
  'a subject backed by X right after it (ar)': [
    ['rus supported syr', 'وتنفذ قوات النظام، بدعم من الطيران الحربي الروسي، حملات تمشيط متكررة في البادية السورية.'],
    ['usa supported sdf', 'نفّذت «قوات سوريا الديمقراطية» (قسد) بمساندة مروحيات أمريكية، فجر اليوم الجمعة، عملية إنزال جوي في بلدة الصبحة.'],
    ['usa supported ypg', 'وتمكّنت الوحدات الكردية بدعم من طيران التحالف الدولي من طرد التنظيم من عين العرب مطلع عام 2015.'],
    // (`بدعم` without `من` is an act accused, no backing)
    ['no isr supported usa', 'من جهته، اتهم رئيسي الولايات المتحدة بدعم «جرائم» إسرائيل في غزة.'],
    // (a backer named by no actor or demonym gives nothing)
    ['no usa supported sdf', 'ونفّذت «قسد» بمساندة مروحيات، فجر اليوم الجمعة، عملية إنزال جوي في بلدة الصبحة.'],
  ],
});
