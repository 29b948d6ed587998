// The calculus method, checked against independent computations rather than typed-in numbers: critical points
// have a zero gradient by reverse-mode autodiff, their classification matches finite differences of that
// gradient, and a claimed global minimum is never beaten by dense sampling (nor an "unbounded" claim left
// unwitnessed). SymPy's answers for these kinds of function are in methods.fixtures.test.ts.
import { readFileSync } from "node:fs";
import { printSteps } from "./print-steps.ts";
import { beforeEach, describe, expect, it } from "vitest";
import { valueAndGrad } from "../diff/autodiff.ts";
import { calculus, type CalculusResult } from "./calculus.ts";
import { derivative } from "../diff/derivative.ts";
import { parse } from "../expr/parser.ts";
import { toText } from "../expr/print-text.ts";
import { decide, evaluator } from "./limits.ts";
import { definedEverywhere } from "../expr/defined-everywhere.ts";

const ONE_VAR = [
  "x^2 - 4x",
  "x^4 - 3x^2 + x",
  "x^3 - 3x",
  "x^6 - 2x^3 + x",
  "(x - 1)^3 (x + 2)^2",
  "x^2/3 - x/7 + 1/5",
  "exp(x) - 2x",
  "x log(x)",
  "log(x)^2 + 1",
  "sin(x) exp(-x^2/10) + 0.1x^2",
  "cos(x) + x^2/10",
  "x^2 + 1/x",
  "1/x^2 + x^2",
  "sqrt(x^2 + 1) - x/2",
  "exp(x)",
  "x exp(-x)",
  "atan(x) + 0.1x^2",
  "sigmoid(x) + (x - 3)^2/100",
];
const TWO_VAR = [
  "(1 - x)^2 + 100(y - x^2)^2",
  "x^2 + x y + y^2 - 3x",
  "x^4 + y^4 - 4x y",
  "x^3 - 3x + y^2",
  "sin(x) + y^2",
  "exp(x) + (y - 1)^2",
  "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
  "x^2 + y^2 + exp(-x y)",
];

function samples1(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
}

