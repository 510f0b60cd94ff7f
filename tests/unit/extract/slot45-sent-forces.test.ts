/**
 * slot45: forces sent or brought to a place are there (gold rule 20a; diagnosis-batch43 #89, diagnosis-batch42 #24; pool
 * b38/b39 "sent fresh reinforcements to front lines near Manbij and Tal Rifaat"): a verb of sending or bringing in
 * (cues.csv `send_forces_verb`), forces (a `military` word) past modifiers and a VSO subject, "to"/`إلى`, then a place
 * past position words ("the front lines around", "positions near") and its list members (relations/sentforces.ts).
 * Look-alikes that must not fire: envoys, aid, a future or negated sending, a place reached past another verb.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'forces sent to a place are there (en)': [
    ['syr deployed_in saraqeb', 'The Syrian army has sent fresh reinforcements to the front lines around Saraqeb, a war monitor said.'],
    ['syr deployed_in manbij', 'The Syrian army sent fresh reinforcements to front lines near Manbij and Tal Rifaat in northern Aleppo on Saturday, state media said.'],
    ['syr deployed_in tal-rifaat', 'The Syrian army sent fresh reinforcements to front lines near Manbij and Tal Rifaat in northern Aleppo on Saturday, state media said.'],
    ['syr deployed_in saraqeb', 'The Syrian army, which lost dozens of soldiers last month, dispatched additional troops to positions near Saraqeb.'],
    ['tur deployed_in idlib', 'Turkey has rushed more troops and armoured vehicles to its posts in Idlib, the monitor said.'],
  ],
  'forces sent to a place are there (ar)': [
    ['tur deployed_in aleppo', 'أدخل الجيش التركي، مساء السبت، رتلاً عسكرياً جديداً إلى ريف حلب الشمالي عبر معبر كفرلوسين.'],
    ['syr deployed_in saraqeb', 'وأرسلت قوات النظام تعزيزات عسكرية جديدة إلى خطوط التماس في محيط مدينة سراقب.'],
    ['tur deployed_in idlib', 'وأدخلت القوات التركية رتلاً يضم عشرات الآليات إلى محافظة إدلب، يوم الإثنين.'],
  ],
  'no presence from envoys, aid, plans or another verb (en)': [
    ['no usa deployed_in tur', 'Washington sent a delegation to Turkey on Monday to discuss the offensive.'],
    ['no jor deployed_in syr', 'Jordan sent aid convoys to Syria after the earthquake.'],
    ['no tur deployed_in tal-rifaat', 'Turkey has not sent reinforcements to Tal Rifaat, officials said.'],
  ],
  'no presence from envoys, aid, plans or another verb (ar)': [
    ['no jor deployed_in syr', 'أرسل الأردن قافلة مساعدات إلى سوريا يوم الإثنين.'],
    ['no tur deployed_in manbij', 'ولم ترسل تركيا تعزيزات إلى منبج حتى الآن.'],
  ],
});
