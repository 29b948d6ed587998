// torch.optim's update rules (PyTorch 1.13, the single-tensor code path), in order of increasing complexity:
// SGD, RMSprop, Adagrad, Adam. Each rule is a small step function over Float64Array parameters that updates
// the parameters and its own state in place — no hidden state, so the runner can record both after every step.
//
// Floating-point order follows ATen's CPU kernels to the last bit. Those are compiled with fused multiply-add, so
// `a.add_(b, alpha=s)` is fma(s, b, a) and `addcmul_(t1, t2, value=s)` is fma(s·t1, t2, a), while
// `addcdiv_(t1, t2, value=s)` is a + (s·t1)/t2 (a division cannot fuse). With `fma` below, SGD, RMSprop and
// Adagrad replay torch's trajectories bit for bit, and so does Adam with βᵗ correctly rounded (`powRounded`).
// Option names are torch's (lr, momentum, dampening, nesterov, weight_decay, alpha, eps, centered, lr_decay,
// betas, amsgrad); state fields are named after the maths (velocity for momentum_buffer, m and v for exp_avg
// and exp_avg_sq, …) and TORCH_STATE_NAMES maps them back.

import { DescentError } from "../expr/errors.ts";
import { msg, say, type Msg } from "../messages/index.ts";

export type OptimizerName = "sgd" | "rmsprop" | "adagrad" | "adam";
/** In order of increasing complexity, the order the UI lists them. */
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ["sgd", "rmsprop", "adagrad", "adam"];

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

/** What a caller (UI, CLI, batch JSON) passes: the optimizer's name and any of its torch options. */
export type OptimizerConfig =
  | ({ name: "sgd" } & Partial<SGDOptions>)
  | ({ name: "rmsprop" } & Partial<RMSpropOptions>)
  | ({ name: "adagrad" } & Partial<AdagradOptions>)
  | ({ name: "adam" } & Partial<AdamOptions>);

/** torch.optim's defaults. SGD has none for lr (torch marks it `required`). */
export const DEFAULTS = {
  sgd: { momentum: 0, dampening: 0, nesterov: false, weight_decay: 0 },
  rmsprop: { lr: 0.01, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0, centered: false },
  adagrad: { lr: 0.01, lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10 },
  adam: { lr: 0.001, betas: [0.9, 0.999] as const, eps: 1e-8, weight_decay: 0, amsgrad: false },
} as const;

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

export type StateField = "velocity" | "square_avg" | "grad_avg" | "sum" | "m" | "v" | "v_max";

/** Our field name → the key in torch's `optimizer.state[p]`. */
export const TORCH_STATE_NAMES: Readonly<Record<StateField | "step", string>> = {
  velocity: "momentum_buffer",
  square_avg: "square_avg",
  grad_avg: "grad_avg",
  sum: "sum",
  m: "exp_avg",
  v: "exp_avg_sq",
  v_max: "max_exp_avg_sq",
  step: "step",
};

/** The rounding error of p = a·b, so that p + error = a·b exactly (Dekker's product with Veltkamp's splitting;
 *  exact while |a|, |b| < 1e290 and nothing underflows). */
function productError(a: number, b: number, p: number): number {
  const SPLIT = 134217729; // 2^27 + 1
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** a·b + c with one rounding, as the FMA instructions torch's CPU kernels compile to (`a.add_(b, alpha=s)` is
 *  fma(s, b, a) there): the exact product, Knuth's two-sum, and one last rounding. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  // Outside the range where the splitting is exact (or with NaN/±Infinity about) one rounding more is the best
  // we can do, and is what such values deserve.
  if (!(Math.abs(a) < 1e290 && Math.abs(b) < 1e290 && Math.abs(c) < 1e300) || p === 0) return p + c;
  const e = productError(a, b, p);
  const s = p + c;
  const v = s - p;
  const err = p - (s - v) + (c - v); // s + err = p + c exactly
  return s + (err + e);
}

/** βᵗ correctly rounded: squaring and multiplying in double-double arithmetic (about 32 digits), rounded once.
 *  torch computes `beta ** step` with C's pow, which is correctly rounded in all but the rarest cases; V8's
 *  Math.pow is not (it is an ulp off for several percent of Adam's steps). */
