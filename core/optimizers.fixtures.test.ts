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
  JSON.parse(readFileSync(new URL("./fixtures/optimizers.json", import.meta.url), "utf8")) as {
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
