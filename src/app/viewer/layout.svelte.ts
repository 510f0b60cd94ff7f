/**
 * The layout of the graph on screen: ForceAtlas2 in a Web Worker (start/stop), noverlap once it stops,
 * and optional geographic placement (nodes with lat/lon pinned, the others laid out around them).
 * ForceAtlas2 runs on a bare copy of the graph; its positions are copied to the graph on screen a few
 * times a second (every copy makes the renderer re-process every node), not after every iteration.
 */
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { WaslGraph } from '../../lib/graph/build.ts';
import { geoPositions } from '../../lib/view/geo.ts';
import type { Placement } from '../../lib/view/state.ts';

/** Above this many edges the layout does not start by itself (copying the graph for it blocks the page). */
export const AUTO_LAYOUT_MAX_EDGES = 200_000;
/** noverlap runs on the main thread: only for graphs it handles within a frame or two. */
const NOVERLAP_LIMIT = 3000;

export class LayoutControl {
  running = $state(false);
  private fa2: FA2Layout | null = null;
  private copy: Graph | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sync: ReturnType<typeof setInterval> | undefined;
  private placement: Placement;

  constructor(private readonly graph: WaslGraph, placement: Placement) {
    this.placement = placement;
    if (placement === 'geo') this.pin();
  }

  start(duration = Math.min(8000, 1500 + this.graph.order * 2)): void {
    if (this.graph.order < 2 || this.running) return;
    const copy = this.bareCopy();
    this.copy = copy;
    this.fa2 = new FA2Layout(copy, {
      settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 500 },
    });
    this.fa2.start();
    this.running = true;
    this.sync = setInterval(() => this.copyPositions(), this.graph.size > 20_000 ? 1500 : 100);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), duration);
  }

  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.sync);
    if (!this.running) return;
    this.fa2?.kill();
    this.fa2 = null;
    this.copyPositions();
    this.copy = null;
    this.running = false;
    if (this.placement !== 'geo' && this.graph.order <= NOVERLAP_LIMIT) this.spread();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  setPlacement(placement: Placement): void {
    if (placement === this.placement) return;
    this.placement = placement;
    const wasRunning = this.running;
    this.stop();
    this.fa2?.kill();
    this.fa2 = null;
    if (placement === 'geo') this.pin();
    else this.graph.forEachNode((node, a) => a.fixed && this.graph.removeNodeAttribute(node, 'fixed'));
    if (wasRunning || this.graph.order > 1) this.start(2000);
  }

  kill(): void {
    clearTimeout(this.timer);
    clearInterval(this.sync);
    this.fa2?.kill();
    this.fa2 = null;
    this.running = false;
  }

  /** Nodes (position, pinned or not) and edges (weight) only: what ForceAtlas2 reads. */
  private bareCopy(): Graph {
    const copy = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
    this.graph.forEachNode((node, a) => copy.addNode(node, { x: a.x, y: a.y, fixed: a.fixed }));
    this.graph.forEachEdge((edge, a, source, target) => copy.addDirectedEdgeWithKey(edge, source, target, { weight: a.weight }));
    return copy;
  }

  private copyPositions(): void {
    const copy = this.copy;
    if (!copy) return;
    this.graph.updateEachNodeAttributes(
      (node, a) => {
        const p = copy.getNodeAttributes(node);
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private pin(): void {
    for (const [node, pos] of geoPositions(this.graph)) this.graph.mergeNodeAttributes(node, { ...pos, fixed: true });
  }

  /** Push overlapping nodes apart, in graph units scaled from the extent of the layout. */
  private spread(): void {
    let min = Infinity;
    let max = -Infinity;
    this.graph.forEachNode((_n, a) => {
      min = Math.min(min, a.x as number, a.y as number);
      max = Math.max(max, a.x as number, a.y as number);
    });
    const unit = (max - min) / 700;
    if (!(unit > 0)) return;
    noverlap.assign(this.graph, {
      maxIterations: 60,
      inputReducer: (node, a) => ({ x: a.x, y: a.y, size: unit * (4 + 1.8 * Math.sqrt(this.graph.degree(node))) }),
      settings: { margin: unit * 2 },
    });
  }
}
