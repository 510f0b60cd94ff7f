/**
 * Embedding benchmark: what a host page's message costs the viewer before drawing (validation, the view
 * change, the mask of what is shown, as the app computes it) on graphs of growing size, and the size of
 * the host helper script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Graph from 'graphology';
import type { WaslGraph } from '../../src/lib/graph/build.ts';
import { seededRandom } from '../../src/lib/graph/layout.ts';
import { parseInMessage, viewChange } from '../../src/lib/embed/protocol.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/lib/view/state.ts';
import { buildViewIndex } from '../../src/lib/view/view-index.ts';
import { computeMask } from '../../src/lib/view/mask.ts';
import { printTable } from '../lib/table.ts';

const KINDS = ['person', 'organization', 'country', 'place', 'armed_group'];
const RELATIONS = ['met', 'visited', 'urged', 'accused', 'sent_envoy'];

function synth(nodes: number, edges: number): WaslGraph {
  const rnd = seededRandom(7);
  const pick = (n: number) => Math.floor(rnd() * n);
  const g: WaslGraph = new Graph({ type: 'directed', multi: true });
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { kind: KINDS[pick(5)] } as never);
  for (let i = 0; i < edges; i++) {
    const date = `${2020 + pick(5)}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`;
    g.addEdge(`n${pick(nodes)}`, `n${pick(nodes)}`, { relation: RELATIONS[pick(5)], date } as never);
  }
  return g;
}

/** Median of `runs` timings of `fn`, in milliseconds. */
function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export default async function bench(): Promise<void> {
  const messages: unknown[] = [
    { type: 'wasl:focus', node: 'bashar-al-assad' },
    { type: 'wasl:setRange', from: '2023-01', to: '2023-12-31' },
    { type: 'wasl:setFilters', relations: RELATIONS, kinds: null },
    { type: 'wasl:focus', node: 42 },
    { type: 'wasl:setRange', from: 'yesterday' },
    null,
    'wasl:focus',
  ];
  const n = 200_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) parseInMessage(messages[i % messages.length]);
  const perMessage = (performance.now() - t0) / n;
  printTable([{ step: 'parseInMessage (valid and malformed mix)', 'µs / message': perMessage * 1000 }]);
  console.log();

  const rows = [];
  for (const [nodes, edges] of [[1_000, 3_000], [10_000, 30_000], [50_000, 150_000]] as const) {
    const g = synth(nodes, edges);
    const index = buildViewIndex(g);
    let view: ViewState = DEFAULT_VIEW_STATE;
    const apply = (m: unknown) => {
      const parsed = parseInMessage(m);
      if (parsed) view = { ...view, ...viewChange(parsed) };
      return computeMask(index, view);
    };
    const range = median(9, () => apply({ type: 'wasl:setRange', from: '2022-03', to: '2022-09' }));
    const filters = median(9, () => apply({ type: 'wasl:setFilters', relations: ['met', 'urged'], kinds: ['person', 'country'] }));
    const shown = computeMask(index, view);
    rows.push({ nodes, edges, 'setRange → mask ms': range, 'setFilters → mask ms': filters, 'edges shown': shown.edgeCount });
  }
  printTable(rows);

  const script = 'dist/wasl-embed.js';
  if (existsSync(script)) {
    const bytes = readFileSync(script);
    console.log();
    printTable([{ file: script, bytes: bytes.length, 'gzip bytes': gzipSync(bytes).length }]);
  } else console.log(`\n(${script} not built: run \`npx vite build\` for its size)`);
}
