// Canonical forms, SymPy-style: a sum is constant + Σ coefficient·monomial, a product is coefficient · Π base^exponent,
// with exact rational coefficients. Every simplified node is the *display* of one of these forms, and the form is
// kept in a table beside it (sumInfo / prodInfo), so combining simplified pieces never re-parses their display.
//
// Where two displays of one value exist (expanded or factored, content pulled out or not), the one with fewer
// operations wins; ties keep the plain SymPy-like form. Expansion of powers of sums is capped (MAX_TERMS), so
// (x + 1)^50 stays as it is and the work stays bounded.

import type { FnName, Node } from "../node.ts";
import { constant, fn, pow } from "../node.ts";
import { chainSum, emitProd, emitQ, powerOf, signed } from "./emit.ts";
import type { Signed } from "./emit.ts";
import { cmpNode, cmpVar } from "./order.ts";
import * as q from "./q.ts";
import type { Q } from "./q.ts";
import { FN_RULES } from "./rules.ts";
import type { Kit } from "./rules.ts";

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

/** Largest number of terms an expansion may produce. */
const MAX_TERMS = 48;
/** Candidate forms built inside candidate forms, at most: keeps the work bounded (and terminating). */
const MAX_NESTING = 2;
/** Candidate work per simplify call (terms looked at); beyond it the output is the plain canonical form. */
const WORK_BUDGET = 20_000;
/** Largest power of a sum that is ever expanded. */
const MAX_EXPAND_POWER = 8;

const E = constant("e");

