// Polynomials read from expressions: the reading agrees with evaluating the expression, prints back to text that
// parses to the same polynomial, and says why when an expression is not a polynomial.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../diff/autodiff.ts";
import { add, mul, neg, num, pow, sub, sym, type Node } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";
import { Poly, polynomialOf } from "./polynomial.ts";
import { toText } from "../expr/print-text.ts";
import { Rational } from "./rational.ts";

const VARS = ["x", "y"];

/** Random polynomial expressions built from small integers, x, y, + − ×, negation and small powers. */
const polyExpr: fc.Arbitrary<Node> = fc.letrec<{ e: Node }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: -5, max: 5 }).map((k) => num(k)),
    fc.constantFrom(sym("x"), sym("y")),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => add(a, b)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => sub(a, b)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => mul(a, b)),
    tie("e").map((a) => neg(a)),
    fc.tuple(tie("e"), fc.integer({ min: 0, max: 3 })).map(([a, k]) => pow(a, num(k))),
  ),
})).e;

const point = fc.record({ x: fc.integer({ min: -3, max: 3 }), y: fc.integer({ min: -3, max: 3 }) });

describe("polynomialOf", () => {
  it("reads exactly what the expression computes (exact rational value = float evaluation)", () => {
    fc.assert(
      fc.property(polyExpr, point, (e, at) => {
        const p = polynomialOf(e, VARS);
        if (!p.ok) return false;
        const exact = p.poly.evalExact({ x: Rational.of(at.x), y: Rational.of(at.y) });
        const value = evaluate(e, at);
        return Math.abs(exact.toNumber() - value) <= 1e-9 * (1 + Math.abs(value));
      }),
      { numRuns: 300 },
    );
  });

  it("prints text that parses back to the same polynomial, and toNode is the same polynomial", () => {
    fc.assert(
      fc.property(polyExpr, (e) => {
        const p = polynomialOf(e, VARS);
        if (!p.ok) return false;
        const again = polynomialOf(parse(p.poly.toText()), VARS);
        const viaNode = polynomialOf(p.poly.toNode(), VARS);
        return again.ok && again.poly.sub(p.poly).isZero() && viaNode.ok && viaNode.poly.sub(p.poly).isZero();
      }),
      { numRuns: 300 },
    );
  });

  it("derivative obeys the product rule exactly", () => {
    fc.assert(
      fc.property(polyExpr, (e) => {
        const p = polynomialOf(e, VARS);
        if (!p.ok) return false;
        // (p·x)' = p'·x + p, in exact arithmetic.
        const x = Poly.variable(VARS, "x");
        return p.poly.mul(x).derivative("x").sub(p.poly.derivative("x").mul(x).add(p.poly)).isZero();
      }),
      { numRuns: 200 },
    );
  });

  it("reads decimals exactly: 0.1x is x/10", () => {
    const p = polynomialOf(parse("0.1x + 0.2x"), ["x"]);
    expect(p.ok && p.poly.coeff({ x: 1 }).eq(Rational.of(3, 10))).toBe(true);
  });

  it.each([
    ["sin(x)", "this has sin"],
    ["1/x", "divides by an expression in the variables"],
    ["x^0.5", "fractional power"],
    ["x^(-2)", "negative power"],
    ["x^x", "variable in an exponent"],
    ["pi x^2", "constant π"],
    ["x/(2 - 2)", "divides by zero"],
    ["(x + y)^300", "degree is above"],
  ])("%s is not a polynomial: %s", (text, reason) => {
    const p = polynomialOf(parse(text), VARS);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toContain(reason);
  });

  it("constant exponents and divisions by constants are fine", () => {
    for (const text of ["(x + 1)^2/4", "2^3 x", "x/(1/2)", "(x - y)^0"])
      expect(polynomialOf(parse(text), VARS).ok).toBe(true);
  });
});

describe("printing", () => {
  it("writes what a teacher writes: descending powers, no 1x, no + -", () => {
    const p = polynomialOf(parse("3 - 4x + x^2 - x y"), VARS);
    expect(p.ok && p.poly.toText()).toBe("x^2 - x y - 4x + 3");
    expect(p.ok && p.poly.toLatex()).toBe("x^2 - xy - 4x + 3");
    expect(p.ok && toText(p.poly.toNode())).toBe(toText(parse("x^2 - x y - 4x + 3")));
  });
});

describe("Poly keeps its terms", () => {
  it("entries() hands out copies: changing one does not change the polynomial", () => {
    const p = polynomialOf(parse("3x^2 y + x - 4"), VARS);
    if (!p.ok) throw new Error("not a polynomial");
    const before = p.poly.entries();
    const e = p.poly.entries();
    e[0]![0]![0] = 9;
    e.pop();
    expect(p.poly.entries()).toEqual(before);
    expect(p.poly.evaluate({ x: 2, y: 1 })).toBe(evaluate(parse("3x^2 y + x - 4"), { x: 2, y: 1 }));
  });
});
