/**
 * The Arabic holder "factions of X" of a control noun (branch np47; diagnosis-batch47 §6 np47 rank 1, #5, diagnosis-batch46
 * §6 np47 rank 3; pool b37 Ras al-Ain, b41 al-Bab): `وتخضع P لسيطرة فصائل «X»`, `P الخاضعة لسيطرة فصائل «X»` — a faction
 * head (cues.csv `faction_descriptor`, `partitive`) between the control noun and the named holder stands for X, as
 * np46's "factions of X" does in English. relations/factionheadar.ts.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (ar)': [
    ['syrian-national-army deployed_in jarablus', 'وتخضع جرابلس لسيطرة فصائل «الجيش الوطني السوري» المدعوم من أنقرة منذ عملية «درع الفرات» التي أطلقها الجيش التركي صيف عام 2016.'],
    ['syrian-national-army deployed_in al-bab', 'وتخضع مدينة الباب منذ عام 2017 لسيطرة فصائل «الجيش الوطني السوري» المدعومة من أنقرة.'],
    ['syrian-national-army deployed_in ras-al-ain', 'كما تعرضت قرى في محيط تل تمر لقصف مدفعي مصدره القواعد التركية في منطقة رأس العين الخاضعة لسيطرة فصائل «الجيش الوطني السوري».'],
  ],
  'variants: a list of holders, another head, a date, the participle after a verb (ar)': [
    ['syrian-national-army deployed_in al-bab', 'وتخضع مدينة الباب لسيطرة فصائل «الجيش الوطني» والقوات التركية منذ شباط/فبراير 2017.'],
    ['tur deployed_in al-bab', 'وتخضع مدينة الباب لسيطرة فصائل «الجيش الوطني» والقوات التركية منذ شباط/فبراير 2017.'],
    ['hts deployed_in idlib', 'وتخضع مدينة إدلب لسيطرة عناصر «هيئة تحرير الشام».'],
    ['hts deployed_in sarmada', 'وقصفت القوات الحكومية بلدة سرمدا الخاضعة لسيطرة مقاتلي «هيئة تحرير الشام» يوم الاثنين.'],
    ['syrian-national-army deployed_in afrin', 'وقصفت «قسد» مدينة عفرين الخاضعة لسيطرة فصائل الجيش الوطني السوري.'],
  ],
  'the other language (en)': [
    ['syrian-national-army deployed_in jarablus', 'Jarablus has been under the control of factions of the Syrian National Army since 2016.'],
  ],
  'negatives: a place after the head, no named holder, the backer is no holder (ar)': [
    ['no tur deployed_in jarablus', 'وتخضع جرابلس لسيطرة فصائل «الجيش الوطني السوري» المدعوم من أنقرة منذ عام 2016.'],
    ['no syr deployed_in idlib', 'وتخضع مدينة إدلب لسيطرة فصائل معارضة للحكومة السورية.'],
    ['no syrian-national-army deployed_in afrin', 'وتخضع مدينة عفرين لسيطرة فصائل مسلحة، بحسب «الجيش الوطني السوري».'],
  ],
}, '2024-02-25');
