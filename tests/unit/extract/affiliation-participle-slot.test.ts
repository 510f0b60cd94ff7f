/**
 * An affiliation participle after a VSO subject is the subject's, not the object slot (slot35, diagnosis-batch30 §6 fix
 * 3, #30): `وأدانت الحكومة السورية المؤقتة التابعة للائتلاف المعارض القصف الروسي` — the object is the Russian shelling.
 * cues.csv `affiliation_participle` (`التابعة`, `المنضوي`, `المرتبطة`, `المدعومة`) with its complement (a لـ/في/من
 * phrase or a name) is skipped when an act noun or a name follows it. Negative cells: the affiliation's own complement is
 * no object.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the object after an affiliation participle of the subject (ar)': [
    ['syrian-interim-government criticized rus', 'وأدانت الحكومة السورية المؤقتة التابعة للائتلاف المعارض القصف الروسي، واتهمت موسكو بخرق وقف إطلاق النار.'],
    ['syrian-interim-government criticized rus', 'وأدانت الحكومة السورية المؤقتة التابعة للائتلاف المعارض، أمس، القصف الروسي على إدلب.'],
    ['syrian-interim-government criticized rus', 'وانتقدت الحكومة السورية المؤقتة التابعة للائتلاف الوطني القصف الروسي.'],
    ['syrian-interim-government criticized rus', 'وأدانت الحكومة السورية المؤقتة المدعومة من تركيا القصف الروسي.'],
    ['syrian-interim-government criticized isr', 'وأدانت الحكومة السورية المؤقتة التابعة للائتلاف المعارض الغارات الإسرائيلية على دمشق.'],
    ['no syrian-interim-government criticized syrian-national-coalition', 'وأدانت الحكومة السورية المؤقتة التابعة للائتلاف الوطني القصف الروسي.'],
    ['no syrian-interim-government criticized tur', 'وأدانت الحكومة السورية المؤقتة المدعومة من تركيا القصف الروسي.'],
  ],
});
