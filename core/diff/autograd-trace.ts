// Autograd made visible: the computational graph of f, its forward values at a point and the backward sweep as
// an ordered list of steps, each with its chain-rule products and the accumulation (+=) where a node feeds two
// others. Not a second autodiff: the graph is built with tensor.ts (the API the PyTorch code panel prints),
// `cost.backward()` runs it, and every number here is one that sweep computed, seen through its observer.
// Graph nodes are the interned DAG's nodes, so a shared subexpression (sin(x) in sin(x)^2 + sin(x)) is one node
// with two outgoing edges, and its gradient is the sum of the two contributions.

import { type Node, topoOrder } from "../expr/node.ts";
import { fmt, spec } from "../expr/ops.ts";
import { type GradFn, type Tensor, tensor } from "./tensor.ts";

export type GraphNodeKind = "input" | "constant" | "op";

export interface GraphNode {
  /** Index in `nodes`, which is a topological order (arguments before the operations that use them). */
  readonly index: number;
  readonly node: Node;
  readonly kind: GraphNodeKind;
  /** What the box shows: the variable's name, the number, or the operation (+, *, ^, sin, …). */
  readonly label: string;
  /** Arguments, by index. */
  readonly args: readonly number[];
  /** The forward value at the point (NaN outside the domain, as torch gives). */
  readonly value: number;
  /** ∂f/∂node after backward; null where autograd computes none (constants, subtrees without a variable). */
  readonly grad: number | null;
  /** torch's grad_fn name (MulBackward0, …); null for leaves and untracked nodes. */
  readonly gradFn: string | null;
}

/** One input's share in a backward step: ∂f/∂node · ∂node/∂input = product, added into the input's gradient. */
export interface ChainPart {
  readonly input: number;
  /** Which argument of the operation (0 or 1). */
  readonly arg: number;
  /** The local derivative ∂node/∂input at the point (the op table's, as tensor.ts uses it). */
  readonly local: number;
  /** What backward passed to the input: gradOut · local, as the sweep computed it. */
  readonly product: number;
  /** The input's gradient before this step; null if this is its first contribution (then it is set, not added). */
  readonly before: number | null;
  readonly after: number;
}

export type TraceStep =
  | { readonly phase: "forward"; readonly node: number; readonly value: number }
  | { readonly phase: "seed"; readonly node: number }
  | {
      readonly phase: "backward";
      readonly node: number;
      /** ∂f/∂node, complete when the sweep reaches it. */
      readonly gradOut: number;
      readonly parts: readonly ChainPart[];
    };

export interface AutogradTrace {
  readonly vars: readonly string[];
  readonly nodes: readonly GraphNode[];
  readonly output: number;
  /** The forward pass (every node, topological order), the seed ∂f/∂f = 1, then backward from the output. */
  readonly steps: readonly TraceStep[];
  /** f at the point and x.grad (y.grad, …) after backward: the leaves' .grad, null if f does not depend on it. */
  readonly value: number;
  readonly grads: Readonly<Record<string, number | null>>;
}

const constValue = (name: "pi" | "e") => (name === "pi" ? Math.PI : Math.E);

function labelOf(n: Node): string {
  switch (n.kind) {
    case "num":
      return fmt(n.value);
    case "sym":
      return n.name;
    case "const":
      return n.name === "pi" ? "π" : "e";
    case "apply":
      return spec(n.op).text;
  }
}

/**
 * Builds f's graph with tensor.ts at `at` (one leaf with requires_grad per variable), runs backward once, and
 * returns what each node held and each backward step did. Variables missing from `at` count as 0.
 */
