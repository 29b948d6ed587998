// torch.optim's update rules (PyTorch 1.13, the single-tensor code path), in order of increasing complexity:
// SGD, RMSprop, Adagrad, Adam. Each rule is a small step function over Float64Array parameters that updates
// the parameters and its own state in place — no hidden state, so the runner can record both after every step.
//
// Floating-point order follows ATen's CPU kernels to the last bit (see torch-arithmetic.ts): with `fma`, SGD,
// RMSprop and Adagrad replay torch's trajectories bit for bit, and so does Adam with βᵗ correctly rounded
// (`powRounded`). Option names are torch's (lr, momentum, dampening, nesterov, weight_decay, alpha, eps, centered,
// lr_decay, betas, amsgrad); state fields are named after the maths (velocity for momentum_buffer, m and v for
// exp_avg and exp_avg_sq, …) and optimizers.ts's TORCH_STATE_NAMES maps them back.

import { fma, powRounded } from "./torch-arithmetic.ts";

export interface SGDOptions {
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weight_decay: number;
}
export interface RMSpropOptions {
  lr: number;
  alpha: number;
  eps: number;
  weight_decay: number;
  momentum: number;
  centered: boolean;
}
export interface AdagradOptions {
  lr: number;
  lr_decay: number;
  weight_decay: number;
  initial_accumulator_value: number;
  eps: number;
}
export interface AdamOptions {
  lr: number;
  betas: readonly [beta1: number, beta2: number];
  eps: number;
  weight_decay: number;
  amsgrad: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// State. Vectors have one entry per parameter; `step` counts the updates made so far.

export interface SGDState {
  step: number;
  /** torch's momentum_buffer; null until the first step (torch: None), then a copy of the first gradient. */
  velocity: Float64Array | null;
}
export interface RMSpropState {
  step: number;
  square_avg: Float64Array;
  /** Only when centered. */
  grad_avg: Float64Array | null;
  /** torch's momentum_buffer, only when momentum > 0. */
  velocity: Float64Array | null;
}
export interface AdagradState {
  step: number;
  sum: Float64Array;
}
export interface AdamState {
  step: number;
  /** exp_avg */
  m: Float64Array;
  /** exp_avg_sq */
  v: Float64Array;
  /** max_exp_avg_sq, only with amsgrad. */
  v_max: Float64Array | null;
  /** 1 − β₁ᵗ and 1 − β₂ᵗ by t (not torch state: a cache shared by every run with the same betas). */
  readonly bias1: BiasTable;
  readonly bias2: BiasTable;
}

// ---------------------------------------------------------------------------------------------------------
// The four rules. `x` are the parameters, `grad` the gradient of f at x; both have the same length.

/** SGD: with momentum μ the buffer b ← μ·b + (1 − dampening)·g (b = g on the first step), then x ← x − lr·b
 *  (or x ← x − lr·(g + μ·b) with nesterov). weight_decay adds λ·x to g first. */
export function sgdStep(o: SGDOptions, s: SGDState, x: Float64Array, grad: Float64Array): void {
  s.step += 1;
  const first = s.velocity === null;
  if (o.momentum !== 0 && s.velocity === null) s.velocity = new Float64Array(x.length);
  const b = s.velocity;
  // Stryker disable next-line EqualityOperator: a typed array ignores reads and writes past its end, so a turn more changes nothing
  for (let i = 0; i < x.length; i++) {
    let d = grad[i]!;
    if (o.weight_decay !== 0) d = fma(o.weight_decay, x[i]!, d);
    if (b !== null) {
      // torch clones d_p into the buffer on the first step: no dampening there.
      b[i] = first ? d : fma(1 - o.dampening, d, b[i]! * o.momentum);
      d = o.nesterov ? fma(o.momentum, b[i]!, d) : b[i]!;
    }
    x[i] = fma(-o.lr, d, x[i]!);
  }
}

/** RMSprop: a running mean of g² (square_avg, decay α) scales the step: x ← x − lr·g / (√square_avg + eps).
 *  centered subtracts the squared running mean of g; momentum keeps a velocity of the scaled steps. */
export function rmspropStep(o: RMSpropOptions, s: RMSpropState, x: Float64Array, grad: Float64Array): void {
  s.step += 1;
  const sq = s.square_avg;
  const ga = s.grad_avg;
  const b = s.velocity;
  // Stryker disable next-line EqualityOperator: a typed array ignores reads and writes past its end, so a turn more changes nothing
  for (let i = 0; i < x.length; i++) {
    let g = grad[i]!;
    if (o.weight_decay !== 0) g = fma(o.weight_decay, x[i]!, g);
    sq[i] = fma((1 - o.alpha) * g, g, sq[i]! * o.alpha);
    let avg: number;
    // grad_avg exists exactly when centered, the velocity exactly when momentum > 0 (createOptimizer).
    if (ga !== null) {
      ga[i] = fma(1 - o.alpha, g, ga[i]! * o.alpha);
      avg = Math.sqrt(fma(-1 * ga[i]!, ga[i]!, sq[i]!));
    } else {
      avg = Math.sqrt(sq[i]!);
    }
    avg = avg + o.eps;
    if (b !== null) {
      b[i] = b[i]! * o.momentum + g / avg;
      x[i] = fma(-o.lr, b[i]!, x[i]!);
    } else {
      x[i] = x[i]! + (-o.lr * g) / avg;
    }
  }
}

/** Adagrad: the sum of all past g² scales the step, x ← x − clr·g / (√sum + eps), clr = lr / (1 + (t − 1)·lr_decay). */
export function adagradStep(o: AdagradOptions, s: AdagradState, x: Float64Array, grad: Float64Array): void {
  s.step += 1;
  const clr = o.lr / (1 + (s.step - 1) * o.lr_decay);
  const sum = s.sum;
  // Stryker disable next-line EqualityOperator: a typed array ignores reads and writes past its end, so a turn more changes nothing
  for (let i = 0; i < x.length; i++) {
    let g = grad[i]!;
    if (o.weight_decay !== 0) g = fma(o.weight_decay, x[i]!, g);
    sum[i] = fma(1 * g, g, sum[i]!);
    const std = Math.sqrt(sum[i]!) + o.eps;
    x[i] = x[i]! + (-clr * g) / std;
  }
}

/** Adam: running means m of g (β₁) and v of g² (β₂), bias-corrected at step t:
 *  x ← x − (lr / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + eps); amsgrad uses the running maximum of v instead of v. */
export function adamStep(o: AdamOptions, s: AdamState, x: Float64Array, grad: Float64Array): void {
  s.step += 1;
  const beta1 = o.betas[0];
  const beta2 = o.betas[1];
  const t = s.step;
  const biasCorrection1 = t < s.bias1.values.length ? s.bias1.values[t]! : s.bias1.at(t);
  const biasCorrection2 = t < s.bias2.values.length ? s.bias2.values[t]! : s.bias2.at(t);
  const stepSize = o.lr / biasCorrection1;
  const biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
  const weightDecay = o.weight_decay;
  const eps = o.eps;
  const m = s.m;
  const v = s.v;
  const vMax = o.amsgrad ? s.v_max : null;
  // Stryker disable next-line EqualityOperator: a typed array ignores reads and writes past its end, so a turn more changes nothing
  for (let i = 0; i < x.length; i++) {
    let g = grad[i]!;
    if (weightDecay !== 0) g = fma(weightDecay, x[i]!, g);
    const mi = fma(1 - beta1, g, m[i]! * beta1);
    const vi = fma((1 - beta2) * g, g, v[i]! * beta2);
    m[i] = mi;
    v[i] = vi;
    let second = vi;
    if (vMax !== null) {
      // Stryker disable next-line EqualityOperator: on a tie the same value is stored again
      if (!(vMax[i]! >= vi)) vMax[i] = vi; // torch.maximum, which propagates NaN
      second = vMax[i]!;
    }
    const denom = Math.sqrt(second) / biasCorrection2Sqrt + eps;
    x[i] = x[i]! + (-stepSize * mi) / denom;
  }
}

// Adam's bias corrections 1 − βᵗ cost a pow each, most of an update's time, yet they are the same numbers in
// every run with the same β: computed once per β (as torch's `1 - beta ** step`, bit for bit) and kept.

const BIAS_TABLE_MAX = 1 << 17;
const biasTables = new Map<number, BiasTable>();

export class BiasTable {
  /** values[t] = 1 − βᵗ for 1 ≤ t < values.length. */
  values = new Float64Array(0);
  constructor(readonly beta: number) {}

  at(t: number): number {
    if (t >= BIAS_TABLE_MAX) return 1 - powRounded(this.beta, t);
    const old = this.values;
    const grown = new Float64Array(Math.min(BIAS_TABLE_MAX, Math.max(1024, 2 * t)));
    grown.set(old);
    // Stryker disable next-line MethodExpression,EqualityOperator: starting at 0 or 1 refills entries with the same values, one past the end is ignored
    for (let k = Math.max(1, old.length); k < grown.length; k++) grown[k] = 1 - powRounded(this.beta, k);
    this.values = grown;
    return grown[t]!;
  }
}

/** The shared table for β, made on first use. */
export function biasTable(beta: number): BiasTable {
  let table = biasTables.get(beta);
  if (table === undefined) {
    if (biasTables.size >= 16) biasTables.clear(); // many different betas: keep the cache small
    table = new BiasTable(beta);
    biasTables.set(beta, table);
  }
  return table;
}
