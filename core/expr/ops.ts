// The operation table: one entry per operation, holding everything the rest of the core needs to know about it —
// numeric value, local partial derivatives (reverse mode), symbolic derivative rule, domain message, precedence,
// its printed forms (text, LaTeX, PyTorch) and what torch's backward saves for it (op-row.ts says what a row
// holds). The rows are written in two files — ops-arithmetic.ts and, by family, ops-functions.ts — and gathered
// here. Adding an operation is one row in its family (and its name in node.ts)
// plus one test row; the parser, the printers, tensor.ts and the CLI read it here.

import { FUNCTIONS, type FnName, type Op } from "./node.ts";
import { num } from "./node.ts";
import { type FnEntry, type OpSpec, PREC, chain, fnLatex, overflow, zero } from "./op-row.ts";
import { ARITHMETIC } from "./ops-arithmetic.ts";
import { FUNCTION_ROWS } from "./ops-functions.ts";

export {
  type DeriveRule,
  type Facts,
  type LatexArg,
  type OpSpec,
  type Py,
  type Saves,
  type TorchForm,
  PREC,
  expAsSuperscript,
  fmt,
} from "./op-row.ts";
export { powerPart } from "./ops-arithmetic.ts";

/** A function's row as an operation: a unary atom whose derivative is f′(u)·u′. */
function fromEntry(name: FnName, e: FnEntry): [Op, OpSpec] {
  const op: Op = name;
  const latex = typeof e.latex === "string" ? fnLatex(e.latex) : e.latex;
  const outer = e.outer;
  return [
    op,
    {
      op,
      arity: 1,
      prec: PREC.atom,
      text: name,
      latex,
      value: (a) => e.value(a),
      da: (a, _b, v) => e.da(a, v),
      db: zero,
      derive: outer ? ([u], [du]) => chain(outer(u!), du!) : () => num(0),
      domain: (a) => e.domain?.(a) ?? overflow(name),
      saves: e.saves,
      torch: e.torch,
      ...(e.facts ? { facts: e.facts } : {}),
    },
  ];
}

/** In node.ts's order: the arithmetic, then the functions as FUNCTIONS lists them. */
export const OPS: ReadonlyMap<Op, OpSpec> = new Map<Op, OpSpec>([
  ...ARITHMETIC,
  ...FUNCTIONS.map((name) => fromEntry(name, FUNCTION_ROWS[name])),
]);

export function spec(op: Op): OpSpec {
  return OPS.get(op)!;
}

/** Dense opcode numbering for the compiled tape. */
export const OP_LIST: readonly OpSpec[] = [...OPS.values()];
export const OPCODE: ReadonlyMap<Op, number> = new Map(OP_LIST.map((s, i) => [s.op, i]));

/** Another spelling the student may type → its function (arcsin → asin), from the rows' `spellings`. */
export const SPELLINGS: ReadonlyMap<string, FnName> = new Map(
  FUNCTIONS.flatMap((f) => (FUNCTION_ROWS[f].spellings ?? []).map((s): [string, FnName] => [s, f])),
);

/** Name the student typed → operation. `ln` is the natural logarithm, the same as `log`. */
export const FUNCTION_NAMES: ReadonlyMap<string, FnName> = new Map<string, FnName>([
  ...FUNCTIONS.map((n): [string, FnName] => [n, n]),
  ["ln", "log"],
]);
