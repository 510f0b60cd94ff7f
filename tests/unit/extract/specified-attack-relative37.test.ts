/**
 * A specified attack in a relative clause (branch slot37, diagnosis-batch32 §6 slot37 rank 4, event anaphor): "X's
 * attacks on Syria, particularly the raids that hit A and B" / `الاعتداءات الإسرائيلية على سوريا، ولا سيما الغارات التي
 * استهدفت مطاري دمشق وحلب الدوليين`: the attack noun after a `members_open` word is a member of the attacks told before
 * it, so the earlier attack's doer struck the relative clause's targets. Both languages, plus negatives.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a specified attack after ولا سيما takes the earlier attack\'s doer (ar)': [
    // (the rows: a dual construct list, the noun `الغارات` / `القصف`)
    ['isr attacked damascus-international-airport', 'وأدان الوزيران الاعتداءات الإسرائيلية المتكررة على الأراضي السورية، ولا سيما الغارات التي استهدفت مطاري دمشق وحلب الدوليين خلال أيلول/سبتمبر الماضي.'],
    ['isr attacked aleppo-international-airport', 'وأدان الوزيران الاعتداءات الإسرائيلية المتكررة على الأراضي السورية، ولا سيما الغارات التي استهدفت مطاري دمشق وحلب الدوليين خلال أيلول/سبتمبر الماضي.'],
    ['isr attacked aleppo-international-airport', 'وأدان البيان «العدوان الصهيوني المتكرر» على سوريا، ولا سيما القصف الذي استهدف مطاري دمشق وحلب الدوليين.'],
    // (another verb, another noun, a plain list, no و before لا سيما)
    ['isr attacked homs', 'ونددت دمشق بالغارات الإسرائيلية على سوريا، لا سيما الضربات التي طالت حمص وحماة.'],
    ['isr attacked hama', 'ونددت دمشق بالغارات الإسرائيلية على سوريا، لا سيما الضربات التي طالت حمص وحماة.'],
    // (another doer: a Turkish bombardment)
    ['tur attacked qamishli', 'واستنكرت «قسد» القصف التركي على مناطقها، ولا سيما الغارات التي استهدفت القامشلي.'],
    // (negatives: the relative clause has its own doer; no earlier attack)
    ['no isr attacked homs', 'وأدانت دمشق الغارات الإسرائيلية على سوريا، ولا سيما الضربات التي شنتها الولايات المتحدة على حمص.'],
    ['no isr attacked homs', 'وقالت دمشق إن الوضع خطير، ولا سيما بعد الضربات التي استهدفت حمص.'],
  ],
  'a specified attack after "particularly" takes the earlier attack\'s doer (en)': [
    ['isr attacked aleppo-international-airport', 'The ministers condemned repeated Israeli attacks on Syria, particularly the strikes that hit Damascus and Aleppo airports in September.'],
    ['isr attacked damascus-international-airport', 'The ministers condemned repeated Israeli attacks on Syria, particularly the strikes that hit Damascus and Aleppo airports in September.'],
    ['isr attacked homs', 'Damascus denounced Israeli strikes on Syria, especially the raids which targeted Homs and Hama.'],
    ['tur attacked qamishli', 'The SDF condemned Turkish shelling of its areas, notably the strikes that hit Qamishli.'],
    ['no isr attacked homs', 'Damascus denounced Israeli strikes on Syria, especially the raids that US forces carried out on Homs.'],
  ],
});
