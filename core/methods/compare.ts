// All three methods on one function, side by side: do they agree, and how far is gradient descent's answer from
// the exact one? The tutorial's run is the lesson here: it stops at x = 2.1056 because its rule watches f, not x.

import { compile } from "../diff/autodiff.ts";
import { calculus, type CalculusResult } from "./calculus.ts";
import { closedForm, type ClosedFormResult } from "./closed-form.ts";
import { DEFAULT_MAX_ITER, DEFAULT_OPTIMIZER, DEFAULT_TOL, runDescent, type DescentRun } from "./descent.ts";
import { variables, type Node } from "../expr/node.ts";
import type { OptimizerConfig } from "./optimizers.ts";
import { reachesGlobal, trappedAt } from "./local-minimum.ts";
import { distanceToSet, fmt, type Interval, type MinimumStatus, type Point } from "./result.ts";
import { msg, say, type Msg } from "../messages/index.ts";
import { nearestInSet, type MinimumSetN } from "./minimum-set.ts";

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

/** The three results side by side, with the judge's verdict on them (Verdict's fields) in words. */
export interface Comparison extends Pick<
  Verdict,
  "reference" | "exactAgree" | "gdAgrees" | "agree" | "gdError"
> {
  vars: string[];
  closedForm: ClosedFormResult;
  calculus: CalculusResult;
  gd: DescentRun;
  settings: { x0: Point; optimizer: OptimizerConfig; tol: number; maxIter: number };
  rows: MethodRow[];
  tolerance: { exact: number; gd: number; words: string; wordsMsg: Msg };
  /** The comparison in words, for the panel and the CLI. */
  verdict: string;
  verdictMsg: Msg;
}

// ---- the judge: one pure function that the CLI (compare below), the panel and the tests all call ----

type Vec = readonly number[];

/** An exact method's answer as the judge sees it: points as arrays in the order of the variables. */
export interface JudgedAnswer {
  status: MinimumStatus | "unavailable";
  argmin?: Vec;
  min?: number;
  /** Every global minimiser found (x⁴ − 2x² has two), argmin among them. */
  argmins?: readonly Vec[];
  /** One variable: the minimum is attained on this whole set (relu(x): (−∞, 0]). */
  argminSet?: readonly Interval[];
  /** The minimum is attained on this set (every period, a line, a region): any point of it is a minimiser. */
  minimumSet?: { vars: readonly string[]; set: MinimumSetN };
  /** The minimisers are a line or plane (semidefinite quadratic): only the values can be compared. */
  notUnique?: boolean;
  critical?: readonly { x: Vec; f: number; nature: string }[];
}

export interface JudgedRun {
  status: DescentRun["status"];
  argmin: Vec;
  min: number;
  flat: boolean;
}

export interface Verdict {
  /** Which exact method the others are measured against: closed form when it applies. */
  reference: "closed-form" | "calculus";
  /** Do closed form (when it applies) and calculus give the same answer, to EXACT_TOL? */
  exactAgree: boolean;
  /** Does gradient descent land on the exact answer, to GD_TOL (or agree that there is none)? True when there is
   *  no run to judge. */
  gdAgrees: boolean;
  /** All applicable methods agree. */
  agree: boolean;
  /** |x_gd − x*| (Euclidean) to the nearest minimiser (or point of the set) and |f_gd − f*|, when a minimum
   *  exists. */
  gdError?: { x: number; f: number };
  nearest?: Vec;
  /** Gradient descent's f is within GD_TOL of the minimum but its x is not (its stopping rule watches f). */
  closeInFOnly: boolean;
  /** A local, not global, minimum that gradient descent ended at. */
  trap?: { x: Vec; f: number };
  /** Gradient descent's stopping rule ended it in the global minimum's valley, but further from the minimiser than
   *  GD_TOL and with f not within it either (typed Himmelblau at α = 0.0005 stops 0.056 from (3, 2), f = 0.04):
   *  short of the bottom, not wrong and not trapped. */
  stoppedShort: boolean;
}

