// The operation table: one entry per operation, holding everything the rest of the core needs to know about it —
// numeric value, local partial derivatives (reverse mode), symbolic derivative rule, domain message, precedence,
// its printed forms (text, LaTeX, PyTorch) and what torch's backward saves for it. Adding an operation is one entry
// here (and its name in node.ts) plus one test row; the parser, the printers, tensor.ts and the CLI read it here.

import type { FnName, Node, Op } from "./node.ts";
import { add, constant, div, fn, isNum, mul, neg, num, pow, sub } from "./node.ts";
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
}

/** Which tensors torch's derivative formula keeps: the inputs, the result, or none. */
export type Saves = "inputs" | "result" | "nothing";
/** Python text and the binding strength (PREC) of its outermost operation. */
export interface Py {
  readonly s: string;
  readonly prec: number;
}
export type TorchForm = { readonly operator: string } | { readonly call: (u: Py) => Py };

const ONE = num(1);
const TWO = num(2);
/** f(u)·u′, leaving out a factor of 1 so d/dx sin(x) is cos(x), not cos(x)·1. */
const chain = (f: Node, du: Node) => (du === ONE ? f : mul(f, du));
const sq = (u: Node) => pow(u, TWO);
const zero = () => 0;

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
const overflow = (what: Msg | string): Msg => msg("dom.overflow", { what });

const fnLatex = (command: string) => (u: string) => `${command}\\left(${u}\\right)`;

/** torch.sin(u) */
const torchFn = (f: string): TorchForm => ({ call: (u) => ({ s: `${f}(${u.s})`, prec: PREC.atom }) });
/** 1/torch.cos(u): sec and its kin have no torch function of their own. */
const torchRecip = (f: string): TorchForm => ({ call: (u) => ({ s: `1/${f}(${u.s})`, prec: PREC.product }) });
/** torch.acos(1/u): asec u = acos(1/u), and so on. */
const torchOfRecip = (f: string): TorchForm => ({
  call: (u) => ({ s: `${f}(1/${u.prec <= PREC.product ? `(${u.s})` : u.s})`, prec: PREC.atom }),
});

interface FnEntry {
  latex: string | ((u: string, info: LatexArg) => string);
  value: (a: number) => number;
  /** dv/da given a and v. */
  da: (a: number, v: number) => number;
  /** f′(u), to be multiplied by u′ (null: the derivative is 0 everywhere it exists). */
  outer: ((u: Node) => Node) | null;
  domain?: (a: number) => Msg | undefined;
  saves: Saves;
  torch: TorchForm;
}

/** σ(a), written so that neither branch overflows. */
const sigmoid = (a: number) => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)));

