/**
 * A speaker going on (sentences of this file's own): an accusation, condemnation, warning or call with no date of its own,
 * by the actor that the sentences just before it name, back to one where that actor speaks on a given day, is of that
 * day; not when the day is inside what was reported, nor when the dated sentence tells what was done to the actor.
 */
import { describe, expect, it } from 'vitest';
import { datedOf } from './helpers.ts';

const dated = datedOf;

describe('a speaker goes on, on the day it spoke', () => {
  it('Arabic: `قال X أمس الخميس إن …` then `واتهم X …`, through a sentence that names X again', () => {
    expect(dated('قال وزير الخارجية الروسي سيرغي لافروف أمس الخميس إن الحل السياسي ممكن.\nواتهم لافروف واشنطن بعرقلة الحل في سوريا.', 'ar', '2023-05-12', 'accused')).toEqual([
      'sergei-lavrov usa 2023-05-11',
    ]);
    expect(
      dated('أكدت وزارة الخارجية السورية، أمس السبت، أن الحوار مع أنقرة ممكن.\nوقالت الوزارة إن سوريا منفتحة على المبادرات.\nواتهمت سوريا أنقرة بدعم الفصائل المسلحة.', 'ar', '2023-05-14', 'accused'),
    ).toEqual(['syr tur 2023-05-13']);
  });
  it('English: "X said on Sunday that …" then "He/X also accused …"', () => {
    expect(dated('Russian Foreign Minister Sergei Lavrov said on Sunday that talks could resume.\nLavrov also accused Washington of blocking a settlement.', 'en', '2023-05-16', 'accused')).toEqual([
      'sergei-lavrov usa 2023-05-14',
    ]);
  });
  it('not a day inside the report, nor the day of what was done to the speaker (a reaction: publication)', () => {
    expect(dated('قالت وزارة الدفاع التركية إن العملية جاءت رداً على هجوم وقع في 13 أيار الجاري.\nواتهمت تركيا حزب العمال الكردستاني بالوقوف وراء الهجوم.', 'ar', '2023-05-20', 'accused')).toEqual([
      'tur pkk 2023-05-20',
    ]);
    expect(dated('Turkish drones struck SDF positions near Qamishli on Friday.\nThe SDF accused Ankara of targeting civilians.', 'en', '2023-05-14', 'accused')).toEqual(['sdf tur 2023-05-14']);
  });
  // (past the story's opening: in the opening the lead's occasion dates it anyway, dates-lead-occasion.test.ts)
  it('the chain breaks at a sentence that does not name the speaker', () => {
    expect(dated('تشهد سوريا أزمة سياسية.\nوتتواصل المحادثات بين الأطراف.\nقال وزير الخارجية الروسي سيرغي لافروف أمس الخميس إن الحل السياسي ممكن.\nوشهدت المنطقة اشتباكات عنيفة.\nواتهم لافروف واشنطن بعرقلة الحل.', 'ar', '2023-05-12', 'accused')).toEqual([
      'sergei-lavrov usa 2023-05-12',
    ]);
  });
});
