// Completing the square: f as a sum of squares p(v + ℓ)² plus a rest, exactly (Lagrange's elimination for several
// variables), and the squares printed as maths data for the steps.

import { Poly } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { CLOSE, OPEN, type Maths } from "./print-maths.ts";

/** A square term p·(v + ℓ)² of the completed form: `inner` is v + ℓ, ℓ in the variables not yet eliminated. */
export interface Square {
  p: Rational;
  v: string;
  inner: Poly;
}

/** (x - 2)^2, or x^2 when there is nothing to add to the variable. */
export function squareBody(inner: Poly): Maths {
  if (inner.terms.size === 1) {
    const [[e]] = inner.entries() as [[number[], Rational]];
    return [{ v: inner.vars[e.indexOf(1)]! }, "^2"];
  }
  return [OPEN, { poly: inner }, CLOSE, "^2"];
}

export interface Elimination {
  square: Square;
  /** L in p·v² + v·L + R: what multiplies v once. */
  L: Poly;
  /** The rest after this square is taken out, R − L²/4p. */
  rest: Poly;
}

/**
 * Lagrange's method: take a variable with a square term, p·v² + v·L + R = p(v + L/2p)² + (R − L²/4p), repeat on
 * the rest until no square term is left. f equals the sum of the squares plus the final rest, exactly.
 */
export function completeSquares(f: Poly): { squares: Square[]; rest: Poly; history: Elimination[] } {
  const vars = f.vars;
  const squares: Square[] = [];
  const history: Elimination[] = [];
  let rest = f;
  for (;;) {
    const v = vars.find((w) => !rest.coeff({ [w]: 2 }).isZero());
    if (v === undefined) break;
    const p = rest.coeff({ [v]: 2 });
    const i = vars.indexOf(v);
    const L: Array<[number[], Rational]> = [];
    const R: Array<[number[], Rational]> = [];
    for (const [e, c] of rest.entries()) {
      if (e[i] === 1) L.push([e.map((x, j) => (j === i ? 0 : x)), c]);
      else if (e[i] === 0) R.push([e, c]);
    }
    const Lp = Poly.fromTerms(vars, L);
    const inner = Poly.variable(vars, v).add(Lp.scale(p.mul(Rational.of(2)).inv()));
    const square = { p, v, inner };
    squares.push(square);
    rest = Poly.fromTerms(vars, R).sub(Lp.mul(Lp).scale(p.mul(Rational.of(4)).inv()));
    history.push({ square, L: Lp, rest });
  }
  return { squares, rest, history };
}

/** p₁(…)² + p₂(…)² + … + rest. */
export function sumOfSquares(squares: readonly Square[], rest: Poly): Maths {
  const sq: Maths = { terms: squares.map((s) => ({ coef: s.p, body: squareBody(s.inner) })) };
  if (rest.isZero()) return sq;
  if (squares.length === 0) return { poly: rest };
  return [sq, { signed: { poly: rest } }];
}

/** The completed square expanded back, as a polynomial: for checking that the form equals f. */
export function expandSquares(squares: readonly Square[], rest: Poly): Poly {
  return squares.reduce((acc, s) => acc.add(s.inner.mul(s.inner).scale(s.p)), rest);
}
