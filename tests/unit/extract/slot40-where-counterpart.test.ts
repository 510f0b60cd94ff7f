/**
 * The subject of a `حيث` verb when the ones met are a person and a counterpart carrying the و (branch slot40; pool b29
 * qusayr-orontes-bridge-strike): `زار دمشق …، حيث التقى الرئيس بشار الأسد ونظيره السوري بسام صباغ`: the visitor met them,
 * the two met are no subject and object of each other (args.ts listAfter).
 */
import { describeCases } from './helpers.ts';

const ROW = 'وكان وزير الخارجية الإيراني عباس عراقجي قد زار دمشق في الخامس من تشرين الأول/أكتوبر، حيث التقى الرئيس بشار الأسد ونظيره السوري بسام صباغ.';

describeCases({
  'a visitor met the person and the counterpart after حيث (ar)': [
    ['abbas-araghchi met bashar-al-assad', ROW],
    ['no bashar-al-assad met bassam-sabbagh', ROW],
    ['abbas-araghchi met bashar-al-assad', 'ووصل عراقجي إلى دمشق أمس، حيث التقى الرئيس بشار الأسد ونظيره بسام صباغ.'],
    ['no bashar-al-assad met bassam-sabbagh', 'ووصل عراقجي إلى دمشق أمس، حيث التقى الرئيس بشار الأسد ونظيره بسام صباغ.'],
  ],
  'control: a plain list after حيث, and an own subject (ar)': [
    ['abbas-araghchi met bashar-al-assad', 'وزار عراقجي دمشق، حيث التقى الرئيس بشار الأسد ووزير الخارجية بسام صباغ.'],
    ['bashar-al-assad hosted abbas-araghchi', 'وزار عراقجي دمشق، حيث استقبله الرئيس بشار الأسد.'],
  ],
  'English control: where he met': [
    ['abbas-araghchi met bashar-al-assad', 'Araghchi visited Damascus on October 5, where he met President Bashar al-Assad and his Syrian counterpart Bassam Sabbagh.'],
  ],
});
