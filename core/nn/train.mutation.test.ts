// The trainer where `npm run mutation core/nn/train.ts` found it loose: predict and evaluate over more points
// than one chunk (256 rows) equal the graph's numbers for the whole batch at once, argmax ties go to the first
// class (torch.argmax), an empty set has no loss or accuracy, reset(seed) is a fresh trainer from that seed, and
// data that does not fit the layers is refused with a message that says how.
import { describe, expect, it } from "vitest";
import { noGrad, type Tensor } from "../diff/tensor.ts";
import { DescentError } from "../expr/errors.ts";
import { makeDataset, type Points } from "./datasets.ts";
import { Trainer, type TrainConfig } from "./train.ts";
import { activate, crossEntropy, linear, logSoftmax, matrix, mseLoss } from "./tensor-ops.ts";

const config: TrainConfig = {
  layers: [2, 5, 4, 3],
  activation: "relu",
  loss: "cross-entropy",
  optimizer: { name: "sgd", lr: 0.1, momentum: 0.9 },
  batchSize: 16,
  shuffle: true,
  seed: 3,
};
const points = (n: number, seed = 5): Points => makeDataset("blobs", { n, seed, testFraction: 0 }).train;

/** The network's outputs for all rows at once, through the graph's ops (no chunks). */
function outputs(t: Trainer, x: Float64Array): Tensor {
  const net = t.network;
  return noGrad(() => {
    let h = matrix(Float64Array.from(x), x.length / 2, 2);
    for (let l = 0; l < net.depth; l++) {
      h = linear(h, net.W[l]!, net.b[l]!);
      if (l + 1 < net.depth) h = activate(t.config.activation, h);
    }
    return h;
  });
}
const argmaxFirst = (row: number[]) => row.indexOf(Math.max(...row));
const expectRelative = (got: number, want: number) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want));

describe("predict and evaluate in chunks of 256 rows", () => {
  it.each([
    ["cross-entropy", 600],
    ["mse", 600],
    ["cross-entropy", 512],
  ] as const)("%s: %i points (whole chunks and maybe a part) give the graph's numbers", (loss, n) => {
    const data = points(n);
    const t = new Trainer({ ...config, loss }, points(60, 9));
    t.epoch();
    const z = outputs(t, data.x);
    const scores = noGrad(() => (loss === "cross-entropy" ? logSoftmax(z) : z));
    const want = Array.from(scores.storage, (v) =>
      loss === "cross-entropy" ? Math.exp(v) : Math.min(1, Math.max(0, v)),
    );
    expect(Array.from(t.predict(data.x))).toStrictEqual(want);
    // A buffer handed in is filled and returned.
    const out = new Float64Array(n * 3);
    expect(t.predict(data.x, out)).toBe(out);
    expect(Array.from(out)).toStrictEqual(want);

    const e = t.evaluate(data.x, data.y);
    const whole = noGrad(() =>
      (loss === "cross-entropy" ? crossEntropy(z, data.y) : mseLoss(z, data.y)).item(),
    );
    expectRelative(e.loss, whole);
    const rows = Array.from({ length: n }, (_, r) => Array.from(z.storage.subarray(3 * r, 3 * r + 3)));
    const right = rows.filter((row, r) => argmaxFirst(row) === data.y[r]).length;
    expect(e.accuracy).toBe(right / n);
  });

  it("MSE outputs outside [0, 1] are clamped to its ends, the ones inside kept", () => {
    const data = points(300);
    const t = new Trainer({ ...config, loss: "mse" }, points(60, 9));
    t.epoch();
    // The last bias moves class 0 below 0 and class 2 above 1.
    t.network.b[t.network.depth - 1]!.storage.set([-2, 0.5, 3]);
    const raw = Array.from(outputs(t, data.x).storage);
    expect([raw.some((v) => v < 0), raw.some((v) => v > 1), raw.some((v) => v > 0 && v < 1)]).toStrictEqual([
      true,
      true,
      true,
    ]);
    expect(Array.from(t.predict(data.x))).toStrictEqual(raw.map((v) => (v < 0 ? 0 : v > 1 ? 1 : v)));
  });

  it("equal outputs: the first class is the prediction, as torch.argmax; no points give NaN", () => {
    // Labels 0, 1, 1, 2, 2, 2, …: the first class is the rarest, so a tie given to the last class would score more.
    const x = points(30).x;
    const data = { x, y: Int32Array.from({ length: 30 }, (_, i) => [0, 1, 1, 2, 2, 2][i % 6]!) };
    const zero = new Trainer(config, data, new Float64Array(new Trainer(config, data).network.params.length));
    const firstClass = 5 / 30;
    const e = zero.evaluate(data.x, data.y);
    expect(e.accuracy).toBe(firstClass);
    expectRelative(e.loss, Math.log(3));
    expect(zero.evaluate(new Float64Array(0), new Int32Array(0))).toStrictEqual({ loss: NaN, accuracy: NaN });
    expect(
      new Trainer({ ...config, loss: "mse" }, data).evaluate(new Float64Array(0), new Int32Array(0)),
    ).toStrictEqual({ loss: NaN, accuracy: NaN });
  });
});

