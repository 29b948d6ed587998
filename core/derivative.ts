// Symbolic derivatives in textbook form: the chain rule as a graph transform (raw-derivative.ts), then the
// simplifier, so d/dx (x^2 - 4x) is 2x - 4.

import type { Node } from "./node.ts";
import { rawDerivative } from "./raw-derivative.ts";
import { simplify } from "./simplify/index.ts";

export { rawDerivative };

/** ∂node/∂v, simplified. */
export function derivative(node: Node, v: string): Node {
  return simplify(rawDerivative(node, v));
}
