/**
 * Repelling a named attacker (gold README rule 20c; branch pred36, diagnosis-batch31 #74): "X repelled (fought off,
 * pushed back, foiled) an attack by Y", `تصدت قوات X لهجوم شنّه Y`, `صدّ X هجوماً لـY`, `أحبطت X محاولة تسلل لمجموعات من
 * Y`: X attacked Y, besides Y attacked X. Look-alikes: a demonym attack (`لـ«عدوان إسرائيلي»`: no attacker named), a
 * foiled plot or plan (no attack noun), a repelled threat (no attack by the one threatening).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'repelled attack (en)': [
    ['syr attacked hts', 'The Syrian army repelled an attack by Hayat Tahrir al-Sham on its positions in Idlib.'],
    ['hts attacked syr', 'The Syrian army repelled an attack by Hayat Tahrir al-Sham on its positions in Idlib.'],
    ['syr attacked hts', 'Syrian government forces repelled an attack by Hayat Tahrir al-Sham (HTS) fighters on army positions near the village of Kabani on Saturday.'],
    ['sdf attacked isis', 'The SDF fought off an Islamic State attack on the prison.'],
    ['isis attacked sdf', 'The SDF fought off an Islamic State attack on the prison.'],
    ['syr attacked hts', 'On Sunday the Syrian army, backed by Russian jets, thwarted an infiltration attempt by HTS in the Ghab plain.'],
    ['no tur attacked irn', 'Turkey thwarted what Israel says was an Iranian plot to attack Israeli tourists in Istanbul.'],
    ['no syr attacked hts', 'The army foiled a plan by HTS to seize the town.'],
  ],
  'repelled attack (ar)': [
    ['syr attacked hts', 'وتصدت قوات الجيش السوري لهجوم شنّه «هيئة تحرير الشام» على مواقعها في ريف إدلب.'],
    ['hts attacked syr', 'وتصدت قوات الجيش السوري لهجوم شنّه «هيئة تحرير الشام» على مواقعها في ريف إدلب.'],
    ['syr attacked hts', 'وصدّ الجيش السوري هجوماً لـ«هيئة تحرير الشام» في ريف حماة.'],
    ['syr attacked hts', 'وأحبطت وحدات الجيش السوري محاولة تسلل لمجموعات من «هيئة تحرير الشام» في سهل الغاب.'],
    ['syr attacked hts', 'أعلنت وزارة الدفاع السورية، اليوم الأحد، أن وحداتها أحبطت فجراً محاولة تسلل لمجموعات من «هيئة تحرير الشام» على محور قرية الحويز.'],
    ['usa attacked isis', 'في المقابل، تقول الولايات المتحدة إن قواتها في التنف تتصدى لتهديد تنظيم «داعش».'],
    ['no isis attacked usa', 'في المقابل، تقول الولايات المتحدة إن قواتها في التنف تتصدى لتهديد تنظيم «داعش».'],
    ['no syr attacked isr', 'وأعلنت وزارة الدفاع السورية أن الدفاعات الجوية تصدّت لـ«عدوان إسرائيلي» استهدف منطقة الحميدية.'],
  ],
});
