/**
 * Bare place heads (diagnosis of batch 22 §2 ANA, §7 fix 1): "the province", `المحافظة`, "the camp", `المخيم`, "the
 * crossing", `المعبر`, "the town", `المدينة` with no name of their own are the one place of that kind the article named before (its names, or the
 * words around its mention, hold the kind's word: "Daraa province", `محافظة درعا`, "Rukban camp", `معبر باب الهوى`), as
 * the place of a strike or a presence (discourse.ts placeAnaphors, cues.csv `place_kind`). A paraphrase suite of our own
 * sentences: the head word, the frame (presence verb, participle, control, strike noun and verb), the position (object,
 * after a preposition, inside a list), and the look-alikes that must give nothing (two places of the kind named, none
 * named, "the province of X", `المحافظة على`).
 */
import { describeCases, type Case } from './helpers.ts';

const DARAA_EN = 'Government forces retook Daraa province in 2018.';
const DARAA_AR = 'استعادت القوات الحكومية السيطرة على محافظة درعا عام 2018.';

const CASES: Record<string, Case[]> = {
  'bare place heads (en)': [
    ['rus deployed_in daraa', `${DARAA_EN} Russian military police still patrol parts of the province.`],
    ['rus deployed_in daraa', `${DARAA_EN} Russian forces are deployed in the province.`],
    ['rus deployed_in daraa', `${DARAA_EN} Russian troops remain stationed in the province.`],
    ['rus attacked daraa', `${DARAA_EN} Russian jets bombed the province on Tuesday.`],
    ['rus attacked daraa', `${DARAA_EN} Russian air strikes on the province killed five people.`],
    ['tur attacked idlib', 'Clashes erupted in Idlib province on Monday. Turkish artillery shelled the governorate overnight.'],
    ['usa deployed_in rukban-camp', 'Thousands of displaced people live in Rukban camp near the Jordanian border. US troops are deployed around the camp.'],
    ['rus attacked bab-al-hawa', 'Aid trucks entered Syria through the Bab al-Hawa crossing. Russian jets struck the crossing on Tuesday.'],
    ['isr attacked masyaf', 'Israeli strikes hit the countryside around the Syrian town of Masyaf on Friday. A monitor said the strikes hit sites near the town.'],
    ['no isr attacked masyaf', 'Clashes erupted in the towns of Masyaf and Jasim on Friday. Israeli strikes hit sites near the town.'],
    ['no isr attacked jasim', 'Clashes erupted in the towns of Masyaf and Jasim on Friday. Israeli strikes hit sites near the town.'],
    ['irn deployed_in daraa', `${DARAA_EN} Iran and Hezbollah keep fighters in the province.`],
    // (two provinces named: no one province is meant; none named; a phrase of its own)
    ['no rus deployed_in suwayda', 'Protests spread in Suwayda province and Daraa province. Russian forces are deployed in the province.'],
    ['no rus deployed_in daraa', 'Protests spread in Suwayda province and Daraa province. Russian forces are deployed in the province.'],
    ['no rus deployed_in damascus', 'Assad met officials in Damascus. Russian forces are deployed in the province.'],
    ['no rus attacked daraa', `${DARAA_EN} Russian jets bombed the province of Idlib on Tuesday.`],
  ],
  'bare place heads (ar)': [
    ['rus deployed_in daraa', `${DARAA_AR} وتتمركز في المحافظة قوات روسية.`],
    ['rus deployed_in daraa', `${DARAA_AR} وتنتشر القوات الروسية في المحافظة.`],
    ['rus attacked daraa', `${DARAA_AR} وقصفت الطائرات الروسية المحافظة يوم الثلاثاء.`],
    ['rus attacked idlib', 'اندلعت اشتباكات في محافظة إدلب يوم الاثنين. وشنت الطائرات الروسية غارات على المحافظة.'],
    ['usa deployed_in rukban-camp', 'يعيش آلاف النازحين في مخيم الركبان قرب الحدود الأردنية. وتنتشر القوات الأمريكية في المخيم.'],
    ['rus attacked bab-al-hawa', 'دخلت شاحنات المساعدات عبر معبر باب الهوى. وقصفت الطائرات الروسية المعبر يوم الثلاثاء.'],
    ['syr attacked jasim', 'اندلعت اشتباكات في مدينة جاسم يوم الاثنين. وقصفت القوات الحكومية المدينة ليلاً.'],
    // (two provinces, none, `المحافظة على` "keeping", an adjective of its own)
    ['no rus deployed_in daraa', 'خرجت احتجاجات في محافظة السويداء ومحافظة درعا. وتنتشر القوات الروسية في المحافظة.'],
    ['no rus deployed_in damascus', 'التقى الأسد مسؤولين في دمشق. وتنتشر القوات الروسية في المحافظة.'],
    ['no rus deployed_in daraa', `${DARAA_AR} وتنتشر القوات الروسية بهدف المحافظة على الهدوء.`],
    ['no rus attacked daraa', `${DARAA_AR} وقصفت الطائرات الروسية المحافظة المجاورة.`],
  ],
};

describeCases(CASES);
