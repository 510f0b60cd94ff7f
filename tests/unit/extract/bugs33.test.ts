/**
 * Known extraction bugs fixed as general rules (branch bugs33): the partner after "alongside"/`إلى جانب` is no second
 * object (relations/args.ts `cutAlongside`); a place right after one's own troops and "in"/`في` is no one threatened
 * (args.ts `ownTroopsPlace`); an English "its" is the antecedent's, not a name inside a relative clause set off by commas
 * (relations/presence.ts `inClosedRelative`).
 */
import { describeCases } from './helpers.ts';

describeCases({
  'the partner after "alongside" is no object (ar)': [
    ['irn supported syr', 'وتدعم إيران الحكومة السورية إلى جانب روسيا'],
    ['no irn supported rus', 'وتدعم إيران الحكومة السورية إلى جانب روسيا'],
    ['no irn supported rus', 'وتدعم إيران منذ عام 2011 الحكومة السورية بجانب روسيا'],
    ['no tur supported usa', 'وتدعم تركيا فصائل «الجيش الوطني السوري» إلى جانب الولايات المتحدة'],
    // (a plain و joins a second object)
    ['irn supported rus', 'وتدعم إيران الحكومة السورية وروسيا'],
  ],
  'the partner after "alongside" is no object': [
    ['irn supported syr', 'Iran supports the Syrian government alongside Russia.'],
    ['no irn supported rus', 'Iran supports the Syrian government alongside Russia.'],
    ['no irn supported rus', 'Since 2011 Iran has backed the Syrian government, together with Russia.'],
    ['no irn supported rus', 'Iran, a key ally, supports the Syrian government alongside Russia.'],
    ['irn supported rus', 'Iran supports the Syrian government and Russia.'],
  ],
  "a place of one's own troops is no one threatened": [
    ['lloyd-austin threatened irn', 'Defense Secretary Lloyd Austin has warned Iran and its proxies that Washington will respond to any attack on its troops in Iraq and Syria.'],
    ['no lloyd-austin threatened irq', 'Defense Secretary Lloyd Austin has warned Iran and its proxies that Washington will respond to any attack on its troops in Iraq and Syria.'],
    ['no lloyd-austin threatened syr', 'Defense Secretary Lloyd Austin has warned Iran and its proxies that Washington will respond to any attack on its troops in Iraq and Syria.'],
    ['no usa threatened irq', 'Washington on Monday warned Iran it would respond to any attack on its forces in Iraq.'],
  ],
  "a place of one's own troops is no one threatened (ar)": [
    ['usa threatened irn', 'وحذرت واشنطن إيران من أنها سترد على أي هجوم على قواتها في العراق وسوريا'],
    ['no usa threatened irq', 'وحذرت واشنطن إيران من أنها سترد على أي هجوم على قواتها في العراق وسوريا'],
  ],
  'its is the antecedent, not a name inside a relative clause': [
    ['no irn deployed_in syr', "Russia, which along with Iran is Assad's main ally, said on Monday it would keep its bases in Syria."],
    ['rus deployed_in syr', "Russia, which along with Iran is Assad's main ally, said on Monday it would keep its bases in Syria."],
    ['no irn deployed_in northern-syria', 'Turkey, which like Iran backs armed groups, keeps its bases in northern Syria.'],
    // (no relative clause: the name before "its" owns it)
    ['irn deployed_in syr', 'Russia said Iran keeps its bases in Syria.'],
  ],
});

describeCases({
  'an event noun as subject carries no actor (ar)': [
    ['no isis coordinated_with usa', 'وقال المركز الإعلامي لـ«قسد» إن القيادي كان مسؤولاً عن تمويل خلايا التنظيم في منطقة الشحيل. وأضاف أن العملية جاءت بالتنسيق مع التحالف بقيادة الولايات المتحدة.'],
    ['no sdf coordinated_with usa', 'اعتقلت «قسد» قيادياً في تنظيم «داعش» في دير الزور. وأضافت أن العملية تمت بالتنسيق مع التحالف الدولي'],
    ['no sdf coordinated_with usa', 'اعتقلت «قسد» قيادياً في تنظيم «داعش». والعملية جرت بالتعاون مع التحالف الدولي'],
    // (a pronoun subject or a passive's doer is still carried)
    ['sdf coordinated_with usa', 'اعتقلت «قسد» قيادياً في تنظيم «داعش» في دير الزور. وأضافت أنها نفذت العملية بالتنسيق مع التحالف الدولي'],
  ],
});

describeCases({
  'the one allowed to entrench owns the presence (ar)': [
    ['no isr deployed_in syr', 'ولن تسمح إسرائيل لإيران بترسيخ وجودها العسكري في سوريا'],
    ['irn deployed_in syr', 'ولن تسمح إسرائيل لإيران بترسيخ وجودها العسكري في سوريا'],
    ['no rus deployed_in northern-syria', 'وسمحت روسيا لتركيا بتوسيع وجودها العسكري في شمال سوريا'],
    ['tur deployed_in northern-syria', 'وسمحت روسيا لتركيا بتوسيع وجودها العسكري في شمال سوريا'],
    // (no one allowed: the subject owns it)
    ['irn deployed_in syr', 'وتسعى إيران إلى تعزيز وجودها العسكري في سوريا'],
  ],
});

describeCases({
  'a fronted place, then the holder of the presence (ar)': [
    ['tur deployed_in idlib', 'وتنتشر في ريف إدلب قواعد تركية عدة'],
    ['tur deployed_in aleppo', 'وتتمركز في ريف حلب الشمالي قوات تركية'],
    ['usa deployed_in hasakah', 'وتنتشر في ريف الحسكة قوات أمريكية'],
    // (no state organ with a demonym: no holder)
    ['no tur deployed_in idlib', 'وتنتشر في ريف إدلب فصائل مسلحة'],
  ],
});

describeCases({
  'a withdrawal set as a condition is not done (ar)': [
    ['no tur withdrew_from syr', 'وربط الأسد أي لقاء مع أردوغان بانسحاب القوات التركية من الأراضي السورية'],
    ['no tur withdrew_from northern-syria', 'وتربط دمشق تطبيع العلاقات مع أنقرة بانسحاب القوات التركية من شمال سوريا'],
    // (a withdrawal told as done stays)
    ['tur withdrew_from syr', 'وانسحبت القوات التركية من الأراضي السورية'],
  ],
  'a withdrawal set as a condition is not done': [
    ['no tur withdrew_from syr', 'Assad has tied any meeting with Erdogan to a withdrawal of Turkish troops from Syria.'],
  ],
});
