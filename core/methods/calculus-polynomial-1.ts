// The calculus method on a polynomial in one variable: f′ = 0 solved exactly (roots.ts), each root classified by
// the sign of f″ (or of f′ on either side, at a repeated root), and the leading term deciding the ends.

import { apply, num, type Node } from "../expr/node.ts";
import { Poly } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { evalAtSurd, realRoots, surdExact, surdValue, type RealRoot } from "../exact/roots.ts";
import { catalogs, msg, reasoned, type Msg } from "../messages/index.ts";
import type { CalculusResult, CriticalKind, CriticalNature, CriticalPoint } from "./calculus.ts";
import { CLOSE, joined, OPEN, spelled, SYMBOL, type Maths } from "./print-maths.ts";
import type { StepData } from "./print-steps.ts";
import { fmt, type Exact } from "./result.ts";

const exactRat = (r: Rational): Exact => spelled({ q: r });

export function polynomial1(
  p: Poly,
  x: string,
  d2: Node,
  base: { method: "calculus"; vars: string[]; derivatives: Record<string, Exact>; steps: StepData[] },
): CalculusResult {
  const { steps } = base;
  const fc = p.coefficients1();
  const dp = p.derivative(x);
  const ddp = dp.derivative(x);
  const roots = realRoots(dp.coefficients1());
  const hows = [...new Set(roots.map((r) => r.how))];
  if (roots.length === 0)
    steps.push({
      says: msg("calc.noRealSolution", { x }),
      shows: ["f'(", { v: x }, ")", SYMBOL.ne, "0"],
      note: msg("calc.noCritical"),
    });
  else {
    steps.push({
      shows: joined(
        rootLines(roots).map((r) => [{ v: x }, r]),
        SYMBOL.listSep,
      ),
      note: msg("calc.solvedBy", { hows: { join: ", ", items: hows.map(howMsg) } }),
    });
  }
  steps.push(secondLine(x, d2));
  const critical = roots.map((r) => classifyPolyRoot(r, fc, dp, ddp, roots, x, steps));
  // Leading term decides the ends: odd degree or a negative leading coefficient goes to −∞.
  const n = p.degree();
  const lead = p.coefficient([n]);
  if (n % 2 === 1 || lead.sign() < 0) {
    const end =
      n % 2 === 1 ? (lead.sign() > 0 ? SYMBOL.minusInfinity : SYMBOL.plusInfinity) : SYMBOL.pmInfinity;
    const leadTerm: Maths = { terms: [{ coef: lead, body: [{ v: x }, `^${n}`] }] };
    const why = reasoned(msg("calc.leadingTerm", { lead: leadTerm, x, end, local: listLocal(critical, x) }));
    steps.push({
      says: why.reasonMsg,
      shows: msg("calc.leadingTermLatex", { x: { v: x }, end }),
      note: msg("calc.leadingNote"),
    });
    return { ...base, status: "unbounded", ...why, critical };
  }
  // Even degree, positive leading coefficient: f → +∞ at both ends, so the lowest critical point is the minimum.
  const mins = critical.filter((c) => c.nature === "minimum");
  const best = pickBest(mins);
  const others = mins.filter((c) => c !== best && Math.abs(c.f - best.f) <= 1e-12 * (1 + Math.abs(best.f)));
  const also = others.length ? msg("calc.alsoAt", { list: pointList(others, x) }) : "";
  const at: Maths = best.exact ?? { num: best.x[x]! };
  const f: Maths = best.fExact ?? { num: best.f };
  const why = reasoned(msg("calc.evenDegree", { at, f, also }));
  steps.push({
    says: why.reasonMsg,
    shows: [SYMBOL.min, "f = f", OPEN, at, CLOSE, " = ", f],
    note: msg("calc.compareNote"),
  });
  return {
    ...base,
    status: "minimum",
    argmin: best.x,
    argmins: [best.x, ...others.map((c) => c.x)],
    min: best.f,
    minExact: best.fExact,
    ...why,
    critical,
  };
}

