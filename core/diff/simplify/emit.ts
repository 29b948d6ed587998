// Back from canonical forms to the binary nodes a student reads: coefficients first (2x, -3sin(x)), negative
// powers as fractions (1/x, cos(x)/(2sqrt(x))), x^(1/2) as sqrt(x), a - b rather than a + (-b), no 1·, no ^1.
// These builders only shape the output; which form to show is decided in canon.ts.

import type { Node } from "../../expr/node.ts";
import { add, apply, div, fn, mul, neg, num, pow, sub } from "../../expr/node.ts";
import * as q from "./coefficient.ts";
import type { Q } from "./coefficient.ts";

/** A display piece and whether it carries a minus sign in front (so a sum can write it as a subtraction). */
export interface Signed {
  readonly node: Node;
  readonly neg: boolean;
}

/**
 * −n. The parser reads a minus sign on a number literal as a negative number (`-2x` is num(-2)·x, `-1/x` is
 * num(-1)/x), so when n starts with a number the sign goes into it: one operation fewer, and it prints back the same.
 * Otherwise the minus sits on the first factor (`-x sin(x)`, `-x^2/10`), which is how those texts parse.
 */
export function negate(n: Node): Node {
  // Down the left spine of a product/quotient (iteratively: a product may have thousands of factors).
  const spine: (Node & { kind: "apply" })[] = [];
  let first = n;
  while (first.kind === "apply" && (first.op === "mul" || first.op === "div")) {
    spine.push(first);
    first = first.args[0]!;
  }
  let acc = first.kind === "num" && first.value > 0 ? num(-first.value) : neg(first);
  for (let i = spine.length - 1; i >= 0; i--) acc = apply(spine[i]!.op, [acc, spine[i]!.args[1]!]);
  return acc;
}
export const signed = (s: Signed): Node => (s.neg ? negate(s.node) : s.node);

/** A coefficient as the student would write it: 3, 0.2 (when decimals were typed), 1/3, or a float as is. */
export function emitQ(c: Q): Signed {
  const a = q.abs(c);
  // A float's d is 1: it is plain too.
  const plain = a.d === 1 || (a.kind === "dec" && q.terminates(a));
  return { node: plain ? num(q.value(a)) : div(num(a.n), num(a.d)), neg: q.isNeg(c) };
}

/** Left-nested product, as the parser builds `abc`. */
export function product(parts: readonly Node[]): Node {
  let acc = parts[0]!;
  for (let i = 1; i < parts.length; i++) acc = mul(acc, parts[i]!);
  return acc;
}

/** base^e for a positive rational e: b, sqrt(b), b^2, b^(3/2), b^1.5 (decimal exponents stay decimal). */
export function powerOf(base: Node, e: Q): Node {
  if (q.isOne(e)) return base;
  if (e.n === 1 && e.d === 2) return fn("sqrt", base);
  return pow(base, emitQ(e).node);
}

/**
 * coef · Π numer / Π denom, written as a teacher does: the number first, one fraction bar, the sign outside.
 * `numer` and `denom` are already-displayed factors in display order.
 */
export function emitProd(coef: Q, numer: readonly Node[], denom: readonly Node[]): Signed {
  const a = q.abs(coef);
  const plain = a.d === 1 || (a.kind === "dec" && q.terminates(a)); // a float's d is 1
  const top: Node[] = [];
  const bottom: Node[] = [];
  if (plain) {
    if (!q.isOne(a) || numer.length === 0) top.push(num(q.value(a)));
  } else {
    if (a.n !== 1 || numer.length === 0) top.push(num(a.n));
    bottom.push(num(a.d));
  }
  top.push(...numer);
  bottom.push(...denom);
  const upper = product(top);
  return { node: bottom.length === 0 ? upper : div(upper, product(bottom)), neg: q.isNeg(coef) };
}

/** t1 ± t2 ± … from signed terms, left-nested as the parser builds it. */
export function chainSum(items: readonly Signed[]): Node {
  let acc = signed(items[0]!);
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    acc = it.neg ? sub(acc, it.node) : add(acc, it.node);
  }
  return acc;
}