export function traceAutograd(
  root: Node,
  vars: readonly string[],
  at: Readonly<Record<string, number>>,
): AutogradTrace {
  const order = topoOrder(root);
  const index = new Map<Node, number>();
  const tensors: Tensor[] = [];
  const byFn = new Map<GradFn, number>();
  for (const n of order) {
    index.set(n, tensors.length);
    let t: Tensor;
    if (n.kind === "num") t = tensor(n.value);
    else if (n.kind === "const") t = tensor(constValue(n.name));
    else if (n.kind === "sym")
      t = tensor(Object.hasOwn(at, n.name) ? at[n.name]! : 0, { requiresGrad: true });
    else {
      const a = tensors[index.get(n.args[0]!)!]!;
      // Stryker disable next-line ConditionalExpression: a unary node's missing second argument looks up undefined, and apply(op, undefined) is apply(op)
      t = n.args.length === 2 ? a.apply(n.op, tensors[index.get(n.args[1]!)!]!) : a.apply(n.op);
    }
    // Stryker disable next-line ConditionalExpression: a null key is never looked up (the observer passes real nodes)
    if (t.gradFn) byFn.set(t.gradFn, tensors.length);
    tensors.push(t);
  }
  const output = order.length - 1;
  const cost = tensors[output]!;
  const steps: TraceStep[] = order.map((_, i) => ({ phase: "forward", node: i, value: tensors[i]!.item() }));

  // ∂f/∂node as the sweep accumulates it: set by the first contribution, += by the next (autograd's rule).
  const grad: (number | null)[] = order.map(() => null);
  if (cost.requiresGrad) {
    grad[output] = 1;
    steps.push({ phase: "seed", node: output });
    const leafIndex = (t: Tensor) => tensors.indexOf(t);
    cost.backward({
      observe: (fn, gradOut, gradIn) => {
        const i = byFn.get(fn)!;
        const n = order[i] as Node & { kind: "apply" };
        const s = spec(n.op);
        const a = tensors[index.get(n.args[0]!)!]!.item();
        const b = n.args.length === 2 ? tensors[index.get(n.args[1]!)!]!.item() : 0;
        const v = tensors[i]!.item();
        const parts: ChainPart[] = [];
        fn.inputs.forEach((input, j) => {
          if (!input.requiresGrad) return;
          const target = input.gradFn ? byFn.get(input.gradFn)! : leafIndex(input);
          const product = gradIn[j]![0]!;
          const before = grad[target]!;
          // Stryker disable next-line ConditionalExpression: null + product is product, and a first product is never −0 (grad-fn.ts adds into zeros)
          const after = before === null ? product : before + product;
          grad[target] = after;
          parts.push({
            input: target,
            arg: j,
            local: j === 0 ? s.da(a, b, v) : s.db(a, b, v),
            product,
            before,
            after,
          });
        });
        steps.push({ phase: "backward", node: i, gradOut: gradOut[0]!, parts });
      },
    });
  }

  const nodes: GraphNode[] = order.map((n, i) => ({
    index: i,
    node: n,
    kind: n.kind === "sym" ? "input" : n.kind === "apply" ? "op" : "constant",
    label: labelOf(n),
    args: n.kind === "apply" ? n.args.map((a) => index.get(a)!) : [],
    value: tensors[i]!.item(),
    grad: grad[i]!,
    gradFn: tensors[i]!.gradFn?.name ?? null,
  }));
  const grads: Record<string, number | null> = {};
  for (const v of vars) {
    // Stryker disable next-line ConditionalExpression: a constant named like the variable (π, e) has no .grad, so null either way
    const leaf = order.findIndex((n) => n.kind === "sym" && n.name === v);
    Object.defineProperty(grads, v, {
      // Stryker disable next-line OptionalChaining: a variable of f always has a .grad after backward (f itself is x, or a node above it)
      value: leaf < 0 ? null : (tensors[leaf]!.grad?.item() ?? null),
      enumerable: true,
    });
  }
  return { vars, nodes, output, steps, value: cost.item(), grads };
}

/** Whether the graph's gradient and the symbolic derivative agree at the point (relative 1e-9, as rounding allows). */
export interface CrossCheckRow {
  readonly v: string;
  readonly graph: number | null;
  readonly symbolic: number;
  readonly agree: boolean;
}

/** The one judge of the cross-check: each partial from the graph against f′ evaluated symbolically. */
export function crossCheck(
  trace: AutogradTrace,
  symbolic: Readonly<Record<string, number>>,
): CrossCheckRow[] {
  return trace.vars.map((v) => {
    const graph = trace.grads[v] ?? null;
    const s = symbolic[v]!;
    const g = graph ?? 0;
    const agree =
      Number.isFinite(g) &&
      Number.isFinite(s) &&
      Math.abs(g - s) <= 1e-9 * Math.max(1, Math.abs(g), Math.abs(s));
    return { v, graph, symbolic: s, agree };
  });
}
