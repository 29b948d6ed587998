// `descent batch` against SymPy and PyTorch, the way an outside checker drives it: one JSON line in, one out,
// for every expression of core/fixtures/expressions.json (scripts/oracle/generate.py).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../core/diff/autodiff.ts";
import { parse } from "../core/expr/parser.ts";
import type { ExpressionCase as Case } from "../core/test-support/expressions.ts";
import { handleLine } from "./batch.ts";
const cases = (
  JSON.parse(readFileSync(new URL("../core/fixtures/expressions.json", import.meta.url), "utf8")) as {
    cases: Case[];
  }
).cases;

// eval and diff against PyTorch and SymPy: measured to 3.9e-13 of |e| + 0.01 (a gradient that is all cancellation,
// such as sigmoid's at a far point). The fixture keeps only points where torch and SymPy agree to 1e-12, so a
// tighter test than 1e-11 would judge the oracles' own disagreement.
const near = (a: unknown, e: number, rel = 1e-11) =>
  typeof a === "number" && Math.abs(a - e) <= rel * (Math.abs(e) + 0.01);
const ask = (req: object) => JSON.parse(handleLine(JSON.stringify(req))) as Record<string, any>;

describe.each(cases)("batch $expr", (c) => {
  it("eval: value and gradient equal PyTorch's", () => {
    for (const p of c.points) {
      const out = ask({ op: "eval", expr: c.expr, at: p.at });
      expect(out.ok, JSON.stringify(out)).toBe(true);
      if (!near(out.value, p.value))
        expect.fail(`value at ${JSON.stringify(p.at)}: ${out.value} vs ${p.value}`);
      for (const v of c.vars) {
        const g = Object.hasOwn(out.grad, v) ? out.grad[v] : 0; // a constant has no partials to list
        if (!near(g, p.grad[v]!)) expect.fail(`d/d${v} at ${JSON.stringify(p.at)}: ${g} vs ${p.grad[v]}`);
      }
    }
  });

  it("diff: the derivative text reads back and equals SymPy's derivative at the points", () => {
    const out = ask({ op: "diff", expr: c.expr });
    expect(out.ok, JSON.stringify(out)).toBe(true);
    for (const v of c.vars) {
      if (!Object.hasOwn(out.derivatives, v)) {
        expect(out.vars).not.toContain(v); // only a constant's absent variable
        continue;
      }
      const d = parse(out.derivatives[v].text);
      for (const p of c.points) {
        const got = evaluate(d, p.at);
        if (!near(got, p.sympyGrad[v]!))
          expect.fail(
            `d/d${v} = ${out.derivatives[v].text} at ${JSON.stringify(p.at)}: ${got} vs ${p.sympyGrad[v]}`,
          );
      }
    }
  });
});

