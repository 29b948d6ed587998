// Polynomials where `npm run mutation core/exact` found them loose: term order, the zero polynomial, degrees in one
// variable, evaluation, homogeneous parts, and the limits and reasons of polynomialOf at their boundaries.
import { describe, expect, it } from "vitest";
import { MAX_DEGREE, Poly, polynomialOf } from "./polynomial.ts";
import { Rational, q } from "./rational.ts";
import { msg } from "../messages/index.ts";
import { parse } from "../expr/parser.ts";

const read = (f: string, vars: string[]) => {
  const r = polynomialOf(parse(f), vars);
  if (!r.ok) throw new Error(r.reason);
  return r.poly;
};

describe("Poly: the small operations", () => {
  it("fromTerms sums like terms; entries run by total degree, then x before y", () => {
    const p = Poly.fromTerms(
      ["x", "y"],
      [
        [[0, 2], q(1)],
        [[1, 1], q(2)],
        [[2, 0], q(3)],
        [[1, 1], q(-2)],
        [[0, 0], q(5)],
        [[1, 0], q(1)],
        [[0, 1], q(1)],
      ],
    );
    expect(p.entries().map(([e, c]) => [e, c.toText()])).toEqual([
      [[2, 0], "3"],
      [[0, 2], "1"],
      [[1, 0], "1"],
      [[0, 1], "1"],
      [[0, 0], "5"],
    ]);
  });

  it("zero: constant 0, scale by 0, p − p; its degree is −∞", () => {
    const x = Poly.variable(["x"], "x");
    for (const z of [Poly.constant(["x"], Rational.zero), x.scale(Rational.zero), x.sub(x)]) {
      expect(z.isZero()).toBe(true);
      expect(z.terms.size).toBe(0);
      expect(z.degree()).toBe(-Infinity);
    }
    expect(x.isZero()).toBe(false);
    expect(Poly.constant(["x"], q(3)).isZero()).toBe(false);
  });

  it("degree in one variable, and in a variable it does not have", () => {
    const p = read("x^3 y + y^2", ["x", "y"]);
    expect([p.degreeIn("x"), p.degreeIn("y"), p.degreeIn("z")]).toEqual([3, 2, 0]);
    expect(Poly.constant(["x"], Rational.zero).degreeIn("x")).toBe(-Infinity);
  });

  it("coefficients of one variable, index = power", () => {
    expect(
      read("2x^3 - x + 1/2", ["x"])
        .coefficients1()
        .map((c) => c.toText()),
    ).toEqual(["1/2", "-1", "0", "2"]);
    expect(
      Poly.constant(["x"], Rational.zero)
        .coefficients1()
        .map((c) => c.toText()),
    ).toEqual(["0"]);
  });

  it("evaluate agrees with evalExact; a missing variable is 0", () => {
    const p = read("x^2 y - 3y + x/2 + 7", ["x", "y"]);
    for (const [x, y] of [
      [1, 2],
      [-3, 0.5],
      [0, 0],
    ] as const) {
      expect(p.evaluate({ x, y })).toBe(
        p.evalExact({ x: q(x * 2, 2), y: Rational.fromNumber(y)! }).toNumber(),
      );
    }
    expect(p.evaluate({ x: 2 })).toBe(p.evalExact({ x: q(2) }).toNumber());
    expect(p.evaluate({})).toBe(7);
  });

  it("the homogeneous part of each degree", () => {
    const p = read("x^2 + 3x y - y + 4", ["x", "y"]);
    expect(p.homogeneous(2).toText()).toBe("x^2 + 3x y");
    expect(p.homogeneous(1).toText()).toBe("-y");
    expect(p.homogeneous(0).toText()).toBe("4");
    expect(p.homogeneous(3).isZero()).toBe(true);
  });

  it("derivative in a variable it does not have is zero", () =>
    expect(read("x^2", ["x"]).derivative("y").isZero()).toBe(true));
});

describe("polynomialOf: limits and reasons at their boundaries", () => {
  it.each<[string, string[], ReturnType<typeof msg> | null]>([
    [`x^${MAX_DEGREE}`, ["x"], null],
    [`x^${MAX_DEGREE + 1}`, ["x"], msg("poly.degree", { n: String(MAX_DEGREE) })],
    [`x^100 * x^${MAX_DEGREE - 100}`, ["x"], null],
    [`x^100 * x^${MAX_DEGREE - 99}`, ["x"], msg("poly.degree", { n: String(MAX_DEGREE) })],
    ["pi x", ["x"], msg("poly.constant", { name: "π" })],
    ["e x", ["x"], msg("poly.constant", { name: "e" })],
    ["x + z", ["x"], msg("poly.unknownVar", { name: "z" })],
    ["(1 + x + y + z + w)^25", ["x", "y", "z", "w"], msg("poly.tooManyTerms", { n: "20000" })],
    ["(1 + x + y + z + w)^20", ["x", "y", "z", "w"], null],
  ])("%s", (f, vars, reason) => {
    const r = polynomialOf(parse(f), vars);
    if (reason === null) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, reasonMsg: reason });
  });
});
