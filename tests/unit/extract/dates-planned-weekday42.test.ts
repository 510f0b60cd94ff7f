/**
 * A weekday of a plan is a day to come (branch slot42, diagnosis-batch37 §6 slot41 rank 6 "due to … on Monday", batch 35's
 * "due in Tehran on Tuesday", batch 26's `من المقرر أن … يوم الجمعة`): gold rule 8 dates a plan by its statement, else by
 * publication, never by the last such weekday before publication. dates.ts reads the plan opener past a list's commas,
 * further back in the clause, and "is due" without "to"; a weekday of a done act or a plan's own past statement keeps its day.
 */
import { datedSuite } from './helpers.ts';

datedSuite(
  'a planned weekday dates by publication',
  `
en 2023-04-28 hosted ayman-safadi_faisal-mekdad_2023-04-28 | Safadi is due to host his Syrian, Saudi, Iraqi and Egyptian counterparts in Amman on Monday for talks on a roadmap for Syria's return to the Arab fold.
en 2023-04-28 hosted !ayman-safadi_faisal-mekdad_2023-04-24 | Safadi is due to host his Syrian, Saudi, Iraqi and Egyptian counterparts in Amman on Monday for talks on a roadmap for Syria's return to the Arab fold.
en 2022-07-18 met recep-tayyip-erdogan_vladimir-putin_2022-07-18 | Erdogan is due in Tehran on Tuesday for a summit with Russian President Vladimir Putin and Iranian President Ebrahim Raisi, where Syria is expected to dominate the agenda.
en 2022-07-18 met !recep-tayyip-erdogan_vladimir-putin_2022-07-12 | Erdogan is due in Tehran on Tuesday for a summit with Russian President Vladimir Putin and Iranian President Ebrahim Raisi.
en 2023-04-28 met !faisal-mekdad_ayman-safadi_2023-04-24 | Mekdad is expected to meet Jordanian Foreign Minister Ayman Safadi, Egyptian, Saudi and Iraqi officials in Amman on Monday.
ar 2023-05-18 hosted sau_bashar-al-assad_2023-05-18 | ومن المقرر أن يشارك الرئيس بشار الأسد في القمة التي تستضيفها السعودية يوم الجمعة، في أول حضور له لقمة عربية منذ عام 2010.
ar 2023-05-18 hosted !sau_bashar-al-assad_2023-05-12 | ومن المقرر أن يشارك الرئيس بشار الأسد في القمة التي تستضيفها السعودية يوم الجمعة، في أول حضور له لقمة عربية منذ عام 2010.
ar 2023-04-28 hosted !ayman-safadi_faisal-mekdad_2023-04-24 | ومن المقرر أن يستضيف الصفدي نظراءه السوري فيصل المقداد والسعودي والعراقي والمصري في عمّان يوم الاثنين.
en 2023-04-28 visited ayman-safadi_damascus_2023-04-24 | Safadi, who is due to host talks next month, visited Damascus on Monday.
en 2023-04-28 met ayman-safadi_bashar-al-assad_2023-04-24 | Safadi met Assad in Damascus on Monday, and the two sides will hold further talks.
ar 2023-05-18 visited faisal-mekdad_jeddah_2023-05-15 | وزار المقداد جدة يوم الإثنين، ومن المقرر أن يعود إليها لاحقاً.
`,
);
