/**
 * The holder of posts after a presence verb, past an inserted adjective (branch np46; diagnosis-batch45 §6 np46 rank 1,
 * #1, #52; pool b30, b34, b35, b39, b41): `وتنتشر في P نقاط عسكرية لـ«X»` / `نقاط عسكرية تركية` → X (the demonym's state)
 * deployed in P. relations/presenceholder.ts.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (ar)': [
    ['tur deployed_in idlib', 'وتنتشر في ريف إدلب نقاط عسكرية تركية أُقيمت بموجب اتفاق موسكو الموقّع بين الرئيسين في آذار/مارس 2020.'],
    ['hts deployed_in idlib', 'وتنتشر في ريف إدلب نقاط عسكرية لـ«هيئة تحرير الشام».'],
    ['sdf deployed_in tal-tamr', 'وتنتشر في محيط بلدة تل تمر نقاط عسكرية لـ«قوات سوريا الديمقراطية» وأخرى للجيش السوري.'],
  ],
  'variants: no adjective, another head, a date, a relative, the subject first (ar)': [
    ['tur deployed_in idlib', 'وتنتشر في ريف إدلب نقاط تركية.'],
    ['rus deployed_in qamishli', 'وتنتشر في مدينة القامشلي منذ عام 2019 مواقع عسكرية روسية.'],
    ['tur deployed_in idlib', 'وتسيطر «هيئة تحرير الشام» على الجزء الأكبر من إدلب، فيما تنتشر في المحافظة نقاط مراقبة تركية.'],
    ['tur deployed_in idlib', 'وتنتشر نقاط عسكرية تركية في ريف إدلب بموجب اتفاق مع روسيا.'],
    ['sdf deployed_in manbij', 'وتنتشر في ريف منبج نقاط عسكرية لـ«قسد» التي تسيطر على المدينة منذ 2016.'],
  ],
  'the other language (en)': [
    ['tur deployed_in idlib', 'Turkey has military posts in the Idlib countryside.'],
  ],
  'negatives: a verb between, a head behind a preposition, no holder (ar)': [
    ['no tur deployed_in idlib', 'وتنتشر في ريف إدلب قوات النظام التي قصفت نقاطاً عسكرية تركية.'],
    ['no tur deployed_in idlib', 'وتنتشر في ريف إدلب فصائل معارضة قرب نقاط عسكرية تركية.'],
    ['no hts deployed_in idlib', 'وتنتشر في ريف إدلب نقاط عسكرية.'],
  ],
}, '2023-06-10');
