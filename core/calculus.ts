// Method 2, calculus: f′ = 0 (or ∇f = 0), classify each critical point, then decide the global answer and say why.
// Polynomials are solved exactly (roots.ts; in several variables a quadratic's gradient is a linear system solved
// in rationals); everything else numerically (scan.ts, critical-n.ts, far-out.ts). Limits at ±∞, poles and domain
// edges (limits.ts) decide between "minimum", "unbounded" and "no-minimum".

import { variables, type Node } from "./node.ts";
import { derivative } from "./derivative.ts";
import { toLatex } from "./print-latex.ts";
import { toText } from "./print-text.ts";
import { Poly, joinTerms, polynomialOf, varLatex } from "./polynomial.ts";
import { Rational } from "./rational.ts";
import { evalAtSurd, realRoots, surdExact, surdValue, type RealRoot } from "./roots.ts";
import { fmt, type Exact, type MinimumStatus, type Point, type Step } from "./method-result.ts";
import { classifyHessian, solveGradient } from "./critical-n.ts";
import { gridSingularities, tailsN } from "./far-out.ts";
import { decide, evaluator, type Candidate, type Limit } from "./limits.ts";
import { hessianLatex } from "./matrix.ts";
import { neighbourTest1, scan1 } from "./scan.ts";

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
  /** For no-minimum: the value approached but never reached. */
  infimum?: number;
  reason: string;
  critical: CriticalPoint[];
  /** f′ or the partial derivatives, by variable. */
  derivatives: Record<string, Exact>;
  steps: Step[];
}

const show = (n: Node): Exact => ({ text: toText(n), latex: toLatex(n) });
const exactRat = (r: Rational): Exact => ({ text: r.toText(), latex: r.toLatex() });

export function calculus(node: Node): CalculusResult {
  const vars = variables(node);
  const fLine: Step = {
    text: `f(${vars.join(", ")}) = ${toText(node)}`,
    latex: `f(${vars.map(varLatex).join(", ")}) = ${toLatex(node)}`,
  };
  if (vars.length === 0) {
    const f = evaluator(node)({});
    const base = { method: "calculus" as const, vars, critical: [], derivatives: {}, steps: [fLine] };
    if (!Number.isFinite(f))
      return { ...base, status: "unsupported", reason: "f is not defined (it has no value)" };
    return {
      ...base,
      status: "minimum",
      argmin: {},
      min: f,
      everyPoint: true,
      reason: "f is a constant: its value is the minimum",
    };
  }
  return vars.length === 1 ? oneVariable(node, vars[0]!, fLine) : severalVariables(node, vars, fLine);
}

// ---- one variable ----

