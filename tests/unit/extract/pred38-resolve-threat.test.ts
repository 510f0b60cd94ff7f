/**
 * A stated resolve under a present-tense verb of saying (branch pred38; diagnosis-batch33 #76, pool b13; gold rule 17c
 * "will not allow X to …" → threatened X): `لكنه يؤكد أنه لن يسمح لإيران بالتموضع عسكرياً قرب حدوده` — `يؤكد`, `تؤكد`,
 * `يشير`, `يعلن`, `يوضح`, `يضيف` are verbs of saying (cues.csv `speech`, as `يقول`/`تقول` were), so the pronoun right
 * after them is their subject's, the sentence's first actor (anaphora.ts pronounRef), never the source carried from the
 * sentence before (the monitor that reported the strike). English control and a resolve with no named actor.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'resolve under a present verb of saying (ar)': [
    ['isr threatened irn', 'ولم يعلّق الجيش الإسرائيلي على الضربة، وهو نادراً ما يعلّق على عملياته في سوريا، لكنه يؤكد أنه لن يسمح لإيران بترسيخ وجودها العسكري هناك.'],
    ['isr threatened irn', 'ولم يعلق الجيش الإسرائيلي على الغارة، وهو نادراً ما يعلق على ضرباته في سوريا، لكنه يؤكد أنه لن يسمح لإيران بالتموضع عسكرياً قرب حدوده.'],
    ['isr threatened irn', 'وقال المرصد السوري لحقوق الإنسان إن الغارة استهدفت مستودعاً للأسلحة. ولم يعلّق الجيش الإسرائيلي على الضربة، لكنه يؤكد أنه لن يسمح لإيران بترسيخ وجودها العسكري في سوريا.'],
    ['no sohr threatened irn', 'وقال المرصد السوري لحقوق الإنسان إن الغارة استهدفت مستودعاً للأسلحة. ولم يعلّق الجيش الإسرائيلي على الضربة، لكنه يؤكد أنه لن يسمح لإيران بترسيخ وجودها العسكري في سوريا.'],
    ['tur threatened ypg', 'ولم تعلق أنقرة على التقارير، لكنها تؤكد أنها لن تسمح لـ«وحدات حماية الشعب» بإقامة ممر على حدودها الجنوبية.'],
    ['isr threatened hezbollah', 'وتشير إسرائيل إلى أنها لن تسمح لـ«حزب الله» بالتمركز قرب الحدود.'],
  ],
  'resolve with no named actor stays none (ar)': [
    ['no tur threatened syr', 'ولم تعلق أنقرة على التقارير، لكنها تؤكد أنها لن تسمح بتقسيم سوريا.'],
  ],
  'resolve under a present verb of saying (en control)': [
    ['isr threatened irn', 'Israel rarely comments on individual strikes in Syria, but says it will not allow Iran to entrench itself there.'],
  ],
});
