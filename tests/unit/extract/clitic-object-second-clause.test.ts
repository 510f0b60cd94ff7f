/**
 * The object suffix of a second clause's verb (branch slot30): `وتتهمها`, `وتدعوها` stand for the state or group named
 * before as an actor, not for a country named as where another's act happens (`في سوريا`). A date, a relative and a list
 * stand between; the look-alike with no actor before keeps the place's country.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a suffix object is the actor named before, not the country named as where (ar)': [
    ['isr accused irn', 'وتقول إسرائيل إنها لن تسمح لإيران بالتموضع عسكرياً في سوريا، وتتهمها بنقل أسلحة إلى «حزب الله» عبر الأراضي السورية.'],
    ['no isr accused syr', 'وتقول إسرائيل إنها لن تسمح لإيران بالتموضع عسكرياً في سوريا، وتتهمها بنقل أسلحة إلى «حزب الله» عبر الأراضي السورية.'],
    ['syr accused tur', 'وتشن تركيا غارات في سوريا، وتتهمها دمشق بانتهاك السيادة.'],
    ['usa accused irn', 'وتنشر إيران مستشارين في سوريا والعراق، وتتهمها واشنطن أمس بدعم الميليشيات.'],
    ['no usa accused irq', 'وتنشر إيران مستشارين في سوريا والعراق، وتتهمها واشنطن أمس بدعم الميليشيات.'],
    ['ukr accused rus', 'وتحتفظ روسيا، التي تدعم الحكومة، بقاعدتين في سوريا، وتتهمها أوكرانيا بنقل أسلحة.'],
    ['tur urged usa', 'وتنتقد أنقرة دعم واشنطن للوحدات الكردية، وتدعوها إلى وقف هذا الدعم.'],
  ],
});
