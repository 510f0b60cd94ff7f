/**
 * Predicate lexicon by class (branch pred34, diag29 §6 fix 4): a stated resolve "will not allow X to" / `لن تسمح لـX`
 * (gold rule 17c), `قضى على` (eliminated), siege (`تفرض حصاراً على`, `تحاصر`, "besieged"), the feminine participle call
 * `داعيةً`, the intervention verb "intervened in" a country.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a stated resolve not to allow a named actor is threatened (rule 17c)': [
    ['isr threatened irn', 'Israel says it will not allow Iran to entrench itself militarily in Syria.'],
    ['isr threatened irn', 'Israeli officials have repeatedly said they will not allow Iran to entrench itself militarily near their northern border.'],
    ['tur threatened ypg', 'Turkey will never allow the YPG to establish a corridor along its southern border, Erdogan said on Tuesday.'],
    ['isr threatened hezbollah', 'Israel would not allow Hezbollah, the Iran-backed Lebanese group, to build up its arsenal in southern Syria.'],
    ['no isr threatened syr', 'Israel says it will not allow the partition of Syria.'],
  ],
  'a stated resolve not to allow a named actor is threatened, rule 17c (ar)': [
    ['isr threatened irn', 'وتقول إسرائيل إنها لن تسمح لإيران بنقل أسلحة إلى «حزب الله» عبر الأراضي السورية.'],
    ['tur threatened ypg', 'وأكد الرئيس التركي أن بلاده لن تسمح لـ«وحدات حماية الشعب» بإقامة ممر على حدودها الجنوبية.'],
    ['isr threatened hezbollah', 'وقال وزير الدفاع الإسرائيلي إن إسرائيل لن تسمح أبداً لـ«حزب الله» بالتموضع في جنوب سوريا.'],
    ['no syr threatened tur', 'وقالت دمشق إنها لن تسمح بتقسيم سوريا.'],
    ['isr threatened hezbollah', 'ولن يسمح الجيش الإسرائيلي لـ«حزب الله» بالتموضع في جنوب سوريا.'],
    // (the presence the resolve presupposes stays: not a threatened act)
    ['irn deployed_in syr', 'ولن تسمح إسرائيل لإيران بترسيخ وجودها العسكري في سوريا'],
  ],
  'qada ala (eliminated) is an attack (ar)': [
    ['tur attacked pkk', 'وكانت وزارة الدفاع التركية قد قالت إنها قضت خلال الأسبوع الجاري على سبعة مسلحين من حزب العمال الكردستاني في مناطق شمال سوريا.'],
    ['tur attacked ypg', 'وقضى الجيش التركي على 12 مسلحاً من «وحدات حماية الشعب» في ريف حلب الشمالي.'],
    ['sdf attacked isis', 'وأعلنت «قسد» أنها قضت على خلية تابعة لتنظيم «داعش» في ريف دير الزور.'],
    ['no tur attacked syr', 'وقالت تركيا إن الحرب قضت على آمال السوريين.'],
  ],
  'siege is an attack (ar)': [
    ['syr attacked daraa', 'وتفرض القوات الحكومية السورية حصاراً على مدينة درعا منذ أشهر.'],
    ['syr attacked daraa', 'وتحاصر القوات الحكومية السورية مدينة درعا منذ أشهر، بحسب ناشطين.'],
  ],
  'siege is an attack': [
    ['syr attacked daraa', 'Syrian government forces have besieged the city of Daraa for months, activists said.'],
    ['syr attacked daraa', 'Syrian government forces imposed a siege on Daraa in June, activists said.'],
  ],
  'the feminine participle call is urged (ar)': [
    ['sdf urged usa', 'واتهمت «قسد»، في بيان، الجيش التركي بالسعي إلى زعزعة الاستقرار في المنطقة، داعيةً الولايات المتحدة وروسيا إلى التدخل لوقف الهجمات المتكررة.'],
    ['sdf urged rus', 'واتهمت «قسد»، في بيان، الجيش التركي بالسعي إلى زعزعة الاستقرار في المنطقة، داعيةً الولايات المتحدة وروسيا إلى التدخل لوقف الهجمات المتكررة.'],
    ['syr urged united-nations', 'وأدانت الخارجية السورية الغارات، داعيةً الأمم المتحدة إلى التحرك.'],
  ],
  'intervened in a country is presence': [
    ['rus deployed_in syr', 'Russia, which has backed President Bashar al-Assad militarily since it intervened in Syria in September 2015, says its jets target only militant positions.'],
    ['rus deployed_in syr', 'Russia intervened in Syria in 2015 to prop up Assad.'],
    ['no irn deployed_in irq', "Iraq accused Iran of having intervened in Iraq's internal affairs."],
  ],
});
