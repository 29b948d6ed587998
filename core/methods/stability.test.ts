// The largest stable step against SymPy: core/fixtures/stability.json (scripts/oracle/stability.py) holds the
// Hessian at the start and its eigenvalues for a table of functions; the bound, the contraction factor and the
// safe step follow from them, and runs with those steps are checked to behave as the bound says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { variables } from "../expr/node.ts";
import { runDescent } from "./descent.ts";
import { contraction, niceBelow, stability, stabilityWords } from "./stability.ts";

interface Case {
  expr: string;
  x0: Record<string, number>;
  hessian: number[][];
  eigenvalues: number[];
  quadratic: boolean;
}
const { cases } = JSON.parse(
  readFileSync(new URL("../fixtures/stability.json", import.meta.url), "utf8"),
) as { cases: Case[] };

const rel = (a: number, b: number) => Math.abs(a - b) / (1 + Math.abs(b));
const at = (c: Case) => {
  const node = parse(c.expr);
  const vars = variables(node);
  return {
    node,
    vars,
    x0: vars.map((v) => c.x0[v]!),
    s: stability(
      node,
      vars,
      vars.map((v) => c.x0[v]!),
    )!,
  };
};
const label = (c: Case) => `${c.expr} at ${JSON.stringify(c.x0)}`;

describe("stability: the curvature at the start, against SymPy", () => {
  it.each(cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
    const { s } = at(c);
    c.hessian.forEach((row, i) =>
      row.forEach((v, j) => expect(rel(s.hessian[i]![j]!, v)).toBeLessThan(1e-12)),
    );
    c.eigenvalues.forEach((v, i) => expect(rel(s.eigenvalues[i]!, v)).toBeLessThan(1e-9));
    expect(s.quadratic).toBe(c.quadratic);
    const top = c.eigenvalues[c.eigenvalues.length - 1]!;
    if (top > 0) {
      expect(rel(s.bound!, 2 / top)).toBeLessThan(1e-9);
      expect(s.safe!).toBeLessThanOrEqual(1 / top);
      expect(s.safe!).toBeGreaterThan(0.2 / top);
    } else {
      expect(s.bound).toBeNull();
      expect(s.safe).toBeNull();
    }
  });

  it("x^2 - 4x from 10: α < 1, and the tutorial's α = 0.02 contracts by |1 − 0.02 · 2|", () => {
    const c = cases.find((k) => k.expr === "x^2 - 4x")!;
    const { s } = at(c);
    expect(s.bound).toBe(2 / c.eigenvalues[0]!);
    expect(contraction(s.eigenvalues, 0.02)).toBeCloseTo(Math.abs(1 - 0.02 * c.eigenvalues[0]!), 15);
  });
});

describe("contraction: max |1 − α λᵢ| on the quadratics", () => {
  const quadratics = cases.filter((c) => c.quadratic && c.eigenvalues[0]! > 0);
  it.each(quadratics.flatMap((c) => [0.01, 0.05, 0.1, 0.5].map((lr) => [label(c), lr, c] as const)))(
    "%s, α = %s",
    (_, lr, c) => {
      const want = Math.max(...c.eigenvalues.map((l) => Math.abs(1 - lr * l)));
      expect(contraction(at(c).s.eigenvalues, lr)).toBeCloseTo(want, 12);
    },
  );

  it.each(quadratics.map((c) => [label(c), c] as const))(
    "%s: the run shrinks the distance by that factor each update",
    (_, c) => {
      const { node, x0, s } = at(c);
      const lr = s.safe!;
      const run = runDescent(node, { x0: c.x0, optimizer: { name: "sgd", lr }, tol: 0, maxIter: 40 });
      const xs = run.trajectory.map((p) => Object.values(p.x));
      // The minimiser is where the run is heading: the last point, after 40 contractions by at most q.
      const q = contraction(s.eigenvalues, lr);
      const star = xs[xs.length - 1]!;
      const d = (p: number[]) => Math.hypot(...p.map((v, i) => v - star[i]!));
      const k = Math.min(10, xs.length - 1);
      expect(d(xs[k]!)).toBeLessThanOrEqual(q ** k * d(x0) * (1 + 1e-9) + 1e-9);
    },
  );
});

