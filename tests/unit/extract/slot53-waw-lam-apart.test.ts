/**
 * slot53 (lists, the second member; pool: batch 18): a list member joined by و with its preposition written apart before
 * a quoted name (`ولـ«وحدات حماية الشعب»`, orthography of `ولوحدات`) joins the member before it as `ولوحدات` does —
 * `غارات على مواقع لحزب العمال الكردستاني في شمال العراق ولـ«وحدات حماية الشعب» الكردية في شمال سوريا` attacks both.
 * Look-alikes: not past a comma (`، ولـ«X» موقف آخر` opens a clause).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'ولـ«X» after a list member (ar)': [
    ['tur attacked ypg', 'شنّت الطائرات التركية أمس السبت غارات على مواقع لحزب العمال الكردستاني في شمال العراق ولـ«وحدات حماية الشعب» الكردية في شمال سوريا، بعد مقتل 12 جندياً تركياً خلال يومين.'],
    ['tur attacked pkk', 'شنّت الطائرات التركية أمس السبت غارات على مواقع لحزب العمال الكردستاني في شمال العراق ولـ«وحدات حماية الشعب» الكردية في شمال سوريا، بعد مقتل 12 جندياً تركياً خلال يومين.'],
    // (a verb, right after the first member, another pair)
    ['tur attacked ypg', 'قصفت المدفعية التركية مواقع لـ«قسد» ولـ«وحدات حماية الشعب» في ريف منبج.'],
    ['tur attacked sdf', 'قصفت المدفعية التركية مواقع لـ«قسد» ولـ«وحدات حماية الشعب» في ريف منبج.'],
    ['tur attacked ypg', 'وقصفت المسيّرات التركية مواقع لحزب العمال الكردستاني في سنجار ولـ«وحدات حماية الشعب» في عين العرب.'],
  ],
  'ولـ«X»: look-alikes (ar)': [
    ['no tur attacked hezbollah', 'وقصفت تركيا مواقع لـ«قسد» في ريف منبج، ولـ«حزب الله» موقف مختلف من التصعيد.'],
  ],
});
