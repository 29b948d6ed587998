// torch.optim's trajectories (core/fixtures/optimizers.json, float64, from scripts/oracle/generate.py) replayed
// through our update rules. steps[0] is x0; steps[k] is the point after update k, f and grad there, and the state
// torch keeps after update k (keys named as torch names them).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DEFAULTS,
  TORCH_STATE_NAMES,
  createOptimizer,
  stateVector,
  step,
  type Optimizer,
  type OptimizerConfig,
  type StateField,
} from "./optimizers.ts";
import { compile } from "../diff/autodiff.ts";
import { runDescent } from "./descent.ts";
import { parse } from "../expr/parser.ts";

interface Step {
  x: Record<string, number>;
  f: number;
  grad: Record<string, number>;
  state: Record<string, number | Record<string, number>>;
}
interface Case {
  name: string;
  expr: string;
  x0: Record<string, number>;
  optimizer: OptimizerConfig;
  resolved: Record<string, unknown> & { name: string };
  steps: Step[];
}

export const optimizerCases = (
  JSON.parse(readFileSync(new URL("../fixtures/optimizers.json", import.meta.url), "utf8")) as {
    cases: Case[];
  }
).cases;

const REL = 1e-9;
const ABS = 1e-12;
export function expectNear(actual: number, expected: number, what: string): void {
  if (!(Math.abs(actual - expected) <= REL * Math.abs(expected) + ABS))
    expect.fail(`${what}: got ${actual}, expected ${expected}`);
}

const FIELD_OF: Record<string, StateField | "step"> = Object.fromEntries(
  Object.entries(TORCH_STATE_NAMES).map(([ours, torch]) => [torch, ours as StateField | "step"]),
);

/** Our optimizer's state after an update against torch's `optimizer.state`, field by field. */
export function expectSameState(
  opt: Optimizer,
  vars: string[],
  torchState: Step["state"],
  where: string,
): void {
  const ours = new Set<string>(opt.fields.map((f) => TORCH_STATE_NAMES[f]));
  const theirs = new Set(Object.keys(torchState).filter((k) => k !== "step"));
  expect([...ours].sort(), `${where}: state fields`).toEqual([...theirs].sort());
  for (const [key, value] of Object.entries(torchState)) {
    const field = FIELD_OF[key]!;
    if (field === "step") {
      expect(opt.state.step, `${where}: step`).toBe(value);
      continue;
    }
    const vec = stateVector(opt, field);
    vars.forEach((v, i) =>
      expectNear(vec[i]!, (value as Record<string, number>)[v]!, `${where}: ${key}[${v}]`),
    );
  }
}

describe("fixtures cover every optimizer and option", () => {
  it("has 60+ steps per case and each torch option somewhere", () => {
    for (const c of optimizerCases) expect(c.steps.length).toBeGreaterThan(60);
    const used = new Set(optimizerCases.flatMap((c) => Object.keys(c.optimizer)));
    for (const k of "lr momentum dampening nesterov weight_decay alpha eps centered lr_decay betas amsgrad".split(
      " ",
    ))
      expect(used).toContain(k);
  });

  it("our defaults are torch's", () => {
    for (const c of optimizerCases) {
      const { name, ...resolved } = c.resolved;
      const defaults = DEFAULTS[name as keyof typeof DEFAULTS] as Record<string, unknown>;
      for (const [key, value] of Object.entries(resolved))
        if (!(key in c.optimizer)) expect(defaults[key], `${c.name}: default ${key}`).toEqual(value);
    }
  });
});

describe.each(optimizerCases)("$name", (c) => {
  const vars = Object.keys(c.x0);

  it("update rule: from torch's x and gradient, the next x and the state equal torch's", () => {
    const opt = createOptimizer(c.optimizer, vars.length);
    // Replays torch's own points, so a mismatch is the rule's and never an amplified earlier rounding.
    for (let k = 0; k + 1 < c.steps.length; k++) {
      const here = c.steps[k]!;
      const x = Float64Array.from(vars, (v) => here.x[v]!);
      step(
        opt,
        x,
        Float64Array.from(vars, (v) => here.grad[v]!),
      );
      const next = c.steps[k + 1]!;
      vars.forEach((v, i) => expectNear(x[i]!, next.x[v]!, `update ${k + 1}: ${v}`));
      expectSameState(opt, vars, next.state, `update ${k + 1}`);
    }
  });

  it("the whole trajectory, fed torch's gradients, stays on torch's to 1e-9", () => {
    const opt = createOptimizer(c.optimizer, vars.length);
    const x = Float64Array.from(vars, (v) => c.steps[0]!.x[v]!);
    for (let k = 0; k + 1 < c.steps.length; k++) {
      step(
        opt,
        x,
        Float64Array.from(vars, (v) => c.steps[k]!.grad[v]!),
      );
      vars.forEach((v, i) => expectNear(x[i]!, c.steps[k + 1]!.x[v]!, `update ${k + 1}: ${v}`));
    }
  });
});

