// The hot loop of gradient descent: update, evaluate, record, then the stopping and divergence tests. It says
// why it stopped (a StopReason) and leaves the words to descent-messages.ts.
//
//   tolerance   |f(x_{k+1}) − f(x_k)| ≤ tol after an update.
//   max-iter    the iteration limit came first.
//   non-finite  an update left x non-finite, or f or its gradient could not be computed there (the caller
//               tells a domain error from an overflow by asking the slow path).
//   blow-up     |f| or |x| grew by ten orders of magnitude beyond its start.
//   growth      f rose at each of the last RISE_WINDOW updates while above its starting value, and the steps
//               grew meanwhile — the slow, steady overshoot of a learning rate just past the stable limit
//               (x^2 - 4x with lr 1.001). Momentum's honest overshoots rise for a few updates and then fall, or
//               coast uphill with shrinking steps, so they do not trip this. Only for SGD (`watchGrowth`): the
//               adaptive methods' steps are bounded by about lr, so they cannot run away, and RMSprop's honest
//               limit cycles near a minimum can rise for longer.

import { stateVector } from "./optimizers.ts";
import type { Recorder } from "./descent-record.ts";

/** f at x, with ∂f/∂x written into `grad`; NaN when x is outside f's domain. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export type StopReason = "tolerance" | "max-iter" | "non-finite" | "domain" | "blow-up" | "growth";

/** Consecutive rising updates (while above the start) that count as divergence. */
export const RISE_WINDOW = 20;
/** Growth beyond the start, in orders of magnitude, that counts as blowing up. */
const BLOW_UP = 1e10;

export interface Loop {
  objective: Objective;
  /** One optimizer update of x in place, given the gradient at x. */
  update: (x: Float64Array, grad: Float64Array) => void;
  rec: Recorder;
  /** The current point and the gradient there (point 0 already recorded); left at the last recorded point. */
  x: Float64Array;
  g: Float64Array;
  /** f at the start. */
  f0: number;
  tol: number;
  maxIter: number;
  watchGrowth: boolean;
}

export interface LoopEnd {
  reason: StopReason;
  /** Updates recorded. */
  k: number;
  /** f at the last recorded point, and |Δf| of the last update. */
  f: number;
  change: number;
  /** Where a failed update tried to go (x non-finite, or f/∇f not computable there). */
  failed: Float64Array | null;
}

/**
 * Runs updates until a stopping or divergence test fires. Kept small so the engine can inline the update and
 * the objective into it. On a failed update x and g are restored to the last recorded point.
 */
export function iterate(loop: Loop): LoopEnd {
  const { objective, update, rec, x, g, f0, tol, maxIter, watchGrowth } = loop;
  const n = x.length;
  // Scales for the divergence tests, fixed at the start.
  const fBound = BLOW_UP * Math.max(1, Math.abs(f0));
  let xScale = 1;
  for (let i = 0; i < n; i++) xScale = Math.max(xScale, Math.abs(x[i]!));
  const xBound = BLOW_UP * xScale;

  const fields = rec.opt.fields;
  // The optimizer's state vectors exist once it has made its first update (SGD creates its velocity then).
  let sources: Float64Array[] | null = null;
  let X = rec.x;
  let G = rec.grad;
  let F = rec.f;
  let S = fields.map((field) => rec.state[field]!);
  let f = f0;
  let change = 0;
  let rises = 0;
  let firstRise = 0;
  let k = 0;
  while (k < maxIter) {
    update(x, g);
    sources ??= fields.map((field) => stateVector(rec.opt, field));
    let xBad = false;
    let xHuge = false;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      if (xi - xi !== 0)
        xBad = true; // NaN or ±Infinity
      else if (xi > xBound || xi < -xBound) xHuge = true;
    }
    const fNew = xBad ? NaN : objective(x, g);
    let finite = fNew - fNew === 0;
    for (let i = 0; i < n; i++) if (g[i]! - g[i]! !== 0) finite = false;
    if (!finite) {
      const failed = Float64Array.from(x);
      rec.last(x);
      objective(x, g);
      return { reason: "non-finite", k, f, change, failed };
    }
    k++;
    // Record point k (written here rather than through a method: this loop is the benchmark's hot path).
    if (k === rec.capacity) {
      rec.grow();
      X = rec.x;
      G = rec.grad;
      F = rec.f;
      S = fields.map((field) => rec.state[field]!);
    }
    const at = k * n;
    F[k] = fNew;
    // Stryker disable next-line EqualityOperator: one more turn writes NaN into the next point's slot, which the next update overwrites (or past the end, which is ignored)
    for (let i = 0; i < n; i++) {
      X[at + i] = x[i]!;
      G[at + i] = g[i]!;
    }
    for (let s = 0; s < S.length; s++) {
      const from = sources[s]!;
      const to = S[s]!;
      // Stryker disable next-line EqualityOperator: as above, one more turn writes into the next point's slot
      for (let i = 0; i < n; i++) to[at + i] = from[i]!;
    }
    rec.count = k + 1;
    change = Math.abs(fNew - f);
    if (watchGrowth) {
      let stepLength = 0;
      for (let i = 0; i < n; i++) stepLength = Math.max(stepLength, Math.abs(X[at + i]! - X[at - n + i]!));
      if (fNew > f && fNew > f0) {
        if (rises === 0) firstRise = stepLength;
        rises++;
        // Rising for a while with steps that have grown: overshooting more each time. Momentum coasting uphill
        // also raises f for a while, but its steps shrink as the slope brakes it.
        if (rises >= RISE_WINDOW && stepLength > firstRise)
          return { reason: "growth", k, f: fNew, change, failed: null };
      } else rises = 0;
    }
    f = fNew;
    if (change <= tol) return { reason: "tolerance", k, f, change, failed: null };
    if (xHuge || Math.abs(fNew - f0) > fBound) return { reason: "blow-up", k, f, change, failed: null };
  }
  return { reason: "max-iter", k, f, change, failed: null };
}
