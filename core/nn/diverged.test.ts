// Divergence: the first non-finite loss, counted as optimizer steps from 1; a real run with SGD at lr 10 diverges
// (with squared error: cross-entropy's log-softmax keeps its loss finite however large the weights grow).
import { describe, expect, it } from "vitest";
import { divergedAt } from "./diverged.ts";
import { makeDataset } from "./datasets.ts";
import { Trainer } from "./train.ts";

describe("divergedAt", () => {
  const cases: [losses: number[], step: number | null][] = [
    [[], null],
    [[1.1, 0.9, 0.5], null],
    [[1.1, NaN, NaN], 2],
    [[Infinity], 1],
    [[1, 2, -Infinity, NaN], 3],
  ];
  it.each(cases)("%o → %s", (losses, step) => expect(divergedAt(losses)).toBe(step));

  it("SGD with lr 10 and squared error on the spirals diverges within a few epochs; lr 0.1 does not", () => {
    const data = makeDataset("spirals", { n: 90, seed: 1, testFraction: 0 }).train;
    const run = (lr: number) => {
      const t = new Trainer(
        {
          layers: [2, 8, 8, 3],
          activation: "tanh",
          loss: "mse",
          optimizer: { name: "sgd", lr, momentum: 0.9 },
          batchSize: 10,
          shuffle: false,
          seed: 1,
        },
        data,
      );
      const losses: number[] = [];
      for (let e = 0; e < 20; e++) losses.push(...t.epoch());
      return divergedAt(losses);
    };
    expect(run(10)).toBeGreaterThan(0);
    expect(run(0.1)).toBeNull();
  });
});
