import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import type { OptimizerConfig } from "../../../core/methods/optimizers.ts";
import { compareViews, descend, optimizerConfig, parseFunction, type DescentSettings } from "./engine.ts";
import { DEFAULT_PARAMS } from "./optimizer-params.ts";
import { plainNumber, texNumber } from "./descent-steps.ts";
import { runDescent } from "../../../core/methods/descent.ts";
import { parse } from "../../../core/expr/parser.ts";
import type { MethodView, OptimizerName } from "./model.ts";
import { say } from "../../../core/messages/index.ts";

describe("optimizerConfig: our choices as torch.optim's names and options", () => {
  it.each<[OptimizerName, Record<string, unknown>]>([
    ["sgd", { name: "sgd", lr: 0.1, weight_decay: 0 }],
    ["momentum", { name: "sgd", lr: 0.1, momentum: 0.9, dampening: 0, weight_decay: 0 }],
    ["nesterov", { name: "sgd", lr: 0.1, momentum: 0.9, nesterov: true, weight_decay: 0 }],
    [
      "rmsprop",
      { name: "rmsprop", lr: 0.1, alpha: 0.99, eps: 1e-8, weight_decay: 0, momentum: 0, centered: false },
    ],
    ["adagrad", { name: "adagrad", lr: 0.1, lr_decay: 0, weight_decay: 0, eps: 1e-10 }],
    ["adam", { name: "adam", lr: 0.1, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false }],
  ])("%s", (name, expected) => {
    expect(optimizerConfig(name, 0.1, DEFAULT_PARAMS[name])).toEqual(expected);
  });
});

describe("parseFunction", () => {
  it("returns the node, the variables and f(...) = LaTeX", () => {
    const p = parseFunction("x^2 - 4x");
    expect(p.ok && p.vars).toEqual(["x"]);
    expect(p.ok && p.latex.startsWith("f(x) = ")).toBe(true);
  });
  it("returns the name typed before '=' and how each word was read", () => {
    const p = parseFunction("g(x, y) = 2xy");
    expect(p.ok && p.latex).toBe("g(x, y) = 2x y");
    expect(p.ok && p.name).toBe("g");
    expect(p.ok && p.notes.map((m) => m.id)).toEqual(["read.product"]);
    const q = parseFunction("y = x²");
    expect(q.ok && q.latex).toBe("y = x^{2}");
    expect(q.ok && q.notes).toEqual([]);
  });
  it("returns a mistake as data with its span", () => {
    const p = parseFunction("x^2 - 4x)");
    expect(p.ok).toBe(false);
    expect(!p.ok && p.span).toEqual([8, 9]);
  });
});