describe("the safe step keeps the run from diverging; a step past the bound diverges", () => {
  const curved = cases.filter((c) => c.eigenvalues[c.eigenvalues.length - 1]! > 0 && c.eigenvalues[0]! > 0);
  it.each(curved.map((c) => [label(c), c] as const))("%s", (_, c) => {
    const { node, s } = at(c);
    const safe = runDescent(node, { x0: c.x0, optimizer: { name: "sgd", lr: s.safe! } });
    expect(safe.status).not.toBe("diverged");
    if (c.quadratic) {
      const past = runDescent(node, { x0: c.x0, optimizer: { name: "sgd", lr: s.bound! * 1.5 } });
      expect(past.status).toBe("diverged");
    }
  });
});

describe("niceBelow: 1, 2 or 5 × 10^k, never above", () => {
  it.each([
    [1, 1],
    [0.5, 0.5],
    [0.999, 0.5],
    [3, 2],
    [7.5, 5],
    [19.9, 10],
    [1 / 1506.366980651283, 5e-4],
    [1 / 119735.85105688825, 5e-6],
    [1e-7, 1e-7],
  ])("%s → %s", (v, want) => {
    expect(niceBelow(v)).toBe(want);
    expect(niceBelow(v)).toBeLessThanOrEqual(v);
  });
});

describe("stabilityWords: which sentences the panel says", () => {
  const of = (expr: string, x0: Record<string, number>) => at({ expr, x0 } as Case).s;
  it.each<[string, Record<string, number>, number, boolean, string, string | undefined, string | undefined]>([
    ["x^2 - 4x", { x: 10 }, 0.02, false, "stab.bound1", "stab.rate1", undefined],
    ["x^2 - 4x", { x: 10 }, 1.5, true, "stab.bound1", "stab.rate1", "stab.crossed1"],
    ["x^4", { x: 10 }, 0.02, true, "stab.bound1", undefined, "stab.crossed1"],
    ["x^4", { x: 10 }, 0.001, true, "stab.bound1", undefined, "stab.grewAlongTheWay"],
    ["x^3 - 3x", { x: -1 }, 0.02, false, "stab.noBound1", undefined, undefined],
    ["(1 - x)^2 + 100(y - x^2)^2", { x: 10, y: 1 }, 0.02, true, "stab.boundN", undefined, "stab.crossedN"],
    ["(x + 2y - 7)^2 + (2x + y - 5)^2", { x: 0, y: 0 }, 0.02, false, "stab.boundN", "stab.rateN", undefined],
    ["x^2 - y^2", { x: 1, y: 0.01 }, 0.1, false, "stab.boundN", undefined, undefined],
    ["-x^2 - y^2", { x: 1, y: 1 }, 0.1, false, "stab.noBoundN", undefined, undefined],
  ])("%s at %j, α = %s", (expr, x0, lr, diverged, bound, rate, crossed) => {
    const w = stabilityWords(of(expr, x0), lr, diverged);
    expect(w.bound.id).toBe(bound);
    expect(w.rate?.id).toBe(rate);
    expect(w.crossed?.id).toBe(crossed);
  });

  it("a contraction factor ≥ 1 says the run does not close in", () => {
    const w = stabilityWords(of("x^2 - 4x", { x: 10 }), 1.5, false);
    expect((w.rate!.params as { then: { id: string } }).then.id).toBe("stab.noShrink");
  });

  it("the tutorial's f is 3.91543e+17-sized when Rosenbrock blows up, never a row of digits", () => {
    const run = runDescent(parse("(1 - x)^2 + 100(y - x^2)^2"), {
      x0: { x: 10, y: 1 },
      optimizer: { name: "sgd", lr: 0.02 },
    });
    expect(run.status).toBe("diverged");
    expect(run.message).not.toMatch(/\d{10}/);
  });
});
