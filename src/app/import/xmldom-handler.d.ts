/** xmldom 0.8's DOM builder (exported as `__DOMHandler`, untyped): the parser calls these as it reads tags. */
declare module '@xmldom/xmldom/lib/dom-parser.js' {
  export class __DOMHandler {
    startElement(...args: unknown[]): void;
    endElement(...args: unknown[]): void;
  }
  const parser: { __DOMHandler: typeof __DOMHandler };
  export default parser;
}
