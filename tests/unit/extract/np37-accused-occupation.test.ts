/**
 * np37 (diagnosis-batch32 §6 np37 rank 1, presence noun with an owner and a place): a charge of occupation puts the
 * accused in the occupied place (gold rule 13): `تتهم دمشق أنقرة باحتلال أجزاء من الشمال السوري`, `اتهم صباغ الولايات
 * المتحدة وتركيا بـ«احتلال» أجزاء من الأراضي السورية` (every member of the accused list), "Damascus accuses Ankara of
 * occupying parts of northern Syria", "accused the US of the occupation of Syrian land". No charge of another act, no
 * occupation denied, no occupier that is not a state or group.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a charge of occupation: the accused is in the place (ar)': [
    ['tur deployed_in northern-syria', 'في المقابل، تتهم دمشق أنقرة باحتلال أجزاء من الشمال السوري وتطالب بانسحاب قواتها.'],
    ['usa deployed_in syr', 'من جهته، اتهم مندوب سوريا الدائم لدى الأمم المتحدة بسام صباغ الولايات المتحدة وتركيا بـ«احتلال» أجزاء من الأراضي السورية ونهب ثرواتها.'],
    ['tur deployed_in syr', 'من جهته، اتهم مندوب سوريا الدائم لدى الأمم المتحدة بسام صباغ الولايات المتحدة وتركيا بـ«احتلال» أجزاء من الأراضي السورية ونهب ثرواتها.'],
    ['usa deployed_in syr', 'واتهم المقداد الولايات المتحدة يوم الأحد باحتلال الأراضي السورية.'],
    ['tur deployed_in afrin', 'وتتهم الحكومة السورية تركيا، التي تدعم فصائل معارضة، باحتلال عفرين.'],
    ['no tur deployed_in afrin', 'وتتهم الحكومة السورية تركيا بقصف عفرين.'],
    ['no tur deployed_in syr', 'ونفت أنقرة اتهامات دمشق لها بالسعي إلى احتلال الأراضي السورية.'],
  ],
  'a charge of occupation: the accused is in the place': [
    ['tur deployed_in northern-syria', 'Damascus accuses Ankara of occupying parts of northern Syria and demands the withdrawal of its forces.'],
    ['usa deployed_in syr', "Syria's UN envoy Bassam Sabbagh accused the United States and Turkey of occupying parts of Syrian territory."],
    ['tur deployed_in syr', "Syria's UN envoy Bassam Sabbagh accused the United States and Turkey of occupying parts of Syrian territory."],
    ['usa deployed_in syr', 'On Sunday, Mekdad accused Washington of the occupation of Syrian territory.'],
    ['tur deployed_in afrin', 'The Syrian government, which rejects the talks, accuses Turkey of occupying Afrin.'],
    ['no tur deployed_in afrin', 'The Syrian government accuses Turkey of shelling Afrin.'],
    ['no usa deployed_in syr', 'Mekdad accused Washington of planning to occupy Syrian land.'],
  ],
});