// calculus runs in beforeEach, not in the describe body: per-test coverage (npm run mutation) credits a test only
// with the code run while it runs, so a result computed at load time would hide calculus.ts from every test here.
describe.each(ONE_VAR)("one variable: %s", (text) => {
  const node = parse(text);
  let r: CalculusResult;
  beforeEach(() => {
    r = calculus(node);
  });
  const f = evaluator(node);
  const grad = (x: number) => valueAndGrad(node, { x }).grad["x"]!;

  it("reports f′ as the core's derivative, and steps as text and LaTeX", () => {
    expect(r.derivatives["x"]!.text).toBe(toText(derivative(node, "x")));
    expect(r.steps.length).toBeGreaterThan(2);
    for (const s of printSteps(r.steps)) expect(`${s.text} ${s.latex}`).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("critical points have f′ = 0 and a classification matching the curvature", () => {
    for (const c of r.critical) {
      const x = c.x["x"]!;
      const scale = 1 + Math.abs(x);
      expect(Math.abs(grad(x)), `f'(${x})`).toBeLessThan(1e-7 * (1 + Math.abs(c.f)) * scale);
      const h = 1e-4 * scale;
      const curvature = (grad(x + h) - grad(x - h)) / (2 * h);
      if (c.kind === "minimum") expect(curvature).toBeGreaterThan(0);
      if (c.kind === "maximum") expect(curvature).toBeLessThan(0);
      expect(f({ x })).toBeCloseTo(c.f, 9);
    }
  });

  it("the global answer survives dense sampling", () => {
    const xs = [...samples1(-30, 30, 6000), ...samples1(1e-6, 1e-3, 200), ...samples1(-1e-3, -1e-6, 200)];
    const values = xs.map((x) => f({ x })).filter(Number.isFinite);
    const lowest = Math.min(...values);
    if (r.status === "minimum") {
      expect(f(r.argmin!)).toBeCloseTo(r.min!, 9);
      expect(lowest).toBeGreaterThanOrEqual(r.min! - 1e-9 * (1 + Math.abs(r.min!)));
    } else if (r.status === "no-minimum") {
      expect(Math.min(...values)).toBeGreaterThan(r.infimum!);
    } else {
      expect(r.status).toBe("unbounded");
      // Something lower than every local minimum exists, further out or nearer a pole.
      const far = [...samples1(-1e6, 1e6, 2000), ...samples1(-1e-9, 1e-9, 20)].map((x) => f({ x }));
      const localMin = Math.min(
        ...r.critical.filter((c) => c.nature === "minimum").map((c) => c.f),
        Infinity,
      );
      expect(Math.min(...far.filter(Number.isFinite), lowest)).toBeLessThan(Math.min(localMin, -1e3));
    }
  });
});

describe.each(TWO_VAR)("two variables: %s", (text) => {
  const node = parse(text);
  let r: CalculusResult;
  beforeEach(() => {
    r = calculus(node);
  });
  const f = evaluator(node);

  it("critical points have ∇f = 0 by reverse mode", () => {
    for (const c of r.critical) {
      const g = valueAndGrad(node, c.x).grad;
      const size = 1 + Math.hypot(c.x["x"]!, c.x["y"]!);
      expect(Math.hypot(g["x"]!, g["y"]!)).toBeLessThan(1e-6 * size * (1 + Math.abs(c.f)));
    }
  });

  it("the global answer survives sampling a grid", () => {
    const grid = samples1(-8, 8, 160);
    let lowest = Infinity;
    for (const x of grid) for (const y of grid) lowest = Math.min(lowest, f({ x, y }));
    if (r.status === "minimum") expect(lowest).toBeGreaterThanOrEqual(r.min! - 1e-9 * (1 + Math.abs(r.min!)));
    else if (r.status === "no-minimum") expect(lowest).toBeGreaterThan(r.infimum!);
    else expect(r.status).toBe("unbounded");
  });
});

describe("domains and statuses", () => {
  it("log's domain: critical points only where x > 0", () => {
    for (const text of ["x log(x)", "log(x)^2 + 1", "x - log(x)"]) {
      const r = calculus(parse(text));
      expect(r.critical.length).toBeGreaterThan(0);
      for (const c of r.critical) expect(c.x["x"]!).toBeGreaterThan(0);
    }
    expect(calculus(parse("log(x)")).status).toBe("unbounded");
  });

  it("local minima are listed even when f is unbounded (x^3 - 3x at x = 1)", () => {
    const r = calculus(parse("x^3 - 3x"));
    expect(r.status).toBe("unbounded");
    expect(r.critical.filter((c) => c.nature === "minimum")).toHaveLength(1);
    expect(r.reason).toMatch(/local minimum/);
  });

  it("x^4 at 0: f'' = 0 is inconclusive, and the neighbours make it a minimum", () => {
    const [c] = calculus(parse("x^4")).critical;
    expect(c!.kind).toBe("inconclusive");
    expect(c!.nature).toBe("minimum");
    expect(c!.reason).toMatch(/inconclusive/);
  });

  // f′ with a repeated irrational factor: each root is found once, with its multiplicity, and the sides decide.
  it.each<[string, string, string[], string[]]>([
    ["(x² − 2)²", "x^5/5 - 4x^3/3 + 4x", ["-sqrt(2)", "sqrt(2)"], ["neither", "neither"]],
    [
      "(x² − 2x − 1)²",
      "x^5/5 - x^4 + 2x^3/3 + 2x^2 + x",
      ["1 - sqrt(2)", "1 + sqrt(2)"],
      ["neither", "neither"],
    ],
    ["(x² − 2)³", "x^7/7 - 6x^5/5 + 4x^3 - 8x", ["-sqrt(2)", "sqrt(2)"], ["maximum", "minimum"]],
  ])("f′ = %s: f″ = 0 at each root, and the sign of f′ on either side decides", (_, f, at, natures) => {
    const r = calculus(parse(f));
    expect(r.critical.map((c) => c.exact?.text)).toEqual(at);
    expect(r.critical.map((c) => c.kind)).toEqual(at.map(() => "inconclusive"));
    expect(r.critical.map((c) => c.nature)).toEqual(natures);
  });

  it("exact roots are shown exactly when the radicals are simple", () => {
    const r = calculus(parse("x^3/3 - x^2 - x"));
    expect(r.critical.map((c) => c.exact!.text)).toEqual(["1 - sqrt(2)", "1 + sqrt(2)"]);
  });
});

// ---- plateaus: a minimum attained on a set is named as the set; rounding never makes a plateau ----

describe("calculus: flat stretches", () => {
  const set = (lo: number | null, hi: number | null, loClosed: boolean, hiClosed: boolean) => ({
    lo,
    hi,
    loClosed,
    hiClosed,
  });
  it.each<[string, number, ReturnType<typeof set>[]]>([
    // Members of the families beyond the SymPy fixture; each value and set checked by hand from the pieces.
    ["relu(x + 4) - relu(x + 1) - 3", -3, [set(null, -4, false, true)]], // −3 left of −4, −3 + (x + 4) up to −1
    ["relu(x)*relu(-x)", 0, [set(null, null, false, false)]], // one factor is 0 everywhere
    ["abs(x) + abs(x - 2) - 2", 0, [set(0, 2, true, true)]],
    ["2 sign(x - 3) + 5", 3, [set(null, 3, false, false)]],
    ["abs(2 - x) - (2 - x)", 0, [set(null, 2, false, true)]],
    ["relu(x - 1) + relu(-1 - x)", 0, [set(-1, 1, true, true)]],
    ["(x + abs(x))^2", 0, [set(null, 0, false, true)]],
    ["1 - sign(x)^2", 0, [set(null, 0, false, false), set(0, null, false, false)]], // 1 at the one point 0
  ])("%s: minimum %d on the set", (expr, min, want) => {
    const r = calculus(parse(expr));
    expect(r.status, r.reason).toBe("minimum");
    expect(r.min).toBe(min);
    expect(r.argminSet).toEqual({ x: want });
    // The point reported is in the set, and f takes the minimum there.
    expect(evaluator(parse(expr))(r.argmin!)).toBe(min);
  });

  it.each([
    "exp(x)",
    "tanh(x)",
    "sigmoid(x)",
    "1/(1 + x^2)",
    "x^2 exp(-x^2)",
    "exp(-x^2)",
    "tanh(sec(x - 5))",
    "((0.5x - x) asin(x^(-1)/(1 + (x^3)^2)))^2",
    "relu(x) + exp(x)",
  ])("%s: f′ underflowing or saturating is not a plateau", (expr) => {
    const r = calculus(parse(expr));
    expect(r.argminSet).toBeUndefined();
    expect(r.steps.map((s) => s.says?.id)).not.toContain("calc.flat");
  });

  it("sign(x)^2: the value at a plateau's open end counts (0 at x = 0, where f jumps down from 1)", () => {
    const r = calculus(parse("sign(x)^2"));
    expect([r.status, r.min, r.argmin]).toEqual(["minimum", 0, { x: 0 }]);
    expect(r.argminSet).toBeUndefined();
  });

  it("f′ ≡ 0 without sign: constant on each interval of the domain, whatever rounding says", () => {
    const r = calculus(parse("cosh(x)^2 - sinh(x)^2"));
    expect(r.min).toBe(1); // at x = 0; rounding gives 2 at x = 18.7
    expect(r.everyPoint).toBe(true);
  });
});

describe("calculus is its own computation", () => {
  // "Closed form and calculus agree" must compare two computations, not one with itself.
  it.each([
    "calculus.ts",
    "critical-points-n.ts",
    "global-search-n.ts",
    "limits.ts",
    "critical-points-1.ts",
    "higher-order.ts",
  ])("%s does not import the closed form", (file) =>
    expect(readFileSync(new URL(`./${file}`, import.meta.url), "utf8")).not.toMatch(/closed-form/),
  );
});

// An undecided answer says "f may be undefined there" only of a function that may leave its domain.
describe("an undecided answer's words", () => {
  it("a function defined everywhere, left undecided, is not said to be undefined", () => {
    expect(
      decide([], [{ value: Infinity, where: "far out" }], [], definedEverywhere(parse("(x - 2y)^4 + x")))
        .reason,
    ).toBe("no minimum and no lower bound were found in the range searched");
  });
  // Its leading form (x − 2y)⁴ vanishes along x = 2y, between the sampled directions: followed exactly, f → −∞.
  it("(x − 2y)⁴ + x: unbounded below, along −(2, 1)/√5", () => {
    const r = calculus(parse("(x - 2y)^4 + x"));
    expect(r.status).toBe("unbounded");
    const u = [-2, -1].map((v) => (v / Math.sqrt(5)).toFixed(4)).join(", ");
    expect(r.reason).toContain(`along the direction (${u})`);
  });
  // The exact directions come from the roots of lead(1, m): a high power with large coefficients still answers (in
  // the work budget), along x = 17y/13.
  it("(13x − 17y)⁶⁰ + x: unbounded below along −(17, 13)/√458", () => {
    const r = calculus(parse("(13x - 17y)^60 + x"));
    expect(r.status).toBe("unbounded");
    const u = [-17, -13].map((v) => (v / Math.hypot(17, 13)).toFixed(4)).join(", ");
    expect(r.reason).toContain(`along the direction (${u})`);
  });
  it("a function that leaves its domain keeps the hint", () => {
    const r = calculus(parse("sech(x^(-1)) - atanh(x^2/(1 + (3y)^2)) + sec(0.25x) cos(7y)"));
    if (r.status === "unsupported") expect(r.reason).toContain("(f may be undefined there)");
    else expect(r.status).toBe("unbounded");
  });
});
