/**
 * (solo58) The partner's presence (rule 18b) is taken from the holder's place as named, never from a capital standing for
 * its state: "Damascus has repeatedly demanded the withdrawal of US troops, who operate alongside the SDF in …" gave
 * `sdf deployed_in damascus`.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a capital standing for its state is no place of the partner': [
    ['no sdf deployed_in damascus', 'Damascus has repeatedly demanded the withdrawal of US troops, who operate alongside the Kurdish-led Syrian Democratic Forces (SDF) in Hasakah and Deir ez-Zor provinces.'],
    ['usa coordinated_with sdf', 'Damascus has repeatedly demanded the withdrawal of US troops, who operate alongside the Kurdish-led Syrian Democratic Forces (SDF) in Hasakah and Deir ez-Zor provinces.'],
    ['no sdf deployed_in damascus', 'Damascus has demanded the departure of US forces, who work alongside the SDF.'],
    // (as before: the holder's place named as a place)
    ['sdf deployed_in northeastern-syria', 'About 900 US troops are deployed in northeastern Syria, where they work alongside the SDF against IS.'],
  ],
});
