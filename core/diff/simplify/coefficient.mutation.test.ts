// The simplifier's fast coefficients where `npm run mutation core/diff/simplify/coefficient.ts` found them loose,
// checked against core/exact's bigint Rational (the methods' exact type) as the oracle: every operation on a grid
// of small fractions gives the same reduced n/d, the kinds combine as the printer needs (float over dec over
// frac), literals read as the decimal a student typed up to 15 places, and exact roots are found or refused.
import { describe, expect, it } from "vitest";
import { Rational } from "../../exact/rational.ts";
import * as q from "./coefficient.ts";

const exact = (c: q.Q) => Rational.of(c.n, c.d);
const same = (c: q.Q, r: Rational) => expect([c.n, c.d]).toStrictEqual([Number(r.n), Number(r.d)]);
/** 1 as a float: 2⁻⁵³ (a float past the safe range, inverted) times 2⁵³, exactly. */
const FLOAT_ONE = q.mul(q.inv(q.fromNumber(2 ** 53)), q.fromNumber(2 ** 53));
/** n/d with the given kind, built as the simplifier builds it (a literal times the inverse of another). */
const frac = (n: number, d: number, kind: q.QKind = "frac"): q.Q => {
  const c = q.mul(q.fromNumber(n), q.inv(q.fromNumber(d)));
  if (kind === "frac") return c;
  return kind === "dec" ? q.mul(q.mul(c, q.fromNumber(0.5)), q.fromNumber(2)) : q.mul(c, FLOAT_ONE);
};
const GRID: q.Q[] = [];
for (const n of [-6, -3, -1, 0, 1, 2, 5, 12]) for (const d of [1, 2, 3, 4, 9]) GRID.push(frac(n, d));

describe("arithmetic on fractions equals bigint Rational's", () => {
  it("add, sub, mul, neg, abs, inv, cmp, eq and the tests, on every pair of the grid", () => {
    for (const a of GRID) {
      const ra = exact(a);
      same(q.neg(a), ra.neg());
      same(q.abs(a), ra.abs());
      expect([q.isZero(a), q.isOne(a), q.isInt(a), q.isNeg(a), q.isPositive(a)]).toStrictEqual([
        ra.isZero(),
        ra.isOne(),
        ra.isInteger(),
        ra.sign() < 0,
        ra.sign() > 0,
      ]);
      expect(q.value(a)).toBe(ra.toNumber());
      if (!ra.isZero()) same(q.inv(a), ra.inv());
      for (const b of GRID) {
        const rb = exact(b);
        same(q.add(a, b), ra.add(rb));
        same(q.sub(a, b), ra.sub(rb));
        same(q.mul(a, b), ra.mul(rb));
        expect(Math.sign(q.cmp(a, b))).toBe(ra.cmp(rb));
        expect(q.eq(a, b)).toBe(ra.eq(rb));
        expect([q.add(a, b).kind, q.mul(a, b).kind]).toStrictEqual(["frac", "frac"]);
      }
    }
  });

  it("integer powers, negative ones included", () => {
    for (const a of GRID)
      for (let k = -3; k <= 4; k++) {
        if (exact(a).isZero() && k < 0) continue;
        const p = q.powInt(a, k);
        same(p, exact(a).pow(k));
        expect(p.kind).toBe("frac");
      }
    expect(q.powInt(frac(3, 10, "dec"), 2)).toStrictEqual({ n: 9, d: 100, kind: "dec" });
    expect(q.powInt(frac(2, 3), 0)).toStrictEqual(q.ONE);
  });

  it("zero is never −0, whatever made it", () => {
    for (const z of [
      q.neg(q.ZERO),
      q.add(frac(1, 2), frac(-1, 2)),
      q.mul(frac(-3, 1), q.ZERO),
      q.fromNumber(-0),
    ])
      expect(Object.is(z.n, 0)).toBe(true);
    expect(Object.is(q.mul(q.fromNumber(-0.1234567890123456), q.ZERO).n, 0)).toBe(true);
  });
});

