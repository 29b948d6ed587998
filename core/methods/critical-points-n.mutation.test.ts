// ∇f = 0 in several variables, pinned where `npm run mutation core/methods/critical-points-n.ts` found it loose: the
// board lines it adds (the linear system's solution, a free line or set, no solution; Newton's count of starts and
// points), the order of the points, their snapping to integers, and the exact semidefiniteness test. Verdicts come
// from properties (∇f exactly 0 at the point, in rationals; eigenvalues' signs), not typed-in numbers.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables } from "../expr/node.ts";
import { derivative } from "../diff/derivative.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { jacobiEigenvalues } from "../exact/matrix.ts";
import { semidefinite, solveGradient } from "./critical-points-n.ts";
import { evaluator } from "./limits.ts";
import { fmt } from "./result.ts";
import { SYMBOL } from "./print-maths.ts";
import { msg, reasoned } from "../messages/index.ts";

const solve = (text: string) => {
  const node = parse(text);
  const vars = variables(node);
  const grad = vars.map((v) => derivative(node, v));
  const H = grad.map((g) => vars.map((v) => derivative(g, v)));
  const read = polynomialOf(node, vars);
  const poly = read.ok ? read.poly : null;
  return { node, vars, poly, s: solveGradient(node, grad, H, vars, poly) };
};
const exactly = (x: Record<string, number>) =>
  Object.fromEntries(Object.entries(x).map(([v, t]) => [v, Rational.fromNumber(t)!]));

describe("quadratics: the linear system ∇f = 0, solved in rationals", () => {
  it.each<[string, string[]]>([
    ["x^2 + x y + y^2 - 3x", []],
    ["x^2 + 2x y + y^2 - 2x - 2y", ["y"]],
    ["(x + y + z)^2 - 2(x + y + z)", ["y", "z"]],
    ["x^2 - 3y^2 + 6y", []],
  ])("%s: free variables %j", (text, free) => {
    const { vars, poly, s } = solve(text);
    expect(s.points).toHaveLength(1);
    const [p] = s.points;
    const at = exactly(p!.x);
    // The point solves ∇f = 0 exactly, and f there is given exactly.
    for (const v of vars) expect(poly!.derivative(v).evalExact(at).isZero()).toBe(true);
    expect(p!.fExact).toStrictEqual({ text: String(poly!.evalExact(at)), latex: p!.fExact!.latex });
    expect(p!.exact!.text).toBe(vars.map((v) => `${v} = ${String(at[v])}`).join(", "));
    expect(s.notes).toStrictEqual([
      {
        ...(free.length
          ? {
              says: msg(free.length === 1 ? "crit.freeLine" : "crit.freeSet", {
                point: p!.exact!.text,
                free: free.join(", "),
              }),
            }
          : {}),
        shows: p!.exact,
        note: msg("crit.linearNote"),
      },
    ]);
  });

  it.each<[string, "crit.quadNoCritical" | "crit.linearN"]>([
    ["x^2 + 2x y + y^2 + x", "crit.quadNoCritical"],
    ["x + 2y", "crit.linearN"],
    ["x^2 + y", "crit.quadNoCritical"],
  ])("%s: no solution, and f is unbounded below", (text, id) => {
    expect(solve(text).s).toStrictEqual({
      points: [],
      notes: [
        {
          says: msg("crit.noSolution"),
          shows: [SYMBOL.nabla, "f", SYMBOL.ne, "0"],
          note: msg("crit.inconsistentNote"),
        },
      ],
      globalLimits: [{ value: -Infinity, where: "", ...reasoned(msg(id)) }],
    });
  });

  it.each([
    ["x^2 - 3y^2 + 6y", -6],
    ["-x^2 - y^2", -2],
  ])("%s: not semidefinite, unbounded below along the eigenvalue %d's direction", (text) => {
    const { vars, poly, s } = solve(text);
    // A diagonal Hessian here: its entries are twice the squares' coefficients.
    const eig = Math.min(
      ...vars.map((v) => 2 * poly!.coefficient(vars.map((w) => (w === v ? 2 : 0))).toNumber()),
    );
    expect(s.globalLimits).toStrictEqual([
      { value: -Infinity, where: "", ...reasoned(msg("crit.quadNegative", { eig: fmt(eig, 6) })) },
    ]);
  });

  it("semidefinite and solvable: no global limit from the quadratic", () =>
    expect(solve("x^2 + x y + y^2 - 3x").s.globalLimits).toStrictEqual([]));
});

