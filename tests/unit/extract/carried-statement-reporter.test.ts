/**
 * The medium that carried a statement is its reporter, no argument (branch slot30): `دانت الخارجية السورية في بيان
 * نقلته وكالة «سانا» ما وصفته …`, "condemned …, in a statement carried by SANA" — the object slot skips a name right
 * after a verb of carrying (cues.csv `carry_verb`, now with the masculine suffix `نقلته`, `نشرته`). A date stands
 * between; the look-alikes keep the criticised party after the statement.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the medium after a carrying verb is no object (ar)': [
    ['no syr criticized sana', 'وفي دمشق، دانت وزارة الخارجية السورية السبت في بيان نقلته وكالة «سانا» ما وصفته بـ«المجازر الإسرائيلية» في غزة.'],
    ['syr criticized isr', 'وفي دمشق، دانت وزارة الخارجية السورية السبت في بيان نقلته وكالة «سانا» ما وصفته بـ«المجازر الإسرائيلية» في غزة.'],
    ['tur criticized isr', 'ودانت تركيا في بيان نشرته وكالة الأناضول الهجوم الإسرائيلي على غزة.'],
  ],
  'the medium after a carrying verb is no object (en)': [
    ['syr criticized isr', "Syria's foreign ministry condemned Israel on Saturday, in a statement carried by SANA."],
    ['no syr criticized sana', "Syria's foreign ministry condemned Israel on Saturday, in a statement carried by SANA."],
  ],
});