const dist = (a: Vec, b: Vec) => Math.hypot(...b.map((v, i) => (a[i] ?? 0) - v));
const norm = (a: Vec) => Math.hypot(...a);
const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * (1 + Math.abs(b));

/** Every minimiser the answer names: argmin, argmins, and critical minima at the minimum value. */
function minimisers(r: JudgedAnswer, min: number, also: JudgedAnswer): Vec[] {
  const fromCritical = (a: JudgedAnswer) =>
    (a.critical ?? []).filter((c) => c.nature === "minimum" && close(c.f, min, EXACT_TOL)).map((c) => c.x);
  return [
    r.argmin!,
    ...(r.argmins ?? []),
    ...(also.argmins ?? []),
    ...fromCritical(r),
    ...fromCritical(also),
  ];
}

/** Distance from p to the nearest minimiser; with a set (one variable), to the nearest point of the set. */
function nearestMinimiser(
  p: Vec,
  points: readonly Vec[],
  set?: readonly Interval[],
  named?: JudgedAnswer["minimumSet"],
): { at: Vec; d: number } {
  let best = { at: points[0]!, d: dist(p, points[0]!) };
  if (named) {
    const n = nearestInSet(p, named.vars, named.set);
    if (n.d < best.d) best = n;
  }
  for (const q of points) if (dist(p, q) < best.d) best = { at: q, d: dist(p, q) };
  if (set?.length && p.length === 1) {
    const d = distanceToSet(p[0]!, set);
    if (d < best.d) {
      const t = p[0]!;
      const s = set.find((s) => distanceToSet(t, [s]) === d)!;
      const at = s.lo !== null && t < s.lo ? s.lo : s.hi !== null && t > s.hi ? s.hi : t;
      best = { at: [at], d };
    }
  }
  return best;
}

/** Do the methods agree? Exact methods to EXACT_TOL (relative), gradient descent to GD_TOL in x. */
export function judge(cf: JudgedAnswer, calc: JudgedAnswer, gd: JudgedRun | null): Verdict {
  const cfApplies = cf.status !== "unsupported" && cf.status !== "unavailable";
  const calcApplies = calc.status !== "unsupported" && calc.status !== "unavailable";
  const ref = cfApplies ? cf : calc;
  const set = calc.argminSet ?? cf.argminSet;
  const named = calc.minimumSet;
  const exactAgree =
    !cfApplies ||
    !calcApplies ||
    (cf.status === calc.status &&
      (cf.status !== "minimum" ||
        (close(cf.min!, calc.min!, EXACT_TOL) &&
          (cf.notUnique === true ||
            nearestMinimiser(cf.argmin!, minimisers(calc, calc.min!, calc), calc.argminSet, named).d <=
              EXACT_TOL * (1 + norm(cf.argmin!))))));
  const out: Verdict = {
    reference: cfApplies ? "closed-form" : "calculus",
    exactAgree,
    gdAgrees: true,
    agree: exactAgree,
    closeInFOnly: false,
    stoppedShort: false,
  };
  if (!gd) return out;
  if (ref.status === "minimum") {
    const points = minimisers(ref, ref.min!, calc);
    const near = nearestMinimiser(gd.argmin, points, set, named);
    out.gdError = { x: near.d, f: Math.abs(gd.min - ref.min!) };
    out.nearest = near.at;
    out.gdAgrees = gd.status !== "diverged" && near.d <= GD_TOL * (1 + norm(near.at));
    out.closeInFOnly =
      exactAgree && !out.gdAgrees && gd.status !== "diverged" && close(gd.min, ref.min!, GD_TOL);
    // The valley it ended in is its nearest critical point's (local-minimum.ts): stopped short of the bottom or not.
    const local =
      out.gdAgrees || gd.status === "diverged"
        ? undefined
        : trappedAt(gd.argmin, calc.critical ?? [], ref.min!, EXACT_TOL);
    if (local) out.trap = { x: local.x, f: local.f };
    out.stoppedShort =
      exactAgree &&
      !out.gdAgrees &&
      !out.closeInFOnly &&
      !local &&
      gd.status === "converged" &&
      reachesGlobal(gd.argmin, calc.critical ?? [], points, ref.min!);
  } else if (ref.status === "unbounded" || ref.status === "no-minimum") {
    out.gdAgrees = gd.status !== "converged" || gd.flat;
  }
  out.agree = exactAgree && out.gdAgrees;
  return out;
}

