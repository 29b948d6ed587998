// Rationals where `npm run mutation core/exact` found them loose: toNumber's correct rounding on huge and tiny parts
// (checked against the doubles themselves, read bit for bit as exact rationals), ties rounding to even, and the small
// predicates. No expected numbers typed in: every double's exact value comes from its IEEE bits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rational, gcd, q } from "./rational.ts";

/** A finite double's exact value as n / d, from its bits: (2^52 + f)·2^(e − 1075), or f·2^−1074 when subnormal. */
function exactOf(x: number): Rational {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  const f = bits & ((1n << 52n) - 1n);
  const m = e === 0 ? f : (1n << 52n) + f;
  const p = e === 0 ? -1074 : e - 1075;
  const r = p >= 0 ? q(m << BigInt(p)) : q(m, 1n << BigInt(-p));
  return negative ? r.neg() : r;
}
/** The next double up from a positive finite x, and whether x's last mantissa bit is 0. */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}
function even(x: number): boolean {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return (view.getBigUint64(0) & 1n) === 0n;
}
/** The same value with numerator and denominator both multiplied by a huge factor (so the slow path runs). */
const huge = (r: Rational) => ({ n: r.n * 3n ** 700n, d: r.d * 3n ** 700n });
const unreduced = ({ n, d }: { n: bigint; d: bigint }) => Rational.of(n, d);

const DOUBLES = [
  1,
  -1,
  1 / 3,
  -2 / 7,
  0.1,
  2 ** 53 + 2,
  2 ** 60 * 3,
  1e300,
  -1e300,
  Number.MAX_VALUE,
  1e-300,
  2 ** -1022, // the smallest normal
  2 ** -1022 - 2 ** -1074, // the largest subnormal
  2 ** -1060 * 5,
  -(2 ** -1070) * 3,
  Number.MIN_VALUE,
  // Normal doubles just above the subnormals, where the subnormal path used to round twice.
  -7.98360073725025e-308,
  2 ** -1021 * (1 + 2 ** -52),
  2 ** -1020 - 2 ** -1073,
];

describe("toNumber: the nearest double, correctly rounded", () => {
  it.each(DOUBLES)("%d read back exactly", (x) => {
    const r = exactOf(x);
    expect(r.toNumber()).toBe(x);
    expect(Rational.of(huge(r).n, huge(r).d).toNumber()).toBe(x);
  });

  it.each(DOUBLES.filter((x) => x > 0 && x < Number.MAX_VALUE))("halfway above %d: ties go to even", (x) => {
    const lo = exactOf(x);
    const hi = exactOf(nextUp(x));
    const mid = lo.add(hi).div(q(2));
    const below = mid.sub(hi.sub(lo).div(q(1000)));
    const above = mid.add(hi.sub(lo).div(q(1000)));
    expect(mid.toNumber()).toBe(even(x) ? x : nextUp(x));
    expect(below.toNumber()).toBe(x);
    expect(above.toNumber()).toBe(nextUp(x));
    expect(unreduced(huge(mid)).toNumber()).toBe(even(x) ? x : nextUp(x));
  });

  it("every double near the subnormals reads back exactly, and from its shortest decimal", () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -1024, max: 2 ** -1018, noNaN: true }), (x) => {
        const r = exactOf(x);
        return (
          r.toNumber() === x &&
          unreduced(huge(r)).toNumber() === x &&
          Rational.fromNumber(x)!.toNumber() === x
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("beyond the largest double: infinity; below half the smallest: zero, with the sign", () => {
    const max = exactOf(Number.MAX_VALUE);
    expect(max.mul(q(2)).toNumber()).toBe(Infinity);
    expect(max.mul(q(-2)).toNumber()).toBe(-Infinity);
    const min = exactOf(Number.MIN_VALUE);
    expect(min.div(q(3)).toNumber()).toBe(0);
    expect(min.div(q(-3)).toNumber()).toBe(-0);
    expect(min.mul(q(2, 3)).toNumber()).toBe(Number.MIN_VALUE);
  });
});

describe("the small parts", () => {
  it.each([
    [q(-3, 4), { abs: q(3, 4), sign: -1, isZero: false, isOne: false, isInteger: false }],
    [q(0), { abs: q(0), sign: 0, isZero: true, isOne: false, isInteger: true }],
    [q(1), { abs: q(1), sign: 1, isZero: false, isOne: true, isInteger: true }],
    [q(-1), { abs: q(1), sign: -1, isZero: false, isOne: false, isInteger: true }],
    [q(1, 2), { abs: q(1, 2), sign: 1, isZero: false, isOne: false, isInteger: false }],
    [q(5), { abs: q(5), sign: 1, isZero: false, isOne: false, isInteger: true }],
  ])("%s", (r, want) => {
    expect(r.abs().eq(want.abs)).toBe(true);
    expect([r.sign(), r.isZero(), r.isOne(), r.isInteger()]).toEqual([
      want.sign,
      want.isZero,
      want.isOne,
      want.isInteger,
    ]);
    expect(r.neg().add(r).isZero()).toBe(true);
    expect(r.neg().d).toBe(r.d);
    expect(String(r)).toBe(r.toText());
  });

  it("cmp and eq on equal, smaller and larger values", () => {
    expect([q(1, 2).cmp(q(2, 4)), q(1, 3).cmp(q(1, 2)), q(1, 2).cmp(q(1, 3))]).toEqual([0, -1, 1]);
    expect([q(1, 2).eq(q(2, 4)), q(1, 2).eq(q(1, 3)), q(1, 3).eq(q(2, 3))]).toEqual([true, false, false]);
  });

  it("division by zero and the inverse of zero throw; pow(0) is one", () => {
    expect(() => q(1).div(q(0))).toThrow(RangeError);
    expect(() => q(0).inv()).toThrow(RangeError);
    expect(q(-2, 3).pow(0).isOne()).toBe(true);
    expect(q(-2, 3).inv().eq(q(-3, 2))).toBe(true);
  });

  it("gcd of signed and zero arguments is non-negative", () => {
    expect([gcd(-12n, 18n), gcd(12n, -18n), gcd(0n, -5n), gcd(-5n, 0n), gcd(0n, 0n)]).toEqual([
      6n,
      6n,
      5n,
      5n,
      0n,
    ]);
  });

  it("normal form: a negative denominator and a common factor", () => {
    const r = Rational.of(6n, -4n);
    expect([r.n, r.d]).toEqual([-3n, 2n]);
    const one = Rational.of(-7, -7);
    expect([one.n, one.d]).toEqual([1n, 1n]);
  });

  it("fromNumber: integers, negative exponents, and the sign", () => {
    expect(Rational.fromNumber(-0)!.isZero()).toBe(true);
    expect(Rational.fromNumber(-25)!.eq(q(-25))).toBe(true);
    expect(Rational.fromNumber(-2.5e-8)!.eq(q(-25, 10n ** 9n))).toBe(true);
    expect(Rational.fromNumber(-Infinity)).toBeNull();
  });

  it("LaTeX of negative and positive fractions and of integers", () => {
    expect([q(-3).toLatex(), q(3, 4).toLatex(), q(-3, 4).toLatex()]).toEqual([
      "-3",
      "\\frac{3}{4}",
      "-\\frac{3}{4}",
    ]);
  });
});
