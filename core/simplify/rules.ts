// Identities for functions, as data: one row per identity, the identity written beside it. Each row either
// rewrites f(u) or declines (null). Every row holds wherever the left side is defined — that is the
// simplifier's correctness rule (so log(x²) is NOT rewritten to 2·log(x), which fails for x < 0).
// No row turns an irrational value into a decimal: sin(2) stays sin(2).

import type { FnName, Node } from "../node.ts";
import * as q from "./q.ts";
import type { Q } from "./q.ts";

/** What rules may ask of the simplifier. Every Node handed back is already simplified. */
export interface Kit {
  constOf(n: Node): Q | null;
  /** −u when u reads as negative (−3x, −x − 1), else null. */
  negated(u: Node): Node | null;
  /** k·u, simplified. */
  scale(u: Node, k: Q): Node;
  /** f(u), simplified (rules applied). */
  fn(name: FnName, u: Node): Node;
  qNode(c: Q): Node;
  /** u ≥ 0 wherever u is defined, provably (x², abs, exp, sqrt, …). */
  nonNeg(u: Node): boolean;
  /** u = k·π for a rational k, else null. */
  piMultiple(u: Node): Q | null;
  /** u = e^v or exp(v): v, else null. */
  expArg(u: Node): Node | null;
  /** u = c·v with a rational c ≠ ±1 taken out: [c, v], else null. */
  splitCoef(u: Node): [Q, Node] | null;
}

export type Rule = (u: Node, k: Kit) => Node | null;

const isApply = (n: Node, op: string): n is Node & { kind: "apply" } => n.kind === "apply" && n.op === op;

/** f(c) = value at one exact point. */
const at =
  (point: number, result: Q): Rule =>
  (u, k) => {
    const c = k.constOf(u);
    return c && q.value(c) === point ? k.qNode(result) : null;
  };
/** f(−u) = −f(u) */
const odd =
  (name: FnName): Rule =>
  (u, k) => {
    const m = k.negated(u);
    return m ? k.scale(k.fn(name, m), q.MINUS_ONE) : null;
  };
/** f(−u) = f(u) */
const even =
  (name: FnName): Rule =>
  (u, k) => {
    const m = k.negated(u);
    return m ? k.fn(name, m) : null;
  };
/** f(c·v) = g(c)·f(v) for a rational c: abs(3y) = 3abs(y), sign(-2x) = -sign(x), relu(2x) = 2relu(x). */
const pullCoef =
  (name: FnName, g: (c: Q) => Q | null): Rule =>
  (u, k) => {
    const split = k.splitCoef(u);
    const factor = split && g(split[0]);
    return split && factor ? k.scale(k.fn(name, split[1]), factor) : null;
  };
/** f(kπ) for integer k. */
const atPiMultiple =
  (value: (k: number) => number | null): Rule =>
  (u, k) => {
    const m = k.piMultiple(u);
    if (!m || !q.isInt(m)) return null;
    const v = value(m.n);
    return v === null ? null : k.qNode(q.fromNumber(v));
  };
const ZERO = q.ZERO;
const ONE = q.ONE;

export const FN_RULES: Partial<Record<FnName, readonly Rule[]>> = {
  sin: [
    at(0, ZERO), //                            sin(0) = 0
    atPiMultiple(() => 0), //                  sin(kπ) = 0
    odd("sin"), //                             sin(−u) = −sin(u)
  ],
  cos: [
    at(0, ONE), //                             cos(0) = 1
    atPiMultiple((n) => (n % 2 === 0 ? 1 : -1)), // cos(kπ) = (−1)^k
    even("cos"), //                            cos(−u) = cos(u)
  ],
  tan: [
    at(0, ZERO), //                            tan(0) = 0
    atPiMultiple(() => 0), //                  tan(kπ) = 0
    odd("tan"), //                             tan(−u) = −tan(u)
  ],
  sec: [
    at(0, ONE), //                             sec(0) = 1
    even("sec"), //                            sec(−u) = sec(u)
  ],
  csc: [odd("csc")], //                        csc(−u) = −csc(u)
  cot: [odd("cot")], //                        cot(−u) = −cot(u)
  asin: [
    at(0, ZERO), //                            asin(0) = 0
    odd("asin"), //                            asin(−u) = −asin(u)
  ],
  acos: [at(1, ZERO)], //                      acos(1) = 0
  atan: [
    at(0, ZERO), //                            atan(0) = 0
    odd("atan"), //                            atan(−u) = −atan(u)
  ],
  sinh: [
    at(0, ZERO), //                            sinh(0) = 0
    odd("sinh"), //                            sinh(−u) = −sinh(u)
  ],
  cosh: [
    at(0, ONE), //                             cosh(0) = 1
    even("cosh"), //                           cosh(−u) = cosh(u)
  ],
  tanh: [
    at(0, ZERO), //                            tanh(0) = 0
    odd("tanh"), //                            tanh(−u) = −tanh(u)
  ],
  exp: [
    at(0, ONE), //                             exp(0) = 1
    (u) => (isApply(u, "log") ? u.args[0]! : null), // exp(log(u)) = u   (log u defined ⇒ u > 0)
  ],
  log: [
    at(1, ZERO), //                            log(1) = 0
    (u, k) => (u.kind === "const" && u.name === "e" ? k.qNode(ONE) : null), // log(e) = 1
    (u, k) => k.expArg(u), //                  log(exp(v)) = log(e^v) = v
  ],
  abs: [
    (u, k) => {
      const c = k.constOf(u); //               abs(c) = |c|
      return c ? k.qNode(q.abs(c)) : null;
    },
    even("abs"), //                            abs(−u) = abs(u)
    pullCoef("abs", q.abs), //                 abs(c·u) = |c|·abs(u)
    (u, k) => (k.nonNeg(u) ? u : null), //    abs(u) = u  when u ≥ 0 (x², exp, abs, sqrt, …)
  ],
  sign: [
    (u, k) => {
      const c = k.constOf(u); //               sign(c) = −1, 0 or 1
      return c ? k.qNode(q.fromNumber(Math.sign(q.value(c)))) : null;
    },
    odd("sign"), //                            sign(−u) = −sign(u)
    pullCoef("sign", (c) => q.fromNumber(Math.sign(q.value(c)))), // sign(c·u) = sign(c)·sign(u)
  ],
  sigmoid: [at(0, q.HALF)], //                 sigmoid(0) = 1/2
  relu: [
    (u, k) => {
      const c = k.constOf(u); //               relu(c) = max(c, 0)
      return c ? k.qNode(q.isNeg(c) ? ZERO : c) : null;
    },
    (u, k) => (k.nonNeg(u) ? u : null), //    relu(u) = u  when u ≥ 0 (relu(relu(v)) = relu(v), relu(x²) = x²)
    pullCoef("relu", (c) => (q.isNeg(c) ? null : c)), // relu(c·u) = c·relu(u)  for c > 0
  ],
};
