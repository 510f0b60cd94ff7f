/**
 * Deterministic initial positions: the same graph always starts from the same layout, so ForceAtlas2
 * (which is deterministic given its start) and screenshots are reproducible.
 */
import type { WaslGraph } from './build.ts';

/** mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Give every node without coordinates a position derived from its key (stable across runs and orders). */
export function assignInitialPositions(graph: WaslGraph, scale = 100): void {
  graph.forEachNode((node, attrs) => {
    if (typeof attrs.x === 'number' && typeof attrs.y === 'number') return;
    const rnd = seededRandom(hash(node));
    const r = Math.sqrt(rnd()) * scale;
    const a = rnd() * 2 * Math.PI;
    graph.mergeNodeAttributes(node, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
}
