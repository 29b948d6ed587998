// Real roots: polynomials are built from the roots they should have (so the expected roots are computed, not
// typed), and every exact root is checked by substituting it back in exact arithmetic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rational } from "./rational.ts";
import { evalAtSurd, numericRoots, realRoots, sqrtRational } from "./roots.ts";

type Coeffs = Rational[];
const mulPoly = (a: Coeffs, b: Coeffs): Coeffs => {
  const out = Array.from({ length: a.length + b.length - 1 }, () => Rational.zero);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = out[i + j]!.add(x.mul(y)))));
  return out;
};
/** (x − r) */
const linear = (r: Rational): Coeffs => [r.neg(), Rational.one];
const horner = (c: Coeffs, x: Rational) => c.reduceRight((acc, a) => acc.mul(x).add(a), Rational.zero);

const smallRational = fc
  .tuple(fc.integer({ min: -12, max: 12 }), fc.integer({ min: 1, max: 6 }))
  .map(([n, d]) => Rational.of(n, d));

describe("rational roots, with multiplicity", () => {
  it("recovers the roots a polynomial was built from", () => {
    fc.assert(
      fc.property(
        fc.array(smallRational, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 7 }),
        (roots, lead) => {
          const p = roots.reduce((acc, r) => mulPoly(acc, linear(r)), [Rational.of(lead)] as Coeffs);
          const found = realRoots(p);
          const distinct = [...new Map(roots.map((r) => [r.toText(), r])).values()].sort((a, b) => a.cmp(b));
          if (found.length !== distinct.length) return false;
          return found.every(
            (f, i) =>
              f.rational !== undefined &&
              f.rational.eq(distinct[i]!) &&
              f.multiplicity === roots.filter((r) => r.eq(distinct[i]!)).length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("irrational roots", () => {
  it("quadratic surds r ± u√m substitute back to exactly 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9, max: 9 }),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(smallRational, { maxLength: 2 }),
        (b, c, a, extra) => {
          const quad = [Rational.of(c), Rational.of(b), Rational.of(a)];
          const p = extra.reduce((acc, r) => mulPoly(acc, linear(r)), quad);
          const disc = b * b - 4 * a * c;
          const found = realRoots(p);
          const surds = found.filter((f) => f.surd);
          for (const f of found) {
            if (f.surd) {
              const v = evalAtSurd(p, f.surd);
              if (!v.r.isZero() || !v.u.isZero()) return false;
            } else if (f.rational) {
              if (!horner(p, f.rational).isZero()) return false;
            } else return false;
          }
          // Irrational roots appear exactly when the discriminant is positive and not a square.
          const square = disc >= 0 && Number.isInteger(Math.sqrt(disc));
          return surds.length === (disc > 0 && !square ? 2 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("√(p/q) is u√m with m square-free", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 50 }), (n, d) => {
        const { u, m } = sqrtRational(Rational.of(n, d));
        const back = u.mul(u).mul(Rational.of(m));
        let squareFree = true;
        for (let f = 2n; f * f <= m; f++) if (m % (f * f) === 0n) squareFree = false;
        return back.eq(Rational.of(n, d)) && squareFree;
      }),
      { numRuns: 300 },
    );
  });

  it("a pure cube root is shown exactly; the casus irreducibilis falls back to decimals", () => {
    const cube = realRoots([Rational.of(-2), Rational.zero, Rational.zero, Rational.one]); // x³ − 2
    expect(cube).toHaveLength(1);
    expect(cube[0]!.how).toBe("cube root");
    expect(cube[0]!.value ** 3).toBeCloseTo(2, 12);
    const three = realRoots([Rational.one, Rational.of(-3), Rational.zero, Rational.one]); // x³ − 3x + 1
    for (const r of three) expect(r.exact).toBeUndefined();
    expect(three[0]!.how).toMatch(/numerically/);
    for (const r of three) expect(Math.abs(r.value ** 3 - 3 * r.value + 1)).toBeLessThan(1e-12);
  });
});

describe("numericRoots", () => {
  it("finds every real root of a product of distinct linear factors, any degree", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 8 }),
        (roots) => {
          const p = roots.reduce((acc, r) => mulPoly(acc, linear(Rational.of(r))), [Rational.one] as Coeffs);
          const found = numericRoots(p.map((c) => c.toNumber()));
          const want = [...roots].sort((a, b) => a - b);
          return (
            found.length === want.length &&
            found.every((x, i) => Math.abs(x - want[i]!) < 1e-6 * (1 + Math.abs(x)))
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("finds double roots where the sign does not change", () => {
    const found = numericRoots([1, -2, 1]); // (x − 1)²
    expect(found).toHaveLength(1);
    expect(found[0]).toBeCloseTo(1, 6);
  });
});