function oneVariable(node: Node, x: string, fLine: Step): CalculusResult {
  const X = varLatex(x);
  const d1 = derivative(node, x);
  const d2 = derivative(d1, x);
  const steps: Step[] = [
    fLine,
    { text: `f'(${x}) = ${toText(d1)}`, latex: `f'(${X}) = ${toLatex(d1)}`, note: "Differentiate." },
  ];
  const derivatives = { [x]: show(d1) };
  const read = polynomialOf(node, [x]);
  const f = evaluator(node);
  const fpp = evaluator(d2);
  const at = (v: number) => ({ [x]: v });
  const base = { method: "calculus" as const, vars: [x], derivatives, steps };

  if (read.ok && read.poly.degree() <= 1) {
    const p = read.poly;
    if (p.degree() <= 0) {
      const c = p.coefficient([0]);
      const reason = `f′(${x}) = 0 for every ${x}: f is constant, so every ${x} is a minimiser`;
      steps.push({ text: reason, latex: `f'(${X}) = 0 \\text{ everywhere}`, note: "A constant function." });
      return {
        ...base,
        status: "minimum",
        argmin: at(0),
        min: c.toNumber(),
        minExact: exactRat(c),
        everyPoint: true,
        reason,
        critical: [],
      };
    }
    const b = p.coefficient([1]);
    const reason = `f′(${x}) = ${b} is never 0, so there are no critical points; f is linear and → −∞ as ${x} → ${b.sign() > 0 ? "−∞" : "+∞"}`;
    steps.push({
      text: reason,
      latex: `f'(${X}) = ${b.toLatex()} \\ne 0`,
      note: "No critical points: unbounded.",
    });
    return { ...base, status: "unbounded", reason, critical: [] };
  }

  steps.push({
    text: `${toText(d1)} = 0`,
    latex: `${toLatex(d1)} = 0`,
    note: "Critical points: where the slope is 0.",
  });
  if (read.ok) return polynomial1(read.poly, x, d2, base);

  const scan = scan1(node, d1, x);
  for (const r of scan.roots)
    steps.push({
      text: `${x} ≈ ${fmt(r)}`,
      latex: `${X} \\approx ${fmt(r)}`,
      note: "A sign change of f′, refined by safeguarded Newton/bisection.",
    });
  if (scan.roots.length === 0)
    steps.push({
      text: `f'(${x}) ≠ 0 on ${scan.range}`,
      latex: `f'(${X}) \\ne 0`,
      note: `No sign change of f′ on ${scan.range}.`,
    });
  steps.push({
    text: `f''(${x}) = ${toText(d2)}`,
    latex: `f''(${X}) = ${toLatex(d2)}`,
    note: "Second-derivative test.",
  });
  const fp = evaluator(d1);
  const critical = scan.roots.map((r) => classify1(r, f, fp, fpp, x, X, steps));
  const candidates: Candidate[] = critical
    .filter((c) => c.nature === "minimum")
    .map((c) => ({ x: c.x, f: c.f, what: `${x} = ${fmt(c.x[x]!)} (a local minimum)` }));
  candidates.push(...scan.endpoints);
  const answer = decide(candidates, scan.limits);
  return finish(base, critical, answer, steps);
}

function polynomial1(
  p: Poly,
  x: string,
  d2: Node,
  base: { method: "calculus"; vars: string[]; derivatives: Record<string, Exact>; steps: Step[] },
): CalculusResult {
  const { steps } = base;
  const X = varLatex(x);
  const fc = p.coefficients1();
  const dp = p.derivative(x);
  const ddp = dp.derivative(x);
  const roots = realRoots(dp.coefficients1());
  const hows = [...new Set(roots.map((r) => r.how))];
  if (roots.length === 0)
    steps.push({
      text: `f'(${x}) = 0 has no real solution`,
      latex: `f'(${X}) \\ne 0`,
      note: "No critical points.",
    });
  else {
    const shown = rootLines(roots);
    steps.push({
      text: shown.map((r) => `${x} ${r.text}`).join(", "),
      latex: shown.map((r) => `${X} ${r.latex}`).join(",\\quad "),
      note: `Solved by: ${hows.join(", ")}.`,
    });
  }
  steps.push({
    text: `f''(${x}) = ${toText(d2)}`,
    latex: `f''(${X}) = ${toLatex(d2)}`,
    note: "Second-derivative test.",
  });
  const critical = roots.map((r) => classifyPolyRoot(r, fc, dp, ddp, roots, x, X, steps));
  // Leading term decides the ends: odd degree or a negative leading coefficient goes to −∞.
  const n = p.degree();
  const lead = p.coefficient([n]);
  if (n % 2 === 1 || lead.sign() < 0) {
    const end = n % 2 === 1 ? (lead.sign() > 0 ? "−∞" : "+∞") : "±∞";
    const reason = `the leading term ${joinTerms([{ coef: lead, body: `${x}^${n}` }], "text")} sends f → −∞ as ${x} → ${end}, so f is unbounded below${listLocal(critical, x)}`;
    steps.push({
      text: reason,
      latex: `f(${X}) \\to -\\infty \\text{ as } ${X} \\to ${end === "±∞" ? "\\pm\\infty" : end === "+∞" ? "+\\infty" : "-\\infty"}`,
      note: "Unbounded: look at the leading term.",
    });
    return { ...base, status: "unbounded", reason, critical };
  }
  // Even degree, positive leading coefficient: f → +∞ at both ends, so the lowest critical point is the minimum.
  const mins = critical.filter((c) => c.nature === "minimum");
  const best = pickBest(mins);
  const others = mins.filter((c) => c !== best && Math.abs(c.f - best.f) <= 1e-12 * (1 + Math.abs(best.f)));
  const also = others.length
    ? ` (also at ${others.map((c) => `${x} = ${c.exact?.text ?? fmt(c.x[x]!)}`).join(", ")})`
    : "";
  const reason = `f → +∞ at both ends (even degree, positive leading coefficient), so the lowest critical point is the global minimum: f(${best.exact?.text ?? fmt(best.x[x]!)}) = ${best.fExact?.text ?? fmt(best.f)}${also}`;
  steps.push({
    text: reason,
    latex: `\\min f = f\\left(${best.exact?.latex ?? fmt(best.x[x]!)}\\right) = ${best.fExact?.latex ?? fmt(best.f)}`,
    note: "Compare the local minima; the ends go up.",
  });
  return {
    ...base,
    status: "minimum",
    argmin: best.x,
    argmins: [best.x, ...others.map((c) => c.x)],
    min: best.f,
    minExact: best.fExact,
    reason,
    critical,
  };
}

