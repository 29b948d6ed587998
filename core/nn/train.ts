// Training as the tutorial writes it, one optimizer step at a time:
//
//   for xb, yb in loader:              # batches in order, or shuffled each epoch from the seed
//       optimizer.zero_grad()
//       loss = criterion(model(xb), yb)
//       loss.backward()
//       optimizer.step()
//
// The forward pass builds the autograd graph of core/diff/tensor.ts (Linear → activation → … → loss), backward()
// sweeps it into the parameters' .grad, and the core's torch.optim rules (core/methods/optimizers.ts) update the
// flat parameter array. Each batch size gets one set of buffers, made on first use, so a step allocates no
// arrays of numbers. predict and evaluate run the same arithmetic without a graph (torch.no_grad()).

import { createOptimizer, stepper, type OptimizerConfig } from "../methods/optimizers.ts";
import type { Tensor } from "../diff/tensor.ts";
import type { Points } from "./datasets.ts";
import * as k from "./kernels.ts";
import type { Activation } from "./kernels.ts";
import { checkLayers, checkOneOf, checkWhole, MAX_POINTS } from "./limits.ts";
import { Network, type Weights } from "./network.ts";
import { mulberry32, shuffleInPlace } from "./random.ts";
import {
  activate,
  crossEntropy,
  matrix,
  mseLoss,
  linear,
  type ElementBuffers,
  type LinearBuffers,
  type LossBuffers,
} from "./tensor-ops.ts";
import { ACTIVATIONS } from "./kernels.ts";

export type LossName = "cross-entropy" | "mse";
export const LOSSES: readonly LossName[] = ["cross-entropy", "mse"];

export interface TrainConfig {
  /** Neurons per layer: [inputs, hidden…, classes]. */
  layers: readonly number[];
  activation: Activation;
  loss: LossName;
  optimizer: OptimizerConfig;
  batchSize: number;
  /** Shuffle the points at the start of every epoch (from `seed`); false takes them in order. */
  shuffle: boolean;
  /** Seeds the initial weights (when none are given) and the shuffling. */
  seed: number;
}

/** The tutorial's optimizer, SGD(lr=0.001, momentum=0.9), and a faster one for the toy datasets. */
export const TUTORIAL_OPTIMIZER: OptimizerConfig = { name: "sgd", lr: 0.001, momentum: 0.9 };
export const TOY_OPTIMIZER: OptimizerConfig = { name: "sgd", lr: 0.1, momentum: 0.9 };

/** The buffers of one batch size. */
interface Workspace {
  x: Float64Array;
  y: Int32Array;
  input: Tensor;
  linear: LinearBuffers[];
  act: ElementBuffers[];
  logSoftmax: ElementBuffers;
  loss: LossBuffers;
}

export interface Evaluation {
  loss: number;
  /** Fraction of points whose largest output is their label. */
  accuracy: number;
}

const CHUNK = 256;

export class Trainer {
  readonly network: Network;
  readonly config: TrainConfig;
  /** Optimizer steps taken since the last reset. */
  steps = 0;
  /** Complete passes over the training data since the last reset. */
  epochs = 0;
  private readonly inputs: number;
  private readonly classes: number;
  private readonly n: number;
  private readonly order: Int32Array;
  private cursor = 0;
  private rand: () => number = Math.random;
  /** The seed of the current weights and shuffling: config.seed, or the last reset(seed)'s. */
  private seed: number;
  private update: (x: Float64Array, grad: Float64Array) => void = () => {};
  private readonly initial: Float64Array;
  private readonly workspaces = new Map<number, Workspace>();
  // Stryker disable next-line ArrayDeclaration: a non-array entry is shorter than any buffer asked for, so it is replaced
  private plain: Float64Array[] = [];

