/**
 * pred29 (diagnosis-batch26 §6 fix 2): a meeting told by a dual (`لقاءين`, `اجتماعين`, "two separate meetings") or by
 * rounds of dialogue (`جولات حوار`, "rounds of dialogue") under a light verb, with a date or a list between.
 */
import { describeCases } from './helpers.ts';

describeCases({
  'dual meetings and rounds of dialogue (ar)': [
    ['faisal-mekdad met ayman-safadi', 'كما عقد الوزير السوري فيصل المقداد لقاءين منفصلين مع وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية المصري سامح شكري.'],
    ['faisal-mekdad met sameh-shoukry', 'كما عقد الوزير السوري فيصل المقداد لقاءين منفصلين مع وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية المصري سامح شكري.'],
    ['aanes met syr', 'وكانت الإدارة الذاتية قد أجرت جولات حوار مع دمشق برعاية روسية خلال السنوات الماضية.'],
    ['aanes met syr', 'وأجرت الإدارة الذاتية، العام الماضي، جولات حوار مع الحكومة السورية.'],
    ['sergei-lavrov met hakan-fidan', 'وعقد وزير الخارجية الروسي سيرغي لافروف أمس لقاءين مع نظيريه التركي والإيراني.'],
  ],
  'dual meetings and rounds of dialogue': [
    ['rus met irn', 'Russia held two separate meetings with Iran on Monday.'],
    ['aanes met syr', 'The Kurdish-led administration has held several rounds of talks with Damascus.'],
  ],
});
