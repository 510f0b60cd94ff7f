/**
 * A person never coordinates, agrees, reconciles, phones or sides with his own state (emit.ts ownState, OWN_STATE_NONE,
 * beside the meeting relations): "Putin approved letting volunteers fight alongside Russian forces" gives no
 * `coordinated_with`. Positive cells: the same relations with another state or its leader stay.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const rel = (text: string, relation: string) => tripleSet(extract(text, 'en', '2022-03-11'), relation);

describe('no relation of a person with his own state (en)', () => {
  it('a leader and his own forces', () => {
    const got = rel('President Vladimir Putin on Friday approved letting volunteers from the Middle East fight alongside Russian forces in Ukraine.', 'coordinated_with');
    expect(got).not.toContain('vladimir-putin coordinated_with rus');
    expect(got).not.toContain('rus coordinated_with vladimir-putin');
  });
  it('the same relations with another state stay', () => {
    expect(rel('Russian President Vladimir Putin phoned Turkish President Recep Tayyip Erdogan on Friday.', 'phoned')).toContain('vladimir-putin phoned recep-tayyip-erdogan');
    expect(rel('Putin agreed with Turkey on a ceasefire in Idlib on Friday.', 'agreed_with')).toContain('vladimir-putin agreed_with tur');
  });
});
