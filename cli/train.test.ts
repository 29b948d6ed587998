// `descent batch` op "train": PyTorch's numbers through the command line's JSON (the requests of
// core/fixtures/nn-train.json as they are), the answer's shape, and a coded error for every bad request.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectClose, type TrainCase } from "../core/nn/train.fixtures.test.ts";
import { handleLine } from "./batch.ts";

const fixture = JSON.parse(
  readFileSync(new URL("../core/fixtures/nn-train.json", import.meta.url), "utf8"),
) as { cases: TrainCase[] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ask = (req: object) => JSON.parse(handleLine(JSON.stringify(req))) as Record<string, any>;

describe("batch train matches PyTorch", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const out = ask(c.request);
    expect(out.ok, JSON.stringify(out).slice(0, 300)).toBe(true);
    expect(Object.keys(out)).toEqual(["ok", "losses", "accuracy", "weights"]);
    expectClose(out.losses, c.losses, "losses");
    expectClose((out.weights as number[][]).flat(2), c.weights.flat(2), "weights");
    expect(out.accuracy).toBe(c.accuracy);
    // The same layout in as out: the answer's weights can be sent back as the next request's.
    expect(JSON.stringify(out.weights, (_k, v) => (typeof v === "number" ? 0 : v))).toBe(
      JSON.stringify(c.request.weights, (_k, v) => (typeof v === "number" ? 0 : v)),
    );
  });
});

