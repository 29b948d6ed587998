// The kernels where `npm run mutation core/nn/kernels.ts` found them loose: log-softmax's shift by the row's
// largest score (without it exp overflows for scores a trained network does reach), each kernel writing only the
// entries it is asked for, and the losses' gradients at their definitions.
import { describe, expect, it } from "vitest";
import * as k from "./kernels.ts";

describe("log-softmax", () => {
  it("scores 2000 apart stay finite: exp of the outputs sums to 1 and their differences are the scores'", () => {
    const z = Float64Array.of(1000, 0, -1000, -5, 800, 3);
    const out = new Float64Array(6);
    k.logSoftmaxForward(z, 2, 3, out);
    expect(out.every(Number.isFinite)).toBe(true);
    for (const r of [0, 1]) {
      const row = out.subarray(3 * r, 3 * r + 3);
      expect(Math.abs(row.reduce((s, v) => s + Math.exp(v), 0) - 1)).toBeLessThan(1e-15);
      // The largest score's log-probability is −log Σ exp(zⱼ − max), the others differ from it as the scores do.
      const top = r === 0 ? 0 : 1;
      for (let j = 0; j < 3; j++) expect(row[j]! - row[top]!).toBe(z[3 * r + j]! - z[3 * r + top]!);
    }
  });

  it("the largest score anywhere in the row, first, middle or last", () => {
    for (const z of [
      [900, 1, 2],
      [1, 900, 2],
      [1, 2, 900],
      [-900, -901, -902],
    ]) {
      const out = new Float64Array(3);
      k.logSoftmaxForward(Float64Array.from(z), 1, 3, out);
      expect(out.every(Number.isFinite)).toBe(true);
      expect(Math.max(...out)).toBeLessThanOrEqual(0);
      expect(Math.abs([...out].reduce((s, v) => s + Math.exp(v), 0) - 1)).toBeLessThan(1e-15);
    }
  });
});

describe("kernels write only what they are asked for", () => {
  it("activations over the first `count` entries, the rest of the buffer untouched", () => {
    for (const kind of k.ACTIVATIONS) {
      const z = Float64Array.of(-1, 0.5, 2, 7);
      const y = Float64Array.of(9, 9, 9, 9);
      k.activationForward(kind, z, 3, y);
      expect(y[3]).toBe(9);
      const gz = Float64Array.of(9, 9, 9, 9);
      k.activationBackward(kind, Float64Array.of(1, 1, 1, 1), y, 3, gz);
      expect(gz[3]).toBe(9);
    }
  });

  it("Linear's backward clears ∂W and ∂b before summing over rows, and leaves ∂x alone when not asked", () => {
    const gy = Float64Array.of(1, 2, 3, 4); // 2 rows, 2 outputs
    const x = Float64Array.of(1, -1, 2, 0.5); // 2 rows, 2 inputs
    const W = Float64Array.of(0.5, 1, -1, 2);
    const gW = Float64Array.of(100, 100, 100, 100);
    const gb = Float64Array.of(100, 100);
    k.linearBackward(gy, x, 2, 2, W, 2, gW, gb, null);
    // ∂b is the column sums of gy, ∂W = gyᵀ·x.
    expect(Array.from(gb)).toStrictEqual([1 + 3, 2 + 4]);
    expect(Array.from(gW)).toStrictEqual([1 * 1 + 3 * 2, 1 * -1 + 3 * 0.5, 2 * 1 + 4 * 2, 2 * -1 + 4 * 0.5]);
  });
});

describe("the losses' gradients", () => {
  it("NLL: −g/B at each row's label, 0 elsewhere (the buffer cleared first)", () => {
    const g = Float64Array.of(5, 5, 5, 5, 5, 5);
    k.nllLossBackward(3, Int32Array.of(2, 0), 2, 3, g);
    expect(Array.from(g)).toStrictEqual([0, 0, -3 / 2, -3 / 2, 0, 0]);
  });

  it("MSE: the mean over every entry, and (2/N)·(out − onehot)·g", () => {
    const out = Float64Array.of(0.5, 1, 0, 2);
    const y = Int32Array.of(1, 0);
    const d = [0.5, 1 - 1, 0 - 1, 2];
    expect(k.mseLossForward(out, y, 2, 2)).toBe(d.reduce((s, v) => s + v * v, 0) / 4);
    const g = new Float64Array(4);
    k.mseLossBackward(3, out, y, 2, 2, g);
    expect(Array.from(g)).toStrictEqual(d.map((v) => (2 / 4) * v * 3));
  });
});
