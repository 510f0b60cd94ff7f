/**
 * Patrols run in a place are a presence there (gold rule 13; relations/patrol.ts, cues.csv `patrol_verb_ar`,
 * `patrol_noun`): each subject of `سيّر` and the partner after `مع` are deployed in the first place after `في` past the
 * patrol noun; the joint patrol keeps its coordinated_with. Negative cells: negated, "في المنطقة" with no place of its
 * own (nor a place named later in another phrase), `تسير` of things that are no patrol.
 */
import { describeCases, type Case } from './helpers.ts';

const CASES: Record<string, Case[]> = {
  'patrollers are in the place patrolled (ar)': [
    ['rus deployed_in derbasiyah', 'سيّرت القوات الروسية والتركية، يوم الخميس، دورية عسكرية مشتركة في ريف بلدة الدرباسية شمال الحسكة.'],
    ['tur deployed_in derbasiyah', 'سيّرت القوات الروسية والتركية، يوم الخميس، دورية عسكرية مشتركة في ريف بلدة الدرباسية شمال الحسكة.'],
    ['rus coordinated_with tur', 'سيّرت القوات الروسية والتركية، يوم الخميس، دورية عسكرية مشتركة في ريف بلدة الدرباسية شمال الحسكة.'],
    ['rus deployed_in derbasiyah', 'وكانت القوات الروسية قد سيّرت خلال الأشهر الماضية دوريات مشتركة مع القوات التركية في ريف الدرباسية.'],
    ['tur deployed_in derbasiyah', 'وكانت القوات الروسية قد سيّرت خلال الأشهر الماضية دوريات مشتركة مع القوات التركية في ريف الدرباسية.'],
    ['rus coordinated_with tur', 'وكانت القوات الروسية قد سيّرت خلال الأشهر الماضية دوريات مشتركة مع القوات التركية في ريف الدرباسية.'],
    ['rus deployed_in tal-tamr', 'كما تسيّر القوات الروسية دوريات في ريف تل تمر منذ عام 2019.'],
  ],
  'no patrol presence (ar)': [
    ['no rus deployed_in tal-tamr', 'ولم تسيّر القوات الروسية أي دوريات في ريف تل تمر منذ أشهر.'],
    ['no tur deployed_in sochi', 'وتحتفظ روسيا بقوات في مطار القامشلي، وتسيّر دوريات مشتركة مع القوات التركية في المنطقة بموجب تفاهم سوتشي.'],
    ['no rus deployed_in geneva', 'وتسير المفاوضات التي ترعاها روسيا ببطء في جنيف.'],
  ],
};

describeCases(CASES);