describe("Newton from a grid of starts", () => {
  it("x⁴ − 2x² + y⁴ − 2y²: nine points, in order, snapped to integers where ∇f is exactly 0", () => {
    const { node, vars, s } = solve("x^4 - 2x^2 + y^4 - 2y^2");
    const pts = s.points.map((p) => vars.map((v) => p.x[v]!));
    expect(pts).toHaveLength(9);
    for (const p of pts) expect(p.every(Number.isInteger)).toBe(true);
    for (const p of s.points) for (const v of vars) expect(evaluator(derivative(node, v))(p.x)).toBe(0);
    const sorted = [...pts].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(pts).toStrictEqual(sorted);
    expect(new Set(pts.map((p) => p.join())).size).toBe(9);
  });

  // The grid: 11 values a side in two variables, 5 in three, 3 in four or more, plus the five lowest samples.
  it.each<[string, number]>([
    ["x^4 - 2x^2 + y^4 - 2y^2", 11 ** 2 + 5],
    ["x^2 + exp(y) + exp(-y)", 11 ** 2 + 5],
    ["exp(x) + exp(y)", 11 ** 2 + 5],
    ["x^4 + y^2 + z^2 - x^2", 5 ** 3 + 5],
    ["x^4 + y^2 + z^2 + w^2", 3 ** 4 + 5],
  ])("%s: the note counts %d starts and the points found", (text, starts) => {
    const { s } = solve(text);
    const n = s.points.length;
    expect(s.notes).toStrictEqual([
      {
        says: msg(n === 1 ? "crit.newton.one" : "crit.newton.other", {
          starts: String(starts),
          n: String(n),
        }),
        shows: msg(n === 1 ? "crit.newtonLatex.one" : "crit.newtonLatex.other", { n: String(n) }),
        note: msg("crit.numericNote"),
      },
    ]);
  });

  it("the two lowest grid samples are handed on for the far rays", () => {
    const { vars, node, s } = solve("(x - 2)^4 + (y + 3)^4 + x y");
    const f = evaluator(node);
    const grid = Array.from({ length: 121 }, (_, k) => [(k % 11) - 5, Math.floor(k / 11) - 5]);
    const lowest = grid
      .map((p) => ({ p, v: f({ x: p[0]!, y: p[1]! }) }))
      .sort((a, b) => a.v - b.v)
      .slice(0, 2)
      .map(({ p }) => Object.fromEntries(vars.map((v, i) => [v, p[i]!])));
    expect(s.lowPoints).toStrictEqual(lowest);
  });
});

describe("semidefinite: exact, against the eigenvalues' signs", () => {
  const q = (rows: number[][]) => rows.map((r) => r.map((v) => Rational.of(BigInt(v))));
  it.each<[string, number[][]]>([
    ["empty", []],
    [
      "positive definite",
      [
        [2, -1, 0],
        [-1, 2, -1],
        [0, -1, 2],
      ],
    ],
    [
      "singular, semidefinite",
      [
        [1, 2],
        [2, 4],
      ],
    ],
    [
      "indefinite",
      [
        [1, 2],
        [2, 3],
      ],
    ],
    [
      "a zero diagonal with a non-zero row",
      [
        [0, 1],
        [1, 0],
      ],
    ],
    [
      "a zero row and column",
      [
        [0, 0],
        [0, 1],
      ],
    ],
    [
      "all zero",
      [
        [0, 0],
        [0, 0],
      ],
    ],
    [
      "a negative diagonal",
      [
        [1, 0],
        [0, -1],
      ],
    ],
    [
      "rank one in three (eliminating the first pivot leaves a zero block)",
      [
        [1, 0, 1],
        [0, 0, 0],
        [1, 0, 1],
      ],
    ],
    [
      "negative after eliminating the middle pivot",
      [
        [0, 0, 0],
        [0, 1, 2],
        [0, 2, 3],
      ],
    ],
    [
      "semidefinite after eliminating the last pivot",
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 2],
      ],
    ],
  ])("%s", (_, rows) => {
    const eig = rows.length ? jacobiEigenvalues(rows) : [];
    expect(semidefinite(q(rows))).toBe(eig.every((e) => e >= -1e-12));
  });
});
