// The renderer's one door to the core: calls the pipeline and turns its results into the plain view shapes
// of model.ts. Errors a user can cause come back as data, never as exceptions.
import { tryParse } from "../../../core/parser.ts";
import { toLatex } from "../../../core/print-latex.ts";
import { sym, variables, type Node } from "../../../core/node.ts";
import { closedForm } from "../../../core/closed-form.ts";
import { runDescent, type DescentRun } from "../../../core/descent.ts";
import { EXACT_TOL, GD_TOL } from "../../../core/compare.ts";
import { compile } from "../../../core/autodiff.ts";
import { Budget, withBudget } from "../../../core/budget.ts";
import { DescentError, type ErrorCode } from "../../../core/errors.ts";
import type { OptimizerConfig, StateField } from "../../../core/optimizers.ts";
import type { Point } from "../../../core/method-result.ts";
import type { Msg } from "../../../core/messages/index.ts";
import { stepViews } from "./step-views.ts";
import type {
  ComparisonView,
  IterRow,
  MethodView,
  OptimizerName,
  OptimizerParams,
  RunView,
} from "./model.ts";
import type { CodeLine } from "./pytorch-code.ts";

export type Parsed =
  | { ok: true; node: Node; vars: string[]; latex: string }
  | { ok: false; code: ErrorCode; message: string; span: readonly [number, number]; msg?: Msg };

export function parseFunction(text: string): Parsed {
  const r = tryParse(text);
  if (!r.ok)
    return { ok: false, code: r.error.code, message: r.error.message, span: r.error.span, msg: r.error.msg };
  const vars = variables(r.value);
  const head = vars.length ? `f(${vars.map(varTex).join(", ")})` : "f";
  return { ok: true, node: r.value, vars, latex: `${head} = ${toLatex(r.value)}` };
}

/** LaTeX of a variable name, through the core's printer (never raw user text). */
export const varTex = (v: string) => toLatex(sym(v));

const pointArray = (vars: readonly string[], p: Point | undefined) =>
  p ? vars.map((v) => p[v] ?? 0) : undefined;

export function closedFormView(node: Node): MethodView {
  const r = guard(() => closedForm(node));
  if (!r.ok) return { status: "unsupported", steps: [], reason: r.message, reasonMsg: r.msg };
  const v = r.value;
  const exactArg = v.exact?.argmin;
  return {
    status: v.status,
    steps: stepViews(v.steps),
    argmin: pointArray(v.vars, v.argmin),
    min: v.min,
    argminLatex:
      exactArg && v.exact?.min
        ? `${v.vars.map((x) => `${varTex(x)}^{*} = ${exactArg[x]?.latex ?? "?"}`).join(",\\quad ")},\\quad f^{*} = ${v.exact.min.latex}`
        : undefined,
    reason: v.reason,
    reasonMsg: v.reasonMsg,
  };
}

/** f, f′ (one variable) and f(x, y) for the plots: plain number functions, null outside the domain. */
export interface Evaluator {
  f1: (x: number) => number | null;
  fprime: (x: number) => number | null;
  f2: (x: number, y: number) => number | null;
}

export function evaluator(node: Node, vars: readonly string[]): Evaluator | null {
  const r = guard(() => compile(node, vars));
  if (!r.ok) return null;
  const c = r.value;
  const at = new Float64Array(Math.max(1, vars.length));
  const g = new Float64Array(Math.max(1, vars.length));
  const ok = (v: number) => (Number.isFinite(v) ? v : null);
  return {
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

export interface DescentSettings {
  x0: readonly number[];
  optimizer: OptimizerName;
  lr: number;
  params: OptimizerParams;
  tol: number;
  maxIter: number;
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

export function descend(node: Node, vars: readonly string[], s: DescentSettings): DescentOutcome {
  const r = guard(() =>
    runDescent(node, {
      x0: Object.fromEntries(vars.map((v, i) => [v, s.x0[i] ?? 0])),
      optimizer: optimizerConfig(s.optimizer, s.lr, s.params),
      tol: s.tol,
      maxIter: s.maxIter,
    }),
  );
  if (!r.ok) return { ok: false, code: r.code, message: r.message, msg: r.msg };
  return { ok: true, run: runView(r.value, s.optimizer, s.color) };
}

const STATE_ORDER: readonly StateField[] = ["velocity", "square_avg", "grad_avg", "sum", "m", "v", "v_max"];

function runView(run: DescentRun, optimizer: OptimizerName, color: string): RunView {
  const raw = run.raw;
  const n = raw.n;
  const count = raw.count;
  const stateNames = STATE_ORDER.filter((f) => raw.state[f] !== undefined);
  const slice = (a: Float64Array, k: number) => Array.from(a.subarray(k * n, k * n + n));
  const row = (k: number): IterRow => {
    const r: IterRow = { k, x: slice(raw.x, k), f: raw.f[k]!, grad: slice(raw.grad, k) };
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
    optimizer,
    color,
    vars: run.vars,
    status: run.status,
    flat: run.flat,
    message: run.message,
    messageMsg: run.messageMsg,
    iterations: run.iterations,
    xs: raw.x.subarray(0, count * n),
    coords: Array.from({ length: n }, (_, i) =>
      Float64Array.from({ length: count }, (_, k) => raw.x[k * n + i]!),
    ),
    fs: raw.f.subarray(0, count),
    stateNames,
    row,
    argmin: run.vars.map((v) => run.argmin[v] ?? 0),
    min: run.min,
  };
}

export function compareViews(
  cf: MethodView | null,
  calc: MethodView | null,
  run: RunView | undefined,
): ComparisonView {
  const answer = (m: MethodView | null) => (m && m.status === "minimum" ? m : null);
  const a = answer(cf);
  const b = answer(calc);
  const gd = run && run.status !== "diverged" && !run.flat ? run : null;
  const rows: ComparisonView["rows"] = [
    { method: "closedForm", argmin: a?.argmin, min: a?.min },
    { method: "calculus", argmin: b?.argmin, min: b?.min },
    { method: "descent", argmin: gd?.argmin, min: gd?.min },
  ];
  const exact = a ?? b;
  const close = (u: number, v: number, tol: number) => Math.abs(u - v) <= tol * (1 + Math.abs(v));
  // Every exact minimiser: x⁴ − 2x² has two, and gradient descent may find either.
  const minimisers = exact
    ? [
        exact.argmin!,
        ...(calc?.critical ?? [])
          .filter((c) => c.nature === "minimum" && close(c.value, exact.min!, EXACT_TOL))
          .map((c) => c.point),
      ]
    : [];
  const dist = (p: readonly number[], q: readonly number[]) =>
    Math.hypot(...p.map((v, i) => v - (q[i] ?? 0)));
  const distance = gd && minimisers.length ? Math.min(...minimisers.map((m) => dist(gd.argmin, m))) : null;
  const exactAgree = !a || !b || close(a.min!, b.min!, EXACT_TOL);
  // The same tolerances as the core's compare(): exact methods to EXACT_TOL, gradient descent to GD_TOL in x.
  const gdInX =
    gd && exact && distance !== null ? distance <= GD_TOL * (1 + Math.hypot(...exact.argmin!)) : null;
  const gdInF = gd && exact ? close(gd.min, exact.min!, GD_TOL) : null;
  const answers = rows.filter((r) => r.argmin && r.min !== undefined).length;
  const agree = answers < 2 ? null : exactAgree && (gdInX ?? true);
  return { rows, agree, closeInFOnly: exactAgree && gdInX === false && gdInF === true, distance };
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
