/**
 * An event anaphor carries every doer of the act it refers to (ref35, diagnosis-batch30 #63, 64): after "strikes that the
 * United States and Britain carried out on Yemen", `كما دانت إيران وروسيا الضربات` / "Iran and Russia also condemned the
 * strikes" criticises both doers, not the last one listed (discourse.ts Discourse.recentAll, condemnedDoer). Sentences
 * of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; lang: 'en' | 'ar'; want: string[]; not?: string[] }[] = [
  {
    what: 'the row: `الضربات التي شنتها الولايات المتحدة وبريطانيا` … `كما دانت إيران وروسيا الضربات`',
    lang: 'ar',
    text: 'دانت سوريا، اليوم الجمعة، الضربات الجوية التي شنتها الولايات المتحدة وبريطانيا على مواقع في اليمن فجر اليوم. وأكد البيان تضامن سوريا مع اليمن. كما دانت إيران وروسيا الضربات، فيما طلبت موسكو عقد جلسة طارئة.',
    want: ['irn criticized usa', 'irn criticized gbr', 'rus criticized usa', 'rus criticized gbr'],
  },
  {
    what: 'Arabic, a finite verb with a list subject: `شنت الولايات المتحدة وبريطانيا غارات` … `وأدانت طهران الغارات`',
    lang: 'ar',
    text: 'شنت الولايات المتحدة وبريطانيا، فجر اليوم الجمعة، غارات على مواقع في اليمن. وأدانت طهران الغارات.',
    want: ['irn criticized usa', 'irn criticized gbr'],
  },
  {
    what: 'Arabic, three doers: `شنت الولايات المتحدة وبريطانيا وفرنسا ضربات` … `ودانت روسيا الضربات`',
    lang: 'ar',
    text: 'شنت الولايات المتحدة وبريطانيا وفرنسا، اليوم الجمعة، ضربات على مواقع في سوريا. ودانت روسيا الضربات.',
    want: ['rus criticized usa', 'rus criticized gbr', 'rus criticized fra'],
  },
  {
    what: 'English: "strikes carried out by the United States and Britain" … "Iran and Russia also condemned the strikes"',
    lang: 'en',
    text: 'The United States and Britain carried out air strikes on Houthi targets in Yemen on Friday. Syria said the strikes were a flagrant aggression. Iran and Russia also condemned the strikes.',
    want: ['irn criticized usa', 'irn criticized gbr', 'rus criticized usa', 'rus criticized gbr'],
  },
  {
    what: 'English, "the attack" with a date in between',
    lang: 'en',
    text: 'Israel and the United States struck targets in Yemen on Friday. On Saturday, Iran condemned the attack.',
    want: ['irn criticized isr', 'irn criticized usa'],
  },
  // negative cells
  {
    what: 'the doer of an earlier attack (another sentence) is not carried',
    lang: 'en',
    text: 'Russian jets struck Idlib on Thursday. The United States and Britain carried out air strikes on Yemen on Friday. Iran condemned the strikes.',
    want: ['irn criticized usa', 'irn criticized gbr'],
    not: ['irn criticized rus'],
  },
  {
    what: 'a critic among the doers criticises no one of them',
    lang: 'en',
    text: 'The United States and Britain carried out air strikes on Houthi targets in Yemen on Friday. Britain later condemned the strikes.',
    want: [],
    not: ['gbr criticized gbr'],
  },
];

describe('ref35: an event anaphor carries every doer of the act', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, c.lang, '2024-01-12'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});
