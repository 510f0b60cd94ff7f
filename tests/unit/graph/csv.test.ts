import { describe, expect, it } from 'vitest';
import {
  csvCell,
  EdgeRowReader,
  isCompleteEdgeMapping,
  looksLikeNodeList,
  previewCsv,
  recognizeEdgeColumns,
  recognizeNodeColumns,
  writeCsv,
} from '../../../src/lib/graph/csv.ts';
import { RELATIONS } from './support.ts';

describe('header recognition', () => {
  it('reads Gephi headers and aliases, case-insensitively', () => {
    expect(recognizeEdgeColumns(['Source', 'Target', 'Type', 'Id', 'Label', 'timeset', 'Weight'])).toEqual([
      'source', 'target', 'type', 'id', 'label', 'timeset', 'weight',
    ]);
    expect(recognizeEdgeColumns([' FROM ', 'to', 'Relation', 'Date', 'colour'])).toEqual(['source', 'target', 'relation', 'date', 'attribute']);
    expect(recognizeEdgeColumns(['\uFEFFsource', 'target', 'Kind', 'Value', 'Start Date', 'end_date'])).toEqual([
      'source', 'target', 'relation', 'weight', 'start', 'end',
    ]);
    expect(recognizeEdgeColumns(['من', 'إلى', 'العلاقة', 'التاريخ'])).toEqual(['source', 'target', 'relation', 'date']);
  });
  it('says when the header has no source and target', () => {
    expect(isCompleteEdgeMapping(recognizeEdgeColumns(['actor_a', 'actor_b', 'when']))).toBe(false);
    expect(looksLikeNodeList(['Id', 'Label', 'Category'])).toBe(true);
    expect(looksLikeNodeList(['Source', 'Target', 'Id'])).toBe(false);
    expect(recognizeNodeColumns(['Id', 'Label', 'Category', 'x'])).toEqual(['id', 'label', 'kind', 'attribute']);
  });
});

describe('EdgeRowReader', () => {
  const header = ['Source', 'Target', 'Type', 'Kind', 'Weight', 'Date', 'color', 'note'];
  const reader = new EdgeRowReader(header, recognizeEdgeColumns(header), { relations: RELATIONS });
  it('reads a row into an edge, keeping extra columns under safe names', () => {
    expect(reader.read(['rus', 'syr', 'Undirected', 'Met', '2,5', '13/01/2023', 'red', '=1+1'])).toEqual({
      source: 'rus',
      target: 'syr',
      relation: 'met',
      weight: 2.5,
      undirected: true,
      time: { date: '2023-01-13' },
      attrs: { attr_color: 'red', note: '=1+1' },
    });
    expect(reader.read(['rus', 'syr', '', 'التقى', '', '', '', ''])).toMatchObject({ relation: 'met', weight: 1, undirected: false, time: {} });
    expect(reader.read(['rus', 'syr', '', 'sent envoy', '', '', '', ''])).toMatchObject({ relation: 'sent_envoy' });
    expect(reader.read(['rus', 'syr', '', 'allied', '', '', '', ''])).toMatchObject({ relation: 'allied' });
    expect(reader.read(['rus', 'syr', '', '', '', '', '', ''])).toMatchObject({ relation: 'related' });
  });
  it('gives the reason a row is rejected', () => {
    expect(reader.read(['', 'syr', '', '', '', '', '', ''])).toBe('missing source');
    expect(reader.read(['rus', ' ', '', '', '', '', '', ''])).toBe('missing target');
    expect(reader.read(['rus', 'syr'])).toBe('wrong column count (expected 8, got 2)');
    expect(reader.read(['rus', 'syr', '', '', 'x', '', '', ''])).toBe('weight "x" is not a number');
    expect(reader.read(['rus', 'syr', '', '', '', 'soon', '', ''])).toBe('unparseable date "soon"');
    expect(reader.read(['rus', 'syr', 'sideways', '', '', '', '', ''])).toContain('unknown Type');
    expect(reader.read(['rus', 'rus', '', '', '', '', '', ''])).toBe('source and target are the same');
  });
  it('reads start/end columns and timesets as intervals', () => {
    const h = ['Source', 'Target', 'Start', 'End'];
    const r = new EdgeRowReader(h, recognizeEdgeColumns(h));
    expect(r.read(['a', 'b', '2020-01', '2020-03'])).toMatchObject({ time: { date: '2020-01', dateEnd: '2020-03' } });
    expect(r.read(['a', 'b', '2020-03', '2020-01'])).toBe('end date 2020-01 before start 2020-03');
    const t = ['Source', 'Target', 'timeset'];
    const rt = new EdgeRowReader(t, recognizeEdgeColumns(t));
    expect(rt.read(['a', 'b', '<[2016-02-03, 2016-02-04]>'])).toMatchObject({ time: { date: '2016-02-03', dateEnd: '2016-02-04' } });
  });
});

describe('previewCsv', () => {
  it('detects semicolons, tabs and the BOM', () => {
    expect(previewCsv('\uFEFFfrom;to;relation\nأ;ب;التقى\n')).toEqual({ delimiter: ';', header: ['from', 'to', 'relation'], rows: [['أ', 'ب', 'التقى']] });
    expect(previewCsv('Source\tTarget\na\tb\n')?.delimiter).toBe('\t');
    expect(previewCsv('')).toBeNull();
    expect(previewCsv('\n\n')).toBeNull();
  });
});

describe('writing CSV', () => {
  it('escapes cells that begin like a formula, and quotes what needs it', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(['a'])).toBe('["a"]');
    expect(writeCsv(['a', 'b'], [['x,y', 'say "hi"'], ['=cmd', 2]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=cmd,2\r\n');
  });
});