// ---- minimize through the batch, as an outside checker sends it ----

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../core/fixtures/${name}.json`, import.meta.url), "utf8"));
const tutorial = fixture("tutorial") as {
  untilTolerance: { iterations: number; x: number; f: number; trajectory: { x: number; f: number }[] };
};
interface TorchStep {
  x: Record<string, number>;
  f: number;
}
const optimizerCases = fixture("optimizers").cases as {
  name: string;
  expr: string;
  x0: Record<string, number>;
  optimizer: Record<string, unknown>;
  steps: TorchStep[];
}[];
interface Value {
  text: string | null;
  value: number;
}
const minima = fixture("minima").cases as {
  expr: string;
  vars: string[];
  criticalScan?: string;
  status: string;
  argmin?: Record<string, Value>[];
  argminSet?: string;
  min?: Value;
  infimum?: Value;
  critical: { point: Record<string, Value>; classification: string; nature: string }[];
}[];

describe("batch minimize: the tutorial's request", () => {
  it("answers converged after 106 updates near x = 2.1056, trajectory from x0", () => {
    const out = ask({
      op: "minimize",
      expr: "x^2 - 4x",
      method: "gd",
      x0: { x: 10 },
      optimizer: { name: "sgd", lr: 0.02, momentum: 0 },
      tol: 0.001,
      maxIter: 1000,
    });
    const run = tutorial.untilTolerance;
    expect(out.ok, JSON.stringify(out).slice(0, 300)).toBe(true);
    expect(out.status).toBe("converged");
    expect(out.iterations).toBe(run.iterations);
    // Same float64 operations in the same order as the tutorial's torch loop: measured bit for bit.
    const same = (a: unknown, e: number) => near(a, e, 1e-15);
    expect(same(out.argmin.x, run.x) && same(out.min, run.f)).toBe(true);
    expect(out.trajectory[0]).toEqual({ x: { x: 10 }, f: 60 });
    expect(out.trajectory.length).toBe(run.trajectory.length);
    run.trajectory.forEach((p, k) => {
      if (!same(out.trajectory[k].x.x, p.x) || !same(out.trajectory[k].f, p.f))
        expect.fail(`point ${k}: ${JSON.stringify(out.trajectory[k])} vs ${JSON.stringify(p)}`);
    });
    expect(out.steps.length).toBe(out.trajectory.length);
  });
});

describe.each(optimizerCases)("batch minimize gd $name", (c) => {
  it("follows torch.optim's trajectory", () => {
    const maxIter = c.steps.length - 1;
    const out = ask({
      op: "minimize",
      expr: c.expr,
      method: "gd",
      x0: c.x0,
      optimizer: c.optimizer,
      tol: 0,
      maxIter,
    });
    expect(out.ok, JSON.stringify(out).slice(0, 300)).toBe(true);
    expect(out.status).not.toBe("diverged");
    expect(out.iterations).toBeGreaterThanOrEqual(60);
    // Measured over 100 updates: x within 1.3e-14 relative (1e-15 absolute) of torch.optim for every case but
    // Adam on Himmelblau with beta1 = 0.5, whose last steps divide a gradient of pure cancellation (~1e-8) by its
    // own running RMS, so rounding in the last bits moves x by up to 3e-10: that case alone gets 1e-9.
    // f is a difference near the minimum, so it is judged against the run's largest |f| (measured 1.9e-14).
    const xTol = c.name.startsWith("himmelblau/adam") ? 1e-9 : 1e-12;
    const fScale = 1e-12 * Math.max(...c.steps.map((s) => Math.abs(s.f)));
    for (let k = 0; k <= out.iterations; k++) {
      const ours = out.trajectory[k];
      const theirs = c.steps[k]!;
      for (const v of Object.keys(c.x0))
        if (!(Math.abs(ours.x[v] - theirs.x[v]!) <= xTol * Math.abs(theirs.x[v]!) + 1e-14))
          expect.fail(`step ${k}: ${v} = ${ours.x[v]} vs torch ${theirs.x[v]}`);
      if (!(Math.abs(ours.f - theirs.f) <= 1e-12 * Math.abs(theirs.f) + fScale))
        expect.fail(`step ${k}: f = ${ours.f} vs torch ${theirs.f}`);
    }
  });
});

// The same tolerances as core/methods/methods.fixtures.test.ts (the CLI prints the library's numbers unchanged): values to
// 1e-15 relative (measured 1.5e-16); points to 1e-13, except Newton's two-variable critical points, whose last step
// is up to 1e-10·max(|x|∞, 1) (measured 3.4e-10 at Himmelblau's minimum near (−3.78, −3.28)).
const closeTo = (a: unknown, b: number, rel = 1e-15) =>
  typeof a === "number" && Math.abs(a - b) <= rel * (1 + Math.abs(b));
const at = (p: Record<string, Value>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.value]));
const pointTol = (c: { vars: string[]; criticalScan?: string }, p: Record<string, number>) =>
  c.vars.length < 2 || c.criticalScan === undefined
    ? 1e-13
    : 2e-10 * Math.max(1, ...Object.values(p).map(Math.abs));
const samePoint = (a: Record<string, number>, b: Record<string, number>, tol: number) =>
  Object.keys(b).every((k) => Math.abs((a[k] ?? 0) - b[k]!) <= tol);

describe.each(minima)("batch minimize calculus $expr", (c) => {
  it("gives SymPy's status, minimum and critical points", () => {
    const out = ask({ op: "minimize", expr: c.expr, method: "calculus" });
    expect(out.ok, JSON.stringify(out).slice(0, 300)).toBe(true);
    expect(out.status, out.reason).toBe(c.status);
    if (c.status === "minimum") {
      expect(closeTo(out.min, c.min!.value), `min ${out.min} vs ${c.min!.value}`).toBe(true);
      if (c.argmin?.length && !c.argminSet)
        expect(
          c.argmin.some((p) => samePoint(out.argmin, at(p), pointTol(c, at(p)))),
          JSON.stringify(out.argmin),
        ).toBe(true);
    }
    if (c.status === "no-minimum") expect(closeTo(out.infimum, c.infimum!.value)).toBe(true);
    for (const p of c.critical) {
      const mine = (out.critical as { x: Record<string, number>; kind: string; nature: string }[]).find((q) =>
        samePoint(q.x, at(p.point), pointTol(c, at(p.point))),
      );
      expect(mine, `critical point ${JSON.stringify(at(p.point))}`).toBeDefined();
      expect([mine!.kind, mine!.nature]).toEqual([p.classification, p.nature]);
    }
  });
});
