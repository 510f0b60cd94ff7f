/**
 * A ، و-verb that carries its object pronoun (brief ref24: pronoun suffixes as object): "زار رئيسي دمشق، واستقبله الأسد"
 * has the name after the verb as its subject and the pronoun (the person of the clause before) as its object; it used to
 * share the subject of the verb before and take the name after it as object ("Raisi hosted Assad"). The English
 * counterpart ("…, and Assad received him") is read as before; a pronoun object (him, her, `ه`) with no one before it in its
 * sentence is the one person the sentence before names ("Raisi arrived in Damascus. Assad received him"), never a guess
 * between two. A paraphrase suite: the verb varies (received, met,
 * criticised, urged, phoned), the subject after it (name, title + name, descriptor), the clause before (visit, arrival,
 * قد + perfect), the sentence boundary (same sentence, next sentence). A و-verb with no suffix still shares the subject.
 */
import { describeCases } from './helpers.ts';

describeCases(
  {
    'a ، و-verb with an object suffix has its own subject after it (ar)': [
      ['bashar-al-assad hosted ebrahim-raisi', 'وكان رئيسي قد زار دمشق في أيار/مايو 2023، واستقبله الأسد في قصر الشعب.'],
      ['no ebrahim-raisi hosted bashar-al-assad', 'وكان رئيسي قد زار دمشق في أيار/مايو 2023، واستقبله الأسد في قصر الشعب.'],
      ['bashar-al-assad hosted ebrahim-raisi', 'زار الرئيس الإيراني إبراهيم رئيسي دمشق أمس، واستقبله الرئيس بشار الأسد في المطار.'],
      ['bashar-al-assad met ayman-safadi', 'وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق أمس، والتقاه الرئيس بشار الأسد.'],
      ['no ayman-safadi met bashar-al-assad', 'وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق أمس، والتقاه الرئيس بشار الأسد.'],
      ['recep-tayyip-erdogan criticized antony-blinken', 'زار وزير الخارجية الأمريكي أنتوني بلينكن أنقرة أمس، وانتقده أردوغان بشدة.'],
      ['no antony-blinken criticized recep-tayyip-erdogan', 'زار وزير الخارجية الأمريكي أنتوني بلينكن أنقرة أمس، وانتقده أردوغان بشدة.'],
      ['salman-bin-abdulaziz hosted recep-tayyip-erdogan', 'وصل الرئيس التركي رجب طيب أردوغان إلى جدة أمس، واستقبله الملك سلمان بن عبد العزيز.'],
      ['bashar-al-assad hosted ebrahim-raisi', 'زار رئيسي دمشق أمس. واستقبله الأسد في قصر الشعب.'],
      ['ebrahim-raisi visited damascus', 'زار الرئيس الإيراني إبراهيم رئيسي دمشق أمس، واستقبله الرئيس بشار الأسد في المطار.'],
    ],
    'a ، و-verb with no suffix still shares the subject before it (ar)': [
      ['ebrahim-raisi hosted bashar-al-assad', 'وصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق أمس، واستقبل الأسد في قصر الشعب.'],
      ['ebrahim-raisi met bashar-al-assad', 'وصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق أمس، والتقى الأسد في قصر الشعب.'],
    ],
    'the English counterpart: the pronoun object after the verb': [
      ['bashar-al-assad hosted ebrahim-raisi', 'Iranian President Ebrahim Raisi arrived in Damascus on Wednesday, and President Bashar al-Assad received him at the palace.'],
      ['no ebrahim-raisi hosted bashar-al-assad', 'Iranian President Ebrahim Raisi arrived in Damascus on Wednesday, and President Bashar al-Assad received him at the palace.'],
      ['bashar-al-assad hosted ebrahim-raisi', 'Iranian President Ebrahim Raisi visited Damascus on Wednesday, where President Bashar al-Assad received him.'],
      ['bashar-al-assad met ayman-safadi', 'Jordanian Foreign Minister Ayman Safadi arrived in Damascus on Monday, and Assad met him the same day.'],
      ['no ayman-safadi met bashar-al-assad', 'Jordanian Foreign Minister Ayman Safadi arrived in Damascus on Monday, and Assad met him the same day.'],
      ['bashar-al-assad hosted ebrahim-raisi', 'Raisi arrived in Damascus on Wednesday. Assad received him at the palace.'],
      ['salman-bin-abdulaziz hosted recep-tayyip-erdogan', 'Turkish President Recep Tayyip Erdogan arrived in Jeddah on Monday, and King Salman received him.'],
      ['no recep-tayyip-erdogan hosted salman-bin-abdulaziz', 'Turkish President Recep Tayyip Erdogan arrived in Jeddah on Monday, and King Salman received him.'],
      ['ebrahim-raisi hosted bashar-al-assad', 'Iranian President Ebrahim Raisi arrived in Tehran on Wednesday and received President Bashar al-Assad.'],
      ['ebrahim-raisi visited damascus', 'Iranian President Ebrahim Raisi visited Damascus on Wednesday, where President Bashar al-Assad received him.'],
    ],
    'a pronoun object with no one before it in its sentence: the one person of the sentence before': [
      ['bashar-al-assad hosted ebrahim-raisi', 'Raisi arrived in Damascus on Wednesday. Assad received him at the palace.'],
      ['vladimir-putin phoned recep-tayyip-erdogan', 'Erdogan won the run-off on Sunday. Putin phoned him on Monday to congratulate him.'],
      ['bashar-al-assad met ayman-safadi', 'Jordanian Foreign Minister Ayman Safadi flew to Damascus on Monday. President Bashar al-Assad met him at the presidential palace.'],
      ['no bashar-al-assad met ayman-safadi', 'Ayman Safadi and Faisal Mekdad flew to Damascus on Monday. President Bashar al-Assad met him at the presidential palace.'],
      ['no bashar-al-assad met faisal-mekdad', 'Ayman Safadi and Faisal Mekdad flew to Damascus on Monday. President Bashar al-Assad met him at the presidential palace.'],
      ['no bashar-al-assad hosted bashar-al-assad', 'Assad arrived in Moscow on Wednesday. Officials received him at the airport.'],
    ],
  },
  '2023-05-04',
);
