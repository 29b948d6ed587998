// classifyHessian called directly, pinned where `npm run mutation core/methods/classify-hessian.ts` found it loose:
// the fixture suites reach it only through calculus and check the kind and nature words, never the reason, the
// Hessian shown, the singularity threshold or the neighbour test's probes. Hessians are constant matrices here and f
// a plain function, so each branch is reached on purpose. Verdicts come from the matrix itself, computed in the test
// (the determinant and h₁₁ in two variables, the diagonal of a diagonal matrix in three), never typed in.
import { describe, expect, it } from "vitest";
import { num, type Node } from "../expr/node.ts";
import { parse } from "../expr/parser.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { classifyHessian, type HessianClass } from "./classify-hessian.ts";
import { higherOrder } from "./higher-order.ts";
import { fmt, type Point } from "./result.ts";
import { msg, say, type Msg } from "../messages/index.ts";

const nodes = (h: number[][]): Node[][] => h.map((r) => r.map(num));
const zeros = (n: number) => Array.from({ length: n }, () => Array<number>(n).fill(0));
const names = (n: number) => Array.from({ length: n }, (_, i) => `x${i + 1}`);
const origin = (vars: string[]): Point => Object.fromEntries(vars.map((v) => [v, 0]));
const flat = () => 0;
const eig = (diag: number[]) =>
  [...diag]
    .sort((a, b) => a - b)
    .map((e) => fmt(e, 4))
    .join(", ");
const whole = (
  kind: HessianClass["kind"],
  nature: HessianClass["nature"],
  reasonMsg: Msg,
  hessian: number[][],
) => ({
  kind,
  nature,
  reason: say(reasonMsg),
  reasonMsg,
  hessian,
});

describe("two variables, H nonsingular: the determinant test, with its numbers", () => {
  it.each<[string, number[][]]>([
    [
      "positive definite with a cross term",
      [
        [2, 1],
        [1, 3],
      ],
    ],
    [
      "negative definite",
      [
        [-4, 1],
        [1, -2],
      ],
    ],
    [
      "indefinite",
      [
        [1, 3],
        [3, 1],
      ],
    ],
    [
      "indefinite, negative corner",
      [
        [-1, 0],
        [0, 5],
      ],
    ],
    [
      "a large entry and a small one (the threshold scales with the largest)",
      [
        [100, 0],
        [0, 2e-6],
      ],
    ],
  ])("%s", (_, h) => {
    const vars = ["x", "y"];
    const d = h[0]![0]! * h[1]![1]! - h[0]![1]! * h[1]![0]!;
    const kind = d < 0 ? "saddle" : h[0]![0]! > 0 ? "minimum" : "maximum";
    const reason =
      d < 0
        ? msg("crit.detSaddle", { det: fmt(d, 6) })
        : msg(kind === "minimum" ? "crit.detMin" : "crit.detMax", {
            det: fmt(d, 6),
            v: "x",
            h: fmt(h[0]![0]!, 6),
          });
    expect(classifyHessian(flat, nodes(h), { x: 0.5, y: -1 }, vars)).toStrictEqual(
      whole(kind, kind, reason, h),
    );
  });
});

describe("three variables, H nonsingular: the eigenvalues' signs", () => {
  it.each<[string, number[]]>([
    ["all positive", [1, 2, 3]],
    ["all negative", [-1, -0.5, -7]],
    ["both signs", [2, -1, 4]],
  ])("%s", (_, diag) => {
    const vars = ["x", "y", "z"];
    const h = diag.map((e, i) => diag.map((_, j) => (i === j ? e : 0)));
    const kind = diag.every((e) => e > 0) ? "minimum" : diag.every((e) => e < 0) ? "maximum" : "saddle";
    const id =
      kind === "minimum" ? "crit.eigenMin" : kind === "maximum" ? "crit.eigenMax" : "crit.eigenSaddle";
    const got = classifyHessian(flat, nodes(h), origin(vars), vars);
    // A diagonal matrix's eigenvalues are its diagonal; jacobiEigenvalues lists them in increasing order.
    expect(got).toStrictEqual(whole(kind, kind, msg(id, { eig: eig(diag) }), h));
  });
});

