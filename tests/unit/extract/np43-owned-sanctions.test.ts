/**
 * Sanctions owned by a pronoun, a demonym or a relative's subject (branch np43; diagnosis-batch39 §6 np43 rank 4 #31, 86,
 * 87; diagnosis-batch38 rank 5 #80, 81; pool b18 brussels-vi-pledges, b23 tedros-aleppo-visit, b32 mekdad-muscat,
 * b33 pedersen-lavrov, b35 amir-abdollahian-mekdad-call, b36 qaim-captagon-seizure, b36 saudi-aid-plane-aleppo): the
 * owner of "its/their sanctions", `عقوباتها/عقوباتهما`, `العقوبات الأمريكية`, `العقوبات التي تفرضها` sanctioned the
 * target of the noun (`على X`, `عليها`, `على بلاده`, "on X") or, with none, the state the sentence names apart from the
 * owners. relations/sanctionowned.ts.
 */
import { describeCases } from './helpers.ts';

const EN_80 = 'Mekdad called on the United States and the European Union to lift their sanctions, which Damascus says hamper reconstruction and deter refugees from returning.';
const EN_B32 = 'Mekdad also called on the United States and the European Union to lift their sanctions on Syria, which he said were hampering reconstruction and the return of refugees.';
const AR_B23 = 'وكانت الحكومة السورية قد طالبت الولايات المتحدة والاتحاد الأوروبي برفع عقوباتهما التي تقول إنها تعرقل وصول المساعدات.';

describeCases({
  'the row constructions: "lift their sanctions", "through its sanctions", "lift its sanctions"': [
    ['usa sanctioned syr', EN_80],
    ['eu sanctioned syr', EN_80],
    ['usa sanctioned syr', EN_B32],
    ['eu sanctioned syr', EN_B32],
    ['usa sanctioned syr', "Lavrov told reporters after the meeting that Moscow wanted the committee's next session to go ahead in Geneva, and he accused Washington of strangling Syria's recovery through its sanctions."],
    ['eu sanctioned syr', 'The European Union pledged more aid. EU foreign policy chief Josep Borrell said the bloc would not normalise relations with the Syrian government or lift its sanctions until a political transition was under way.'],
  ],
  'variants: a modifier, a date, another demand verb': [
    ['usa sanctioned syr', 'On Monday, Mekdad urged Washington to lift its unilateral sanctions, which Damascus blames for the crisis.'],
    ['eu sanctioned syr', 'The Syrian foreign ministry demanded that the European Union and Britain end their sanctions.'],
    ['gbr sanctioned syr', 'The Syrian foreign ministry demanded that the European Union and Britain end their sanctions.'],
  ],
  'negatives: a sanction told of its target, no state besides the owner': [
    ['no syr sanctioned usa', EN_80],
    ['no usa sanctioned eu', EN_80],
  ],
  'the row constructions: a clitic owner, a demonym with a pronoun target, a relative with its subject (ar)': [
    ['usa sanctioned syr', AR_B23],
    ['eu sanctioned syr', AR_B23],
    ['usa sanctioned syr', 'ويعدّ الكبتاغون، بحسب خبراء، مصدراً رئيسياً للعملة الصعبة في سوريا في ظل العقوبات الأمريكية المفروضة عليها.'],
    ['usa sanctioned irn', 'وبحسب بيان لوزارة الخارجية السورية، أطلع عبد اللهيان المقداد على سير المفاوضات الجارية في فيينا بشأن الاتفاق النووي والمساعي الرامية إلى رفع العقوبات الأميركية المفروضة على بلاده.'],
    ['usa sanctioned syr', 'وكانت واشنطن قد أصدرت ترخيصاً عاماً لمدة 180 يوماً يستثني المعاملات المتعلقة بالإغاثة من العقوبات التي تفرضها على سوريا.'],
  ],
  'variants: another demand verb, a date, a singular clitic (ar)': [
    ['usa sanctioned syr', 'ودعا المقداد، يوم الإثنين، واشنطن إلى رفع عقوباتها عن سوريا.'],
    ['eu sanctioned syr', 'وطالبت دمشق الاتحاد الأوروبي وبريطانيا أمس بإنهاء عقوباتهما.'],
  ],
  'negatives: the owner is never the target (ar)': [
    ['no syr sanctioned usa', 'وطالبت دمشق برفع العقوبات التي فرضتها واشنطن عليها.'],
    ['usa sanctioned syr', 'وطالبت دمشق برفع العقوبات التي فرضتها واشنطن عليها.'],
    ['no syr sanctioned usa', AR_B23],
    ['no eu sanctioned usa', AR_B23],
  ],
}, '2023-03-06');
