// A small PyTorch-style autograd for teaching: the tutorial's code, line for line, with torch's semantics.
//
//   const x = tensor(10, { requiresGrad: true });
//   const cost = x.mul(x).sub(x.mul(4)).sum();
//   cost.backward({ retainGraph: true });     // x.grad is 16
//   x.data.sub_(x.grad!.mul(0.02));           // update outside the graph
//   x.grad!.data.zero_();                     // gradients accumulate until zeroed
//
// What is faithful to torch (1.13) and why it matters for students:
// - Gradients accumulate in a leaf's .grad across backward() calls until zeroed; .grad is null before the first.
// - backward() frees the tensors each graph node saved for its derivative; a second backward() through a node that
//   needed them is an error unless the first used retainGraph. Nodes that saved nothing (add, sub, neg, sum) can
//   be run again, exactly as in torch.
// - Nodes save *tensors*, not numbers: backward reads the saved tensors' storage as it is now. That is why the
//   tutorial's loop works with the cost built once: `x.data.sub_(…)` changes x's storage in place, so the retained
//   graph's mul nodes see the new x and every backward gives f′ at the current x (2x − 4). Local derivatives
//   come from ops.ts; those written in terms of the *result* (exp, tanh, sigmoid, sqrt — as torch writes them)
//   still see the old result after such a change, again as in torch.
// - `.data` shares storage but has its own version counter, so changes through it go unnoticed by autograd. An
//   in-place change of a saved tensor any other way (x.sub_ under noGrad) bumps its version, and a later backward
//   through a node that saved it is torch's "modified by an inplace operation" error.
// - In-place operations on a leaf that requires grad are an error unless grad mode is off (noGrad).
// Tensors are scalars or 1-D arrays; a scalar combines with an array elementwise (broadcast), and backward()
// needs a single-element result, as torch's implicit gradient does. Values outside a function's domain give NaN,
// as in torch; the app's runners, not this layer, turn those into messages. The graph's nodes and the backward
// sweep are in grad-fn.ts. The network layer (core/nn/) adds matrices and their operations (Linear, log-softmax,
// the losses) as GradFn subclasses swept by the same backward.

import type { Op } from "../expr/node.ts";
import { spec } from "../expr/ops.ts";
import { AutogradError, GradFn, backpropagate, type BackwardObserver, type Version } from "./grad-fn.ts";

export { AutogradError, GradFn, type BackwardObserver, type LayerOp, type Saves } from "./grad-fn.ts";

let gradEnabled = true;

/** Runs `f` with gradient tracking off (torch.no_grad()): results build no graph, in-place updates are allowed. */
export function noGrad<T>(f: () => T): T {
  const before = gradEnabled;
  gradEnabled = false;
  try {
    return f();
  } finally {
    gradEnabled = before;
  }
}

export function isGradEnabled(): boolean {
  return gradEnabled;
}

export interface TensorOptions {
  requiresGrad?: boolean;
}

/** torch.tensor: a scalar or a 1-D array of numbers, copied. */
export function tensor(
  value: number | readonly number[] | Float64Array,
  options: TensorOptions = {},
): Tensor {
  const scalar = typeof value === "number";
  const storage = scalar ? Float64Array.of(value) : Float64Array.from(value);
  return new Tensor(storage, scalar ? [] : [storage.length], { n: 0 }, options.requiresGrad ?? false, null);
}

type Operand = Tensor | number;

export class Tensor {
  /** Gradient accumulated by backward() (leaves that require grad only); null until the first backward(). */
  grad: Tensor | null = null;

  constructor(
    /** The numbers, shared with `.data` views. */
    readonly storage: Float64Array,
    readonly shape: readonly number[],
    readonly version: Version,
    private _requiresGrad: boolean,
    /** The operation that made this tensor (null for leaves). */
    readonly gradFn: GradFn | null,
  ) {}

  get requiresGrad(): boolean {
    return this._requiresGrad;
  }
  get isLeaf(): boolean {
    return this.gradFn === null;
  }
  get size(): number {
    return this.storage.length;
  }

  /** torch's requires_grad_(): only leaves can change it. */
  requiresGrad_(value = true): this {
    if (!this.isLeaf)
      throw new AutogradError(
        "You can only change requiresGrad of leaf tensors; use .detach() for the others.",
      );
    this._requiresGrad = value;
    return this;
  }

