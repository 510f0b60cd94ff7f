/**
 * A date inside an "after" phrase belongs to the event it introduces (gold rule 6; sentences of this file's own):
 * "called on Ankara …, after Turkish strikes … in November", "held talks with X, days after Erdogan hosted Sisi … on
 * September 4", `، بعد الغارات التركية … في تشرين الثاني` do not date the act before them; `بعد ظهر الاثنين` is a time of day.
 */
import { describe, expect, it } from 'vitest';
import { datedOf as dated } from './helpers.ts';

describe('"after …, DATE" dates the event after "after"', () => {
  it('English: a PP and a clause after "after"', () => {
    expect(dated('Iraqi Prime Minister Mohammed Shia al-Sudani called on Ankara to respect Iraq\'s sovereignty, after Turkish strikes in northern Iraq in November.', 'en', '2022-12-21', 'urged')).toEqual([
      'mohammed-shia-al-sudani tur 2022-12-21',
    ]);
    expect(
      dated('Arab foreign ministers met in Cairo on Tuesday for talks on Gaza.\nIraqi Foreign Minister Fuad Hussein held talks with Russian Foreign Minister Sergei Lavrov, days after Erdogan hosted Sisi in Ankara on September 4.', 'en', '2024-09-11', 'met'),
    ).toEqual(['fuad-hussein sergei-lavrov 2024-09-11']);
  });
  it('Arabic: `، بعد الغارات … في تشرين الثاني`; not `بعد ظهر الاثنين`', () => {
    expect(dated('دعا رئيس الوزراء العراقي محمد شياع السوداني أنقرة إلى احترام سيادة العراق، بعد الغارات التركية على شمال العراق في تشرين الثاني الماضي.', 'ar', '2022-12-21', 'urged')).toEqual([
      'mohammed-shia-al-sudani tur 2022-12-21',
    ]);
    expect(dated('التقى وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف، بعد ظهر الاثنين، في موسكو.', 'ar', '2024-09-11', 'met')).toEqual(['hakan-fidan sergei-lavrov 2024-09-09']);
  });
});
