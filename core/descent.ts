// Gradient descent, the tutorial's way: from x0, repeat one optimizer update and stop after the update where
// |f(x_{k+1}) − f(x_k)| ≤ tol, or at the iteration limit. Every point is recorded (x, f, the gradient there, the
// update that led to it and the optimizer's state after it) in typed arrays; the objects the UI and the CLI read
// are built once, on first access.
//
// Statuses:
//   converged  the tolerance test passed. `flat` is set when the gradient is (almost) zero where the run stopped
//              but the point is not shown to be a minimum (a plateau, or f still falling slowly).
//   max-iter   the iteration limit came first.
//   diverged   the run was stopped: `reason` says why —
//                "non-finite"  x overflowed, or f or its gradient could not be computed and nothing says why;
//                "domain"      an update left f's domain (log of a negative number, …): `error` holds the
//                              DescentError naming the operation. We fold this into "diverged" (the run cannot
//                              go on, as when it blows up) so the status stays one of the issue's three;
//                "blow-up"     |f| or |x| grew by ten orders of magnitude beyond its start;
//                "growth"      f rose at each of the last RISE_WINDOW updates while above its starting value,
//                              and the steps grew meanwhile — the slow, steady overshoot of a learning rate just
//                              past the stable limit (x^2 - 4x with lr 1.001). Momentum's honest overshoots rise
//                              for a few updates and then fall, or coast uphill with shrinking steps, so they do
//                              not trip this. Only for SGD: the adaptive methods' steps are
//                              bounded by about lr, so they cannot run away, and RMSprop's honest limit cycles
//                              near a minimum can rise for longer.
// The last recorded point is always finite: a NaN or infinite value is never shown.

import { compile } from "./autodiff.ts";
import { DescentError } from "./errors.ts";
import { variables, type Node } from "./node.ts";
import {
  createOptimizer,
  stateVector,
  stepper,
  type Optimizer,
  type OptimizerConfig,
  type StateField,
} from "./optimizers.ts";
import { msg, say, type Msg } from "./messages/index.ts";

/** f at x, with ∂f/∂x written into `grad`; NaN when x is outside f's domain. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

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

export type DescentStatus = "converged" | "max-iter" | "diverged";
export type StopReason = "tolerance" | "max-iter" | "non-finite" | "domain" | "blow-up" | "growth";

export type Point = Record<string, number>;
/** steps[0] is the start (update null, state {}); steps[k] is the point after update k. */
export interface DescentStep {
  x: Point;
  f: number;
  grad: Point;
  /** The change of x the update made (x_k − x_{k−1}); null at the start. */
  update: Point | null;
  /** The optimizer's state after the update: `step` and its vectors (velocity, square_avg, grad_avg, sum, m, v, v_max). */
  state: { step?: number } & Partial<Record<StateField, Point>>;
}

export interface DescentRun {
  status: DescentStatus;
  reason: StopReason;
  /** What happened, in words. */
  message: string;
  messageMsg: Msg;
  /** The gradient is (almost) zero where the run stopped, and that point is not shown to be a minimum. */
  flat: boolean;
  vars: string[];
  /** Where the run stopped (the last finite point), and f there. */
  argmin: Point;
  min: number;
  /** Updates made (trajectory.length − 1). */
  iterations: number;
  /** Only when reason is "domain": the error naming the operation that left the domain. */
  error?: { code: string; message: string; span: [number, number] };
  /** x0 first, then the point after each update. Built on first access. */
  readonly trajectory: { x: Point; f: number }[];
  /** One entry per trajectory point. Built on first access. */
  readonly steps: DescentStep[];
  /** The raw record (not serialised): typed arrays, point-major, n = vars.length values per point. */
  readonly raw: DescentRecord;
}

export interface DescentRecord {
  n: number;
  /** Points recorded (iterations + 1). */
  count: number;
  x: Float64Array;
  f: Float64Array;
  grad: Float64Array;
  state: Partial<Record<StateField, Float64Array>>;
}

export const DEFAULT_OPTIMIZER: OptimizerConfig = { name: "sgd", lr: 0.02 };
export const DEFAULT_TOL = 1e-3;
export const DEFAULT_MAX_ITER = 1000;
const MAX_ITER_LIMIT = 1_000_000;

/** Consecutive rising updates (while above the start) that count as divergence. */
export const RISE_WINDOW = 20;
/** Growth beyond the start, in orders of magnitude, that counts as blowing up. */
const BLOW_UP = 1e10;

const fmt = (v: number) => String(Number(v.toPrecision(6)));

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

