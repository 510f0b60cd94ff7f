/**
 * (solo58) An English participle in -ed right before "by", with no auxiliary, is a reduced passive ("SDF fighters backed
 * by US warplanes attacked …"): never the active verb, whose object used to be found further on (`sdf supported isis`);
 * its agent when named right after "by" and the one it qualifies named right before it, else nothing.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a reduced passive is no active verb': [
    ['usa supported sdf', 'SDF fighters backed by US warplanes attacked IS positions.'],
    ['no sdf supported isis', 'SDF fighters backed by US warplanes attacked IS positions.'],
    ['sdf attacked isis', 'SDF fighters backed by US warplanes attacked IS positions.'],
    ['no sdf supported usa', 'On Friday morning, SDF units backed by helicopters of the US-led coalition launched a sweep against IS cells in Abu Hamam.'],
    ['rus supported syr', 'Government forces backed by Russian jets recaptured Palmyra in March 2016.'],
    ['no syr supported isis', 'In late 2022, local gunmen backed by government forces drove Islamic State fighters out of parts of Daraa city.'],
    ['no rus hosted bashar-al-assad', 'Erdogan has signalled a willingness to meet President Bashar al-Assad, a shift welcomed by Moscow.'],
    ['no qat supported tur', 'The project, funded by Qatar, envisages some 240,000 briquette houses in areas of northern Syria controlled by Turkey.'],
  ],
});