/** "= 2", "≈ 0.3473", and a conjugate pair r ± u√m on one line: "= 1 ± sqrt(2)". */
function rootLines(roots: readonly RealRoot[]): Exact[] {
  const out: Exact[] = [];
  const used = new Set<RealRoot>();
  for (const r of roots) {
    if (used.has(r)) continue;
    const twin = r.surd
      ? roots.find(
          (o) =>
            o !== r &&
            o.surd &&
            o.surd.m === r.surd!.m &&
            o.surd.r.eq(r.surd!.r) &&
            o.surd.u.eq(r.surd!.u.neg()),
        )
      : undefined;
    if (twin && r.surd) {
      used.add(twin);
      const u = r.surd.u.abs();
      const body = { text: `sqrt(${r.surd.m})`, latex: `\\sqrt{${r.surd.m}}` };
      const pm = (mode: "text" | "latex") => {
        const mag = joinTerms([{ coef: u, body: mode === "text" ? body.text : body.latex }], mode);
        const c = mode === "text" ? r.surd!.r.toText() : r.surd!.r.toLatex();
        return r.surd!.r.isZero()
          ? `${mode === "text" ? "±" : "\\pm "}${mag}`
          : `${c} ${mode === "text" ? "±" : "\\pm"} ${mag}`;
      };
      out.push({ text: `= ${pm("text")}`, latex: `= ${pm("latex")}` });
    } else if (r.exact) out.push({ text: `= ${r.exact.text}`, latex: `= ${r.exact.latex}` });
    else out.push({ text: `≈ ${fmt(r.value)}`, latex: `\\approx ${fmt(r.value)}` });
  }
  return out;
}

