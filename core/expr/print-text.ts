// Nodes → text in the input syntax, readable (`2x - 4`, `3(x + 1)`, `2 sin(x)`, `1/x`) and exact:
// parse(toText(n)) === n for every node the parser or the simplifier produces. Parentheses appear where the
// parser's grammar needs them to rebuild the same binary nodes (parser.ts documents the grammar), plus around
// negative operands, where "x - (-2)" reads better than "x - -2".
//
// Each printed piece carries what its neighbours need to know — first character, leading and trailing
// identifier — so no string is ever scanned: printing is linear in the output even for 10,000-term chains.

import { DescentError } from "./errors.ts";
import { msg, say } from "../messages/index.ts";
import { type Apply, type Node, countOps } from "./node.ts";
import { FUNCTION_NAMES, PREC, type OpSpec } from "./ops.ts";
import { printTree } from "./print-tree.ts";
import { readsAsCall } from "./names.ts";

/** Beyond this many operations (counted as a tree, as printed) the text is refused rather than built. */
export const MAX_PRINTED_OPS = 200_000;

interface Printed {
  s: string;
  prec: number;
  /** First character. */
  first: string;
  /** The identifier the text starts / ends with ("" if it starts / ends otherwise). */
  lead: string;
  trail: string;
}

const isNeg = (n: Node) => n.kind === "apply" && n.op === "neg";
const startsNeg = (p: Printed) => p.first === "-";
const paren = (p: Printed): Printed => ({ s: `(${p.s})`, prec: PREC.atom, first: "(", lead: "", trail: "" });

/**
 * Refuses (as a DescentError) a result too big to print: a DAG can stand for an exponentially large tree. A number:
 * the size of a result about to be built.
 */
export function checkPrintable(root: Node | number): void {
  const ops = typeof root === "number" ? root : countOps(root);
  if (ops > MAX_PRINTED_OPS) {
    const m = msg("print.tooLarge", { count: ops > 1e12 ? msg("print.astronomical") : String(ops) });
    throw new DescentError("too_long", say(m), [0, 0], m);
  }
}

export function toText(root: Node): string {
  checkPrintable(root);
  return printTree<Printed>(root, { num: numText, sym: nameText, constant: nameText, apply }).s;
}

function numText(value: number): Printed {
  const s = String(value);
  return { s, prec: value < 0 ? PREC.unary : PREC.atom, first: s[0]!, lead: "", trail: "" };
}
const nameText = (name: string): Printed => ({
  s: name,
  prec: PREC.atom,
  first: name[0]!,
  lead: name,
  trail: name,
});

function apply(n: Apply, a: Printed, s: OpSpec, get: (a: Node) => Printed): Printed {
  const op = n.op;
  if (op === "neg") {
    // -(2) keeps neg(2) apart from the number -2, which prints as "-2". A neg of a neg prints as --x: the
    // parser reads sign runs without nesting, so a long run must not turn into deeply nested brackets.
    const inner = n.args[0]!;
    const wrap =
      inner.kind === "num" || (a.prec < PREC.power && !isNeg(inner)) || (startsNeg(a) && !isNeg(inner));
    const body = wrap ? paren(a) : a;
    return { s: `-${body.s}`, prec: PREC.unary, first: "-", lead: "", trail: body.trail };
  }
  if (s.arity === 1)
    return { s: `${s.text}(${a.s})`, prec: PREC.atom, first: s.text[0]!, lead: s.text, trail: "" };
  const b = get(n.args[1]!);
  const join = (left: Printed, sep: string, right: Printed, prec: number): Printed => ({
    s: `${left.s}${sep}${right.s}`,
    prec,
    first: left.first,
    lead: left.lead,
    trail: right.trail,
  });
  switch (op) {
    case "add":
    case "sub":
      return join(a, ` ${s.text} `, b.prec <= PREC.sum || startsNeg(b) ? paren(b) : b, PREC.sum);
    case "div": {
      const left = a.prec < PREC.product ? paren(a) : a;
      return join(left, "/", b.prec <= PREC.product || startsNeg(b) ? paren(b) : b, PREC.product);
    }
    case "mul": {
      const left = a.prec < PREC.product ? paren(a) : a;
      const right = b.prec <= PREC.product || startsNeg(b) ? paren(b) : b;
      return juxtapose(n.args[0]!, left, right);
    }
    case "pow": {
      // x^-y (not x^(-y)) for the same reason as --x: towers like x^-x^-x stay flat.
      const left = a.prec < PREC.atom || startsNeg(a) ? paren(a) : a;
      const right = isNeg(n.args[1]!) ? b : b.prec < PREC.power || startsNeg(b) ? paren(b) : b;
      return join(left, "^", right, PREC.power);
    }
    default:
      throw new Error(`toText: unexpected binary op ${op}`);
  }
}

/** A product as a student writes it: 2x, 3(x + 1), 2 sin(x), x y, (x + 1)(x - 1); `*` before a number. */
function juxtapose(leftNode: Node, left: Printed, right: Printed): Printed {
  const join = (sep: string, l: Printed = left): Printed => ({
    s: `${l.s}${sep}${right.s}`,
    prec: PREC.product,
    first: l.first,
    lead: l.lead,
    trail: right.trail,
  });
  if (/[0-9.]/.test(right.first)) return join(" * ");
  // (1/2)x rather than 1/2 x, which a reader could take for 1/(2x). A quotient is never bracketed by precedence
  // on the left of a product, so it is bracketed here.
  const grouped = leftNode.kind === "apply" && leftNode.op === "div";
  const l = grouped ? paren(left) : left;
  // `foo(` would read as a call of foo; a space keeps it a product.
  if (right.first === "(") return join(readsAsCall(l.trail) ? " " : "", l);
  const tight =
    (leftNode.kind === "num" || grouped) &&
    !/^[eE]/.test(right.lead) && // 2e5 would read as a number
    !FUNCTION_NAMES.has(right.lead) &&
    (right.lead.length === 1 || right.lead === "pi");
  return join(tight ? "" : " ", l);
}
