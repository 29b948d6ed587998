// Absolute value, sign and the activation functions of neural networks: rows of the operation table (ops.ts gathers
// them). Each row reads like its line in a table of derivatives: value, derivative, symbolic rule, printed forms,
// what torch saves.

import type { FnName } from "./node.ts";
import { fn, mul, sub } from "./node.ts";
import { type FnEntry, ONE, torchFn, zero } from "./op-row.ts";

/** σ(a), written so that neither branch overflows. */
const sigmoid = (a: number) => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)));

export const ACTIVATION = {
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
} satisfies Partial<Record<FnName, FnEntry>>;
