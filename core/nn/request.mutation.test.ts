// The `train` request read field by field, where `npm run mutation core/nn` found request.ts pinned only by the
// command line's tests: each default equals the value written out, each bound is accepted exactly and refused one
// past it, and a refused request carries its code and its whole catalog message (parameters included).
import { describe, expect, it } from "vitest";
import { msg } from "../messages/index.ts";
import { createOptimizer } from "../methods/optimizers.ts";
import { MAX_EPOCHS, MAX_LINEAR, MAX_POINTS, MAX_STEPS, MAX_WIDTH, MAX_WORK } from "./limits.ts";
import { parameterCount } from "./network.ts";
import { trainRequest } from "./request.ts";
import { Trainer } from "./train.ts";
import type { OptimizerConfig } from "../methods/optimizers.ts";
import { thrownCodeAndMsg as thrown } from "../test-support/errors.ts";

const base = () => ({
  layers: [2, 3, 2],
  data: {
    x: [
      [1, 2],
      [3, -4],
      [-5, 6],
    ],
    y: [0, 1, 1],
  },
  optimizer: { name: "sgd", lr: 0.1 },
  batchSize: 2,
  epochs: 2,
});
const ask = (change: Record<string, unknown>) => trainRequest({ ...base(), ...change });
const refused = (change: Record<string, unknown>) => thrown(() => ask(change));
const without = (key: string) => {
  const req: Record<string, unknown> = base();
  delete req[key];
  return req;
};

describe("trainRequest: defaults are the values written out", () => {
  it.each<[string, unknown, unknown]>([
    ["activation", "tanh", "relu"],
    ["loss", "cross-entropy", "mse"],
    ["seed", 0, 1],
    ["epochs", 1, 2],
    ["batchSize", 3, 1],
    ["shuffle", false, true],
  ])("%s left out is %o (and another value answers differently)", (key, value, other) => {
    const omitted = trainRequest(without(key));
    expect(omitted).toStrictEqual(ask({ [key]: value }));
    expect(ask({ [key]: other })).not.toStrictEqual(omitted);
  });

  it("one step per batch per epoch (the last batch smaller), and epochs 0 trains nothing", () => {
    expect(ask({ batchSize: 2, epochs: 3 }).losses).toHaveLength(6);
    expect(ask({ batchSize: 3, epochs: 3 }).losses).toHaveLength(3);
    expect(ask({ batchSize: 9, epochs: 2 }).losses).toHaveLength(2);
    const idle = ask({ epochs: 0 });
    expect(idle.losses).toStrictEqual([]);
    expect(idle.weights).toStrictEqual(ask({ epochs: 0 }).weights);
  });

  it("given weights are the start; the answer's weights, accuracy and losses are the trainer's", () => {
    const W = [
      [
        [0.1, -0.2],
        [0.3, 0.4],
        [-0.5, 0.6],
      ],
      [0, 0.1, -0.1],
      [
        [0.2, 0.1, -0.3],
        [-0.2, 0.4, 0.1],
      ],
      [0.05, -0.05],
    ];
    const still = ask({ weights: W, epochs: 0 });
    expect(still.weights).toStrictEqual(W);
    const moved = ask({ weights: W });
    expect(moved.weights).not.toStrictEqual(W);
    expect(moved.losses.every(Number.isFinite)).toBe(true);
    expect(moved.accuracy * 3).toBe(Math.round(moved.accuracy * 3));
    expect(moved).not.toHaveProperty("diverged");
    // The first loss is of the given weights on the first batch: the same whatever the seed.
    expect(ask({ weights: W, seed: 9 }).losses[0]).toBe(moved.losses[0]);
  });

  it("the answer is the Trainer's, run on the same points for the same epochs", () => {
    const req = { ...base(), activation: "sigmoid", loss: "mse", shuffle: true, seed: 7, epochs: 3 };
    const trainer = new Trainer(
      {
        layers: req.layers,
        activation: "sigmoid",
        loss: "mse",
        optimizer: req.optimizer as OptimizerConfig,
        batchSize: 2,
        shuffle: true,
        seed: 7,
      },
      { x: Float64Array.from(req.data.x.flat()), y: Int32Array.from(req.data.y) },
    );
    const losses = [trainer.epoch(), trainer.epoch(), trainer.epoch()].flat();
    const x = Float64Array.from(req.data.x.flat());
    expect(trainRequest(req)).toStrictEqual({
      losses,
      accuracy: trainer.evaluate(x, Int32Array.from(req.data.y)).accuracy,
      weights: trainer.weights(),
    });
  });

  it('"sgd" alone reads as {"name": "sgd"}, so the optimizer\'s own check names what is missing', () => {
    const expected = thrown(() => createOptimizer({ name: "sgd" } as never, 1));
    expect(expected).not.toBeNull();
    expect(refused({ optimizer: "sgd" })).toStrictEqual(expected);
    expect(refused({ optimizer: { name: "sgd" } })).toStrictEqual(expected);
    expect(ask({ optimizer: { name: "adam", lr: 0.01 } }).losses).toHaveLength(4);
  });
});

