import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../../src/lib/extract/csv.ts';
import { cueWords, loadLexicon } from '../../../src/lib/extract/lexicon.ts';
import { lexicon, lexiconFiles } from './helpers.ts';

const REL = 'id,label_en,label_ar,cameo,plover,symmetric\nmet,met,التقى,040,CONSULT,true\n';
const HEAD = 'id,kind,label_en,label_ar,aliases_en,aliases_ar,descriptors_en,descriptors_ar,wikidata,country,lat,lon\n';

describe('loadLexicon', () => {
  it('loads the shipped lexicon with every country and the domain actors', () => {
    const lex = lexicon();
    expect(lex.relations.map((r) => r.id)[0]).toBe('sent_envoy');
    expect(lex.relations.length).toBe(18);
    for (const id of ['syr', 'rus', 'tur', 'irn', 'usa', 'jor', 'fra', 'vladimir-putin', 'bashar-al-assad', 'alexander-lavrentiev', 'damascus', 'hmeimim-air-base', 'sdf', 'hts', 'sana', 'astana-format'])
      expect(lex.entities.has(id), id).toBe(true);
    expect(lex.entities.size).toBeGreaterThan(350);
    expect(lex.entities.get('syr')!.demonyms_ar).toContain('سورية');
    expect(lex.entities.get('jor')!.demonyms_ar).toContain('أردنية');
    expect(lex.entities.get('damascus')!.stands_for).toBe('syr');
  });

  it('a later file extends a row of countries.csv', () => {
    const lex = loadLexicon({
      'relations.csv': REL,
      'countries.csv': HEAD + 'syr,country,Syria,سوريا,,,,,,,35,38\n',
      'entities.csv': HEAD + 'syr,country,,,,,,النظام السوري,Q858,,,\n',
    });
    const syr = lex.entities.get('syr')!;
    expect(syr.label_en).toBe('Syria');
    expect(syr.descriptors_ar).toEqual(['النظام السوري']);
    expect(syr.wikidata).toBe('Q858');
  });

  it('names the file and row of a bad row', () => {
    const bad = (files: Record<string, string>) => () => loadLexicon({ 'relations.csv': REL, ...files });
    expect(bad({ 'entities.csv': HEAD + 'x,villain,X,,,,,,,,,\n' })).toThrow(/entities\.csv:2: unknown kind "villain"/);
    expect(bad({ 'entities.csv': HEAD + 'x,person,X,,,,,,,,north,\n' })).toThrow(/entities\.csv:2: lat is not a number/);
    expect(bad({ 'entities.csv': HEAD + 'a,person,A,,,,,,,,,\na,person,A,,,,,,,,,\n' })).toThrow(/entities\.csv:3: duplicate id "a"/);
    expect(bad({ 'patterns.en.csv': 'relation,pos,voice,forms,preps,mode,target_kinds\nmeets,verb,active,met,-,done,\n' })).toThrow(
      /patterns\.en\.csv:2: unknown relation "meets"/,
    );
    expect(bad({ 'roles.csv': 'entity,descriptors_en,descriptors_ar,from,to\nnobody,the boss,,2020-01-01,\n' })).toThrow(/roles\.csv:2/);
    expect(bad({ 'cues.csv': 'cue,lang,forms\nmaybe,en,perhaps\n' })).toThrow(LexiconError);
  });

  it('loads word-list cue kinds as normalised single words, outside the cue trie', () => {
    const lex = loadLexicon({ 'relations.csv': REL, 'cues.csv': 'cue,lang,forms\nhabitual,en,Often|regularly\nhabitual,ar,مراراً|باستمرار\n' });
    expect([...cueWords(lex, 'habitual')].sort()).toEqual(['often', 'regularly', 'باستمرار', 'مرارا']);
    expect(lex.cueTrie.next.size).toBe(0);
    expect(cueWords(lex, 'place_one').size).toBe(0);
    expect(() => loadLexicon({ 'relations.csv': REL, 'cues.csv': 'cue,lang,forms\nhabitual,en,every day\n' })).toThrow(/cues\.csv:2: cue "habitual" takes single words/);
  });

  it('parses every shipped file without error', () => {
    expect(() => loadLexicon(lexiconFiles())).not.toThrow();
  });
});
