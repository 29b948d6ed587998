// The trainer's bookkeeping: batches in order with a smaller last one, seeded shuffling, reset, predictions,
// the tutorial's optimizer, weights in PyTorch's layout, and the errors a caller can cause. Parity with PyTorch
// number for number is train.fixtures.test.ts.
import { describe, expect, it, vi } from "vitest";
import { DescentError } from "../expr/errors.ts";
import { makeDataset } from "./datasets.ts";
import { parameterCount } from "./network.ts";
import { Trainer, TUTORIAL_OPTIMIZER, type TrainConfig } from "./train.ts";
import { trainRequest } from "./request.ts";
import { say } from "../messages/index.ts";

const data = makeDataset("spirals", { n: 95, seed: 4, testFraction: 0 }).train;
const config: TrainConfig = {
  layers: [2, 8, 3],
  activation: "tanh",
  loss: "cross-entropy",
  optimizer: { name: "sgd", lr: 0.1, momentum: 0.9 },
  batchSize: 10,
  shuffle: false,
  seed: 1,
};

describe("Trainer", () => {
  it("an epoch of 95 points in batches of 10 is 10 steps, the last of 5 points", () => {
    const t = new Trainer(config, data);
    const losses = t.epoch();
    expect(losses).toHaveLength(10);
    expect([t.steps, t.epochs]).toEqual([10, 1]);
    for (let i = 0; i < 9; i++) t.step();
    expect([t.steps, t.epochs]).toEqual([19, 1]);
    expect(t.epoch()).toHaveLength(1); // the rest of the second pass: its last batch
    expect(t.epochs).toBe(2);
  });

  it("the same seed trains the same way; shuffling changes the batches, reproducibly", () => {
    const run = (c: TrainConfig) => {
      const t = new Trainer(c, data);
      return [...t.epoch(), ...t.epoch()];
    };
    expect(run(config)).toEqual(run(config));
    const shuffled = { ...config, shuffle: true };
    expect(run(shuffled)).toEqual(run(shuffled));
    expect(run(shuffled)).not.toEqual(run(config));
    expect(run({ ...config, seed: 2 })).not.toEqual(run(config));
  });

  it("reset() returns to the initial weights and a fresh optimizer; reset(seed) draws new ones", () => {
    const t = new Trainer(config, data);
    const w0 = t.weights();
    const first = t.epoch();
    t.reset();
    expect([t.steps, t.epochs]).toEqual([0, 0]);
    expect(t.weights()).toEqual(w0);
    expect(t.epoch()).toEqual(first);
    t.reset(9);
    expect(t.weights()).not.toEqual(w0);
  });

  it("initial weights follow PyTorch's Linear default: within ±1/√fan_in, in the layout [W [out][in], b, …]", () => {
    const t = new Trainer({ ...config, layers: [2, 16, 16, 3] }, data);
    const w = t.weights();
    expect(w.map((a) => (Array.isArray(a[0]) ? [a.length, (a[0] as number[]).length] : [a.length]))).toEqual([
      [16, 2],
      [16],
      [16, 16],
      [16],
      [3, 16],
      [3],
    ]);
    const fanIn = [2, 2, 16, 16, 16, 16];
    w.forEach((a, i) => {
      for (const v of a.flat()) expect(Math.abs(v)).toBeLessThanOrEqual(1 / Math.sqrt(fanIn[i]!));
    });
    expect(t.network.params.length).toBe(parameterCount([2, 16, 16, 3]));
  });

  it("a batch larger than the data is all of it", () => {
    const t = new Trainer({ ...config, batchSize: 500 }, data);
    expect(t.epoch()).toHaveLength(1);
  });

  it("given weights are used as they are, and weights() gives them back", () => {
    const w = new Trainer(config, data).weights();
    const t = new Trainer({ ...config, seed: 5 }, data, w);
    expect(t.weights()).toEqual(w);
  });

  it("learns: the loss falls and accuracy rises; predict gives probabilities that sum to 1", () => {
    // The page's default optimizer: the spirals, one and a quarter turns per arm, are too hard for a quick SGD.
    const optimizer = { name: "adam", lr: 0.01 } as const;
    const t = new Trainer({ ...config, layers: [2, 16, 16, 3], optimizer, shuffle: true }, data);
    const before = t.evaluate(data.x, data.y);
    for (let e = 0; e < 200; e++) t.epoch();
    const after = t.evaluate(data.x, data.y);
    expect(after.loss).toBeLessThan(before.loss / 2);
    expect(after.accuracy).toBeGreaterThan(0.8);
    const p = t.predict(Float64Array.of(0, 0, 0.5, -0.5, 1, 1));
    expect(p).toHaveLength(9);
    for (let r = 0; r < 3; r++) expect(p[3 * r]! + p[3 * r + 1]! + p[3 * r + 2]!).toBeCloseTo(1, 12);
  });

  it("after the first step of each batch size, a step makes no arrays of numbers but backward()'s 1-number seed", () => {
    const t = new Trainer({ ...config, layers: [2, 16, 16, 3] }, data);
    t.epoch(); // buffers for batches of 10 and of 5
    const Real = Float64Array;
    let made = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Float64Array>) {
        super(...args);
        made++;
      }
    }
    vi.stubGlobal("Float64Array", Counting);
    try {
      t.epoch();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(made).toBe(10); // 10 steps, one seed each
  });

  it.each(["cross-entropy", "mse"] as const)(
    "%s: evaluate (no graph) gives the loss a full-batch step reports (through the graph)",
    (loss) => {
      const t = new Trainer({ ...config, loss, batchSize: data.y.length }, data);
      const before = t.evaluate(data.x, data.y).loss;
      expect(t.step()).toBeCloseTo(before, 13);
    },
  );

  it("MSE predictions are the outputs clamped to [0, 1]", () => {
    const t = new Trainer({ ...config, loss: "mse" }, data);
    t.epoch();
    for (const v of t.predict(data.x)) expect(v >= 0 && v <= 1).toBe(true);
  });

  it("the tutorial's SGD(lr=0.001, momentum=0.9) is a preset the trainer accepts", () => {
    expect(TUTORIAL_OPTIMIZER).toEqual({ name: "sgd", lr: 0.001, momentum: 0.9 });
    const t = new Trainer({ ...config, optimizer: TUTORIAL_OPTIMIZER }, data);
    expect(t.epoch().every(Number.isFinite)).toBe(true);
  });

  const bad: [string, Partial<TrainConfig>, RegExp][] = [
    ["one layer", { layers: [2] }, /layers must list/],
    ["a layer of 65", { layers: [2, 65, 3] }, /each from 1 to 64/],
    ["ten Linear layers", { layers: [2, 4, 4, 4, 4, 4, 4, 4, 4, 3] }, /at most 8 \+ 1/],
    [
      "an unknown activation",
      { activation: "gelu" as never },
      /activation must be one of tanh, relu, sigmoid/,
    ],
    ["an unknown loss", { loss: "hinge" as never }, /loss must be one of cross-entropy, mse/],
    ["a batch of 0", { batchSize: 0 }, /batchSize must be a whole number from 1 to 10000/],
    ["a fractional batch", { batchSize: 2.5 }, /batchSize/],
    [
      "an unknown optimizer option",
      { optimizer: { name: "sgd", lr: 0.1, beta: 1 } as never },
      /SGD has no option "beta"/,
    ],
    [
      "nesterov without momentum",
      { optimizer: { name: "sgd", lr: 0.1, nesterov: true } },
      /Nesterov momentum needs/,
    ],
  ];
  it("a refused request says so in Thai too (the message is data)", () => {
    try {
      trainRequest({ layers: [2, 3], data: { x: [[1, 2]], y: [5] }, optimizer: { name: "adam" } });
      expect.fail("accepted a label out of range");
    } catch (e) {
      const m = (e as DescentError).msg!;
      expect(say(m)).toMatch(/^data\.y\[0\] must be a class number from 0 to 2/);
      expect(say(m, "th")).toMatch(/^data\.y\[0\] ต้องเป็นหมายเลขคลาสตั้งแต่ 0 ถึง 2/);
    }
    const big = { layers: [2, 3], data: { x: Array(10_001).fill([0, 0]), y: Array(10_001).fill(0) } };
    try {
      trainRequest({ ...big, optimizer: { name: "adam" } });
      expect.fail("accepted too many points");
    } catch (e) {
      expect((e as DescentError).code).toBe("too_complex");
      expect(say((e as DescentError).msg!, "th")).toMatch(/จำนวนจุด เท่ากับ 10001 แต่รับได้ไม่เกิน 10000/);
    }
  });

  it.each(bad)("%s is a DescentError", (_name, change, message) => {
    const make = () => new Trainer({ ...config, ...change }, data);
    expect(make).toThrow(DescentError);
    expect(make).toThrow(message);
  });
});
