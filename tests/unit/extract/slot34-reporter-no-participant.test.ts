/**
 * The source of a report is no participant (slot34, diagnosis-batch29 §6 fix 3; FP 9, 25, 47). Sentences of our own,
 * both languages.
 * - A trailing reporter (", the Observatory said", ", said the Observatory", "according to SANA", `بحسب المرصد`) is no
 *   argument of the trigger before it, in either slot; the doer and target of the act stay.
 * - A monitor that counts or records acts ("counted at least 11 strikes", `وثّق المرصد 11 غارة`) is not their doer.
 * - A reporter whose reported clause opens with a modified act noun ("said a "terrorist attack" had targeted") is not
 *   its doer.
 * - Negative: a state or an armed group that reports or claims its own strikes stays their doer.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a trailing reporter is no target': [
    ['no hts attacked sohr', 'Fighters from Hayat Tahrir al-Sham stormed a Syrian army position near Saraqib on Saturday, killing four soldiers, the Syrian Observatory for Human Rights said.'],
    ['hts attacked syr', 'Fighters from Hayat Tahrir al-Sham stormed a Syrian army position near Saraqib on Saturday, killing four soldiers, the Syrian Observatory for Human Rights said.'],
    ['no isis attacked sohr', 'Islamic State militants ambushed an army convoy in the desert on Friday, killing seven soldiers, the Observatory said.'],
    ['no isis attacked sohr', 'Islamic State militants ambushed an army convoy in the desert on Friday, killing seven soldiers, said the Syrian Observatory for Human Rights.'],
    ['no isr attacked sana', 'Israeli jets struck targets near Damascus airport on Tuesday, wounding two soldiers, according to SANA.'],
    ['isr attacked damascus-international-airport', 'Israeli jets struck targets near Damascus airport on Tuesday, wounding two soldiers, according to SANA.'],
  ],
  'a trailing reporter is no target (ar)': [
    ['no rus attacked sohr', 'شنّت طائرات حربية روسية غارات على أطراف مدينة إدلب، ما أدى إلى مقتل مدنيين، بحسب المرصد السوري لحقوق الإنسان.'],
    ['rus attacked idlib', 'شنّت طائرات حربية روسية غارات على أطراف مدينة إدلب، ما أدى إلى مقتل مدنيين، بحسب المرصد السوري لحقوق الإنسان.'],
    ['no tur attacked sana', 'قصفت المدفعية التركية قرى في ريف تل تمر، ما أسفر عن إصابة مدنيين، وفق وكالة سانا.'],
  ],
  'a counting monitor is no doer': [
    ['no sohr attacked idlib', 'The Britain-based Syrian Observatory for Human Rights counted at least 11 strikes in Idlib province on Thursday.'],
    ['no sohr attacked idlib', 'The Syrian Observatory for Human Rights has documented more than 40 air strikes on Idlib since Monday.'],
    ['no sohr attacked idlib', 'وثّق المرصد السوري لحقوق الإنسان 11 غارة على مدينة إدلب يوم الخميس.'],
    ['no sohr attacked idlib', 'وأحصى المرصد السوري ما لا يقل عن 20 غارة جوية على ريف إدلب منذ الإثنين.'],
  ],
  'a reporter of a modified act noun is no doer': [
    ['no sana attacked palmyra', 'Russian jets struck Idlib. State news agency SANA said a "terrorist attack" had targeted a military bus on the Palmyra road.'],
    ['no sohr attacked palmyra', 'The Syrian Observatory for Human Rights said a deadly ambush had targeted an army bus near Palmyra on Friday.'],
  ],
  'a state or group reporting its own act stays the doer': [
    ['tur attacked pkk', 'Turkish jets struck PKK targets in northern Iraq on Sunday, killing 12 militants, the Turkish defence ministry said.'],
    ['isr attacked hezbollah', 'The Israeli military said its jets struck Hezbollah positions in southern Lebanon overnight.'],
    ['hts attacked syr', 'Hayat Tahrir al-Sham said its fighters attacked Syrian army positions near Saraqib on Saturday.'],
  ],
});
