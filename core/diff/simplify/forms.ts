// The canonical forms the simplifier works in, and small helpers on them.
//   Sum   constant + Σ coefficient·monomial     (monomial: a coefficient-free product node, e.g. x^2 y)
//   Prod  coefficient · Π base^exponent         (exponent: a rational, or a node when symbolic: x^y)

import type { Node } from "../../expr/node.ts";
import * as q from "./coefficient.ts";
import type { Q } from "./coefficient.ts";
import { cmpVar } from "./order.ts";

/** An exponent: a rational, or a simplified node when it is symbolic (x^y, e^(-x^2/10)). */
export type Exp = Q | Node;
export const isQ = (e: Exp): e is Q => "d" in e;

export interface Prod {
  coef: Q;
  f: Map<Node, Exp>;
}
export interface Sum {
  c: Q;
  t: Map<Node, Q>;
}

export interface PolyKey {
  deg: number;
  /** Non-negative integer powers only: a polynomial term. */
  whole: boolean;
  vars: [string, number][];
}

export function cmpTerms(a: PolyKey | null, b: PolyKey | null): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  if (a.deg !== b.deg) return b.deg - a.deg;
  const n = Math.min(a.vars.length, b.vars.length);
  for (let i = 0; i < n; i++) {
    const c = cmpVar(a.vars[i]![0], b.vars[i]![0]);
    if (c !== 0) return c;
    if (a.vars[i]![1] !== b.vars[i]![1]) return b.vars[i]![1] - a.vars[i]![1];
  }
  return b.vars.length - a.vars.length;
}

export const emptySum = (): Sum => ({ c: q.ZERO, t: new Map() });

/** acc += w·s */
export function addInto(acc: Sum, s: Sum, w: Q): void {
  if (!q.isZero(s.c)) acc.c = q.add(acc.c, q.isOne(w) ? s.c : q.mul(w, s.c));
  for (const [m, c] of s.t) {
    const wc = q.isOne(w) ? c : q.mul(w, c);
    const old = acc.t.get(m);
    acc.t.set(m, old === undefined ? wc : q.add(old, wc));
  }
}

export function scaleSum(s: Sum, k: Q): Sum {
  const out = emptySum();
  addInto(out, s, k);
  return out;
}

export function termsWithConst(s: Sum): [Node | null, Q][] {
  const out: [Node | null, Q][] = [...s.t];
  if (!q.isZero(s.c)) out.push([null, s.c]);
  return out;
}

/** Does the display start with a minus sign (-x + …, -2x, -sin(x)/x)? */
export function leadsNegative(n: Node): boolean {
  for (;;) {
    if (n.kind === "num") return n.value < 0;
    if (n.kind !== "apply") return false;
    if (n.op === "neg") return true;
    if (n.op !== "add" && n.op !== "sub" && n.op !== "mul" && n.op !== "div") return false;
    n = n.args[0]!;
  }
}

export function gcdInt(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