  constructor(
    config: TrainConfig,
    readonly data: Points,
    weights?: Weights | Float64Array,
  ) {
    const layers = checkLayers(config.layers);
    checkOneOf("activation", config.activation, ACTIVATIONS);
    checkOneOf("loss", config.loss, LOSSES);
    this.seed = checkWhole("seed", config.seed, 0, 2 ** 32 - 1);
    this.config = { ...config, layers };
    this.inputs = layers[0]!;
    this.classes = layers[layers.length - 1]!;
    this.n = data.y.length;
    checkWhole("points", this.n, 1, MAX_POINTS);
    // A batch larger than the data is all of it, as torch's DataLoader makes it.
    checkWhole("batchSize", config.batchSize, 1, MAX_POINTS);
    if (data.x.length !== this.n * this.inputs)
      throw new Error(`data.x has ${data.x.length} numbers, not ${this.n}×${this.inputs}`);
    for (const c of data.y) if (!(c >= 0 && c < this.classes)) throw new Error(`label ${c} is not a class`);
    this.network = new Network(layers);
    if (weights === undefined) this.network.init(mulberry32(config.seed));
    else this.network.load(weights);
    this.initial = Float64Array.from(this.network.params);
    this.order = new Int32Array(this.n);
    this.reset();
  }

  /** Back to the initial weights (or fresh ones drawn from `seed`), a new optimizer, no steps taken. After
   *  reset(seed), reset() returns to that seed's weights and shuffling, as a new trainer from it would start. */
  reset(seed?: number): void {
    if (seed !== undefined) {
      this.seed = checkWhole("seed", seed, 0, 2 ** 32 - 1);
      this.network.init(mulberry32(seed));
      this.initial.set(this.network.params);
    } else {
      this.network.params.set(this.initial);
    }
    this.network.zeroGrad();
    // createOptimizer validates the options (a DescentError names the wrong one).
    this.update = stepper(createOptimizer(this.config.optimizer, this.network.params.length));
    this.rand = mulberry32(this.seed ^ 0x9e3779b9);
    // Stryker disable next-line EqualityOperator: a write one past a typed array's end is dropped
    for (let i = 0; i < this.n; i++) this.order[i] = i;
    this.cursor = 0;
    this.steps = 0;
    this.epochs = 0;
  }

  /** One optimizer step on the next batch; returns that batch's loss (before the step). */
  step(): number {
    if (this.cursor === 0 && this.config.shuffle) shuffleInPlace(this.order, this.rand);
    const rows = Math.min(this.config.batchSize, this.n - this.cursor);
    const ws = this.workspace(rows);
    const { x, y } = this.data;
    const d = this.inputs;
    // One pass too many writes past the batch's arrays (dropped), or into the next row's first entry (written again).
    // Stryker disable next-line EqualityOperator: see above
    for (let r = 0; r < rows; r++) {
      const i = this.order[this.cursor + r]!;
      // Stryker disable next-line EqualityOperator: see above
      for (let j = 0; j < d; j++) ws.x[r * d + j] = x[i * d + j]!;
      ws.y[r] = y[i]!;
    }
    const net = this.network;
    net.zeroGrad();
    let h = ws.input;
    for (let l = 0; l < net.depth; l++) {
      h = linear(h, net.W[l]!, net.b[l]!, ws.linear[l]);
      if (l + 1 < net.depth) h = activate(this.config.activation, h, ws.act[l]);
    }
    const loss =
      this.config.loss === "cross-entropy"
        ? crossEntropy(h, ws.y, { logSoftmax: ws.logSoftmax, nll: ws.loss })
        : mseLoss(h, ws.y, ws.loss);
    loss.backward();
    this.update(net.params, net.grads);
    this.steps++;
    this.cursor += rows;
    if (this.cursor >= this.n) {
      this.cursor = 0;
      this.epochs++;
    }
    return loss.storage[0]!;
  }

  /** Steps to the end of the current pass over the data (a whole epoch when at its start); the losses. */
  epoch(): number[] {
    const losses: number[] = [];
    do losses.push(this.step());
    while (this.cursor !== 0);
    return losses;
  }

  /** The network's outputs as class scores in [0, 1] for each row of `x` (rows × classes, row-major):
   *  softmax probabilities with cross-entropy; with MSE the outputs themselves (trained towards one-hot
   *  vectors), clamped to [0, 1]. No graph is built. */
  predict(x: Float64Array, out = new Float64Array((x.length / this.inputs) * this.classes)): Float64Array {
    // A chunk too many, or too long, reads past x and writes past `out` (dropped) or into the next chunk's rows,
    // which that chunk writes again: only the time changes.
    // Stryker disable next-line ArithmeticOperator: see above
    const rows = x.length / this.inputs;
    const C = this.classes;
    // Stryker disable next-line EqualityOperator: see above
    for (let start = 0; start < rows; start += CHUNK) {
      // Stryker disable next-line MethodExpression,ArithmeticOperator: see above
      const m = Math.min(CHUNK, rows - start);
      const z = this.forward(x.subarray(start * this.inputs, (start + m) * this.inputs), m);
      const o = out.subarray(start * C, (start + m) * C);
      if (this.config.loss === "cross-entropy") {
        k.logSoftmaxForward(z, m, C, o);
        // Stryker disable next-line EqualityOperator: see above
        for (let i = 0; i < m * C; i++) o[i] = Math.exp(o[i]!);
      } else {
        // Stryker disable next-line EqualityOperator: see above
        for (let i = 0; i < m * C; i++) o[i] = Math.min(1, Math.max(0, z[i]!));
      }
    }
    return out;
  }

