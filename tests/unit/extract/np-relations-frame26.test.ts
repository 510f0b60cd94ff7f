/**
 * Noun-phrase relations (diagnosis-batch24 §7 fix 2): reciprocal nouns with بين / "between" and a trading verb give both
 * directions (`اتهامات متبادلة بين A وB`, "mutual accusations between A and B", "A and B traded accusations"); agreement
 * nouns with مع (`بموجب تفاهمات مع روسيا`) and "the deal X reached with Y" (the object of "reached" moved before it); the
 * Arabic "what it says are" (`على مواقع تقول إنها لإيران و«حزب الله»`): the owners said are attacked, not the country
 * of the strikes.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'reciprocal accusations (ar)': [
    ['rus accused tur', 'وسط اتهامات متبادلة بين تركيا وروسيا بخرق الهدنة.'],
    ['tur accused rus', 'وسط اتهامات متبادلة بين تركيا وروسيا بخرق الهدنة.'],
    ['rus accused tur', 'وتبادلت تركيا وروسيا الاتهامات بخرق الهدنة.'],
  ],
  'reciprocal accusations (en)': [
    ['rus accused tur', 'The talks ended amid mutual accusations between Turkey and Russia.'],
    ['tur accused rus', 'Turkey and Russia traded accusations over the ceasefire.'],
    ['rus accused tur', 'Turkey and Russia traded accusations over the ceasefire.'],
    ['no rus accused tur', 'Turkey accused Russia of violating the ceasefire.'],
  ],
  'agreement nouns with مع (ar)': [
    ['tur agreed_with rus', 'وتنشر تركيا قوات ونقاط مراقبة في المنطقة بموجب تفاهمات مع روسيا.'],
    ['tur agreed_with rus', 'وتنشر تركيا قوات في إدلب بموجب اتفاق مع روسيا.'],
  ],
  '"the deal X reached with Y" (en)': [
    ['syr agreed_with united-nations', 'The main crossing remains open under a separate arrangement Damascus reached with the UN in August.'],
    ['tur agreed_with rus', 'The deal Ankara reached with Moscow in March 2020 halted the offensive.'],
    ['tur agreed_with rus', 'Turkey deployed troops in Idlib under an agreement with Russia.'],
  ],
  'what a speaker says are X\'s (ar)': [
    ['isr attacked irn', 'وتشنّ إسرائيل منذ سنوات غارات في سوريا على مواقع تقول إنها لإيران و«حزب الله» اللبناني.'],
    ['isr attacked hezbollah', 'وتشنّ إسرائيل منذ سنوات غارات في سوريا على مواقع تقول إنها لإيران و«حزب الله» اللبناني.'],
    ['no isr attacked syr', 'وتشنّ إسرائيل منذ سنوات غارات في سوريا على مواقع تقول إنها لإيران و«حزب الله» اللبناني.'],
    ['isr attacked irn', 'وقصفت إسرائيل مواقع تقول إنها لإيران في سوريا.'],
    ['irn deployed_in syr', 'وقصفت إسرائيل مواقع تقول إنها لإيران في سوريا.'],
  ],
});