describe("the singularity threshold: |λ| must exceed 1e-8 · max(1, |λ|max)", () => {
  const bowl = (p: Point) => p["x"]! ** 2 + p["y"]! ** 2;
  const singular = msg("crit.singular", { word: msg("crit.minNeighbours") });
  it.each<[string, number[][]]>([
    [
      "λ = 1e-8 beside 1: on the threshold, singular",
      [
        [1, 0],
        [0, 1e-8],
      ],
    ],
    [
      "λ = 5e-7 beside 100: below 1e-6, singular",
      [
        [100, 0],
        [0, 5e-7],
      ],
    ],
    [
      "λ = 5e-9 beside 0.5: below 1e-8 (the 1 in max(1, …))",
      [
        [0.5, 0],
        [0, 5e-9],
      ],
    ],
  ])("%s", (_, h) => {
    expect(classifyHessian(bowl, nodes(h), { x: 0, y: 0 }, ["x", "y"])).toStrictEqual(
      whole("inconclusive", "minimum", singular, h),
    );
  });
});

describe("singular H of a polynomial: the expansion about the point decides", () => {
  it.each(["x^4 + y^4", "x^3 + y^4", "-(x^4) - y^2"])("%s", (text) => {
    const vars = ["x", "y"];
    const read = polynomialOf(parse(text), vars);
    if (!read.ok) throw new Error("not a polynomial");
    const f = (p: Point) => read.poly.evaluate(p);
    const h = text.includes("y^2")
      ? [
          [0, 0],
          [0, -2],
        ]
      : zeros(2);
    const x = origin(vars);
    const proof = higherOrder(read.poly, vars, x, text.includes("y^2") ? [0, -2] : [0, 0])!;
    expect(proof).not.toBeNull();
    const reason = msg("crit.singularProof", { proof: proof.reasonMsg });
    expect(classifyHessian(f, nodes(h), x, vars, read.poly)).toStrictEqual(
      whole("inconclusive", proof.nature, reason, h),
    );
  });
});

/** A singular Hessian and no polynomial: the verdict is the neighbours', read off the words. */
const byNeighbours = (f: (p: Point) => number, vars: string[], x: Point = origin(vars)) => {
  const got = classifyHessian(f, nodes(zeros(vars.length)), x, vars);
  expect(got.kind).toBe("inconclusive");
  expect(got.hessian).toStrictEqual(zeros(vars.length));
  const word = (got.reasonMsg.params as { word: Msg }).word;
  expect(got.reasonMsg).toStrictEqual(msg("crit.singular", { word }));
  expect(got.reason).toBe(say(got.reasonMsg));
  return [got.nature, word.id] as const;
};
const sum = (p: Point, g: (t: number) => number) => Object.values(p).reduce((s, t) => s + g(t), 0);
const product = (p: Point) => Object.values(p).reduce((s, t) => s * t, 1);

describe("singular H, no polynomial: the neighbours on a small sphere", () => {
  it.each<[string, (p: Point) => number, number, [string, string]]>([
    ["x⁴ + y⁴: none lower", (p) => sum(p, (t) => t ** 4), 2, ["minimum", "crit.minNeighbours"]],
    ["−x⁴ − y⁴: none higher", (p) => -sum(p, (t) => t ** 4), 2, ["maximum", "crit.maxNeighbours"]],
    ["x⁴ − y⁴: both", (p) => p["x1"]! ** 4 - p["x2"]! ** 4, 2, ["saddle", "crit.saddleNeighbours"]],
    ["x³ alone: both, along one axis", (p) => p["x1"]! ** 3, 2, ["saddle", "crit.saddleNeighbours"]],
    [
      "x y: both, only along the diagonals",
      (p) => Math.sign(product(p)),
      2,
      ["saddle", "crit.saddleNeighbours"],
    ],
    ["flat in two variables: nothing lower, a minimum", flat, 2, ["minimum", "crit.minNeighbours"]],
    [
      "x⁴ + y⁴ + z⁴: lower nowhere, yet unproved",
      (p) => sum(p, (t) => t ** 4),
      3,
      ["unknown", "crit.unprovedMin"],
    ],
    ["−(x⁴ + y⁴ + z⁴)", (p) => -sum(p, (t) => t ** 4), 3, ["unknown", "crit.unprovedMax"]],
    ["flat in three variables", flat, 3, ["unknown", "crit.flatAround"]],
    // x y z is 0 on every axis and every coordinate plane's diagonal: only the directions (±1, ±1, ±1)/√3 see it.
    [
      "sign(x y z): a saddle seen only on the cube's diagonals",
      (p) => Math.sign(product(p)),
      3,
      ["saddle", "crit.saddleNeighbours"],
    ],
    [
      "the same in eight variables (the last with diagonals)",
      (p) => Math.sign(product(p)),
      8,
      ["saddle", "crit.saddleNeighbours"],
    ],
    [
      "nine variables: no diagonals, so it looks flat",
      (p) => Math.sign(product(p)),
      9,
      ["unknown", "crit.flatAround"],
    ],
  ])("%s", (_, f, n, want) => {
    expect(byNeighbours(f, names(n))).toStrictEqual(want);
  });
});

