/**
 * (solo58) Arabic control participles: the dual `الخاضعتان/الخاضعتين لسيطرة X` holds both members of the list before it;
 * the definite control noun with a demonym after it, `الخاضعة للسيطرة التركية`, `الواقعة تحت السيطرة التركية`, names the
 * holder; a clitic holder inside a relative clause opened after a comma is the clause's subject, its antecedent.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'dual control participles hold each place of the list (ar)': [
    ['sdf deployed_in tal-rifaat', 'وسقطت قذائف على بلدتي تل رفعت ومنبج الخاضعتين لسيطرة «قسد».'],
    ['sdf deployed_in manbij', 'وسقطت قذائف على بلدتي تل رفعت ومنبج الخاضعتين لسيطرة «قسد».'],
    ['syrian-national-army deployed_in jarablus', 'وتقع بلدتا الباب وجرابلس الخاضعتان لسيطرة فصائل «الجيش الوطني» في ريف حلب.'],
    ['syrian-national-army deployed_in al-bab', 'وتقع بلدتا الباب وجرابلس الخاضعتان لسيطرة فصائل «الجيش الوطني» في ريف حلب.'],
  ],
  'a demonym after the definite control noun is the holder (ar)': [
    ['tur deployed_in al-bab', 'وانفجرت سيارة مفخخة في مدينة الباب الخاضعة للسيطرة التركية.'],
    ['tur deployed_in al-bab', 'وانفجرت سيارة مفخخة في مدينة الباب الواقعة تحت السيطرة التركية.'],
    ['tur deployed_in ras-al-ain', 'وتعرضت مدينتا رأس العين والباب، الخاضعتان للسيطرة التركية، لتفجيرات متكررة.'],
    ['tur deployed_in al-bab', 'وتعرضت مدينتا رأس العين والباب، الخاضعتان للسيطرة التركية، لتفجيرات متكررة.'],
    ['rus deployed_in hmeimim-air-base', 'وتقع قاعدة حميميم الخاضعة للسيطرة الروسية في ريف اللاذقية.'],
  ],
  'a clitic holder inside a relative clause is the antecedent (ar)': [
    ['syrian-national-army deployed_in al-bab', 'ولم يصدر تعليق عن «الجيش الوطني»، الذي يتهم بدوره «قسد» بقصف مدينتي جرابلس والباب الخاضعتين لسيطرته.'],
    ['no sdf deployed_in al-bab', 'ولم يصدر تعليق عن «الجيش الوطني»، الذي يتهم بدوره «قسد» بقصف مدينتي جرابلس والباب الخاضعتين لسيطرته.'],
    ['no sdf deployed_in jarablus', 'ولم يصدر تعليق عن «الجيش الوطني»، الذي يتهم بدوره «قسد» بقصف مدينتي جرابلس والباب الخاضعتين لسيطرته.'],
  ],
});