function startingPoint(vars: string[], x0: Record<string, number> | undefined): Float64Array {
  if (x0 === null || typeof x0 !== "object") throw invalid('Give a starting point x0, e.g. {"x": 10}.');
  return Float64Array.from(vars, (v) => {
    const value = Object.hasOwn(x0, v) ? x0[v] : undefined;
    if (value === undefined) throw invalid(`Give a starting value for ${v} in x0.`);
    if (typeof value !== "number" || !Number.isFinite(value))
      throw invalid(`The starting value of ${v} must be a finite number (got ${String(value)}).`);
    return value;
  });
}

const invalid = (message: string) => new DescentError("invalid_option", message);

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
  const tol = settings.tol ?? DEFAULT_TOL;
  const maxIter = settings.maxIter ?? DEFAULT_MAX_ITER;
  if (typeof tol !== "number" || !(tol >= 0) || !Number.isFinite(tol))
    throw invalid(`tol must be a number ≥ 0 (got ${String(tol)}).`);
  if (!Number.isInteger(maxIter) || maxIter < 0 || maxIter > MAX_ITER_LIMIT)
    throw invalid(`maxIter must be a whole number from 0 to ${MAX_ITER_LIMIT} (got ${String(maxIter)}).`);
  const n = x0.length;
  const opt = createOptimizer(settings.optimizer ?? DEFAULT_OPTIMIZER, n);

  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  const f0 = objective(x, g);
  if (!isFiniteAll(f0, x, g)) {
    const why = explain?.(x);
    const at = pointText(vars, x);
    const m = why
      ? msg("gd.badStart", { at, why: why.msg ? msg("dom.sentence", { s: why.msg }) : sentence(why.message) })
      : msg("gd.badStartBare", { at });
    throw new DescentError("domain", say(m), why?.span, m);
  }

  const rec = new Recorder(n, opt, Math.min(maxIter, 1 << 16) + 1);
  rec.start(x, f0, g);

  // Scales for the divergence tests, fixed at the start.
  const fBound = BLOW_UP * Math.max(1, Math.abs(f0));
  let xScale = 1;
  for (let i = 0; i < n; i++) xScale = Math.max(xScale, Math.abs(x[i]!));
  const xBound = BLOW_UP * xScale;

  const end = iterate(
    objective,
    stepper(opt),
    rec,
    x,
    g,
    f0,
    tol,
    maxIter,
    xBound,
    fBound,
    opt.name === "sgd",
  );
  const { k, f, change } = end;
  let reason = end.reason;
  let status: DescentStatus = "diverged";
  let m: Msg;
  let error: DescentError | null = null;
  switch (reason) {
    case "tolerance":
      status = "converged";
      m = msg(k === 1 ? "gd.converged.one" : "gd.converged.other", {
        k: String(k),
        change: fmt(change),
        tol: fmt(tol),
      });
      break;
    case "max-iter":
      status = "max-iter";
      m = msg("gd.maxIter", { n: String(maxIter), tol: fmt(tol) });
      break;
    case "non-finite":
    case "domain": {
      const bad = end.failed!;
      if (bad.some((v) => !Number.isFinite(v))) {
        m = msg("gd.overflow", { k: String(k + 1), at: pointText(vars, x) });
        break;
      }
      error = explain?.(bad) ?? null;
      reason = error ? "domain" : "non-finite";
      const where = pointText(vars, bad);
      m = error
        ? msg("gd.domain", {
            k: String(k + 1),
            at: where,
            why: error.msg ? msg("dom.sentence", { s: error.msg }) : sentence(error.message),
          })
        : msg("gd.nonFinite", { k: String(k + 1), at: where });
      break;
    }
    case "blow-up":
      m = msg(f < f0 ? "gd.falling" : "gd.blowUp", { k: String(k), f: fmt(f) });
      break;
    case "growth":
      m = msg("gd.rising", { n: String(RISE_WINDOW), f: fmt(f), f0: fmt(f0) });
      break;
  }

  let flat = false;
  if (status !== "diverged") {
    const verdict = flatnessMsg(objective, x, f, g);
    if (verdict !== null) {
      flat = true;
      m = msg("gd.then", { first: m, then: verdict });
    } else if (status === "converged" && k > 0 && f >= f0 && g.some((gi) => gi !== 0)) {
      // lr = 1 on x^2 - 4x: x jumps 10 → −6 and f is unchanged, so the tolerance test passes at once.
      m = msg("gd.then", { first: m, then: msg("gd.jumping", { g: vectorText(g) }) });
    }
  }
  return makeRun(rec, vars, opt, { status, reason, message: say(m), messageMsg: m, flat, error });
}

