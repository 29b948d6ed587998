// Newton on ∇f = 0 from one start, called directly: where it lands is checked by what a critical point must
// satisfy (∇f = 0, against a linear solve for a quadratic), and each way it gives up by a function built for it.
import { describe, expect, it } from "vitest";
import { compile } from "../diff/autodiff.ts";
import { derivative } from "../diff/derivative.ts";
import { solveLinear } from "../exact/matrix.ts";
import { parse } from "../expr/parser.ts";
import { GradientSystem, NONMONOTONE_MEMORY, newton } from "./newton-n.ts";

const system = (text: string, vars = ["x", "y"]) => {
  const node = parse(text);
  return new GradientSystem(
    compile(node, vars),
    vars.map((v) => compile(derivative(node, v), vars)),
  );
};
const norm = (g: number[]) => Math.hypot(...g);

describe("GradientSystem", () => {
  it("gradAt and hessAt are the tapes' gradient and the Hessian's rows; NaN outside the domain", () => {
    const s = system("x^2 y + 3y^2 - x");
    expect(s.n).toBe(2);
    expect(s.gradAt([2, 5])).toStrictEqual([2 * 2 * 5 - 1, 2 * 2 + 6 * 5]);
    expect(s.hessAt([2, 5])).toStrictEqual([
      [2 * 5, 2 * 2],
      [2 * 2, 6],
    ]);
    const l = system("sqrt(x) + y^2");
    expect(l.gradAt([-1, 2])).toStrictEqual([NaN, NaN]);
    expect(l.hessAt([-1, 2])).toStrictEqual([
      [NaN, NaN],
      [0, 2],
    ]);
    const out = new Float64Array(2);
    l.gradInto([-1, 2], out);
    expect([...out]).toStrictEqual([NaN, NaN]);
  });
});

describe("newton", () => {
  it.each<[string, number[]]>([
    ["(x - 1)^2 + 2(y + 3)^2 + x*y", [5, 5]],
    ["(x - 1)^2 + 2(y + 3)^2 + x*y", [-40, 7]],
    ["x^2 - y^2 + 3x*y - 2y", [1, 1]],
  ])("%s from %j: the quadratic's one critical point, as the linear system gives it", (text, start) => {
    const s = system(text);
    const at = newton(s, start)!;
    const H = s.hessAt([0, 0]);
    const exact = solveLinear(
      H,
      s.gradAt([0, 0]).map((v) => -v),
    )!;
    at.forEach((v, i) =>
      expect(Math.abs(v - exact[i]!)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(exact[i]!))),
    );
    expect(norm(s.gradAt(at))).toBeLessThanOrEqual(1e-12);
  });

  it("a start on a critical point is returned as it is", () => {
    const s = system("x^2 + y^2 + x*y");
    const at = newton(s, [0, 0]);
    expect(at).toStrictEqual([0, 0]);
  });

  it.each<[string, string, number[]]>([
    ["outside the domain", "log(x) + y^2", [-1, 2]],
    ["the only critical point is a maximum it moves away from", "-log(1 + x^2 + y^2)", [3, 4]],
    ["the same for a bump", "1/(1 + x^2 + y^2)", [3, 4]],
  ])("%s: null", (_, text, start) => expect(newton(system(text), start)).toBeNull());

  it("where the gradient fades (exp(x) + y²), a Hessian entry below 10⁻¹⁴ of the largest counts as singular, the step falls back to −∇f, and a tiny step stops it: standsOut (critical-points-n.ts) rejects such points", () => {
    const s = system("exp(x) + y^2");
    const at = newton(s, [0, 1])!;
    expect(at[1]).toBe(0);
    expect(at[0]).toBeLessThan(-25);
    expect(norm(s.gradAt(at))).toBeLessThan(1e-10);
  });

  it("a singular Hessian steps along −∇f: (x + y)² from (1, 2) lands on the line x + y = 0", () => {
    const s = system("(x + y)^2");
    const at = newton(s, [1, 2])!;
    expect(at[0]! + at[1]!).toBe(0);
    expect(norm(s.gradAt(at))).toBe(0);
    // Along −∇f = −2(x + y)·(1, 1) the full step overshoots to −3(x + y) and half of it to −(x + y): neither is
    // smaller, so the quarter step is taken, which lands exactly on the line.
    const g = s.gradAt([1, 2]);
    expect(at).toStrictEqual([1 - g[0]! / 4, 2 - g[1]! / 4]);
  });

  it("a Hessian singular only at the answer (x⁴ + y⁴): Newton creeps to 0 and stops where its step is tiny", () => {
    const s = system("x^4 + y^4");
    const at = newton(s, [1, -2])!;
    expect(at).not.toBeNull();
    expect(norm(s.gradAt(at))).toBeLessThan(1e-6);
    expect(Math.max(...at.map(Math.abs))).toBeLessThan(1e-2);
  });

  it.each<[string, number[], boolean]>([
    // No smaller |∇f| along the step, 30 halvings on: near a critical point (x = 1, y = 0), rounding's floor,
    // so the point stands; far from one (|∇f| ≈ 72), a failure.
    ["x^2*y^2 + (x - 1)^2", [-5, -4], true],
    ["x^3 - 3x + y^3 - 3y", [-5, 0], false],
  ])("%s from %j: the line search finds no decrease; converged: %s", (text, start, converged) => {
    const s = system(text);
    const at = newton(s, start);
    if (!converged) return expect(at).toBeNull();
    expect(norm(s.gradAt(at!))).toBeLessThan(1e-6);
  });

  it("one variable works the same way (x³ − 3x from 2 finds 1)", () => {
    const s = system("x^3 - 3x", ["x"]);
    const at = newton(s, [2])!;
    expect(Math.abs(at[0]! - 1)).toBeLessThan(1e-12);
  });
});

