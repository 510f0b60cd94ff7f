/**
 * Event anaphors by kind (ref26, diagnosis-batch24 §3): "condemned the shelling" criticises the doer of the article's last
 * shelling, not the last attacker named when another kind of attack (air strikes, raids) by another party was told since
 * (discourse.ts attackKind, Discourse.byKind; English). A kind never told falls back to the last attack. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const CASES: { what: string; text: string; want: string[]; not?: string[] }[] = [
  { what: '"condemned the shelling" past air strikes by another', text: 'Syrian government forces shelled the town of Maarat al-Numan on Sunday, killing three civilians. Russian jets also carried out air strikes on Idlib. Turkey condemned the shelling.', want: ['tur criticized syr'], not: ['tur criticized rus'] },
  { what: '"denounced the shelling" past raids', text: 'Syrian forces shelled Idlib on Sunday. Russian jets carried out raids on Saraqeb on Monday. Turkey denounced the shelling.', want: ['tur criticized syr'], not: ['tur criticized rus'] },
  { what: '"condemned the bombing" past shelling by another', text: 'Israeli jets bombed Damascus airport on Sunday. Hezbollah fighters shelled the Golan later. Iran condemned the bombing.', want: ['irn criticized isr'], not: ['irn criticized hezbollah'] },
  { what: '"the strikes" (no kind kept) is the last attack told', text: 'Syrian forces shelled the town of Maarat al-Numan on Sunday. Russia launched air strikes on Idlib. Turkey condemned the strikes.', want: ['tur criticized rus'] },
  { what: '"the raids" is the raids’ doer', text: 'Syrian forces shelled the town of Maarat al-Numan on Sunday. Russia launched air strikes on Idlib. Turkey condemned the raids.', want: ['tur criticized rus'] },
  { what: 'a kind never told falls back to the last attack', text: 'Russian jets carried out raids on Saraqeb on Monday. Turkey condemned the shelling.', want: ['tur criticized rus'] },
  { what: 'a doer named on the criticism stays', text: 'Syrian forces shelled Idlib on Sunday. Russian jets carried out raids on Saraqeb on Monday. Turkey criticised Russia over the shelling.', want: ['tur criticized rus'] },
];

describe('an attack noun refers to the last attack of its kind', () => {
  for (const c of CASES)
    it(c.what, () => {
      const got = tripleSet(extract(c.text, 'en', '2023-07-09'));
      for (const w of c.want) expect(got, w).toContain(w);
      for (const n of c.not ?? []) expect(got, n).not.toContain(n);
    });
});

describe('`أدانت X العملية`: a bare definite "the operation" after a verb of criticism is the attack told (Arabic)', () => {
  const RAID = 'شنّت إسرائيل يوم السبت غارة على بلدة في القنيطرة. ';
  it('criticises the raid’s doer', () => {
    expect(tripleSet(extract(RAID + 'وأدانت وزارة الخارجية السورية العملية، واعتبرتها انتهاكاً للسيادة السورية.', 'ar', '2024-11-03'))).toContain('syr criticized isr');
  });
  it('an operation with an adjective of its own is no anaphor', () => {
    expect(tripleSet(extract(RAID + 'وأدانت وزارة الخارجية السورية العملية السياسية المتعثرة.', 'ar', '2024-11-03'))).not.toContain('syr criticized isr');
  });
  it('no attack told: nothing', () => {
    expect(tripleSet(extract('زار وزير الخارجية الإيراني دمشق يوم السبت. وأدانت وزارة الخارجية السورية العملية، واعتبرتها انتهاكاً للسيادة السورية.', 'ar', '2024-11-03')).filter((t) => t.includes('criticized'))).toEqual([]);
  });
});
