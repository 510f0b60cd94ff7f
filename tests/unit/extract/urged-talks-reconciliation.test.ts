/**
 * A call to resume (hold) talks on normalising relations is a call for reconciliation (gold rule 9, diagnosis-batch30
 * #72, 73, FP 79, 80; branch pred35): "urged X and Y to resume talks on normalising relations" is `urged_reconciliation_with`
 * each with the other, not `urged`; a plain urge cue (`to resume`) inside the urging verb's clause is that verb's
 * complement; a reconciliation word that is the topic of talks the verb calls for is no mere topic. Look-alikes: a call
 * to resume talks with no reconciliation word, talks on normalisation that nobody urges.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'urged to resume talks on normalising relations (en)': [
    ['rus urged_reconciliation_with syr', 'Moscow has urged Damascus and Ankara to resume talks on normalising relations.'],
    ['rus urged_reconciliation_with tur', 'Moscow has urged Damascus and Ankara to resume talks on normalising relations.'],
    ['no rus urged syr', 'Moscow has urged Damascus and Ankara to resume talks on normalising relations.'],
    ['rus urged_reconciliation_with tur', 'Russia urged Turkey and Syria on Monday to resume talks on restoring ties.'],
    ['rus urged_reconciliation_with syr', 'Russia called on Turkey to resume talks on normalising relations with Syria.'],
    ['rus urged_reconciliation_with syr', 'Russia, which has brokered several meetings, urged Turkey to hold talks about restoring ties with Syria.'],
    ['rus urged_reconciliation_with tur', 'Moscow urged Damascus and Ankara to resume normalising relations.'],
    ['rus urged_reconciliation_with syr', 'Moscow has urged Damascus and Ankara to resume talks on normalising relations, a process that stalled after Syria demanded a timetable for the withdrawal of Turkish troops.'],
    ['no tur deployed_in rus', 'Moscow has urged Damascus and Ankara to resume talks on normalising relations, a process that stalled after Syria demanded a timetable for the withdrawal of Turkish troops.'],
  ],
  'urged to resume talks on normalising relations (ar)': [
    ['rus urged_reconciliation_with syr', 'دعت موسكو دمشق وأنقرة إلى استئناف المحادثات بشأن تطبيع العلاقات.'],
    ['rus urged_reconciliation_with tur', 'دعت موسكو دمشق وأنقرة إلى استئناف المحادثات بشأن تطبيع العلاقات.'],
    ['rus urged_reconciliation_with syr', 'دعت موسكو أنقرة إلى استئناف الحوار من أجل تطبيع العلاقات مع دمشق.'],
  ],
  'no reconciliation': [
    ['rus urged syr', 'Moscow has urged Damascus and Ankara to resume talks.'],
    ['no rus urged_reconciliation_with syr', 'Moscow has urged Damascus and Ankara to resume talks.'],
    ['no rus urged_reconciliation_with syr', 'The Russian and Turkish ministers discussed talks on normalising relations between Ankara and Damascus.'],
  ],
});
