// Gradient descent only ever goes downhill, so it ends in the valley it started in. When that valley holds a local
// minimum above the global one, the run is not wrong, it is trapped: name the local minimum (from calculus's
// critical points) and find a start in the global minimum's valley from which the same settings reach it.
//
// Which valley a run ended in is read off the critical points: the one nearest to where it stopped. Its stopping
// rule watches f, not x, so it stops short of the bottom (sin(x) + x²/10 from 10 stops at 4.07, the local minimum
// is at 3.84): a fixed distance would miss that, the nearest critical point does not.

import { runDescent, type DescentSettings } from "./descent.ts";
import type { Node } from "../expr/node.ts";

type Vec = readonly number[];
export interface Critical {
  x: Vec;
  f: number;
  nature: string;
}

const dist = (a: Vec, b: Vec) => Math.hypot(...b.map((v, i) => (a[i] ?? 0) - v));
const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * (1 + Math.abs(b));

/** The critical point nearest to `end` (ties: the first), or undefined when there is none. */
function nearest(end: Vec, points: readonly Critical[]): Critical | undefined {
  let best: Critical | undefined;
  for (const c of points) if (!best || dist(end, c.x) < dist(end, best.x)) best = c;
  return best;
}

/**
 * The local minimum a run that ended at `end` is trapped in: the nearest critical point, when it is a minimum whose
 * value is above the global minimum `min` (relative tolerance `tol`); undefined otherwise.
 */
export function trappedAt(
  end: Vec,
  critical: readonly Critical[],
  min: number,
  tol: number,
): Critical | undefined {
  const c = nearest(end, critical);
  return c && c.nature === "minimum" && !close(c.f, min, tol) ? c : undefined;
}

/** Does a run that ended at `end` lie in a global minimum's valley (its nearest critical point or minimiser)? */
export function reachesGlobal(
  end: Vec,
  critical: readonly Critical[],
  globals: readonly Vec[],
  min: number,
): boolean {
  const points: Critical[] = [...critical, ...globals.map((x) => ({ x, f: min, nature: "minimum" }))];
  const c = nearest(end, points);
  return c !== undefined && c.nature === "minimum" && close(c.f, min, 1e-9);
}

/** Round starts around x*, nearest first, at least 1 away so the run has a way to go. */
function candidates(target: Vec): number[][] {
  const base = target.map(Math.round);
  const R = target.length === 1 ? 6 : 3;
  const offsets: number[][] =
    target.length === 1
      ? Array.from({ length: 2 * R + 1 }, (_, i) => [i - R])
      : Array.from({ length: (2 * R + 1) ** 2 }, (_, i) => [
          (i % (2 * R + 1)) - R,
          Math.floor(i / (2 * R + 1)) - R,
        ]);
  return offsets
    .map((o) => base.map((b, i) => b + (o[i] ?? 0)))
    .filter((p) => dist(p, target) >= 1)
    .sort((a, b) => dist(a, target) - dist(b, target));
}

/**
 * A round start from which gradient descent with these settings ends in a global minimum's valley, checked by
 * running it; null when none of the starts tried does. `globals` are the global minimisers (the first is aimed at).
 */
export function startForGlobal(
  node: Node,
  vars: readonly string[],
  settings: DescentSettings,
  globals: readonly Vec[],
  critical: readonly Critical[],
  min: number,
): number[] | null {
  if (globals.length === 0) return null;
  for (const start of candidates(globals[0]!)) {
    try {
      const run = runDescent(node, {
        ...settings,
        x0: Object.fromEntries(vars.map((v, i) => [v, start[i]!])),
      });
      if (run.status === "diverged") continue;
      if (
        reachesGlobal(
          vars.map((v) => run.argmin[v] ?? 0),
          critical,
          globals,
          min,
        )
      )
        return start;
    } catch {
      // f is not defined at this start: try the next.
    }
  }
  return null;
}
