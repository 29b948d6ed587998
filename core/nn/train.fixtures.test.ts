// Parity with PyTorch (core/fixtures/nn-train.json, scripts/oracle/nn_train.py): from torch's initial weights,
// with batches in order, the first step's gradients, the loss of every optimizer step and the final weights equal
// torch's to 1e-9 relative —
// tanh, ReLU and sigmoid; SGD with momentum, dampening and Nesterov, weight decay, Adam with its options,
// RMSprop, Adagrad; cross-entropy and MSE; uneven last batches; the tutorial's SGD(lr=0.001, momentum=0.9).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OptimizerConfig } from "../methods/optimizers.ts";
import type { Activation } from "./kernels.ts";
import type { Weights } from "./network.ts";
import { Trainer, TUTORIAL_OPTIMIZER, type LossName } from "./train.ts";

export interface TrainCase {
  name: string;
  request: {
    op: "train";
    layers: number[];
    activation: Activation;
    weights: Weights;
    data: { x: number[][]; y: number[] };
    loss: LossName;
    optimizer: OptimizerConfig;
    batchSize: number;
    epochs: number;
    shuffle: boolean;
  };
  losses: number[];
  /** The gradients of the first step's loss, in PyTorch's layout. */
  grads: Weights;
  weights: Weights;
  accuracy: number;
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/nn-train.json", import.meta.url), "utf8")) as {
  cases: TrainCase[];
};

/** |a − b| ≤ 1e-9·max(|a|, |b|) (plus 1e-15 for numbers that are zero but for rounding). */
export function expectClose(got: readonly number[], want: readonly number[], what: string): void {
  expect(got.length, what).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i]!;
    const tol = 1e-9 * Math.max(Math.abs(g), Math.abs(w)) + 1e-15;
    if (!(Math.abs(g - w) <= tol)) expect.fail(`${what}[${i}]: got ${g}, PyTorch ${w}`);
  });
}

describe("Trainer matches PyTorch step for step", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const r = c.request;
    const t = new Trainer(
      {
        layers: r.layers,
        activation: r.activation,
        loss: r.loss,
        optimizer: r.optimizer,
        batchSize: r.batchSize,
        shuffle: r.shuffle,
        seed: 0,
      },
      { x: Float64Array.from(r.data.x.flat()), y: Int32Array.from(r.data.y) },
      r.weights,
    );
    const losses = [t.step()];
    // backward() has left the first batch's gradients in the parameters' .grad (zeroed at the next step).
    expectClose(Array.from(t.network.grads), c.grads.flat(2), "first step's gradients");
    const n = r.data.y.length;
    const steps = r.epochs * Math.ceil(n / Math.min(r.batchSize, n));
    while (losses.length < steps) losses.push(t.step());
    expect(t.epochs).toBe(r.epochs);
    expectClose(losses, c.losses, "losses");
    expectClose(t.weights().flat(2), c.weights.flat(2), "weights");
    expect(
      Math.round(t.evaluate(Float64Array.from(r.data.x.flat()), Int32Array.from(r.data.y)).accuracy * n),
    ).toBe(Math.round(c.accuracy * n));
  });

  it("the fixtures cover uneven last batches and the tutorial's preset", () => {
    expect(fixture.cases.some((c) => c.request.data.y.length % c.request.batchSize !== 0)).toBe(true);
    expect(fixture.cases.map((c) => c.request.optimizer)).toContainEqual(TUTORIAL_OPTIMIZER);
  });
});
