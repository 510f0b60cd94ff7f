/**
 * `إدارة المخيم` (namedates56, diagnosis-batch55 §6 name56 rank 1 "The camp administration"; the pool's b49/b50 al-Hol
 * rows): the administration noun before the bare camp word is the administration of the camp the article (or the sentence
 * before it) named, `al-hol-camp-administration`; with no camp named, or as an actor's verbal noun (`تتولى «قسد» إدارة
 * المخيم`), it is nobody. English "the camp administration" was already read so (localbodies.ts); checked here beside it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the camp administration of the camp named (ar)': [
    ['al-hol-camp-administration coordinated_with irq', 'غادرت دفعة جديدة من العائلات العراقية مخيم الهول في ريف الحسكة الشرقي، وذلك بالتنسيق بين إدارة المخيم والحكومة العراقية.'],
    ['al-hol-camp-administration accused isis', 'غادرت دفعة جديدة من العائلات العراقية مخيم الهول أمس. وتتهم إدارة المخيم خلايا تابعة لـ«داعش» داخله بالوقوف وراء حوادث القتل.'],
    ['irq met al-hol-camp-administration', 'زار وفد من وزارة الهجرة العراقية، أمس الجمعة، مخيم الهول شرقي الحسكة، والتقى إدارة المخيم لبحث ترتيبات إعادة العائلات.'],
    ['al-hol-camp-administration urged unicef', 'ويقع مخيم الهول في ريف الحسكة الشرقي. وطالبت إدارة المخيم، التي تتبع للإدارة الذاتية، منظمة اليونيسف بزيادة المساعدات يوم الأحد.'],
    ['wfp met al-hol-camp-administration', 'ويقع مخيم الهول في ريف الحسكة الشرقي. والتقى مسؤولو برنامج الأغذية العالمي وإدارة المخيم يوم الأحد.'],
  ],
  'no camp named, or the verbal noun (ar)': [
    ['no al-hol-camp-administration accused isis', 'وتتهم إدارة المخيم خلايا تابعة لـ«داعش» بالوقوف وراء حوادث القتل.'],
    ['no sdf-camp-administration accused isis', 'وتتولى «قسد» إدارة المخيم منذ عام 2019، وتتهم خلايا تابعة لـ«داعش» بالوقوف وراء حوادث القتل.'],
  ],
  'the camp administration (en)': [
    ['al-hol-camp-administration accused isis', 'Hundreds of Iraqi families left the al-Hol camp on Sunday. The camp administration accused Islamic State cells of the killings.'],
  ],
});
