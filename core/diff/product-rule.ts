// The product rule on a long product of different factors, written out directly:
//   (g₁ g₂ ⋯ gₙ)′ = g₁′ g₂ ⋯ gₙ + g₁ g₂′ ⋯ gₙ + ⋯ + g₁ g₂ ⋯ gₙ′
// Each term keeps the factors in the order typed, with the one differentiated factor in its place, as on the board.
// The simplifier would collect this sum of n products of n − 1 factors into one canonical form, comparing and
// factoring terms pairwise: seconds for a few hundred factors. Built here, each factor and its
// derivative are simplified once on their own and the terms share their prefixes g₁ ⋯ gᵢ₋₁ through interning, so
// the work is the size of the answer as printed, no more. Short products still go through the simplifier, which
// writes them more compactly (x sin(x) → sin(x) + x cos(x)).

import { apply, countOps, isNum, mul, num, variables, type Node } from "../expr/node.ts";
import { checkPrintable } from "../expr/print-text.ts";
import { LIMITS, spendNodes } from "../expr/budget.ts";

/** Fewer different factors than this: the simplifier's compact form, which is quick enough there. */
export const LONG_PRODUCT = 12;

/** The factors of a chain of ·, in order (a repeated factor is listed each time it appears). */
function factorsOf(node: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === "apply" && n.op === "mul") stack.push(n.args[1]!, n.args[0]!);
    else out.push(n);
  }
  return out;
}

/**
 * ∂node/∂v as the sum of the product rule's terms, when node is a product of at least LONG_PRODUCT different
 * factors, some depending on v; null otherwise. `simplify` tidies one factor, `derivative` differentiates one factor.
 */
export function longProductDerivative(
  node: Node,
  v: string,
  simplify: (n: Node) => Node,
  derivative: (n: Node, v: string) => Node,
): Node | null {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an early exit only; anything but a product is one factor, which the size test below refuses too
  if (node.kind !== "apply" || node.op !== "mul") return null;
  const factors = factorsOf(node);
  const distinct = new Set(factors);
  // Before any walk over a factor (each is counted by the work budget): x·x·…·x has one factor, 25,000 times.
  if (distinct.size < LONG_PRODUCT) return null;
  const dependsOn = new Map([...distinct].map((g) => [g, variables(g).includes(v)]));
  const depends = factors.map((g) => dependsOn.get(g)!);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: without it no term is written and the answer is num(0), the same interned 0 the simplifier gives
  if (!depends.includes(true)) return null;
  const shown = factors.map(simplify);
  // Every term writes out all the other factors: refuse before building an answer too big to print.
  const size = shown.reduce((t, g) => t + countOps(g), factors.length);
  // The terms share their prefixes, so about half of that is built: counted first, so a request too big for its
  // budget stops with too_complex before building anything.
  const total = size * depends.filter(Boolean).length;
  // Stryker disable next-line ArithmeticOperator: simplifying the factors above has already spent nodes, so LIMITS.nodes − 1 more stops it too
  spendNodes(Math.min(Math.ceil(total / 2), LIMITS.nodes + 1)); // enough to stop it, never more
  checkPrintable(total);
  let sum: Node | null = null;
  let prefix: Node | null = null;
  factors.forEach((g, i) => {
    // Stryker disable next-line ConditionalExpression: a factor free of v has derivative 0, which writes no term (c = 0) — only work saved
    if (depends[i]) {
      let d = derivative(g, v);
      // A number in front of the factor's derivative goes in front of the term (3 x sin(x) ⋯, not x 3sin(x) ⋯),
      // and its sign becomes the term's.
      let c = 1;
      if (d.kind === "apply" && d.op === "neg") [c, d] = [-1, d.args[0]!];
      if (d.kind === "apply" && d.op === "mul" && isNum(d.args[0]!))
        [c, d] = [c * d.args[0].value, d.args[1]!];
      if (isNum(d)) [c, d] = [c * d.value, num(1)];
      if (c !== 0 && Number.isFinite(c)) {
        let term: Node | null = Math.abs(c) === 1 ? prefix : num(Math.abs(c));
        if (term !== prefix) for (let j = 0; j < i; j++) term = mul(term!, shown[j]!);
        if (!isNum(d, 1)) term = term ? mul(term, d) : d;
        for (let j = i + 1; j < factors.length; j++) term = term ? mul(term, shown[j]!) : shown[j]!;
        term ??= num(1);
        sum =
          // Stryker disable next-line EqualityOperator: c = 0 never gets here (no term is written for it)
          sum === null ? (c < 0 ? apply("neg", [term]) : term) : apply(c < 0 ? "sub" : "add", [sum, term]);
      }
    }
    prefix = prefix ? mul(prefix, shown[i]!) : shown[i]!;
  });
  return sum ?? num(0);
}
