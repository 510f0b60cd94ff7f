/**
 * The predicate lexicon, round 2 (branch pred32): the pooled misses of batches 13–26 with both arguments named and no
 * trigger of the gold relation, by class. Sentences of our own in both languages: the construction of the rows and
 * variants (a date, a relative clause, a list, another noun of the class), with look-alikes that must not give it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  "the partner's own fight against a foe is its attack on the foe": [
    ['sdf attacked isis', 'The United States keeps several hundred troops in the northeast and backs the SDF in its fight against Islamic State.'],
    ['usa supported sdf', 'The United States keeps several hundred troops in the northeast and backs the SDF in its fight against Islamic State.'],
    ['sdf attacked isis', 'Washington, which keeps about 900 troops in northeastern Syria, backs the SDF in its fight against Islamic State remnants.'],
    ['sdf attacked isis', 'Washington has supported the Syrian Democratic Forces (SDF) in their battle against Islamic State since 2015.'],
    ['sdf attacked isis', 'France, Britain and the United States back the SDF in its war against IS.'],
    ['ypg attacked isis', 'The United States armed the YPG in its campaign against Islamic State in 2016.'],
    ['no usa attacked isis', 'Washington, which keeps about 900 troops in northeastern Syria, backs the SDF in its fight against Islamic State remnants.'],
    ['no sdf attacked isis', 'Washington backs the SDF, and Turkey opposes it in its fight against the PKK.'],
    ['no sdf attacked tur', 'The SDF accused Turkey of shelling its positions in Ain Issa.'],
  ],
  'a coordination in confronting a foe is both sides\' attack on it (ar)': [
    ['sdf attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».'],
    ['usa attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».'],
    ['sdf attacked isis', 'وتنشر الولايات المتحدة منذ عام 2015 قوات في سوريا، تعمل إلى جانب «قوات سوريا الديمقراطية» في ملاحقة تنظيم «داعش».'],
    ['hezbollah attacked hts', 'ويقاتل «حزب الله» إلى جانب القوات الحكومية في مواجهة «هيئة تحرير الشام».'],
    ['usa coordinated_with sdf', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا، يعملون إلى جانب «قسد» في مواجهة تنظيم «داعش».'],
    ['no sdf attacked isis', 'وتنشر الولايات المتحدة نحو 900 جندي في شمال شرق سوريا إلى جانب «قسد».'],
    ['no tur attacked sdf', 'ودعت الولايات المتحدة تركيا إلى ضبط النفس في مواجهة «قسد».'],
  ],
});