describe.each(optimizerCases)("runDescent $name", (c) => {
  it("records torch's trajectory: x, f, grad and state at every step", () => {
    const vars = Object.keys(c.x0);
    // tol 0: keep going for all of torch's updates (it may stop early only if f stops changing exactly).
    const run = runDescent(parse(c.expr), {
      x0: c.x0,
      optimizer: c.optimizer,
      tol: 0,
      maxIter: c.steps.length - 1,
    });
    expect(run.vars).toEqual(vars);
    expect(run.status, run.message).not.toBe("diverged");
    expect(run.iterations).toBeGreaterThanOrEqual(60);
    const steps = run.steps;
    // f and the gradient are differences near a minimum (Himmelblau's residuals cancel): their floor is 1e-9 of
    // the largest value along torch's run, not of the value at that step.
    const scale = (pick: (s: Step) => number[]) => Math.max(...c.steps.flatMap((s) => pick(s).map(Math.abs)));
    const fFloor = 1e-9 * scale((s) => [s.f]);
    const gFloor = 1e-9 * scale((s) => Object.values(s.grad));
    const near = (a: number, e: number, floor: number, what: string) => {
      if (!(Math.abs(a - e) <= REL * Math.abs(e) + floor)) expect.fail(`${what}: got ${a}, expected ${e}`);
    };
    expect(run.trajectory.length).toBe(run.iterations + 1);
    for (let k = 0; k <= run.iterations; k++) {
      const ours = steps[k]!;
      const theirs = c.steps[k]!;
      const where = `step ${k}`;
      for (const v of vars) {
        expectNear(ours.x[v]!, theirs.x[v]!, `${where}: ${v}`);
        near(ours.grad[v]!, theirs.grad[v]!, gFloor, `${where}: grad ${v}`);
        expectNear(run.trajectory[k]!.x[v]!, theirs.x[v]!, `${where}: trajectory ${v}`);
      }
      near(ours.f, theirs.f, fFloor, `${where}: f`);
      for (const [key, value] of Object.entries(theirs.state)) {
        const field = FIELD_OF[key]!;
        if (field === "step") expect(ours.state.step, `${where}: step`).toBe(value);
        else {
          const floor = 1e-9 * scale((s) => Object.values((s.state[key] ?? {}) as Record<string, number>));
          for (const v of vars)
            near(
              ours.state[field]![v]!,
              (value as Record<string, number>)[v]!,
              floor,
              `${where}: ${key}[${v}]`,
            );
        }
      }
    }
  });
});

interface Tutorial {
  expr: string;
  x0: number;
  lr: number;
  tol: number;
  firstGrad: { x: number; value: number; grad: number };
  untilTolerance: { iterations: number; x: number; f: number; trajectory: { x: number; f: number }[] };
  fixedLoop: { steps: number; x: number; f: number; xPlain: number };
}
const tutorial = JSON.parse(
  readFileSync(new URL("../fixtures/tutorial.json", import.meta.url), "utf8"),
) as Tutorial;

describe("the tutorial's gradient descent (core/fixtures/tutorial.json)", () => {
  const f = parse(tutorial.expr);
  const settings = { optimizer: { name: "sgd" as const, lr: tutorial.lr }, x0: { x: tutorial.x0 } };

  it("stops after the update where |f(x_k+1) - f(x_k)| <= tol: 106 updates near x = 2.1056", () => {
    const run = runDescent(f, { ...settings, tol: tutorial.tol });
    const expected = tutorial.untilTolerance;
    expect(run.status).toBe("converged");
    expect(run.iterations).toBe(expected.iterations);
    expectNear(run.argmin["x"]!, expected.x, "argmin");
    expectNear(run.min, expected.f, "min");
    expect(run.trajectory.length).toBe(expected.trajectory.length);
    run.trajectory.forEach((p, k) => {
      expectNear(p.x["x"]!, expected.trajectory[k]!.x, `x_${k}`);
      expectNear(p.f, expected.trajectory[k]!.f, `f(x_${k})`);
    });
  });

  it("the fixed 1000-step loop ends at x = 2.0000", () => {
    // The runner stops once f stops changing; the tutorial's loop does not, so it is written out here.
    const compiled = compile(f, ["x"]);
    const opt = createOptimizer(settings.optimizer, 1);
    const x = Float64Array.of(tutorial.x0);
    const g = new Float64Array(1);
    for (let i = 0; i < tutorial.fixedLoop.steps; i++) {
      compiled.valueAndGrad(x, g);
      step(opt, x, g);
    }
    expectNear(x[0]!, tutorial.fixedLoop.x, "x after the loop");
    expect(x[0]!.toFixed(4)).toBe("2.0000");
  });

  it("starts from f(10) = 60 with gradient 16", () => {
    const run = runDescent(f, { ...settings, maxIter: 1 });
    expect(run.steps[0]!.f).toBe(tutorial.firstGrad.value);
    expect(run.steps[0]!.grad["x"]).toBe(tutorial.firstGrad.grad);
  });
});
