// The layer ops where `npm run mutation core/nn/tensor-ops.ts` found them loose: each misuse with its whole
// message, what each node saves for backward (a second backward, an input or result changed in place), the
// buffers a caller hands in (the result and gradients land there; none is written for an input without grad),
// and labels beyond the batch's rows.
import { describe, expect, it } from "vitest";
import { AutogradError, noGrad, Tensor, tensor } from "../diff/tensor.ts";
import {
  activate,
  addBias,
  linear,
  logSoftmax,
  matmul,
  matrix,
  mseLoss,
  nllLoss,
  type LinearBuffers,
} from "./tensor-ops.ts";
import { mulberry32 } from "./random.ts";

const error = (f: () => unknown): string | null => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof AutogradError)) throw e;
    return e.message;
  }
  return null;
};
const filled = (rows: number, cols: number, requiresGrad = true, seed = rows * 10 + cols) => {
  const rand = mulberry32(seed);
  return matrix(
    Float64Array.from({ length: rows * cols }, () => 2 * rand() - 1),
    rows,
    cols,
    requiresGrad,
  );
};
const vector = (n: number) =>
  tensor(
    Array.from({ length: n }, (_, i) => i / 4 - 0.3),
    { requiresGrad: true },
  );

describe("layer ops: misuse, each with its whole message", () => {
  it.each([
    [
      "5 numbers as a 2×3 matrix",
      () => matrix(new Float64Array(5), 2, 3),
      "5 numbers cannot be a 2×3 matrix",
    ],
    ["a 1-D x", () => linear(vector(2), filled(3, 2), vector(3)), "x must be a matrix (got shape [2])"],
    [
      "a 3-D x",
      () =>
        linear(new Tensor(new Float64Array(6), [1, 2, 3], { n: 0 }, false, null), filled(3, 2), vector(3)),
      "x must be a matrix (got shape [1, 2, 3])",
    ],
    ["a scalar W", () => linear(filled(4, 2), tensor(1), vector(3)), "W must be a matrix (got shape [])"],
    [
      "W with the wrong inputs",
      () => linear(filled(3, 2), filled(4, 3), vector(4)),
      "Linear: x is 3×2, W is 4×3, b has 4 numbers",
    ],
    [
      "b with the wrong outputs",
      () => linear(filled(3, 2), filled(4, 2), vector(3)),
      "Linear: x is 3×2, W is 4×2, b has 3 numbers",
    ],
    ["a 1-D a in mm", () => matmul(vector(3), filled(3, 2)), "a must be a matrix (got shape [3])"],
    ["a 1-D b in mm", () => matmul(filled(2, 3), vector(3)), "b must be a matrix (got shape [3])"],
    ["mm of 2×3 by 2×3", () => matmul(filled(2, 3), filled(2, 3)), "mm: a is 2×3 but b is 2×3"],
    ["a 1-D a in a bias add", () => addBias(vector(3), vector(3)), "a must be a matrix (got shape [3])"],
    [
      "a bias of the wrong size",
      () => addBias(filled(4, 3), vector(2)),
      "a bias of 2 numbers cannot be added to 3 columns",
    ],
    ["a 1-D z", () => logSoftmax(vector(3)), "z must be a matrix (got shape [3])"],
    ["a 1-D logp", () => nllLoss(vector(3), Int32Array.of(0)), "logp must be a matrix (got shape [3])"],
    ["a 1-D out", () => mseLoss(vector(3), Int32Array.of(0)), "out must be a matrix (got shape [3])"],
    ["fewer labels than rows", () => nllLoss(filled(3, 2), Int32Array.of(0, 1)), "3 rows but 2 labels"],
    ["a negative label", () => nllLoss(filled(2, 3), Int32Array.of(0, -1)), "label -1 is not a class 0…2"],
    [
      "a label one past the classes",
      () => mseLoss(filled(2, 3), Int32Array.of(3, 0)),
      "label 3 is not a class 0…2",
    ],
  ])("%s", (_name, f, message) => {
    expect(error(f)).toBe(message);
  });

  it("a matrix is a leaf that requires grad only when asked", () => {
    const m = matrix(new Float64Array(6), 2, 3);
    expect([m.shape, m.requiresGrad, m.isLeaf, m.gradFn]).toStrictEqual([[2, 3], false, true, null]);
    expect(matrix(new Float64Array(6), 3, 2, true).requiresGrad).toBe(true);
  });

  it("the last class and exactly as many labels as rows are fine; labels past the rows are not read", () => {
    const z = filled(2, 3, false);
    expect(error(() => nllLoss(z, Int32Array.of(2, 0)))).toBeNull();
    expect(nllLoss(z, Int32Array.of(2, 0, 7, -1)).item()).toBe(nllLoss(z, Int32Array.of(2, 0)).item());
    expect(mseLoss(z, Int32Array.of(2, 0, 7)).item()).toBe(mseLoss(z, Int32Array.of(2, 0)).item());
  });
});

