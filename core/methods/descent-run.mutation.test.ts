// A finished run's objects, pinned where `npm run mutation core/methods/descent-run.ts` found them loose: each
// update is x_k − x_{k−1} coordinate by coordinate, the start has no state, SGD's state has no step, −0 reads as 0,
// and the property shapes (lazy fields serialise and then stay put, raw and messageMsg stay out of the JSON,
// a user's variable is an ordinary own key).
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { runDescent, type DescentOptions } from "./descent.ts";

const run = (expr: string, options: DescentOptions) => runDescent(parse(expr), options);

describe("the steps of a run", () => {
  it("each update is x_k − x_{k−1}, coordinate by coordinate; the start has no update and no state", () => {
    const r = run("(x - 1)^2 + 3(y + 2)^2", {
      x0: { x: 4, y: 5 },
      optimizer: { name: "adam", lr: 0.1 },
      maxIter: 3,
    });
    const { steps, trajectory } = r;
    expect(steps[0]!.update).toBeNull();
    expect(steps[0]!.state).toStrictEqual({});
    for (let k = 1; k < steps.length; k++) {
      const [before, after] = [trajectory[k - 1]!.x, trajectory[k]!.x];
      expect(steps[k]!.update).toStrictEqual({ x: after.x! - before.x!, y: after.y! - before.y! });
      expect(steps[k]!.state.step).toBe(k);
    }
  });

  it("SGD's state has its velocity and no step (torch keeps none for SGD)", () => {
    const r = run("x^2", { x0: { x: 1 }, optimizer: { name: "sgd", lr: 0.1, momentum: 0.5 }, maxIter: 2 });
    expect(Object.keys(r.steps[1]!.state)).toStrictEqual(["velocity"]);
  });

  it("−0 reads as 0 in x, f and the gradient", () => {
    const r = run("x^3", { x0: { x: -0 }, maxIter: 0 });
    for (const v of [
      r.argmin.x,
      r.min,
      r.trajectory[0]!.x.x,
      r.trajectory[0]!.f,
      r.steps[0]!.grad.x,
      r.steps[0]!.f,
    ])
      expect(Object.is(v, 0)).toBe(true);
  });
});

describe("the run's property shapes", () => {
  const make = () => run("x^2 + y^2", { x0: { x: 1, y: 2 }, maxIter: 2 });

  it("trajectory and steps serialise before anyone reads them, then stay as read", () => {
    const r = make();
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(Object.keys(json)).toStrictEqual([
      "status",
      "reason",
      "message",
      "flat",
      "vars",
      "argmin",
      "min",
      "iterations",
      "trajectory",
      "steps",
    ]);
    const value = r.trajectory;
    expect(Object.getOwnPropertyDescriptor(r, "trajectory")).toStrictEqual({
      value,
      enumerable: true,
      configurable: true,
      writable: false,
    });
  });

  it("raw and messageMsg are there to read, but not enumerable", () => {
    const r = make();
    expect(r.raw.count).toBe(3);
    expect(r.messageMsg).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(r, "raw")?.enumerable).toBe(false);
    expect(Object.getOwnPropertyDescriptor(r, "messageMsg")?.enumerable).toBe(false);
  });

  it("a variable named __proto__ is an ordinary own key of each point", () => {
    const r = run("__proto__^2", {
      x0: JSON.parse('{"__proto__": 3}') as Record<string, number>,
      maxIter: 1,
    });
    expect(Object.getOwnPropertyDescriptor(r.argmin, "__proto__")).toStrictEqual({
      value: r.argmin["__proto__"],
      enumerable: true,
      configurable: true,
      writable: true,
    });
  });
});