/** A method's result as the judge's answer, points in the order of `vars`. */
export function judgedAnswer(r: ClosedFormResult | CalculusResult, vars: readonly string[]): JudgedAnswer {
  const vec = (p: Point) => vars.map((v) => p[v] ?? 0);
  if (r.status !== "minimum") return { status: r.status };
  const out: JudgedAnswer = { status: "minimum", argmin: vec(r.argmin!), min: r.min! };
  if (r.method === "closed-form") {
    if (r.definiteness !== "positive definite") out.notUnique = true;
    return out;
  }
  if (r.argmins) out.argmins = r.argmins.map(vec);
  if (r.argminSet && vars.length === 1) out.argminSet = r.argminSet[vars[0]!];
  if (r.minimumSet) out.minimumSet = { vars, set: r.minimumSet };
  out.critical = r.critical.map((c) => ({ x: vec(c.x), f: c.f, nature: c.nature }));
  return out;
}

/** The calculus critical points always go with the answer, even when it is not a minimum (the trap). */
const withCritical = (a: JudgedAnswer, r: CalculusResult, vars: readonly string[]): JudgedAnswer =>
  a.critical
    ? a
    : {
        ...a,
        critical: r.critical.map((c) => ({ x: vars.map((v) => c.x[v] ?? 0), f: c.f, nature: c.nature })),
      };

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
  return comparison(vars, closedForm(node), calculus(node), runDescent(node, settings), settings);
}

/** The three results side by side: the judge's verdict on them and the words for it (pure: no method runs). */
export function comparison(
  vars: string[],
  cf: ClosedFormResult,
  calc: CalculusResult,
  gd: DescentRun,
  settings: Comparison["settings"],
): Comparison {
  const cfApplies = cf.status !== "unsupported";
  const ref = cfApplies ? cf : calc;
  const asPoint = (v: Vec): Point => Object.fromEntries(vars.map((name, i) => [name, v[i]!]));
  const v = judge(judgedAnswer(cf, vars), withCritical(judgedAnswer(calc, vars), calc, vars), {
    status: gd.status,
    argmin: vars.map((name) => gd.argmin[name] ?? 0),
    min: gd.min,
    flat: gd.flat,
  });
  const { exactAgree, gdAgrees, gdError } = v;

  let gdWords: Msg;
  if (ref.status === "minimum") {
    const trap = v.trap ? msg("cmp.trap", { at: pointText(asPoint(v.trap.x)), f: fmt(v.trap.f, 6) }) : "";
    gdWords = msg("cmp.gdMinimum", {
      how: msg(
        gd.status === "converged" ? "cmp.stopped" : gd.status === "max-iter" ? "cmp.ranOut" : "cmp.diverged",
      ),
      at: pointText(gd.argmin),
      n: String(gd.iterations),
      dx: fmt(gdError!.x, 4),
      exact: pointText(asPoint(v.nearest!)),
      df: fmt(gdError!.f, 4),
      tol: msg(gdAgrees ? "cmp.within" : gd.status === "converged" ? "cmp.outsideWatch" : "cmp.outside"),
      trap,
    });
  } else if (ref.status === "unbounded" || ref.status === "no-minimum") {
    gdWords = gdAgrees
      ? msg("cmp.gdNoneEither", { status: statusMsg(gd.status), flat: gd.flat ? msg("cmp.flat") : "" })
      : msg("cmp.gdFalseMinimum", {
          at: pointText(gd.argmin),
          f: fmt(gd.min, 6),
          what: msg(ref.status === "unbounded" ? "cmp.isUnbounded" : "cmp.hasNoMinimum"),
        });
  } else {
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