/** Each op on leaves that require grad, the inputs it is made from, and what torch's formula saves. */
const ops: [
  name: string,
  inputs: () => Tensor[],
  f: (ts: Tensor[]) => Tensor,
  node: string,
  saves: string,
][] = [
  [
    "linear",
    () => [filled(3, 2), filled(4, 2), vector(4)],
    ([x, W, b]) => linear(x!, W!, b!),
    "AddmmBackward0",
    "inputs",
  ],
  ["matmul", () => [filled(3, 2), filled(2, 4)], ([a, b]) => matmul(a!, b!), "MmBackward0", "inputs"],
  ["bias add", () => [filled(3, 2), vector(2)], ([a, b]) => addBias(a!, b!), "AddBackward0", "nothing"],
  ["tanh", () => [filled(3, 2)], ([z]) => activate("tanh", z!), "TanhBackward0", "result"],
  ["relu", () => [filled(3, 2)], ([z]) => activate("relu", z!), "ReluBackward0", "result"],
  ["sigmoid", () => [filled(3, 2)], ([z]) => activate("sigmoid", z!), "SigmoidBackward0", "result"],
  ["log-softmax", () => [filled(3, 2)], ([z]) => logSoftmax(z!), "LogSoftmaxBackward0", "result"],
  ["NLL", () => [filled(3, 2)], ([z]) => nllLoss(z!, Int32Array.of(1, 0, 1)), "NllLossBackward0", "nothing"],
  ["MSE", () => [filled(3, 2)], ([z]) => mseLoss(z!, Int32Array.of(1, 0, 1)), "MseLossBackward0", "inputs"],
];

describe("layer ops: what each node saves for backward, as torch's", () => {
  it.each(ops)("%s: %s, a second backward and in-place changes", (_name, inputs, f, node, saves) => {
    const run = (change: (ts: Tensor[], y: Tensor) => void) => {
      const ts = inputs();
      const y = f(ts);
      expect(y.gradFn!.name).toBe(node);
      change(ts, y);
      return error(() => y.sum().backward());
    };
    // A second backward through the same node: refused only where something was saved (and freed).
    const ts = inputs();
    const loss = f(ts).sum();
    loss.backward();
    const twice = error(() => loss.backward());
    const second = "Trying to backward through the graph a second time";
    expect(twice === null ? "nothing" : twice.startsWith(second) && second).toBe(
      saves === "nothing" ? "nothing" : second,
    );
    const input = run((ts) => noGrad(() => ts[0]!.add_(0)));
    const result = run((_ts, y) => y.add_(0));
    const modified = `One of the tensors needed for gradient computation has been modified by an inplace operation: ${node} saved it at version 0, it is now at version 1. `;
    expect([
      input?.slice(0, modified.length) ?? null,
      result?.slice(0, modified.length) ?? null,
    ]).toStrictEqual([saves === "inputs" ? modified : null, saves === "result" ? modified : null]);
  });
});

describe("layer ops: the caller's buffers", () => {
  it("Linear writes y, ∂W, ∂b and ∂x into the buffers handed in, and no ∂x for an input without grad", () => {
    const buffers = (): Required<LinearBuffers> => ({
      y: new Float64Array(12),
      gx: new Float64Array(6),
      gW: new Float64Array(8),
      gb: new Float64Array(4),
    });
    for (const xGrad of [true, false]) {
      const buf = buffers();
      const [x, W, b] = [filled(3, 2, xGrad), filled(4, 2), vector(4)];
      const y = linear(x, W, b, buf);
      expect(y.storage).toBe(buf.y);
      y.sum().backward();
      expect([Array.from(buf.gW), Array.from(buf.gb)]).toStrictEqual([
        Array.from(W.grad!.storage),
        Array.from(b.grad!.storage),
      ]);
      expect(Array.from(buf.gx)).toStrictEqual(xGrad ? Array.from(x.grad!.storage) : new Array(6).fill(0));
      expect(x.grad === null).toBe(!xGrad);
    }
  });

  it("activations, log-softmax and the losses write into theirs", () => {
    const z = filled(3, 2);
    const act = { y: new Float64Array(6), g: new Float64Array(6) };
    const a = activate("tanh", z, act);
    const soft = { y: new Float64Array(6), g: new Float64Array(6) };
    const lp = logSoftmax(a, soft);
    const lossBuf = { loss: new Float64Array(1), g: new Float64Array(6) };
    const loss = nllLoss(lp, Int32Array.of(0, 1, 1), lossBuf);
    expect([a.storage, lp.storage, loss.storage]).toStrictEqual([act.y, soft.y, lossBuf.loss]);
    expect([a.storage === act.y, lp.storage === soft.y, loss.storage === lossBuf.loss]).toStrictEqual([
      true,
      true,
      true,
    ]);
    loss.backward();
    // ∂L/∂logp is −1/3 at each row's label; the activation's buffer holds ∂L/∂z, which reached z.grad.
    expect(Array.from(lossBuf.g)).toStrictEqual([-1 / 3, 0, 0, -1 / 3, 0, -1 / 3]);
    expect(Array.from(act.g)).toStrictEqual(Array.from(z.grad!.storage));
    expect(soft.g.some((v) => v !== 0)).toBe(true);
  });
});
