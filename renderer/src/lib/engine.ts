// The renderer's one door to the core: calls the pipeline and turns its results into the plain view shapes
// of model.ts. Errors a user can cause come back as data, never as exceptions.
import { tryRead } from "../../../core/index.ts";
import { toLatex } from "../../../core/index.ts";
import { toText } from "../../../core/index.ts";
import { sym, variables, type Node } from "../../../core/index.ts";
import { closedForm } from "../../../core/index.ts";
import { runDescent, type DescentRecord } from "../../../core/index.ts";
import { judge, type JudgedAnswer } from "../../../core/index.ts";
import { stability, stabilityWords, startForGlobal } from "../../../core/index.ts";
import { compile } from "../../../core/index.ts";
import { Budget, withBudget } from "../../../core/index.ts";
import { DescentError, type ErrorCode } from "../../../core/index.ts";
import type { OptimizerConfig, StateField } from "../../../core/index.ts";
import type { Point } from "../../../core/index.ts";
import type { Msg } from "../../../core/index.ts";
import { stepViews } from "./step-views.ts";
import type {
  ComparisonView,
  IterRow,
  MethodView,
  OptimizerName,
  OptimizerParams,
  RunSettings,
  RunView,
  StabilityNote,
} from "./model.ts";
import type { CodeLine } from "./pytorch-code.ts";
import { crossCheck, traceAutograd, type AutogradTrace, type CrossCheckRow } from "../../../core/index.ts";
import { evaluate } from "../../../core/index.ts";

export type Parsed =
  | {
      ok: true;
      node: Node;
      vars: string[];
      latex: string;
      /** The function's name: `f` unless the text began with `g(x) =` or `y =`. */
      name: string;
      /** How words were read ("xy is read as x·y"), shown under the field in the reader's language. */
      notes: Msg[];
    }
  | { ok: false; code: ErrorCode; message: string; span: readonly [number, number]; msg?: Msg };

export function parseFunction(text: string): Parsed {
  const r = tryRead(text);
  if (!r.ok)
    return { ok: false, code: r.error.code, message: r.error.message, span: r.error.span, msg: r.error.msg };
  const { node, name = "f", params } = r.value;
  const vars = variables(node);
  // `y = x^2` is written y = …; otherwise the name with its variables, as typed in `g(t) = …` or found.
  const bare = r.value.name !== undefined && !params;
  const args = (params ?? vars).map(varTex).join(", ");
  const head = bare || (!params && vars.length === 0) ? varTex(name) : `${varTex(name)}(${args})`;
  const notes = r.value.notes.map((n) => n.msg);
  return { ok: true, node, vars, name, notes, latex: `${head} = ${toLatex(node)}` };
}

/** LaTeX of a variable name, through the core's printer (never raw user text). */
export const varTex = (v: string) => toLatex(sym(v));

const pointArray = (vars: readonly string[], p: Point | undefined) =>
  p ? vars.map((v) => p[v] ?? 0) : undefined;

export function closedFormView(node: Node): MethodView {
  const r = guard(() => closedForm(node));
  if (!r.ok) return { status: "unsupported", steps: [], reason: r.msg ?? r.message };
  const v = r.value;
  const exactArg = v.exact?.argmin;
  return {
    status: v.status,
    steps: stepViews(v.steps),
    argmin: pointArray(v.vars, v.argmin),
    min: v.min,
    ...(v.status === "minimum" && v.definiteness !== "positive definite" ? { notUnique: true } : {}),
    argminLatex:
      exactArg && v.exact?.min
        ? `${v.vars.map((x) => `${varTex(x)}^{*} = ${exactArg[x]?.latex ?? "?"}`).join(",\\quad ")},\\quad f^{*} = ${v.exact.min.latex}`
        : undefined,
    reason: v.reasonMsg ?? v.reason,
  };
}

/** f, f′ (one variable) and f(x, y) for the plots: plain number functions, null outside the domain. */
export interface Evaluator {
  f1: (x: number) => number | null;
  fprime: (x: number) => number | null;
  f2: (x: number, y: number) => number | null;
  /** The function as typed and its variables, so a worker can build the same evaluator (the contour map). */
  source?: { text: string; vars: readonly string[] };
}

