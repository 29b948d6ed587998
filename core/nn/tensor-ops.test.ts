// The layer ops on the shared autograd: shapes, torch's node names, gradients against central differences
// (the PyTorch parity of whole training runs is train.fixtures.test.ts), and no graph under noGrad.
import { describe, expect, it } from "vitest";
import { noGrad, tensor, type Tensor } from "../diff/tensor.ts";
import {
  activate,
  addBias,
  crossEntropy,
  linear,
  logSoftmax,
  matmul,
  matrix,
  mseLoss,
  nllLoss,
} from "./tensor-ops.ts";
import { mulberry32 } from "./random.ts";

const rand = mulberry32(5);
const randomMatrix = (rows: number, cols: number, requiresGrad = true) =>
  matrix(
    Float64Array.from({ length: rows * cols }, () => 2 * rand() - 1),
    rows,
    cols,
    requiresGrad,
  );
const bias = (n: number) => {
  const t = randomMatrix(1, n);
  return matrix(t.storage, 1, n, true);
};
const labels = Int32Array.of(0, 2, 1, 2);
/** The torch names of the graph's nodes, from the output back. */
const nodeNames = (t: Tensor): string[] =>
  t.gradFn ? [t.gradFn.name, ...t.gradFn.inputs.flatMap((i) => nodeNames(i))] : [];

/** Each case: a scalar function of its leaves, built from the op under test. */
const cases: [name: string, leaves: () => Tensor[], f: (ts: Tensor[]) => Tensor, node: string][] = [
  [
    "linear (x·Wᵀ + b)",
    () => [randomMatrix(4, 3), randomMatrix(2, 3), bias(2)],
    ([x, W, b]) => mseLoss(linear(x!, W!, b!), Int32Array.of(0, 1, 1, 0)),
    "AddmmBackward0",
  ],
  [
    "matmul",
    () => [randomMatrix(4, 3), randomMatrix(3, 3)],
    ([a, b]) => crossEntropy(matmul(a!, b!), labels),
    "MmBackward0",
  ],
  [
    "bias add",
    () => [randomMatrix(4, 3), bias(3)],
    ([a, b]) => crossEntropy(addBias(a!, b!), labels),
    "AddBackward0",
  ],
  ["tanh", () => [randomMatrix(4, 3)], ([z]) => crossEntropy(activate("tanh", z!), labels), "TanhBackward0"],
  ["relu", () => [randomMatrix(4, 3)], ([z]) => crossEntropy(activate("relu", z!), labels), "ReluBackward0"],
  [
    "sigmoid",
    () => [randomMatrix(4, 3)],
    ([z]) => crossEntropy(activate("sigmoid", z!), labels),
    "SigmoidBackward0",
  ],
  [
    "log-softmax + NLL",
    () => [randomMatrix(4, 3)],
    ([z]) => nllLoss(logSoftmax(z!), labels),
    "NllLossBackward0",
  ],
  ["MSE against one-hot", () => [randomMatrix(4, 3)], ([z]) => mseLoss(z!, labels), "MseLossBackward0"],
];

describe("layer ops: gradients by backward() equal central differences", () => {
  it.each(cases)("%s", (_name, leaves, f, node) => {
    const ts = leaves();
    const loss = f(ts);
    expect(loss.shape).toEqual([]);
    expect(nodeNames(loss)).toContain(node);
    loss.backward();
    const h = 1e-6;
    for (const t of ts) {
      for (let i = 0; i < t.size; i++) {
        const v = t.storage[i]!;
        t.storage[i] = v + h;
        const up = noGrad(() => f(ts).item());
        t.storage[i] = v - h;
        const down = noGrad(() => f(ts).item());
        t.storage[i] = v;
        expect(t.grad!.storage[i]).toBeCloseTo((up - down) / (2 * h), 7);
      }
    }
  });
});

describe("layer ops: shapes and graph", () => {
  it("Linear maps [B, in] to [B, out] and records AddmmBackward0; the chain names torch's nodes", () => {
    const x = randomMatrix(5, 2, false);
    const W = randomMatrix(4, 2);
    const b = bias(4);
    const z = linear(x, W, b);
    expect(z.shape).toEqual([5, 4]);
    const a = activate("tanh", z);
    const lp = logSoftmax(a);
    expect([z.gradFn!.name, a.gradFn!.name, lp.gradFn!.name]).toEqual([
      "AddmmBackward0",
      "TanhBackward0",
      "LogSoftmaxBackward0",
    ]);
  });

  it("softmax rows sum to 1; cross-entropy of uniform scores is log C", () => {
    const z = matrix(new Float64Array(6), 2, 3);
    const lp = logSoftmax(z);
    expect(lp.storage[0]).toBeCloseTo(-Math.log(3), 15);
    expect(crossEntropy(z, Int32Array.of(0, 2)).item()).toBeCloseTo(Math.log(3), 15);
  });

  it("noGrad records nothing, and inputs that do not require grad record nothing", () => {
    const W = randomMatrix(2, 2);
    const b = bias(2);
    expect(noGrad(() => linear(randomMatrix(3, 2, false), W, b)).gradFn).toBeNull();
    expect(linear(randomMatrix(3, 2, false), randomMatrix(2, 2, false), bias(2).detach()).gradFn).toBeNull();
  });

  it("gradients accumulate over two backward() calls until zeroed, as torch's", () => {
    const z = randomMatrix(2, 3);
    crossEntropy(z, Int32Array.of(1, 2)).backward();
    const once = Float64Array.from(z.grad!.storage);
    crossEntropy(z, Int32Array.of(1, 2)).backward();
    z.grad!.storage.forEach((g, i) => expect(g).toBeCloseTo(2 * once[i]!, 15));
  });

  const misuse: [string, () => unknown, RegExp][] = [
    [
      "Linear with mismatched W",
      () => linear(randomMatrix(3, 2), randomMatrix(4, 3), bias(4)),
      /Linear: x is 3×2, W is 4×3/,
    ],
    ["mm of 2×3 by 2×3", () => matmul(randomMatrix(2, 3), randomMatrix(2, 3)), /mm: a is 2×3 but b is 2×3/],
    [
      "a label out of range",
      () => crossEntropy(randomMatrix(2, 3), Int32Array.of(0, 3)),
      /label 3 is not a class 0…2/,
    ],
    ["a 1-D input", () => logSoftmax(tensor([1, 2, 3])), /must be a matrix/],
  ];
  it.each(misuse)("%s is an AutogradError", (_name, f, message) => {
    expect(f).toThrow(message);
  });
});
