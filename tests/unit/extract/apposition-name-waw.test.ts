import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers.ts';

describe('an apposition between commas, then a name that begins with the letter و', () => {
  it('the و of "واشنطن" after the closing comma is the name\'s own letter, not "and": the name is the object', () => {
    const t = triples(extract('واتهم عبد اللهيان، السياسي المخضرم، واشنطن بتقديم دعم غير محدود لإسرائيل.', 'ar'));
    expect(t).toContain('hossein-amir-abdollahian accused usa');
    expect(t).not.toContain('usa accused isr');
  });

  it('a و that is "and" after the apposition still joins the next member to the list', () => {
    const t = triples(extract('واتهمت روسيا وإيران، الدول الضامنة، وتركيا واشنطن بدعم الإرهاب.', 'ar'));
    expect(t).toEqual(expect.arrayContaining(['rus accused usa', 'irn accused usa', 'tur accused usa']));
  });
});
