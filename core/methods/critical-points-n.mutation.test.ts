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
import { compile } from "../diff/autodiff.ts";
import { GradientSystem, newton } from "./newton-n.ts";

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
  // Each variable's own quartic has three critical points, all integers: 3ⁿ points, each listed once, in order.
  it.each(["x^4 - 2x^2 + y^4 - 2y^2", "x^4 - 8x^2 + y^4 - 8y^2", "x^4 - 2x^2 + y^4 - 2y^2 + z^4 - 2z^2"])(
    "%s: 3ⁿ points, in order, snapped to integers where ∇f is exactly 0",
    (text) => {
      const { node, vars, s } = solve(text);
      const pts = s.points.map((p) => vars.map((v) => p.x[v]!));
      expect(pts).toHaveLength(3 ** vars.length);
      for (const p of pts) expect(p.every(Number.isInteger)).toBe(true);
      for (const p of s.points) for (const v of vars) expect(evaluator(derivative(node, v))(p.x)).toBe(0);
      const byCoordinates = (a: number[], b: number[]) => {
        const i = a.findIndex((v, k) => v !== b[k]);
        return i < 0 ? 0 : a[i]! - b[i]!;
      };
      expect(pts).toStrictEqual([...pts].sort(byCoordinates));
      expect(new Set(pts.map((p) => p.join())).size).toBe(pts.length);
    },
  );

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

  // The grid: 11 values a side in [−5, 5] in two variables, 5 in [−4, 4] in three, 3 in [−4, 4] in four or more.
  it.each<[string, number, number]>([
    ["(x - 2)^4 + (y + 3)^4 + x y", 11, 5],
    ["(x - 1)^4 + (y + 2)^4 + (z - 3)^2 + x z", 5, 4],
    ["(x - 1)^4 + y^4 + (z + 1)^4 + (w - 3)^2 + x w", 3, 4],
    // f is not a number at some samples (x < 0, or x² + y² > 4): only numbers count as the lowest
    ["sqrt(x) + (y - 1)^2", 11, 5],
    ["-sqrt(4 - x^2 - y^2) + x", 11, 5],
  ])("%s: the two lowest grid samples are handed on for the far rays", (text, per, R) => {
    const { vars, node, s } = solve(text);
    const f = evaluator(node);
    const n = vars.length;
    const grid = Array.from({ length: per ** n }, (_, k) =>
      vars.map((_, i) => -R + (2 * R * (Math.floor(k / per ** i) % per)) / (per - 1)),
    );
    const at = (p: number[]) => Object.fromEntries(vars.map((v, i) => [v, p[i]!]));
    const lowest = grid
      .map((p) => ({ p, v: f(at(p)) }))
      .filter(({ v }) => Number.isFinite(v))
      .sort((a, b) => a.v - b.v)
      .slice(0, 2)
      .map(({ p }) => at(p));
    expect(s.lowPoints).toStrictEqual(lowest);
  });
});

describe("which of Newton's points are critical points (standsOut)", () => {
  // Far to the left ∇f is tiny but not 0, and Newton's singular-Hessian fallback creeps: no critical point at all.
  it.each(["exp(x) + (x - y)^2", "exp(x) + y^2", "exp(x + y) + (x - y)^2"])("%s: none", (text) =>
    expect(solve(text).s.points).toStrictEqual([]),
  );

  // f′ = x³ − 20x: 0 and ±√20, each passed by the exact Newton step's size (the Hessian is regular there).
  it("x⁴/4 − 10x² + y²: the three points x = −√20, 0, √20 on y = 0", () => {
    const { s } = solve("x^4/4 - 10x^2 + y^2");
    const r = Math.sqrt(20);
    expect(s.points.map((p) => p.x.y)).toStrictEqual([0, 0, 0]);
    const xs = s.points.map((p) => p.x.x!);
    expect(xs[1]).toBe(0);
    expect(Math.abs(xs[0]! + r)).toBeLessThan(1e-12 * r);
    expect(Math.abs(xs[2]! - r)).toBeLessThan(1e-12 * r);
  });

  // A line of critical points, where the Hessian is singular: Newton's landing points whose gradient is 0 to
  // rounding (|∇f| ≤ 1e-15, against about 1e-3 a step away) are kept by the test on the gradient around them, and
  // every point listed is critical to rounding.
  it.each(["cosh(x - y)", "exp((x - y)^2)", "exp((x + y - 0.3)^2)", "cosh(x - y - 0.5)"])(
    "%s: a line of critical points, to rounding",
    (text) => {
      const { node, vars, s } = solve(text);
      const grad = vars.map((v) => derivative(node, v));
      const sys = new GradientSystem(
        compile(node, vars),
        grad.map((g) => compile(g, vars)),
      );
      const listed = s.points.map((p) => vars.map((v) => p.x[v]!));
      for (const p of listed) expect(Math.hypot(...sys.gradAt(p))).toBeLessThanOrEqual(1e-15);
      let checked = 0;
      for (let k = 0; k < 121; k++) {
        const r = newton(sys, [(k % 11) - 5, Math.floor(k / 11) - 5]);
        if (!r || Math.hypot(...sys.gradAt(r)) > 1e-15) continue;
        checked++;
        expect(listed.some((q) => q.every((v, i) => Math.abs(v - r[i]!) <= 1e-6 * (1 + Math.abs(v))))).toBe(
          true,
        );
      }
      expect(checked).toBeGreaterThan(4);
    },
  );

  // ∇f = 0 on the whole quadrant x, y ≤ 0, and a step away too: each grid start there is a critical point, kept.
  it("relu(x)² + relu(y)²: the grid's points with x, y ≤ 0", () => {
    const { s } = solve("relu(x)^2 + relu(y)^2");
    const quadrant = [-5, -4, -3, -2, -1, 0].flatMap((x) => [-5, -4, -3, -2, -1, 0].map((y) => ({ x, y })));
    expect(s.points.map((p) => p.x)).toStrictEqual(quadrant);
  });
});

