/**
 * ref52 (diagnosis-batch50 #88, §6 ref52 rank 1; gold rule 4): a delegation from a state's body that the lexicon does not
 * name is the state (`وفد من وزارة الهجرة والمهجرين العراقية` = `irq`). Sentences written for this file.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a delegation from an unnamed ministry of a state is the state (ar)': [
    ['irq visited al-hol-camp', 'زار وفد من وزارة الهجرة والمهجرين العراقية، أمس الجمعة، مخيم الهول بريف الحسكة الشرقي.'],
    // (another verb and party; عن; another state body; a date after)
    ['irq met aanes', 'التقى وفد من وزارة الهجرة والمهجرين العراقية، أمس الثلاثاء، مسؤولين في «الإدارة الذاتية».'],
    ['irq met aanes', 'والتقى وفد عن وزارة الداخلية العراقية مسؤولين في «الإدارة الذاتية» يوم الأحد.'],
    ['jor visited syr', 'زار وفد من وزارة الزراعة الأردنية سوريا الأسبوع الماضي.'],
    // (not a body of a place: no state is invented for a province's directorate)
    ['no irq visited al-hol-camp', 'زار وفد من مديرية الصحة في الحسكة مخيم الهول.'],
  ],
  'a delegation from a state\'s ministry is the state (en)': [
    ['irq visited al-hol-camp', "A delegation from Iraq's Ministry of Migration visited the al-Hol camp on Friday."],
  ],
});
