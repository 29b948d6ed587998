// Nodes → a Python expression over torch tensors named after the variables, for the generated PyTorch program.
// The third printer beside print-text.ts and print-latex.ts, sharing their precedence table (PREC, the same order
// as Python's: + -, then * /, then unary minus, then **). Each operation's spelling is a field of its ops.ts row
// (`torch`): an operator for the binary ones and neg, a call for the functions (1/torch.cos(u) for sec, …).

import { type Apply, type Node } from "./node.ts";
import { type OpSpec, type Py, PREC } from "./ops.ts";
import { printTree } from "./print-tree.ts";

// Names the generated program uses itself, plus Python's keywords: a variable called like one is renamed.
const TAKEN = new Set([
  "torch", "math", "alpha", "tol", "cost", "new_cost", "loss", "new_loss", "optimizer", "k", "print", "range", "abs",
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]); // prettier-ignore

/** The Python name for one of our variables. */
export function pythonName(v: string): string {
  return TAKEN.has(v) ? `${v}_` : v;
}

/** A number literal Python reads back to the same double. */
export function pythonNumber(x: number): string {
  // JavaScript's shortest round-trip form is valid Python: 4, 0.02, 1e-7, 1.5e+21. Integers stay Python ints,
  // which torch promotes to the tensor's float64 exactly.
  return Object.is(x, -0) ? "0" : String(x);
}

/** Our expression as a Python/torch expression over tensors named after the variables. */
export function toTorch(root: Node): string {
  return printTree<Py>(root, {
    num: (v) => ({ s: pythonNumber(v), prec: v < 0 ? PREC.unary : PREC.atom }),
    sym: (name) => ({ s: pythonName(name), prec: PREC.atom }),
    constant: (name) => ({ s: name === "pi" ? "math.pi" : "math.e", prec: PREC.atom }),
    apply,
  }).s;
}

const wrap = (p: Py, needsParens: boolean): string => (needsParens ? `(${p.s})` : p.s);

function apply(n: Apply, a: Py, s: OpSpec, get: (a: Node) => Py): Py {
  const form = s.torch;
  if ("call" in form) return form.call(a);
  const op = form.operator;
  if (n.op === "neg") return { s: `-${wrap(a, a.prec <= PREC.unary)}`, prec: PREC.unary };
  const b = get(n.args[1]!);
  switch (n.op) {
    case "add":
    case "sub":
      // The right operand keeps its grouping: a - (b + c) and even a + (b + c), so floats add in our order.
      return { s: `${wrap(a, a.prec < PREC.sum)} ${op} ${wrap(b, b.prec <= PREC.sum)}`, prec: PREC.sum };
    case "mul":
    case "div":
      return {
        s: `${wrap(a, a.prec < PREC.product)}${op}${wrap(b, b.prec <= PREC.product)}`,
        prec: PREC.product,
      };
    case "pow": {
      // e^u is written torch.exp(u): the tutorial's spelling, and a tensor operation rather than float ** tensor.
      const base = n.args[0]!;
      if (base.kind === "const" && base.name === "e") return { s: `torch.exp(${b.s})`, prec: PREC.atom };
      return { s: `${wrap(a, a.prec <= PREC.power)}${op}${wrap(b, b.prec < PREC.atom)}`, prec: PREC.power };
    }
    default:
      throw new Error(`toTorch: ${n.op} is written by an operator but is not binary`);
  }
}
