/**
 * The XML parser of GEXF and GraphML files where the browser's DOMParser does not exist (the import
 * worker; unit tests in Node): @xmldom/xmldom, strict. xmldom only warns about some broken documents
 * (an element left open, a closing tag that does not match): those fail too, with the line and column.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { XmlParse } from '../../lib/graph/gexf.ts';

/** xmldom's message, without its "[xmldom warning]" prefix, with its `@#[line:…,col:…]` position in words. */
function xmlProblem(message: string): Error {
  const [first = '', ...rest] = message.split('\n');
  const text = first.replace(/^\[xmldom [a-zA-Z]+\]\s*/, '').replace(/^unclosed xml attribute$/, 'an element is not closed, or its closing tag does not match');
  const at = /line:(\d+),col:(\d+)/.exec(rest.join('\n'));
  return new Error(at ? `${text}, line ${at[1]}, column ${at[2]}` : text);
}

export const xmldomParse: XmlParse = (text) => {
  // xmldom catches what a handler throws and reports it again: the first problem is the one to tell.
  let first: Error | null = null;
  const fail = (m: string) => {
    throw (first ??= xmlProblem(m));
  };
  const doc = new DOMParser({ locator: {}, errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
  if (!doc.documentElement) throw new Error('no root element');
  return doc as unknown as Document;
};
