// Nodes → text in the input syntax, readable (`2x - 4`, `3(x + 1)`, `2 sin(x)`, `1/x`) and exact:
// parse(toText(n)) === n for every node the parser or the simplifier produces. Parentheses appear where the
// parser's grammar needs them to rebuild the same binary nodes (parser.ts documents the grammar), plus around
// negative operands, where "x - (-2)" reads better than "x - -2".

import { type Node, missingCase, topoOrder } from "./node.ts";
import { FUNCTION_NAMES, PREC, spec } from "./ops.ts";
import { readsAsCall } from "./names.ts";

interface Printed {
  s: string;
  prec: number;
}

const paren = (p: Printed) => `(${p.s})`;
const isNeg = (n: Node) => n.kind === "apply" && n.op === "neg";
const startsNeg = (p: Printed) => p.s.startsWith("-");
const TRAILING_IDENT = /[A-Za-z_][A-Za-z0-9_]*$/;
const LEADING_IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

export function toText(root: Node): string {
  // Bottom-up over the DAG (no recursion, so deep left-leaning sums print without growing the stack).
  const memo = new Map<Node, Printed>();
  for (const n of topoOrder(root))
    memo.set(
      n,
      print(n, (a) => memo.get(a)!),
    );
  return memo.get(root)!.s;
}

function print(n: Node, get: (a: Node) => Printed): Printed {
  switch (n.kind) {
    case "num":
      return { s: String(n.value), prec: n.value < 0 ? PREC.unary : PREC.atom };
    case "sym":
    case "const":
      return { s: n.name, prec: PREC.atom };
    case "apply":
      break;
    default:
      return missingCase(n);
  }
  const op = n.op;
  const a = get(n.args[0]!);
  const s = spec(op);
  if (op === "neg") {
    // -(2) keeps neg(2) apart from the number -2, which prints as "-2". A neg of a neg prints as --x: the
    // parser reads sign runs without nesting, so a long run must not turn into deeply nested brackets.
    const inner = n.args[0]!;
    const wrap =
      inner.kind === "num" || (a.prec < PREC.power && !isNeg(inner)) || (startsNeg(a) && !isNeg(inner));
    return { s: `-${wrap ? paren(a) : a.s}`, prec: PREC.unary };
  }
  if (s.arity === 1) return { s: `${s.text}(${a.s})`, prec: PREC.atom };
  const b = get(n.args[1]!);
  switch (op) {
    case "add":
    case "sub": {
      const right = b.prec <= PREC.sum || startsNeg(b) ? paren(b) : b.s;
      return { s: `${a.s} ${s.text} ${right}`, prec: PREC.sum };
    }
    case "div": {
      const left = a.prec < PREC.product ? paren(a) : a.s;
      const right = b.prec <= PREC.product || startsNeg(b) ? paren(b) : b.s;
      return { s: `${left}/${right}`, prec: PREC.product };
    }
    case "mul": {
      const left = a.prec < PREC.product ? paren(a) : a.s;
      const right = b.prec <= PREC.product || startsNeg(b) ? paren(b) : b.s;
      return { s: juxtapose(n.args[0]!, left, right), prec: PREC.product };
    }
    case "pow": {
      const left = a.prec < PREC.atom || startsNeg(a) ? paren(a) : a.s;
      // x^-y (not x^(-y)) for the same reason as --x: towers like x^-x^-x stay flat.
      const e = n.args[1]!;
      const right = isNeg(e) ? b.s : b.prec < PREC.power || startsNeg(b) ? paren(b) : b.s;
      return { s: `${left}^${right}`, prec: PREC.power };
    }
    default:
      throw new Error(`toText: unexpected binary op ${op}`);
  }
}

/** A product as a student writes it: 2x, 3(x + 1), 2 sin(x), x y, (x + 1)(x - 1); `*` before a number. */
function juxtapose(leftNode: Node, left: string, right: string): string {
  if (/^[0-9.]/.test(right)) return `${left} * ${right}`;
  // (1/2)x rather than 1/2 x, which a reader could take for 1/(2x).
  const grouped = leftNode.kind === "apply" && leftNode.op === "div";
  if (grouped) left = `(${left})`; // a quotient on the left of a product is never bracketed by precedence
  if (right.startsWith("(")) {
    // `foo(` would read as a call of foo; a space keeps it a product.
    const last = TRAILING_IDENT.exec(left)?.[0];
    return last !== undefined && readsAsCall(last) ? `${left} ${right}` : `${left}${right}`;
  }
  const lead = LEADING_IDENT.exec(right)?.[0] ?? "";
  const tight =
    (leftNode.kind === "num" || grouped) &&
    !/^[eE]/.test(lead) && // 2e5 would read as a number
    !FUNCTION_NAMES.has(lead) &&
    (lead.length === 1 || lead === "pi");
  return tight ? `${left}${right}` : `${left} ${right}`;
}
