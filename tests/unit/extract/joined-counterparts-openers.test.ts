/**
 * Counterparts of a pair joined to a meeting (relations/anaphora.ts `joinedCounterparts`): in Arabic the counterpart word
 * (`نظيريهما`) is joined by و, after `مع`, or after a participation cue (cues.csv `participation`: `بحضور`, `بمشاركة`,
 * with و or none); after any other word it joins nothing.
 */
import { describeCases } from './helpers.ts';

const pair = 'التقى وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة';

describeCases(
  {
    'counterparts joined to a meeting (ar)': [
      ['hakan-fidan met sergei-lavrov', `${pair} بحضور نظيريهما الروسي والإيراني.`],
      ['asaad-al-shaibani met abbas-araghchi', `${pair} بمشاركة نظيريهما الروسي والإيراني.`],
      ['hakan-fidan met abbas-araghchi', `${pair}، وبحضور نظيريهما الروسي والإيراني.`],
      ['asaad-al-shaibani met sergei-lavrov', `${pair} مع نظيريهما الروسي والإيراني.`],
      ['hakan-fidan met sergei-lavrov', `${pair} ونظيريهما الروسي والإيراني.`],
      ['no hakan-fidan met sergei-lavrov', `${pair} قبل نظيريهما الروسي والإيراني.`],
    ],
  },
  '2025-01-10',
);