/** " = 2", " ≈ 0.3473", and a conjugate pair r ± u√m on one line: " = 1 ± sqrt(2)". */
function rootLines(roots: readonly RealRoot[]): Maths[] {
  const out: Maths[] = [];
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
      const { r: c, u, m } = r.surd;
      const mag: Maths = { terms: [{ coef: u.abs(), body: { node: apply("sqrt", [num(Number(m))]) } }] };
      out.push([" = ", c.isZero() ? [SYMBOL.pmSign, mag] : [{ q: c }, SYMBOL.pm, mag]]);
    } else if (r.exact) out.push([" = ", r.exact]);
    else out.push([SYMBOL.approx, { num: r.value }]);
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
  steps: StepData[],
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
  const at: Maths = r.exact ?? { num: r.value };
  let kind: CriticalKind;
  let nature: CriticalNature;
  let reason: Msg;
  let second: Maths = "0";
  if (r.multiplicity === 1) {
    // A simple root of f′: f″ ≠ 0 there, so its sign decides.
    const s = r.rational
      ? ddp.evalExact({ [x]: r.rational }).sign()
      : Math.sign(ddp.evaluate({ [x]: r.value }));
    // A float f″ is written as on the command line (fmt) on the board too.
    second = r.rational ? { q: ddp.evalExact({ [x]: r.rational }) } : fmt(ddp.evaluate({ [x]: r.value }));
    kind = nature = s > 0 ? "minimum" : "maximum";
    reason = msg(s > 0 ? "calc.secondMin" : "calc.secondMax", { at, val: second });
  } else {
    // f″ = 0 at a repeated root of f′: the test is inconclusive, so look at the sign of f′ on either side
    // (exactly, at rational points closer than any other critical point).
    // A repeated root is rational, a surd or (a repeated factor solved numerically) a decimal: the sides are
    // rational points either way, so the signs there are exact.
    const x0 = r.rational ?? Rational.fromNumber(r.value)!;
    const gap = all.filter((o) => o !== r).reduce((g, o) => Math.min(g, Math.abs(o.value - r.value)), 1);
    let d = Rational.one;
    while (d.toNumber() >= gap / 2) d = d.div(Rational.of(2));
    const left = dp.evalExact({ [x]: x0.sub(d) }).sign();
    const right = dp.evalExact({ [x]: x0.add(d) }).sign();
    kind = "inconclusive";
    nature = left < 0 && right > 0 ? "minimum" : left > 0 && right < 0 ? "maximum" : "neither";
    const sgn = (s: number) => (s > 0 ? "+" : s < 0 ? "−" : "0");
    const verdict = msg(
      nature === "neither" ? "calc.inflection" : nature === "minimum" ? "calc.signHigher" : "calc.signLower",
    );
    reason = msg("calc.repeatedRoot", { at, left: sgn(left), right: sgn(right), x, verdict });
  }
  steps.push({
    says: reason,
    shows: [
      "f''",
      OPEN,
      at,
      CLOSE,
      " = ",
      second,
      r.multiplicity === 1 ? (kind === "minimum" ? " > 0" : " < 0") : "",
    ],
    note: msg("calc.pointNote", { x, at, nature: natureMsg(nature), f: fExact ?? { num: f } }),
  });
  return { x: { [x]: r.value }, exact: r.exact, f, fExact, kind, nature, ...reasoned(reason) };
}

/** f''(x) = …: the second derivative, for the second-derivative test. */
export const secondLine = (x: string, d2: Node): StepData => ({
  shows: ["f''(", { v: x }, ") = ", { node: d2 }],
  note: msg("calc.secondTest"),
});

export function pickBest(mins: CriticalPoint[]): CriticalPoint {
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

function listLocal(critical: CriticalPoint[], x: string): Msg | "" {
  const mins = critical.filter((c) => c.nature === "minimum");
  if (mins.length === 0) return "";
  return msg("calc.stillLocal", { list: pointList(mins, x) });
}

/** "x = 1, x = -1": critical points by their exact value when known. */
const pointList = (points: readonly CriticalPoint[], x: string): Maths =>
  joined(
    points.map((c): Maths => [{ v: x }, " = ", c.exact ?? { num: c.x[x]! }]),
    ", ",
  );

export const natureMsg = (n: CriticalNature) => msg(`nature.${n}`);
const howMsg = (how: string): Msg | string =>
  `root.${how}` in catalogs.en ? msg(`root.${how}` as "root.cube root") : how;
