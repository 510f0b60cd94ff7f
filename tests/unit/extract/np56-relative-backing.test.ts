/**
 * A "with … backing/support" adjunct inside a relative clause backs the relative's antecedent, not the main clause's
 * subject (branch np56; diagnosis-batch54 §6 np56 rank 2 #4 "X, which control … with the backing of Y"; pool b32, b40,
 * b50, b51, b52). relations/relativebacking.ts, called from frames.ts withSupport / withHelpOf.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the row constructions (en)': [
    ['usa supported sdf', 'The YPG forms the backbone of the Syrian Democratic Forces (SDF), which control much of northeastern Syria with the backing of about 900 US troops deployed in the region.'],
    ['no usa supported ypg', 'The YPG forms the backbone of the Syrian Democratic Forces (SDF), which control much of northeastern Syria with the backing of about 900 US troops deployed in the region.'],
    ['usa supported sdf', 'The YPG forms the backbone of the SDF, which captured Baghouz, the last Islamic State stronghold in Syria, in March 2019 with US backing.'],
    ['no usa supported ypg', 'The YPG forms the backbone of the SDF, which captured Baghouz, the last Islamic State stronghold in Syria, in March 2019 with US backing.'],
    ['usa supported sdf', 'The YPG forms the backbone of the SDF, which fights Islamic State cells with the support of US-led coalition forces.'],
    ['usa supported sdf', 'The camp is run by the Kurdish-led Syrian Democratic Forces (SDF), which hold much of northeastern Syria with the backing of the United States.'],
  ],
  'variants: who, a date, another support noun, an apposition (en)': [
    ['usa supported sdf', 'The strike hit a village near Qamishli, a city held by the SDF, who drove Islamic State out of Raqqa in 2017 with American air support.'],
    ['rus supported syr', 'Turkey has long criticised the Syrian government, which retook most of the country with the help of Russia.'],
    ['usa supported sdf', 'The Asayish are the security arm of the administration, whose armed wing, the Syrian Democratic Forces, controls most of the northeast with the backing of a US-led coalition.'],
  ],
  'negatives: a closed relative, the main subject keeps its backing (en)': [
    ['usa supported sdf', 'The SDF, which the YPG leads, captured Raqqa in 2017 with the backing of the United States.'],
    ['no usa supported ypg', 'The SDF, which the YPG leads, captured Raqqa in 2017 with the backing of the United States.'],
    ['usa supported sdf', 'The SDF controls much of northeastern Syria with the backing of the United States.'],
  ],
}, '2024-05-06');
