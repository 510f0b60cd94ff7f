/**
 * A claim that another actor uses something is an accusation (branch pred38; diagnosis-batch33 #60, 61, 126; pool b23,
 * b27; gold rule 17b: `accused` is an imputed deed): "Israel said at the time that Hezbollah was using the crossing to
 * bring weapons", "saying Hezbollah used it to move weapons", "saying Iran uses Syrian territory to arm the group",
 * `ويقول النظام وحليفته روسيا إن «الهيئة» تستخدم الطائرات المسيّرة لاستهداف …` → each speaker accused the user. A
 * verb of saying (cues.csv `saying_verb`, or "saying"), then that/إن/أن, then the named actor, then a verb of using
 * (cues.csv `use_verb`) right after it. Look-alikes: the speaker's own use ("it used", "its jets used"), a pronoun user,
 * a user that is a place.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'claimed use by another actor (en)': [
    ['isr accused hezbollah', 'Israel said at the time that Hezbollah was using the crossing to bring weapons in from Syria.'],
    ['isr accused hezbollah', 'Israel has also struck near the Masnaa border crossing, saying Hezbollah used it to move weapons from Syria.'],
    ['isr accused irn', 'Israel has intensified strikes in Syria since it expanded its war against Hezbollah in Lebanon in late September, saying Iran uses Syrian territory to arm the group.'],
    ['tur accused ypg', 'Ankara says the YPG is using the area to launch attacks on Turkish territory.'],
    ['usa accused irn', 'Washington claims Iran has used the airport to supply militias in Syria.'],
    ['no isr accused syr', 'Israel said the territory was being used by militias to move weapons.'],
    ['no tur accused tur', 'Turkey said it used drones to strike the convoy.'],
    ['no ali-bagheri-kani accused irn', 'Bagheri Kani said Iran would use its legitimate right to punish Israel for the assassination, according to the statement.'],
    ['no isr accused irn', 'Israel said Iran would use any pause to rearm Hezbollah.'],
  ],
  'claimed use by another actor (ar)': [
    ['syr accused hts', 'ويقول النظام وحليفته روسيا إن «الهيئة» تستخدم الطائرات المسيّرة لاستهداف مواقع عسكرية ومناطق مدنية في الساحل السوري.'],
    ['rus accused hts', 'ويقول النظام وحليفته روسيا إن «الهيئة» تستخدم الطائرات المسيّرة لاستهداف مواقع عسكرية ومناطق مدنية في الساحل السوري.'],
    ['isr accused hezbollah', 'وتقول إسرائيل إن «حزب الله» يستخدم المعبر لنقل الأسلحة من سوريا.'],
    ['tur accused pkk', 'وقالت أنقرة إن حزب العمال الكردستاني استخدم الأراضي السورية لشن هجمات.'],
    ['no tur accused tur', 'وقالت أنقرة إنها استخدمت طائرات مسيّرة في الهجوم.'],
  ],
});
