// The written-out arguments for a singular Hessian: each rule with the rows it must decide, and rows it must leave
// undecided (a label there would be a guess). Natures agree with what f does along lines through the point, which
// the last test checks by evaluating f itself.
import { describe, expect, it } from "vitest";
import { higherOrder } from "./higher-order.ts";
import { jacobiEigenvalues } from "../exact/matrix.ts";
import { variables } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { semidefinite } from "./critical-points-n.ts";
import { evaluate } from "../diff/autodiff.ts";

type Row = [expr: string, at: number[], nature: "minimum" | "maximum" | "saddle" | null, rule: string | null];

const ROWS: Row[] = [
  // f − f(p) = t³ along (1, 1, 1): odd lowest order.
  ["x y z", [0, 0, 0], "saddle", "crit.oddOrder"],
  ["x y z - z^4", [0, 0, 0], "saddle", "crit.oddOrder"],
  ["x^3 - 3x y^2", [0, 0], "saddle", "crit.oddOrder"],
  // x y z w: even lowest order, + along (1, 1, 1, 1) and − along (−1, 1, 1, 1).
  ["x y z w", [0, 0, 0, 0], "saddle", "crit.bothSigns"],
  ["x y z", [0, 0, 2], "saddle", "crit.bothSigns"],
  // Every term an even power with one sign.
  ["x^4 + y^4 + z^4", [0, 0, 0], "minimum", "crit.evenPowersMin"],
  ["x^2 + y^4", [0, 0], "minimum", "crit.evenPowersMin"],
  ["-x^2 y^2 - z^4", [0, 0, 0], "maximum", "crit.evenPowersMax"],
  ["(x - 1)^2 (y + 2)^2 + z^4", [1, -2, 0], "minimum", "crit.evenPowersMin"],
  // A quadratic form with a semidefinite Hessian: a line (plane) of minima or maxima.
  ["(x + y)^2 + z^2", [0, 0, 0], "minimum", "crit.semidefiniteMin"],
  ["-(x - y)^2 - 3z^2 + 1", [0, 0, 0], "maximum", "crit.semidefiniteMax"],
  // Undecided: the lowest order is semidefinite and the next order matters (x³ along x), or the point is not an
  // exact critical point.
  ["x^3 + y^2 + z^2", [0, 0, 0], null, null],
  ["x^2 + y^3", [0, 0], null, null],
  ["x^4 + y^4 + z^4", [1e-7, 0, 0], null, null],
];

describe("higherOrder: a label only with an argument", () => {
  it.each(ROWS)("%s at %j → %s", (expr, at, nature, rule) => {
    const node = parse(expr);
    const vars = variables(node);
    const read = polynomialOf(node, vars);
    if (!read.ok) throw new Error("not a polynomial");
    const x = Object.fromEntries(vars.map((v, i) => [v, at[i]!]));
    const H = vars.map((v) => vars.map((w) => read.poly.derivative(v).derivative(w).evaluate(x)));
    const r = higherOrder(read.poly, vars, x, jacobiEigenvalues(H));
    expect(r?.nature ?? null).toBe(nature);
    expect(r?.reasonMsg.id ?? null).toBe(rule);
    if (!r) return;
    // The label matches f itself on a small sphere of lines through the point.
    const f0 = evaluate(node, x);
    let lower = false;
    let higher = false;
    for (let k = 0; k < 4 ** vars.length; k++) {
      const u = vars.map((_, i) => (Math.floor(k / 4 ** i) % 4) - 1.5);
      const d = evaluate(node, Object.fromEntries(vars.map((v, i) => [v, x[v]! + 1e-2 * u[i]!]))) - f0;
      if (d < -1e-15) lower = true;
      if (d > 1e-15) higher = true;
    }
    expect({ lower, higher }).toEqual(
      nature === "saddle"
        ? { lower: true, higher: true }
        : nature === "minimum"
          ? { lower: false, higher: true }
          : { lower: true, higher: false },
    );
  });
});

describe("semidefinite: exact, in rationals", () => {
  const m = (rows: number[][]) => rows.map((r) => r.map((v) => Rational.of(v)));
  it.each<[string, number[][], boolean]>([
    [
      "identity",
      [
        [1, 0],
        [0, 1],
      ],
      true,
    ],
    [
      "zero",
      [
        [0, 0],
        [0, 0],
      ],
      true,
    ],
    [
      "rank one (x + y)²",
      [
        [2, 2],
        [2, 2],
      ],
      true,
    ],
    [
      "indefinite x y",
      [
        [0, 1],
        [1, 0],
      ],
      false,
    ],
    [
      "negative diagonal",
      [
        [1, 0],
        [0, -1],
      ],
      false,
    ],
    [
      "positive diagonal, negative determinant",
      [
        [1, 2],
        [2, 1],
      ],
      false,
    ],
    [
      "3 × 3 semidefinite, rank 2",
      [
        [2, -1, 1],
        [-1, 2, 1],
        [1, 1, 2],
      ],
      true,
    ],
    [
      "3 × 3 just indefinite",
      [
        [2, -1, 1],
        [-1, 2, 1],
        [1, 1, 1],
      ],
      false,
    ],
  ])("%s", (_, rows, psd) => expect(semidefinite(m(rows))).toBe(psd));
});
