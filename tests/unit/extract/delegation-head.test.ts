/**
 * A delegation headed by a named person (brief ref24b): `وفداً سورياً برئاسة X`, "a Syrian delegation headed by X", "Iran's
 * delegation, led by X" — the delegation's meetings, receptions and visits are X's (the head named), not its state's,
 * and a later "the two sides", `الجانبان` pairs X with the host. Other acts of the delegation (urging, criticism) stay
 * the state's. A bare delegation with no head named stays its state. A paraphrase suite: the head word (headed by, led
 * by, chaired by, برئاسة, يرأسه, بقيادة), the delegation's position (object of received / hosted, subject of visited /
 * met, with a comma or not), the frame (negated), and the two sides after. New sentences only.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'the head of a received delegation is the guest': [
      ['ayman-safadi hosted faisal-mekdad', 'Jordanian Foreign Minister Ayman Safadi received a Syrian delegation headed by Foreign Minister Faisal Mekdad in Amman on Wednesday.'],
      ['no ayman-safadi hosted syr', 'Jordanian Foreign Minister Ayman Safadi received a Syrian delegation headed by Foreign Minister Faisal Mekdad in Amman on Wednesday.'],
      ['ayman-safadi hosted faisal-mekdad', 'Jordanian Foreign Minister Ayman Safadi on Wednesday hosted a Syrian delegation led by Faisal Mekdad.'],
      ['ayman-safadi met faisal-mekdad', 'Ayman Safadi received a Syrian delegation led by Faisal Mekdad in Amman on Wednesday. The two sides discussed drug smuggling across the border.'],
      ['no ayman-safadi met syr', 'Ayman Safadi received a Syrian delegation led by Faisal Mekdad in Amman on Wednesday. The two sides discussed drug smuggling across the border.'],
      ['no ayman-safadi hosted faisal-mekdad', 'Ayman Safadi did not receive the Syrian delegation led by Faisal Mekdad on Wednesday.'],
      ['no ayman-safadi hosted syr', 'Ayman Safadi did not receive the Syrian delegation led by Faisal Mekdad on Wednesday.'],
    ],
    'the head of a delegation that visits or meets': [
      ['faisal-mekdad visited amman', 'A Syrian delegation headed by Foreign Minister Faisal Mekdad visited Amman on Wednesday.'],
      ['no syr visited amman', 'A Syrian delegation headed by Foreign Minister Faisal Mekdad visited Amman on Wednesday.'],
      ['faisal-mekdad met ayman-safadi', "Syria's delegation, led by Faisal Mekdad, met Ayman Safadi in Amman on Wednesday."],
    ],
    'other acts and bare delegations stay the state': [
      ['irn urged tur', "Iran's delegation, headed by Ali Asghar Khaji, called on Ankara to show restraint."],
      ['ayman-safadi hosted syr', 'Jordanian Foreign Minister Ayman Safadi received a Syrian delegation in Amman on Wednesday.'],
    ],
    'the head of a received delegation is the guest (ar)': [
      ['ayman-safadi hosted faisal-mekdad', 'استقبل وزير الخارجية الأردني أيمن الصفدي في عمّان، أمس الأربعاء، وفداً سورياً برئاسة وزير الخارجية فيصل المقداد.'],
      ['no ayman-safadi hosted syr', 'استقبل وزير الخارجية الأردني أيمن الصفدي في عمّان، أمس الأربعاء، وفداً سورياً برئاسة وزير الخارجية فيصل المقداد.'],
      ['ayman-safadi hosted faisal-mekdad', 'استقبل الصفدي أمس وفداً سورياً يرأسه المقداد.'],
      ['ayman-safadi met faisal-mekdad', 'استقبل الصفدي أمس الأربعاء وفداً سورياً برئاسة المقداد. وبحث الجانبان مكافحة تهريب المخدرات.'],
      ['no ayman-safadi met syr', 'استقبل الصفدي أمس الأربعاء وفداً سورياً برئاسة المقداد. وبحث الجانبان مكافحة تهريب المخدرات.'],
      ['ayman-safadi agreed_with faisal-mekdad', 'استقبل الصفدي أمس الأربعاء وفداً سورياً برئاسة المقداد. واتفق الطرفان على تشكيل لجنة مشتركة.'],
      ['no ayman-safadi hosted faisal-mekdad', 'ولم يستقبل الصفدي الوفد السوري برئاسة المقداد.'],
    ],
    'the head of a delegation that visits (ar)': [
      ['faisal-mekdad visited amman', 'وصل وفد سوري برئاسة وزير الخارجية فيصل المقداد إلى عمّان أمس الأربعاء.'],
      ['no syr visited amman', 'وصل وفد سوري برئاسة وزير الخارجية فيصل المقداد إلى عمّان أمس الأربعاء.'],
      ['ayman-safadi hosted syr', 'استقبل الصفدي أمس وفداً سورياً.'],
    ],
  },
  '2023-09-14',
);
