/**
 * An anaphor of states or people opening the sentence is the subject of a relation verb after "and" when no name and no
 * relation verb stand before it (brief ref24b): "The two countries lodged their application on Thursday and asked the
 * court …". A paraphrase suite: the anaphor (the two countries, both countries, the two sides, the three countries), the
 * verb after "and" (asked, urged, criticised, met), distance, negation, and a name of its own before "and". New sentences.
 */
import { describeCases } from './helpers.ts';

const LEAD = 'Canada and the Netherlands have filed a case against Syria at the International Court of Justice. ';
describeCases(
  {
    'the opening anaphor is the subject after "and"': [
      ['can urged icj', LEAD + 'The two countries lodged their application on Thursday and asked the court in The Hague to order urgent measures.'],
      ['nld urged icj', LEAD + 'The two countries lodged their application on Thursday and asked the court in The Hague to order urgent measures.'],
      ['nld urged icj', LEAD + 'Both countries filed the papers last week and urged the court to act quickly.'],
      ['can criticized syr', LEAD + 'The two countries lodged their application on Thursday and criticised Syria for its prisons.'],
      ['no can criticized syr', LEAD + 'The two countries lodged their application on Thursday and did not criticise Syria.'],
      ['rus met irn', 'Russia, Turkey and Iran back rival sides in Syria. The three countries issued a statement on Friday and met in Geneva.'],
      ['no can urged icj', LEAD + 'The two countries lodged their application on Thursday, and Syria asked the court to reject it.'],
    ],
  },
  '2023-06-12',
);
