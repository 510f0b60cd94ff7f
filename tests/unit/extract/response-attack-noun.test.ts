/**
 * The response frame with an attack noun (diagnosis-batch24 §6, §7 fix 3): `وردّت X بقصف مواقع في محيط Y` attacks Y as
 * `قصفت X مواقع في محيط Y` does. An Arabic attack noun's bare genitive object (`قصف مواقع`) holds the place after its في,
 * as a verb's object does (gold rule 10: the place of the thing struck is attacked). Paraphrases vary the light or
 * response verb, the object head and the place phrase; the negatives have no doer.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'response verb + attack noun with a bare object in a place (ar)': [
    ['tur attacked tal-rifaat', 'وردّت المدفعية التركية بقصف مواقع في محيط تل رفعت ومنبج.'],
    ['tur attacked manbij', 'وردّت المدفعية التركية بقصف مواقع في محيط تل رفعت ومنبج.'],
    ['tur attacked manbij', 'ردت تركيا بقصف مواقع في محيط منبج.'],
    ['sdf attacked afrin', 'وردت قسد بقصف مواقع في ريف عفرين.'],
    ['tur attacked northern-iraq', 'ردت تركيا بقصف مواقع في شمال العراق.'],
    ['tur attacked manbij', 'ردت تركيا بقصف مواقع في منبج.'],
  ],
  'other light verbs before the same noun phrase (ar)': [
    ['rus attacked idlib', 'وقامت القوات الروسية بقصف مواقع في ريف إدلب.'],
    ['tur attacked manbij', 'أعلنت تركيا عن قصف مواقع في محيط منبج.'],
    ['syr attacked saraqeb', 'وواصل الجيش السوري قصف مواقع في محيط سراقب.'],
    ['isr attacked damascus', 'وردت إسرائيل بغارات على مواقع في محيط دمشق.'],
  ],
  'no doer, no attack (ar)': [
    ['no tur attacked manbij', 'ولم تعلق تركيا على قصف مواقع في منبج.'],
    ['no sohr attacked syr', 'ووصف المرصد السوري لحقوق الإنسان الغارات بأنها الأكثر دموية في سوريا منذ بداية العام.'],
  ],
});
