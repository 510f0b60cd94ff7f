/**
 * "X said that infrastructure used by the PKK and the YPG in Iraq and Syria was a legitimate target": the agent of an
 * owning participle ("used by", "run by") is whose the targets are, so X threatened them (frames.ts declaredTargets,
 * ownerLinkBefore; gold rule 11). Negative cell: a place after "in" is where, not whom.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const threats = (text: string) => extract(text, 'en', '2023-11-21').relations.filter((r) => r.relation === 'threatened').map((r) => `${r.source} ${r.target}`);

describe('declared targets used by named actors (en)', () => {
  it('the users are threatened, the places are not', () => {
    const t = threats('Turkish Foreign Minister Hakan Fidan said in October that all infrastructure used by the PKK and the YPG in Iraq and Syria was a legitimate target.');
    expect(t.sort()).toEqual(['hakan-fidan pkk', 'hakan-fidan ypg']);
    expect(threats('Fidan said that energy facilities run by the YPG in northern Syria were legitimate targets.')).toEqual(['hakan-fidan ypg']);
  });
});
