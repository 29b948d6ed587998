// All three methods on one function, side by side: do they agree, and how far is gradient descent's answer from
// the exact one? The tutorial's run is the lesson here: it stops at x = 2.1056 because its rule watches f, not x.

import { compile } from "./autodiff.ts";
import { calculus, type CalculusResult } from "./calculus.ts";
import { closedForm, type ClosedFormResult } from "./closed-form.ts";
import { DEFAULT_MAX_ITER, DEFAULT_OPTIMIZER, DEFAULT_TOL, runDescent, type DescentRun } from "./descent.ts";
import { variables, type Node } from "./node.ts";
import type { OptimizerConfig } from "./optimizers.ts";
import { fmt, type MinimumStatus, type Point } from "./method-result.ts";
import { msg, say, type Msg } from "./messages/index.ts";

/** The exact methods must agree to this relative accuracy (they are exact or polished to ~1e-12). */
export const EXACT_TOL = 1e-9;
/** Gradient descent "finds" the minimum when it ends within this distance of it, relative to 1 + |x*|. */
export const GD_TOL = 1e-2;

/**
 * The tutorial's start, x0 = 10 (several variables: 2 in every coordinate), or, when f is not defined there
 * (log(-x), asin(x)), the first of a few nearer points where f and its gradient are.
 */
export function defaultStart(vars: readonly string[], node?: Node): Point {
  const first = vars.length === 1 ? 10 : 2;
  const tries = [first, 2, 1, 0.5, 0.1, 0, -0.5, -1, -2, -10];
  const at = (t: number) => Object.fromEntries(vars.map((v) => [v, t]));
  if (!node || vars.length === 0) return at(first);
  const tape = compile(node, vars);
  const grad = new Float64Array(vars.length);
  const ok = tries.find(
    (t) =>
      Number.isFinite(
        tape.valueAndGrad(
          vars.map(() => t),
          grad,
        ),
      ) && grad.every(Number.isFinite),
  );
  return at(ok ?? first);
}

export interface CompareOptions {
  x0?: Point;
  optimizer?: OptimizerConfig;
  tol?: number;
  maxIter?: number;
}

export interface MethodRow {
  method: "closed-form" | "calculus" | "gd";
  /** minimum | unbounded | no-minimum | unsupported for the exact methods; converged | max-iter | diverged for GD. */
  status: MinimumStatus | DescentRun["status"];
  argmin?: Point;
  min?: number;
  /** One line for the table. */
  summary: string;
  summaryMsg: Msg;
}

export interface Comparison {
  vars: string[];
  closedForm: ClosedFormResult;
  calculus: CalculusResult;
  gd: DescentRun;
  settings: { x0: Point; optimizer: OptimizerConfig; tol: number; maxIter: number };
  rows: MethodRow[];
  /** Which exact method the others are measured against (closed form when it applies). */
  reference: "closed-form" | "calculus";
  /** Do closed form (when it applies) and calculus give the same answer, to EXACT_TOL? */
  exactAgree: boolean;
  /** Does gradient descent land on the exact answer, to GD_TOL (or agree that there is none)? */
  gdAgrees: boolean;
  /** All applicable methods agree. */
  agree: boolean;
  /** |x_gd − x*| (Euclidean, to the nearest global minimiser) and |f_gd − f*|, when a minimum exists. */
  gdError?: { x: number; f: number };
  tolerance: { exact: number; gd: number; words: string; wordsMsg: Msg };
  /** The comparison in words, for the panel and the CLI. */
  verdict: string;
  verdictMsg: Msg;
}

const dist = (a: Point, b: Point) =>
  Math.hypot(...Object.keys(b).map((v) => (Object.hasOwn(a, v) ? a[v]! : 0) - b[v]!));
const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * (1 + Math.abs(b));
const pointText = (p: Point) =>
  Object.entries(p)
    .map(([v, x]) => `${v} = ${fmt(x, 6)}`)
    .join(", ");

