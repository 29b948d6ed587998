// What a row of the operation table holds (OpSpec), the precedence the printers share, and the small pieces the
// rows are written with (the chain rule's factor, torch's spellings, numbers in a domain message). The rows
// themselves are in ops-arithmetic.ts and ops-functions.ts; ops.ts gathers them into the one table.

import type { Node, Op } from "./node.ts";
import { mul, num, pow } from "./node.ts";
import { msg, type Msg } from "../messages/index.ts";

/** Binding strength, shared by the text, LaTeX and Python printers (Python's order too). Higher binds tighter. */
export const PREC = { sum: 1, product: 2, unary: 3, power: 4, atom: 5 } as const;

/**
 * Symbolic derivative rule. `args` are the operation's arguments, `d` their derivatives with respect to the
 * variable, `null` meaning "does not depend on it" (at least one is non-null). Rules are written as a teacher
 * writes them; the simplifier tidies the result.
 */
export type DeriveRule = (args: readonly Node[], d: readonly (Node | null)[]) => Node;

export interface OpSpec {
  readonly op: Op;
  readonly arity: 1 | 2;
  readonly prec: number;
  /** Binary operations: the infix symbol in text input syntax. Functions: the function's name. */
  readonly text: string;
  /** Binary operations: LaTeX infix ("" for juxtaposition/\frac handled by the printer). Functions: LaTeX for f(u), given u's LaTeX. */
  readonly latex: (arg: string, info: LatexArg) => string;
  /** Numeric value; `b` is ignored by unary operations. May return NaN/±Infinity: see `domain`. */
  readonly value: (a: number, b: number) => number;
  /** ∂value/∂a given a, b and the value v. */
  readonly da: (a: number, b: number, v: number) => number;
  /** ∂value/∂b (binary operations only). */
  readonly db: (a: number, b: number, v: number) => number;
  readonly derive: DeriveRule;
  /** Called only when `value` gave a non-finite value: why, in words a student understands. */
  readonly domain: (a: number, b: number) => Msg;
  /** What torch's backward keeps for it (the tensors its grad_fn saves); tensor.ts frees and version-checks them. */
  readonly saves: Saves;
  /** How Python with torch writes it (print-python.ts): binary operations and neg by an operator, functions by a call. */
  readonly torch: TorchForm;
  /** What holds for f(u) whatever u is (functions only; see Facts). */
  readonly facts?: Facts;
}

/**
 * What the solvers and printers may assume about a function f, whatever its argument u:
 *   nonNegative  f(u) ≥ 0 wherever it is defined: the simplifier reads sums of such terms as non-negative
 *   period       f(u + period·π) = f(u): the minimum set names the minima in every period
 *   piecewise    made of pieces meeting at corners or jumps: a flat stretch of f can be real, not rounding
 *   powerOnName  LaTeX writes its whole powers on the name, \sin^{2}\left(x\right), as on the board
 */
export interface Facts {
  /** Defined for every real argument (a critical-point search cannot miss values by leaving the domain). */
  readonly total?: true;
  readonly nonNegative?: true;
  readonly period?: number;
  readonly piecewise?: true;
  readonly powerOnName?: true;
}

/** Which tensors torch's derivative formula keeps: the inputs, the result, or none. */
export type Saves = "inputs" | "result" | "nothing";
/** Python text and the binding strength (PREC) of its outermost operation. */
export interface Py {
  readonly s: string;
  readonly prec: number;
}
export type TorchForm = { readonly operator: string } | { readonly call: (u: Py) => Py };

export const ONE = num(1);
export const TWO = num(2);
/** f(u)·u′, leaving out a factor of 1 so d/dx sin(x) is cos(x), not cos(x)·1. */
export const chain = (f: Node, du: Node) => (du === ONE ? f : mul(f, du));
export const sq = (u: Node) => pow(u, TWO);
export const zero = () => 0;

/** What a LaTeX form may know about its argument without scanning the string. */
export interface LatexArg {
  length: number;
  /** The argument already contains an e^{…}. */
  nestedExp: boolean;
}
/** e^{u} as on the board; \\exp(u) once the exponent is too long, or too nested, to read as a superscript. */
export const expAsSuperscript = (info: LatexArg) => info.length <= 24 && !info.nestedExp;

/** Numbers as a student would read them in a message. */
export function fmt(v: number): string {
  if (Number.isNaN(v)) return "undefined";
  if (!Number.isFinite(v)) return v > 0 ? "infinity" : "-infinity";
  return String(Number(v.toPrecision(6)));
}
export const overflow = (what: Msg | string): Msg => msg("dom.overflow", { what });

export const fnLatex = (command: string) => (u: string) => `${command}\\left(${u}\\right)`;

/** torch.sin(u) */
export const torchFn = (f: string): TorchForm => ({ call: (u) => ({ s: `${f}(${u.s})`, prec: PREC.atom }) });
/** 1/torch.cos(u): sec and its kin have no torch function of their own. */
export const torchRecip = (f: string): TorchForm => ({
  call: (u) => ({ s: `1/${f}(${u.s})`, prec: PREC.product }),
});
/** torch.acos(1/u): asec u = acos(1/u), and so on. */
export const torchOfRecip = (f: string): TorchForm => ({
  call: (u) => ({ s: `${f}(1/${u.prec <= PREC.product ? `(${u.s})` : u.s})`, prec: PREC.atom }),
});

/** A function's row as written in the family files; ops.ts makes it an OpSpec. */
export interface FnEntry {
  latex: string | ((u: string, info: LatexArg) => string);
  value: (a: number) => number;
  /** dv/da given a and v. */
  da: (a: number, v: number) => number;
  /** f′(u), to be multiplied by u′ (null: the derivative is 0 everywhere it exists). */
  outer: ((u: Node) => Node) | null;
  domain?: (a: number) => Msg | undefined;
  saves: Saves;
  torch: TorchForm;
  /** Other names a student may type for it, read as this function (arcsin for asin). */
  spellings?: readonly string[];
  facts?: Facts;
}
