// Real roots of a one-variable polynomial with rational coefficients, as a teacher finds them: rational roots first
// (rational root theorem, then deflate), then the quadratic formula (exact, r ± u√m), a pure cube root, or a
// biquadratic; a repeated factor is split off (square-free.ts) and solved once; whatever is left is solved
// numerically (the roots of p′ split the line into monotone pieces, and each piece holds at most one root, found by
// bisection), and shown as decimals.

import { Rational, gcd } from "./rational.ts";
import type { Exact } from "../methods/result.ts";
import { joinTerms } from "./polynomial.ts";
import { squareFree } from "./square-free.ts";

export interface RealRoot {
  value: number;
  /** Exact form when it is simple: a rational, r ± u√m, or a cube root. */
  exact?: Exact;
  /** The root as a rational, when it is one (lets callers test signs exactly). */
  rational?: Rational;
  /** As a surd r + u√m, when it is one (lets callers evaluate f exactly). */
  surd?: Surd;
  multiplicity: number;
  /** How it was found, for the steps: "rational root", "quadratic formula", "cube root", "numerically …". */
  how: string;
}

/** r + u·√m with m a square-free positive integer > 1. */
export interface Surd {
  r: Rational;
  u: Rational;
  m: bigint;
}

// Trial division bounds: enough for every classroom polynomial, and cheap.
const DIVISOR_LIMIT = 10n ** 12n;

/** Coefficients c[0] + c[1]x + … (trailing zeros ignored). Roots ascending, each once with its multiplicity. */
export function realRoots(coeffs: readonly Rational[]): RealRoot[] {
  let p = trim(coeffs);
  if (p.length <= 1) return [];
  const out: RealRoot[] = [];
  // x = 0 as a factor.
  let k = 0;
  while (p[0]!.isZero()) {
    p = p.slice(1);
    k++;
  }
  if (k > 0)
    out.push({
      value: 0,
      exact: ex(Rational.zero),
      rational: Rational.zero,
      multiplicity: k,
      how: "rational root",
    });
  for (const r of rationalCandidates(p)) {
    let m = 0;
    for (;;) {
      const [quot, rem] = deflate(p, r);
      if (!rem.isZero()) break;
      p = quot;
      m++;
    }
    if (m > 0)
      out.push({ value: r.toNumber(), exact: ex(r), rational: r, multiplicity: m, how: "rational root" });
    if (p.length <= 1) break;
  }
  out.push(...irrationalRoots(p));
  return out.sort((a, b) => a.value - b.value);
}

function irrationalRoots(p: Rational[]): RealRoot[] {
  const deg = p.length - 1;
  if (deg <= 0) return [];
  if (deg === 1) {
    const r = p[0]!.neg().div(p[1]!);
    return [{ value: r.toNumber(), exact: ex(r), rational: r, multiplicity: 1, how: "rational root" }];
  }
  if (deg === 2) return quadratic(p[2]!, p[1]!, p[0]!);
  if (deg === 3) {
    // Depressed cubic t³ + pt + q with x = t − b/3a; when p = 0 the root is a plain cube root.
    const [d, c, b, a] = p as [Rational, Rational, Rational, Rational];
    const s = b.div(a.mul(Rational.of(3)));
    const pp = c.div(a).sub(b.mul(b).div(a.mul(a).mul(Rational.of(3))));
    if (pp.isZero()) {
      const qq = d
        .div(a)
        .sub(b.mul(c).div(a.mul(a).mul(Rational.of(3))))
        .add(Rational.of(2).mul(s.pow(3)));
      const value = Math.cbrt(qq.neg().toNumber()) - s.toNumber();
      const rad = qq.neg();
      const text = joinTerms(
        [
          { coef: s.neg(), body: null },
          {
            coef: rad.sign() < 0 ? Rational.one.neg() : Rational.one,
            body: `${rad.isInteger() ? rad.abs() : `(${rad.abs()})`}^(1/3)`,
          },
        ],
        "text",
      );
      const latex = joinTerms(
        [
          { coef: s.neg(), body: null },
          {
            coef: rad.sign() < 0 ? Rational.one.neg() : Rational.one,
            body: `\\sqrt[3]{${rad.abs().toLatex()}}`,
          },
        ],
        // Stryker disable next-line StringLiteral: joinTerms reads any mode but "text" as LaTeX
        "latex",
      );
      return [{ value, exact: { text, latex }, multiplicity: 1, how: "cube root" }];
    }
  }
  if (deg === 4 && p[1]!.isZero() && p[3]!.isZero()) {
    // ax⁴ + bx² + c: solve for y = x², then x = ±√y when y is a positive rational.
    const ys = quadratic(p[4]!, p[2]!, p[0]!);
    // Stryker disable next-line EqualityOperator: y ≠ 0 here; two negative y give no x either way
    if (ys.every((y) => y.rational || y.value < 0)) {
      const out: RealRoot[] = [];
      for (const y of ys) {
        if (!y.rational || y.rational.sign() <= 0) continue;
        for (const sgn of [-1, 1]) {
          const s = sqrtRational(y.rational);
          const surd = { r: Rational.zero, u: s.u.mul(Rational.of(sgn)), m: s.m };
          out.push({
            value: sgn * Math.sqrt(y.value),
            exact: surdExact(surd),
            surd,
            multiplicity: y.multiplicity,
            how: "x² from the quadratic formula",
          });
        }
      }
      return out;
    }
  }
  // A repeated root (never rational here: those were divided out) is solved once, in its square-free part, where
  // bisection meets a sign change; a repeated quadratic factor is then solved exactly.
  const parts = squareFree(p);
  if (parts.length > 1 || parts[0]!.multiplicity > 1)
    return parts.flatMap(({ factor, multiplicity }) =>
      irrationalRoots(factor).map((r) => ({ ...r, multiplicity: r.multiplicity * multiplicity })),
    );
  const values = numericRoots(p.map((c) => c.toNumber()));
  const how =
    deg === 3
      ? values.length === 3
        ? "numerically (three irrational real roots: Cardano's formula would need complex cube roots)"
        : "Cardano's formula, shown as decimals"
      : "numerically";
  return values.map((value) => ({ value, multiplicity: 1, how }));
}