export function evaluator(node: Node, vars: readonly string[], text?: string): Evaluator | null {
  const r = guard(() => compile(node, vars));
  if (!r.ok) return null;
  const c = r.value;
  const at = new Float64Array(Math.max(1, vars.length));
  const g = new Float64Array(Math.max(1, vars.length));
  const ok = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    ...(text !== undefined ? { source: { text, vars } } : {}),
    f1: (x) => {
      at[0] = x;
      return ok(c.value(at));
    },
    fprime: (x) => {
      at[0] = x;
      return Number.isFinite(c.valueAndGrad(at, g)) ? ok(g[0]!) : null;
    },
    f2: (x, y) => {
      at[0] = x;
      at[1] = y;
      return ok(c.value(at));
    },
  };
}

export interface DescentSettings extends RunSettings {
  color: string;
}

/** Our optimizer choice as torch.optim's name and options. */
export function optimizerConfig(name: OptimizerName, lr: number, p: OptimizerParams): OptimizerConfig {
  switch (name) {
    case "sgd":
      return { name: "sgd", lr, weight_decay: p.weight_decay };
    case "momentum":
      return { name: "sgd", lr, momentum: p.momentum, dampening: p.dampening, weight_decay: p.weight_decay };
    case "nesterov":
      return { name: "sgd", lr, momentum: p.momentum, nesterov: true, weight_decay: p.weight_decay };
    case "rmsprop":
      return {
        name: "rmsprop",
        lr,
        alpha: p.alpha,
        eps: p.eps,
        weight_decay: p.weight_decay,
        momentum: p.momentum,
        centered: p.centered,
      };
    case "adagrad":
      return { name: "adagrad", lr, lr_decay: p.lr_decay, weight_decay: p.weight_decay, eps: p.eps };
    case "adam":
      return {
        name: "adam",
        lr,
        betas: [p.beta1, p.beta2],
        eps: p.eps,
        weight_decay: p.weight_decay,
        amsgrad: p.amsgrad,
      };
  }
}

export type DescentOutcome =
  | { ok: true; run: RunView }
  /** `msg`, when the core has the sentence in its catalog, lets the panel say it in the UI's language. */
  | { ok: false; code: ErrorCode; message: string; msg?: Msg };

/** A finished run as plain data (typed arrays, words as data): what the descent worker posts back. */
export interface RunData {
  optimizer: OptimizerName;
  color: string;
  vars: string[];
  status: RunView["status"];
  reason: RunView["reason"];
  flat: boolean;
  message: RunView["message"];
  iterations: number;
  argmin: number[];
  min: number;
  accumulates: boolean;
  /** Copied out of the recorder's buffers, so only the points recorded cross to the main thread. */
  raw: DescentRecord;
}
export type DescentData =
  { ok: true; run: RunData } | { ok: false; code: ErrorCode; message: string; msg?: Msg };

/** Runs gradient descent; the result is plain data that a worker can post (descent-job.ts). */
export function descentData(node: Node, vars: readonly string[], s: DescentSettings): DescentData {
  const r = guard(() =>
    runDescent(node, {
      x0: Object.fromEntries(vars.map((v, i) => [v, s.x0[i] ?? 0])),
      optimizer: optimizerConfig(s.optimizer, s.lr, s.params),
      tol: s.tol,
      maxIter: s.maxIter,
      forgetZeroGrad: s.forgetZeroGrad ?? false,
    }),
  );
  if (!r.ok) return { ok: false, code: r.code, message: r.message, ...(r.msg ? { msg: r.msg } : {}) };
  const run = r.value;
  const raw = run.raw;
  const state: DescentRecord["state"] = {};
  for (const f of STATE_ORDER) if (raw.state[f]) state[f] = raw.state[f].slice();
  return {
    ok: true,
    run: {
      optimizer: s.optimizer,
      color: s.color,
      vars: run.vars,
      status: run.status,
      reason: run.reason,
      flat: run.flat,
      message: run.messageMsg ?? run.message,
      iterations: run.iterations,
      argmin: run.vars.map((v) => run.argmin[v] ?? 0),
      min: run.min,
      accumulates: s.forgetZeroGrad ?? false,
      raw: { n: raw.n, count: raw.count, x: raw.x.slice(), f: raw.f.slice(), grad: raw.grad.slice(), state },
    },
  };
}

/** The run as the table and plots read it (rows built only when shown). */
export const descentOutcome = (d: DescentData): DescentOutcome =>
  d.ok ? { ok: true, run: runView(d.run) } : d;

