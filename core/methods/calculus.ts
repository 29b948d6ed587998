// Method 2, calculus: f′ = 0 (or ∇f = 0), classify each critical point, then decide the global answer and say why.
// Polynomials are solved exactly (roots.ts; in several variables a quadratic's gradient is a linear system solved
// in rationals); everything else numerically (critical-points-1.ts, critical-points-n.ts, global-search-n.ts). Limits at ±∞, poles and domain
// edges (limits.ts) decide between "minimum", "unbounded" and "no-minimum".

import { variables, type Node } from "../expr/node.ts";
import { definedEverywhere } from "../expr/defined-everywhere.ts";
import { derivative } from "../diff/derivative.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { fmt, type Exact, type Interval, type MinimumStatus, type Point } from "./result.ts";
import { solveGradient } from "./critical-points-n.ts";
import { classifyHessian } from "./classify-hessian.ts";
import { gridSingularities, tailsN } from "./global-search-n.ts";
import { checkExactVariables, spendCriticalPoint } from "../expr/budget.ts";
import { decide, evaluator, named, type Candidate, type Limit } from "./limits.ts";
import { neighbourTest1, scan1 } from "./critical-points-1.ts";
import { msg, reasoned, say, type Msg } from "../messages/index.ts";
import { natureMsg, polynomial1, secondLine } from "./calculus-polynomial-1.ts";
import { cases, joined, partial, spelled, SYMBOL, tuple, type Maths } from "./print-maths.ts";
import type { StepData } from "./print-steps.ts";
import { withPeriod, withStructure } from "./calculus-sets.ts";
import type { MinimumSetN } from "./minimum-set.ts";

/** What the second-derivative (or Hessian) test says. */
export type CriticalKind = "minimum" | "maximum" | "saddle" | "inconclusive";
/** What the point really is, after the first-derivative / neighbouring-values test when the first is inconclusive. */
export type CriticalNature = "minimum" | "maximum" | "saddle" | "neither" | "unknown";

export interface CriticalPoint {
  x: Point;
  /** The point exactly, when it is simple: "1 + sqrt(2)" (one variable) or "x = 1, y = 2". */
  exact?: Exact;
  f: number;
  /** f at the point exactly, when known. */
  fExact?: Exact;
  kind: CriticalKind;
  nature: CriticalNature;
  /** Which test decided, and how, in words: "f″(2) = 2 > 0". */
  reason: string;
  reasonMsg?: Msg;
}

export interface CalculusResult {
  method: "calculus";
  status: MinimumStatus;
  vars: string[];
  argmin?: Point;
  /** Every global minimiser found (x⁴ − 2x² has two), argmin first. */
  argmins?: Point[];
  min?: number;
  minExact?: Exact;
  /** f is constant: every point is a minimiser (argmin is then just one of them). */
  everyPoint?: true;
  /**
   * The minimum is attained on a whole set (relu(x): (−∞, 0]); by variable, a union of intervals. argmin is then
   * one point of it, the one nearest 0.
   */
  argminSet?: Record<string, Interval[]>;
  /** A periodic f (one variable): its period; the minimisers repeat with it (minimumSet says where). */
  period?: { value: number; exact: Exact };
  /** The minimum is attained on a set named by f's form (calculus-sets.ts): every period, a line, a region. */
  minimumSet?: MinimumSetN;
  /** For no-minimum: the value approached but never reached. */
  infimum?: number;
  reason: string;
  reasonMsg?: Msg;
  critical: CriticalPoint[];
  /** f′ or the partial derivatives, by variable. */
  derivatives: Record<string, Exact>;
  /** The board, as data: print it with print-steps.ts. */
  steps: StepData[];
}

export function calculus(node: Node): CalculusResult {
  const vars = variables(node);
  checkExactVariables(vars.length);
  const fLine: StepData = { shows: ["f(", joined(vars.map(variable), ", "), ") = ", { node }] };
  if (vars.length === 0) {
    const f = evaluator(node)({});
    const base = { method: "calculus" as const, vars, critical: [], derivatives: {}, steps: [fLine] };
    if (!Number.isFinite(f)) return { ...base, status: "unsupported", ...reasoned(msg("calc.undefined")) };
    return {
      ...base,
      status: "minimum",
      argmin: {},
      min: f,
      everyPoint: true,
      ...reasoned(msg("constantValue")),
    };
  }
  return vars.length === 1 ? oneVariable(node, vars[0]!, fLine) : severalVariables(node, vars, fLine);
}

// ---- one variable ----