/** ax² + bx + c = 0, exactly: x = r ± u√m. */
function quadratic(a: Rational, b: Rational, c: Rational): RealRoot[] {
  const D = b.mul(b).sub(Rational.of(4).mul(a).mul(c));
  const r = b.neg().div(a.mul(Rational.of(2)));
  if (D.sign() < 0) return [];
  if (D.isZero())
    return [{ value: r.toNumber(), exact: ex(r), rational: r, multiplicity: 2, how: "quadratic formula" }];
  const s = sqrtRational(D);
  const u = s.u.div(a.abs().mul(Rational.of(2)));
  if (s.m === 1n) {
    return [r.sub(u), r.add(u)].map((x) => ({
      value: x.toNumber(),
      exact: ex(x),
      rational: x,
      multiplicity: 1,
      how: "quadratic formula",
    }));
  }
  return [u.neg(), u].map((uu) => {
    const surd = { r, u: uu, m: s.m };
    return {
      value: surdValue(surd),
      exact: surdExact(surd),
      surd,
      multiplicity: 1,
      how: "quadratic formula",
    };
  });
}

export const surdValue = (s: Surd) => s.r.toNumber() + s.u.toNumber() * Math.sqrt(Number(s.m));

export function surdExact(s: Surd): Exact {
  return {
    text: joinTerms(
      [
        { coef: s.r, body: null },
        { coef: s.u, body: `sqrt(${s.m})` },
      ],
      "text",
    ),
    latex: joinTerms(
      [
        { coef: s.r, body: null },
        { coef: s.u, body: `\\sqrt{${s.m}}` },
      ],
      // Stryker disable next-line StringLiteral: joinTerms reads any mode but "text" as LaTeX
      "latex",
    ),
  };
}