export const descend = (node: Node, vars: readonly string[], s: DescentSettings): DescentOutcome =>
  descentOutcome(descentData(node, vars, s));

const STATE_ORDER: readonly StateField[] = ["velocity", "square_avg", "grad_avg", "sum", "m", "v", "v_max"];

function runView(d: RunData): RunView {
  const raw = d.raw;
  const n = raw.n;
  const count = raw.count;
  const accumulates = d.accumulates;
  const stateNames = STATE_ORDER.filter((f) => raw.state[f] !== undefined);
  const slice = (a: Float64Array, k: number) => Array.from(a.subarray(k * n, k * n + n));
  // Without zero_grad(), .grad at x_k is the running sum of the gradients so far: summed once, when first shown.
  let sums: Float64Array | null = null;
  const accumulated = (k: number) => {
    if (!sums) {
      sums = raw.grad.slice(0, count * n);
      for (let i = n; i < count * n; i++) sums[i] = sums[i]! + sums[i - n]!;
    }
    return slice(sums, k);
  };
  const row = (k: number): IterRow => {
    const r: IterRow = { k, x: slice(raw.x, k), f: raw.f[k]!, grad: slice(raw.grad, k) };
    if (accumulates) r.accumulated = accumulated(k);
    if (k + 1 < count) {
      // The step taken from x_k is x_k − x_{k+1} (α·gradient for plain SGD).
      const next = slice(raw.x, k + 1);
      r.update = r.x.map((xi, i) => xi - next[i]!);
      if (stateNames.length)
        r.state = Object.fromEntries(stateNames.map((f) => [f, slice(raw.state[f]!, k + 1)]));
    }
    return r;
  };
  return {
    optimizer: d.optimizer,
    color: d.color,
    vars: d.vars,
    status: d.status,
    reason: d.reason,
    flat: d.flat,
    message: d.message,
    iterations: d.iterations,
    xs: raw.x.subarray(0, count * n),
    coords: Array.from({ length: n }, (_, i) =>
      Float64Array.from({ length: count }, (_, k) => raw.x[k * n + i]!),
    ),
    fs: raw.f.subarray(0, count),
    stateNames,
    accumulates,
    row,
    argmin: d.argmin,
    min: d.min,
  };
}

/** The core's one judge (compare.ts) on the panels' answers; the panel only lays out what it decided. */
export function compareViews(
  cf: MethodView | null,
  calc: MethodView | null,
  run: RunView | undefined,
): ComparisonView {
  const answer = (m: MethodView | null) => (m && m.status === "minimum" ? m : null);
  const a = answer(cf);
  const b = answer(calc);
  const v = judge(
    judged(cf),
    judged(calc),
    run ? { status: run.status, argmin: run.argmin, min: run.min, flat: run.flat } : null,
  );
  // A run that stalled on a flat stretch is an answer only when the stretch is where the minimum is (relu(x)).
  const found = v.gdError !== undefined && v.gdAgrees;
  const gd = run && run.status !== "diverged" && (!run.flat || found) ? run : null;
  const rows: ComparisonView["rows"] = [
    { method: "closedForm", argmin: a?.argmin, min: a?.min },
    { method: "calculus", argmin: b?.argmin, min: b?.min },
    { method: "descent", argmin: gd?.argmin, min: gd?.min },
  ];
  const applies = (m: MethodView | null) =>
    m !== null && m.status !== "unsupported" && m.status !== "unavailable" && m.status !== "stopped";
  const speaking = [applies(cf), applies(calc), run !== undefined].filter(Boolean).length;
  // No minimum, and no local minimum either: a run that stopped by its rule cannot be resting in a valley.
  const none = (m: MethodView | null) =>
    m !== null &&
    (m.status === "unbounded" || m.status === "no-minimum") &&
    !(m.critical ?? []).some((c) => c.nature === "minimum" || c.nature === "unknown");
  return {
    rows,
    agree: speaking < 2 ? null : v.agree,
    closeInFOnly: v.closeInFOnly,
    stoppedShort: v.stoppedShort,
    nearest: v.nearest ?? null,
    distance: v.gdError?.x ?? null,
    noMinimum: !a && !b && (none(cf) || none(calc)) && run?.status === "converged",
    trap:
      v.trap && v.nearest
        ? { at: v.trap.x, f: v.trap.f, global: v.nearest, fmin: (a ?? b)?.min ?? NaN }
        : null,
  };
}

