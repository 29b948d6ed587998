// Hyperbolic functions, their reciprocals and inverses: rows of the operation table (ops.ts gathers them). Each row
// reads like its line in a table of derivatives: value, derivative, symbolic rule, printed forms, what torch saves.

import type { FnName } from "./node.ts";
import { add, div, fn, mul, neg, sub } from "./node.ts";
import { msg } from "../messages/index.ts";
import { type FnEntry, ONE, fmt, sq, torchFn, torchRecip } from "./op-row.ts";

export const HYPERBOLIC = {
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
} satisfies Partial<Record<FnName, FnEntry>>;
