// A multilayer perceptron's parameters: layers [inputs, hidden…, classes] make one Linear per pair, each a
// weight W [out, in] (torch's layout) and a bias b [out]. All parameters live in one flat Float64Array in
// torch's `model.parameters()` order (W1, b1, W2, b2, …), and their gradients in another of the same layout:
// the optimizers of core/methods/optimizers.ts update the flat arrays directly, while the tensors the graph
// sees (W[l], b[l], requiring grad) are views of them, with .grad already a view of the gradient array so
// backward() accumulates straight into it.

import { Tensor } from "../diff/tensor.ts";
import { msg } from "../messages/index.ts";
import { fail } from "./limits.ts";

/** Weights in PyTorch's layout, as JSON carries them: [W1 as rows [out][in], b1, W2, b2, …]. */
export type Weights = (number[][] | number[])[];

/** Number of parameters of layers [inputs, hidden…, classes]. */
export function parameterCount(layers: readonly number[]): number {
  let n = 0;
  for (let l = 0; l + 1 < layers.length; l++) n += layers[l + 1]! * (layers[l]! + 1);
  return n;
}

export class Network {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  /** Weights [out, in] and biases [out] of each Linear: leaves requiring grad, views of params. */
  readonly W: Tensor[] = [];
  readonly b: Tensor[] = [];
  /** Where each Linear's weight starts in params (its bias follows it). */
  readonly offsets: number[] = [];

  constructor(readonly layers: readonly number[]) {
    const n = parameterCount(layers);
    this.params = new Float64Array(n);
    this.grads = new Float64Array(n);
    let at = 0;
    for (let l = 0; l + 1 < layers.length; l++) {
      const [nin, nout] = [layers[l]!, layers[l + 1]!];
      this.offsets.push(at);
      this.W.push(this.leaf(at, nout * nin, [nout, nin]));
      at += nout * nin;
      this.b.push(this.leaf(at, nout, [nout]));
      at += nout;
    }
  }

  private leaf(at: number, n: number, shape: number[]): Tensor {
    const t = new Tensor(this.params.subarray(at, at + n), shape, { n: 0 }, true, null);
    t.grad = new Tensor(this.grads.subarray(at, at + n), shape, { n: 0 }, false, null);
    return t;
  }

  /** The number of Linear layers. */
  get depth(): number {
    return this.layers.length - 1;
  }

  /** PyTorch's default for nn.Linear: weights and biases uniform in ±1/√fan_in (kaiming_uniform_ with a = √5
   *  gives exactly that bound), drawn from `rand`. */
  init(rand: () => number): void {
    for (let l = 0; l < this.depth; l++) {
      const bound = 1 / Math.sqrt(this.layers[l]!);
      for (const t of [this.W[l]!, this.b[l]!]) {
        const s = t.storage;
        for (let i = 0; i < s.length; i++) s[i] = (2 * rand() - 1) * bound;
      }
    }
  }

  /** optimizer.zero_grad(set_to_none=False). */
  zeroGrad(): void {
    this.grads.fill(0);
  }

  /** The parameters in PyTorch's layout (fresh arrays). */
  weights(): Weights {
    const out: Weights = [];
    for (let l = 0; l < this.depth; l++) {
      const [nout, nin] = this.W[l]!.shape as [number, number];
      const w = this.W[l]!.storage;
      out.push(Array.from({ length: nout }, (_, o) => Array.from(w.subarray(o * nin, (o + 1) * nin))));
      out.push(Array.from(this.b[l]!.storage));
    }
    return out;
  }

  /** Sets the parameters from PyTorch's layout (checked: shapes must fit the layers, numbers be finite) or
   *  from a flat array in the same order. */
  load(weights: unknown): void {
    if (weights instanceof Float64Array) {
      if (weights.length !== this.params.length)
        this.wrong("weights", `[${this.params.length}]`, `[${weights.length}]`);
      this.params.set(weights);
      return;
    }
    if (!Array.isArray(weights) || weights.length !== 2 * this.depth)
      this.wrong("weights", `[${names(this.depth)}]`, shape(weights));
    const list = weights as unknown[];
    for (let l = 0; l < this.depth; l++) {
      const [nout, nin] = this.W[l]!.shape as [number, number];
      const W = list[2 * l];
      const where = `weights[${2 * l}] (W${l + 1})`;
      if (!Array.isArray(W) || W.length !== nout) this.wrong(where, `[${nout}, ${nin}]`, shape(W));
      const w = this.W[l]!.storage;
      (W as unknown[]).forEach((row, o) => {
        if (!Array.isArray(row) || row.length !== nin) this.wrong(`${where}[${o}]`, `[${nin}]`, shape(row));
        (row as unknown[]).forEach((v, i) => (w[o * nin + i] = finite(v, `${where}[${o}][${i}]`)));
      });
      const b = list[2 * l + 1];
      const bw = `weights[${2 * l + 1}] (b${l + 1})`;
      if (!Array.isArray(b) || b.length !== nout) this.wrong(bw, `[${nout}]`, shape(b));
      const bs = this.b[l]!.storage;
      (b as unknown[]).forEach((v, o) => (bs[o] = finite(v, `${bw}[${o}]`)));
    }
  }

  private wrong(where: string, want: string, got: string): never {
    fail(
      msg("nn.weights", {
        key: "weights",
        layers: `[${this.layers.join(", ")}]`,
        where,
        want,
        got,
        layout: "W1 [out][in], b1 [out], W2, b2, …",
      }),
    );
  }
}

/** W1, b1, W2, b2, … for `depth` Linear layers. */
const names = (depth: number) => Array.from({ length: depth }, (_, l) => `W${l + 1}, b${l + 1}`).join(", ");

/** A value's shape in the messages' notation: [rows, cols] for a list of equal lists, [n] for a list, else the
 *  value itself (shortened). */
function shape(v: unknown): string {
  if (!Array.isArray(v)) return v === undefined ? "—" : String(JSON.stringify(v) ?? v).slice(0, 40);
  const inner = v.length > 0 && v.every((r) => Array.isArray(r) && r.length === (v[0] as unknown[]).length);
  return inner ? `[${v.length}, ${(v[0] as unknown[]).length}]` : `[${v.length}]`;
}

export function finite(v: unknown, where: string): number {
  // Number.isFinite is false for anything but a number.
  if (!Number.isFinite(v))
    fail(
      msg("nn.finite", {
        where,
        got: typeof v === "number" ? String(v) : String(JSON.stringify(v) ?? "nothing").slice(0, 40),
      }),
    );
  return v as number;
}
