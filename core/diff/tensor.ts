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
// as in torch; the app's runners, not this layer, turn those into messages. The network layer (core/nn/) adds
// matrices and their operations (Linear, log-softmax, the losses) as GradFn subclasses swept by the same backward.

import type { Op } from "../expr/node.ts";
import { spec } from "../expr/ops.ts";

/** torch's RuntimeError, for misuse of the autograd API. */
export class AutogradError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AutogradError";
  }
}

interface Version {
  n: number;
}

/** The shaped operations of the network layer (core/nn/tensor-ops.ts): not rows of the expression language's
 *  table, so each is a GradFn subclass there with its own `gradients`. */
export type LayerOp = "mm" | "addmm" | "logSoftmax" | "nllLoss" | "mseLoss";
export type Saves = "inputs" | "result" | "nothing";

/** torch's grad_fn: one operation in the graph, with what it saved for backward. */
export class GradFn {
  freed = false;
  /** Version counters of the saved tensors, and their versions when saved. */
  readonly saved: { version: Version; at: number }[] = [];
  constructor(
    readonly op: Op | "sum" | LayerOp,
    readonly inputs: readonly Tensor[],
    /** The result's storage and version counter (the tensor itself is made with this node). */
    readonly result: Float64Array,
    resultVersion: Version,
    // What torch's derivative formula keeps is a field of the operation's row (sum keeps nothing); a layer op
    // says it itself.
    saves: Saves = op === "sum" ? "nothing" : spec(op as Op).saves,
  ) {
    const keep = (version: Version) => this.saved.push({ version, at: version.n });
    if (saves === "inputs") for (const t of inputs) keep(t.version);
    if (saves === "result") keep(resultVersion);
  }

  /** torch's class name for it, e.g. MulBackward0, shown by the UI and toString. */
  get name(): string {
    return `${this.op[0]!.toUpperCase()}${this.op.slice(1)}Backward0`;
  }

  /** Gradients for the inputs, given the gradient of the result. */
  apply(gradOut: Float64Array): Float64Array[] {
    if (this.saved.length > 0 && this.freed)
      throw new AutogradError(
        "Trying to backward through the graph a second time (or directly access saved tensors after they have " +
          "already been freed). Saved intermediate values of the graph are freed when you call .backward(). " +
          "Specify retainGraph: true if you need to backward through the graph a second time.",
      );
    for (const s of this.saved)
      if (s.version.n !== s.at)
        throw new AutogradError(
          `One of the tensors needed for gradient computation has been modified by an inplace operation: ` +
            `${this.name} saved it at version ${s.at}, it is now at version ${s.version.n}. ` +
            "Change values outside the graph through .data (x.data.sub_(…)) or build the graph again.",
        );
    return this.gradients(gradOut);
  }

  /** The local derivatives: elementwise from the op table here; layer ops (core/nn/) override it. */
  protected gradients(gradOut: Float64Array): Float64Array[] {
    if (this.op === "sum") {
      const n = this.inputs[0]!.size;
      return [new Float64Array(n).fill(gradOut[0]!)];
    }
    const s = spec(this.op as Op);
    const [a, b] = this.inputs as [Tensor, Tensor | undefined];
    const v = this.result;
    const n = v.length;
    const ga = new Float64Array(a.size);
    const gb = b ? new Float64Array(b.size) : null;
    for (let i = 0; i < n; i++) {
      const ai = a.storage[a.size === 1 ? 0 : i]!;
      const bi = b ? b.storage[b.size === 1 ? 0 : i]! : 0;
      const g = gradOut[i]!;
      // Broadcast inputs (a scalar against an array) collect the sum of their gradients.
      ga[a.size === 1 ? 0 : i]! += g * s.da(ai, bi, v[i]!);
      if (gb && b) gb[b.size === 1 ? 0 : i]! += g * s.db(ai, bi, v[i]!);
    }
    return gb ? [ga, gb] : [ga];
  }
}

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
    backpropagate(this, seed, options.retainGraph ?? false, options.observe);
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
  for (let i = 0; i < n; i++)
    out[i] = s.value(a.storage[a.size === 1 ? 0 : i]!, b.storage[b.size === 1 ? 0 : i]!);
  const shape = a.size >= b.size ? a.shape : b.shape;
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

/**
 * Sees each node of the backward sweep as it runs: its gradient in and what it passes to each input (in the
 * sweep's order). The graph view (autograd-trace.ts) steps through these; it changes nothing.
 */
export type BackwardObserver = (node: GradFn, gradOut: Float64Array, gradIn: readonly Float64Array[]) => void;

/** One reverse sweep over the graph in topological order, accumulating (+=) where a tensor feeds several nodes. */
function backpropagate(root: Tensor, seed: Float64Array, retain: boolean, observe?: BackwardObserver): void {
  // Iterative depth-first order of the graph's nodes (deep graphs must not overflow the stack).
  if (root.gradFn === null) return accumulate(root, seed);
  const order: GradFn[] = [];
  const seen = new Set<GradFn>();
  const stack: [GradFn, number][] = [[root.gradFn, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, i] = top;
    if (i === 0 && seen.has(node)) {
      stack.pop();
      continue;
    }
    if (i < node.inputs.length) {
      top[1] = i + 1;
      const child = node.inputs[i]!.gradFn;
      if (child && !seen.has(child)) stack.push([child, 0]);
    } else {
      stack.pop();
      if (!seen.has(node)) {
        seen.add(node);
        order.push(node);
      }
    }
  }
  const grads = new Map<GradFn, Float64Array>([[root.gradFn, seed]]);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    const gradOut = grads.get(node);
    if (!gradOut) continue;
    const gIn = node.apply(gradOut);
    observe?.(node, gradOut, gIn);
    node.inputs.forEach((input, j) => {
      if (!input.requiresGrad) return;
      const g = gIn[j]!;
      if (input.gradFn === null) return accumulate(input, g);
      const acc = grads.get(input.gradFn);
      if (acc) for (let i = 0; i < g.length; i++) acc[i]! += g[i]!;
      else grads.set(input.gradFn, g);
    });
  }
  if (!retain) for (const node of order) node.freed = true;
}

/** torch's AccumulateGrad: the first backward sets .grad, later ones add to it. */
function accumulate(leaf: Tensor, g: Float64Array): void {
  if (leaf.grad === null) leaf.grad = new Tensor(Float64Array.from(g), leaf.shape, { n: 0 }, false, null);
  else for (let i = 0; i < g.length; i++) leaf.grad.storage[i]! += g[i]!;
}