function oneVariable(node: Node, x: string, fLine: StepData): CalculusResult {
  const v: Maths = { v: x };
  const d1 = derivative(node, x);
  const d2 = derivative(d1, x);
  const steps: StepData[] = [
    fLine,
    { shows: ["f'(", v, ") = ", { node: d1 }], note: msg("calc.differentiate") },
  ];
  const derivatives = { [x]: spelled({ node: d1 }) };
  const read = polynomialOf(node, [x]);
  const f = evaluator(node);
  const fpp = evaluator(d2);
  const at = (v: number) => ({ [x]: v });
  const base = { method: "calculus" as const, vars: [x], derivatives, steps };

  if (read.ok && read.poly.degree() <= 1) {
    const p = read.poly;
    if (p.degree() <= 0) {
      const c = p.coefficient([0]);
      const why = reasoned(msg("calc.constant", { x }));
      steps.push({
        says: why.reasonMsg,
        shows: msg("calc.zeroEverywhereLatex", { x: v }),
        note: msg("calc.constantNote"),
      });
      return {
        ...base,
        status: "minimum",
        argmin: at(0),
        min: c.toNumber(),
        minExact: spelled({ q: c }),
        everyPoint: true,
        ...why,
        critical: [],
      };
    }
    const b = p.coefficient([1]);
    const why = reasoned(msg("calc.linear", { x, b: String(b), end: b.sign() > 0 ? "−∞" : "+∞" }));
    steps.push({
      says: why.reasonMsg,
      shows: ["f'(", v, ") = ", { q: b }, SYMBOL.ne, "0"],
      note: msg("calc.linearNote"),
    });
    return { ...base, status: "unbounded", ...why, critical: [] };
  }

  steps.push({ shows: [{ node: d1 }, " = 0"], note: msg("calc.criticalNote") });
  if (read.ok) return polynomial1(read.poly, x, d2, base);

  const scan = scan1(node, d1, x);
  if (scan.domain) {
    const set: Maths = { set: scan.domain.set };
    const some = scan.domain.isolated.slice(0, 3).map((t) => fmt(t));
    steps.push({
      says: msg("calc.domain", {
        x,
        set,
        isolated: msg("calc.isolated", {
          x,
          list: scan.domain.isolated.length > 3 ? `${some.join(", ")}, …` : some.join(", "),
        }),
      }),
      shows: [v, SYMBOL.in, set],
      note: msg("calc.domainNote"),
    });
  }
  for (const p of scan.plateaus) {
    const set: Maths = { set: [p.set] };
    steps.push({
      says: msg("calc.flat", { x, set, f: fmt(p.value) }),
      shows: msg("calc.flatLatex", { x: v, set }),
      note: msg("calc.flatNote"),
    });
  }
  for (const r of scan.roots)
    steps.push({
      shows: [v, SYMBOL.approx, { num: r }],
      note: msg("calc.signChange"),
    });
  if (scan.roots.length === 0 && scan.plateaus.length === 0)
    steps.push({
      says: msg("calc.nonzeroOn", { x, range: scan.range }),
      shows: ["f'(", v, ")", SYMBOL.ne, "0"],
      note: msg("calc.noSignChange", { range: scan.range }),
    });
  steps.push(secondLine(x, d2));
  const fp = evaluator(d1);
  const critical = scan.roots.map((r) => classify1(r, f, fp, fpp, x, steps));
  const candidates: Candidate[] = critical
    .filter((c) => c.nature === "minimum")
    .map((c) => localMin(c, [v, " = ", { num: c.x[x]! }]));
  candidates.push(...scan.endpoints);
  for (const p of scan.plateaus)
    candidates.push({
      x: at(p.at),
      f: p.value,
      set: p.set,
      ...named(msg("calc.flatAt", { x, set: { set: [p.set] } })),
    });
  const answer = decide(candidates, scan.limits, [], definedEverywhere(node));
  const out = finish(base, critical, answer, steps);
  if (answer.argminSet) out.argminSet = { [x]: answer.argminSet };
  if (out.status === "minimum" && scan.constant) out.everyPoint = true;
  return withPeriod(out, node, x);
}

function classify1(
  r: number,
  f: (p: Point) => number,
  fp: (p: Point) => number,
  fpp: (p: Point) => number,
  x: string,
  steps: StepData[],
): CriticalPoint {
  const at = { [x]: r };
  const fv = f(at);
  // A corner (|x − 1|) or cusp (√|x|): f′ jumps or does not exist there, so f″ says nothing.
  const e = 1e-7 * (1 + Math.abs(r));
  const [gl, g0, gr] = [fp({ [x]: r - e }), fp(at), fp({ [x]: r + e })];
  const corner = !Number.isFinite(g0) || Math.abs(gl - gr) > 1e-3 * (1 + Math.abs(gl) + Math.abs(gr));
  const s = corner ? NaN : fpp(at);
  let kind: CriticalKind;
  let nature: CriticalNature;
  let reason: Msg;
  if (Number.isFinite(s) && Math.abs(s) > 1e-8 * (1 + Math.abs(fv))) {
    kind = nature = s > 0 ? "minimum" : "maximum";
    reason = msg(s > 0 ? "calc.approxMin" : "calc.approxMax", { at: { num: r }, val: { num: s, digits: 6 } });
  } else {
    kind = "inconclusive";
    const n = neighbourTest1(f, r, x, fv);
    nature = n === "saddle" ? "neither" : n === "inconclusive" ? "unknown" : n;
    const word = msg(
      nature === "unknown"
        ? "calc.undecidedNeighbours"
        : nature === "neither"
          ? "calc.neitherNeighbours"
          : nature === "minimum"
            ? "calc.higherNeighbours"
            : "calc.lowerNeighbours",
    );
    const at = { at: { num: r } };
    const cause = corner
      ? msg("calc.jump", at)
      : msg(Number.isFinite(s) ? "calc.secondZero" : "calc.secondMissing", at);
    reason = msg("calc.inconclusive", { cause, word });
  }
  steps.push({
    says: reason,
    shows: Number.isFinite(s)
      ? ["f''(", { num: r }, ")", SYMBOL.approx, { num: s, digits: 6 }]
      : msg("calc.undefinedLatex", { at: { num: r } }),
    note: msg("calc.pointNoteApprox", { x, at: { num: r }, nature: natureMsg(nature), f: { num: fv } }),
  });
  return { x: at, f: fv, kind, nature, ...reasoned(reason) };
}