function classifyPolyRoot(
  r: RealRoot,
  fc: readonly Rational[],
  dp: Poly,
  ddp: Poly,
  all: readonly RealRoot[],
  x: string,
  X: string,
  steps: Step[],
): CriticalPoint {
  let f = 0;
  let fExact: Exact | undefined;
  if (r.rational) {
    const v = Poly.fromTerms(
      [x],
      fc.map((c, i) => [[i], c] as const),
    ).evalExact({ [x]: r.rational });
    f = v.toNumber();
    fExact = exactRat(v);
  } else if (r.surd) {
    const v = evalAtSurd(fc, r.surd);
    f = surdValue(v);
    fExact = v.u.isZero() ? exactRat(v.r) : surdExact(v);
  } else f = fc.reduceRight((acc, c) => acc * r.value + c.toNumber(), 0);
  const label = r.exact?.text ?? fmt(r.value);
  const labelLatex = r.exact?.latex ?? fmt(r.value);
  let kind: CriticalKind;
  let nature: CriticalNature;
  let reason: string;
  let second = "0";
  if (r.multiplicity === 1) {
    // A simple root of f′: f″ ≠ 0 there, so its sign decides.
    const s = r.rational
      ? ddp.evalExact({ [x]: r.rational }).sign()
      : Math.sign(ddp.evaluate({ [x]: r.value }));
    const val = r.rational
      ? ddp.evalExact({ [x]: r.rational }).toText()
      : fmt(ddp.evaluate({ [x]: r.value }));
    kind = nature = s > 0 ? "minimum" : "maximum";
    second = r.rational ? ddp.evalExact({ [x]: r.rational }).toLatex() : val;
    reason = `f″(${label}) = ${val} ${s > 0 ? "> 0" : "< 0"}: a local ${kind}`;
  } else {
    // f″ = 0 at a repeated root of f′: the test is inconclusive, so look at the sign of f′ on either side
    // (exactly, at rational points closer than any other critical point).
    const x0 = r.rational!;
    const gap = all.filter((o) => o !== r).reduce((g, o) => Math.min(g, Math.abs(o.value - r.value)), 1);
    let d = Rational.one;
    while (d.toNumber() >= gap / 2) d = d.div(Rational.of(2));
    const left = dp.evalExact({ [x]: x0.sub(d) }).sign();
    const right = dp.evalExact({ [x]: x0.add(d) }).sign();
    kind = "inconclusive";
    nature = left < 0 && right > 0 ? "minimum" : left > 0 && right < 0 ? "maximum" : "neither";
    const sgn = (s: number) => (s > 0 ? "+" : s < 0 ? "−" : "0");
    reason = `f″(${label}) = 0, so the second-derivative test is inconclusive; f′ goes ${sgn(left)} → ${sgn(right)} across ${x} = ${label}: ${nature === "neither" ? "neither a minimum nor a maximum (a stationary inflection point)" : `neighbouring values are ${nature === "minimum" ? "higher" : "lower"}, a local ${nature}`}`;
  }
  steps.push({
    text: reason,
    latex: `f''\\left(${labelLatex}\\right) = ${second}${r.multiplicity === 1 ? (kind === "minimum" ? " > 0" : " < 0") : ""}`,
    note: `${x} = ${label}: ${nature}, f = ${fExact?.text ?? fmt(f)}`,
  });
  return { x: { [x]: r.value }, exact: r.exact, f, fExact, kind, nature, reason };
}

function classify1(
  r: number,
  f: (p: Point) => number,
  fp: (p: Point) => number,
  fpp: (p: Point) => number,
  x: string,
  X: string,
  steps: Step[],
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
  let reason: string;
  if (Number.isFinite(s) && Math.abs(s) > 1e-8 * (1 + Math.abs(fv))) {
    kind = nature = s > 0 ? "minimum" : "maximum";
    reason = `f″(${fmt(r)}) ≈ ${fmt(s, 6)} ${s > 0 ? "> 0" : "< 0"}: a local ${kind}`;
  } else {
    kind = "inconclusive";
    const n = neighbourTest1(f, r, x, fv);
    nature = n === "saddle" ? "neither" : n === "inconclusive" ? "unknown" : n;
    const word =
      nature === "unknown"
        ? "the neighbouring values do not decide it either"
        : nature === "neither"
          ? "neighbouring values are higher on one side and lower on the other: neither a minimum nor a maximum"
          : `neighbouring values are ${nature === "minimum" ? "higher" : "lower"}: a local ${nature}`;
    reason = `${corner ? `f′ jumps at ${fmt(r)} (f is not differentiable there)` : `f″(${fmt(r)}) ${Number.isFinite(s) ? "≈ 0" : "does not exist"}`}, so the second-derivative test is inconclusive; ${word}`;
  }
  steps.push({
    text: reason,
    latex: `f''(${fmt(r)}) ${Number.isFinite(s) ? `\\approx ${fmt(s, 6)}` : "\\text{ undefined}"}`,
    note: `${x} ≈ ${fmt(r)}: ${nature}, f ≈ ${fmt(fv)}`,
  });
  void X;
  return { x: at, f: fv, kind, nature, reason };
}

// ---- several variables ----

