/**
 * The XML parser of GEXF and GraphML files where the browser's DOMParser does not exist (the import
 * worker; unit tests in Node): @xmldom/xmldom 0.8, made strict. xmldom only warns about some broken
 * documents (a closing tag that does not match) and says nothing about others (an element never
 * closed, as in a truncated file): both fail here, the first with its line and column. Still let
 * through: a stray closing tag that closes nothing (xmldom ignores it; the document read is the one
 * without it).
 */
import { DOMParser } from '@xmldom/xmldom';
import xmldomInternals from '@xmldom/xmldom/lib/dom-parser.js';
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
  // xmldom's own DOM builder, counting the elements opened and not closed.
  const builder = new xmldomInternals.__DOMHandler();
  let open = 0;
  const { startElement, endElement } = builder;
  builder.startElement = function (...args) {
    open++;
    startElement.apply(this, args);
  };
  builder.endElement = function (...args) {
    open--;
    endElement.apply(this, args);
  };
  const options = { domBuilder: builder, locator: {}, errorHandler: { warning: fail, error: fail, fatalError: fail } };
  const doc = new DOMParser(options as ConstructorParameters<typeof DOMParser>[0]).parseFromString(text, 'application/xml');
  if (!doc.documentElement) throw new Error('no root element');
  if (open > 0) throw new Error(`${open} element${open > 1 ? 's are' : ' is'} not closed (is the file cut short?)`);
  return doc as unknown as Document;
};
