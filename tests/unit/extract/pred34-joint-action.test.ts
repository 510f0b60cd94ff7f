/**
 * Joint action as `coordinated_with` (gold rule 12; branch pred34, diag29 §6 fix 5): taking part alongside X
 * (`شارك إلى جانب X`, "took part alongside X", "participated in … alongside X") is acting with X, no meeting.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'taking part alongside X is joint action, no meeting (ar)': [
    ['hezbollah coordinated_with syr', 'فيما يحتفظ «حزب الله» بوجود عسكري فيها منذ أن شارك إلى جانب القوات الحكومية في استعادة المدينة عام 2013.'],
    ['no hezbollah met syr', 'فيما يحتفظ «حزب الله» بوجود عسكري فيها منذ أن شارك إلى جانب القوات الحكومية في استعادة المدينة عام 2013.'],
    ['hezbollah coordinated_with syr', 'وشاركت جماعة «حزب الله» اللبنانية، في عام 2016، إلى جانب الجيش السوري في معارك حلب.'],
    ['irgc coordinated_with syr', 'ويشارك «الحرس الثوري» الإيراني إلى جانب القوات الحكومية في العمليات العسكرية بريف حماة.'],
    // (no partner after إلى جانب: no joint action)
    ['no sergei-lavrov coordinated_with faisal-mekdad', 'وشارك وزير الخارجية الروسي سيرغي لافروف في الاجتماع مع نظيره السوري فيصل المقداد.'],
  ],
  'taking part alongside X is joint action, no meeting': [
    ['hezbollah coordinated_with syr', 'Hezbollah took part alongside government forces in the recapture of Qusayr in 2013.'],
    ['no hezbollah met syr', 'Hezbollah took part alongside government forces in the recapture of Qusayr in 2013.'],
    ['hezbollah coordinated_with syr', 'Hezbollah fighters participated alongside Syrian government troops in the battle for Aleppo in 2016.'],
  ],
});