export function compare(node: Node, options: CompareOptions = {}): Comparison {
  const vars = variables(node);
  const settings = {
    x0: options.x0 ?? defaultStart(vars, node),
    optimizer: options.optimizer ?? DEFAULT_OPTIMIZER,
    tol: options.tol ?? DEFAULT_TOL,
    maxIter: options.maxIter ?? DEFAULT_MAX_ITER,
  };
  const cf = closedForm(node);
  const calc = calculus(node);
  const gd = runDescent(node, settings);

  const cfApplies = cf.status !== "unsupported";
  const ref = cfApplies ? cf : calc;
  const exactAgree =
    !cfApplies ||
    calc.status === "unsupported" ||
    (cf.status === calc.status &&
      (cf.status !== "minimum" ||
        (close(cf.min!, calc.min!, EXACT_TOL) &&
          // A line of minima: both points are minimisers, so compare values only.
          (cf.definiteness !== "positive definite" ||
            dist(calc.argmin!, cf.argmin!) <= EXACT_TOL * (1 + Math.hypot(...Object.values(cf.argmin!)))))));

  let gdError: Comparison["gdError"];
  let gdAgrees: boolean;
  let gdWords: Msg;
  if (ref.status === "minimum") {
    // Measure against the nearest global minimiser (x⁴ − 2x² has two).
    const minimisers = [
      ref.argmin!,
      ...calc.critical.filter((c) => c.nature === "minimum" && close(c.f, ref.min!, 1e-9)).map((c) => c.x),
    ];
    const nearest = minimisers.reduce((b, p) => (dist(gd.argmin, p) < dist(gd.argmin, b) ? p : b));
    gdError = { x: dist(gd.argmin, nearest), f: Math.abs(gd.min - ref.min!) };
    const scale = 1 + Math.hypot(...Object.values(nearest));
    gdAgrees = gd.status !== "diverged" && gdError.x <= GD_TOL * scale;
    const local = calc.critical.find(
      (c) =>
        c.nature === "minimum" &&
        !close(c.f, ref.min!, 1e-9) &&
        dist(gd.argmin, c.x) <= GD_TOL * (1 + Math.hypot(...Object.values(c.x))),
    );
    const trap = local ? msg("cmp.trap", { at: pointText(local.x), f: fmt(local.f, 6) }) : "";
    gdWords = msg("cmp.gdMinimum", {
      how: msg(
        gd.status === "converged" ? "cmp.stopped" : gd.status === "max-iter" ? "cmp.ranOut" : "cmp.diverged",
      ),
      at: pointText(gd.argmin),
      n: String(gd.iterations),
      dx: fmt(gdError.x, 4),
      exact: pointText(nearest),
      df: fmt(gdError.f, 4),
      tol: msg(gdAgrees ? "cmp.within" : gd.status === "converged" ? "cmp.outsideWatch" : "cmp.outside"),
      trap,
    });
  } else if (ref.status === "unbounded" || ref.status === "no-minimum") {
    gdAgrees = gd.status !== "converged" || gd.flat;
    gdWords = gdAgrees
      ? msg("cmp.gdNoneEither", { status: statusMsg(gd.status), flat: gd.flat ? msg("cmp.flat") : "" })
      : msg("cmp.gdFalseMinimum", {
          at: pointText(gd.argmin),
          f: fmt(gd.min, 6),
          what: msg(ref.status === "unbounded" ? "cmp.isUnbounded" : "cmp.hasNoMinimum"),
        });
  } else {
    gdAgrees = true;
    gdWords = msg("cmp.gdNoReference", {
      status: statusMsg(gd.status),
      at: pointText(gd.argmin),
      f: fmt(gd.min, 6),
    });
  }
  const exactWords = !cfApplies
    ? msg("cmp.closedFormNA", { reason: cf.reasonMsg ?? cf.reason, status: statusMsg(calc.status) })
    : exactAgree
      ? msg("cmp.agree", { what: describe(calc) })
      : msg("cmp.disagree", { cf: describe(cf), calc: describe(calc) });
  const row = (m: Msg) => ({ summary: say(m), summaryMsg: m });
  const tolerance = msg("cmp.tolerance", { exact: String(EXACT_TOL), gd: String(GD_TOL) });
  const verdict = msg("cmp.verdict", { exact: exactWords, gd: gdWords });

  const rows: MethodRow[] = [
    {
      method: "closed-form",
      status: cf.status,
      ...pick(cf),
      ...row(
        cf.status === "unsupported" ? (cf.reasonMsg ?? msg("lim.latex", { latex: cf.reason })) : describe(cf),
      ),
    },
    { method: "calculus", status: calc.status, ...pick(calc), ...row(describe(calc)) },
    {
      method: "gd",
      status: gd.status,
      argmin: gd.argmin,
      min: gd.min,
      ...row(
        msg("cmp.gdSummary", {
          status: statusMsg(gd.status),
          n: String(gd.iterations),
          at: pointText(gd.argmin),
          f: fmt(gd.min, 6),
        }),
      ),
    },
  ];
  return {
    vars,
    closedForm: cf,
    calculus: calc,
    gd,
    settings,
    rows,
    reference: cfApplies ? "closed-form" : "calculus",
    exactAgree,
    gdAgrees,
    agree: exactAgree && gdAgrees,
    ...(gdError ? { gdError } : {}),
    tolerance: {
      exact: EXACT_TOL,
      gd: GD_TOL,
      words: say(tolerance),
      wordsMsg: tolerance,
    },
    verdict: say(verdict),
    verdictMsg: verdict,
  };
}

function pick(r: ClosedFormResult | CalculusResult): { argmin?: Point; min?: number } {
  return r.status === "minimum" ? { argmin: r.argmin, min: r.min } : {};
}

function describe(r: ClosedFormResult | CalculusResult): Msg {
  if (r.status === "minimum") return msg("cmp.minimumAt", { f: fmt(r.min!), at: pointText(r.argmin!) });
  if (r.status === "no-minimum" && "infimum" in r && r.infimum !== undefined)
    return msg("cmp.approaches", { v: fmt(r.infimum) });
  return r.status === "unbounded" ? msg("cmp.unbounded") : statusMsg(r.status);
}

const statusMsg = (s: MinimumStatus | DescentRun["status"]) => msg(`status.${s}`);
