/**
 * slot55 (diagnosis-batch53 slot54 rank 5 (c), FP 35; no pool gold): a verb followed by "and" + a speech verb has its object
 * before that "and" (relations/saidobject.ts): "Washington rejects the charge and says its forces are in Syria to fight
 * Islamic State" gives no `usa criticized isis`; the reported clause keeps its own rows. Negative cells: an object before
 * "and says" stays; a trigger of the same relation inside the reported clause keeps its row.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string) => extract(text, 'en', '2022-10-25').relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe('no object past a coordinated saying (en)', () => {
  it('"rejects the charge and says its forces are in Syria to fight Islamic State"', () => {
    const r = rels('Washington rejects the charge and says its forces are in Syria to fight Islamic State alongside the SDF.');
    expect(r).not.toContain('usa criticized isis');
    expect(r).toContain('usa deployed_in syr');
    expect(r).toContain('usa attacked isis');
  });
  it('another verb and speech verb', () => {
    expect(rels('Moscow denounced the decision and said Turkish troops would stay in Idlib.')).not.toContain('rus criticized tur');
  });
});

describe('an object before the saying stays', () => {
  it('no saying after the verb: the object stays', () => {
    expect(rels('Russia criticised the United States on Monday.')).toContain('rus criticized usa');
    expect(rels('Washington rejects the charge by Damascus and says nothing more.')).not.toContain('usa criticized isis');
  });
});