interface LoopEnd {
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
 * The hot loop, kept small so the engine can inline the update and the objective into it: update, evaluate,
 * record, then the stopping and divergence tests. On a failed update x and g are restored to the last recorded
 * point. Messages are written by the caller.
 */
function iterate(
  objective: Objective,
  update: (x: Float64Array, grad: Float64Array) => void,
  rec: Recorder,
  x: Float64Array,
  g: Float64Array,
  f0: number,
  tol: number,
  maxIter: number,
  xBound: number,
  fBound: number,
  watchGrowth: boolean,
): LoopEnd {
  const n = x.length;
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
    for (let i = 0; i < n; i++) {
      X[at + i] = x[i]!;
      G[at + i] = g[i]!;
    }
    for (let s = 0; s < S.length; s++) {
      const from = sources[s]!;
      const to = S[s]!;
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

function isFiniteAll(f: number, x: Float64Array, g: Float64Array): boolean {
  if (!Number.isFinite(f)) return false;
  for (let i = 0; i < g.length; i++) if (!Number.isFinite(g[i]!) || !Number.isFinite(x[i]!)) return false;
  return true;
}

/** -0 reads as 0 everywhere we show a number. */
const clean = (v: number) => (v === 0 ? 0 : v);
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : s + ".");

function vectorText(v: ArrayLike<number>): string {
  return v.length === 1 ? fmt(v[0]!) : `(${Array.from(v, fmt).join(", ")})`;
}

function pointText(vars: string[], x: ArrayLike<number>): string {
  return vars.length === 1
    ? `${vars[0]} = ${fmt(x[0]!)}`
    : `(${vars.map((v, i) => `${v} = ${fmt(x[i]!)}`).join(", ")})`;
}

// ---------------------------------------------------------------------------------------------------------
// Flat regions. The tolerance test only sees that f stopped changing; so does a plateau where the gradient
// underflows (sin(x)·e^(−x²) at x = 30) or a far tail where f decreases too slowly to notice. When the gradient
// is small against f's scale, first look a good distance either way (a tenth of x's scale): if f is the same
// there to 10 digits, this is a plateau. Otherwise use the curvature along the gradient (along each axis if the
// gradient is exactly zero): at a true minimum f curves up and Newton's estimate of the remaining distance,
// |∇f| / f″, is small; at a maximum or saddle f″ < 0, and in a slow tail the estimated distance is large.

const FLAT_GRAD = 1e-3;
const NEAR = 0.1;

/** null when the point looks like a minimum (or the gradient is not small); otherwise why it is flat. */
export function flatness(objective: Objective, x: Float64Array, f: number, g: Float64Array): string | null {
  const m = flatnessMsg(objective, x, f, g);
  return m && say(m);
}

function flatnessMsg(objective: Objective, x: Float64Array, f: number, g: Float64Array): Msg | null {
  const n = x.length;
  let gNorm = 0;
  let xScale = 1;
  for (let i = 0; i < n; i++) {
    gNorm = Math.max(gNorm, Math.abs(g[i]!));
    xScale = Math.max(xScale, Math.abs(x[i]!));
  }
  const fScale = Math.max(1, Math.abs(f));
  if (n === 0 || gNorm * xScale > FLAT_GRAD * fScale) return null;

  const probe = new Float64Array(n);
  const scratch = new Float64Array(n);
  const at = (dir: Float64Array, h: number): number => {
    for (let i = 0; i < n; i++) probe[i] = x[i]! + h * dir[i]!;
    return objective(probe, scratch);
  };
  const directions: Float64Array[] = [];
  let norm = 0;
  for (let i = 0; i < n; i++) norm += g[i]! * g[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) directions.push(g.map((gi) => gi / norm));
  for (let i = 0; i < n; i++) directions.push(Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

  const plateau = msg("gd.plateau");
  const far = NEAR * xScale;
  let seen = 0;
  let level = true;
  for (const dir of directions)
    for (const h of [far, -far]) {
      const v = at(dir, h);
      if (Number.isNaN(v)) continue; // outside the domain: says nothing
      seen++;
      if (Math.abs(v - f) > 1e-10 * fScale) level = false;
    }
  if (seen > 0 && level) return plateau;

  const h = 1e-3 * xScale;
  const curvature = (dir: Float64Array): number => {
    const up = at(dir, h);
    const down = at(dir, -h);
    const second = up + down - 2 * f;
    // Differences at rounding level are no curvature at all.
    if (Math.abs(second) <= 1e-12 * Math.max(Math.abs(up), Math.abs(down), Math.abs(f))) return 0;
    return second / (h * h);
  };
  if (norm > 0) {
    const c = curvature(directions[0]!);
    if (Number.isNaN(c)) return null; // a probe left the domain: no verdict
    return c <= 0 || norm / c > NEAR * xScale ? plateau : null;
  }
  let flatAxis = false;
  for (const dir of directions) {
    const c = curvature(dir);
    if (Number.isNaN(c)) return null;
    if (c < 0) return msg("gd.curvesDown");
    if (c === 0) flatAxis = true;
  }
  return flatAxis ? plateau : null;
}

// ---------------------------------------------------------------------------------------------------------
// Recording: growable point-major typed arrays; objects built once, on first access.

class Recorder {
  count = 0;
  x: Float64Array;
  f: Float64Array;
  grad: Float64Array;
  state: Partial<Record<StateField, Float64Array>>;

  constructor(
    readonly n: number,
    readonly opt: Optimizer,
    public capacity: number,
  ) {
    this.x = new Float64Array(capacity * n);
    this.grad = new Float64Array(capacity * n);
    this.f = new Float64Array(capacity);
    this.state = {};
    for (const field of opt.fields) this.state[field] = new Float64Array(capacity * n);
  }

  /** Records the starting point (the loop in `iterate` writes the others). */
  start(x: Float64Array, f: number, g: Float64Array): void {
    this.x.set(x);
    this.grad.set(g);
    this.f[0] = f;
    this.count = 1;
  }

  /** Copies the last recorded point into x (after a failed update). */
  last(x: Float64Array): void {
    const at = (this.count - 1) * this.n;
    for (let i = 0; i < this.n; i++) x[i] = this.x[at + i]!;
  }

  grow(): void {
    const cap = this.capacity * 2;
    const bigger = (a: Float64Array, per: number) => {
      const b = new Float64Array(cap * per);
      b.set(a);
      return b;
    };
    this.x = bigger(this.x, this.n);
    this.grad = bigger(this.grad, this.n);
    this.f = bigger(this.f, 1);
    for (const field of this.opt.fields) this.state[field] = bigger(this.state[field]!, this.n);
    this.capacity = cap;
  }
}

function makeRun(
  rec: Recorder,
  vars: string[],
  opt: Optimizer,
  end: {
    status: DescentStatus;
    reason: StopReason;
    message: string;
    messageMsg: Msg;
    flat: boolean;
    error: DescentError | null;
  },
): DescentRun {
  const n = rec.n;
  const count = rec.count;
  const last = count - 1;
  const point = (a: Float64Array, k: number): Point => {
    const p: Point = {};
    for (let i = 0; i < n; i++) p[vars[i]!] = clean(a[k * n + i]!);
    return p;
  };
  const raw: DescentRecord = {
    n,
    count,
    x: rec.x.subarray(0, count * n),
    f: rec.f.subarray(0, count),
    grad: rec.grad.subarray(0, count * n),
    state: Object.fromEntries(opt.fields.map((fd) => [fd, rec.state[fd]!.subarray(0, count * n)])),
  };
  const run = {
    status: end.status,
    reason: end.reason,
    message: end.message,
    flat: end.flat,
    vars,
    argmin: point(raw.x, last),
    min: clean(raw.f[last]!),
    iterations: last,
    ...(end.error ? { error: end.error.toJSON() as DescentRun["error"] } : {}),
  } as DescentRun;
  // The update that led to point k is x_k − x_{k−1}, the change actually applied (computed here, not stored).
  const updateAt = (k: number): Point => {
    const p: Point = {};
    for (let i = 0; i < n; i++) p[vars[i]!] = clean(raw.x[k * n + i]! - raw.x[(k - 1) * n + i]!);
    return p;
  };
  lazy(run, "trajectory", () =>
    Array.from({ length: count }, (_, k) => ({ x: point(raw.x, k), f: clean(raw.f[k]!) })),
  );
  lazy(run, "steps", () =>
    Array.from({ length: count }, (_, k): DescentStep => {
      const state: DescentStep["state"] = {};
      if (k > 0) {
        if (opt.name !== "sgd") state.step = k;
        for (const field of opt.fields) state[field] = point(raw.state[field]!, k);
      }
      return {
        x: point(raw.x, k),
        f: clean(raw.f[k]!),
        grad: point(raw.grad, k),
        update: k === 0 ? null : updateAt(k),
        state,
      };
    }),
  );
  Object.defineProperty(run, "raw", { value: raw, enumerable: false });
  // Not serialised either: the run's JSON keeps its published shape; the UI reads it by name.
  Object.defineProperty(run, "messageMsg", { value: end.messageMsg, enumerable: false });
  return run;
}

/** An enumerable property computed once, on first read (JSON.stringify and structuredClone read it too). */
function lazy<T extends object>(obj: T, key: string, build: () => unknown): void {
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: false });
      return value;
    },
  });
}
