// Identities for functions, as data: one row per identity, the identity written beside it. Each row either
// rewrites f(u) or declines (null). Every row holds wherever the left side is defined — that is the
// simplifier's correctness rule (so log(x²) is NOT rewritten to 2·log(x), which fails for x < 0).
// No row turns an irrational value into a decimal: sin(2) stays sin(2).

import { fn, num, type FnName, type Node } from "../../expr/node.ts";
import { isQ, type Exp } from "./forms.ts";
import * as q from "./coefficient.ts";
import type { Q } from "./coefficient.ts";

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

// Stryker disable next-line ConditionalExpression: only an apply node has an op, so the kind test is for the type checker
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
  (value: (k: number) => number): Rule =>
  (u, k) => {
    const m = k.piMultiple(u);
    return m && q.isInt(m) ? k.qNode(q.fromNumber(value(m.n))) : null;
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
    (u, k) => k.expArg(u), //                  log(exp(v)) = log(e^v) = v  (log(e) = 1 is v = 1)
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

// ---------------------------------------------------------------------------------------------------------
// Identities between the factors of one product (base → exponent), as rows. A row rewrites the factor table in
// place where it applies; like the rows above, each holds wherever its left side is defined. They are
// what turns the chain rule's abs/sign and relu/step pairs into what a teacher writes: d/dx abs(x)² is 2x, not
// 2 abs(x) sign(x); d/dx relu(x)² is 2 relu(x), not 2 relu(x) relu(sign(x)).

/** What product rows may ask of the simplifier. */
export interface ProdKit {
  /** The exponent of a base that meets the same base again: a + b. */
  expAdd(a: Exp, b: Exp): Exp;
}
export type ProdRule = (f: Map<Node, Exp>, k: ProdKit) => void;

/** A base that may join a product's table as it is (not itself a product or a number). */
const plainBase = (u: Node) =>
  u.kind === "sym" ||
  u.kind === "const" ||
  (u.kind === "apply" && u.op !== "mul" && u.op !== "div" && u.op !== "neg");
const intExp = (e: Exp | undefined): e is Q => e !== undefined && isQ(e) && q.isInt(e);
const times = (f: Map<Node, Exp>, k: ProdKit, b: Node, e: Exp) => {
  const old = f.get(b);
  const sum = old === undefined ? e : k.expAdd(old, e);
  if (isQ(sum) && q.isZero(sum)) f.delete(b);
  else f.set(b, sum);
};
/** Each factor `name(u)` in the table with its exponent. */
const applied = (f: Map<Node, Exp>, name: string) =>
  [...f].filter((entry): entry is [Node & { kind: "apply" }, Exp] => isApply(entry[0], name));

/** A product row that looks at each factor `name(u)`ⁿ in turn: `rewrite` changes the table, or returns early to
 *  leave that factor alone. */
const eachFactor =
  (
    name: string,
    rewrite: (b: Node & { kind: "apply" }, e: Exp, f: Map<Node, Exp>, k: ProdKit) => void,
  ): ProdRule =>
  (f, k) => {
    for (const [b, e] of applied(f, name)) rewrite(b, e, f, k);
  };

export const PROD_RULES: readonly ProdRule[] = [
  // u·|u|⁻¹ = |u|·u⁻¹ = sign(u)   (u ≠ 0 wherever the left side is defined)
  eachFactor("abs", (b, e, f, k) => {
    if (!isQ(e) || !q.isOne(q.abs(e))) return;
    const u = b.args[0]!;
    const eu = f.get(u);
    if (eu === undefined || !isQ(eu) || !q.eq(eu, q.neg(e))) return;
    f.delete(b);
    f.delete(u);
    times(f, k, fn("sign", u), q.ONE);
  }),
  // |u|ⁿ·sign(u) = |u|ⁿ⁻¹·u   (n ≥ 1; at u = 0 both sides are 0): abs(x)·sign(x) = x
  eachFactor("sign", (s, es, f, k) => {
    const u = s.args[0]!;
    const a = fn("abs", u);
    const ea = f.get(a);
    if (!intExp(es) || !q.isOne(es) || !intExp(ea) || ea.n < 1 || !plainBase(u)) return;
    f.delete(s);
    times(f, k, a, q.MINUS_ONE);
    times(f, k, u, q.ONE);
  }),
  // u·sign(u) = |u|   (at u = 0 both are 0): d/dx x·abs(x) = abs(x) + x·sign(x) = 2 abs(x)
  eachFactor("sign", (s, es, f, k) => {
    const u = s.args[0]!;
    const eu = f.get(u);
    if (!intExp(es) || !q.isOne(es) || !intExp(eu) || !q.isOne(eu)) return;
    f.delete(s);
    f.delete(u);
    times(f, k, fn("abs", u), q.ONE);
  }),
  // |u|²ᵏ = u²ᵏ   (an even power forgets the sign; at u = 0 both are 0)
  eachFactor("abs", (b, e, f, k) => {
    const u = b.args[0]!;
    if (!intExp(e) || e.n % 2 !== 0 || !plainBase(u)) return;
    f.delete(b);
    times(f, k, u, e);
  }),
  // relu(u)ⁿ·relu(sign(u))ᵐ = relu(u)ⁿ   (n, m > 0; relu(sign(u)) is the step [u > 0], which is 1 wherever
  // relu(u) ≠ 0): d/dx relu(x)² = 2 relu(x)
  eachFactor("relu", (s, es, f) => {
    const inner = s.args[0]!;
    if (!isApply(inner, "sign") || !isQ(es) || !q.isPositive(es)) return;
    const er = f.get(fn("relu", inner.args[0]!));
    if (er === undefined || !isQ(er) || !q.isPositive(er)) return;
    f.delete(s);
  }),
];

// ---------------------------------------------------------------------------------------------------------
// Rows applied to f itself before differentiating (derivative.ts), so the chain rule never carries the pieces
// they remove: d/dy log(−y/(y − y)) would keep y − y in every term. Only rows that change nothing where f is
// defined belong here. u/u = 1 does not: it holds only where u ≠ 0, and the derivative of x/x would then look
// defined at x = 0 where f is not (the simplifier still writes u/u as 1 in the result, where f's domain is known).

export type NodeRule = (n: Node & { kind: "apply" }) => Node | null;

export const BEFORE_DIFF: readonly NodeRule[] = [
  (n) => (n.op === "sub" && n.args[0] === n.args[1] ? num(0) : null), // u − u = 0
];
