// How large a step plain gradient descent can take, read from the curvature at its start. Near x0, f is close to
// its quadratic model, and on a quadratic with Hessian H one update multiplies the distance to the minimiser along
// each eigenvector by 1 − α λᵢ. The run shrinks that distance only when every |1 − α λᵢ| < 1, that is
// α < 2/λ_max; the largest |1 − α λᵢ| is the contraction factor, how fast it converges. On a quadratic the
// Hessian is the same everywhere, so the factor holds at every step; elsewhere the bound is a guide near x0.

import { beforeDiff, rawDerivative } from "../diff/derivative.ts";
import { compile, type Compiled } from "../diff/autodiff.ts";
import { jacobiEigenvalues } from "../exact/matrix.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import type { Node } from "../expr/node.ts";
import { msg, type Msg } from "../messages/index.ts";
import { fmt } from "./descent-messages.ts";

export interface Stability {
  /** The Hessian at x0 (one variable: [[f″(x0)]]), rows in the order of the variables. */
  hessian: number[][];
  /** Its eigenvalues, ascending. */
  eigenvalues: number[];
  /** The largest eigenvalue (f″(x0) in one variable): the steepest curvature at the start. */
  lambdaMax: number;
  /** 2/λ_max: the largest stable step. Null when λ_max ≤ 0: no bound follows from the curvature there. */
  bound: number | null;
  /** A safe step: 1/λ_max rounded down to 1, 2 or 5 × 10^k. Null with the bound. */
  safe: number | null;
  /** f is a quadratic, so the Hessian (and the contraction factor) is the same at every point. */
  quadratic: boolean;
}

/** Row i of the Hessian as the gradient of ∂f/∂x_i, compiled once per function: the start and α change far more
 *  often than f. The derivative is left unsimplified: the tape folds its constants, and simplifying costs more. */
const hessianTapes = new WeakMap<Node, { key: string; rows: Compiled[]; quadratic: boolean }>();

function tapesFor(node: Node, vars: readonly string[]): { rows: Compiled[]; quadratic: boolean } {
  const key = vars.join(",");
  const hit = hessianTapes.get(node);
  if (hit && hit.key === key) return hit;
  const f = beforeDiff(node);
  const poly = polynomialOf(node, vars);
  const made = {
    key,
    rows: vars.map((v) => compile(rawDerivative(f, v), vars)),
    quadratic: poly.ok && poly.poly.degree() <= 2,
  };
  hessianTapes.set(node, made);
  return made;
}

/** The curvature at x0 (values in the order of `vars`); null when f″ or the Hessian cannot be computed there. */
export function stability(node: Node, vars: readonly string[], x0: readonly number[]): Stability | null {
  if (vars.length === 0) return null;
  let tapes: { rows: Compiled[]; quadratic: boolean };
  try {
    tapes = tapesFor(node, vars);
  } catch {
    return null; // too large to differentiate within the work budget
  }
  const grad = new Float64Array(vars.length);
  const hessian = tapes.rows.map((row) =>
    Number.isFinite(row.valueAndGrad(x0, grad)) ? Array.from(grad) : [],
  );
  if (!hessian.every((row) => row.length === vars.length && row.every(Number.isFinite))) return null;
  // Symmetric in exact arithmetic; rounding may leave the two mixed partials a few ulps apart.
  const sym = hessian.map((row, i) => row.map((v, j) => (v + hessian[j]![i]!) / 2));
  const eigenvalues = vars.length === 1 ? [sym[0]![0]!] : jacobiEigenvalues(sym);
  const lambdaMax = eigenvalues[eigenvalues.length - 1]!;
  const positive = lambdaMax > 0 && Number.isFinite(2 / lambdaMax);
  return {
    hessian: sym,
    eigenvalues,
    lambdaMax,
    bound: positive ? 2 / lambdaMax : null,
    safe: positive ? niceBelow(1 / lambdaMax) : null,
    quadratic: tapes.quadratic,
  };
}

/** max |1 − α λᵢ|: how much one update of plain gradient descent shrinks the distance to a quadratic's minimiser. */
export function contraction(eigenvalues: readonly number[], lr: number): number {
  return Math.max(...eigenvalues.map((l) => Math.abs(1 - lr * l)));
}

/** The largest of 1, 2 or 5 × 10^k that is ≤ v (v > 0): a step a class can read and type. */
export function niceBelow(v: number): number {
  const k = Math.floor(Math.log10(v));
  for (const m of [10, 5, 2, 1]) {
    const c = Number((m * 10 ** k).toPrecision(1));
    if (c <= v) return c;
  }
  return Number((10 ** (k - 1)).toPrecision(1)); // log10 rounded up past v
}

/**
 * The panel's sentences on the step α: the bound from the curvature at the start (or why there is none), and for a
 * quadratic with a minimum the contraction factor. `crossed` is said when a run diverged: which bound α crossed.
 */
export function stabilityWords(
  s: Stability,
  lr: number,
  diverged: boolean,
): { bound: Msg; rate?: Msg; crossed?: Msg } {
  const one = s.hessian.length === 1;
  const curv = fmt(s.lambdaMax);
  if (s.bound === null) return { bound: msg(one ? "stab.noBound1" : "stab.noBoundN", { curv }) };
  const bound = fmt(s.bound);
  const out: { bound: Msg; rate?: Msg; crossed?: Msg } = {
    bound: msg(one ? "stab.bound1" : "stab.boundN", { curv, bound }),
  };
  if (s.quadratic && s.eigenvalues[0]! > 0) {
    const q = contraction(s.eigenvalues, lr);
    const then = msg(q < 1 ? "stab.shrinks" : "stab.noShrink");
    out.rate = one
      ? msg("stab.rate1", { lr: fmt(lr), curv, q: fmt(q), then })
      : msg("stab.rateN", { eigs: s.eigenvalues.map(fmt).join(", "), q: fmt(q), then });
  }
  if (diverged)
    out.crossed =
      lr >= s.bound
        ? msg(one ? "stab.crossed1" : "stab.crossedN", { lr: fmt(lr), bound })
        : msg("stab.grewAlongTheWay", { lr: fmt(lr), bound });
  return out;
}
