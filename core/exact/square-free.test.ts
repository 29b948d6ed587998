// Square-free parts: a product of distinct irreducible factors, each to a drawn power, comes apart into the
// products of the factors sharing each power, exactly (the expected parts are built from the draw, not typed).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Rational, q } from "./rational.ts";
import { squareFree } from "./square-free.ts";

type Coeffs = Rational[];
const poly = (...c: number[]): Coeffs => c.map((x) => q(x));
const mul = (a: Coeffs, b: Coeffs): Coeffs => {
  const out = Array.from({ length: a.length + b.length - 1 }, () => Rational.zero);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = out[i + j]!.add(x.mul(y)))));
  return out;
};
const power = (a: Coeffs, k: number): Coeffs => Array.from({ length: k }, () => a).reduce(mul, poly(1));
const text = (c: Coeffs) => c.map((a) => a.toText()).join(" ");

// Irreducible over Q, pairwise coprime, monic: x − 3, x² − 2, x² + 1, x² − x − 1, x³ − 2x − 2.
const BASES: Coeffs[] = [poly(-3, 1), poly(-2, 0, 1), poly(1, 0, 1), poly(-1, -1, 1), poly(-2, -2, 0, 1)];

describe("squareFree", () => {
  it("splits a product of distinct irreducibles by the power each appears to", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: BASES.length, maxLength: BASES.length }),
        fc.integer({ min: -3, max: 3 }).filter((c) => c !== 0),
        (powers, lead) => {
          const p = BASES.reduce((acc, b, i) => mul(acc, power(b, powers[i]!)), poly(lead));
          const want = [1, 2, 3]
            .map((k) => ({
              factor: BASES.filter((_, i) => powers[i] === k).reduce(mul, poly(1)),
              multiplicity: k,
            }))
            .filter((w) => w.factor.length > 1);
          const got = squareFree(p);
          return (
            got.length === want.length &&
            got.every(
              (g, i) => g.multiplicity === want[i]!.multiplicity && text(g.factor) === text(want[i]!.factor),
            )
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each<[string, Coeffs, [string, number][]]>([
    ["the zero polynomial", [], []],
    ["a constant", poly(5), []],
    ["2x + 1: made monic", poly(1, 2), [[text([q(1, 2), q(1)]), 1]]],
    ["(2x + 1)²", poly(1, 4, 4), [[text([q(1, 2), q(1)]), 2]]],
    ["x⁴ (one factor, to the fourth)", poly(0, 0, 0, 0, 1), [[text(poly(0, 1)), 4]]],
  ])("%s", (_, p, want) => {
    expect(squareFree(p).map((g) => [text(g.factor), g.multiplicity])).toEqual(want);
  });
});