/**
 * What the curvature at the start says about α, for the gradient-descent card: the bound (or why there is none),
 * the contraction factor on a quadratic, the bound a diverged run crossed, and a safe α to offer. The bound is plain
 * gradient descent's: with momentum, weight decay or an adaptive optimizer only the bound is stated, with a note
 * saying so. Null when f″ or the Hessian cannot be computed at the start.
 */
export function stabilityNote(
  node: Node,
  vars: readonly string[],
  s: { x0: readonly number[]; optimizer: OptimizerName; lr: number; params: OptimizerParams },
  diverged: boolean,
): StabilityNote | null {
  const r = guard(() => stability(node, vars, s.x0));
  if (!r.ok || r.value === null) return null;
  if (s.optimizer !== "sgd" || s.params.weight_decay !== 0 || s.params.momentum !== 0)
    return {
      plain: false,
      bound: stabilityWords(r.value, s.lr, false).bound,
      safe: null,
      lambdaMax: r.value.lambdaMax,
    };
  return {
    plain: true,
    ...stabilityWords(r.value, s.lr, diverged),
    safe: r.value.safe,
    lambdaMax: r.value.lambdaMax,
  };
}

/** A round start from which this run's settings end in the global minimum's valley (checked by running); null when
 *  none of the starts tried does, or calculus has no minimum. */
export function globalStart(
  node: Node,
  vars: readonly string[],
  s: Omit<DescentSettings, "x0" | "color">,
  calc: MethodView | null,
): number[] | null {
  const a = judged(calc);
  const argmin = a.argmin;
  const min = a.min;
  if (a.status !== "minimum" || !argmin || min === undefined) return null;
  const r = guard(() =>
    startForGlobal(
      node,
      vars,
      {
        optimizer: optimizerConfig(s.optimizer, s.lr, s.params),
        tol: s.tol,
        maxIter: s.maxIter,
        forgetZeroGrad: s.forgetZeroGrad ?? false,
      },
      a.argmins ?? [argmin],
      a.critical ?? [],
      min,
    ),
  );
  return r.ok ? r.value : null;
}

function judged(m: MethodView | null): JudgedAnswer {
  if (!m || m.status === "stopped" || m.status === "unavailable") return { status: "unavailable" };
  const critical = m.critical?.map((c) => ({ x: c.point, f: c.value, nature: c.nature }));
  if (m.status !== "minimum") return { status: m.status, ...(critical ? { critical } : {}) };
  return {
    status: "minimum",
    argmin: m.argmin,
    min: m.min,
    ...(m.argmins ? { argmins: m.argmins } : {}),
    ...(m.argminSet ? { argminSet: m.argminSet } : {}),
    ...(m.minimumSet ? { minimumSet: { vars: m.minimumSet.vars, set: m.minimumSet.set } } : {}),
    ...(m.notUnique ? { notUnique: true } : {}),
    ...(critical ? { critical } : {}),
  };
}

/** The code generator has no spelling for an operation only if the core grew one; then show no code. */
export function safeCode(make: () => CodeLine[]): CodeLine[] | null {
  try {
    return make();
  } catch {
    return null;
  }
}

function guard<T>(
  f: () => T,
): { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; msg?: Msg } {
  try {
    // Main-thread work in its own budget too: a heavy input ends with too_complex rather than freezing the page.
    return { ok: true, value: withBudget(new Budget(), f) };
  } catch (e) {
    if (e instanceof DescentError) return { ok: false, code: e.code, message: e.message, msg: e.msg };
    throw e;
  }
}

/** The computational graph at a point, and its gradient against the symbolic f′ there (NaN where f′ cannot be
 *  evaluated, e.g. at a kink, which the cross-check then reports as a disagreement). */
export function graphTrace(
  node: Node,
  vars: readonly string[],
  at: Record<string, number>,
  derivatives: readonly (Node | null)[],
): { trace: AutogradTrace; check: CrossCheckRow[]; names: string[] } {
  const trace = traceAutograd(node, vars, at);
  // Each node's subexpression, how the live region and the tooltips name it.
  const names = trace.nodes.map((n) => toText(n.node));
  const symbolic: Record<string, number> = {};
  vars.forEach((v, i) => {
    const d = derivatives[i];
    const r = d ? guard(() => evaluate(d, at)) : null;
    symbolic[v] = r?.ok ? r.value : NaN;
  });
  return { trace, check: crossCheck(trace, symbolic), names };
}
