// When the Hessian test is inconclusive at a critical point p of a polynomial: look at f(p + h) − f(p) itself,
// exactly in rationals, and give a label only with a written-out argument (never from sampling):
//   every term an even power with one sign  →  f ≥ f(p) (or ≤): a minimum (maximum);
//   a quadratic form with a semidefinite Hessian →  the same;
//   lowest-order terms of odd degree, or taking both signs  →  a saddle, with the line that shows it.
// Anything else: null, and the caller says "inconclusive" and why.

import { Poly } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import type { Point } from "./result.ts";
import { tuple } from "./print-maths.ts";
import { msg, type Msg } from "../messages/index.ts";

export interface HigherOrder {
  nature: "minimum" | "maximum" | "saddle";
  reasonMsg: Msg;
}

/** Up to this degree and this many variables the shift is expanded (small: a classroom polynomial). */
const MAX_DEGREE = 12;
const MAX_VARS = 6;

export function higherOrder(
  poly: Poly,
  vars: readonly string[],
  x: Point,
  hessianEigenvalues: readonly number[] | null,
): HigherOrder | null {
  const n = vars.length;
  if (n > MAX_VARS || poly.degree() > MAX_DEGREE) return null;
  const p = vars.map((v) => Rational.fromNumber(x[v]!));
  if (p.some((r) => r === null)) return null;
  const at = Object.fromEntries(vars.map((v, i) => [v, p[i]!]));
  // Only an exact critical point: the gradient must vanish in rationals, not just to rounding.
  if (!vars.every((v) => poly.derivative(v).evalExact(at).isZero())) return null;
  const g = shift(poly, vars, p as Rational[]);
  const terms = g.entries().filter(([e]) => e.some((k) => k > 0));
  if (terms.length === 0) return null; // f is constant near p: the plateau case, not a label
  const diff = Poly.fromTerms(vars, terms);
  const shown = { poly: diff };
  const point = tuple(vars.map((v) => x[v]!));

  // Every term h₁^(2a)·h₂^(2b)… with one sign: f − f(p) never changes sign.
  const even = terms.every(([e]) => e.every((k) => k % 2 === 0));
  const signs = new Set(terms.map(([, c]) => c.sign()));
  if (even && signs.size === 1) {
    const up = signs.has(1);
    return {
      nature: up ? "minimum" : "maximum",
      reasonMsg: msg(up ? "crit.evenPowersMin" : "crit.evenPowersMax", { point, diff: shown }),
    };
  }
  const low = Math.min(...terms.map(([e]) => e.reduce((s, k) => s + k, 0)));
  const form = diff.homogeneous(low);
  // A quadratic form: its Hessian's eigenvalues decide, semidefinite included (a line of minima).
  if (low === 2 && diff.degree() === 2 && hessianEigenvalues) {
    const tol = 1e-9 * Math.max(1, ...hessianEigenvalues.map(Math.abs));
    if (hessianEigenvalues.every((e) => e >= -tol))
      return { nature: "minimum", reasonMsg: msg("crit.semidefiniteMin", { point, diff: shown }) };
    if (hessianEigenvalues.every((e) => e <= tol))
      return { nature: "maximum", reasonMsg: msg("crit.semidefiniteMax", { point, diff: shown }) };
  }
  // Directions with small integer coordinates: a non-zero form of degree k is non-zero at one of them.
  let up: number[] | null = null;
  let down: number[] | null = null;
  for (const u of directions(n)) {
    const s = form.evalExact(Object.fromEntries(vars.map((v, i) => [v, Rational.of(u[i]!)]))).sign();
    if (s > 0 && !up) up = u;
    if (s < 0 && !down) down = u;
    if (up && down) break;
  }
  const dir = (u: number[]) => `(${u.join(", ")})`;
  if (low % 2 === 1 && (up || down)) {
    const u = (up ?? down)!;
    return {
      nature: "saddle",
      reasonMsg: msg("crit.oddOrder", { point, form: { poly: form }, k: String(low), dir: dir(u) }),
    };
  }
  if (up && down)
    return {
      nature: "saddle",
      reasonMsg: msg("crit.bothSigns", { point, form: { poly: form }, up: dir(up), down: dir(down) }),
    };
  return null;
}

/** f(p + h) as a polynomial in h (named like the variables). */
function shift(poly: Poly, vars: readonly string[], p: readonly Rational[]): Poly {
  let out = Poly.constant(vars, Rational.zero);
  const lines = vars.map((v, i) => Poly.variable(vars, v).add(Poly.constant(vars, p[i]!)));
  for (const [e, c] of poly.entries()) {
    let t = Poly.constant(vars, c);
    e.forEach((k, i) => {
      for (let j = 0; j < k; j++) t = t.mul(lines[i]!);
    });
    out = out.add(t);
  }
  return out;
}

/** Every vector in {−1, 0, 1, 2}ⁿ except 0, the simplest first. */
function directions(n: number): number[][] {
  const vals = [0, 1, -1, 2];
  const out: number[][] = [];
  const total = vals.length ** n;
  // Stryker disable next-line EqualityOperator: k = 4ⁿ has only zero digits, the zero vector, where every form is 0
  for (let k = 1; k < total; k++) {
    const u: number[] = [];
    let r = k;
    for (let i = 0; i < n; i++) {
      u.push(vals[r % vals.length]!);
      r = Math.floor(r / vals.length);
    }
    out.push(u);
  }
  return out.sort((a, b) => a.reduce((s, v) => s + Math.abs(v), 0) - b.reduce((s, v) => s + Math.abs(v), 0));
}
