// The computational graph's picture: which nodes show (a graph over ~60 nodes starts with its deep subtrees
// folded into boxes), where dagre puts them left to right, and what each shows after a number of trace steps.
// Pure functions of the core's trace, so the panel only draws.
import dagre from "@dagrejs/dagre";
import type { AutogradTrace } from "../../../core/index.ts";
import { orderByBarycenter } from "./graph-order.ts";

/** Above this many nodes the graph starts folded. */
export const FOLD_ABOVE = 60;
export const NODE_W = 120;
export const NODE_H = 58;

export interface PlacedNode {
  index: number;
  x: number;
  y: number;
  /** A folded subtree: the number of nodes hidden behind it (0 when open). */
  hidden: number;
}
export interface PlacedEdge {
  from: number;
  to: number;
  points: { x: number; y: number }[];
}
export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/** Nodes reachable from `i` through its arguments (itself included). */
function below(trace: AutogradTrace, i: number): Set<number> {
  const seen = new Set<number>([i]);
  const stack = [i];
  while (stack.length)
    for (const a of trace.nodes[stack.pop()!]!.args) if (!seen.has(a)) (seen.add(a), stack.push(a));
  return seen;
}

/**
 * The folds a large graph starts with. A long sum is the usual large graph: its terms fold into boxes and the
 * chain of + and − stays open, so the shape of the sum reads at a glance. Anything else folds two levels under
 * the output.
 */
export function initialFolds(trace: AutogradTrace): Set<number> {
  if (trace.nodes.length <= FOLD_ABOVE) return new Set();
  const folds = new Set<number>();
  const isSum = (i: number) => {
    const n = trace.nodes[i]!.node;
    return n.kind === "apply" && (n.op === "add" || n.op === "sub" || n.op === "neg");
  };
  if (isSum(trace.output)) {
    const stack = [trace.output];
    const seen = new Set<number>();
    while (stack.length) {
      const i = stack.pop()!;
      if (seen.has(i)) continue;
      seen.add(i);
      for (const a of trace.nodes[i]!.args)
        if (isSum(a)) stack.push(a);
        else if (trace.nodes[a]!.args.length > 0) folds.add(a);
    }
    return folds;
  }
  let level = [trace.output];
  for (let depth = 0; depth < 2; depth++) level = level.flatMap((i) => trace.nodes[i]!.args);
  for (const i of level) if (trace.nodes[i]!.args.length > 0) folds.add(i);
  return folds;
}

/** Lays out the visible part: from the output through arguments, not into folded nodes. The order within ranks
 *  is ours (graph-order.ts, a fraction of the time); dagre's own is kept for the tests to compare with. */
export function layoutGraph(
  trace: AutogradTrace,
  folds: ReadonlySet<number>,
  order: "barycenter" | "dagre" = "barycenter",
): GraphLayout {
  const visible = new Set<number>();
  const stack = [trace.output];
  while (stack.length) {
    const i = stack.pop()!;
    if (visible.has(i)) continue;
    visible.add(i);
    if (!folds.has(i)) stack.push(...trace.nodes[i]!.args);
  }
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 46, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const i of visible) g.setNode(String(i), { width: NODE_W, height: NODE_H });
  const edges: [number, number][] = [];
  for (const i of visible)
    if (!folds.has(i))
      for (const a of new Set(trace.nodes[i]!.args)) {
        edges.push([a, i]);
        g.setEdge(String(a), String(i));
      }
  dagre.layout(g, order === "barycenter" ? { customOrder: orderByBarycenter } : {});
  const nodes = [...visible]
    .sort((a, b) => a - b)
    .map((i) => {
      const n = g.node(String(i));
      return { index: i, x: n.x, y: n.y, hidden: folds.has(i) ? below(trace, i).size - 1 : 0 };
    });
  const placed = edges.map(([from, to]) => ({
    from,
    to,
    points: (g.edge(String(from), String(to))?.points ?? []).map((p: { x: number; y: number }) => ({
      x: p.x,
      y: p.y,
    })),
  }));
  const info = g.graph();
  return { nodes, edges: placed, width: info.width ?? 0, height: info.height ?? 0 };
}

/** What the graph shows after the first `done` steps: values computed so far, gradients as accumulated so far. */
export function stateAt(
  trace: AutogradTrace,
  done: number,
): { value: (number | null)[]; grad: (number | null)[] } {
  const value: (number | null)[] = trace.nodes.map(() => null);
  const grad: (number | null)[] = trace.nodes.map(() => null);
  for (const s of trace.steps.slice(0, done)) {
    if (s.phase === "forward") value[s.node] = s.value;
    else if (s.phase === "seed") grad[s.node] = 1;
    else for (const p of s.parts) grad[p.input] = p.after;
  }
  return { value, grad };
}
