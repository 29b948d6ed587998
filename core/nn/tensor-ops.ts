// The network layer's operations as nodes of the same autograd graph as core/diff/tensor.ts: each is a GradFn
// with its torch name (AddmmBackward0, TanhBackward0, LogSoftmaxBackward0, NllLossBackward0, …), recorded only
// when grad mode is on and an input requires grad, swept by the same backward() that accumulates into the
// leaves' .grad. Tensors here are 2-D, shape [rows, cols], stored row-major; a bias is 1-D.
//
// Every op takes optional buffers for its result and its gradients: the trainer hands in the same ones on every
// step (one set per batch size), so a training step allocates no arrays of numbers; without them the op
// allocates, like any other tensor operation.

import { AutogradError, GradFn, isGradEnabled, Tensor, type LayerOp, type Saves } from "../diff/tensor.ts";
import type { Op } from "../expr/node.ts";
import * as k from "./kernels.ts";
import type { Activation } from "./kernels.ts";

type Version = { n: number };

/** A 2-D tensor (a leaf) over `storage`, shape [rows, cols]. */
export function matrix(storage: Float64Array, rows: number, cols: number, requiresGrad = false): Tensor {
  if (storage.length !== rows * cols)
    throw new AutogradError(`${storage.length} numbers cannot be a ${rows}×${cols} matrix`);
  return new Tensor(storage, [rows, cols], { n: 0 }, requiresGrad, null);
}

function dims(t: Tensor, what: string): [number, number] {
  if (t.shape.length !== 2)
    throw new AutogradError(`${what} must be a matrix (got shape [${t.shape.join(", ")}])`);
  return [t.shape[0]!, t.shape[1]!];
}

const buffer = (given: Float64Array | undefined, n: number) => given ?? new Float64Array(n);

/** Abstract: a layer op's node, with the version check and freeing of the base class. */
abstract class LayerFn extends GradFn {
  constructor(op: Op | LayerOp, inputs: Tensor[], result: Float64Array, version: Version, saves: Saves) {
    super(op, inputs, result, version, saves);
  }
  protected abstract override gradients(gradOut: Float64Array): Float64Array[];
}

/** The result tensor, and its node when grad mode is on and an input requires grad (as tensor.ts's record). */
function result(
  out: Float64Array,
  shape: readonly number[],
  inputs: Tensor[],
  node: (version: Version) => GradFn,
): Tensor {
  const version: Version = { n: 0 };
  const tracked = isGradEnabled() && inputs.some((t) => t.requiresGrad);
  return new Tensor(out, shape, version, tracked, tracked ? node(version) : null);
}

// ---- Linear: y = x·Wᵀ + b (torch records AddmmBackward0 for nn.Linear on a matrix) ----

export interface LinearBuffers {
  y?: Float64Array;
  gx?: Float64Array;
  gW?: Float64Array;
  gb?: Float64Array;
}

class AddmmFn extends LayerFn {
  constructor(
    inputs: Tensor[],
    out: Float64Array,
    version: Version,
    private readonly rows: number,
    private readonly nin: number,
    private readonly nout: number,
    private readonly gx: Float64Array,
    private readonly gW: Float64Array,
    private readonly gb: Float64Array,
  ) {
    super("addmm", inputs, out, version, "inputs");
  }
  protected override gradients(gy: Float64Array): Float64Array[] {
    const [x, W] = this.inputs as [Tensor, Tensor, Tensor];
    k.linearBackward(
      gy,
      x.storage,
      this.rows,
      this.nin,
      W.storage,
      this.nout,
      this.gW,
      this.gb,
      x.requiresGrad ? this.gx : null,
    );
    return [this.gx, this.gW, this.gb];
  }
}

/** nn.Linear's forward: x [B, in], W [out, in] (torch's layout), b [out] → [B, out]. */
export function linear(x: Tensor, W: Tensor, b: Tensor, buf: LinearBuffers = {}): Tensor {
  const [rows, nin] = dims(x, "x");
  const [nout, win] = dims(W, "W");
  if (win !== nin || b.size !== nout)
    throw new AutogradError(`Linear: x is ${rows}×${nin}, W is ${nout}×${win}, b has ${b.size} numbers`);
  const y = buffer(buf.y, rows * nout);
  k.linearForward(x.storage, rows, nin, W.storage, b.storage, nout, y);
  return result(y, [rows, nout], [x, W, b], (v) => {
    const gx = buffer(buf.gx, rows * nin);
    return new AddmmFn(
      [x, W, b],
      y,
      v,
      rows,
      nin,
      nout,
      gx,
      buffer(buf.gW, nout * nin),
      buffer(buf.gb, nout),
    );
  });
}

