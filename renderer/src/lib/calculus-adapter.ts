// Placeholder until core/calculus.ts's dependencies (derivative.ts, numeric.ts) land.
import type { Node } from "../../../core/node.ts";
import type { MethodView } from "./model.ts";

export function calculusOf(_node: Node): MethodView {
  return { status: "unavailable", steps: [] };
}
