// The arithmetic rows of the operation table: + − × ÷, powers and negation (ops.ts gathers them with the
// function families). Each derivative rule is written as a teacher writes it; the simplifier tidies the result.

import type { Node, Op } from "./node.ts";
import { add, constant, div, fn, isNum, mul, neg, num, pow, sub } from "./node.ts";
import { msg } from "../messages/index.ts";
import { type OpSpec, ONE, PREC, chain, fmt, overflow, sq, zero } from "./op-row.ts";

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

export const ARITHMETIC: readonly [Op, OpSpec][] = [
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
];

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