function severalVariables(node: Node, vars: string[], fLine: Step): CalculusResult {
  const grad = vars.map((v) => derivative(node, v));
  const hess = vars.map((_, i) => vars.map((w, j) => (j >= i ? derivative(grad[i]!, w) : null)));
  const H = vars.map((_, i) => vars.map((_, j) => hess[Math.min(i, j)]![Math.max(i, j)]!));
  const derivatives = Object.fromEntries(vars.map((v, i) => [v, show(grad[i]!)]));
  const partial = (v: string) => `\\frac{\\partial f}{\\partial ${varLatex(v)}}`;
  const steps: Step[] = [
    fLine,
    ...vars.map((v, i) => ({
      text: `df/d${v} = ${toText(grad[i]!)}`,
      latex: `${partial(v)} = ${toLatex(grad[i]!)}`,
      note: i === 0 ? "The partial derivatives: the gradient ∇f." : undefined,
    })),
    {
      text: `∇f = 0: ${grad.map((g) => `${toText(g)} = 0`).join(", ")}`,
      latex: `\\begin{cases} ${grad.map((g) => `${toLatex(g)} = 0`).join(" \\\\ ")} \\end{cases}`,
      note: "Critical points: where every partial derivative is 0.",
    },
  ];
  const base = { method: "calculus" as const, vars, derivatives, steps };
  const f = evaluator(node);
  const read = polynomialOf(node, vars);
  const solved = solveGradient(node, grad, H, vars, read.ok ? read.poly : null);
  for (const line of solved.notes) steps.push(line);
  const critical: CriticalPoint[] = solved.points.map((p) => {
    const c = classifyHessian(f, H, p.x, vars);
    steps.push({
      text: `${pointText(p.x, vars, p.exact)}: ${c.reason}`,
      latex: `H = ${hessianLatex(c.hessian)}`,
      note: `${c.nature}, f = ${p.fExact?.text ?? fmt(f(p.x))}`,
    });
    return {
      x: p.x,
      exact: p.exact,
      f: f(p.x),
      fExact: p.fExact,
      kind: c.kind,
      nature: c.nature,
      reason: c.reason,
    };
  });
  const candidates: Candidate[] = critical
    .filter((c) => c.nature === "minimum")
    .map((c) => ({
      x: c.x,
      f: c.f,
      exactF: c.fExact,
      what: `${pointText(c.x, vars, c.exact)} (a local minimum)`,
    }));
  const limits: Limit[] =
    solved.globalLimits ?? tailsN(node, vars, read.ok ? read.poly : null, solved.lowPoints);
  const extra = solved.extraCandidates ?? [];
  if (!read.ok) {
    const odd = gridSingularities(node, vars);
    extra.push(...odd.candidates);
    limits.push(...odd.limits);
  }
  const answer = decide(candidates, limits, extra);
  return finish(base, critical, answer, steps);
}

function pointText(x: Point, vars: string[], exact?: Exact): string {
  return exact ? exact.text : `(${vars.map((v) => fmt(x[v]!)).join(", ")})`;
}

// ---- shared ----

function pickBest(mins: CriticalPoint[]): CriticalPoint {
  // Lowest value; among equal values (x⁴ − 2x² at ±1) the one nearest the origin, then the leftmost.
  return mins.reduce((b, c) => {
    const tol = 1e-12 * (1 + Math.abs(b.f));
    if (c.f < b.f - tol) return c;
    if (c.f > b.f + tol) return b;
    const nb = Object.values(b.x).reduce((s, v) => s + v * v, 0);
    const nc = Object.values(c.x).reduce((s, v) => s + v * v, 0);
    return nc < nb ? c : b;
  });
}

function listLocal(critical: CriticalPoint[], x: string): string {
  const mins = critical.filter((c) => c.nature === "minimum");
  if (mins.length === 0) return "";
  return ` (it still has a local minimum at ${mins.map((c) => `${x} = ${c.exact?.text ?? fmt(c.x[x]!)}`).join(", ")})`;
}

function finish(
  base: { method: "calculus"; vars: string[]; derivatives: Record<string, Exact>; steps: Step[] },
  critical: CriticalPoint[],
  answer: ReturnType<typeof decide>,
  steps: Step[],
): CalculusResult {
  steps.push({ text: answer.reason, latex: answer.latex, note: "The global answer." });
  const out: CalculusResult = { ...base, status: answer.status, reason: answer.reason, critical };
  if (answer.argmin) {
    out.argmin = answer.argmin;
    out.argmins = answer.argmins;
    out.min = answer.min;
    if (answer.exactF) out.minExact = answer.exactF;
  }
  if (answer.infimum !== undefined) out.infimum = answer.infimum;
  return out;
}
