/**
 * A place after the verb of a relative clause on a place only locates the antecedent (slot35, diagnosis-batch30 FP 54;
 * diag28 FP 90, 123): `مخيم الهول الذي تديره «قسد» في ريف الحسكة` gives the SDF's presence in the camp, not in Hasakah.
 * Negative cells: the antecedent's own presence stays; a main clause with two places keeps both readers' results.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the relative clause on a place: the place after the verb locates the antecedent (ar)': [
    ['sdf deployed_in al-hol-camp', 'وأشار حسين إلى أن بغداد تواصل إعادة مواطنيها من مخيم الهول الذي تديره «قوات سوريا الديمقراطية» في ريف الحسكة.'],
    ['no sdf deployed_in hasakah', 'وأشار حسين إلى أن بغداد تواصل إعادة مواطنيها من مخيم الهول الذي تديره «قوات سوريا الديمقراطية» في ريف الحسكة.'],
    ['no sdf deployed_in hasakah', 'وتعيد بغداد مواطنيها من مخيم الهول، الذي تسيطر عليه «قسد» في ريف الحسكة الشرقي.'],
    ['sdf deployed_in hasakah', 'وتنتشر «قسد» في ريف الحسكة منذ سنوات.'],
  ],
  'the relative clause on a place: the place after the verb locates the antecedent (en)': [
    ['sdf deployed_in al-hol-camp', 'Baghdad repatriates citizens from the al-Hol camp, which the SDF controls in Hasakah province.'],
    ['no sdf deployed_in hasakah', 'Baghdad repatriates citizens from the al-Hol camp, which the SDF controls in Hasakah province.'],
    ['sdf deployed_in hasakah', 'The SDF controls much of Hasakah province.'],
    ['usa deployed_in northeastern-syria', 'Washington, which keeps about 900 troops in northeastern Syria, backs the SDF in its fight against Islamic State remnants.'],
  ],
});
