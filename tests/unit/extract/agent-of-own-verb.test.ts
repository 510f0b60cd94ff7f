/**
 * An agent phrase (`من قبل`, "by") turns around only its own verb: past `حيث`/"where" or another verb it is that verb's
 * (brief frame26: "وصل الصفدي إلى دمشق حيث استُقبل من قبل الأسد" gave a false "Assad visited Safadi").
 */
import { describeCases } from './helpers.ts';

describeCases({
  'arrival, then a reception with its agent (ar)': [
    ['ayman-safadi visited damascus', 'وصل الصفدي إلى دمشق حيث استُقبل من قبل الأسد.'],
    ['no bashar-al-assad visited ayman-safadi', 'وصل الصفدي إلى دمشق حيث استُقبل من قبل الأسد.'],
    ['bashar-al-assad hosted ayman-safadi', 'وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق حيث استُقبل من قبل الرئيس السوري بشار الأسد.'],
    ['ayman-safadi visited damascus', 'وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق حيث استقبله الرئيس السوري بشار الأسد.'],
  ],
  'arrival, then a reception with its agent (en)': [
    ['ayman-safadi visited damascus', 'Jordanian Foreign Minister Ayman Safadi arrived in Damascus, where he was received by President Bashar al-Assad.'],
    ['no bashar-al-assad visited ayman-safadi', 'Jordanian Foreign Minister Ayman Safadi arrived in Damascus, where he was received by President Bashar al-Assad.'],
  ],
});
