/**
 * slot54 (diagnosis-batch52 §6 slot54 rank 1, FP 37): the source of an attribution told as `بحسب ما أفاد «X»`,
 * `وفق ما ذكرت X`, "according to what X told" (the `according` cue, `ما`/"what", a speech verb, then the name) is never
 * the subject carried to a verb before it (structure.ts reportedByWhat, beside the bare `بحسب X` of reportedBy).
 * Negative cells: a named subject of the verb is still read; a speaker that is the subject of its own verb is still read.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const rels = (text: string, lang: 'ar' | 'en') => extract(text, lang, '2022-11-02').relations.map((r) => `${r.source} ${r.relation} ${r.target}`);

describe('the monitor of an attribution `بحسب ما أفاد X` is no actor (ar)', () => {
  it('a convoy entering a place, the monitor after `بحسب ما أفاد`: no presence of the monitor', () => {
    const out = rels('دخلت قافلة عسكرية جديدة للتحالف الدولي بقيادة الولايات المتحدة، مساء أمس الثلاثاء، من الأراضي العراقية عبر معبر الوليد إلى ريف الحسكة، بحسب ما أفاد «المرصد السوري لحقوق الإنسان».', 'ar');
    expect(out.filter((r) => r.startsWith('sohr '))).toEqual([]);
  });
  it('another speech verb, without quotes, with a date between', () => {
    const out = rels('دخلت قافلة عسكرية جديدة للتحالف الدولي يوم الثلاثاء إلى ريف الحسكة، وفق ما ذكر المرصد السوري لحقوق الإنسان.', 'ar');
    expect(out.filter((r) => r.startsWith('sohr '))).toEqual([]);
  });
  it('a named subject of the verb is still read', () => {
    expect(rels('دخلت قوات أمريكية إلى ريف الحسكة، بحسب ما أفاد «المرصد السوري لحقوق الإنسان».', 'ar')).toContain('usa deployed_in hasakah');
  });
});

describe('the monitor of an attribution "according to what X said" is no actor (en)', () => {
  it('crossers with no name, the monitor after "according to what": no relation of the monitor', () => {
    const out = rels('Hundreds of fighters crossed into Lebanon on Tuesday, according to what the Syrian Observatory for Human Rights said.', 'en');
    expect(out.filter((r) => r.startsWith('sohr '))).toEqual([]);
  });
  it('a named entrant is still read', () => {
    expect(rels('A new US convoy entered Hasakah countryside on Tuesday, according to what the Syrian Observatory for Human Rights said.', 'en')).toContain('usa deployed_in hasakah');
  });
});