// Unary functions: value, derivative, symbolic rule, printed form — each row reads like its line in a table of
// derivatives.
const FN_TABLE: Record<FnName, FnEntry> = {
  // d sin u = cos u · u′
  sin: {
    latex: "\\sin",
    value: Math.sin,
    da: (a) => Math.cos(a),
    outer: (u) => fn("cos", u),
    saves: "inputs",
    torch: torchFn("torch.sin"),
  },
  // d cos u = −sin u · u′
  cos: {
    latex: "\\cos",
    value: Math.cos,
    da: (a) => -Math.sin(a),
    outer: (u) => neg(fn("sin", u)),
    saves: "inputs",
    torch: torchFn("torch.cos"),
  },
  // d tan u = sec² u · u′
  tan: {
    latex: "\\tan",
    value: Math.tan,
    da: (a) => 1 / (Math.cos(a) * Math.cos(a)),
    outer: (u) => sq(fn("sec", u)),
    saves: "result",
    torch: torchFn("torch.tan"),
  },
  // d sec u = sec u tan u · u′
  sec: {
    latex: "\\sec",
    value: (a) => 1 / Math.cos(a),
    da: (a, v) => v * Math.tan(a),
    outer: (u) => mul(fn("sec", u), fn("tan", u)),
    domain: () => msg("dom.sec"),
    saves: "inputs",
    torch: torchRecip("torch.cos"),
  },
  // d csc u = −csc u cot u · u′
  csc: {
    latex: "\\csc",
    value: (a) => 1 / Math.sin(a),
    da: (a, v) => -v / Math.tan(a),
    outer: (u) => neg(mul(fn("csc", u), fn("cot", u))),
    domain: (a) => msg("dom.csc", { a: fmt(a) }),
    saves: "inputs",
    torch: torchRecip("torch.sin"),
  },
  // d cot u = −csc² u · u′
  cot: {
    latex: "\\cot",
    value: (a) => 1 / Math.tan(a),
    da: (a) => -1 / (Math.sin(a) * Math.sin(a)),
    outer: (u) => neg(sq(fn("csc", u))),
    domain: (a) => msg("dom.cot", { a: fmt(a) }),
    saves: "inputs",
    torch: torchRecip("torch.tan"),
  },
  // d asin u = u′ / √(1 − u²)
  asin: {
    latex: "\\arcsin",
    value: Math.asin,
    da: (a) => 1 / Math.sqrt(1 - a * a),
    outer: (u) => div(ONE, fn("sqrt", sub(ONE, sq(u)))),
    domain: (a) => msg("dom.asin", { a: fmt(a) }),
    saves: "inputs",
    torch: torchFn("torch.asin"),
  },
  // d acos u = −u′ / √(1 − u²)
  acos: {
    latex: "\\arccos",
    value: Math.acos,
    da: (a) => -1 / Math.sqrt(1 - a * a),
    outer: (u) => neg(div(ONE, fn("sqrt", sub(ONE, sq(u))))),
    domain: (a) => msg("dom.acos", { a: fmt(a) }),
    saves: "inputs",
    torch: torchFn("torch.acos"),
  },
  // d atan u = u′ / (1 + u²)
  atan: {
    latex: "\\arctan",
    value: Math.atan,
    da: (a) => 1 / (1 + a * a),
    outer: (u) => div(ONE, add(ONE, sq(u))),
    saves: "inputs",
    torch: torchFn("torch.atan"),
  },
  // d sinh u = cosh u · u′
  sinh: {
    latex: "\\sinh",
    value: Math.sinh,
    da: (a) => Math.cosh(a),
    outer: (u) => fn("cosh", u),
    saves: "inputs",
    torch: torchFn("torch.sinh"),
  },
  // d cosh u = sinh u · u′
  cosh: {
    latex: "\\cosh",
    value: Math.cosh,
    da: (a) => Math.sinh(a),
    outer: (u) => fn("sinh", u),
    saves: "inputs",
    torch: torchFn("torch.cosh"),
  },
  // d tanh u = (1 − tanh² u) · u′
  tanh: {
    latex: "\\tanh",
    value: Math.tanh,
    da: (_a, v) => 1 - v * v,
    outer: (u) => sub(ONE, sq(fn("tanh", u))),
    saves: "result",
    torch: torchFn("torch.tanh"),
  },
  // d e^u = e^u · u′
  exp: {
    // e^{u} as on the board; \exp(u) once the exponent is too long to read as a superscript.
    latex: (u, info) => (expAsSuperscript(info) ? `e^{${u}}` : `\\exp\\left(${u}\\right)`),
    value: Math.exp,
    da: (_a, v) => v,
    outer: (u) => fn("exp", u),
    saves: "result",
    torch: torchFn("torch.exp"),
  },
  // d ln u = u′ / u
  log: {
    latex: "\\ln",
    value: Math.log,
    da: (a) => 1 / a,
    outer: (u) => div(ONE, u),
    domain: (a) => msg("dom.log", { a: fmt(a) }),
    saves: "inputs",
    torch: torchFn("torch.log"),
  },
  // d √u = u′ / (2√u)
  sqrt: {
    latex: (u) => `\\sqrt{${u}}`,
    value: Math.sqrt,
    da: (_a, v) => 1 / (2 * v),
    outer: (u) => div(ONE, mul(TWO, fn("sqrt", u))),
    domain: (a) => msg("dom.sqrt", { a: fmt(a) }),
    saves: "result",
    torch: torchFn("torch.sqrt"),
  },
  // d |u| = sign(u) · u′   (0 at u = 0, as PyTorch)
  abs: {
    latex: (u) => `\\left|${u}\\right|`,
    value: Math.abs,
    da: (a) => Math.sign(a),
    outer: (u) => fn("sign", u),
    saves: "inputs",
    torch: torchFn("torch.abs"),
  },
  // d sign(u) = 0
  sign: {
    latex: "\\operatorname{sign}",
    value: Math.sign,
    da: zero,
    outer: null,
    saves: "nothing",
    torch: torchFn("torch.sign"),
  },
  // d σ(u) = σ(u)(1 − σ(u)) · u′
  sigmoid: {
    latex: "\\operatorname{sigmoid}",
    value: sigmoid,
    da: (_a, v) => v * (1 - v),
    outer: (u) => mul(fn("sigmoid", u), sub(ONE, fn("sigmoid", u))),
    saves: "result",
    torch: torchFn("torch.sigmoid"),
  },
  // d relu(u) = [u > 0] · u′, written relu(sign(u)) (0 at u = 0, as PyTorch)
  relu: {
    latex: "\\operatorname{relu}",
    value: (a) => (a > 0 ? a : 0),
    da: (a) => (a > 0 ? 1 : 0),
    outer: (u) => fn("relu", fn("sign", u)),
    saves: "result",
    torch: torchFn("torch.relu"),
  },
  // d ∛u = u′ / (3∛u²)   (the real cube root: ∛−8 = −2, as SymPy's real_root; torch has no cbrt)
  cbrt: {
    latex: (u) => `\\sqrt[3]{${u}}`,
    value: Math.cbrt,
    da: (_a, v) => 1 / (3 * v * v),
    outer: (u) => div(ONE, mul(num(3), sq(fn("cbrt", u)))),
    saves: "result",
    torch: {
      call: (u) => ({ s: `torch.sign(${u.s})*torch.abs(${u.s})**(1/3)`, prec: PREC.product }),
    },
  },
  // d log₁₀ u = u′ / (u ln 10)
  log10: {
    latex: "\\log_{10}",
    value: Math.log10,
    da: (a) => 1 / (a * Math.LN10),
    outer: (u) => div(ONE, mul(u, fn("log", num(10)))),
    domain: (a) => msg("dom.logBase", { f: "log10", a: fmt(a) }),
    saves: "inputs",
    torch: torchFn("torch.log10"),
  },
  // d log₂ u = u′ / (u ln 2)
  log2: {
    latex: "\\log_{2}",
    value: Math.log2,
    da: (a) => 1 / (a * Math.LN2),
    outer: (u) => div(ONE, mul(u, fn("log", TWO))),
    domain: (a) => msg("dom.logBase", { f: "log2", a: fmt(a) }),
    saves: "inputs",
    torch: torchFn("torch.log2"),
  },
  // d 2^u = 2^u ln 2 · u′
  exp2: {
    latex: (u) => `2^{${u}}`,
    value: (a) => Math.pow(2, a),
    da: (_a, v) => v * Math.LN2,
    outer: (u) => mul(fn("exp2", u), fn("log", TWO)),
    saves: "result",
    torch: torchFn("torch.exp2"),
  },
  // d asinh u = u′ / √(u² + 1)
  asinh: {
    latex: "\\operatorname{arsinh}",
    value: Math.asinh,
    da: (a) => 1 / Math.sqrt(a * a + 1),
    outer: (u) => div(ONE, fn("sqrt", add(sq(u), ONE))),
    saves: "inputs",
    torch: torchFn("torch.asinh"),
  },
  // d acosh u = u′ / √(u² − 1)   (u ≥ 1)
  acosh: {
    latex: "\\operatorname{arcosh}",
    value: Math.acosh,
    da: (a) => 1 / Math.sqrt((a - 1) * (a + 1)),
    outer: (u) => div(ONE, fn("sqrt", sub(sq(u), ONE))),
    domain: (a) => msg("dom.acosh", { a: fmt(a) }),
    saves: "inputs",
    torch: torchFn("torch.acosh"),
  },
  // d atanh u = u′ / (1 − u²)   (−1 < u < 1)
  atanh: {
    latex: "\\operatorname{artanh}",
    value: Math.atanh,
    da: (a) => 1 / (1 - a * a),
    outer: (u) => div(ONE, sub(ONE, sq(u))),
    domain: (a) => msg("dom.atanh", { a: fmt(a) }),
    saves: "inputs",
    torch: torchFn("torch.atanh"),
  },
  // d sech u = −sech u tanh u · u′
  sech: {
    latex: "\\operatorname{sech}",
    value: (a) => 1 / Math.cosh(a),
    da: (a) => -Math.tanh(a) / Math.cosh(a),
    outer: (u) => neg(mul(fn("sech", u), fn("tanh", u))),
    saves: "inputs",
    torch: torchRecip("torch.cosh"),
  },
  // d csch u = −csch u coth u · u′
  csch: {
    latex: "\\operatorname{csch}",
    value: (a) => 1 / Math.sinh(a),
    da: (a) => -1 / (Math.sinh(a) * Math.tanh(a)),
    outer: (u) => neg(mul(fn("csch", u), fn("coth", u))),
    domain: () => msg("dom.hypZero", { f: "csch", g: "sinh" }),
    saves: "inputs",
    torch: torchRecip("torch.sinh"),
  },
  // d coth u = −csch² u · u′
  coth: {
    latex: "\\coth",
    value: (a) => 1 / Math.tanh(a),
    da: (a) => -1 / (Math.sinh(a) * Math.sinh(a)),
    outer: (u) => neg(sq(fn("csch", u))),
    domain: () => msg("dom.hypZero", { f: "coth", g: "tanh" }),
    saves: "inputs",
    torch: torchRecip("torch.tanh"),
  },
  // d asec u = u′ / (|u| √(u² − 1))   (asec u = acos(1/u), |u| ≥ 1)
  asec: {
    latex: "\\operatorname{arcsec}",
    value: (a) => Math.acos(1 / a),
    da: (a) => 1 / (Math.abs(a) * Math.sqrt((a - 1) * (a + 1))),
    outer: (u) => div(ONE, mul(fn("abs", u), fn("sqrt", sub(sq(u), ONE)))),
    domain: (a) => msg("dom.outsideUnit", { f: "asec", a: fmt(a) }),
    saves: "inputs",
    torch: torchOfRecip("torch.acos"),
  },
  // d acsc u = −u′ / (|u| √(u² − 1))   (acsc u = asin(1/u), |u| ≥ 1)
  acsc: {
    latex: "\\operatorname{arccsc}",
    value: (a) => Math.asin(1 / a),
    da: (a) => -1 / (Math.abs(a) * Math.sqrt((a - 1) * (a + 1))),
    outer: (u) => neg(div(ONE, mul(fn("abs", u), fn("sqrt", sub(sq(u), ONE))))),
    domain: (a) => msg("dom.outsideUnit", { f: "acsc", a: fmt(a) }),
    saves: "inputs",
    torch: torchOfRecip("torch.asin"),
  },
  // d acot u = −u′ / (1 + u²)   (acot u = atan(1/u) as SymPy: acot 0 = π/2, a jump there, so no slope at 0)
  acot: {
    latex: "\\operatorname{arccot}",
    value: (a) => (a === 0 ? Math.PI / 2 : Math.atan(1 / a)),
    da: (a) => (a === 0 ? NaN : -1 / (1 + a * a)),
    outer: (u) => neg(div(ONE, add(ONE, sq(u)))),
    saves: "inputs",
    torch: torchOfRecip("torch.atan"),
  },
  // d softplus u = σ(u) · u′   (softplus u = ln(1 + eᵘ); torch's beta = 1, its threshold (u > 20 gives u) aside)
  softplus: {
    latex: "\\operatorname{softplus}",
    // Written so that neither branch overflows.
    value: (a) => (a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a))),
    da: (a) => sigmoid(a),
    outer: (u) => fn("sigmoid", u),
    saves: "inputs",
    torch: torchFn("torch.nn.functional.softplus"),
  },
};