export function powRounded(beta: number, t: number): number {
  let rh = 1;
  let rl = 0;
  let bh = beta;
  let bl = 0;
  for (let e = t; e > 0;) {
    if (e & 1) {
      const p = rh * bh;
      const err = productError(rh, bh, p) + rh * bl + rl * bh;
      rh = p + err;
      rl = err - (rh - p);
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      const p = bh * bh;
      const err = productError(bh, bh, p) + 2 * bh * bl;
      bh = p + err;
      bl = err - (bh - p);
    }
  }
  return rh + rl;
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
  for (let i = 0; i < x.length; i++) {
    let g = grad[i]!;
    if (o.weight_decay !== 0) g = fma(o.weight_decay, x[i]!, g);
    sq[i] = fma((1 - o.alpha) * g, g, sq[i]! * o.alpha);
    let avg: number;
    if (o.centered && ga !== null) {
      ga[i] = fma(1 - o.alpha, g, ga[i]! * o.alpha);
      avg = Math.sqrt(fma(-1 * ga[i]!, ga[i]!, sq[i]!));
    } else {
      avg = Math.sqrt(sq[i]!);
    }
    avg = avg + o.eps;
    if (o.momentum > 0 && b !== null) {
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
  for (let i = 0; i < x.length; i++) {
    let g = grad[i]!;
    if (weightDecay !== 0) g = fma(weightDecay, x[i]!, g);
    const mi = fma(1 - beta1, g, m[i]! * beta1);
    const vi = fma((1 - beta2) * g, g, v[i]! * beta2);
    m[i] = mi;
    v[i] = vi;
    let second = vi;
    if (vMax !== null) {
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
    for (let k = Math.max(1, old.length); k < grown.length; k++) grown[k] = 1 - powRounded(this.beta, k);
    this.values = grown;
    return grown[t]!;
  }
}

function biasTable(beta: number): BiasTable {
  let table = biasTables.get(beta);
  if (table === undefined) {
    if (biasTables.size >= 16) biasTables.clear(); // many different betas: keep the cache small
    table = new BiasTable(beta);
    biasTables.set(beta, table);
  }
  return table;
}

// ---------------------------------------------------------------------------------------------------------
// A configured optimizer: validated options, fresh state, and one `step` that dispatches to the rule.

export type Optimizer =
  | { name: "sgd"; options: SGDOptions; state: SGDState; fields: readonly StateField[] }
  | { name: "rmsprop"; options: RMSpropOptions; state: RMSpropState; fields: readonly StateField[] }
  | { name: "adagrad"; options: AdagradOptions; state: AdagradState; fields: readonly StateField[] }
  | { name: "adam"; options: AdamOptions; state: AdamState; fields: readonly StateField[] };

/** The update as a function of (x, grad) alone: the one dispatch on the rule, done once per run so a hot loop
 *  has one call site and one rule. */
export function stepper(opt: Optimizer): (x: Float64Array, grad: Float64Array) => void {
  switch (opt.name) {
    case "sgd": {
      const { options, state } = opt;
      return (x, grad) => sgdStep(options, state, x, grad);
    }
    case "rmsprop": {
      const { options, state } = opt;
      return (x, grad) => rmspropStep(options, state, x, grad);
    }
    case "adagrad": {
      const { options, state } = opt;
      return (x, grad) => adagradStep(options, state, x, grad);
    }
    case "adam": {
      const { options, state } = opt;
      return (x, grad) => adamStep(options, state, x, grad);
    }
  }
}

/** One update of `x` in place, given the gradient at x. */
export function step(opt: Optimizer, x: Float64Array, grad: Float64Array): void {
  stepper(opt)(x, grad);
}

/** The state vector named `field` (zeros if the optimizer has not created it yet). */
export function stateVector(opt: Optimizer, field: StateField): Float64Array {
  const s = opt.state as unknown as Record<string, Float64Array | null | number>;
  const v = s[field];
  return v instanceof Float64Array ? v : new Float64Array(0);
}

/** Validates `config` (throws DescentError "invalid_option") and makes an optimizer for `n` parameters. */
export function createOptimizer(config: OptimizerConfig, n: number): Optimizer {
  const name = resolveName(config);
  switch (name) {
    case "sgd": {
      const o = readOptions(config, "SGD", DEFAULTS.sgd, true) as unknown as SGDOptions;
      nonNegative(o, "lr", "momentum", "weight_decay");
      if (o.nesterov && (o.momentum <= 0 || o.dampening !== 0))
        fail(
          msg("opt.nesterov", {
            need: "momentum > 0, dampening = 0",
            got: `momentum = ${o.momentum}, dampening = ${o.dampening}`,
          }),
        );
      const fields: StateField[] = o.momentum !== 0 ? ["velocity"] : [];
      return { name, options: o, state: { step: 0, velocity: null }, fields };
    }
    case "rmsprop": {
      const o = readOptions(config, "RMSprop", DEFAULTS.rmsprop) as unknown as RMSpropOptions;
      nonNegative(o, "lr", "eps", "momentum", "weight_decay", "alpha");
      const state: RMSpropState = {
        step: 0,
        square_avg: new Float64Array(n),
        grad_avg: o.centered ? new Float64Array(n) : null,
        velocity: o.momentum > 0 ? new Float64Array(n) : null,
      };
      const fields: StateField[] = ["square_avg"];
      if (o.centered) fields.push("grad_avg");
      if (o.momentum > 0) fields.push("velocity");
      return { name, options: o, state, fields };
    }
    case "adagrad": {
      const o = readOptions(config, "Adagrad", DEFAULTS.adagrad) as unknown as AdagradOptions;
      nonNegative(o, "lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps");
      const state: AdagradState = { step: 0, sum: new Float64Array(n).fill(o.initial_accumulator_value) };
      return { name, options: o, state, fields: ["sum"] };
    }
    case "adam": {
      const o = readOptions(config, "Adam", DEFAULTS.adam) as unknown as AdamOptions;
      nonNegative(o, "lr", "eps");
      o.betas.forEach((b, i) => {
        if (!(b >= 0 && b < 1))
          fail(msg("opt.beta", { key: `betas[${i}]`, name: `β${i + 1}`, got: String(b) }));
      });
      nonNegative(o, "weight_decay");
      const state: AdamState = {
        step: 0,
        m: new Float64Array(n),
        v: new Float64Array(n),
        v_max: o.amsgrad ? new Float64Array(n) : null,
        bias1: biasTable(o.betas[0]),
        bias2: biasTable(o.betas[1]),
      };
      const fields: StateField[] = o.amsgrad ? ["m", "v", "v_max"] : ["m", "v"];
      return { name, options: o, state, fields };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Validation of what the user typed: option names exactly torch's, numbers finite, booleans boolean.

const show = (v: unknown) => (typeof v === "number" ? String(v) : (JSON.stringify(v) ?? String(v)));

function fail(m: Msg): never {
  throw new DescentError("invalid_option", say(m), undefined, m);
}

function resolveName(config: OptimizerConfig): OptimizerName {
  const raw: unknown = (config as { name?: unknown } | null | undefined)?.name;
  const name = typeof raw === "string" ? raw.toLowerCase() : raw;
  if (!OPTIMIZER_NAMES.includes(name as OptimizerName))
    fail(msg("opt.unknown", { name: JSON.stringify(raw ?? null), names: OPTIMIZER_NAMES.join(", ") }));
  return name as OptimizerName;
}

/** Each named option must be ≥ 0 (checked in the order given, so the first wrong one is named). */
function nonNegative<O extends object>(o: O, ...keys: (keyof O & string)[]): void {
  for (const key of keys) {
    const value = o[key] as number;
    if (value >= 0) continue;
    const got = String(value);
    fail(key === "lr" ? msg("opt.lrNegative", { got }) : msg("opt.nonNegative", { key, got }));
  }
}

function readOptions(
  config: OptimizerConfig,
  title: string,
  defaults: Readonly<Record<string, unknown>>,
  lrRequired = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults };
  const known = lrRequired ? ["lr", ...Object.keys(defaults)] : Object.keys(defaults);
  for (const [key, value] of Object.entries(config)) {
    if (key === "name" || value === undefined) continue;
    if (!known.includes(key)) fail(msg("opt.noOption", { title, key, known: known.join(", ") }));
    const expected = (defaults as Record<string, unknown>)[key] ?? 0;
    if (typeof expected === "boolean") {
      if (typeof value !== "boolean") fail(msg("opt.boolean", { key, got: show(value) }));
    } else if (Array.isArray(expected)) {
      if (
        !Array.isArray(value) ||
        value.length !== 2 ||
        !value.every((b) => typeof b === "number" && Number.isFinite(b))
      )
        fail(msg("opt.pair", { key, got: show(value) }));
    } else if (typeof value !== "number" || !Number.isFinite(value)) {
      fail(msg("opt.finite", { key, got: show(value) }));
    }
    out[key] = Array.isArray(value) ? [value[0], value[1]] : value;
  }
  if (lrRequired && out["lr"] === undefined)
    fail(msg("opt.needsLr", { title, torch: `torch.optim.${title}` }));
  return out;
}
