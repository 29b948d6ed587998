// "Forget zero_grad()": runDescent with forgetZeroGrad replays torch's accumulating loop step by step
// (core/fixtures/zero-grad.json, from scripts/oracle/zero_grad.py): the same points, the same f, and the running
// sum of the recorded gradients equal to torch's accumulated .grad.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runDescent } from "../methods/descent.ts";
import type { OptimizerConfig } from "../methods/optimizers.ts";
import { parse } from "../expr/parser.ts";

interface Case {
  name: string;
  expr: string;
  x0: Record<string, number>;
  optimizer: OptimizerConfig;
  steps: { x: Record<string, number>; f: number; grad: Record<string, number> }[];
}
const { cases } = JSON.parse(
  readFileSync(new URL("../fixtures/zero-grad.json", import.meta.url), "utf8"),
) as {
  cases: Case[];
};

describe("forget zero_grad(): the run equals torch's accumulating run", () => {
  it("covers SGD and momentum", () => {
    expect(cases.some((c) => c.optimizer.name === "sgd" && !("momentum" in c.optimizer))).toBe(true);
    expect(cases.some((c) => "momentum" in c.optimizer)).toBe(true);
  });

  it.each(cases)("$name", (c) => {
    const run = runDescent(parse(c.expr), {
      x0: c.x0,
      optimizer: c.optimizer,
      tol: 0,
      maxIter: c.steps.length - 1,
      forgetZeroGrad: true,
    });
    // The divergence tests may end the run early (it is meant to go wrong); every step it made must match.
    expect(run.steps.length).toBeGreaterThanOrEqual(20);
    const acc: Record<string, number> = Object.fromEntries(run.vars.map((v) => [v, 0]));
    run.steps.forEach((s, k) => {
      const want = c.steps[k]!;
      for (const v of run.vars) {
        acc[v]! += s.grad[v]!;
        expect(s.x[v], `x after update ${k}`).toBeCloseTo(want.x[v]!, 9);
        expect(acc[v], `.grad after update ${k}`).toBeCloseTo(want.grad[v]!, 7);
      }
      expect(s.f, `f after update ${k}`).toBeCloseTo(want.f, 6);
    });
  });

  it("differs from the run that zeroes (the switch changes the run)", () => {
    const c = cases[0]!;
    const opts = { x0: c.x0, optimizer: c.optimizer, tol: 0, maxIter: 10 };
    const plain = runDescent(parse(c.expr), opts);
    const forgot = runDescent(parse(c.expr), { ...opts, forgetZeroGrad: true });
    expect(forgot.steps[1]!.x).toEqual(plain.steps[1]!.x);
    expect(forgot.steps[2]!.x["x"]).not.toBe(plain.steps[2]!.x["x"]);
  });
});
