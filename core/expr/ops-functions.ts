// The functions' rows of the operation table, by family (ops.ts gathers them with the arithmetic of
// ops-arithmetic.ts). Each row reads like its line in a table of derivatives: value, derivative, symbolic rule,
// printed forms, what torch saves; the comment above it is the identity it encodes.

import type { FnName } from "./node.ts";
import { add, div, fn, mul, neg, num, sub } from "./node.ts";
import { msg } from "../messages/index.ts";
import {
  type FnEntry,
  ONE,
  PREC,
  TWO,
  expAsSuperscript,
  fmt,
  sq,
  torchFn,
  torchOfRecip,
  torchRecip,
  zero,
} from "./op-row.ts";

/** σ(a), written so that neither branch overflows. */
const sigmoid = (a: number) => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)));

/** Every function's row; the type makes a function named in node.ts without a row a compile error. */
export const FUNCTION_ROWS: Record<FnName, FnEntry> = {
  // ---- Trigonometric functions, their reciprocals and inverses ----
  // d sin u = cos u · u′
  sin: {
    latex: "\\sin",
    value: Math.sin,
    da: (a) => Math.cos(a),
    outer: (u) => fn("cos", u),
    saves: "inputs",
    torch: torchFn("torch.sin"),
    facts: { total: true, period: 2, powerOnName: true },
  },
  // d cos u = −sin u · u′
  cos: {
    latex: "\\cos",
    value: Math.cos,
    da: (a) => -Math.sin(a),
    outer: (u) => neg(fn("sin", u)),
    saves: "inputs",
    torch: torchFn("torch.cos"),
    facts: { total: true, period: 2, powerOnName: true },
  },
  // d tan u = sec² u · u′
  tan: {
    latex: "\\tan",
    value: Math.tan,
    da: (a) => 1 / (Math.cos(a) * Math.cos(a)),
    outer: (u) => sq(fn("sec", u)),
    saves: "result",
    torch: torchFn("torch.tan"),
    facts: { period: 1, powerOnName: true },
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
    facts: { period: 2, powerOnName: true },
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
    facts: { period: 2, powerOnName: true },
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
    facts: { period: 1, powerOnName: true },
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
    spellings: ["arcsin"],
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
    spellings: ["arccos"],
  },
  // d atan u = u′ / (1 + u²)
  atan: {
    latex: "\\arctan",
    value: Math.atan,
    da: (a) => 1 / (1 + a * a),
    outer: (u) => div(ONE, add(ONE, sq(u))),
    saves: "inputs",
    torch: torchFn("torch.atan"),
    spellings: ["arctan"],
    facts: { total: true },
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
    spellings: ["arcsec"],
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
    spellings: ["arccsc"],
  },
  // d acot u = −u′ / (1 + u²)   (acot u = atan(1/u) as SymPy: acot 0 = π/2, a jump there, so no slope at 0)
  acot: {
    latex: "\\operatorname{arccot}",
    value: (a) => (a === 0 ? Math.PI / 2 : Math.atan(1 / a)),
    da: (a) => (a === 0 ? NaN : -1 / (1 + a * a)),
    outer: (u) => neg(div(ONE, add(ONE, sq(u)))),
    saves: "inputs",
    torch: torchOfRecip("torch.atan"),
    spellings: ["arccot"],
  },

  // ---- Hyperbolic functions, their reciprocals and inverses ----
  // d sinh u = cosh u · u′
  sinh: {
    latex: "\\sinh",
    value: Math.sinh,
    da: (a) => Math.cosh(a),
    outer: (u) => fn("cosh", u),
    saves: "inputs",
    torch: torchFn("torch.sinh"),
    facts: { total: true, powerOnName: true },
  },
  // d cosh u = sinh u · u′
  cosh: {
    latex: "\\cosh",
    value: Math.cosh,
    da: (a) => Math.sinh(a),
    outer: (u) => fn("sinh", u),
    saves: "inputs",
    torch: torchFn("torch.cosh"),
    facts: { total: true, nonNegative: true, powerOnName: true },
  },
  // d tanh u = (1 − tanh² u) · u′
  tanh: {
    latex: "\\tanh",
    value: Math.tanh,
    da: (_a, v) => 1 - v * v,
    outer: (u) => sub(ONE, sq(fn("tanh", u))),
    saves: "result",
    torch: torchFn("torch.tanh"),
    facts: { total: true, powerOnName: true },
  },
  // d asinh u = u′ / √(u² + 1)
  asinh: {
    latex: "\\operatorname{arsinh}",
    value: Math.asinh,
    da: (a) => 1 / Math.sqrt(a * a + 1),
    outer: (u) => div(ONE, fn("sqrt", add(sq(u), ONE))),
    saves: "inputs",
    torch: torchFn("torch.asinh"),
    spellings: ["arcsinh"],
    facts: { total: true },
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
    spellings: ["arccosh"],
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
    spellings: ["arctanh"],
  },
  // d sech u = −sech u tanh u · u′
  sech: {
    latex: "\\operatorname{sech}",
    value: (a) => 1 / Math.cosh(a),
    da: (a) => -Math.tanh(a) / Math.cosh(a),
    outer: (u) => neg(mul(fn("sech", u), fn("tanh", u))),
    saves: "inputs",
    torch: torchRecip("torch.cosh"),
    facts: { total: true },
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
    facts: { powerOnName: true },
  },

  // ---- Exponentials, logarithms and roots ----
  // d e^u = e^u · u′
  exp: {
    // e^{u} as on the board; \exp(u) once the exponent is too long to read as a superscript.
    latex: (u, info) => (expAsSuperscript(info) ? `e^{${u}}` : `\\exp\\left(${u}\\right)`),
    value: Math.exp,
    da: (_a, v) => v,
    outer: (u) => fn("exp", u),
    saves: "result",
    torch: torchFn("torch.exp"),
    facts: { total: true, nonNegative: true },
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
    facts: { nonNegative: true },
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
    facts: { total: true },
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
    facts: { total: true },
  },

  // ---- Absolute value, sign and the activation functions of neural networks ----
  // d |u| = sign(u) · u′   (0 at u = 0, as PyTorch)
  abs: {
    latex: (u) => `\\left|${u}\\right|`,
    value: Math.abs,
    da: (a) => Math.sign(a),
    outer: (u) => fn("sign", u),
    saves: "inputs",
    torch: torchFn("torch.abs"),
    facts: { total: true, nonNegative: true, piecewise: true },
  },
  // d sign(u) = 0
  sign: {
    latex: "\\operatorname{sign}",
    value: Math.sign,
    da: zero,
    outer: null,
    saves: "nothing",
    torch: torchFn("torch.sign"),
    facts: { total: true, piecewise: true },
  },
  // d σ(u) = σ(u)(1 − σ(u)) · u′
  sigmoid: {
    latex: "\\operatorname{sigmoid}",
    value: sigmoid,
    da: (_a, v) => v * (1 - v),
    outer: (u) => mul(fn("sigmoid", u), sub(ONE, fn("sigmoid", u))),
    saves: "result",
    torch: torchFn("torch.sigmoid"),
    facts: { total: true, nonNegative: true },
  },
  // d relu(u) = [u > 0] · u′, written relu(sign(u)) (0 at u = 0, as PyTorch)
  relu: {
    latex: "\\operatorname{relu}",
    value: (a) => (a > 0 ? a : 0),
    da: (a) => (a > 0 ? 1 : 0),
    outer: (u) => fn("relu", fn("sign", u)),
    saves: "result",
    torch: torchFn("torch.relu"),
    facts: { total: true, nonNegative: true, piecewise: true },
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
    facts: { total: true },
  },
};