  /** The same numbers, outside the graph: shares storage, own version counter, never requires grad. */
  get data(): Tensor {
    return new Tensor(this.storage, this.shape, { n: 0 }, false, null);
  }
  /** Replaces the numbers in place, unseen by autograd (torch's `x.data = …`). */
  set data(value: Tensor | number) {
    copyInto(this.storage, value);
  }

  /** The same storage and version counter, cut from the graph. */
  detach(): Tensor {
    return new Tensor(this.storage, this.shape, this.version, false, null);
  }

  /** The single number of a one-element tensor. */
  item(): number {
    if (this.size !== 1)
      throw new AutogradError(`a Tensor with ${this.size} elements cannot be converted to a number`);
    return this.storage[0]!;
  }
  toArray(): number[] {
    return Array.from(this.storage);
  }

  add(other: Operand): Tensor {
    return binary("add", this, other);
  }
  sub(other: Operand): Tensor {
    return binary("sub", this, other);
  }
  mul(other: Operand): Tensor {
    return binary("mul", this, other);
  }
  div(other: Operand): Tensor {
    return binary("div", this, other);
  }
  pow(other: Operand): Tensor {
    return binary("pow", this, other);
  }
  neg(): Tensor {
    return unary("neg", this);
  }
  exp(): Tensor {
    return unary("exp", this);
  }
  log(): Tensor {
    return unary("log", this);
  }
  sin(): Tensor {
    return unary("sin", this);
  }
  cos(): Tensor {
    return unary("cos", this);
  }
  tan(): Tensor {
    return unary("tan", this);
  }
  tanh(): Tensor {
    return unary("tanh", this);
  }
  sigmoid(): Tensor {
    return unary("sigmoid", this);
  }
  relu(): Tensor {
    return unary("relu", this);
  }
  sqrt(): Tensor {
    return unary("sqrt", this);
  }
  abs(): Tensor {
    return unary("abs", this);
  }
  /** Any operation of the expression language by name (sec, asin, sinh, …). */
  apply(op: Op, other?: Operand): Tensor {
    const arity = spec(op).arity;
    if ((arity === 2) !== (other !== undefined))
      throw new AutogradError(`${op} takes ${arity === 2 ? "two operands" : "one operand"}`);
    return other === undefined ? unary(op, this) : binary(op, this, other);
  }

  /** The sum of the elements, a scalar (torch.sum). */
  sum(): Tensor {
    let total = 0;
    for (const v of this.storage) total += v;
    return record("sum", [this], Float64Array.of(total), []);
  }

  // In-place updates (torch's trailing underscore): they change the storage and bump the version counter.
  sub_(other: Operand): this {
    return this.inPlace(other, (a, b) => a - b);
  }
  add_(other: Operand): this {
    return this.inPlace(other, (a, b) => a + b);
  }
  mul_(other: Operand): this {
    return this.inPlace(other, (a, b) => a * b);
  }
  zero_(): this {
    return this.inPlace(0, () => 0);
  }
  copy_(other: Operand): this {
    return this.inPlace(other, (_a, b) => b);
  }

  /** Sets .grad to zeros (if there is one), like optimizer.zero_grad(set_to_none=False) in torch 1.13. */
  zeroGrad(): void {
    this.grad?.zero_();
  }

  /**
   * Accumulates d(this)/d(leaf) into every leaf's .grad. `gradient` seeds it (default 1, allowed only for a
   * one-element tensor); `retainGraph` keeps the saved tensors so backward can run through the graph again.
   */
  backward(options: { retainGraph?: boolean; gradient?: Tensor; observe?: BackwardObserver } = {}): void {
    if (!this._requiresGrad)
      throw new AutogradError("element 0 of tensors does not require grad and does not have a gradFn");
    let seed: Float64Array;
    if (options.gradient) {
      if (options.gradient.size !== this.size)
        throw new AutogradError(
          `gradient has ${options.gradient.size} elements but the tensor has ${this.size}`,
        );
      seed = Float64Array.from(options.gradient.storage);
    } else {
      if (this.size !== 1) throw new AutogradError("grad can be implicitly created only for scalar outputs");
      seed = Float64Array.of(1);
    }
    backpropagate(this, seed, options.retainGraph ?? false, accumulate, options.observe);
  }