describe("trainRequest: each bound met exactly is accepted, one past it refused with its message", () => {
  it.each<[string, unknown]>([
    ["layers", [2, ...Array<number>(MAX_LINEAR - 1).fill(1), 2]],
    ["layers", [2, MAX_WIDTH, 2]],
    ["layers", [2, 1, 2]],
    ["seed", 2 ** 32 - 1],
    ["epochs", MAX_EPOCHS],
    ["batchSize", 1],
    ["batchSize", MAX_POINTS],
  ])("%s = %o is accepted", (key, value) => {
    expect(refused({ [key]: value, ...(key === "epochs" ? { batchSize: 3 } : {}) })).toBeNull();
  });

  const layersMsg = (got: string) =>
    msg("nn.layers", { key: "layers", maxLinear: String(MAX_LINEAR), maxWidth: String(MAX_WIDTH), got });
  const whole = (key: string, min: number, max: number, got: string) =>
    msg("nn.whole", { key, min: String(min), max: String(max), got });
  it.each<[string, Record<string, unknown>, unknown]>([
    ["one layer", { layers: [2] }, layersMsg("[2]")],
    ["no layers", { layers: undefined }, layersMsg("undefined")],
    ["layers not a list", { layers: 3 }, layersMsg("3")],
    [
      "one Linear layer too many",
      { layers: [2, ...Array<number>(MAX_LINEAR).fill(1), 2] },
      layersMsg(JSON.stringify([2, ...Array<number>(MAX_LINEAR).fill(1), 2])),
    ],
    ["a layer of 0", { layers: [2, 0, 2] }, layersMsg("[2,0,2]")],
    ["a layer one too wide", { layers: [2, MAX_WIDTH + 1, 2] }, layersMsg(`[2,${MAX_WIDTH + 1},2]`)],
    ["a fractional layer", { layers: [2, 1.5, 2] }, layersMsg("[2,1.5,2]")],
    ["a layer as text", { layers: [2, "3", 2] }, layersMsg('[2,"3",2]')],
    [
      "an unknown activation",
      { activation: "gelu" },
      msg("nn.oneOf", { key: "activation", names: "tanh, relu, sigmoid", got: '"gelu"' }),
    ],
    [
      "an unknown loss",
      { loss: "hinge" },
      msg("nn.oneOf", { key: "loss", names: "cross-entropy, mse", got: '"hinge"' }),
    ],
    ["shuffle as text", { shuffle: "yes" }, msg("opt.boolean", { key: "shuffle", got: '"yes"' })],
    ["shuffle as a number", { shuffle: 1 }, msg("opt.boolean", { key: "shuffle", got: "1" })],
    [
      "shuffle as a long text, shortened to 40 characters",
      { shuffle: "y".repeat(60) },
      msg("opt.boolean", { key: "shuffle", got: `"${"y".repeat(39)}` }),
    ],
    ["a negative seed", { seed: -1 }, whole("seed", 0, 2 ** 32 - 1, "-1")],
    ["a seed one too big", { seed: 2 ** 32 }, whole("seed", 0, 2 ** 32 - 1, String(2 ** 32))],
    ["a fractional seed", { seed: 0.5 }, whole("seed", 0, 2 ** 32 - 1, "0.5")],
    ["a seed as text", { seed: "1" }, whole("seed", 0, 2 ** 32 - 1, '"1"')],
    ["negative epochs", { epochs: -1 }, whole("epochs", 0, MAX_EPOCHS, "-1")],
    [
      "one epoch too many",
      { epochs: MAX_EPOCHS + 1 },
      whole("epochs", 0, MAX_EPOCHS, String(MAX_EPOCHS + 1)),
    ],
    ["a batch of 0", { batchSize: 0 }, whole("batchSize", 1, MAX_POINTS, "0")],
    [
      "a batch one too big",
      { batchSize: MAX_POINTS + 1 },
      whole("batchSize", 1, MAX_POINTS, String(MAX_POINTS + 1)),
    ],
    [
      "no data",
      { data: undefined },
      msg("nn.points", { x: "data.x", y: "data.y", nx: "nothing", ny: "nothing" }),
    ],
    [
      "data as a list",
      { data: [[1, 2]] },
      msg("nn.points", { x: "data.x", y: "data.y", nx: "nothing", ny: "nothing" }),
    ],
    [
      "data null",
      { data: null },
      msg("nn.points", { x: "data.x", y: "data.y", nx: "nothing", ny: "nothing" }),
    ],
    [
      "x not a list",
      { data: { x: 5, y: [0] } },
      msg("nn.points", { x: "data.x", y: "data.y", nx: "5", ny: "1" }),
    ],
    [
      "y not a list",
      { data: { x: [[1, 2]], y: "0" } },
      msg("nn.points", { x: "data.x", y: "data.y", nx: "1", ny: '"0"' }),
    ],
    [
      "more labels than points",
      { data: { x: [[1, 2]], y: [0, 1] } },
      msg("nn.points", { x: "data.x", y: "data.y", nx: "1", ny: "2" }),
    ],
    [
      "no points",
      { data: { x: [], y: [] } },
      msg("nn.points", { x: "data.x", y: "data.y", nx: "0", ny: "0" }),
    ],
    [
      "a point of 3 numbers",
      {
        data: {
          x: [
            [1, 2],
            [1, 2, 3],
          ],
          y: [0, 1],
        },
      },
      msg("nn.point", { where: "data.x[1]", n: "2", got: "[1,2,3]" }),
    ],
    [
      "a point of 1 number",
      { data: { x: [[1]], y: [0] } },
      msg("nn.point", { where: "data.x[0]", n: "2", got: "[1]" }),
    ],
    [
      "a point that is a number",
      { data: { x: [7], y: [0] } },
      msg("nn.point", { where: "data.x[0]", n: "2", got: "7" }),
    ],
    [
      "text in a point",
      { data: { x: [[1, "2"]], y: [0] } },
      msg("nn.point", { where: "data.x[0]", n: "2", got: '[1,"2"]' }),
    ],
    [
      "an infinite coordinate",
      {
        data: {
          x: [
            [1, 2],
            [Infinity, 0],
          ],
          y: [0, 1],
        },
      },
      msg("nn.point", { where: "data.x[1]", n: "2", got: "[null,0]" }),
    ],
    [
      "a label one too big",
      {
        data: {
          x: [
            [1, 2],
            [3, 4],
          ],
          y: [1, 2],
        },
      },
      msg("nn.label", { where: "data.y[1]", max: "1", got: "2" }),
    ],
    [
      "a negative label",
      { data: { x: [[1, 2]], y: [-1] } },
      msg("nn.label", { where: "data.y[0]", max: "1", got: "-1" }),
    ],
    [
      "a fractional label",
      { data: { x: [[1, 2]], y: [0.5] } },
      msg("nn.label", { where: "data.y[0]", max: "1", got: "0.5" }),
    ],
    [
      "a label as text",
      { data: { x: [[1, 2]], y: ["1"] } },
      msg("nn.label", { where: "data.y[0]", max: "1", got: '"1"' }),
    ],
  ])("%s", (_name, change, m) => {
    expect(refused(change)).toStrictEqual(["invalid_option", m]);
  });

  it("the last class is a label, the point count at its bound is accepted, one more is too much work", () => {
    expect(refused({ data: { x: [[1, 2]], y: [1] }, layers: [2, 2] })).toBeNull();
    const points = (n: number) => ({ x: Array<number[]>(n).fill([0, 0]), y: Array<number>(n).fill(0) });
    expect(refused({ layers: [2, 1], data: points(MAX_POINTS), epochs: 0 })).toBeNull();
    expect(refused({ layers: [2, 1], data: points(MAX_POINTS + 1), epochs: 0 })).toStrictEqual([
      "too_complex",
      msg("nn.tooMuch", { what: msg("nn.what.points"), n: String(MAX_POINTS + 1), max: String(MAX_POINTS) }),
    ]);
  });

  it("steps count each epoch's batches, a smaller last one included; work is points × epochs × parameters", () => {
    // 101 points in batches of 1 for 1000 epochs: 101,000 steps; in batches of 101 (or more) 1000.
    const points = (n: number) => ({ x: Array<number[]>(n).fill([0, 0]), y: Array<number>(n).fill(0) });
    const tooMany = (n: number) =>
      msg("nn.tooMuch", { what: msg("nn.what.steps"), n: String(n), max: String(MAX_STEPS) });
    expect(refused({ data: points(101), batchSize: 1, epochs: MAX_EPOCHS })).toStrictEqual([
      "too_complex",
      tooMany(101 * MAX_EPOCHS),
    ]);
    // Batches of 2 over 201 points: 101 a pass, the last of one point.
    expect(refused({ data: points(201), batchSize: 2, epochs: 991 })).toStrictEqual([
      "too_complex",
      tooMany(101 * 991),
    ]);
    const layers = [2, 64, 64, 64, 2];
    const n = 10_000;
    const epochs = Math.floor(MAX_WORK / (n * parameterCount(layers))) + 1;
    expect(refused({ layers, data: points(n), batchSize: n, epochs })).toStrictEqual([
      "too_complex",
      msg("nn.tooMuch", {
        what: msg("nn.what.work"),
        n: String(n * epochs * parameterCount(layers)),
        max: String(MAX_WORK),
      }),
    ]);
  });
});

describe("trainRequest: a run that diverges says where", () => {
  it("the first optimizer step whose loss is not finite, counted from 1", () => {
    const spread = { x: [-2, -1, 0, 1, 2, 3].map((v) => [v, -v]), y: [0, 1, 0, 1, 0, 1] };
    const req = { data: spread, layers: [2, 8, 2], loss: "mse", batchSize: 2, epochs: 100 };
    const wild = ask({ ...req, optimizer: { name: "sgd", lr: 10, momentum: 0.9 } });
    const k = wild.losses.findIndex((l) => !Number.isFinite(l)) + 1;
    expect(k).toBeGreaterThan(1);
    expect(wild.diverged).toStrictEqual({ step: k });
    expect(Object.keys(wild)).toStrictEqual(["losses", "accuracy", "weights", "diverged"]);
    expect(Object.keys(ask(req))).toStrictEqual(["losses", "accuracy", "weights"]);
  });
});
