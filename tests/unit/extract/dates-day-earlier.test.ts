/**
 * A day counted back from the date told last (diagnosis-batch25 §5: "A day earlier, the crown prince visited Cairo"): "a
 * day earlier", "two days earlier", "the previous day", "…, the day before.", `في اليوم السابق`, `قبل ذلك بيوم`, `قبلها
 * بيومين` date the act that many days before the last full date told, in this sentence or an earlier one. "a day before
 * the vote" is counted from an event, not from a date (no day from this rule); with no full date told before, no date.
 * A paraphrase suite of new sentences (head: earlier, previous, before; frame: fronted, final, inside a clause).
 */
import { datedSuite as suite } from './helpers.ts';

suite(
  'a day counted back from the last date told',
  `
en 2022-06-22 visited mohammed-bin-salman_cairo_2022-06-20 | The Saudi crown prince arrived in Amman on Tuesday. / A day earlier, he visited Cairo.
en 2022-06-22 visited mohammed-bin-salman_cairo_2022-06-19 | The Saudi crown prince arrived in Amman on Tuesday. / Two days earlier, he had visited Cairo.
en 2022-06-22 visited mohammed-bin-salman_cairo_2022-06-20 | The Saudi crown prince arrived in Amman on Tuesday. / He had visited Cairo the previous day.
en 2022-06-22 visited mohammed-bin-salman_cairo_2022-06-20 | The Saudi crown prince arrived in Amman on Tuesday. / He had visited Cairo the day before.
en 2023-05-04 attacked isr_aleppo_2023-05-01 | Israeli jets struck Damascus airport on May 2. / A day earlier, Israeli jets struck near Aleppo.
ar 2022-06-22 visited mohammed-bin-salman_cairo_2022-06-20 | وصل ولي العهد السعودي إلى عمّان يوم الثلاثاء. / وقبل ذلك بيوم، زار ولي العهد القاهرة.
ar 2022-06-22 visited mohammed-bin-salman_cairo_2022-06-19 | وصل ولي العهد السعودي إلى عمّان يوم الثلاثاء. / وقبلها بيومين، زار ولي العهد القاهرة.
ar 2022-06-22 visited mohammed-bin-salman_cairo_2022-06-20 | وصل ولي العهد السعودي إلى عمّان يوم الثلاثاء. / وكان ولي العهد قد زار القاهرة في اليوم السابق.
`,
);

suite(
  'no day counted back without a date, nor from an event',
  `
en 2022-06-22 visited !mohammed-bin-salman_cairo_2022-06-21 | A day earlier, the Saudi crown prince visited Cairo.
en 2022-06-22 visited !mohammed-bin-salman_cairo_2022-06-20 | The Saudi crown prince arrived in Amman on Tuesday. / He visited Cairo a day before the vote.
`,
);
