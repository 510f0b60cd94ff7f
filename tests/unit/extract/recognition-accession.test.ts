/**
 * Recognition and accession are `supported` (gold rule 12, CAMEO 054): recognising a state or its independence,
 * ratifying or approving another state's accession, lifting an objection to it. Sentences of our own, both languages,
 * with look-alikes that must not give it.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'recognising a state': [
    ['rus supported abkhazia', 'Russia recognised the independence of Abkhazia and South Ossetia in August 2008.'],
    ['rus supported south-ossetia', 'Russia recognised the independence of Abkhazia and South Ossetia in August 2008.'],
    ['no yem supported sau', 'The internationally recognised government of Yemen thanked Saudi Arabia.'],
  ],
  'approving an accession, lifting an objection': [
    ['hun supported swe', "Hungary's parliament ratified Sweden's application to join NATO on Monday."],
    ['grc supported fin', "Greece's lawmakers approved Finland's bid on Tuesday."],
    ['hun supported swe', 'Hungary agreed to lift its objections to Sweden joining NATO.'],
    ['no hun supported swe', "Hungary has not yet ratified Sweden's bid."],
  ],
  'recognising a state, approving an accession (ar)': [
    ['rus supported abkhazia', 'واعترفت روسيا عام 2008 باستقلال أبخازيا.'],
    ['hun supported swe', 'وصادق البرلمان المجري على انضمام السويد إلى حلف شمال الأطلسي.'],
  ],
});
