/**
 * An ongoing series told by a present perfect and an act noun, counted "since" an event (gold rule 6: publication;
 * sentences of this file's own): "has held near-daily phone calls with X since Hamas attacked Israel on October 7" is
 * neither of October 7 nor of the story's day.
 */
import { describe, expect, it } from 'vitest';
import { datedOf as dated } from './helpers.ts';

describe('"has held … calls with X since …" is an ongoing series', () => {
  it('English: dated by publication, not by the lead or the "since" clause', () => {
    const text =
      'US Defence Secretary Lloyd Austin met Israeli Defence Minister Yoav Gallant in Tel Aviv on Friday.\nAustin has held near-daily phone calls with Gallant since Hamas attacked Israel on October 7.';
    expect(dated(text, 'en', '2023-10-22', 'phoned')).toEqual(['lloyd-austin yoav-gallant 2023-10-22']);
  });
});
