/**
 * An air bridge to someone is aid; sweeping into a place is entering it (branch pred36, diagnosis-batch31 #50, #33):
 * `سيّر العراق جسراً جوياً مماثلاً إلى تركيا`, "set up an air bridge to Syria" → supported; "swept into Afrin",
 * `اجتاحت «هيئة تحرير الشام» مدينة عفرين` → deployed_in. Look-alikes: protests sweeping a country.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'air bridge, sweeping into (ar)': [
    ['irq supported tur', 'كما سيّر العراق جسراً جوياً مماثلاً إلى تركيا.'],
    ['hts deployed_in afrin', 'واجتاحت «هيئة تحرير الشام» مدينة عفرين الأسبوع الماضي.'],
    ['no irn deployed_in irn', 'واجتاحت الاحتجاجات إيران منذ أيلول.'],
  ],
  'air bridge, sweeping into (en)': [
    ['are supported syr', 'The UAE set up an air bridge to Syria after the earthquake.'],
    ['hts deployed_in afrin', 'HTS swept into Afrin last week.'],
  ],
});
