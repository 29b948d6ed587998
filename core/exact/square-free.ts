// Square-free factorisation of a one-variable polynomial over the rationals (Yun's algorithm):
// p = c · a₁ · a₂² · a₃³ · …, where no aᵢ has a repeated root and no two share a root. The numerical solver must
// only meet simple roots: at a double root p touches 0 without changing sign, and bisection there stops a rounding
// error away (about √ε), so the same root came out twice, each time with multiplicity 1.

import { Rational } from "./rational.ts";

/** c[0] + c[1]x + …; the zero polynomial is []. */
type Coeffs = readonly Rational[];

export interface SquareFreePart {
  /** Monic, without repeated roots. */
  factor: Rational[];
  multiplicity: number;
}

/** The parts aᵢ of degree ≥ 1 with their i, in increasing i. A constant has none. */
export function squareFree(p: Coeffs): SquareFreePart[] {
  const out: SquareFreePart[] = [];
  if (p.length <= 1) return out;
  const dp = derivative(p);
  const g = gcd(p, dp);
  let b = divide(p, g);
  let d = sub(divide(dp, g), derivative(b));
  for (let i = 1; b.length > 1; i++) {
    const a = gcd(b, d);
    if (a.length > 1) out.push({ factor: a, multiplicity: i });
    b = divide(b, a);
    d = sub(divide(d, a), derivative(b));
  }
  return out;
}

const trim = (c: Rational[]): Rational[] => {
  while (c.length > 0 && c[c.length - 1]!.isZero()) c.pop();
  return c;
};

const derivative = (c: Coeffs): Rational[] => c.slice(1).map((a, i) => a.mul(Rational.of(i + 1)));

function sub(a: Coeffs, b: Coeffs): Rational[] {
  const out = Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
    (a[i] ?? Rational.zero).sub(b[i] ?? Rational.zero),
  );
  return trim(out);
}

/** Quotient and remainder of a ÷ b (b not zero). */
function divmod(a: Coeffs, b: Coeffs): [Rational[], Rational[]] {
  const rem = [...a];
  const lead = b[b.length - 1]!;
  const quot: Rational[] = [];
  for (let k = a.length - b.length; k >= 0; k--) {
    const t = rem[k + b.length - 1]!.div(lead);
    quot[k] = t;
    for (let j = 0; j < b.length; j++) rem[k + j] = rem[k + j]!.sub(t.mul(b[j]!));
  }
  // Each step cancels rem's top term exactly, so what is left above deg b − 1 is zeros that trim drops.
  return [trim(quot), trim(rem)];
}

/** a ÷ b where b divides a exactly. */
const divide = (a: Coeffs, b: Coeffs): Rational[] => divmod(a, b)[0];

/** The monic greatest common divisor (Euclid); gcd(a, 0) = a made monic. */
function gcd(a: Coeffs, b: Coeffs): Rational[] {
  let [x, y] = [[...a], [...b]];
  while (y.length > 0) [x, y] = [y, divmod(x, y)[1]];
  const lead = x[x.length - 1]!;
  return x.map((c) => c.div(lead));
}