describe("descend: the run as the table and plots see it", () => {
  it("matches runDescent, and each row's step is x_k − x_{k+1}", () => {
    const node = parse("x^2 - 4x");
    const settings = {
      x0: [10],
      optimizer: "sgd" as const,
      lr: 0.02,
      params: DEFAULT_PARAMS.sgd,
      tol: 1e-3,
      maxIter: 1000,
    };
    const out = descend(node, ["x"], { ...settings, color: "#000" });
    const core = runDescent(node, {
      x0: { x: 10 },
      optimizer: { name: "sgd", lr: 0.02 },
      tol: 1e-3,
      maxIter: 1000,
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const run = out.run;
    expect(run.iterations).toBe(core.iterations);
    expect(run.argmin[0]).toBe(core.argmin.x);
    for (const k of [0, 1, 50, run.iterations - 1]) {
      const r = run.row(k);
      expect(r.x[0]).toBe(core.trajectory[k]!.x.x);
      expect(r.update![0]).toBeCloseTo(0.02 * r.grad[0]!, 12);
    }
    expect(run.row(run.iterations).update).toBeUndefined();
    expect(Array.from(run.coords[0]!)).toEqual(core.trajectory.map((p) => p.x.x));
  });
  it("turns an invalid option into a message, not a throw", () => {
    const out = sgd("x^2", { x0: [1], lr: -1, maxIter: 10 });
    expect(out.ok).toBe(false);
  });
});

/** Plain SGD as the tutorial runs it (lr 0.02 from x = 10, tol 1e-3, 1000 steps), with any setting changed. */
const sgd = (expr: string, change: Partial<DescentSettings> = {}) =>
  descend(parse(expr), ["x"], {
    x0: [10],
    optimizer: "sgd",
    lr: 0.02,
    params: DEFAULT_PARAMS.sgd,
    tol: 1e-3,
    maxIter: 1000,
    color: "#000",
    ...change,
  });

describe("compareViews", () => {
  const minimum = (argmin: number[], min: number): MethodView => ({
    status: "minimum",
    steps: [],
    argmin,
    min,
  });
  it.each<[string, MethodView | null, MethodView | null, boolean | null]>([
    ["closed form and calculus agree", minimum([2], -4), minimum([2], -4), true],
    [
      "two minimisers with the same value agree when calculus lists both",
      minimum([-1], -1),
      { ...minimum([1], -1), argmins: [[1], [-1]] },
      true,
    ],
    [
      "the same value at a point the other method does not name disagrees",
      minimum([-1], -1),
      minimum([1], -1),
      false,
    ],
    [
      "a line of minima (semidefinite): only the values are compared",
      { ...minimum([-1, 0], 0), notUnique: true },
      minimum([0, 1], 0),
      true,
    ],
    [
      "a minimum attained on a set: closed form's point inside it agrees",
      minimum([-3], 0),
      { ...minimum([0], 0), argminSet: [{ lo: null, hi: 0, loClosed: false, hiClosed: true }] },
      true,
    ],
    [
      "closed form says unbounded, calculus a minimum: disagree",
      { status: "unbounded", steps: [] },
      minimum([0], 0),
      false,
    ],
    ["different values disagree", minimum([2], -4), minimum([0], 0), false],
    [
      "no answers: no verdict",
      { status: "unsupported", steps: [] },
      { status: "unbounded", steps: [] },
      null,
    ],
  ])("%s", (_, cf, calc, agree) => {
    expect(compareViews(cf, calc, undefined).agree).toBe(agree);
  });

  it("measures gradient descent's distance from the exact answer", () => {
    const out = sgd("x^2 - 4x");
    if (!out.ok) throw new Error(out.message);
    const view = compareViews(minimum([2], -4), minimum([2], -4), out.run);
    // The tutorial's lesson: f is within tolerance, x is not (0.1056 away), so the answers do not agree in x.
    expect(view.agree).toBe(false);
    expect(view.closeInFOnly).toBe(true);
    expect(view.distance).toBeCloseTo(Math.abs(out.run.argmin[0]! - 2), 15);
    expect(view.rows.map((r) => r.method)).toEqual(["closedForm", "calculus", "descent"]);
  });

  it("gradient descent agrees once it runs long enough to land on x* (the tutorial's 1000-step loop)", () => {
    const out = sgd("x^2 - 4x", { tol: 0 });
    if (!out.ok) throw new Error(out.message);
    const view = compareViews(minimum([2], -4), minimum([2], -4), out.run);
    expect(view.agree).toBe(true);
    expect(view.closeInFOnly).toBe(false);
  });
});

describe("compareViews on a minimum attained on a set", () => {
  it("relu(x): descent stalled in (−∞, 0] has found the minimum, and the row shows it", () => {
    const out = sgd("relu(x)");
    if (!out.ok) throw new Error(out.message);
    expect(out.run.flat).toBe(true);
    const set = [{ lo: null, hi: 0, loClosed: false, hiClosed: true }];
    const view = compareViews(
      null,
      { status: "minimum", steps: [], argmin: [0], min: 0, argminSet: set },
      out.run,
    );
    expect(view.agree).toBe(true);
    expect(view.distance).toBe(0);
    expect(view.rows[2]!.argmin).toEqual(out.run.argmin);
  });
});

describe("texNumber", () => {
  it.each([
    [2, "2"],
    [-3.98876543, "-3.98877"],
    [-0, "0"],
    [1e-7, "1 \\times 10^{-7}"],
    [123456789012, "1.23457 \\times 10^{11}"],
  ])("%d → %s", (x, expected) => {
    expect(texNumber(x)).toBe(expected);
  });
});

describe("plainNumber (the copyable text line under a step)", () => {
  it.each([
    [24.199999999999996, "24.2"],
    [-1.1800000000009276, "-1.18"],
    [-0, "0"],
    [9.91263e-10, "9.91263e-10"],
  ])("%s → %s", (x, text) => {
    expect(plainNumber(x)).toBe(text);
  });
});

describe("a start outside the domain is told in the UI's language", () => {
  it.each([
    ["log(x)", -1],
    ["sqrt(x)", -4],
    ["asin(x)", 3],
    ["1/x", 0],
  ])("%s from x0 = %s", (expr, x0) => {
    const out = sgd(expr, { x0: [x0], maxIter: 100 });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.code).toBe("domain");
    expect(out.msg).toBeDefined();
    expect(say(out.msg!, "en")).toBe(out.message);
    const th = say(out.msg!, "th");
    expect(th).toMatch(/[\u0E00-\u0E7F]/);
    // The same numbers in both languages.
    const nums = (s: string) => (s.match(/-?\d+(\.\d+)?/g) ?? []).sort();
    expect(nums(th)).toEqual(nums(out.message));
  });
});

describe('"forget zero_grad()": the iteration table shows .grad as PyTorch accumulates it', () => {
  // core/fixtures/zero-grad.json (scripts/oracle/zero_grad.py): steps[k].grad is torch's .grad at x_k, which the
  // update from x_k uses.
  const { cases } = JSON.parse(
    readFileSync(new URL("../../../core/fixtures/zero-grad.json", import.meta.url), "utf8"),
  ) as {
    cases: {
      name: string;
      expr: string;
      x0: Record<string, number>;
      optimizer: OptimizerConfig;
      steps: { x: Record<string, number>; grad: Record<string, number> }[];
    }[];
  };
  const name = (o: OptimizerConfig): OptimizerName =>
    o.name === "sgd" ? (o.momentum ? (o.nesterov ? "nesterov" : "momentum") : "sgd") : o.name;

  it.each(cases)("$name", (c) => {
    const vars = Object.keys(c.x0);
    const o = c.optimizer as OptimizerConfig & Record<string, number>;
    const out = descend(parse(c.expr), vars, {
      x0: vars.map((v) => c.x0[v]!),
      optimizer: name(c.optimizer),
      lr: o.lr,
      params: { ...DEFAULT_PARAMS[name(c.optimizer)], ...c.optimizer },
      tol: 0,
      maxIter: c.steps.length - 1,
      color: "#000",
      forgetZeroGrad: true,
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.run.accumulates).toBe(true);
    for (let k = 0; k <= out.run.iterations; k++) {
      const row = out.run.row(k);
      vars.forEach((v, i) =>
        expect(row.accumulated![i], `.grad of ${v} at x_${k}`).toBeCloseTo(c.steps[k]!.grad[v]!, 7),
      );
    }
  });

  it("rows carry no accumulated gradient when gradients are zeroed", () => {
    const out = sgd("x^2 - 4x", { tol: 0, maxIter: 3 });
    expect(out.ok && out.run.accumulates).toBe(false);
    expect(out.ok && out.run.row(1).accumulated).toBeUndefined();
  });
});

// f has no minimum and no local minimum, yet the run stopped by its rule (the change in f fell below the
// tolerance): the comparison says why, instead of only "the answers do not agree". A run resting at a local
// minimum of an unbounded f (x³ − 3x from 3) is not told it was still going down.
describe("compareViews when f has no minimum", () => {
  const falling = { status: "unbounded", steps: [], critical: [] } as const;
  it.each([
    ["exp(x): no minimum, no critical point", "exp(x)", { ...falling, status: "no-minimum" } as const, true],
    [
      "x³ − 3x: unbounded, but a local minimum at 1",
      "x^3 - 3x",
      {
        ...falling,
        critical: [{ point: [1], value: -2, kind: "minimum", nature: "minimum" }],
      } as const,
      false,
    ],
  ])("%s", (_, text, calc, expected) => {
    const out = sgd(text, { x0: [3], lr: 0.02, tol: 1e-3 });
    if (!out.ok) throw new Error(out.message);
    expect(out.run.status).toBe("converged");
    const view = compareViews({ status: "unsupported", steps: [] }, calc, out.run);
    expect(view.noMinimum).toBe(expected);
  });
  it("a run that did not stop by its rule is not described so", () => {
    const out = sgd("exp(x)", { x0: [3], lr: 0.02, tol: 0, maxIter: 50 });
    if (!out.ok) throw new Error(out.message);
    expect(out.run.status).toBe("max-iter");
    expect(compareViews(null, { ...falling, status: "no-minimum" }, out.run).noMinimum).toBe(false);
  });
});
