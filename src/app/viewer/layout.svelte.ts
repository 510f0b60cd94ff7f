/**
 * The layout of the graph on screen: ForceAtlas2 in a Web Worker (start/stop), noverlap once it stops,
 * and optional geographic placement (nodes with lat/lon pinned, the others laid out around them).
 * Positions are written to the graph's x/y, which the renderer follows.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { WaslGraph } from '../../lib/graph/build.ts';
import { geoPositions } from '../../lib/view/geo.ts';
import type { Placement } from '../../lib/view/state.ts';

/** noverlap runs on the main thread: only for graphs it handles within a frame or two. */
const NOVERLAP_LIMIT = 3000;

export class LayoutControl {
  running = $state(false);
  private fa2: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private placement: Placement;

  constructor(private readonly graph: WaslGraph, placement: Placement) {
    this.placement = placement;
    if (placement === 'geo') this.pin();
  }

  start(duration = Math.min(8000, 1500 + this.graph.order * 2)): void {
    if (this.graph.order < 2 || this.running) return;
    this.fa2 ??= new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 500 },
    });
    this.fa2.start();
    this.running = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(), duration);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.running) return;
    this.fa2?.stop();
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
    this.fa2?.kill();
    this.fa2 = null;
    this.running = false;
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
