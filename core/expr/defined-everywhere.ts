// Whether f is defined at every real point: built only from operations defined for every argument (the rows
// whose facts say `total`), sums, products, division by a non-zero number, and powers whose exponent is a whole
// number ≥ 0 or whose base is a positive number (eˣ, 2ˣ, πˣ). A yes is certain; a no only says that f may leave its
// domain somewhere (1/(x² + 1) is defined everywhere, but division by an expression is not checked).

import type { Node } from "./node.ts";
import { spec } from "./ops.ts";

export function definedEverywhere(root: Node): boolean {
  const seen = new Map<number, boolean>();
  const visit = (n: Node): boolean => {
    if (n.kind !== "apply") return true;
    const known = seen.get(n.id);
    if (known !== undefined) return known;
    const [a, b] = n.args;
    let ok: boolean;
    switch (n.op) {
      case "add":
      case "sub":
      case "mul":
      case "neg":
        ok = n.args.every(visit);
        break;
      case "div":
        ok = b!.kind === "num" && b!.value !== 0 && visit(a!);
        break;
      case "pow":
        ok =
          (b!.kind === "num" && Number.isInteger(b!.value) && b!.value >= 0 && visit(a!)) ||
          (((a!.kind === "num" && a!.value > 0) || a!.kind === "const") && visit(b!));
        break;
      default:
        ok = spec(n.op).facts?.total === true && n.args.every(visit);
    }
    seen.set(n.id, ok);
    return ok;
  };
  return visit(root);
}