  /** The loss (this trainer's) and the accuracy over the points (x, y), without a graph. */
  evaluate(x: Float64Array, y: Int32Array): Evaluation {
    const rows = y.length;
    const C = this.classes;
    let total = 0;
    let right = 0;
    for (let start = 0; start < rows; start += CHUNK) {
      const m = Math.min(CHUNK, rows - start);
      const z = this.forward(x.subarray(start * this.inputs, (start + m) * this.inputs), m);
      const ys = y.subarray(start, start + m);
      if (this.config.loss === "cross-entropy") {
        const lp = this.plainBuffer(this.network.depth, CHUNK * C);
        k.logSoftmaxForward(z, m, C, lp);
        total += k.nllLossForward(lp, ys, m, C) * m;
      } else {
        total += k.mseLossForward(z, ys, m, C) * m;
      }
      // Stryker disable next-line EqualityOperator: an extra row's label is ys[m], undefined, never a match
      for (let r = 0; r < m; r++) {
        let best = 0;
        for (let j = 1; j < C; j++) if (z[r * C + j]! > z[r * C + best]!) best = j;
        if (best === ys[r]) right++;
      }
    }
    // No points: 0/0 is NaN, no loss and no accuracy.
    return { loss: total / rows, accuracy: right / rows };
  }

  /** The parameters now, in PyTorch's layout. */
  weights(): Weights {
    return this.network.weights();
  }

  /** The outputs (before softmax) for `rows` rows of x, into a reused buffer. */
  private forward(x: Float64Array, rows: number): Float64Array {
    const net = this.network;
    let h = x;
    for (let l = 0; l < net.depth; l++) {
      const [nin, nout] = [net.layers[l]!, net.layers[l + 1]!];
      const z = this.plainBuffer(l, CHUNK * nout);
      k.linearForward(h, rows, nin, net.W[l]!.storage, net.b[l]!.storage, nout, z);
      if (l + 1 < net.depth) k.activationForward(this.config.activation, z, rows * nout, z);
      h = z;
    }
    return h;
  }

  private plainBuffer(i: number, n: number): Float64Array {
    let b = this.plain[i];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: each index is always asked for one size; a new buffer changes only the time
    if (b === undefined || b.length < n) this.plain[i] = b = new Float64Array(n);
    return b;
  }

  private workspace(rows: number): Workspace {
    let ws = this.workspaces.get(rows);
    if (ws !== undefined) return ws;
    const L = this.network.layers;
    const x = new Float64Array(rows * L[0]!);
    const C = this.classes;
    ws = {
      x,
      y: new Int32Array(rows),
      input: matrix(x, rows, L[0]!),
      linear: [],
      act: [],
      logSoftmax: { y: new Float64Array(rows * C), g: new Float64Array(rows * C) },
      loss: { loss: new Float64Array(1), g: new Float64Array(rows * C) },
    };
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: extra layers' buffers (of length 0) are never used
    for (let l = 0; l + 1 < L.length; l++) {
      const [nin, nout] = [L[l]!, L[l + 1]!];
      ws.linear.push({
        y: new Float64Array(rows * nout),
        // The input batch needs no gradient.
        // Stryker disable next-line ConditionalExpression: a full-size one for the input would only go unused
        gx: new Float64Array(l === 0 ? 0 : rows * nin),
        gW: new Float64Array(nout * nin),
        gb: new Float64Array(nout),
      });
      ws.act.push({ y: new Float64Array(rows * nout), g: new Float64Array(rows * nout) });
    }
    this.workspaces.set(rows, ws);
    return ws;
  }
}
