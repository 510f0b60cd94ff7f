/**
 * A guest taking part in a hosted meeting (branch slot40; diagnosis-batch35 §6 slot39 rank 4, #95, #96, FP 100–102; pool
 * b34 saudi-ambassador-damascus): a verb of taking part before a meeting noun whose host relative follows makes the
 * verb's subject (across `كان … قد` too) the host's guest, who met the host (gold rule 3); a relative on the meeting word
 * is no anaphor of the last meeting (meetings.ts joinedMeeting). relations/attendhost.ts.
 */
import { describeCases } from './helpers.ts';

const AR_KANA = 'وكان الرئيس بشار الأسد قد شارك في القمة العربية الإسلامية المشتركة الطارئة التي استضافتها الرياض في الحادي عشر من تشرين الثاني/نوفمبر الجاري لبحث الحرب على غزة.';
const EN_ROW = 'Syria was readmitted to the Arab League in May 2023, and Assad attended the Arab summit hosted by Saudi Arabia in Jeddah later that month.';

describeCases({
  'the row construction: the subject across كان … قد (ar)': [
    ['sau hosted bashar-al-assad', AR_KANA],
    ['bashar-al-assad met sau', AR_KANA],
  ],
  'the row construction: "attended the summit hosted by"': [
    ['sau hosted bashar-al-assad', EN_ROW],
    ['bashar-al-assad met sau', EN_ROW],
  ],
  'variants: verb first, another verb, another guest (ar)': [
    ['sau hosted bashar-al-assad', 'وشارك الرئيس بشار الأسد في القمة العربية التي استضافتها الرياض الشهر الماضي.'],
    ['bashar-al-assad met sau', 'وشارك الرئيس بشار الأسد في القمة العربية التي استضافتها الرياض الشهر الماضي.'],
    ['bashar-al-assad met sau', 'وحضر الرئيس بشار الأسد القمة التي استضافتها السعودية في جدة.'],
    ['ebrahim-raisi met sau', 'وكان الرئيس الإيراني إبراهيم رئيسي قد شارك في القمة التي استضافتها الرياض.'],
  ],
  'variants: "took part", "that X hosted", another meeting noun': [
    ['sau hosted bashar-al-assad', 'Assad took part in the Arab summit that Saudi Arabia hosted in Jeddah in May.'],
    ['bashar-al-assad met sau', 'Assad took part in the Arab summit that Saudi Arabia hosted in Jeddah in May.'],
    ['irq hosted faisal-mekdad', 'Syrian Foreign Minister Faisal Mekdad attended a regional meeting hosted by Iraq in Baghdad on Saturday.'],
  ],
  'negatives: a negated or other verb, no anaphor of the last meeting (ar)': [
    ['no bashar-al-assad met sau', 'ولم يشارك الرئيس بشار الأسد في القمة التي استضافتها الرياض.'],
    ['no bashar-al-assad met sau', 'وانتقد الرئيس بشار الأسد القمة التي استضافتها الرياض.'],
    ['no sau met syr', 'وبحث المقداد والصفدي الملف في اتصال هاتفي. وكان الرئيس بشار الأسد قد شارك في القمة العربية التي استضافتها الرياض.'],
  ],
  'negatives: a negated verb': [
    ['no bashar-al-assad met sau', 'Assad did not attend the Arab summit hosted by Saudi Arabia in Jeddah.'],
  ],
});
