// torch's autograd graph and its backward sweep, the half of tensor.ts that runs after the forward pass: each
// operation's node (GradFn) keeps what torch's derivative formula saves and checks it is still there and
// unchanged; backpropagate() is one reverse topological sweep that accumulates (+=) where a tensor feeds several
// nodes. Local derivatives come from the operation's row in ops.ts.

import type { Op } from "../expr/node.ts";
import { spec } from "../expr/ops.ts";
import type { Tensor } from "./tensor.ts";
import { postOrder } from "../expr/post-order.ts";

/** torch's RuntimeError, for misuse of the autograd API. */
export class AutogradError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AutogradError";
  }
}

export interface Version {
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
    // Stryker disable next-line StringLiteral: any word but "inputs" or "result" keeps nothing, as "nothing" does
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
      // Stryker disable next-line LogicalOperator: gb is null exactly when b is missing (the test on b is for the type checker)
      if (gb && b) gb[b.size === 1 ? 0 : i]! += g * s.db(ai, bi, v[i]!);
    }
    return gb ? [ga, gb] : [ga];
  }
}

/**
 * Sees each node of the backward sweep as it runs: its gradient in and what it passes to each input (in the
 * sweep's order). The graph view (autograd-trace.ts) steps through these; it changes nothing.
 */
export type BackwardObserver = (node: GradFn, gradOut: Float64Array, gradIn: readonly Float64Array[]) => void;

/** One reverse sweep over the graph in topological order, accumulating (+=) where a tensor feeds several nodes. */
export function backpropagate(
  root: Tensor,
  seed: Float64Array,
  retain: boolean,
  /** What reaching a leaf does: torch's AccumulateGrad, kept with the tensor's .grad in tensor.ts. */
  accumulate: (leaf: Tensor, g: Float64Array) => void,
  observe?: BackwardObserver,
): void {
  // Depth-first order of the graph's nodes, inputs before the nodes that use them.
  if (root.gradFn === null) return accumulate(root, seed);
  const order = postOrder(root.gradFn, (node) => node.inputs.map((t) => t.gradFn));
  const grads = new Map<GradFn, Float64Array>([[root.gradFn, seed]]);
  // Stryker disable next-line ArithmeticOperator: one past the end is undefined, which has no gradient and is skipped
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    const gradOut = grads.get(node);
    // Stryker disable next-line ConditionalExpression: every node in the order is reached (inputs with a gradFn always require grad); kept as a guard
    if (!gradOut) continue;
    const gIn = node.apply(gradOut);
    observe?.(node, gradOut, gIn);
    node.inputs.forEach((input, j) => {
      if (!input.requiresGrad) return;
      const g = gIn[j]!;
      if (input.gradFn === null) return accumulate(input, g);
      const acc = grads.get(input.gradFn);
      // Stryker disable next-line EqualityOperator: a write one past a typed array's end is dropped
      if (acc) for (let i = 0; i < g.length; i++) acc[i]! += g[i]!;
      else grads.set(input.gradFn, g);
    });
  }
  if (!retain) for (const node of order) node.freed = true;
}
