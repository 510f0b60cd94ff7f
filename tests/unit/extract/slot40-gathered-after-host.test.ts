/**
 * A gathering verb past a host relative (branch slot40; diagnosis-batch35 §6 slot39 rank 4, #43–51): `اجتماع استضافته
 * موسكو في العاشر من أيار/مايو وجمع وزراء خارجية روسيا وتركيا وسوريا وإيران`, "a meeting hosted by Moscow on May 10 that
 * brought together …": every pair of members met, and the host received each member but its own (meetings.ts
 * gatheredMeetings, hostRelativeAt).
 */
import { describeCases } from './helpers.ts';

const ROW = 'ويأتي التصعيد بعد أسبوع من اجتماع استضافته موسكو في العاشر من أيار/مايو وجمع وزراء خارجية روسيا وتركيا وسوريا وإيران، في إطار مساعي التقارب بين أنقرة ودمشق.';

describeCases({
  'the row (ar)': [
    ['sergei-lavrov met mevlut-cavusoglu', ROW],
    ['faisal-mekdad met hossein-amir-abdollahian', ROW],
    ['rus hosted faisal-mekdad', ROW],
    ['rus hosted mevlut-cavusoglu', ROW],
    ['no rus hosted sergei-lavrov', ROW],
  ],
  'variants: no date, ضمّ, a place between (ar)': [
    ['hakan-fidan met faisal-mekdad', 'وعُقد الاجتماع بعد لقاء استضافته موسكو وضم وزراء خارجية روسيا وتركيا وسوريا وإيران.'],
    ['rus hosted faisal-mekdad', 'وعُقد الاجتماع بعد لقاء استضافته موسكو وضم وزراء خارجية روسيا وتركيا وسوريا وإيران.'],
  ],
  'English: "hosted by X … that brought together", "and included"': [
    ['mevlut-cavusoglu met faisal-mekdad', 'The escalation came a week after a meeting hosted by Moscow on May 10 that brought together the foreign ministers of Russia, Turkey, Syria and Iran.'],
    ['rus hosted hossein-amir-abdollahian', 'The escalation came a week after a meeting hosted by Moscow on May 10 that brought together the foreign ministers of Russia, Turkey, Syria and Iran.'],
  ],
  'negatives: another name between the host and the verb (ar)': [
    ['no rus hosted faisal-mekdad', 'وجاء ذلك بعد اجتماع استضافته موسكو بحضور ممثلين عن الأمم المتحدة، وجمع لاحقاً وزراء خارجية روسيا وتركيا وسوريا وإيران.'],
  ],
});
