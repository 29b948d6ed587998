// The search behind realRoots at its limits, where `npm run mutation core/exact` found it loose: √ of a square whose
// prime lies beyond the trial divisors, a surd substituted into a polynomial that does not vanish there, and
// numericRoots with a small leading coefficient, no real root, roots twelve orders of magnitude apart and double roots
// that land a rounding error off a knot. Expected values come from exact arithmetic (realRoots, Rational) or from the
// roots a polynomial was built from, never typed in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rational, q } from "./rational.ts";
import { evalAtSurd, numericRoots, realRoots, sqrtRational, surdValue } from "./roots.ts";

const hornerNum = (c: readonly number[], x: number) => c.reduceRight((acc, a) => acc * x + a, 0);
const mulNum = (a: readonly number[], b: readonly number[]) => {
  const out = Array.from({ length: a.length + b.length - 1 }, () => 0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = out[i + j]! + x * y)));
  return out;
};
/** The first prime above n, by trial division. */
const primeAbove = (n: bigint) => {
  for (let p = n + 1n; ; p++) {
    let prime = true;
    for (let f = 2n; f * f <= p && prime; f++) if (p % f === 0n) prime = false;
    if (prime) return p;
  }
};

describe("sqrtRational beyond the trial divisors", () => {
  it.each<[string, bigint]>([
    ["p²", 1n],
    ["p²/4", 4n],
  ])("%s, p the first prime above 10⁶: the square is still taken out", (_, d) => {
    const p = primeAbove(10n ** 6n);
    const x = Rational.of(p * p, d);
    const { u, m } = sqrtRational(x);
    expect(u.mul(u).mul(Rational.of(m)).eq(x)).toBe(true);
    // √(p²/d) = (p/d)·√d: only the part of d that is not a square stays under the root.
    const { u: ud, m: md } = sqrtRational(Rational.of(d));
    expect(m).toBe(md);
    expect(u.eq(Rational.of(p, d).mul(ud))).toBe(true);
  });
});

describe("evalAtSurd where the polynomial does not vanish", () => {
  const small = fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 4 }));
  it("agrees with the value at r + u√m, and keeps m", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 5 }),
        small,
        small,
        fc.constantFrom(2n, 3n, 5n, 6n, 7n),
        (c, [rn, rd], [un, ud], m) => {
          const s = { r: q(rn, rd), u: q(un, ud), m };
          const at = evalAtSurd(
            c.map((a) => q(a)),
            s,
          );
          const x = surdValue(s);
          const want = hornerNum(c, x);
          const scale = c.reduce((acc, a, i) => acc + Math.abs(a) * Math.abs(x) ** i, 1);
          return at.m === m && Math.abs(surdValue(at) - want) <= 1e-12 * scale;
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a constant is its own value, with no √m part", () => {
    const at = evalAtSurd([q(7, 3)], { r: q(1), u: q(2), m: 5n });
    expect(at.r.eq(q(7, 3)) && at.u.isZero()).toBe(true);
  });
});

/** numericRoots against the exact roots of the same coefficients, read as rationals. */
function againstExact(c: readonly number[], relative: number) {
  const found = numericRoots(c);
  const exact = realRoots(c.map((a) => Rational.fromNumber(a)!)).map((r) => r.value);
  expect(found).toHaveLength(exact.length);
  found.forEach((x, i) =>
    expect(Math.abs(x - exact[i]!)).toBeLessThanOrEqual(relative * Math.abs(exact[i]!) + 1e-30),
  );
}

describe("numericRoots where its knots and bisection are tested", () => {
  it.each<[string, number[]]>([
    ["x²/4 − 2: a small leading coefficient widens the bound", [-2, 0, 0.25]],
    ["x² + 1: no real root", [1, 0, 1]],
    ["x⁴ + 1: no real root", [1, 0, 0, 0, 1]],
    ["x² + 10¹²x: roots twelve orders of magnitude apart", [0, 1e12, 1]],
  ])("%s", (_, c) => againstExact(c, 1e-15));

  it("(x − 1.6)²(x − 1.7)²: double roots where p is a rounding error off 0 at the knot", () => {
    const [a, b] = [1.6, 1.7];
    const c = mulNum(mulNum([-a, 1], [-a, 1]), mulNum([-b, 1], [-b, 1]));
    expect(hornerNum(c, numericRoots(c.slice(1).map((k, i) => k * (i + 1)))[2]!)).not.toBe(0);
    const found = numericRoots(c);
    expect(found).toHaveLength(2);
    expect(Math.abs(found[0]! - a)).toBeLessThan(1e-7);
    expect(Math.abs(found[1]! - b)).toBeLessThan(1e-7);
  });
});
