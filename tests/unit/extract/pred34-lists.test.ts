/**
 * Lists in every slot (branch pred34, diag29 §6 fix 7): a demanded withdrawal "from A and B", `من A وB`, presupposes the
 * presence in every member of the list, not only the first (presence.ts `furtherFrom`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'a demanded withdrawal from a list of places: every member': [
    ['ypg deployed_in tal-rifaat', 'Ankara has long demanded that the YPG withdraw from Manbij and Tal Rifaat, which it says are used to launch attacks on Turkish forces.'],
    ['ypg deployed_in manbij', 'Ankara has long demanded that the YPG withdraw from Manbij and Tal Rifaat, which it says are used to launch attacks on Turkish forces.'],
    ['ypg deployed_in tal-rifaat', 'On Monday Turkey again demanded that Kurdish YPG fighters withdraw from Manbij and from Tal Rifaat.'],
    // (no list after the urger's own soil)
    ['no usa deployed_in moscow', 'Damascus and Moscow regard the US presence as illegal and have repeatedly demanded its withdrawal.'],
    ['no ypg deployed_in tur', 'Ankara demanded that the YPG withdraw from Manbij and Turkey threatened a new offensive.'],
  ],
  'a demanded withdrawal from a list of places: every member (ar)': [
    ['ypg deployed_in tal-rifaat', 'وتطالب أنقرة بانسحاب «وحدات حماية الشعب» الكردية من منبج وتل رفعت.'],
    ['ypg deployed_in manbij', 'وتطالب أنقرة بانسحاب «وحدات حماية الشعب» الكردية من منبج وتل رفعت.'],
  ],
});