  toString(): string {
    const body = this.shape.length === 0 ? num(this.storage[0]!) : `[${this.toArray().map(num).join(", ")}]`;
    const tail = this.gradFn
      ? `, gradFn=<${this.gradFn.name}>`
      : this._requiresGrad
        ? ", requiresGrad=true"
        : "";
    return `tensor(${body}${tail})`;
  }

  private inPlace(other: Operand, f: (a: number, b: number) => number): this {
    if (gradEnabled && this.isLeaf && this._requiresGrad)
      throw new AutogradError(
        "a leaf tensor that requires grad is being used in an in-place operation: update it inside noGrad(() => …) or through .data",
      );
    const b = typeof other === "number" ? Float64Array.of(other) : other.storage;
    if (b.length !== 1 && b.length !== this.size)
      throw new AutogradError(`cannot combine ${this.size} elements with ${b.length} in place`);
    // Stryker disable next-line EqualityOperator: a write one past a typed array's end is dropped
    for (let i = 0; i < this.size; i++) this.storage[i] = f(this.storage[i]!, b[b.length === 1 ? 0 : i]!);
    this.version.n++;
    return this;
  }
}

const num = (v: number) => (Number.isInteger(v) ? `${v}.` : String(v));

function copyInto(storage: Float64Array, value: Tensor | number): void {
  const src = typeof value === "number" ? Float64Array.of(value) : value.storage;
  if (src.length !== 1 && src.length !== storage.length)
    throw new AutogradError(`cannot assign ${src.length} elements to a tensor of ${storage.length}`);
  // Stryker disable next-line EqualityOperator: a write one past a typed array's end is dropped
  for (let i = 0; i < storage.length; i++) storage[i] = src[src.length === 1 ? 0 : i]!;
}

function asTensor(v: Operand): Tensor {
  return typeof v === "number" ? tensor(v) : v;
}

function binary(op: Op, a: Tensor, other: Operand): Tensor {
  const b = asTensor(other);
  if (a.size !== 1 && b.size !== 1 && a.size !== b.size)
    throw new AutogradError(`the sizes ${a.size} and ${b.size} do not match`);
  const s = spec(op);
  const n = Math.max(a.size, b.size);
  const out = new Float64Array(n);
  // Stryker disable next-line EqualityOperator: a write one past a typed array's end is dropped
  for (let i = 0; i < n; i++)
    out[i] = s.value(a.storage[a.size === 1 ? 0 : i]!, b.storage[b.size === 1 ? 0 : i]!);
  // The larger operand's shape; at equal sizes the one with more dimensions (torch: [] with [1] gives [1]).
  // Stryker disable next-line EqualityOperator: equal sizes and equal ranks are equal shapes, so either will do
  const ranked = a.shape.length >= b.shape.length;
  const shape = a.size > b.size || (a.size === b.size && ranked) ? a.shape : b.shape;
  return record(op, [a, b], out, shape);
}

function unary(op: Op, a: Tensor): Tensor {
  const s = spec(op);
  return record(
    op,
    [a],
    a.storage.map((v) => s.value(v, 0)),
    a.shape,
  );
}

/** Makes the result tensor and, when grad mode is on and an input requires grad, its node in the graph. */
function record(op: Op | "sum", inputs: Tensor[], out: Float64Array, shape: readonly number[]): Tensor {
  const version: Version = { n: 0 };
  const tracked = gradEnabled && inputs.some((t) => t.requiresGrad);
  const fn = tracked ? new GradFn(op, inputs, out, version) : null;
  return new Tensor(out, shape, version, tracked, fn);
}

/** torch's AccumulateGrad: the first backward sets .grad, later ones add to it. */
function accumulate(leaf: Tensor, g: Float64Array): void {
  if (leaf.grad === null) {
    leaf.grad = new Tensor(Float64Array.from(g), leaf.shape, { n: 0 }, false, null);
    return;
  }
  // Stryker disable next-line EqualityOperator: a write one past a typed array's end is dropped
  for (let i = 0; i < g.length; i++) leaf.grad.storage[i]! += g[i]!;
}
