/**
 * Bare government heads (diagnosis of batch 22 §2 ANA, §7 fix 1): "the government", "the authorities", `الحكومة`, `السلطات`
 * with no demonym, genitive or adjective of their own are the state the story is about: the last state named with that
 * head in its sentence or the few sentences before ("the Syrian government", `السلطات السورية`), else the article's main
 * state, the one state named more often than any other (discourse.ts orgHeadAnaphors, cues.csv `org_head` value
 * `@story`). A paraphrase suite of our own sentences: subject, object, inside a list, possessor, under "urged"/`دعا إلى`,
 * inside a criticism, and a demanded reconciliation ("urged the government to open talks with Damascus"); and the look-alikes that must give nothing (no state told, two states as often, "the government of
 * X", `الحكومة الاتحادية`).
 */
import { describeCases, type Case } from './helpers.ts';

const SYRIA_EN = 'Protests continued in Suwayda against the Syrian government on Friday.';
const SYRIA_AR = 'تواصلت الاحتجاجات في السويداء ضد الحكومة السورية يوم الجمعة.';

const CASES: Record<string, Case[]> = {
  'bare government heads (en)': [
    ['united-nations urged syr', `${SYRIA_EN} The United Nations called on the authorities to address the demands.`],
    ['geir-pedersen urged syr', `${SYRIA_EN} Geir Pedersen urged the government and the opposition to compromise.`],
    ['geir-pedersen urged syrian-opposition', `${SYRIA_EN} Geir Pedersen urged the government and the opposition to compromise.`],
    ['hadi-al-bahra accused syr', `${SYRIA_EN} Hadi al-Bahra blamed the government for blocking progress.`],
    ['usa criticized syr', `${SYRIA_EN} The United States criticised the government over the crackdown.`],
    ['geir-pedersen urged syrian-opposition', `${SYRIA_EN} Geir Pedersen urged the opposition and the government to compromise.`],
    ['geir-pedersen urged syr', `${SYRIA_EN} Geir Pedersen urged the opposition and the government to compromise.`],
    // (the main state: Syria named most, by its capital too)
    ['geir-pedersen urged syr', 'Syria and Turkey held talks in Moscow. Damascus rejected the demands. Syria later said it would not attend. Geir Pedersen urged the government to engage.'],
    // (the demanded act names the other party: a reconciliation, not the addressee urged)
    ['chp urged_reconciliation_with syr', 'Turkey cut ties with Syria in 2012. Turkey backs the Syrian National Army. The CHP has long urged the government to open talks with Damascus.'],
    ['no chp urged tur', 'Turkey cut ties with Syria in 2012. Turkey backs the Syrian National Army. The CHP has long urged the government to open talks with Damascus.'],
    // (none: no state told; two states as often; a genitive of its own)
    ['no geir-pedersen urged syr', 'Geir Pedersen urged the government to compromise.'],
    ['no geir-pedersen urged syr', 'Syria and Turkey held talks in Moscow. Geir Pedersen urged the government to engage.'],
    ['no geir-pedersen urged syr', `${SYRIA_EN} Geir Pedersen urged the government of Lebanon to act.`],
  ],
  'bare government heads (ar)': [
    ['united-nations urged syr', `${SYRIA_AR} ودعت الأمم المتحدة السلطات إلى الاستجابة لمطالب المحتجين.`],
    ['geir-pedersen urged syr', `${SYRIA_AR} وحث المبعوث الأممي غير بيدرسن الحكومة والمعارضة على التسوية.`],
    ['geir-pedersen urged syrian-opposition', `${SYRIA_AR} وحث المبعوث الأممي غير بيدرسن الحكومة والمعارضة على التسوية.`],
    ['usa criticized syr', `${SYRIA_AR} وانتقدت الولايات المتحدة الحكومة بسبب القمع.`],
    ['hadi-al-bahra accused syr', `${SYRIA_AR} واتهم هادي البحرة الحكومة بعرقلة المفاوضات.`],
    ['no geir-pedersen urged syr', 'وحث المبعوث الأممي غير بيدرسن الحكومة على التسوية.'],
    ['no geir-pedersen urged syr', `${SYRIA_AR} وحث المبعوث الأممي غير بيدرسن الحكومة الاتحادية على التسوية.`],
  ],
};

describeCases(CASES);
