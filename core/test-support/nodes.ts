// Node constructors re-exported for the simplifier's tests (one import line).
export { add, countOps, mul, num, pow, sym } from "../expr/node.ts";
import { fn, type Node } from "../expr/node.ts";
export const sin = (a: Node) => fn("sin", a);
