/**
 * Negation bugs (names26): "failed to meet", "failed to reach an agreement", `فشلت/أخفقت … في التوصل إلى اتفاق` tell
 * no act; a negation before an auxiliary (`لم تعد X تحكم`, `لم يعد X يسيطر`, `لم يكن X ينتشر`) negates the verb after
 * the auxiliary's subject, however long the subject; an exception after the verb (`إلا`, `سوى`: "controls only") turns it
 * back into the act.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'failed to': [
    ['no tur agreed_with syr', 'Turkish and Syrian officials failed to reach an agreement in Moscow.'],
    ['no recep-tayyip-erdogan met bashar-al-assad', 'Erdogan failed to meet Assad during the summit.'],
    ['no sergei-lavrov agreed_with mevlut-cavusoglu', 'Lavrov failed to secure a deal with Cavusoglu.'],
    ['no sergei-lavrov agreed_with mevlut-cavusoglu', 'Lavrov and Cavusoglu have so far failed to agree on a ceasefire.'],
    ['no tur agreed_with syr', 'Ankara and Damascus were unable to reach an agreement.'],
    ['recep-tayyip-erdogan met bashar-al-assad', 'Erdogan met Assad after earlier talks failed to produce a deal.'],
    ['tur agreed_with syr', 'Turkish and Syrian officials reached an agreement in Moscow.'],
  ],
  'failed to (ar)': [
    ['no tur agreed_with syr', 'وأخفقت أنقرة ودمشق في التوصل إلى اتفاق.'],
    ['no tur agreed_with syr', 'وفشلت أنقرة ودمشق في الاتفاق على جدول زمني.'],
    ['no recep-tayyip-erdogan met bashar-al-assad', 'وفشل أردوغان في لقاء الأسد خلال القمة.'],
    ['tur agreed_with syr', 'وتوصلت أنقرة ودمشق إلى اتفاق.'],
  ],
  'a negation before an auxiliary (ar)': [
    ['no rus deployed_in tal-rifaat', 'ولم تعد القوات الروسية الخاصة تنتشر في تل رفعت.'],
    ['no hezbollah deployed_in qusayr', 'ولم يعد مقاتلو «حزب الله» اللبناني ينتشرون في مدينة القصير.'],
    ['syr deployed_in daraa', 'ولم تعد الحكومة السورية تسيطر إلا على أجزاء من محافظة درعا.'],
    ['syr deployed_in daraa', 'ولا تسيطر الحكومة السورية سوى على أجزاء من محافظة درعا.'],
    ['rus deployed_in tal-rifaat', 'وتنتشر القوات الروسية في تل رفعت.'],
  ],
});

describeCases({
  'a future negation with an exception is a condition (ar)': [
    ['no tur withdrew_from syr', 'وقال أردوغان إن تركيا لن تنسحب من سوريا إلا بعد التوصل إلى حل سياسي.'],
  ],
});
