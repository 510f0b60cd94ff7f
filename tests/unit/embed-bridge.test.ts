import { describe, expect, it } from 'vitest';
import { EmbedBridge, type BridgeWindow } from '../../src/app/embed/bridge.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view/state.ts';

/** A frame whose parent records what it is sent. */
function setup(parentOrigin: string | null) {
  const sent: { message: unknown; target: string }[] = [];
  const parent = { postMessage: (message: unknown, target: string) => sent.push({ message, target }) };
  const win: BridgeWindow = { parent, addEventListener: () => undefined, removeEventListener: () => undefined };
  let view: ViewState = { ...DEFAULT_VIEW_STATE, embed: true, parentOrigin };
  const loaded: string[] = [];
  const bridge = new EmbedBridge(win, {
    view: () => view,
    setView: (p) => (view = { ...view, ...p }),
    load: (url) => loaded.push(url),
    hasNode: (node) => node !== 'nobody',
  });
  const from = (data: unknown, origin = 'https://news.example', source: unknown = parent) =>
    bridge.receive({ data, origin, source } as MessageEvent);
  return { bridge, sent, from, loaded, view: () => view };
}

describe('EmbedBridge', () => {
  it('applies valid messages from the parent origin and answers with wasl:select and wasl:state', () => {
    const { bridge, sent, from, view, loaded } = setup('https://news.example');
    bridge.announceReady();
    expect(sent[0]).toMatchObject({ message: { type: 'wasl:ready', version: 1 }, target: 'https://news.example' });
    from({ type: 'wasl:focus', node: 'syr' });
    expect(view().focus).toBe('syr');
    bridge.publish(view());
    expect(sent.slice(1).map((s) => s.message)).toMatchObject([{ type: 'wasl:select', node: 'syr' }, { type: 'wasl:state', focus: 'syr' }]);
    from({ type: 'wasl:setRange', from: '2023', to: '2023' });
    from({ type: 'wasl:setFilters', relations: ['met'] });
    from({ type: 'wasl:load', url: './b.json' });
    expect(view()).toMatchObject({ from: '2023', to: '2023', relations: ['met'], kinds: null });
    expect(loaded).toEqual(['./b.json']);
    bridge.publish(view());
    expect(sent.at(-1)!.message).toMatchObject({ type: 'wasl:state', from: '2023' });
    expect(sent.every((s) => s.target === 'https://news.example')).toBe(true);
  });

  it('ignores other origins, other windows and malformed messages', () => {
    const { bridge, from, view } = setup('https://news.example');
    bridge.announceReady();
    const before = view();
    from({ type: 'wasl:focus', node: 'syr' }, 'https://evil.example');
    from({ type: 'wasl:focus', node: 'syr' }, 'https://news.example', {});
    for (const junk of [null, 'x', { type: 'wasl:focus', node: 7 }, { type: 'wasl:setRange', from: 'soon' }]) from(junk);
    from({ type: 'wasl:focus', node: 'nobody' });
    expect(view()).toBe(before);
  });

  it('says nothing before it is ready, answers wasl:hello once ready, and sends to * without parentOrigin', () => {
    const { bridge, sent, from } = setup(null);
    from({ type: 'wasl:hello' });
    bridge.publish(DEFAULT_VIEW_STATE);
    expect(sent).toEqual([]);
    bridge.announceReady();
    from({ type: 'wasl:hello' }, 'https://anyone.example');
    expect(sent.map((s) => [(s.message as { type: string }).type, s.target])).toEqual([['wasl:ready', '*'], ['wasl:ready', '*']]);
  });

  it('sends nothing when parentOrigin is not an origin', () => {
    const { bridge, sent } = setup('javascript:alert(1)');
    bridge.announceReady();
    expect(sent).toEqual([]);
  });
});
