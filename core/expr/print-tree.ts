// The walk the text, LaTeX and PyTorch printers share: bottom-up over the DAG (foldDag), each leaf printed as it
// is, each operation given its first argument already printed and its op-table row.

import { type Apply, type ConstName, type Node, foldDag, missingCase } from "./node.ts";
import { type OpSpec, spec } from "./ops.ts";

export interface PrintRules<P> {
  num(value: number): P;
  sym(name: string): P;
  constant(name: ConstName): P;
  apply(n: Apply, a: P, s: OpSpec, get: (a: Node) => P): P;
}

export function printTree<P>(root: Node, rules: PrintRules<P>): P {
  return foldDag(root, (n, get): P => {
    switch (n.kind) {
      case "num":
        return rules.num(n.value);
      case "sym":
        return rules.sym(n.name);
      case "const":
        return rules.constant(n.name);
      case "apply":
        return rules.apply(n, get(n.args[0]!), spec(n.op), get);
      default:
        return missingCase(n);
    }
  });
}