// ---- matrix product and bias add, the two halves of Linear for the lesson's code view ----

class MmFn extends LayerFn {
  constructor(inputs: Tensor[], out: Float64Array, version: Version) {
    super("mm", inputs, out, version, "inputs");
  }
  protected override gradients(g: Float64Array): Float64Array[] {
    const [a, b] = this.inputs as [Tensor, Tensor];
    const [n, kk] = [a.shape[0]!, a.shape[1]!];
    const m = b.shape[1]!;
    const ga = new Float64Array(n * kk);
    const gb = new Float64Array(kk * m);
    // ∂L/∂a = g·bᵀ, ∂L/∂b = aᵀ·g. One pass too many of any loop below writes past the array's end (dropped) or
    // into the next row's first entry, which that row's own pass then overwrites.
    // Stryker disable next-line EqualityOperator: a row past the end is a write past the end, dropped
    for (let i = 0; i < n; i++)
      // Stryker disable next-line EqualityOperator: the extra entry is the next row's first, written again after
      for (let t = 0; t < kk; t++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += g[i * m + j]! * b.storage[t * m + j]!;
        ga[i * kk + t] = s;
      }
    // Stryker disable next-line EqualityOperator: a row past the end is a write past the end, dropped
    for (let t = 0; t < kk; t++)
      // Stryker disable next-line EqualityOperator: the extra entry is the next row's first, written again after
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += a.storage[i * kk + t]! * g[i * m + j]!;
        gb[t * m + j] = s;
      }
    return [ga, gb];
  }
}

/** a [n, k] · b [k, m] → [n, m] (torch.mm). */
export function matmul(a: Tensor, b: Tensor): Tensor {
  const [n, ka] = dims(a, "a");
  const [kb, m] = dims(b, "b");
  if (ka !== kb) throw new AutogradError(`mm: a is ${n}×${ka} but b is ${kb}×${m}`);
  const c = new Float64Array(n * m);
  k.matmulForward(a.storage, b.storage, n, ka, m, c);
  return result(c, [n, m], [a, b], (v) => new MmFn([a, b], c, v));
}

class AddBiasFn extends LayerFn {
  constructor(inputs: Tensor[], out: Float64Array, version: Version) {
    // Stryker disable next-line StringLiteral: any word but "inputs" or "result" keeps nothing, as "nothing" does
    super("add", inputs, out, version, "nothing");
  }
  protected override gradients(g: Float64Array): Float64Array[] {
    const m = this.inputs[1]!.size;
    const gb = new Float64Array(m);
    for (let i = 0; i < g.length; i++) gb[i % m]! += g[i]!; // broadcast over rows: the bias collects the column sums
    return [Float64Array.from(g), gb];
  }
}

/** a [n, m] + bias [m], the bias added to every row (broadcasting, AddBackward0). */
export function addBias(a: Tensor, bias: Tensor): Tensor {
  const [n, m] = dims(a, "a");
  if (bias.size !== m)
    throw new AutogradError(`a bias of ${bias.size} numbers cannot be added to ${m} columns`);
  const out = new Float64Array(n * m);
  // Stryker disable next-line EqualityOperator: a write one past a typed array's end is dropped
  for (let i = 0; i < n * m; i++) out[i] = a.storage[i]! + bias.storage[i % m]!;
  return result(out, [n, m], [a, bias], (v) => new AddBiasFn([a, bias], out, v));
}

// ---- activations: tanh, ReLU, sigmoid (their derivatives use the saved result, as torch's do) ----

export interface ElementBuffers {
  y?: Float64Array;
  g?: Float64Array;
}

class ActivationFn extends LayerFn {
  constructor(
    private readonly kind: Activation,
    inputs: Tensor[],
    out: Float64Array,
    version: Version,
    private readonly gz: Float64Array,
  ) {
    super(kind, inputs, out, version, "result");
  }
  protected override gradients(gy: Float64Array): Float64Array[] {
    k.activationBackward(this.kind, gy, this.result, this.result.length, this.gz);
    return [this.gz];
  }
}

export function activate(kind: Activation, z: Tensor, buf: ElementBuffers = {}): Tensor {
  const y = buffer(buf.y, z.size);
  k.activationForward(kind, z.storage, z.size, y);
  return result(y, z.shape, [z], (v) => new ActivationFn(kind, [z], y, v, buffer(buf.g, z.size)));
}