const base = {
  op: "train",
  layers: [2, 3, 2],
  data: {
    x: [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
    y: [0, 1, 1],
  },
  optimizer: { name: "sgd", lr: 0.1 },
  batchSize: 2,
  epochs: 2,
};

describe("batch train requests", () => {
  it("without weights: PyTorch's default initialisation from the seed, reproducibly; shuffle takes the seed too", () => {
    const a = ask(base);
    expect(a.ok).toBe(true);
    expect(a.losses).toHaveLength(4); // 2 epochs × (a batch of 2 and one of 1)
    expect(ask(base)).toEqual(a);
    expect(ask({ ...base, seed: 3 }).losses).not.toEqual(a.losses);
    expect(ask({ ...base, shuffle: true, seed: 3 })).toEqual(ask({ ...base, shuffle: true, seed: 3 }));
  });

  it("every option of the minimize op's optimizers is accepted", () => {
    for (const optimizer of [
      { name: "sgd", lr: 0.1, momentum: 0.9, dampening: 0, nesterov: true, weight_decay: 0.01 },
      { name: "rmsprop", lr: 0.01, alpha: 0.9, eps: 1e-6, weight_decay: 0.1, momentum: 0.5, centered: true },
      {
        name: "adagrad",
        lr: 0.1,
        lr_decay: 0.01,
        weight_decay: 0.1,
        initial_accumulator_value: 0.1,
        eps: 1e-9,
      },
      { name: "adam", lr: 0.01, betas: [0.8, 0.9], eps: 1e-6, weight_decay: 0.1, amsgrad: true },
    ])
      expect(ask({ ...base, optimizer }).ok, JSON.stringify(optimizer)).toBe(true);
  });

  it("a run that diverges says so: the first optimizer step whose loss is not a number, the losses null after", () => {
    const spread = { x: [-2, -1, 0, 1, 2, 3].map((v) => [v, -v]), y: [0, 1, 0, 1, 0, 1] };
    const req = { ...base, data: spread, layers: [2, 8, 2], loss: "mse", batchSize: 2, epochs: 100 };
    const calm = ask({ ...req, optimizer: { name: "sgd", lr: 0.1 } });
    expect(calm.ok).toBe(true);
    expect(calm).not.toHaveProperty("diverged");
    const wild = ask({ ...req, optimizer: { name: "sgd", lr: 10, momentum: 0.9 } });
    expect(wild.ok).toBe(true);
    expect(Object.keys(wild)).toEqual(["ok", "losses", "accuracy", "weights", "diverged"]);
    const k = wild.diverged.step as number;
    expect(k).toBeGreaterThan(0);
    expect(wild.losses[k - 2]).toEqual(expect.any(Number));
    expect(wild.losses.slice(k - 1).every((l: unknown) => l === null)).toBe(true);
  });

  const W = [
    [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
    [0, 0, 0],
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    [0, 0],
  ];
  const errors: [string, object, string, RegExp][] = [
    ["one layer", { layers: [2] }, "invalid_option", /^layers must list the number of neurons/],
    ["a layer of 0", { layers: [2, 0, 2] }, "invalid_option", /each from 1 to 64 \(got \[2,0,2\]\)/],
    [
      "weights of the wrong count",
      { weights: W.slice(0, 3) },
      "invalid_option",
      /weights must have the shape \[W1, b1, W2, b2\] \(got \[3\]\)/,
    ],
    [
      "W1 with a row missing",
      {
        weights: [
          [
            [1, 2],
            [3, 4],
          ],
          W[1],
          W[2],
          W[3],
        ],
      },
      "invalid_option",
      /weights\[0\] \(W1\) must have the shape \[3, 2\] \(got \[2, 2\]\)/,
    ],
    [
      "a weight row too short",
      {
        weights: [
          W[0],
          W[1],
          [
            [1, 2],
            [4, 5, 6],
          ],
          W[3],
        ],
      },
      "invalid_option",
      /weights\[2\] \(W2\)\[0\] must have the shape \[3\] \(got \[2\]\)/,
    ],
    [
      "a bias too long",
      { weights: [W[0], [0, 0, 0, 0], W[2], W[3]] },
      "invalid_option",
      /weights\[1\] \(b1\) must have the shape \[3\] \(got \[4\]\)/,
    ],
    [
      "a non-finite weight",
      { weights: [W[0], [0, "x", 0], W[2], W[3]] },
      "invalid_option",
      /weights\[1\] \(b1\)\[1\] must be a finite number/,
    ],
    [
      "x and y of different lengths",
      { data: { x: [[1, 2]], y: [0, 1] } },
      "invalid_option",
      /got 1 points and 2 labels/,
    ],
    ["no data", { data: undefined }, "invalid_option", /data\.x and data\.y must be lists/],
    [
      "a point of 3 numbers",
      { data: { x: [[1, 2, 3]], y: [0] } },
      "invalid_option",
      /data\.x\[0\] must be a list of 2 finite numbers/,
    ],
    ["a string in a point", { data: { x: [[1, "2"]], y: [0] } }, "invalid_option", /data\.x\[0\]/],
    [
      "a label out of range",
      { data: { x: [[1, 2]], y: [2] } },
      "invalid_option",
      /data\.y\[0\] must be a class number from 0 to 1/,
    ],
    ["a negative label", { data: { x: [[1, 2]], y: [-1] } }, "invalid_option", /data\.y\[0\]/],
    ["a fractional label", { data: { x: [[1, 2]], y: [0.5] } }, "invalid_option", /data\.y\[0\]/],
    [
      "an unknown activation",
      { activation: "gelu" },
      "invalid_option",
      /activation must be one of tanh, relu, sigmoid/,
    ],
    ["an unknown loss", { loss: "hinge" }, "invalid_option", /loss must be one of cross-entropy, mse/],
    ["batchSize 0", { batchSize: 0 }, "invalid_option", /batchSize must be a whole number from 1 to 10000/],
    ["epochs too many", { epochs: 1001 }, "invalid_option", /epochs must be a whole number from 0 to 1000/],
    ["shuffle not a boolean", { shuffle: "yes" }, "invalid_option", /shuffle must be true or false/],
    ["no optimizer", { optimizer: undefined }, "invalid_option", /Unknown optimizer null/],
    ["SGD without lr", { optimizer: "sgd" }, "invalid_option", /SGD needs a learning rate/],
    [
      "an optimizer option minimize refuses",
      { optimizer: { name: "adam", betas: [0.9, 1] } },
      "invalid_option",
      /betas\[1\]/,
    ],
    [
      "too many steps",
      { batchSize: 1, epochs: 1000, data: { x: Array(200).fill([1, 2]), y: Array(200).fill(0) } },
      "too_complex",
      /epochs × batches per epoch is 200000, at most 100000/,
    ],
    [
      "too much work",
      {
        layers: [2, 64, 64, 64, 64, 3],
        epochs: 1000,
        batchSize: 100,
        data: { x: Array(2000).fill([1, 2]), y: Array(2000).fill(0) },
      },
      "too_complex",
      /points × epochs × parameters is 25734000000, at most 1000000000/,
    ],
    [
      "too many points",
      { data: { x: Array(10_001).fill([1, 2]), y: Array(10_001).fill(0) } },
      "too_complex",
      /the number of points is 10001, at most 10000/,
    ],
  ];
  it.each(errors)("%s", (_name, change, code, message) => {
    const out = ask({ ...base, weights: W, ...change });
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe(code);
    expect(out.error.message).toMatch(message);
  });
});
