/**
 * A joint agreement told as a noun object (gold rules 3 and 11): "X and Y finalised (sealed, inked, concluded) an
 * agreement (a deal, an accord)" are agreed_with between the parties of the subject, as `hammered out` was; the verbs
 * are agreement verbs only before an agreement noun. New sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extract, tripleSet } from './helpers.ts';

const en = (text: string) => tripleSet(extract(text, 'en', '2024-04-09'), 'agreed_with');
const ar = (text: string) => tripleSet(extract(text, 'ar', '2024-04-09'), 'agreed_with');

describe('X and Y made an agreement', () => {
  it('English: "finalised an agreement", "sealed a deal", "inked an accord"', () => {
    expect(en('Cyprus and Lebanon finalised a maritime agreement last week.')).toEqual(['cyp agreed_with lbn']);
    expect(en('Russia and Turkey sealed a deal on grain exports.')).toEqual(['rus agreed_with tur']);
    expect(en('Iraq and Iran inked an accord on border security.')).toEqual(['irq agreed_with irn']);
  });
  it('Arabic: `أبرمت X وY اتفاقاً`, `وقعت X وY مذكرة تفاهم`', () => {
    expect(ar('أبرمت تركيا وروسيا اتفاقاً حول إدلب.')).toEqual(['tur agreed_with rus']);
    expect(ar('وقعت تركيا والعراق مذكرة تفاهم.')).toEqual(['tur agreed_with irq']);
  });
  it('no agreement noun, or one agent: no agreement', () => {
    expect(en('Russia and Turkey finalised their preparations for the summit.')).toEqual([]);
    expect(en('Washington concluded its review of the policy.')).toEqual([]);
  });
});