function binary(
  op: "add" | "sub" | "mul" | "div" | "pow",
  prec: number,
  text: string,
  rest: Pick<OpSpec, "value" | "da" | "db" | "derive" | "domain" | "saves" | "torch">,
): OpSpec {
  return { op, arity: 2, prec, text, latex: () => text, ...rest };
}

const isInteger = (b: number) => Number.isInteger(b);
/** A base or exponent as a power prints it: a negative number in brackets, (-1)^0.5 and not -1^0.5. */
export const powerPart = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));

export const OPS: ReadonlyMap<Op, OpSpec> = new Map<Op, OpSpec>([
  // d(a + b) = a′ + b′
  [
    "add",
    binary("add", PREC.sum, "+", {
      value: (a, b) => a + b,
      da: () => 1,
      db: () => 1,
      derive: (_, [da, db]) => (da && db ? add(da, db) : (da ?? db)!),
      domain: () => overflow(msg("dom.what.add")),
      saves: "nothing",
      torch: { operator: "+" },
    }),
  ],
  // d(a − b) = a′ − b′
  [
    "sub",
    binary("sub", PREC.sum, "-", {
      value: (a, b) => a - b,
      da: () => 1,
      db: () => -1,
      derive: (_, [da, db]) => (da && db ? sub(da, db) : da ? da : negate(db!)),
      domain: () => overflow(msg("dom.what.sub")),
      saves: "nothing",
      torch: { operator: "-" },
    }),
  ],
  // d(ab) = a′b + ab′
  [
    "mul",
    binary("mul", PREC.product, "*", {
      value: (a, b) => a * b,
      da: (_a, b) => b,
      db: (a) => a,
      derive: ([a, b], [da, db]) =>
        da && db ? add(chainRight(da, b!), chainLeft(a!, db)) : da ? chainRight(da, b!) : chainLeft(a!, db!),
      domain: () => overflow(msg("dom.what.mul")),
      saves: "inputs",
      torch: { operator: "*" },
    }),
  ],
  // d(a/b) = (a′b − ab′) / b²
  [
    "div",
    binary("div", PREC.product, "/", {
      value: (a, b) => a / b,
      da: (_a, b) => 1 / b,
      db: (a, b) => -a / (b * b),
      derive: ([a, b], [da, db]) =>
        !db
          ? div(da!, b!)
          : !da
            ? neg(div(chainLeft(a!, db), sq(b!)))
            : div(sub(chainRight(da, b!), chainLeft(a!, db)), sq(b!)),
      domain: (a, b) => (b === 0 ? msg("dom.divZero") : overflow(msg("dom.what.div"))),
      saves: "inputs",
      torch: { operator: "/" },
    }),
  ],
  // d(aᵇ) = b·aᵇ⁻¹·a′ (constant b);  aᵇ·ln(a)·b′ (constant a);  aᵇ(b′ ln a + b a′/a) (both vary)
  [
    "pow",
    binary("pow", PREC.power, "^", {
      value: Math.pow,
      da: (a, b) => (b === 0 ? 0 : b * Math.pow(a, b - 1)),
      // PyTorch's convention: at a zero base with b ≥ 0 (0ᵇ = 0, and 0⁰ = 1) the slope in b is 0, not aᵇ·ln 0;
      // an underflowed aᵇ = 0 has slope 0 as well. A negative base has none (ln a is not real).
      db: (a, b, v) => (v === 0 || (a === 0 && b >= 0) ? 0 : v * Math.log(a)),
      derive: ([a, b], [da, db]) => {
        const power = pow(a!, b!);
        if (!db) {
          if (b!.kind === "num" && b!.value === 0) return num(0); // u⁰ = 1: not 0·u⁻¹, which fails at u = 0
          const lowered = isNum(b!) ? num(b!.value - 1) : sub(b!, ONE);
          return chain(mul(b!, pow(a!, lowered)), da!);
        }
        // 0^b is 0 wherever it is defined (b > 0): slope 0 in b, as PyTorch has it, not 0·log(0).
        if (!da && a!.kind === "num" && a!.value === 0) return num(0);
        const lnA = a === constant("e") ? null : fn("log", a!);
        if (!da) return chain(lnA ? mul(power, lnA) : power, db);
        const viaExponent = lnA ? chainLeft(lnA, db) : db;
        return mul(power, add(viaExponent, div(chainLeft(b!, da), a!)));
      },
      domain: (a, b) => {
        if (a === 0 && b < 0) return msg("dom.zeroNegPower", { b: powerPart(b) });
        if (a < 0 && !isInteger(b)) return msg("dom.negBase", { a: powerPart(a), b: powerPart(b) });
        return overflow(msg("dom.what.pow"));
      },
      saves: "inputs",
      torch: { operator: "**" },
    }),
  ],
  // d(−a) = −a′
  [
    "neg",
    {
      op: "neg",
      arity: 1,
      prec: PREC.unary,
      text: "-",
      latex: (u) => `-${u}`,
      value: (a) => -a,
      da: () => -1,
      db: zero,
      derive: (_, [da]) => negate(da!),
      domain: () => overflow(msg("dom.what.neg")),
      saves: "nothing",
      torch: { operator: "-" },
    },
  ],
  ...Object.entries(FN_TABLE).map(([name, e]): [Op, OpSpec] => {
    const op = name as Op;
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
      },
    ];
  }),
]);

/** −u, with −1 rather than −(1) when u is a number. */
function negate(u: Node): Node {
  return isNum(u) ? num(-u.value) : neg(u);
}

/** u′·c, leaving out u′ = 1. */
function chainRight(da: Node, b: Node): Node {
  return da === ONE ? b : mul(da, b);
}

/** c·u′ reads better than u′·c when the constant factor is on the left. */
function chainLeft(a: Node, db: Node): Node {
  return db === ONE ? a : mul(a, db);
}

export function spec(op: Op): OpSpec {
  return OPS.get(op)!;
}

/** Dense opcode numbering for the compiled tape. */
export const OP_LIST: readonly OpSpec[] = [...OPS.values()];
export const OPCODE: ReadonlyMap<Op, number> = new Map(OP_LIST.map((s, i) => [s.op, i]));

/** Name the student typed → operation. `ln` is the natural logarithm, the same as `log`. */
export const FUNCTION_NAMES: ReadonlyMap<string, FnName> = new Map<string, FnName>([
  ...Object.keys(FN_TABLE).map((n): [string, FnName] => [n, n as FnName]),
  ["ln", "log"],
]);
