/**
 * pred29 (diagnosis-batch26 §6 fix 2): describing, considering or regarding a state's presence, forces or deployment as
 * an occupation or as illegal (cues.csv `verdict`, after the one judged) criticises that state, in both languages and
 * every form of the verb (`تصف`, `وصفت`, `تعتبر`, "describes", "described", "considers", "regards"), past a relative
 * clause, a date or a list of describers. A description that is no verdict ("as constructive", `بأنها بناءة`) is none.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'describes as an occupation': [
    ['syr criticized usa', 'Damascus describes the US presence in Syria as an occupation.'],
    ['syr criticized usa', 'Damascus has repeatedly called for the withdrawal of US forces, which it describes as an occupation.'],
    ['syr criticized tur', 'Syria considers the Turkish presence illegitimate.'],
    ['syr criticized usa', 'Damascus and Moscow describe the US deployment as an occupation.'],
    ['rus criticized usa', 'Damascus and Moscow describe the US deployment as an occupation.'],
    ['syr criticized usa', 'Damascus has described US troops as an occupying force since 2015.'],
    ['no syr criticized usa', 'Syria described the US proposal as constructive.'],
    ['syr criticized tur', 'Syria called the Turkish presence an occupation on Monday.'],
    ['sergei-lavrov criticized usa', 'Lavrov called the US presence in Syria illegal.'],
    ['no syr criticized tur', 'Damascus called on Turkey to end its illegal occupation.'],
    ['no syr criticized tur', 'Syria\'s delegation called for an end to what Damascus describes as the illegal Turkish presence on Syrian soil.'],
  ],
  'describes as an occupation (ar)': [
    ['syr criticized usa', 'وتصف الحكومة السورية الوجود العسكري الأمريكي في شرق الفرات بالاحتلال.'],
    ['syr criticized usa', 'ووصفت الحكومة السورية الوجود العسكري الأمريكي الذي بدأ عام 2015 بالاحتلال.'],
    ['syr criticized tur', 'وتعتبر دمشق الوجود التركي احتلالاً.'],
    ['no jor criticized syr', 'ويعتبر الأردن سوريا شريكاً أساسياً.'],
  ],
});