describe("batches", () => {
  it("shuffled or not, each epoch's batches take every point once (lr 0: the losses weighted by batch size sum to the whole set's)", () => {
    const data = points(40);
    for (const shuffle of [true, false]) {
      const t = new Trainer({ ...config, shuffle, optimizer: { name: "sgd", lr: 0 } }, data);
      const whole = t.evaluate(data.x, data.y).loss * 40;
      for (let e = 0; e < 3; e++) {
        const losses = t.epoch();
        expect(losses).toHaveLength(3);
        expectRelative(losses[0]! * 16 + losses[1]! * 16 + losses[2]! * 8, whole);
      }
    }
  });

  it("unshuffled, step k's loss is that of the k-th batch in order", () => {
    const data = points(40);
    const t = new Trainer({ ...config, shuffle: false }, data);
    for (let k = 0; k < 3; k++) {
      const [from, to] = [16 * k, Math.min(16 * k + 16, 40)];
      const batch = t.evaluate(data.x.subarray(2 * from, 2 * to), data.y.subarray(from, to)).loss;
      expectRelative(t.step(), batch);
    }
  });
});

describe("reset", () => {
  it("reset(seed) is a new trainer from that seed: its weights, its shuffling, and reset() returns to them", () => {
    const data = points(40);
    const t = new Trainer(config, data);
    t.epoch();
    t.reset(11);
    const fresh = new Trainer({ ...config, seed: 11 }, data);
    expect(t.weights()).toStrictEqual(fresh.weights());
    const losses = t.epoch();
    expect(losses).toStrictEqual(fresh.epoch());
    t.reset();
    expect(t.weights()).toStrictEqual(new Trainer({ ...config, seed: 11 }, data).weights());
    expect(t.epoch()).toStrictEqual(losses);
  });

  it("a seed outside 0…2³² − 1 is refused by the constructor and by reset", () => {
    expect(() => new Trainer({ ...config, seed: 2 ** 32 }, points(40))).toThrow(
      /^seed must be a whole number from 0 to 4294967295 \(got 4294967296\)/,
    );
    expect(new Trainer({ ...config, seed: 2 ** 32 - 1 }, points(40)).steps).toBe(0);
    const t = new Trainer(config, points(40));
    expect(() => t.reset(-1)).toThrow(DescentError);
    expect(() => t.reset(2 ** 32)).toThrow(
      /seed must be a whole number from 0 to 4294967295 \(got 4294967296\)/,
    );
    t.reset(2 ** 32 - 1);
    expect(t.steps).toBe(0);
  });
});

describe("data that does not fit the layers", () => {
  it.each([
    [
      "one number too many",
      { x: new Float64Array(7), y: new Int32Array(3) },
      "data.x has 7 numbers, not 3×2",
    ],
    [
      "a label past the classes",
      { x: new Float64Array(4), y: Int32Array.of(0, 3) },
      "label 3 is not a class",
    ],
    ["a negative label", { x: new Float64Array(4), y: Int32Array.of(-1, 2) }, "label -1 is not a class"],
  ])("%s", (_name, data, message) => {
    expect(() => new Trainer(config, data)).toThrow(new Error(message));
  });

  it("no points at all is refused; one point and the last class are fine", () => {
    expect(() => new Trainer(config, { x: new Float64Array(0), y: new Int32Array(0) })).toThrow(
      /points must be a whole number from 1 to 10000 \(got 0\)/,
    );
    const one = new Trainer(
      { ...config, batchSize: 1 },
      { x: Float64Array.of(0.5, -0.5), y: Int32Array.of(2) },
    );
    expect(one.epoch()).toHaveLength(1);
    expect(one.epochs).toBe(1);
  });
});