// ---- log-softmax and the two losses ----

class LogSoftmaxFn extends LayerFn {
  constructor(
    inputs: Tensor[],
    out: Float64Array,
    version: Version,
    private readonly gz: Float64Array,
  ) {
    super("logSoftmax", inputs, out, version, "result");
  }
  protected override gradients(g: Float64Array): Float64Array[] {
    const [rows, cols] = this.inputs[0]!.shape as [number, number];
    k.logSoftmaxBackward(g, this.result, rows, cols, this.gz);
    return [this.gz];
  }
}

/** Row-wise log-softmax (torch.log_softmax(z, dim=1)). */
export function logSoftmax(z: Tensor, buf: ElementBuffers = {}): Tensor {
  const [rows, cols] = dims(z, "z");
  const out = buffer(buf.y, z.size);
  k.logSoftmaxForward(z.storage, rows, cols, out);
  return result(out, z.shape, [z], (v) => new LogSoftmaxFn([z], out, v, buffer(buf.g, z.size)));
}

export interface LossBuffers {
  /** One number: the loss. */
  loss?: Float64Array;
  /** The gradient with respect to the loss's input. */
  g?: Float64Array;
}

function checkLabels(y: Int32Array, rows: number, cols: number): void {
  if (y.length < rows) throw new AutogradError(`${rows} rows but ${y.length} labels`);
  for (let r = 0; r < rows; r++)
    if (!(y[r]! >= 0 && y[r]! < cols)) throw new AutogradError(`label ${y[r]} is not a class 0…${cols - 1}`);
}

/** A loss of outputs [B, C] against labels y, as one row: torch's name, what backward saves, the two kernels. */
interface LabelLoss {
  op: "nllLoss" | "mseLoss";
  saves: Saves;
  forward(x: Float64Array, y: Int32Array, rows: number, cols: number): number;
  backward(gOut: number, x: Float64Array, y: Int32Array, rows: number, cols: number, g: Float64Array): void;
}

class LabelLossFn extends LayerFn {
  constructor(
    private readonly loss: LabelLoss,
    inputs: Tensor[],
    out: Float64Array,
    version: Version,
    private readonly y: Int32Array,
    private readonly g: Float64Array,
  ) {
    super(loss.op, inputs, out, version, loss.saves);
  }
  protected override gradients(gOut: Float64Array): Float64Array[] {
    const x = this.inputs[0]!;
    const [rows, cols] = x.shape as [number, number];
    this.loss.backward(gOut[0]!, x.storage, this.y, rows, cols, this.g);
    return [this.g];
  }
}

/** The mean loss of x [B, C] against labels y (the first B are used), recorded as one node. */
function labelLoss(loss: LabelLoss, x: Tensor, name: string, y: Int32Array, buf: LossBuffers): Tensor {
  const [rows, cols] = dims(x, name);
  checkLabels(y, rows, cols);
  const out = buffer(buf.loss, 1);
  out[0] = loss.forward(x.storage, y, rows, cols);
  return result(out, [], [x], (v) => new LabelLossFn(loss, [x], out, v, y, buffer(buf.g, x.size)));
}

const NLL: LabelLoss = {
  op: "nllLoss",
  saves: "nothing",
  forward: k.nllLossForward,
  backward: (gOut, _x, y, rows, cols, g) => k.nllLossBackward(gOut, y, rows, cols, g),
};
const MSE: LabelLoss = {
  op: "mseLoss",
  saves: "inputs",
  forward: k.mseLossForward,
  backward: k.mseLossBackward,
};

/** nn.NLLLoss (mean over rows) of log-probabilities [B, C] against labels y (the first B are used). */
export function nllLoss(logp: Tensor, y: Int32Array, buf: LossBuffers = {}): Tensor {
  return labelLoss(NLL, logp, "logp", y, buf);
}

/** nn.CrossEntropyLoss (mean): log-softmax then NLL, two nodes as in torch. */
export function crossEntropy(
  z: Tensor,
  y: Int32Array,
  buf: { logSoftmax?: ElementBuffers; nll?: LossBuffers } = {},
): Tensor {
  return nllLoss(logSoftmax(z, buf.logSoftmax), y, buf.nll);
}

/** nn.MSELoss (mean over every entry) of the outputs [B, C] against the one-hot vectors of labels y. */
export function mseLoss(out: Tensor, y: Int32Array, buf: LossBuffers = {}): Tensor {
  return labelLoss(MSE, out, "out", y, buf);
}
