/**
 * A joint body of two states meets: the two states met (branch ref40; gold: pool b22
 * 2023-08-02-jordan-syria-drug-committee-amman.ar, b24 2023-12-05 and b34 2023-09-09 jordan-foils-drug-smuggling.ar).
 * The body's two states are its two demonyms (`اللجنة الأمنية الأردنية السورية المشتركة`, "the joint Jordanian-Syrian
 * committee", "the Syrian and Turkish members of the committee" is not this), or, for a bare or joint body, the two
 * countries of its meeting's participants (`بمشاركة مسؤولين من البلدين`, "with officials from both countries"): the
 * states of the story's last two-party event. A body of one state, a body with no pair, or a body that is only
 * discussed, gives nothing.
 */
import { describeCases } from './helpers.ts';

const AGREED_AR = 'وكان وزير الخارجية الأردني أيمن الصفدي قد بحث ملف التهريب مع نظيره السوري فيصل المقداد خلال زيارته دمشق في تموز الماضي، حيث اتفق الجانبان على تشكيل لجنة أمنية مشتركة.';
const AGREED_EN = 'Jordanian Foreign Minister Ayman Safadi met his Syrian counterpart Faisal Mekdad in Damascus in July, and the two sides agreed to set up a joint security committee.';

describeCases({
  'a body with its two demonyms meets (ar)': [
    ['jor met syr', 'عقدت اللجنة الأمنية الأردنية السورية المشتركة اجتماعاً في عمّان أمس الثلاثاء لبحث سبل الحد من تهريب المخدرات عبر الحدود بين البلدين.'],
    ['jor met syr', 'واجتمعت اللجنة الأردنية السورية المشتركة في عمّان يوم الأحد.'],
    ['irq met syr', 'وعقدت اللجنة الأمنية العراقية السورية، التي شُكّلت العام الماضي، اجتماعها الثالث في بغداد.'],
    ['no jor met syr', 'وبحث الوزيران عمل اللجنة الأردنية السورية المشتركة.'],
  ],
  'a bare or joint body meets with the participants of both countries (ar)': [
    ['jor met syr', `${AGREED_AR}\nوعقدت اللجنة اجتماعها الأول في عمّان أواخر تموز بمشاركة مسؤولين عسكريين وأمنيين من البلدين.`],
    ['jor met syr', `${AGREED_AR}\nوعقدت اللجنة اجتماعها الأول في عمّان في آب/أغسطس، بمشاركة مسؤولين أمنيين من البلدين.`],
    ['jor met syr', `${AGREED_AR}\nواجتمعت اللجنة المشتركة في عمّان بحضور ممثلين عن البلدين.`],
    ['no jor met syr', `${AGREED_AR}\nوعقدت اللجنة اجتماعها الأول في عمّان أواخر تموز.`],
  ],
  'a body with its two demonyms meets (en)': [
    ['jor met syr', 'The joint Jordanian-Syrian security committee met in Amman on Tuesday to discuss drug smuggling.'],
    ['jor met syr', 'The Jordanian-Syrian committee held its first meeting in Amman in August.'],
    ['no jor met syr', 'The two ministers discussed the work of the joint Jordanian-Syrian committee.'],
  ],
  'a joint body meets with officials of both countries (en)': [
    ['jor met syr', `${AGREED_EN}\nThe committee held its first meeting in Amman in August with security officials from both countries.`],
    ['jor met syr', `${AGREED_EN}\nThe joint committee met in Amman in August, with officials of both countries attending.`],
    ['no jor met syr', `${AGREED_EN}\nThe committee held its first meeting in Amman in August.`],
  ],
});