describe("the neighbour test's probes: radius d·(1 + |xᵢ|) for d = 1e-3, then 1e-4", () => {
  // ρ: the largest coordinate offset from x, each divided by 1 + |xᵢ|. The probes sit at ρ = d (axes) and d/√2 (pairs).
  const x = { x1: 3, x2: -2 };
  const rho = (p: Point) =>
    Math.max(
      ...Object.keys(x).map(
        (k) => Math.abs(p[k]! - x[k as keyof typeof x]) / (1 + Math.abs(x[k as keyof typeof x])),
      ),
    );
  const inBand = (lo: number, hi: number) => (p: Point) => {
    const r = rho(p);
    return 5 + (r >= lo && r <= hi ? -1 : 0);
  };
  it("lower only at ρ ∈ [0.6e-4, 1.2e-4]: the first ring sees nothing, the second sees it", () => {
    expect(byNeighbours(inBand(0.6e-4, 1.2e-4), ["x1", "x2"], x)).toStrictEqual([
      "maximum",
      "crit.maxNeighbours",
    ]);
  });
  it("lower only at ρ ∈ [0.6e-3, 1.2e-3]: the first ring decides", () => {
    expect(byNeighbours(inBand(0.6e-3, 1.2e-3), ["x1", "x2"], x)).toStrictEqual([
      "maximum",
      "crit.maxNeighbours",
    ]);
  });
  it("lower only at ρ ∈ [0.65e-4, 0.75e-4]: only the second ring's diagonal probes (10⁻⁴/√2) see it", () => {
    expect(byNeighbours(inBand(0.65e-4, 0.75e-4), ["x1", "x2"], x)).toStrictEqual([
      "maximum",
      "crit.maxNeighbours",
    ]);
  });
  it("lower only between the rings: no probe lands there", () => {
    expect(byNeighbours(inBand(1.3e-4, 0.6e-3), ["x1", "x2"], x)).toStrictEqual([
      "minimum",
      "crit.minNeighbours",
    ]);
  });
});

describe("the neighbour test's tolerance: 1e-13 · (1 + |f(x)|), strict", () => {
  const vars = names(3);
  const away = (fx: number, elsewhere: number) => (p: Point) => (sum(p, Math.abs) === 0 ? fx : elsewhere);
  it.each<[string, number, number, [string, string]]>([
    ["lower by exactly 1e-13 at f = 0: not lower", 0, -1e-13, ["unknown", "crit.flatAround"]],
    ["higher by exactly 1e-13 at f = 0: not higher", 0, 1e-13, ["unknown", "crit.flatAround"]],
    ["lower by 2e-13 at f = 0", 0, -2e-13, ["unknown", "crit.unprovedMax"]],
    ["higher by 2e-13 at f = 0", 0, 2e-13, ["unknown", "crit.unprovedMin"]],
    ["lower by 1.5e-13 at f = 1: within 2e-13", 1, 1 - 1.5e-13, ["unknown", "crit.flatAround"]],
    ["higher by 1.5e-13 at f = 1: within 2e-13", 1, 1 + 1.5e-13, ["unknown", "crit.flatAround"]],
    ["f = 5 around and 4 near: lower", 5, 4, ["unknown", "crit.unprovedMax"]],
  ])("%s", (_, fx, elsewhere, want) => {
    expect(byNeighbours(away(fx, elsewhere), vars)).toStrictEqual(want);
  });
});
