// The hot loop's stopping and divergence tests, pinned where `npm run mutation core/methods/descent-loop.ts` found
// them loose: x running away while f stays bounded (at the bound itself, and from a start whose scale is not 1), f
// growing by ten orders of magnitude of a large start, an update to an infinite x where f is still finite, the
// record growing past its first capacity, and the growth rule's step length in two variables.
import { describe, expect, it } from "vitest";
import { parse } from "../expr/parser.ts";
import { descend, runDescent, type DescentOptions } from "./descent.ts";
import { iterate, RISE_WINDOW, type Objective } from "./descent-loop.ts";
import { Recorder } from "./descent-record.ts";
import { pointText } from "./descent-messages.ts";
import { createOptimizer, stepper } from "./optimizers.ts";

const run = (expr: string, options: DescentOptions) => runDescent(parse(expr), options);
const sgd = (lr: number) => ({ name: "sgd", lr }) as const;

describe("x running away while f stays bounded is a blow-up (|x| beyond 10¹⁰ × its starting scale)", () => {
  // −tanh(a·x) from 0 has slope −a there, so one SGD update with lr 1 lands on x = a exactly, and f stays in [−1, 1].
  it.each<[string, string, number, string]>([
    ["exactly at the bound: still running", "-tanh(10000000000*x)", 0, "max-iter"],
    ["just beyond it", "-tanh(10000000001*x)", 0, "blow-up"],
    ["exactly at the bound, on the negative side", "tanh(10000000000*x)", 0, "max-iter"],
    ["just beyond it, on the negative side", "tanh(10000000001*x)", 0, "blow-up"],
    // From x = 2 the scale is 2: a jump of 10¹⁰ stays inside, one of 3·10¹⁰ does not.
    ["a start of 2 doubles the bound", "-tanh(10000000000*(x - 2))", 2, "max-iter"],
    ["and beyond the doubled bound", "-tanh(30000000000*(x - 2))", 2, "blow-up"],
  ])("%s", (_, expr, x0, reason) => {
    const r = run(expr, { x0: { x: x0 }, optimizer: sgd(1), maxIter: 1, tol: 0 });
    expect(r.reason).toBe(reason);
  });

  it("f's bound scales with a large start: 100 + a fall of 2·10¹¹ is within 10¹⁰ × 100", () => {
    const options = { x0: { x: 0 }, optimizer: sgd(1e-12), maxIter: 1, tol: 0 };
    expect(run("100 - 500000000000*tanh(x)", options).reason).toBe("max-iter");
    expect(run("1 - 500000000000*tanh(x)", options).reason).toBe("blow-up");
  });
});

it("an update to an infinite x stops as non-finite even where f is still finite there", () => {
  // f = −tanh(2x) written out (the compiled tapes give NaN at an infinite x; an objective passed to descend
  // need not): from 0 the slope is −2, so lr 10³⁰⁸ overflows x to ∞, where f = −1 and f′ = 0.
  const objective: Objective = (x, g) => {
    const t = Math.tanh(2 * x[0]!);
    g[0] = -2 * (1 - t * t);
    return -t;
  };
  const r = descend(objective, [0], { optimizer: sgd(1e308), maxIter: 5 });
  expect([r.reason, r.iterations, r.argmin]).toStrictEqual(["non-finite", 0, { x1: 0 }]);
});

it("an update to a point where f is finite but a slope is not stops as non-finite, back at the last point", () => {
  // f = x + √|y| written out: one update lands on y = 0, where f is finite and its slope in y is infinite.
  const objective: Objective = (x, g) => {
    g[0] = 1;
    g[1] = x[1] === 0 ? Infinity : 0.5 / Math.sqrt(Math.abs(x[1]!));
    return x[0]! + Math.sqrt(Math.abs(x[1]!));
  };
  const r = descend(objective, [0, 0.25], { optimizer: sgd(0.25), maxIter: 5 });
  expect([r.reason, r.iterations, r.argmin]).toStrictEqual(["non-finite", 0, { x1: 0, x2: 0.25 }]);
});

it("the record grows past its first capacity without losing a point", () => {
  // f = (x − 3)² + (y + 1)², its gradient written by hand; SGD with momentum, 40 updates, once into a record of
  // capacity 2 and once 64.
  const objective: Objective = (p, g) => {
    g[0] = 2 * (p[0]! - 3);
    g[1] = 2 * (p[1]! + 1);
    return (p[0]! - 3) ** 2 + (p[1]! + 1) ** 2;
  };
  const record = (capacity: number) => {
    const opt = createOptimizer({ name: "sgd", lr: 0.01, momentum: 0.5 }, 2);
    const rec = new Recorder(2, opt, capacity);
    const x = Float64Array.of(0, 0);
    const g = new Float64Array(2);
    const f0 = objective(x, g);
    rec.start(x, f0, g);
    const end = iterate({
      objective,
      update: stepper(opt),
      rec,
      x,
      g,
      f0,
      tol: 0,
      maxIter: 40,
      watchGrowth: true,
    });
    const slice = (a: Float64Array | undefined, per: number) => [...a!.subarray(0, rec.count * per)];
    return {
      end,
      x: slice(rec.x, 2),
      f: slice(rec.f, 1),
      grad: slice(rec.grad, 2),
      velocity: slice(rec.state.velocity, 2),
    };
  };
  const small = record(2);
  expect(small.end.k).toBe(40);
  expect(small).toStrictEqual(record(64));
});

it("after an overflow the message names the last recorded point, every coordinate of it", () => {
  const r = run("x + 2y", { x0: { x: 1, y: 2 }, optimizer: sgd(1e308) });
  expect(r.messageMsg.id).toBe("gd.overflow");
  expect((r.messageMsg.params as { at: string }).at).toBe(pointText(r.vars, [r.argmin.x!, r.argmin.y!]));
});

describe("the growth rule reads each coordinate's own step", () => {
  // x sits at its minimum (x = 5, no step) while y overshoots ever more: the steps that grow are y's.
  it("y diverging slowly beside a resting x", () => {
    const r = run("(x - 5)^2 + y^2 - 4y", { x0: { x: 5, y: 10 }, optimizer: sgd(1.001) });
    expect([r.reason, r.iterations]).toStrictEqual(["growth", RISE_WINDOW]);
  });

  it("x diverging slowly beside a resting y", () => {
    const r = run("x^2 - 4x + (y - 5)^2", { x0: { x: 10, y: 5 }, optimizer: sgd(1.001) });
    expect([r.reason, r.iterations]).toStrictEqual(["growth", RISE_WINDOW]);
  });
});