export class Canon implements Kit {
  private readonly sumInfo = new Map<Node, Sum>();
  private readonly prodInfo = new Map<Node, Prod>();
  private readonly monoOf = new Map<Node, Node>();
  private readonly opsMemo = new Map<Node, number>();
  private readonly nonNegMemo = new Map<Node, boolean>();
  /** A sum shown expanded (or plain) → the same sum with its common factor pulled out, for cancelling in quotients. */
  private readonly factoredOf = new Map<Node, Node>();
  /** How many candidate forms (expanded, factored) are being built inside one another. */
  private nesting = 0;
  /** Terms looked at while building candidate forms; past WORK_BUDGET only the plain form is built. */
  private work = 0;
  private eager(): boolean {
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
  private mono(n: Node, p: Prod): Node {
    if (q.isOne(p.coef)) return n;
    let m = this.monoOf.get(n);
    if (!m) {
      m = this.displayProd({ coef: q.ONE, f: p.f });
      this.monoOf.set(n, m);
    }
    return m;
  }

  /** c·(a + b): what sums always see distributed, as SymPy does. */
  private numberTimesSum(p: Prod): boolean {
    if (p.f.size !== 1) return false;
    const [b, e] = p.f.entries().next().value!;
    return isQ(e) && q.isOne(e) && !this.prodInfo.has(b) && this.isSumNode(b);
  }

  private isSumNode(n: Node): boolean {
    const s = this.sumInfo.get(n);
    return s !== undefined && s.t.size > 0;
  }

  private expSum(e: Exp): Sum {
    return isQ(e) ? { c: e, t: new Map() } : this.sumOf(e);
  }
  private asExp(n: Node): Exp {
    return this.constOf(n) ?? n;
  }
  private expAdd(a: Exp, b: Exp): Exp {
    if (isQ(a) && isQ(b)) return q.add(a, b);
    const s = emptySum();
    addInto(s, this.expSum(a), q.ONE);
    addInto(s, this.expSum(b), q.ONE);
    return this.asExp(this.finishSum(s));
  }
  private expScale(e: Exp, k: Q): Exp {
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

  // ── products ──────────────────────────────────────────────────────────────────────────────────────────

  /** Numbers folded, zero powers dropped, exp(a)·exp(b) = exp(a + b). */
  private normalize(p: Prod): Prod {
    let coef = p.coef;
    const f = new Map<Node, Exp>();
    let expArg: Sum | null = null;
    let expNode: Node | null = null;
    let expCount = 0;
    for (const [b, e] of p.f) {
      if (isQ(e) && q.isZero(e)) continue; // u^0 = 1
      if (b.kind === "apply" && b.op === "exp" && isQ(e)) {
        expArg ??= emptySum();
        addInto(expArg, this.sumOf(b.args[0]!), e); // exp(u)^k = exp(k·u)
        expNode = b;
        expCount += q.isOne(e) ? 1 : 2;
        continue;
      }
      const bq = this.constOf(b);
      if (bq && isQ(e)) {
        if (q.isZero(bq)) {
          if (!q.isNeg(e)) return { coef: q.ZERO, f: new Map() }; // 0^k = 0 (k > 0)
        } else if (!q.isNeg(bq) || q.isInt(e)) {
          const r = q.powRational(bq, e); // 4^(1/2) = 2, 2^3 = 8
          // …but 2^1000 stays 2^1000 rather than becoming a rounded float.
          if (r && (r.kind !== "float" || bq.kind === "float")) {
            coef = q.mul(coef, r);
            continue;
          }
        }
      }
      f.set(b, e);
    }
    // u·|u|⁻¹ = |u|·u⁻¹ = sign(u)   (u ≠ 0 wherever the left side is defined)
    for (const [b, e] of f) {
      if (b.kind !== "apply" || b.op !== "abs" || !isQ(e) || !q.isOne(q.abs(e))) continue;
      const u = b.args[0]!;
      const eu = f.get(u);
      if (eu === undefined || !isQ(eu) || !q.eq(eu, q.neg(e))) continue;
      f.delete(b);
      f.delete(u);
      const sg = fn("sign", u);
      f.set(sg, this.expAdd(f.get(sg) ?? q.ZERO, q.ONE));
    }
    const out: Prod = { coef, f };
    if (expArg && expNode) {
      if (expCount === 1) f.set(expNode, q.ONE);
      else this.mulInto(out, this.prodOf(this.fn("exp", this.finishSum(expArg))), q.ONE);
      for (const [b, e] of f) if (isQ(e) && q.isZero(e)) f.delete(b);
    }
    return out;
  }

  finishProd(p0: Prod, expand = true): Node {
    const p = this.normalize(p0);
    if (q.isZero(p.coef)) return this.qNode(q.ZERO); // 0·u = 0 wherever u is defined
    if (p.f.size === 0) return this.qNode(p.coef);
    if (p.f.size === 1) {
      const [b, e] = p.f.entries().next().value!;
      if (isQ(e) && q.isOne(e)) {
        if (q.isOne(p.coef)) return b;
        const s = this.sumInfo.get(b);
        if (s && s.t.size > 0) return this.finishSum(scaleSum(s, p.coef)); // c·(a + b) = ca + cb
      }
    }
    let best = this.displayProd(p);
    if (expand && this.eager()) {
      this.work += p.f.size;
      this.nesting++;
      try {
        const ex = this.expandProd(p);
        if (ex) {
          const alt = this.finishSum(ex);
          if (this.ops(alt) < this.ops(best)) best = alt;
        }
        // (x - 1)(x + 3)/(x - 1)^4 = (x + 3)/(x - 1)^3: a numerator sum's common factor may cancel a denominator.
        if ([...p.f.values()].some((e) => isQ(e) && q.isNeg(e)))
          for (const [b, e] of p.f) {
            const fp = isQ(e) && !q.isNeg(e) ? this.prodInfo.get(this.factoredOf.get(b)!) : undefined;
            if (!fp) continue;
            const p2: Prod = { coef: p.coef, f: new Map(p.f) };
            p2.f.delete(b);
            this.mulInto(p2, fp, e as Q);
            const alt = this.finishProd(p2, false);
            if (this.ops(alt) < this.ops(best)) best = alt;
          }
      } finally {
        this.nesting--;
      }
    }
    return best;
  }

  private factorClass(b: Node, e: Exp): number {
    if (!isQ(e)) return b === E ? 6 : 5;
    if (b.kind === "num" || this.constOf(b)) return 0;
    if (b.kind === "const") return 1;
    if (b.kind === "sym") return 2;
    if (this.isSumNode(b)) return 3;
    if (b.kind === "apply" && b.op === "exp") return 6;
    return 4;
  }

  private sortedFactors(f: Map<Node, Exp>): [Node, Exp][] {
    const list = [...f];
    if (list.length > 1)
      list.sort(([a, ea], [b, eb]) => this.factorClass(a, ea) - this.factorClass(b, eb) || cmpNode(a, b));
    return list;
  }

  /** The node a teacher writes for p; its form is remembered so later steps can read it back. */
  private displayProd(p: Prod): Node {
    const numer: Node[] = [];
    const denom: Node[] = [];
    for (const [b, e] of this.sortedFactors(p.f)) {
      if (!isQ(e)) numer.push(pow(b, e));
      else if (q.isNeg(e)) denom.push(powerOf(b, q.neg(e)));
      else numer.push(powerOf(b, e));
    }
    const node = signed(emitProd(p.coef, numer, denom));
    if (!this.prodInfo.has(node) && !(p.f.size === 1 && q.isOne(p.coef) && p.f.get(node) !== undefined))
      this.prodInfo.set(node, p);
    return node;
  }

  // ── sums ──────────────────────────────────────────────────────────────────────────────────────────────

  finishSum(s0: Sum): Node {
    const s: Sum = { c: s0.c, t: new Map() };
    for (const [m, c] of s0.t) if (!q.isZero(c)) s.t.set(m, c);
    if (s.t.size === 0) return this.qNode(s.c);
    if (s.t.size === 1 && q.isZero(s.c)) {
      const [m, c] = s.t.entries().next().value!;
      return this.finishProd({ coef: c, f: this.prodOf(m).f });
    }
    if (!this.eager()) return this.remember(this.plainSum(s), s);
    this.work += s.t.size;
    this.nesting++;
    try {
      const shown = this.displaySum(s);
      const ex = this.expandSum(s);
      if (ex) {
        const alt = this.finishSum(ex);
        if (this.ops(alt) < this.ops(shown)) {
          const f = this.prodInfo.has(shown) ? shown : this.factoredOf.get(shown);
          if (f && !this.factoredOf.has(alt)) this.factoredOf.set(alt, f);
          return alt;
        }
      }
      return shown;
    } finally {
      this.nesting--;
    }
  }

  /** Only a sum or product display may stand for s (never an atom such as x, which means itself everywhere). */
  private remember(node: Node, s: Sum): Node {
    const display =
      node.kind === "apply" &&
      (node.op === "add" || node.op === "sub" || node.op === "mul" || node.op === "div");
    if (display && !this.sumInfo.has(node)) this.sumInfo.set(node, s);
    return node;
  }

  private displaySum(s: Sum): Node {
    let best = this.plainSum(s);
    let bestOps = this.ops(best);
    // A polynomial stays in descending powers (4x^3 - 4x, not 4x(x^2 - 1)); only a fractional content comes out.
    const poly = [...s.t.keys()].every((m) => this.polyKey(m)?.whole);
    const factored = poly ? null : this.commonFactorForm(s);
    const common = poly ? null : (factored ?? this.partialFactorForm(s));
    for (const alt of [this.contentForm(s, poly), common]) {
      if (alt && this.ops(alt) < bestOps) {
        best = alt;
        bestOps = this.ops(alt);
      }
    }
    if (factored && factored !== best && !this.factoredOf.has(best)) this.factoredOf.set(best, factored);
    return this.remember(best, s);
  }

  /** Terms in textbook order: polynomial terms by descending degree, then the rest, the constant last. */
  private plainSum(s: Sum): Node {
    const items = this.plainItems(s);
    // A leading minus costs an operation: 1 - x rather than -x + 1.
    if (items[0]!.neg) {
      const i = items.findIndex((it) => !it.neg);
      if (i > 0) items.unshift(...items.splice(i, 1));
    }
    return chainSum(items);
  }

  private plainItems(s: Sum): Signed[] {
    const keyed = [...s.t].map(([m, c]) => ({ m, c, key: this.polyKey(m) }));
    keyed.sort((a, b) => cmpTerms(a.key, b.key) || cmpNode(a.m, b.m));
    const items: Signed[] = keyed.map(({ m, c }) => this.termDisplay(m, c));
    // The constant closes the polynomial part: 2x - 2 - 400x(y - x^2).
    if (!q.isZero(s.c))
      items.splice(keyed[0]?.key ? keyed.findIndex((k) => !k.key) >>> 0 : items.length, 0, emitQ(s.c));
    return items;
  }

  private termDisplay(m: Node, c: Q): Signed {
    const p = this.prodOf(m);
    const numer: Node[] = [];
    const denom: Node[] = [];
    for (const [b, e] of this.sortedFactors(p.f)) {
      if (!isQ(e)) numer.push(pow(b, e));
      else if (q.isNeg(e)) denom.push(powerOf(b, q.neg(e)));
      else numer.push(powerOf(b, e));
    }
    return emitProd(q.mul(c, p.coef), numer, denom);
  }

  /** Degree data for ordering; null for terms that are not monomials in variables and constants. */
  private polyKey(m: Node): PolyKey | null {
    const vars: [string, number][] = [];
    let deg = 0;
    let whole = true;
    for (const [b, e] of this.prodOf(m).f) {
      if (!isQ(e)) return null;
      if (b.kind === "sym") {
        vars.push([b.name, q.value(e)]);
        deg += q.value(e);
        if (!q.isInt(e) || q.isNeg(e)) whole = false;
      } else if (b.kind !== "const") return null;
    }
    vars.sort((a, b) => cmpVar(a[0], b[0]));
    return { deg, vars, whole };
  }

  /** (x + 1)/2 rather than x/2 + 1/2: the rational content, and an all-minus sign, pulled out. */
  private contentForm(s: Sum, poly: boolean): Node | null {
    const coefs = [...s.t.values()];
    if (!q.isZero(s.c)) coefs.push(s.c);
    if (coefs.some((c) => c.kind === "float")) return null;
    let g = 0;
    let l = 1;
    for (const c of coefs) {
      g = gcdInt(g, Math.abs(c.n));
      l = (l / gcdInt(l, c.d)) * c.d;
      if (l > 1000) return null; // a common denominator of 27720 helps nobody read the result
    }
    const sign = coefs.every(q.isNeg) ? -1 : 1;
    const kind = coefs.some((c) => c.kind === "dec") ? "dec" : "frac";
    const content: Q = { n: sign * g, d: l, kind };
    // Decimals stay on their terms (nobody writes 0.2(x + …)).
    if (q.isOne(content) || (poly && content.d === 1) || kind === "dec") return null;
    const inner = scaleSum(s, q.inv(content));
    const whole: Prod = { coef: content, f: new Map() };
    this.mulInto(whole, this.prodOf(this.remember(this.plainSum(inner), inner)), q.ONE);
    return this.displayProd(whole);
  }

  /** 2x(x + 1) … a factor every term shares (same base, exponents of one sign), pulled out. */
  private commonFactorForm(s: Sum): Node | null {
    if (s.t.size + (q.isZero(s.c) ? 0 : 1) < 2) return null;
    const terms: [Node | null, Q][] = termsWithConst(s);
    const forms = terms.map(([m]) => (m ? this.prodOf(m).f : new Map<Node, Exp>()));
    const common = new Map<Node, Exp>();
    const bases = new Set<Node>();
    for (const f of forms) for (const b of f.keys()) bases.add(b);
    for (const b of bases) {
      const es = forms.map((f) => f.get(b));
      if (es.every((e) => e === undefined || isQ(e))) {
        // Rational powers: the lowest one, a missing base counting as power 0. So x^2 + x → x(x + 1), and
        // 1/x + 2 → (1 + 2x)/x (a negative power comes out even where a term lacks it).
        let m: Q = q.ZERO;
        let first = true;
        for (const e of es) {
          const v = (e as Q | undefined) ?? q.ZERO;
          if (first || q.cmp(v, m) < 0) m = v;
          first = false;
        }
        if (!q.isZero(m)) common.set(b, m);
      } else if (es.every((e) => e === es[0])) common.set(b, es[0]!);
    }
    if (common.size === 0) return null;
    const inner = emptySum();
    for (const [mono, c] of terms) {
      const p: Prod = { coef: c, f: new Map(mono ? this.prodOf(mono).f : []) };
      for (const [b, e] of common)
        p.f.set(b, this.expAdd(p.f.get(b) ?? q.ZERO, isQ(e) ? q.neg(e) : this.expScale(e, q.MINUS_ONE)));
      addInto(inner, this.sumOf(this.finishProd(p, false)), q.ONE);
    }
    // An all-minus inner sum gives its sign to the product: -(x - 1)(x + 3), not (x - 1)(-x - 3).
    const allNeg = [...inner.t.values()].every(q.isNeg) && !q.isPositive(inner.c);
    const innerNode = this.finishSum(allNeg ? scaleSum(inner, q.MINUS_ONE) : inner);
    const whole: Prod = { coef: allNeg ? q.MINUS_ONE : q.ONE, f: new Map(common) };
    this.mulInto(whole, this.prodOf(innerNode), q.ONE);
    return this.finishProd(whole, false); // may cancel: x^2/(x^2 - 1) - 1/(x^2 - 1) = 1
  }

  /** 0.2x + e^u(cos(x) - x sin(x)/5): the terms sharing the most common factor grouped, the rest as they are. */
  private partialFactorForm(s: Sum): Node | null {
    if (s.t.size < 3) return null;
    const count = new Map<Node, number>();
    for (const m of s.t.keys())
      for (const b of this.prodOf(m).f.keys()) count.set(b, (count.get(b) ?? 0) + 1);
    const shared = [...count].filter(([, k]) => k > 1 && k < s.t.size).sort((a, b) => b[1] - a[1]);
    let best: Node | null = null;
    for (const [base] of shared.slice(0, 2)) {
      const alt = this.groupedBy(s, base);
      if (alt && (!best || this.ops(alt) < this.ops(best))) best = alt;
    }
    return best;
  }

  private groupedBy(s: Sum, base: Node): Node | null {
    const group = emptySum();
    const rest: Sum = { c: s.c, t: new Map() };
    for (const [m, c] of s.t) (this.prodOf(m).f.has(base) ? group.t : rest.t).set(m, c);
    const grouped = this.commonFactorForm(group);
    if (!grouped) return null;
    this.remember(grouped, group);
    const restNode = this.eager() ? this.finishSum(rest) : this.remember(this.plainSum(rest), rest);
    const g = this.prodInfo.get(grouped);
    const groupItem =
      g && q.isNeg(g.coef)
        ? { node: this.displayProd({ coef: q.neg(g.coef), f: g.f }), neg: true }
        : { node: grouped, neg: false };
    // Whichever part does not start with a minus goes first: a - b rather than -b + a.
    if (leadsNegative(restNode) && !groupItem.neg) return chainSum([groupItem, ...this.plainItems(rest)]);
    const items = [{ node: restNode, neg: false }, groupItem];
    return chainSum(items);
  }

  // ── expansion (bounded) ───────────────────────────────────────────────────────────────────────────────

  /** Sum factors with small positive integer powers, multiplied out; null if none or too many terms. */
  private expandProd(p: Prod): Sum | null {
    const rest: Prod = { coef: p.coef, f: new Map() };
    const sums: [Sum, number][] = [];
    let estimate = 1;
    for (const [b, e] of p.f) {
      const s = isQ(e) && q.isInt(e) && e.n > 0 && e.n <= MAX_EXPAND_POWER ? this.sumInfo.get(b) : undefined;
      if (s && s.t.size > 0) {
        sums.push([s, (e as Q).n]);
        estimate *= Math.pow(s.t.size + (q.isZero(s.c) ? 0 : 1), (e as Q).n);
        if (estimate > MAX_TERMS) return null;
      } else rest.f.set(b, e);
    }
    if (sums.length === 0) return null;
    let acc = this.sumOf(this.finishProd(rest, false));
    for (const [s, k] of sums) for (let i = 0; i < k; i++) acc = this.mulSums(acc, s);
    return acc;
  }

  private expandSum(s: Sum): Sum | null {
    let any = false;
    let count = 0;
    const out: Sum = { c: s.c, t: new Map() };
    for (const [m, c] of s.t) {
      const ex = this.expandProd({ coef: c, f: this.prodOf(m).f });
      if (ex) any = true;
      const part = ex ?? { c: q.ZERO, t: new Map([[m, c]]) };
      count += part.t.size;
      if (count > MAX_TERMS) return null;
      addInto(out, part, q.ONE);
    }
    return any ? out : null;
  }

  private mulSums(a: Sum, b: Sum): Sum {
    const out = emptySum();
    const ta = termsWithConst(a);
    const tb = termsWithConst(b);
    for (const [ma, ca] of ta)
      for (const [mb, cb] of tb) {
        const p: Prod = { coef: q.mul(ca, cb), f: new Map(ma ? this.prodOf(ma).f : []) };
        if (mb) this.mulInto(p, { coef: q.ONE, f: this.prodOf(mb).f }, q.ONE);
        addInto(out, this.sumOf(this.finishProd(p, false)), q.ONE);
      }
    return out;
  }

  // ── powers and functions ──────────────────────────────────────────────────────────────────────────────

  powOf(b: Node, e: Node): Node {
    const k = this.constOf(e);
    if (k) {
      if (q.isZero(k)) return this.qNode(q.ONE); // u^0 = 1
      if (q.isOne(k)) return b; // u^1 = u
      const p = this.prodOf(b);
      if (q.isInt(k)) {
        if (q.isZero(p.coef) && q.isNeg(k)) return this.opaque(b, k);
        if (p.coef.kind !== "float" && q.powRational(p.coef, k)?.kind === "float") return this.opaque(b, k); // 2^1000
        const out: Prod = { coef: q.ONE, f: new Map() };
        this.mulInto(out, p, k); // (c·Π bᵢ^eᵢ)^k = c^k·Π bᵢ^(eᵢk)
        return this.finishProd(out);
      }
      return this.finishProd(this.fractionalPower(b, p, k));
    }
    if (this.constOf(b) && q.isOne(this.constOf(b)!)) return b; // 1^u = 1
    if (b === E && e.kind === "apply" && e.op === "log") return e.args[0]!; // e^log(u) = u  (u > 0 where defined)
    const p = this.prodOf(b);
    if (q.isOne(p.coef) && p.f.size === 1) {
      const [base, be] = p.f.entries().next().value!;
      const bq = this.constOf(base);
      if (base === E || (bq && !q.isNeg(bq))) {
        // (a^v)^u = a^(vu) for a positive constant a
        const vu = isQ(be) ? this.scale(e, be) : this.mulNodes(be, e);
        return this.finishProd({ coef: q.ONE, f: new Map([[base, this.asExp(vu)]]) });
      }
    }
    return this.finishProd({ coef: q.ONE, f: new Map([[b, e]]) });
  }

  private opaque(b: Node, k: Q): Node {
    return this.finishProd({ coef: q.ONE, f: new Map([[b, k]]) }, false);
  }

  /** (c·u)^r for a non-integer r: split only where the identity holds for every real u. */
  private fractionalPower(b: Node, p: Prod, r: Q): Prod {
    const whole: Prod = { coef: q.ONE, f: new Map([[b, r]]) };
    if (q.isNeg(p.coef) || q.isZero(p.coef)) return whole;
    const out: Prod = { coef: q.ONE, f: new Map() };
    if (!q.isOne(p.coef)) {
      const c = q.powRational(p.coef, r);
      if (c) out.coef = c;
      else out.f.set(this.qNode(p.coef), r); // sqrt(2)
    }
    if (p.f.size !== 1) {
      if (p.f.size > 1) out.f.set(this.displayProd({ coef: q.ONE, f: p.f }), r);
      return out;
    }
    const [base, e] = p.f.entries().next().value!;
    if (!isQ(e)) {
      if (base !== E) return whole;
      out.f.set(base, this.expScale(e, r)); // (e^v)^r = e^(vr)
      return out;
    }
    const er = q.mul(e, r);
    const evenInt = q.isInt(e) && e.n % 2 === 0;
    const erEvenInt = q.isInt(er) && er.n % 2 === 0;
    // (u^2k)^r = |u|^(2kr): sqrt(x^2) = |x|, never x. Otherwise u^e with e non-integer or odd forces u ≥ 0.
    if (evenInt && !erEvenInt)
      this.mulInto(out, { coef: q.ONE, f: new Map([[this.fn("abs", base), er]]) }, q.ONE);
    else this.mulInto(out, { coef: q.ONE, f: new Map([[base, er]]) }, q.ONE);
    return out;
  }

  fn(name: FnName, u: Node): Node {
    if (name === "sqrt") return this.powOf(u, this.qNode(q.HALF));
    for (const rule of FN_RULES[name] ?? []) {
      const r = rule(u, this);
      if (r) return r;
    }
    return fn(name, u);
  }

  // ── Kit for the rule table ────────────────────────────────────────────────────────────────────────────

  qNode(c: Q): Node {
    const node = signed(emitQ(c));
    if (node.kind !== "num" && !this.sumInfo.has(node)) this.sumInfo.set(node, { c, t: new Map() });
    return node;
  }

  negated(u: Node): Node | null {
    const s = this.sumOf(u);
    const all = [...s.t.values()];
    if (!q.isZero(s.c)) all.push(s.c);
    return all.length > 0 && all.every(q.isNeg) ? this.scale(u, q.MINUS_ONE) : null;
  }

  scale(u: Node, k: Q): Node {
    return this.finishSum(scaleSum(this.sumOf(u), k));
  }

  mulNodes(a: Node, b: Node): Node {
    const p: Prod = { coef: q.ONE, f: new Map() };
    this.mulInto(p, this.prodOf(a), q.ONE);
    this.mulInto(p, this.prodOf(b), q.ONE);
    return this.finishProd(p);
  }

  piMultiple(u: Node): Q | null {
    const p = this.prodOf(u);
    if (p.f.size !== 1) return null;
    const e = p.f.get(constant("pi"));
    return e !== undefined && isQ(e) && q.isOne(e) ? p.coef : null;
  }

  expArg(u: Node): Node | null {
    if (u.kind === "apply" && u.op === "exp") return u.args[0]!;
    const p = this.prodOf(u);
    if (!q.isOne(p.coef) || p.f.size !== 1) return null;
    const e = p.f.get(E);
    return e === undefined ? null : isQ(e) ? this.qNode(e) : e;
  }

  splitCoef(u: Node): [Q, Node] | null {
    const p = this.prodOf(u);
    if (p.f.size === 0 || q.isOne(q.abs(p.coef))) return null;
    return [p.coef, this.finishProd({ coef: q.ONE, f: p.f })];
  }

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
            (["abs", "exp", "cosh", "sigmoid", "relu", "sqrt"].includes(u.op) ||
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
    const known = memo.get(n);
    if (known !== undefined) return known;
    const stack: Node[] = [n];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (memo.has(top)) {
        stack.pop();
        continue;
      }
      if (top.kind !== "apply") {
        memo.set(top, 0);
        stack.pop();
        continue;
      }
      let ready = true;
      for (const a of top.args)
        if (!memo.has(a)) {
          ready = false;
          stack.push(a);
        }
      if (ready) {
        stack.pop();
        memo.set(
          top,
          top.args.reduce((sum, a) => sum + memo.get(a)!, 1),
        );
      }
    }
    return memo.get(n)!;
  }
}

interface PolyKey {
  deg: number;
  /** Non-negative integer powers only: a polynomial term. */
  whole: boolean;
  vars: [string, number][];
}

function cmpTerms(a: PolyKey | null, b: PolyKey | null): number {
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

function termsWithConst(s: Sum): [Node | null, Q][] {
  const out: [Node | null, Q][] = [...s.t];
  if (!q.isZero(s.c)) out.push([null, s.c]);
  return out;
}

/** Does the display start with a minus sign (-x + …, -2x, -sin(x)/x)? */
function leadsNegative(n: Node): boolean {
  for (;;) {
    if (n.kind === "num") return n.value < 0;
    if (n.kind !== "apply") return false;
    if (n.op === "neg") return true;
    if (n.op !== "add" && n.op !== "sub" && n.op !== "mul" && n.op !== "div") return false;
    n = n.args[0]!;
  }
}

function gcdInt(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
