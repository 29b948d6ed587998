// Exponentials, logarithms and roots: rows of the operation table (ops.ts gathers them). Each row reads like its
// line in a table of derivatives: value, derivative, symbolic rule, printed forms, what torch saves.

import type { FnName } from "./node.ts";
import { div, fn, mul, num } from "./node.ts";
import { msg } from "../messages/index.ts";
import { type FnEntry, ONE, PREC, TWO, expAsSuperscript, fmt, sq, torchFn } from "./op-row.ts";

export const EXP_LOG = {
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
} satisfies Partial<Record<FnName, FnEntry>>;
