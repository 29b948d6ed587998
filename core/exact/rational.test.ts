// Exact rationals: normal form, decimal reading of JS numbers, and arithmetic checked against bigint identities
// rather than typed-in answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rational, gcd, q } from "./rational.ts";

const rational = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
  .map(([n, d]) => Rational.of(n, d));

const normal = (r: Rational) => r.d > 0n && gcd(r.n, r.d) === 1n;
/** A denominator made of 2s and 5s only: the value is an exact decimal. */
function decimalDenominator(d: bigint): boolean {
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

describe("normal form", () => {
  it("keeps gcd 1, a positive denominator, the sign on the numerator", () => {
    fc.assert(
      fc.property(rational, (r) => normal(r)),
      { numRuns: 500 },
    );
    expect(q(2, -4).toText()).toBe("-1/2");
    expect(() => q(1, 0)).toThrow(RangeError);
  });
});

describe("fromNumber reads the shortest decimal string", () => {
  // Each number's expected fraction is its own decimal string read as digits over a power of ten.
  it.each(["0.1", "0.25", "-1.5", "3", "1e-7", "2.5e-8", "1e+21", "-0.3", "123.456"])("%s", (s) => {
    const r = Rational.fromNumber(Number(s))!;
    const [mant, exp = "0"] = s.split("e");
    const [int, frac = ""] = mant!.split(".");
    const e = Number(exp) - frac.length;
    const n = BigInt(int! + frac);
    const expected = e >= 0 ? q(n * 10n ** BigInt(e)) : q(n, 10n ** BigInt(-e));
    expect(r.eq(expected)).toBe(true);
  });

  it("round-trips every finite double and lands on a decimal denominator", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        const r = Rational.fromNumber(x)!;
        return normal(r) && decimalDenominator(r.d) && r.toNumber() === (x === 0 ? 0 : x);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses NaN and infinities", () => {
    expect(Rational.fromNumber(NaN)).toBeNull();
    expect(Rational.fromNumber(Infinity)).toBeNull();
  });
});

describe("arithmetic", () => {
  it("add/sub/mul/div are inverse where they should be", () => {
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        if (!a.add(b).sub(b).eq(a)) return false;
        if (!b.isZero() && !a.mul(b).div(b).eq(a)) return false;
        return a.add(b).eq(b.add(a)) && a.mul(b).eq(b.mul(a));
      }),
      { numRuns: 500 },
    );
  });

  it("cmp agrees with cross-multiplication and with the doubles for moderate values", () => {
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        const c = a.cmp(b);
        const cross = a.n * b.d - b.n * a.d;
        return c === (cross < 0n ? -1 : cross > 0n ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });

  it("integer powers, negative included", () => {
    fc.assert(
      fc.property(rational, fc.integer({ min: -4, max: 4 }), (a, k) => {
        if (a.isZero() && k < 0) return true;
        let expected = Rational.one;
        for (let i = 0; i < Math.abs(k); i++) expected = expected.mul(a);
        return a.pow(k).eq(k < 0 ? expected.inv() : expected);
      }),
      { numRuns: 300 },
    );
  });

  it("toNumber does not overflow on huge numerators and denominators", () => {
    const big = q(10n ** 400n + 1n, 3n * 10n ** 400n);
    expect(Math.abs(big.toNumber() - 1 / 3)).toBeLessThan(1e-15);
  });
});

describe("printing", () => {
  it.each([
    [q(3), "3", "3"],
    [q(-1, 4), "-1/4", "-\\frac{1}{4}"],
    [q(7, 2), "7/2", "\\frac{7}{2}"],
    // Long round integers as m × 10^k (the expression printer's spelling), never a row of digits.
    [q(10n ** 308n), "1e+308", "10^{308}"],
    [q(-(10n ** 308n)), "-1e+308", "-10^{308}"],
    [q(25n * 10n ** 29n), "2.5e+30", "2.5 \\times 10^{30}"],
    [q(1n, 10n ** 30n), "1/1e+30", "\\frac{1}{10^{30}}"],
    // Below 22 digits, or more than 15 digits before the zeros: the digits themselves.
    [q(10n ** 20n), "100000000000000000000", "100000000000000000000"],
    [q(1234567890123456n * 10n ** 10n), "12345678901234560000000000", "12345678901234560000000000"],
  ])("%s", (r, text, latex) => {
    expect(r.toText()).toBe(text);
    expect(r.toLatex()).toBe(latex);
  });

  it("a long round integer's text reads back as the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 21, max: 300 }), (m, k) => {
        const r = q(BigInt(m) * 10n ** BigInt(k));
        expect(r.toText().length).toBeLessThan(20);
        expect(Rational.fromNumber(Number(r.toText()))?.eq(r)).toBe(true);
      }),
    );
  });
});

describe("gcd", () => {
  /** Euclid on bigint all the way: the reference for the fast path on doubles below 2⁵³. */
  const slow = (a: bigint, b: bigint): bigint => {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b !== 0n) [a, b] = [b, a % b];
    return a;
  };
  const M61 = 2n ** 61n - 1n; // a prime above 2⁵³: a common factor the doubles could not hold
  it.each([
    ["both below 2⁵³", 2n ** 52n * 3n, 2n ** 40n * 9n],
    ["the largest safe integer", 2n ** 53n - 1n, (2n ** 53n - 1n) / 7n],
    ["one at 2⁵³, one below", 2n ** 53n, 6n],
    ["both above 2⁵³ with a large common prime", M61 * 12n, M61 * 18n],
    ["above, then below after one step", 10n ** 30n + 7n, 10n ** 15n],
    ["a decimal and a power of ten", 6499999999999999n, 10n ** 16n],
    ["negative and huge", -(M61 * M61 * 5n), M61 * 35n],
  ])("%s: the same as Euclid on bigint", (_, a, b) => {
    expect(gcd(a, b)).toBe(slow(a, b));
    expect(gcd(b, a)).toBe(slow(a, b));
  });
  it("agrees with Euclid on bigint across 2⁵³", () => {
    const big = fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n });
    fc.assert(
      fc.property(
        big,
        big,
        fc.bigInt({ min: 1n, max: 2n ** 40n }),
        (a, b, k) => gcd(a * k, b * k) === slow(a * k, b * k),
      ),
      { numRuns: 500 },
    );
  });
});
