// Trigonometric functions, their reciprocals and inverses: rows of the operation table (ops.ts gathers them). Each
// row reads like its line in a table of derivatives: value, derivative, symbolic rule, printed forms, what torch
// saves.

import type { FnName } from "./node.ts";
import { add, div, fn, mul, neg, sub } from "./node.ts";
import { msg } from "../messages/index.ts";
import { type FnEntry, ONE, fmt, sq, torchFn, torchOfRecip, torchRecip } from "./op-row.ts";

export const TRIG = {
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
} satisfies Partial<Record<FnName, FnEntry>>;