describe("snapping Newton's points to integers (tidy), only where ∇f is no larger there", () => {
  it("x³/3 − 0.8x² + 0.6x + y²: x = 0.6 is not moved to 1, where the other critical point is", () => {
    const { node, vars, s } = solve("x^3/3 - 0.8x^2 + 0.6x + y^2");
    expect(s.points).toHaveLength(2);
    const [a, b] = s.points.map((p) => p.x);
    expect(b).toStrictEqual({ x: 1, y: 0 });
    expect(a!.y).toBe(0);
    // f′(x) = (x − 3/5)(x − 1): the first point is the root 3/5, not an integer.
    expect(Math.abs(a!.x! - 3 / 5)).toBeLessThan(1e-12);
    const fx = evaluator(derivative(node, vars[0]!));
    expect(Math.abs(fx(a!))).toBeLessThan(1e-15);
  });

  it.each<[string, "x" | "y"]>([
    // x = 1.00000001 is within 10⁻⁴ of 1 (and of 1.0, 1.00, 1.000), but ∇f there is not 0: the point stays where Newton put it
    ["cosh(x - 1.00000001) + y^4 - 2y^2", "x"],
    // Newton creeps towards the degenerate x = 1; y = 1.00000001 must not move: x snaps alone
    ["(x - 1)^4 + cosh(y - 1.00000001)", "y"],
  ])("%s: the coordinate %s stays off the integer", (text, off) => {
    const { node, vars, s } = solve(text);
    expect(s.points.length).toBeGreaterThan(0);
    for (const p of s.points) {
      const other = vars.find((v) => v !== off)!;
      expect(Number.isInteger(p.x[other])).toBe(true);
      expect(p.x[off]).not.toBe(1);
      expect(Math.abs(p.x[off]! - 1.00000001)).toBeLessThan(1e-12);
      for (const v of vars) expect(Math.abs(evaluator(derivative(node, v))(p.x))).toBeLessThan(1e-14);
    }
  });

  // Himmelblau's (3, 2) is a critical point only when x and y snap together; z = 1/2 is not near an integer.
  it("Himmelblau + (z − 1/2)²: (3, 2, 1/2) exactly", () => {
    const { node, vars, s } = solve("(x^2 + y - 11)^2 + (x + y^2 - 7)^2 + (z - 0.5)^2");
    const p = s.points.find((q) => Math.abs(q.x.x! - 3) < 1e-3 && Math.abs(q.x.y! - 2) < 1e-3);
    expect(p!.x).toStrictEqual({ x: 3, y: 2, z: 0.5 });
    for (const v of vars) expect(evaluator(derivative(node, v))(p!.x)).toBe(0);
  });

  // (x − a)⁴ written out: ∇f is computed with cancellation, and Newton stops wherever rounding makes it exactly 0,
  // up to 10⁻⁵ from a. These listed four to six critical points (x = 0.99999383, 0.99999640, 1, 1.00000557, …).
  it.each([
    "x^4 - 4x^3 + 6x^2 - 4x + 1 + y^2",
    "x^4 - 12x^3 + 54x^2 - 108x + 81 + y^2",
    "x^4 - 2x^3 + 1.5x^2 - 0.5x + y^2",
    "x^4 - 4x^3 + 6x^2 - 4x + y^4",
    // (x − 1/8)⁴: three decimals
    "x^4 - 0.5x^3 + 0.09375x^2 - 0.0078125x + y^2",
  ])("%s: one critical point, where ∇f is exactly 0 in rationals", (text) => {
    const { vars, poly, s } = solve(text);
    expect(s.points).toHaveLength(1);
    const at = exactly(s.points[0]!.x);
    for (const v of vars) expect(poly!.derivative(v).evalExact(at).isZero()).toBe(true);
  });

  // x alone moves to 1 (∇f is as small there: both are rounding), y = 1.00001 stays, so both together do not.
  it("(x − 1)⁴ written out + cosh(y − 1.00001): x = 1 exactly", () => {
    const { node, vars, s } = solve("x^4 - 4x^3 + 6x^2 - 4x + cosh(y - 1.00001)");
    expect(s.points.map((p) => p.x.x)).toStrictEqual([1]);
    expect(Math.abs(s.points[0]!.x.y! - 1.00001)).toBeLessThan(1e-12);
    expect(Math.abs(evaluator(derivative(node, vars[1]!))(s.points[0]!.x))).toBeLessThan(1e-15);
  });

  // A critical coordinate below 1e-13 is shown as 0 (x = 1e-14 here, where ∇f at 0 is not quite 0).
  it("cosh(x − 10⁻¹⁴) + y²: shown at (0, 0)", () =>
    expect(solve("cosh(x - 0.00000000000001) + y^2").s.points.map((p) => p.x)).toStrictEqual([
      { x: 0, y: 0 },
    ]));
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
      "a zero row, then a zero diagonal with a non-zero row",
      [
        [0, 0, 0],
        [0, 0, 1],
        [0, 1, 0],
      ],
    ],
    [
      "semidefinite, its pivot after a zero row",
      [
        [0, 0, 0],
        [0, 1, 1],
        [0, 1, 1],
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
