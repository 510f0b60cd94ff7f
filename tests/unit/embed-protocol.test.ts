import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  acceptsOrigin,
  parseInMessage,
  parseOutMessage,
  readyMessage,
  targetOrigin,
  viewChange,
} from '../../src/lib/embed/protocol.ts';
import { DEFAULT_VIEW_STATE } from '../../src/lib/view/state.ts';

describe('parseInMessage', () => {
  it('accepts every message of the contract', () => {
    expect(parseInMessage({ type: 'wasl:focus', node: 'bashar-al-assad' })).toEqual({ type: 'wasl:focus', node: 'bashar-al-assad' });
    expect(parseInMessage({ type: 'wasl:focus', node: null })).toEqual({ type: 'wasl:focus', node: null });
    expect(parseInMessage({ type: 'wasl:setRange', from: '2023', to: '2023-05-10' })).toEqual({ type: 'wasl:setRange', from: '2023', to: '2023-05-10' });
    expect(parseInMessage({ type: 'wasl:setRange', from: '2023-01' })).toEqual({ type: 'wasl:setRange', from: '2023-01', to: null });
    expect(parseInMessage({ type: 'wasl:setFilters', relations: ['met'], kinds: null })).toEqual({ type: 'wasl:setFilters', relations: ['met'], kinds: null });
    expect(parseInMessage({ type: 'wasl:setFilters', kinds: ['person'] })).toEqual({ type: 'wasl:setFilters', kinds: ['person'] });
    expect(parseInMessage({ type: 'wasl:load', url: './other.json' })).toEqual({ type: 'wasl:load', url: './other.json' });
    expect(parseInMessage({ type: 'wasl:hello' })).toEqual({ type: 'wasl:hello' });
  });

  it('drops extra fields', () => {
    expect(parseInMessage({ type: 'wasl:focus', node: 'syr', evil: '<script>' })).toEqual({ type: 'wasl:focus', node: 'syr' });
  });

  it('returns null for anything malformed, without throwing', () => {
    const bad: unknown[] = [
      null, undefined, 0, 'wasl:focus', [], [{ type: 'wasl:focus', node: 'x' }], {}, { type: 'focus', node: 'x' },
      { type: 'wasl:focus' }, { type: 'wasl:focus', node: 42 }, { type: 'wasl:focus', node: '' }, { type: 'wasl:focus', node: 'x'.repeat(201) },
      { type: 'wasl:setRange', from: {} }, { type: 'wasl:setRange', from: '2023-13' }, { type: 'wasl:setRange', to: 'yesterday' },
      { type: 'wasl:setRange', from: '2023-02-32' }, { type: 'wasl:setFilters', relations: 'met' }, { type: 'wasl:setFilters', kinds: [1, 2] },
      { type: 'wasl:load' }, { type: 'wasl:load', url: '' }, { type: 'wasl:load', url: 5 }, { type: 'wasl:ready', version: 1 },
      Object.create(null), new Date(), { type: { toString: () => 'wasl:focus' }, node: 'x' },
    ];
    for (const data of bad) expect(parseInMessage(data), JSON.stringify(data)).toBeNull();
  });
});

describe('viewChange', () => {
  it('maps each message to the view fields it sets, and only those', () => {
    expect(viewChange({ type: 'wasl:focus', node: 'syr' })).toEqual({ focus: 'syr' });
    expect(viewChange({ type: 'wasl:setRange', from: '2023', to: null })).toEqual({ from: '2023', to: null });
    expect(viewChange({ type: 'wasl:setFilters', relations: ['met'] })).toEqual({ relations: ['met'] });
    expect(viewChange({ type: 'wasl:setFilters', kinds: null })).toEqual({ kinds: null });
    expect(viewChange({ type: 'wasl:load', url: 'x.json' })).toEqual({});
  });
});

describe('origins', () => {
  it('accepts any origin without parentOrigin, else only that origin', () => {
    expect(acceptsOrigin('https://evil.example', null)).toBe(true);
    expect(acceptsOrigin('https://news.example', 'https://news.example')).toBe(true);
    expect(acceptsOrigin('https://news.example', 'https://news.example/articles/1')).toBe(true);
    expect(acceptsOrigin('https://evil.example', 'https://news.example')).toBe(false);
    expect(acceptsOrigin('http://news.example', 'https://news.example')).toBe(false);
    expect(acceptsOrigin('https://news.example:8443', 'https://news.example')).toBe(false);
    expect(acceptsOrigin('null', 'not a url')).toBe(false);
  });
  it('sends only to the parent origin when one is set, and nowhere when it is invalid', () => {
    expect(targetOrigin(null)).toBe('*');
    expect(targetOrigin('https://news.example/')).toBe('https://news.example');
    expect(targetOrigin('javascript:alert(1)')).toBeNull();
    expect(targetOrigin('nonsense')).toBeNull();
  });
});

describe('outgoing messages', () => {
  it('wasl:ready carries the version and the view state, and parses back', () => {
    const state = { ...DEFAULT_VIEW_STATE, focus: 'syr', relations: ['met'], embed: true };
    const ready = readyMessage(state);
    expect(ready).toMatchObject({ type: 'wasl:ready', version: PROTOCOL_VERSION, focus: 'syr', relations: ['met'] });
    expect(parseOutMessage(structuredClone(ready))).toEqual(ready);
  });
  it('parseOutMessage rejects what a viewer never sends', () => {
    expect(parseOutMessage({ type: 'wasl:ready' })).toBeNull();
    expect(parseOutMessage({ type: 'wasl:select', node: 3 })).toBeNull();
    expect(parseOutMessage({ type: 'wasl:focus', node: 'x' })).toBeNull();
    expect(parseOutMessage('wasl:state')).toBeNull();
  });
});
