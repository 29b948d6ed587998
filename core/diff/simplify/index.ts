// simplify(node): the form a teacher writes on the board, with the same value wherever the input is defined.
//
// One bottom-up sweep over the DAG (iterative, so a 5,000-deep power tower is fine). A whole chain of + − (or
// · /) is read at once into one sum (product), so a 200-term sum is collected once, not 200 times; chain weights
// are propagated over the DAG, so shared sub-chains never blow up into a tree.
//
// Decisions, so the output is always safe to show:
//   x/x → 1, x·x⁻¹ → 1, 0·u → 0        like SymPy: equal wherever the input is defined (the input is not at x = 0)
//   sqrt(x²) → |x|, (x²)^(3/2) → |x|³  never x (wrong for x < 0)
//   log(x²) stays                      2·log(x) is wrong for x < 0
//   sin(2), sqrt(2), pi, e stay exact  no decimals are invented; decimals the student typed stay decimals
//   a step that would overflow or divide a constant by zero is left as it was (NoFold); 2^1000 stays 2^1000
//
// Bounds: powers of sums are expanded only up to 48 terms and power 8, candidate forms nest at most twice, and
// past a work budget per call only the plain canonical form is built — so (x + 1)^50, a 300-term polynomial or
// the product rule on 30 factors all finish in well under a second.
//
// Modules: coefficient.ts exact coefficients · forms.ts the Sum/Prod forms · canon.ts reading/combining/showing them ·
// factor.ts other displays (content, common factor, grouping, expansion, polynomial division) · rules.ts function
// identities as a table · emit.ts binary nodes in textbook shape · order.ts textbook order.

import type { Node } from "../../expr/node.ts";
import { apply, topoOrder } from "../../expr/node.ts";
import { bottomUp } from "../../expr/post-order.ts";
import { Canon } from "./canon.ts";
import { type Prod, addInto, emptySum } from "./forms.ts";
import * as q from "./coefficient.ts";
import type { Q } from "./coefficient.ts";

const SIGNS: Partial<Record<string, readonly number[]>> = {
  add: [1, 1],
  sub: [1, -1],
  neg: [-1],
  mul: [1, 1],
  div: [1, -1],
};
const chainOf = (n: Node): "sum" | "prod" | null =>
  n.kind !== "apply"
    ? null
    : n.op === "add" || n.op === "sub" || n.op === "neg"
      ? "sum"
      : n.op === "mul" || n.op === "div"
        ? "prod"
        : null;

/**
 * Leaves of the + − chain (or · / chain) below root, each with its total weight (coefficient, or exponent).
 * Linear in the DAG: interior nodes are visited once, parents before children. A sub-chain that is `shared`
 * (used by another node too) is a leaf here: it is simplified once on its own and read back as a form, so the
 * prefixes of x·x·…·x, each a term of its derivative, cost one step each rather than one walk each (quadratic).
 */
function chainLeaves(root: Node, kind: "sum" | "prod", shared: (n: Node) => boolean): Map<Node, Q> {
  const rootArgs = (root as Node & { kind: "apply" }).args;
  const inner = (a: Node) => chainOf(a) === kind && !shared(a);
  if (!rootArgs.some(inner)) {
    // The common case, one operation: its arguments are the leaves.
    const signs = SIGNS[(root as Node & { kind: "apply" }).op]!;
    const leaves = new Map<Node, Q>();
    rootArgs.forEach((a, j) => {
      const w = signs[j]! > 0 ? q.ONE : q.MINUS_ONE;
      const old = leaves.get(a);
      leaves.set(a, old === undefined ? w : q.add(old, w));
    });
    return leaves;
  }
  const order: Node[] = [];
  const seen = new Set<Node>([root]);
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const args = (top[0] as Node & { kind: "apply" }).args;
    if (top[1] < args.length) {
      const a = args[top[1]++]!;
      if (inner(a) && !seen.has(a)) {
        seen.add(a);
        stack.push([a, 0]);
      }
    } else {
      stack.pop();
      order.push(top[0]);
    }
  }
  const weights = new Map<Node, Q>([[root, q.ONE]]);
  const leaves = new Map<Node, Q>();
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i] as Node & { kind: "apply" };
    const w = weights.get(n)!;
    const signs = SIGNS[n.op]!;
    n.args.forEach((a, j) => {
      const target = inner(a) ? weights : leaves;
      const add = signs[j]! > 0 ? w : q.neg(w);
      const old = target.get(a);
      target.set(a, old === undefined ? add : q.add(old, add));
    });
  }
  return leaves;
}

export function simplify(root: Node): Node {
  const canon = new Canon();
  // Parents per node over the whole DAG: a chain node with two or more is shared.
  const parents = new Map<Node, number>();
  for (const n of topoOrder(root))
    if (n.kind === "apply") for (const a of new Set(n.args)) parents.set(a, (parents.get(a) ?? 0) + 1);
  const shared = (n: Node) => (parents.get(n) ?? 0) > 1;
  const done = new Map<Node, Node>();
  const chains = new Map<Node, Map<Node, Q>>();
  const leavesOf = (n: Node, kind: "sum" | "prod") => {
    let c = chains.get(n);
    if (!c) chains.set(n, (c = chainLeaves(n, kind, shared)));
    return c;
  };
  const deps = (n: Node): Iterable<Node> => {
    if (n.kind !== "apply") return [];
    const kind = chainOf(n);
    return kind ? leavesOf(n, kind).keys() : n.args;
  };
  const get = (n: Node) => done.get(n)!;

  const combine = (n: Node): Node => {
    if (n.kind !== "apply") return n;
    const kind = chainOf(n);
    if (kind === "sum") {
      const acc = emptySum();
      for (const [leaf, w] of leavesOf(n, kind)) addInto(acc, canon.sumOf(get(leaf)), w);
      return canon.finishSum(acc);
    }
    if (kind === "prod") {
      const acc: Prod = { coef: q.ONE, f: new Map() };
      for (const [leaf, w] of leavesOf(n, kind)) canon.mulInto(acc, canon.prodOf(get(leaf)), w);
      return canon.finishProd(acc);
    }
    if (n.op === "pow") return canon.powOf(get(n.args[0]!), get(n.args[1]!));
    return canon.fn(n.op as Parameters<Canon["fn"]>[0], get(n.args[0]!));
  };

  return bottomUp(root, deps, done, (n) => {
    try {
      return combine(n);
    } catch (e) {
      if (!(e instanceof q.NoFold)) throw e;
      // Overflow or a constant divided by zero: keep this operation as written, its arguments simplified.
      return n.kind === "apply"
        ? apply(
            n.op,
            n.args.map((a) => done.get(a) ?? a),
          )
        : n;
    }
  });
}
