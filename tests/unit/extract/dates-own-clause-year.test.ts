/**
 * A bare year closing the act's own clause dates the act, however long the clause (diagnosis-batch25 §5: `وأعادت الإمارات
 * فتح سفارتها في دمشق أواخر عام 2018`): no comma, no other relation word, no relative or clause word ("after", `بعد`,
 * "when", `الذي`) between the act and the year. A year past another verb ("after the war began in 2011") or a comma stays
 * that clause's. A paraphrase suite of new sentences, both languages, with negative cells.
 */
import { datedSuite as suite } from './helpers.ts';

suite(
  'a year closing the act\'s own clause',
  `
ar 2023-02-07 reconciled_with are_syr_2018 | وأعادت الإمارات فتح سفارتها في العاصمة السورية دمشق أواخر عام 2018.
ar 2023-02-07 reconciled_with bhr_syr_2018 | وأعادت البحرين فتح سفارتها في دمشق في أواخر عام 2018.
en 2023-02-07 reconciled_with are_syr_2018 | The United Arab Emirates reopened its embassy in the Syrian capital Damascus in late 2018.
`,
);

suite(
  'a year past a comma or another clause is not the act\'s',
  `
ar 2023-02-07 reconciled_with !are_syr_2011 | وأعادت الإمارات فتح سفارتها في دمشق بعد أن قطعت علاقاتها معها عام 2011.
en 2023-02-07 reconciled_with !are_syr_2011 | The United Arab Emirates reopened its embassy in Damascus, which it had closed in 2011.
`,
);