// The non-monotone line search (polynomials): along Rosenbrock's curved valley the full Newton step first raises
// |∇f|², and the monotone search crawls. From the 121 grid starts the calculus method uses, the non-monotone search
// reaches the critical point (1, 1) from nearly all of them with a small fraction of the gradients, and every
// point either search lands on is the same critical point.
describe("newton, non-monotone (memory NONMONOTONE_MEMORY)", () => {
  const grid = Array.from({ length: 121 }, (_, k) => [(k % 11) - 5, Math.floor(k / 11) - 5]);
  const run = (text: string, memory: number) => {
    const s = system(text);
    let evals = 0;
    const gradInto = s.gradInto.bind(s);
    s.gradInto = (p, out) => {
      evals++;
      gradInto(p, out);
    };
    const landed = grid.map((p) => newton(s, p, memory)).filter((r) => r !== null);
    return { s, landed, evals };
  };
  it.each([
    { text: "(1 - x)^2 + 100(y - x^2)^2", at: [1, 1] },
    { text: "(x + 2y - 7)^2 + (2x + y - 5)^2 + x^4", at: null },
  ])("$text", ({ text, at }) => {
    const monotone = run(text, 1);
    const bold = run(text, NONMONOTONE_MEMORY);
    expect(bold.landed.length).toBeGreaterThanOrEqual(monotone.landed.length);
    for (const r of [...monotone.landed, ...bold.landed]) expect(norm(bold.s.gradAt(r))).toBeLessThan(1e-6);
    if (at) {
      for (const r of bold.landed)
        expect(Math.max(...r.map((v, i) => Math.abs(v - at[i]!)))).toBeLessThan(1e-9);
      // Rosenbrock: the monotone search gives up from most starts; the non-monotone one from almost none.
      expect(monotone.landed.length).toBeLessThan(grid.length / 2);
      expect(bold.landed.length).toBeGreaterThan(0.9 * grid.length);
      expect(bold.evals).toBeLessThan(monotone.evals / 10);
    }
  });
});
