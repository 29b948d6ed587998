// The shapes the panels render. The session builds them from the core's results, so a panel only ever sees
// plain data and never calls the core itself.

import type { Lang, Msg, UiId } from "../../../core/index.ts";
import type { Interval, MinimumSetN } from "../../../core/index.ts";
import type { PrintedStep } from "../../../core/index.ts";
import type { StopReason } from "../../../core/index.ts";
export { MAX_ITER_LIMIT } from "../../../core/index.ts";

export type OptimizerName = "sgd" | "momentum" | "nesterov" | "rmsprop" | "adagrad" | "adam";
export const OPTIMIZERS: readonly OptimizerName[] = [
  "sgd",
  "momentum",
  "nesterov",
  "rmsprop",
  "adagrad",
  "adam",
];

/** Each optimizer's name in the catalog (the same in the settings, the legend and the plots). */
export const OPT_LABEL: Readonly<Record<OptimizerName, UiId>> = {
  sgd: "optimizer.sgd",
  momentum: "optimizer.momentum",
  nesterov: "optimizer.nesterov",
  rmsprop: "optimizer.rmsprop",
  adagrad: "optimizer.adagrad",
  adam: "optimizer.adam",
};

/** torch.optim's parameters with their names; which ones apply depends on the optimizer. */
export interface OptimizerParams {
  momentum: number;
  dampening: number;
  weight_decay: number;
  alpha: number;
  eps: number;
  centered: boolean;
  lr_decay: number;
  beta1: number;
  beta2: number;
  amsgrad: boolean;
}

export type ParamName = keyof OptimizerParams;

/** What a gradient descent run is asked to do: the panel runs it (engine.ts), the code view writes it for PyTorch. */
export interface RunSettings {
  x0: readonly number[];
  optimizer: OptimizerName;
  lr: number;
  params: OptimizerParams;
  tol: number;
  maxIter: number;
  /** Let .grad accumulate across steps, as PyTorch does when zero_grad() is left out. */
  forgetZeroGrad?: boolean;
}

/** One row of the iteration table: x_k, f(x_k), the gradient there, and the step taken from it. */
export interface IterRow {
  k: number;
  x: readonly number[];
  f: number;
  grad: readonly number[];
  /** The step subtracted from x_k: x_k − x_{k+1} (α·gradient for plain SGD); absent on the last row. */
  update?: readonly number[];
  /** With "forget zero_grad()": .grad as PyTorch holds it at x_k, the sum of the gradients at x_0 … x_k, which
   *  the update from x_k uses (absent when gradients are zeroed). */
  accumulated?: readonly number[];
  /** The optimizer's state that step used (velocity, m, v …), one value per variable; absent on the last row. */
  state?: Readonly<Record<string, readonly number[]>>;
}

export type RunStatus = "converged" | "max-iter" | "diverged";

/** A gradient descent run. Points are stored point-major in typed arrays; rows are built only when shown. */
export interface RunView {
  optimizer: OptimizerName;
  color: string;
  vars: readonly string[];
  status: RunStatus;
  /** Why the run stopped (the core's StopReason): the headline says "diverged" only for blow-up and growth. */
  reason: StopReason;
  /** The gradient vanished where the run stopped, but that is not shown to be a minimum. */
  flat: boolean;
  /** What happened, in words (from the core). */
  message: Words;
  /** Number of updates made; there are iterations + 1 points. */
  iterations: number;
  /** x of point k at [k·n, k·n + n). */
  xs: Float64Array;
  /** The same points one array per variable (the contour map wants x and y apart). */
  coords: readonly Float64Array[];
  fs: Float64Array;
  /** Names of the optimizer-state entries (e.g. ["velocity"] or ["m", "v"]). */
  stateNames: readonly string[];
  /** Run with "forget zero_grad()": rows carry the accumulated .grad. */
  accumulates: boolean;
  row(k: number): IterRow;
  argmin: readonly number[];
  min: number;
}

/** One line on the board, printed in every UI language (the panel shows the current one). */
export type StepView = Record<Lang, PrintedStep>;

/** "stopped": no answer, and `verdict` says why in words (gradient descent diverged or stalled). */
export type MethodStatus = "minimum" | "unbounded" | "no-minimum" | "unsupported" | "unavailable" | "stopped";

export interface CriticalView {
  point: readonly number[];
  value: number;
  /** What the second-derivative (Hessian) test says. */
  kind: "minimum" | "maximum" | "saddle" | "inconclusive";
  /** What the point really is, from neighbouring values when the test is inconclusive (x⁴ at 0). */
  nature: "minimum" | "maximum" | "saddle" | "neither" | "unknown";
}

/** Words on a panel: a message from the catalog, said in the UI language when shown, or a sentence that is
 *  already in it (a mistake told by i18n.mistake) or that the core has only in English. */
export type Words = Msg | string;

export interface MethodView {
  status: MethodStatus;
  steps: readonly StepView[];
  argmin?: readonly number[];
  min?: number;
  argminLatex?: string;
  minLatex?: string;
  reason?: Words;
  /** A sentence that replaces the generic one for the status. */
  verdict?: Words;
  critical?: readonly CriticalView[];
  /** Every global minimiser found (x⁴ − 2x² has two). */
  argmins?: readonly (readonly number[])[];
  /** One variable: the minimum is attained on this whole set (relu(x): (−∞, 0]); the plot marks it. */
  argminSet?: readonly Interval[];
  /**
   * The minimum is attained on a set named by f's form (every period, a line, a region): the set as data for the
   * judge, and as text (null: every point).
   */
  minimumSet?: { vars: readonly string[]; set: MinimumSetN; text: { text: string; latex: string } | null };
  /** The minimisers form a line or plane (a semidefinite quadratic). */
  notUnique?: boolean;
}

export interface ComparisonView {
  rows: readonly {
    method: "closedForm" | "calculus" | "descent";
    argmin?: readonly number[];
    min?: number;
  }[];
  agree: boolean | null;
  /** Gradient descent's f is within tolerance of the minimum but its x is not (its stopping rule watches f). */
  closeInFOnly: boolean;
  /** Gradient descent stopped by its rule in the global minimum's valley, short of it (compare.ts). */
  stoppedShort: boolean;
  /** The minimiser gradient descent is measured against (the nearest one), when there is a minimum. */
  nearest: readonly number[] | null;
  /** Distance from gradient descent's answer to the nearest exact minimiser. */
  distance: number | null;
  /** f has no minimum and no local minimum (calculus or the closed form says so), yet gradient descent stopped by
   *  its rule: one step changed f by less than the tolerance while f was still falling. */
  noMinimum: boolean;
  /** Gradient descent ended in the valley of a local minimum `at` (value f), not of the global one. */
  trap: { at: readonly number[]; f: number; global: readonly number[]; fmin: number } | null;
}

/** What the curvature at gradient descent's start says about α (engine.stabilityNote builds it). */
export interface StabilityNote {
  /** Plain gradient descent (SGD without momentum or weight decay): the only optimizer the bound is about. */
  plain: boolean;
  bound?: Msg;
  rate?: Msg;
  /** After a divergence: which bound α crossed. */
  crossed?: Msg;
  /** 1/λ_max rounded down: the α to offer, or to start a typed two-variable function with. */
  safe: number | null;
  lambdaMax: number;
}
