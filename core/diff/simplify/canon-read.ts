// Reading a simplified node back as its canonical form, and what a form tells without building anything: the
// tables one simplify call keeps beside its nodes (sumInfo / prodInfo), exponent arithmetic, whether a node is
// provably ≥ 0, and how many operations its printed tree has. canon.ts builds the forms on top of this.

import type { Node } from "../../expr/node.ts";
import { constant } from "../../expr/node.ts";
import { spec } from "../../expr/ops.ts";
import { bottomUp } from "../../expr/post-order.ts";
import * as q from "./coefficient.ts";
import type { Q } from "./coefficient.ts";
import { type Exp, type Prod, type Sum, addInto, emptySum, isQ, scaleSum } from "./forms.ts";

/** Candidate forms built inside candidate forms, at most: keeps the work bounded (and terminating). */
const MAX_NESTING = 2;
/** Candidate work per simplify call (terms looked at); beyond it the output is the plain canonical form. */
const WORK_BUDGET = 20_000;

export const E = constant("e");
const NO_ARGS: readonly Node[] = [];

/** One simplify call's tables and the reading of its nodes; Canon (canon.ts) adds the building. */
export abstract class FormReader {
  readonly sumInfo = new Map<Node, Sum>();
  readonly prodInfo = new Map<Node, Prod>();
  readonly monoOf = new Map<Node, Node>();
  readonly opsMemo = new Map<Node, number>();
  readonly nonNegMemo = new Map<Node, boolean>();
  /** A sum shown expanded (or plain) → the same sum with its common factor pulled out, for cancelling in quotients. */
  readonly factoredOf = new Map<Node, Node>();
  /** How many candidate forms (expanded, factored) are being built inside one another. */
  nesting = 0;
  /** Terms looked at while building candidate forms; past WORK_BUDGET only the plain form is built. */
  work = 0;
  eager(): boolean {
    return this.nesting < MAX_NESTING && this.work < WORK_BUDGET;
  }

  // ── reading a simplified node as a form ────────────────────────────────────────────────────────────────

  constOf(n: Node): Q | null {
    if (n.kind === "num") return q.fromNumber(n.value);
    const s = this.sumInfo.get(n);
    return s && s.t.size === 0 ? s.c : null;
  }

  prodOf(n: Node): Prod {
    const p = this.prodInfo.get(n);
    if (p) return p;
    const c = this.constOf(n);
    if (c) return { coef: c, f: new Map() };
    return { coef: q.ONE, f: new Map([[n, q.ONE]]) };
  }

  /** A node shown as a product (2x(x + 1), even when it stands for a sum) is one term: sums never see inside it. */
  sumOf(n: Node): Sum {
    const p = this.prodOf(n);
    const s = this.sumInfo.get(n);
    if (s && (!this.prodInfo.has(n) || this.numberTimesSum(p))) return s;
    if (this.numberTimesSum(p)) return scaleSum(this.sumOf(p.f.keys().next().value!), p.coef); // c(a + b) = ca + cb
    if (p.f.size === 0) return { c: p.coef, t: new Map() };
    return { c: q.ZERO, t: new Map([[this.mono(n, p), p.coef]]) };
  }

  /** The coefficient-free monomial of a term node (2x → x). */
  mono(n: Node, p: Prod): Node {
    if (q.isOne(p.coef)) return n;
    let m = this.monoOf.get(n);
    if (!m) {
      m = this.displayProd({ coef: q.ONE, f: p.f });
      this.monoOf.set(n, m);
    }
    return m;
  }

  /** c·(a + b): what sums always see distributed, as SymPy does. */
  numberTimesSum(p: Prod): boolean {
    if (p.f.size !== 1) return false;
    const [b, e] = p.f.entries().next().value!;
    return isQ(e) && q.isOne(e) && !this.prodInfo.has(b) && this.isSumNode(b);
  }

  isSumNode(n: Node): boolean {
    const s = this.sumInfo.get(n);
    return s !== undefined && s.t.size > 0;
  }

  expSum(e: Exp): Sum {
    return isQ(e) ? { c: e, t: new Map() } : this.sumOf(e);
  }
  asExp(n: Node): Exp {
    return this.constOf(n) ?? n;
  }
  expAdd(a: Exp, b: Exp): Exp {
    if (isQ(a) && isQ(b)) return q.add(a, b);
    const s = emptySum();
    addInto(s, this.expSum(a), q.ONE);
    addInto(s, this.expSum(b), q.ONE);
    return this.asExp(this.finishSum(s));
  }
  expScale(e: Exp, k: Q): Exp {
    if (isQ(e)) return q.mul(e, k);
    return this.asExp(this.finishSum(scaleSum(this.sumOf(e), k)));
  }

  /** acc ← acc · p^k (k an integer, or any rational when p has no coefficient to raise). */
  mulInto(acc: Prod, p: Prod, k: Q): void {
    if (!q.isOne(p.coef)) {
      const c = q.powRational(p.coef, k);
      if (!c) throw new q.NoFold("coefficient power");
      acc.coef = q.mul(acc.coef, c);
    }
    for (const [b, e] of p.f) {
      const ek = q.isOne(k) ? e : this.expScale(e, k);
      const old = acc.f.get(b);
      acc.f.set(b, old === undefined ? ek : this.expAdd(old, ek));
    }
  }

  /** The node a teacher writes for p (canon.ts). */
  abstract displayProd(p: Prod): Node;
  /** The node a teacher writes for s, simplified (canon.ts). */
  abstract finishSum(s0: Sum): Node;

  // ── what a form tells ─────────────────────────────────────────────────────────────────────────────────

  /** u ≥ 0 wherever u is defined, provably (x², abs, exp, sqrt, …). */
  nonNeg(u: Node, depth = 0): boolean {
    const known = this.nonNegMemo.get(u);
    if (known !== undefined) return known;
    let r = false;
    const c = this.constOf(u);
    if (c) r = !q.isNeg(c);
    else if (u.kind === "const") r = true;
    else if (depth < 8) {
      const s = this.sumInfo.get(u);
      if (s && s.t.size > 0) {
        r = !q.isNeg(s.c) && [...s.t].every(([m, k]) => !q.isNeg(k) && this.nonNeg(m, depth + 1));
      } else {
        const p = this.prodOf(u);
        if (p.f.size === 1 && q.isOne(p.coef) && p.f.get(u) !== undefined) {
          r =
            u.kind === "apply" &&
            (spec(u.op).facts?.nonNegative === true ||
              (u.op === "sign" && this.nonNeg(u.args[0]!, depth + 1)));
        } else {
          r =
            !q.isNeg(p.coef) &&
            [...p.f].every(([b, e]) =>
              isQ(e)
                ? !q.isInt(e) || e.n % 2 === 0 || this.nonNeg(b, depth + 1)
                : b === E || (this.constOf(b) !== null && !q.isNeg(this.constOf(b)!)),
            );
        }
      }
    }
    this.nonNegMemo.set(u, r);
    return r;
  }

  /** Operations in the printed tree (shared subtrees counted each time), memoised. */
  ops(n: Node): number {
    const memo = this.opsMemo;
    return bottomUp(
      n,
      (m) => (m.kind === "apply" ? m.args : NO_ARGS),
      memo,
      (m) => (m.kind === "apply" ? m.args.reduce((sum, a) => sum + memo.get(a)!, 1) : 0),
    );
  }
}