// ---- several variables ----

function severalVariables(node: Node, vars: string[], fLine: StepData): CalculusResult {
  const grad = vars.map((v) => derivative(node, v));
  const hess = vars.map((_, i) => vars.map((w, j) => (j >= i ? derivative(grad[i]!, w) : null)));
  const H = vars.map((_, i) => vars.map((_, j) => hess[Math.min(i, j)]![Math.max(i, j)]!));
  const derivatives = Object.fromEntries(vars.map((v, i) => [v, spelled({ node: grad[i]! })]));
  const steps: StepData[] = [
    fLine,
    ...vars.map((v, i) => ({
      shows: [partial(v), " = ", { node: grad[i]! }],
      ...(i === 0 ? { note: msg("calc.gradientNote") } : {}),
    })),
    {
      shows: [{ text: "∇f = 0: ", latex: "" }, cases(grad.map((g) => [{ node: g }, " = 0"]))],
      note: msg("calc.criticalNoteN"),
    },
  ];
  const base = { method: "calculus" as const, vars, derivatives, steps };
  const f = evaluator(node);
  const read = polynomialOf(node, vars);
  const solved = solveGradient(node, grad, H, vars, read.ok ? read.poly : null);
  for (const line of solved.notes) steps.push(line);
  const critical: CriticalPoint[] = solved.points.map((p) => {
    spendCriticalPoint();
    const c = classifyHessian(f, H, p.x, vars, read.ok ? read.poly : null);
    steps.push({
      says: msg("calc.pointReason", { point: pointText(p.x, vars, p.exact), reason: c.reasonMsg }),
      shows: ["H = ", { matrix: c.hessian, digits: 6 }],
      note: msg("calc.natureNote", { nature: natureMsg(c.nature), f: p.fExact ?? { num: f(p.x) } }),
    });
    return {
      x: p.x,
      exact: p.exact,
      f: f(p.x),
      fExact: p.fExact,
      kind: c.kind,
      nature: c.nature,
      ...reasoned(c.reasonMsg),
    };
  });
  const candidates: Candidate[] = critical
    .filter((c) => c.nature === "minimum")
    .map((c) => ({ ...localMin(c, pointText(c.x, vars, c.exact)), exactF: c.fExact }));
  const limits: Limit[] =
    solved.globalLimits ?? tailsN(node, vars, read.ok ? read.poly : null, solved.lowPoints);
  const extra = solved.extraCandidates ?? [];
  if (!read.ok) {
    const odd = gridSingularities(node, vars);
    extra.push(...odd.candidates);
    limits.push(...odd.limits);
  }
  const answer = decide(candidates, limits, extra, definedEverywhere(node));
  return withStructure(finish(base, critical, answer, steps), node, vars, grad, calculus);
}

const variable = (v: string): Maths => ({ v });

function pointText(x: Point, vars: string[], exact?: Exact): Maths {
  return exact ?? tuple(vars.map((v) => x[v]!));
}

// ---- shared ----

/** A local minimum as a candidate for the global answer; `at` is the point as printed. */
function localMin(c: CriticalPoint, at: Maths): Candidate {
  const whatMsg = msg("calc.localMinAt", { point: at });
  return { x: c.x, f: c.f, what: say(whatMsg), whatMsg, at };
}

function finish(
  base: { method: "calculus"; vars: string[]; derivatives: Record<string, Exact>; steps: StepData[] },
  critical: CriticalPoint[],
  answer: ReturnType<typeof decide>,
  steps: StepData[],
): CalculusResult {
  steps.push({ says: answer.reasonMsg, shows: answer.board, note: msg("calc.globalNote") });
  const out: CalculusResult = { ...base, status: answer.status, ...reasoned(answer.reasonMsg), critical };
  if (answer.argmin) {
    out.argmin = answer.argmin;
    out.argmins = answer.argmins;
    out.min = answer.min;
    if (answer.exactF) out.minExact = answer.exactF;
  }
  if (answer.infimum !== undefined) out.infimum = answer.infimum;
  return out;
}
