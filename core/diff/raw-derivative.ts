// d/dv as a graph transform: one pass over the DAG in topological order, each node's derivative built from its
// arguments' derivatives by the rule stored with its operation in ops.ts. Memoised per node (a shared
// subexpression is differentiated once) and iterative, so deep expressions cannot overflow the stack.
// The result is the chain rule applied mechanically; derivative.ts simplifies it to textbook form.

import { type Node, num, topoOrder } from "../expr/node.ts";
import { spec } from "../expr/ops.ts";

const ONE = num(1);
const ZERO = num(0);

export function rawDerivative(node: Node, v: string): Node {
  // null: the node does not depend on v, so its derivative is 0 and rules can leave that term out.
  const d = new Map<Node, Node | null>();
  for (const n of topoOrder(node)) {
    if (n.kind === "sym") d.set(n, n.name === v ? ONE : null);
    else if (n.kind !== "apply") d.set(n, null);
    else {
      const ds = n.args.map((a) => d.get(a)!);
      const r = ds.some((x) => x !== null) ? spec(n.op).derive(n.args, ds) : null;
      d.set(n, r === ZERO ? null : r); // sign(u)′ = 0 and (u⁰)′ = 0 drop out of the terms above them
    }
  }
  return d.get(node) ?? num(0);
}