/** √(P/Q) = u·√m with m square-free (as far as trial division goes). */
export function sqrtRational(x: Rational): { u: Rational; m: bigint } {
  const N = x.n * x.d; // √(n/d) = √(n·d)/d
  let rest = N;
  let s = 1n;
  for (let f = 2n; f * f <= rest && f < 1_000_000n; f++) {
    while (rest % (f * f) === 0n) {
      rest /= f * f;
      s *= f;
    }
  }
  const root = isqrt(rest);
  if (root * root === rest) {
    s *= root;
    rest = 1n;
  }
  return { u: Rational.of(s, x.d), m: rest };
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** Evaluate a polynomial exactly at r + u√m: the result is again r′ + u′√m. */
export function evalAtSurd(coeffs: readonly Rational[], s: Surd): Surd {
  let acc: Surd = { r: Rational.zero, u: Rational.zero, m: s.m };
  const mm = Rational.of(s.m);
  for (let i = coeffs.length - 1; i >= 0; i--) {
    // acc·(r + u√m) + c
    const r = acc.r.mul(s.r).add(acc.u.mul(s.u).mul(mm)).add(coeffs[i]!);
    const u = acc.r.mul(s.u).add(acc.u.mul(s.r));
    acc = { r, u, m: s.m };
  }
  return acc;
}

const ex = (r: Rational): Exact => ({ text: r.toText(), latex: r.toLatex() });

function trim(c: readonly Rational[]): Rational[] {
  const p = [...c];
  while (p.length > 0 && p[p.length - 1]!.isZero()) p.pop();
  return p;
}

/** Synthetic division by (x − r): quotient and remainder p(r). */
function deflate(p: readonly Rational[], r: Rational): [Rational[], Rational] {
  const n = p.length - 1;
  // Stryker disable next-line ArrayDeclaration: every slot is assigned below
  const q: Rational[] = new Array(n);
  let acc = Rational.zero;
  for (let i = n; i >= 1; i--) {
    acc = acc.mul(r).add(p[i]!);
    q[i - 1] = acc;
  }
  return [q, acc.mul(r).add(p[0]!)];
}

/** ±p/q with p | a₀ and q | aₙ, after clearing denominators; empty when the numbers are too big to factor. */
function rationalCandidates(p: readonly Rational[]): Rational[] {
  const lcm = p.reduce((l, c) => (l * c.d) / gcd(l, c.d), 1n);
  const ints = p.map((c) => (c.n * lcm) / c.d);
  const a0 = ints[0]! < 0n ? -ints[0]! : ints[0]!;
  const an = ints[ints.length - 1]! < 0n ? -ints[ints.length - 1]! : ints[ints.length - 1]!;
  if (a0 === 0n || a0 > DIVISOR_LIMIT || an > DIVISOR_LIMIT) return [];
  const seen = new Set<string>();
  const out: Rational[] = [];
  for (const num of divisors(a0))
    for (const den of divisors(an))
      for (const s of [1n, -1n]) {
        const r = Rational.of(s * num, den);
        if (!seen.has(r.toText())) {
          seen.add(r.toText());
          out.push(r);
        }
      }
  // Stryker disable next-line MethodExpression,ArrowFunction: realRoots sorts what it finds
  return out.sort((a, b) => a.cmp(b));
}

function divisors(n: bigint): bigint[] {
  const small: bigint[] = [];
  const large: bigint[] = [];
  for (let d = 1n; d * d <= n; d++) {
    if (n % d === 0n) {
      small.push(d);
      if (d * d !== n) large.push(n / d);
    }
  }
  // Stryker disable next-line MethodExpression: the candidates are sorted afterwards
  return [...small, ...large.reverse()];
}

// ---- numerical real roots of a float polynomial, any degree ----

// Stryker disable next-line ArithmeticOperator: acc·x − a gives −p(x), with the same roots
const horner = (c: readonly number[], x: number) => c.reduceRight((acc, a) => acc * x + a, 0);

/** Real roots, ascending: recursively, the roots of p′ bound intervals where p is monotone. */
export function numericRoots(c: readonly number[]): number[] {
  const p = [...c];
  while (p.length > 0 && p[p.length - 1] === 0) p.pop();
  const n = p.length - 1;
  if (n <= 0) return [];
  if (n === 1) return [-p[0]! / p[1]!];
  const lead = p[n]!;
  const bound = 1 + Math.max(...p.slice(0, n).map((a) => Math.abs(a / lead)));
  const dp = p.slice(1).map((a, i) => a * (i + 1));
  // The filter drops no root of p′: they lie in the hull of p's roots (Gauss–Lucas), inside the bound.
  // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: see above
  const knots = [-bound, ...numericRoots(dp).filter((x) => Math.abs(x) < bound), bound];
  const out: number[] = [];
  for (let i = 0; i + 1 < knots.length; i++) {
    let lo = knots[i]!;
    let hi = knots[i + 1]!;
    const flo = horner(p, lo);
    const fhi = horner(p, hi);
    // A root of even multiplicity touches zero at a root of p′ without a sign change.
    if (flo === 0 || (i > 0 && Math.abs(flo) <= 1e-12 * scaleAt(p, lo))) {
      pushRoot(out, lo);
      continue;
    }
    if (fhi === 0 || Math.sign(flo) === Math.sign(fhi)) continue; // a root at hi is the next piece's lo
    for (let k = 0; k < 200 && hi - lo > 0; k++) {
      const mid = (lo + hi) / 2;
      if (mid === lo || mid === hi) break;
      if (Math.sign(horner(p, mid)) === Math.sign(flo)) lo = mid;
      else hi = mid;
    }
    pushRoot(out, (lo + hi) / 2 + 0); // + 0 turns -0 into 0
  }
  if (horner(p, knots[knots.length - 1]!) === 0) pushRoot(out, knots[knots.length - 1]!);
  return out;
}

const scaleAt = (c: readonly number[], x: number) =>
  c.reduce((s, a, i) => s + Math.abs(a) * Math.abs(x) ** i, 0);

function pushRoot(out: number[], x: number) {
  if (out.length === 0 || Math.abs(out[out.length - 1]! - x) > 1e-12 * (1 + Math.abs(x))) out.push(x);
}