describe("kinds: how a coefficient will print", () => {
  it("float over dec over frac, whichever side it is on", () => {
    const kinds: q.QKind[] = ["frac", "dec", "float"];
    for (const ka of kinds)
      for (const kb of kinds) {
        const want =
          ka === "float" || kb === "float" ? "float" : ka === "dec" || kb === "dec" ? "dec" : "frac";
        expect([
          q.add(frac(1, 4, ka), frac(3, 2, kb)).kind,
          q.mul(frac(1, 4, ka), frac(3, 2, kb)).kind,
        ]).toStrictEqual([want, want]);
      }
  });

  it("a float stays a float through inv, powers and sums, with the float's value", () => {
    const f = q.fromNumber(0.1234567890123456);
    expect(q.inv(f)).toStrictEqual({ n: 1 / 0.1234567890123456, d: 1, kind: "float" });
    expect(q.powInt(f, 3)).toStrictEqual({ n: Math.pow(0.1234567890123456, 3), d: 1, kind: "float" });
    expect(q.powInt(f, -2)).toStrictEqual({ n: Math.pow(1 / 0.1234567890123456, 2), d: 1, kind: "float" });
    expect(q.add(f, frac(1, 3))).toStrictEqual({ n: 0.1234567890123456 + 1 / 3, d: 1, kind: "float" });
  });

  it("leaving the safe integers turns a result into the float of its value", () => {
    const big = q.fromNumber(2 ** 40);
    expect(q.mul(big, q.fromNumber(2 ** 13))).toStrictEqual({ n: 2 ** 53, d: 1, kind: "float" });
    expect(q.mul(big, q.fromNumber(2 ** 12))).toStrictEqual({ n: 2 ** 52, d: 1, kind: "frac" });
    expect(q.add(q.fromNumber(2 ** 53 - 1), q.ONE)).toStrictEqual({ n: 2 ** 53, d: 1, kind: "float" });
    expect(q.add(frac(1, 2 ** 30), frac(1, 2 ** 30 - 1))).toStrictEqual({
      n: 1 / 2 ** 30 + 1 / (2 ** 30 - 1),
      d: 1,
      kind: "float",
    });
    expect(q.powInt(frac(1, 3), 40)).toStrictEqual({ n: Math.pow(1 / 3, 40), d: 1, kind: "float" });
    expect(q.powInt(q.fromNumber(3), 33)).toStrictEqual({ n: 3 ** 33, d: 1, kind: "frac" });
    expect(q.powInt(q.fromNumber(3), 34).kind).toBe("float");
  });
});

describe("literals: the decimal the student typed", () => {
  it.each([0.5, -2.5, 0.1, 12.75, 0.001, -0.125, 3.141592653589793, 0.123456789012345, 1234.5678])(
    "%s reads as Rational's decimal, kind dec",
    (v) => {
      const c = q.fromNumber(v);
      same(c, Rational.fromNumber(v)!);
      expect([c.kind, q.value(c)]).toStrictEqual(["dec", v]);
    },
  );

  it.each([
    [2 ** 53 - 1, "frac"],
    [-(2 ** 53 - 1), "frac"],
    [2 ** 53, "float"],
    [0.1234567890123456, "float"], // 16 places
    [1.5e-7, "float"], // written with an exponent
    [1e21, "float"],
    [90071992547409.92, "float"], // 15 digits after the point would need a numerator past 2^53
  ])("%s is %s, its value kept", (v, kind) => {
    expect(q.fromNumber(v)).toStrictEqual({ n: v, d: 1, kind });
  });
});

describe("exact roots", () => {
  it("b^m to the 1/m is b for every b up to 200 and m = 2, 3, 5 within the safe range; b^m ± 1 has none", () => {
    for (const m of [2, 3, 5])
      for (let b = 0; b <= 200 && b ** m <= Number.MAX_SAFE_INTEGER; b++) {
        const e = frac(1, m);
        expect(q.powRational(q.fromNumber(b ** m), e)).toStrictEqual(q.fromNumber(b));
        if (b > 1) {
          expect(q.powRational(q.fromNumber(b ** m + 1), e)).toBeNull();
          expect(q.powRational(q.fromNumber(b ** m - 1), e)).toBeNull();
        }
      }
  });

  it("large perfect powers near 2^53 and rational bases", () => {
    expect(q.powRational(q.fromNumber(94906265 ** 2), q.HALF)).toStrictEqual(q.fromNumber(94906265));
    expect(q.powRational(q.fromNumber(208063 ** 3), frac(1, 3))).toStrictEqual(q.fromNumber(208063));
    expect(q.powRational(frac(8, 27), frac(2, 3))).toStrictEqual(frac(4, 9));
    expect(q.powRational(frac(8, 27), frac(-2, 3))).toStrictEqual(frac(9, 4));
    expect(q.powRational(frac(1, 4, "dec"), q.HALF)).toStrictEqual({ n: 1, d: 2, kind: "dec" });
    expect(q.powRational(frac(8, 3), frac(1, 3))).toBeNull();
  });

  it("refused: a negative base, a float base or exponent, 0 to a negative power; 0 to a positive one is 0", () => {
    expect(q.powRational(q.fromNumber(-8), frac(1, 3))).toBeNull();
    expect(q.powRational(q.fromNumber(0.1234567890123456), q.HALF)).toBeNull();
    expect(q.powRational(q.fromNumber(4), q.fromNumber(0.1234567890123456))).toBeNull();
    expect(q.powRational(q.ZERO, frac(-1, 2))).toBeNull();
    expect(q.powRational(q.ZERO, q.HALF)).toStrictEqual(q.ZERO);
    expect(q.powRational(q.fromNumber(-2), q.fromNumber(3))).toStrictEqual(q.fromNumber(-8));
  });
});

describe("what prints as a decimal", () => {
  it("a denominator of 2s and 5s only terminates", () => {
    for (let d = 1; d <= 200; d++) {
      let r = d;
      for (const p of [2, 5]) while (r % p === 0) r /= p;
      expect(q.terminates(frac(1, d))).toBe(r === 1);
    }
  });
});
