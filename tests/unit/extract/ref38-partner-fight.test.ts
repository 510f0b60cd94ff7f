/**
 * Partners of a fight (branch ref38, diagnosis-batch33 §6 ref38 rank 1/4; rows #110-113, FP #115; pool b18, b31):
 * a where-relative with no named subject ("where they fight X alongside P", `حيث يقاتلون X إلى جانب P`) is the holder
 * of the presence on the place before it; a bare group head (`التنظيم`) before `إلى جانب` is a name (the preposition is
 * no adjective). The partner belongs to the subject: the foe is never the partner's coordinated_with.
 */
import { describeCases } from './helpers.ts';

const IS_AR = 'وتتهم «قسد» تنظيم «داعش» بالوقوف وراء عمليات اغتيال. ';
const IS_EN = 'Islamic State militants attacked a checkpoint on Monday. ';

describeCases({
  'where-relative subject = the presence holder (ar)': [
    ['usa attacked isis', 'ويتمركز نحو 900 جندي أمريكي في شمال شرق سوريا، حيث يقاتلون تنظيم «داعش» إلى جانب «قسد».'],
    ['sdf attacked isis', 'ويتمركز نحو 900 جندي أمريكي في شمال شرق سوريا، حيث يقاتلون تنظيم «داعش» إلى جانب «قسد».'],
    ['usa coordinated_with sdf', 'ويتمركز نحو 900 جندي أمريكي في شمال شرق سوريا، حيث يقاتلون تنظيم «داعش» إلى جانب «قسد».'],
    ['no isis coordinated_with sdf', 'ويتمركز نحو 900 جندي أمريكي في شمال شرق سوريا، حيث يقاتلون تنظيم «داعش» إلى جانب «قسد».'],
    ['usa attacked isis', IS_AR + 'وتحتفظ القوات الأمريكية بقواعد في شمال شرق سوريا، حيث تقاتل التنظيم إلى جانب «قوات سوريا الديمقراطية» (قسد).'],
    ['sdf attacked isis', IS_AR + 'وتحتفظ القوات الأمريكية بقواعد في شمال شرق سوريا، حيث تقاتل التنظيم إلى جانب «قوات سوريا الديمقراطية» (قسد).'],
    ['no isis coordinated_with sdf', IS_AR + 'وتحتفظ القوات الأمريكية بقواعد في شمال شرق سوريا، حيث تقاتل التنظيم إلى جانب «قوات سوريا الديمقراطية» (قسد).'],
    ['tur attacked pkk', 'وتنتشر القوات التركية في شمال العراق، حيث تحارب «حزب العمال الكردستاني» إلى جانب قوات البيشمركة.'],
    ['no pkk coordinated_with kurdistan-region', 'وتنتشر القوات التركية في شمال العراق، حيث تحارب «حزب العمال الكردستاني» إلى جانب قوات البيشمركة.'],
  ],
  'where-relative subject (en)': [
    ['usa attacked isis', 'The United States keeps about 900 troops in northeastern Syria, where they fight Islamic State alongside the SDF.'],
    ['sdf attacked isis', 'The United States keeps about 900 troops in northeastern Syria, where they fight Islamic State alongside the SDF.'],
    ['usa coordinated_with sdf', 'The United States keeps about 900 troops in northeastern Syria, where they fight Islamic State alongside the SDF.'],
    ['no isis coordinated_with sdf', 'The United States keeps about 900 troops in northeastern Syria, where they fight Islamic State alongside the SDF.'],
  ],
  'a bare group head before إلى جانب is the foe (ar)': [
    ['usa attacked isis', IS_AR + 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد التنظيم إلى جانب «قسد» في شمال شرق سوريا.'],
    ['sdf attacked isis', IS_AR + 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد التنظيم إلى جانب «قسد» في شمال شرق سوريا.'],
    ['usa coordinated_with sdf', IS_AR + 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد التنظيم إلى جانب «قسد» في شمال شرق سوريا.'],
    ['no usa attacked sdf', IS_AR + 'ويخوض التحالف الدولي منذ عام 2014 حرباً ضد التنظيم إلى جانب «قسد» في شمال شرق سوريا.'],
  ],
  'a partner, then a fight frame and the foe\'s remnants (ar)': [
    ['usa attacked isis', IS_AR + 'ويحتفظ الجيش الأمريكي بنحو 900 جندي في شمال شرق سوريا، حيث يعملون إلى جانب «قسد» في ملاحقة فلول التنظيم.'],
    ['sdf attacked isis', IS_AR + 'ويحتفظ الجيش الأمريكي بنحو 900 جندي في شمال شرق سوريا، حيث يعملون إلى جانب «قسد» في ملاحقة فلول التنظيم.'],
    ['usa attacked isis', IS_AR + 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا يعملون إلى جانب «قسد» في ملاحقة خلايا التنظيم.'],
    ['sdf attacked isis', IS_AR + 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا يعملون إلى جانب «قسد» في ملاحقة خلايا التنظيم.'],
    ['sdf attacked isis', 'في المقابل، تنتشر قوات أمريكية في شمال شرق سوريا إلى جانب «قسد» في إطار الحرب على تنظيم «داعش».'],
    ['usa attacked isis', 'في المقابل، تنتشر قوات أمريكية في شمال شرق سوريا إلى جانب «قسد» في إطار الحرب على تنظيم «داعش».'],
    ['tur attacked pkk', 'وتنتشر القوات التركية في شمال العراق إلى جانب قوات البيشمركة في مواجهة «حزب العمال الكردستاني».'],
  ],
  'a partner, then a fight frame and the foe\'s remnants (en)': [
    ['usa attacked isis', IS_EN + 'The United States keeps about 900 troops in northeastern Syria, where they work alongside the SDF against the remnants of the group.'],
    ['sdf attacked isis', IS_EN + 'The United States keeps about 900 troops in northeastern Syria, where they work alongside the SDF against the remnants of the group.'],
    ['no sdf attacked sdf', IS_EN + 'The United States keeps about 900 troops in northeastern Syria, where they work alongside the SDF against the remnants of the group.'],
    ['sdf attacked isis', 'US troops are deployed in northeastern Syria alongside the SDF in the fight against Islamic State.'],
    ['usa attacked isis', 'US troops are deployed in northeastern Syria alongside the SDF in the war on Islamic State.'],
  ],
  'look-alikes of the frame: no fight noun, no foe named, a partner as foe': [
    ['no sdf attacked isis', 'US troops are deployed in northeastern Syria alongside the SDF in the reconstruction of Raqqa.'],
  ],
  'look-alikes of the frame (ar)': [
    ['no usa attacked sdf', 'وتنتشر قوات أمريكية في شمال شرق سوريا إلى جانب «قسد» في ملاحقة خلايا التنظيم.'],
    ['no sdf attacked isis', 'وتنتشر قوات أمريكية في شمال شرق سوريا إلى جانب «قسد» في إعادة إعمار الرقة.'],
  ],
  'look-alikes: no where-subject without a presence, no partner of the object (ar)': [
    ['no usa attacked isis', 'وتقع البلدة في شمال شرق سوريا، حيث يقاتلون تنظيم «داعش» إلى جانب «قسد».'],
    ['no isis coordinated_with sdf', 'وتقع البلدة في شمال شرق سوريا، حيث يقاتلون تنظيم «داعش» إلى جانب «قسد».'],
    ['hezbollah coordinated_with syr', 'ويقاتل «حزب الله» إلى جانب القوات الحكومية السورية منذ عام 2013.'],
  ],
  'look-alikes: no partner of the object (en)': [
    ['no isis attacked sdf', IS_EN + 'The United States keeps about 900 troops in northeastern Syria, where they fight Islamic State alongside the SDF.'],
  ],
});
