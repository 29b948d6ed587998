// Symbolic derivatives in textbook form: the chain rule as a graph transform (raw-derivative.ts), then the
// simplifier, so d/dx (x^2 - 4x) is 2x - 4.

import { apply, topoOrder, type Node } from "../expr/node.ts";
import { longProductDerivative } from "./product-rule.ts";
import { rawDerivative } from "./raw-derivative.ts";
import { simplify } from "./simplify/index.ts";
import { BEFORE_DIFF } from "./simplify/rules.ts";

export { rawDerivative };

/** ∂node/∂v, simplified. */
export function derivative(node: Node, v: string): Node {
  const f = beforeDiff(node);
  return longProductDerivative(f, v, simplify, derivative) ?? simplify(rawDerivative(f, v));
}

/** f with the rows of BEFORE_DIFF applied bottom-up (u − u = 0); the same node when none applies. */
export function beforeDiff(node: Node): Node {
  const out = new Map<Node, Node>();
  for (const n of topoOrder(node)) {
    if (n.kind !== "apply") {
      out.set(n, n);
      continue;
    }
    const args = n.args.map((a) => out.get(a)!);
    // Stryker disable next-line ArrowFunction,ConditionalExpression: apply() interns, so the same operation on the same arguments is this very node
    const m = args.every((a, i) => a === n.args[i]) ? n : apply(n.op, args);
    let r: Node | null = null;
    // Stryker disable next-line EqualityOperator: BEFORE_DIFF has one rule, so breaking on its answer or on its null ends the loop the same way
    for (const rule of BEFORE_DIFF) if ((r = rule(m as Node & { kind: "apply" })) !== null) break;
    out.set(n, r ?? m);
  }
  return out.get(node)!;
}
