// Newton's method on ∇f = 0 in several variables, from one start: the step solves H·d = −∇f, and a backtracking
// line search on |∇f|² keeps it from running off. For a polynomial the search may be non-monotone (Grippo,
// Lampariello and Lucidi): a step is taken when |∇f|² falls below the largest of its last few values, not below the
// current one. Along a curved valley (Rosenbrock's) the full Newton step first raises |∇f|² and then falls fast; the
// monotone search cut it to crawling steps, and 110 of Rosenbrock's 121 grid starts ran out of iterations (55 ms
// for the search, 3 ms non-monotone, the same critical point found). Other functions keep the monotone search: a
// bolder step can land where f is undefined and must not be taken for a critical point. The calculus method runs it from about 130 starts for every
// function typed, so it works in place: no arrays are made per step.

import type { Compiled } from "../diff/autodiff.ts";
import { solveAugmented } from "../exact/matrix.ts";

/** ∇f and the Hessian's rows from compiled tapes (row i is the gradient of ∂f/∂xᵢ); NaN where f leaves its domain. */
export class GradientSystem {
  readonly n: number;
  constructor(
    private readonly fTape: Compiled,
    private readonly rows: readonly Compiled[],
  ) {
    this.n = rows.length;
  }
  /** ∇f(p) into `out` (all NaN outside the domain). */
  gradInto(p: ArrayLike<number>, out: Float64Array): void {
    if (!Number.isFinite(this.fTape.valueAndGrad(p, out))) out.fill(NaN);
  }
  /** The Hessian at p into the first n columns of the augmented matrix M (n rows of n + 1). */
  hessInto(p: ArrayLike<number>, M: Float64Array, row: Float64Array): void {
    const n = this.n;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(this.rows[i]!.valueAndGrad(p, row))) row.fill(NaN);
      // Stryker disable next-line EqualityOperator: one more pass writes the b column, which is written right after
      for (let j = 0; j < n; j++) M[i * (n + 1) + j] = row[j]!;
    }
  }
  gradAt = (p: readonly number[]): number[] => {
    const out = new Float64Array(this.n);
    this.gradInto(p, out);
    return [...out];
  };
  hessAt = (p: readonly number[]): number[][] => {
    const row = new Float64Array(this.n);
    return this.rows.map((r) => (Number.isFinite(r.valueAndGrad(p, row)) ? [...row] : p.map(() => NaN)));
  };
}

const squaredNorm = (g: Float64Array) => {
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i]! * g[i]!;
  return s;
};
/** How many of the latest values of |∇f|² a polynomial's line search compares with (the current one included). */
export const NONMONOTONE_MEMORY = 8;

const largest = (v: Float64Array, floor: number) => {
  let m = floor;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
};

/**
 * Newton on ∇f = 0 with a backtracking line search on |∇f|²; null when it does not converge. Converged means the
 * Newton step itself is tiny, not just the gradient: exp(x) has a tiny gradient at x = −27 but no critical point.
 * A singular Hessian steps along −∇f instead. `memory`: how many of the latest values of |∇f|² a step must fall
 * below the largest of (1: the current one, a monotone search).
 */
export function newton(sys: GradientSystem, start: readonly number[], memory = 1): number[] | null {
  const n = sys.n;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let next = new Float64Array(n);
  let ng = new Float64Array(n);
  const d = new Float64Array(n);
  const M = new Float64Array(n * (n + 1));
  const row = new Float64Array(n);
  sys.gradInto(x, g);
  let gg = squaredNorm(g);
  const recent = new Float64Array(memory).fill(gg);
  for (let it = 0; it < 100; it++) {
    // Stryker disable next-line ConditionalExpression: a NaN gradient fails every line search below, which answers null too
    if (!Number.isFinite(gg)) return null;
    // Stryker disable next-line ConditionalExpression: with ∇f = 0 the step is 0, and the test after the solve returns x
    if (gg === 0) return [...x];
    sys.hessInto(x, M, row);
    // Stryker disable next-line EqualityOperator: a write one past the typed array's end is dropped
    for (let i = 0; i < n; i++) M[i * (n + 1) + n] = -g[i]!;
    // Stryker disable next-line EqualityOperator: a write one past the typed array's end is dropped
    if (!solveAugmented(M, n, d)) for (let i = 0; i < n; i++) d[i] = -g[i]!;
    const size = largest(x, 1);
    const stepLen = largest(d, 0);
    if (stepLen <= 1e-10 * size && Math.sqrt(gg) < 1e-6) return [...x];
    const ref = largest(recent, 0);
    let t = 1;
    let ngg = Infinity;
    for (let k = 0; k < 30; k++) {
      // Stryker disable next-line EqualityOperator: a write one past the typed array's end is dropped
      for (let i = 0; i < n; i++) next[i] = x[i]! + t * d[i]!;
      sys.gradInto(next, ng);
      ngg = squaredNorm(ng);
      if (Number.isFinite(ngg) && ngg < ref) break;
      t /= 2;
    }
    if (!(ngg < ref)) return stepLen <= 1e-7 * size && Math.sqrt(gg) < 1e-6 ? [...x] : null;
    [x, next] = [next, x];
    [g, ng] = [ng, g];
    gg = ngg;
    recent[it % memory] = gg;
    if (x.some((v) => Math.abs(v) > 1e6)) return null;
  }
  return null;
}
