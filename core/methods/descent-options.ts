// Gradient descent's settings: the defaults (the tutorial's plain gradient descent) and the checks on what a
// user passes — the starting point, tol and maxIter. The optimizer's own options are checked in optimizers.ts.

import { DescentError } from "../expr/errors.ts";
import { msg, say, type Msg } from "../messages/index.ts";
import type { OptimizerConfig } from "./optimizers.ts";

export interface DescentSettings {
  /** Defaults to the tutorial's plain gradient descent, SGD with lr 0.02. */
  optimizer?: OptimizerConfig;
  /** Stop after the update where |Δf| ≤ tol. Default 1e-3. */
  tol?: number;
  /** Most updates to make. Default 1000. */
  maxIter?: number;
  /**
   * The classic bug, on purpose: no zero_grad() between steps, so .grad accumulates and every update uses the
   * sum of all gradients so far (as torch does). The run records the fresh gradient at each point.
   */
  forgetZeroGrad?: boolean;
}
export interface DescentOptions extends DescentSettings {
  x0: Record<string, number>;
}

export const DEFAULT_OPTIMIZER: OptimizerConfig = { name: "sgd", lr: 0.02 };
export const DEFAULT_TOL = 1e-3;
export const DEFAULT_MAX_ITER = 1000;
/** The most updates a run may make; the page's field, the CLI and the README share this cap. Measured with Adam
 *  on Rosenbrock: 10⁵ updates run in about 0.4 s and make a 41 MB JSON line (about 320 MB peak in `descent
 *  batch`); 10⁶ took 6.2 s, 1.36 GB and a 292 MB line. */
export const MAX_ITER_LIMIT = 100_000;

export const invalid = (m: Msg) => new DescentError("invalid_option", say(m), undefined, m);
const show = (v: unknown) => String(v);

/** x0 as a vector in the order of `vars`; every variable needs a finite starting value. */
export function startingPoint(vars: string[], x0: Record<string, number> | undefined): Float64Array {
  if (x0 === null || typeof x0 !== "object") throw invalid(msg("gd.x0Missing"));
  return Float64Array.from(vars, (v) => {
    const value = Object.hasOwn(x0, v) ? x0[v] : undefined;
    if (value === undefined) throw invalid(msg("gd.x0Value", { v }));
    // Number.isFinite is false for anything but a finite number (a string "1" included).
    if (!Number.isFinite(value)) throw invalid(msg("gd.x0Finite", { v, got: show(value) }));
    return value;
  });
}

/** tol and maxIter with their defaults filled in; throws DescentError "invalid_option" when out of range. */
export function stopSettings(settings: DescentSettings): { tol: number; maxIter: number } {
  const tol = settings.tol ?? DEFAULT_TOL;
  const maxIter = settings.maxIter ?? DEFAULT_MAX_ITER;
  if (!(tol >= 0) || !Number.isFinite(tol)) throw invalid(msg("gd.tol", { got: show(tol) }));
  checkMaxIter(maxIter);
  return { tol, maxIter };
}

/** maxIter is a whole number from 0 to MAX_ITER_LIMIT; `key` is how the caller spells it (max_iter, --max-iter). */
export function checkMaxIter(maxIter: unknown, key = "maxIter"): asserts maxIter is number {
  if (typeof maxIter !== "number" || !Number.isInteger(maxIter) || maxIter < 0 || maxIter > MAX_ITER_LIMIT)
    throw invalid(msg("gd.maxIterRange", { key, max: String(MAX_ITER_LIMIT), got: show(maxIter) }));
}
