// Gradient descent, the tutorial's way: from x0, repeat one optimizer update and stop after the update where
// |f(x_{k+1}) − f(x_k)| ≤ tol, or at the iteration limit. One idea per file:
//   descent-options.ts   the settings, their defaults and checks
//   descent-loop.ts      the hot loop and why it stops
//   descent-record.ts    every point, in typed arrays
//   descent-messages.ts  how the run ended, in words
//   descent-flat.ts      whether a point where the gradient vanished is a plateau rather than a minimum
//   descent-run.ts       the run's objects, built on first access
// This file runs them in that order. The last recorded point is always finite: a NaN or infinite value is
// never shown.

import { compile } from "../diff/autodiff.ts";
import type { DescentError } from "../expr/errors.ts";
import { variables, type Node } from "../expr/node.ts";
import { createOptimizer, stepper } from "./optimizers.ts";
import { msg, say } from "../messages/index.ts";
import {
  DEFAULT_OPTIMIZER,
  startingPoint,
  stopSettings,
  type DescentOptions,
  type DescentSettings,
} from "./descent-options.ts";
import { iterate, type Objective } from "./descent-loop.ts";
import { Recorder } from "./descent-record.ts";
import { badStart, stopMessage, vectorText } from "./descent-messages.ts";
import { flatnessMsg } from "./descent-flat.ts";
import { makeRun, type DescentRun } from "./descent-run.ts";

export {
  DEFAULT_MAX_ITER,
  DEFAULT_OPTIMIZER,
  DEFAULT_TOL,
  MAX_ITER_LIMIT,
  type DescentOptions,
  type DescentSettings,
} from "./descent-options.ts";
export { RISE_WINDOW, type Objective, type StopReason } from "./descent-loop.ts";
export { flatness } from "./descent-flat.ts";
export type { DescentRecord, DescentRun, DescentStatus, DescentStep, Point } from "./descent-run.ts";

/** Gradient descent on an expression: compiles f, checks the options, runs `descend`. */
export function runDescent(expr: Node, options: DescentOptions): DescentRun {
  const vars = variables(expr);
  const x0 = startingPoint(vars, options.x0);
  const compiled = compile(expr, vars);
  return descend(
    (x, g) => compiled.valueAndGrad(x, g),
    x0,
    options,
    vars,
    (x) => compiled.explain(x),
  );
}

/**
 * The runner over an objective function. `vars` names the coordinates (default x1, x2, …); `explain` turns a
 * point outside the domain into the DescentError that says why (the compiled form's slow path).
 * Throws DescentError when the options are invalid or f cannot be evaluated at x0.
 */
export function descend(
  objective: Objective,
  x0: ArrayLike<number>,
  settings: DescentSettings = {},
  vars: string[] = Array.from({ length: x0.length }, (_, i) => `x${i + 1}`),
  explain?: (x: Float64Array) => DescentError | null,
): DescentRun {
  const { tol, maxIter } = stopSettings(settings);
  const n = x0.length;
  const opt = createOptimizer(settings.optimizer ?? DEFAULT_OPTIMIZER, n);

  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  const f0 = objective(x, g);
  if (!isFiniteAll(f0, x, g)) throw badStart(vars, x, explain?.(x));

  const rec = new Recorder(n, opt, Math.min(maxIter, 1 << 16) + 1);
  rec.start(x, f0, g);
  const end = iterate({
    objective,
    update: settings.forgetZeroGrad ? accumulating(stepper(opt), n) : stepper(opt),
    rec,
    x,
    g,
    f0,
    tol,
    maxIter,
    watchGrowth: opt.name === "sgd",
  });
  const stop = stopMessage(end, { vars, x, f0, tol, maxIter, explain, opt });
  let m = stop.m;

  let flat = false;
  if (stop.status !== "diverged") {
    const verdict = flatnessMsg(objective, x, end.f, g);
    // torch.optim accepts lr = 0 and then no update moves x: say that, not "try a smaller learning rate".
    if (opt.options.lr === 0 && end.k > 0) m = msg("gd.lrZero", { g: vectorText(g) });
    if (verdict !== null) {
      flat = true;
      m = msg("gd.then", { first: m, then: verdict });
    } else if (
      opt.options.lr !== 0 &&
      stop.status === "converged" &&
      end.k > 0 &&
      end.f >= f0 &&
      g.some((gi) => gi !== 0)
    ) {
      // lr = 1 on x^2 - 4x: x jumps 10 → −6 and f is unchanged, so the tolerance test passes at once.
      m = msg("gd.then", { first: m, then: msg("gd.jumping", { g: vectorText(g) }) });
    }
  }
  return makeRun(rec, vars, opt, {
    status: stop.status,
    reason: stop.reason,
    message: say(m),
    messageMsg: m,
    flat,
    error: stop.error,
  });
}

/** The update as torch makes it without zero_grad(): each backward adds the fresh gradient into .grad (zeros at
 *  first, so the first update is the usual one) and the optimizer steps with that running sum. */
function accumulating(
  update: (x: Float64Array, grad: Float64Array) => void,
  n: number,
): (x: Float64Array, grad: Float64Array) => void {
  const acc = new Float64Array(n);
  return (x, grad) => {
    // Stryker disable next-line EqualityOperator: a typed array ignores a write past its end
    for (let i = 0; i < n; i++) acc[i] = acc[i]! + grad[i]!;
    update(x, acc);
  };
}

function isFiniteAll(f: number, x: Float64Array, g: Float64Array): boolean {
  if (!Number.isFinite(f)) return false;
  for (let i = 0; i < g.length; i++) if (!Number.isFinite(g[i]!) || !Number.isFinite(x[i]!)) return false;
  return true;
}
