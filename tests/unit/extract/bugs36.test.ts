/**
 * Known extraction bugs fixed as general rules (branch bugs36), one suite per construction: forces pushed to a place
 * (`دفع ب`); deployed or stationed at a place; … (src/lib/extract/README.md, bugs36).
 */
import { describe, expect, it } from 'vitest';
import { describeCases, extract } from './helpers.ts';

describeCases({
  'forces pushed to a place: presence there, no urging (ar)': [
    ['tur deployed_in syr', 'ودفع الجيش التركي بتعزيزات إلى سوريا'],
    ['no tur urged syr', 'ودفع الجيش التركي بتعزيزات إلى سوريا'],
    ['tur deployed_in idlib', 'ودفع الجيش التركي بتعزيزات عسكرية جديدة إلى نقاطه في ريف إدلب'],
    ['tur deployed_in idlib', 'ودفعت تركيا بتعزيزات عسكرية إلى إدلب'],
    // (a date and the pluperfect between)
    ['syr deployed_in suwayda', 'وكانت دمشق قد دفعت خلال الأسابيع الماضية بتعزيزات عسكرية إلى السويداء'],
    // (another noun of the class: more forces)
    ['rus deployed_in qamishli-airport', 'دفعت روسيا بمزيد من القوات إلى مطار القامشلي'],
    ['rus deployed_in qamishli-airport', 'وزجّت روسيا بقوات إلى مطار القامشلي'],
    // (pushing an actor to act stays a call)
    ['rus urged tur', 'ودفعت روسيا تركيا إلى الحوار مع دمشق'],
    ['no rus deployed_in tur', 'ودفعت روسيا تركيا إلى الحوار مع دمشق'],
  ],
  'forces pushed to a place (en)': [
    ['tur deployed_in idlib', 'Turkey sent reinforcements to Idlib.'],
    ['tur deployed_in idlib', 'Turkey rushed reinforcements to Idlib on Monday.'],
  ],
});

describeCases({
  'deployed or stationed at a place': [
    ['usa deployed_in al-tanf', 'The US has deployed troops at the al-Tanf base.'],
    ['rus deployed_in qamishli-airport', 'Russia has stationed troops at Qamishli airport.'],
    ['rus deployed_in qamishli-airport', 'Russia, which intervened in 2015, has deployed military police at Qamishli airport, a Russian official said.'],
    ['rus deployed_in qamishli-airport', 'In January Russia deployed troops at Qamishli airport.'],
    ['no rus coordinated_with qamishli-airport', 'Russia has deployed troops at Qamishli airport.'],
  ],
});
