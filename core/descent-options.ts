// Gradient descent's settings: the defaults (the tutorial's plain gradient descent) and the checks on what a
// user passes — the starting point, tol and maxIter. The optimizer's own options are checked in optimizers.ts.

import { DescentError } from "./errors.ts";
import type { OptimizerConfig } from "./optimizers.ts";

export interface DescentSettings {
  /** Defaults to the tutorial's plain gradient descent, SGD with lr 0.02. */
  optimizer?: OptimizerConfig;
  /** Stop after the update where |Δf| ≤ tol. Default 1e-3. */
  tol?: number;
  /** Most updates to make. Default 1000. */
  maxIter?: number;
}
export interface DescentOptions extends DescentSettings {
  x0: Record<string, number>;
}

export const DEFAULT_OPTIMIZER: OptimizerConfig = { name: "sgd", lr: 0.02 };
export const DEFAULT_TOL = 1e-3;
export const DEFAULT_MAX_ITER = 1000;
export const MAX_ITER_LIMIT = 1_000_000;

export const invalid = (message: string) => new DescentError("invalid_option", message);

/** x0 as a vector in the order of `vars`; every variable needs a finite starting value. */
export function startingPoint(vars: string[], x0: Record<string, number> | undefined): Float64Array {
  if (x0 === null || typeof x0 !== "object") throw invalid('Give a starting point x0, e.g. {"x": 10}.');
  return Float64Array.from(vars, (v) => {
    const value = Object.hasOwn(x0, v) ? x0[v] : undefined;
    if (value === undefined) throw invalid(`Give a starting value for ${v} in x0.`);
    if (typeof value !== "number" || !Number.isFinite(value))
      throw invalid(`The starting value of ${v} must be a finite number (got ${String(value)}).`);
    return value;
  });
}

/** tol and maxIter with their defaults filled in; throws DescentError "invalid_option" when out of range. */
export function stopSettings(settings: DescentSettings): { tol: number; maxIter: number } {
  const tol = settings.tol ?? DEFAULT_TOL;
  const maxIter = settings.maxIter ?? DEFAULT_MAX_ITER;
  if (typeof tol !== "number" || !(tol >= 0) || !Number.isFinite(tol))
    throw invalid(`tol must be a number ≥ 0 (got ${String(tol)}).`);
  if (!Number.isInteger(maxIter) || maxIter < 0 || maxIter > MAX_ITER_LIMIT)
    throw invalid(`maxIter must be a whole number from 0 to ${MAX_ITER_LIMIT} (got ${String(maxIter)}).`);
  return { tol, maxIter };
}
