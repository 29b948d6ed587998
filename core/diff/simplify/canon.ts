// Canonical forms, SymPy-style: a sum is constant + Σ coefficient·monomial, a product is coefficient · Π base^exponent,
// with exact rational coefficients. Every simplified node is the *display* of one of these forms, and the form is
// kept in a table beside it (sumInfo / prodInfo), so combining simplified pieces never re-parses their display.
//
// Where two displays of one value exist (expanded or factored, content pulled out or not), the one with fewer
// operations wins; ties keep the plain SymPy-like form. Expansion of powers of sums is capped (MAX_TERMS), so
// (x + 1)^50 stays as it is and the work stays bounded.

import type { FnName, Node } from "../../expr/node.ts";
import { constant, fn, pow } from "../../expr/node.ts";
import { chainSum, emitProd, emitQ, powerOf, signed } from "./emit.ts";
import type { Signed } from "./emit.ts";
import { cmpNode, cmpVar } from "./order.ts";
import * as q from "./coefficient.ts";
import type { Q } from "./coefficient.ts";
import { FN_RULES, PROD_RULES } from "./rules.ts";
import type { Kit } from "./rules.ts";
import {
  type Exp,
  type PolyKey,
  type Prod,
  type Sum,
  addInto,
  cmpTerms,
  emptySum,
  isQ,
  scaleSum,
} from "./forms.ts";
import {
  cancelPolynomials,
  commonFactorForm,
  contentForm,
  expandProd,
  expandSum,
  partialFactorForm,
} from "./factor.ts";
import { E, FormReader } from "./canon-read.ts";

/** One simplify call: builds the forms and their displays (members shared with factor.ts, not past index.ts). */
export class Canon extends FormReader implements Kit {
  // ── products ──────────────────────────────────────────────────────────────────────────────────────────

  /** Numbers folded, zero powers dropped, exp(a)·exp(b) = exp(a + b). */
  normalize(p: Prod): Prod {
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
      // (−x − 3)^k = (−1)^k (x + 3)^k: the sign of an all-minus sum moves to the coefficient.
      if (isQ(e) && q.isInt(e) && !this.prodInfo.has(b) && this.isSumNode(b)) {
        const s = this.sumInfo.get(b)!;
        if (!q.isPositive(s.c) && [...s.t.values()].every(q.isNeg)) {
          const flipped = this.finishSum(scaleSum(s, q.MINUS_ONE));
          if (e.n % 2 !== 0) coef = q.neg(coef);
          f.set(flipped, this.expAdd(f.get(flipped) ?? q.ZERO, e));
          continue;
        }
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
      f.set(b, f.has(b) ? this.expAdd(f.get(b)!, e) : e); // a flipped all-minus sum may already be here
    }
    for (const [b, e] of f) if (isQ(e) && q.isZero(e)) f.delete(b); // -(u)·u⁻¹: the exponents met at 0
    // Identities between factors (u·|u|⁻¹ = sign(u), |u|·sign(u) = u, …): the rows of PROD_RULES.
    for (const rule of PROD_RULES) rule(f, this);
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
        const ex = expandProd(this, p);
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
        const divided = cancelPolynomials(this, p);
        if (divided) {
          const alt = this.finishProd(divided, false);
          if (this.ops(alt) < this.ops(best)) best = alt;
        }
      } finally {
        this.nesting--;
      }
    }
    return best;
  }

  factorClass(b: Node, e: Exp): number {
    if (!isQ(e)) return b === E ? 6 : 5;
    if (b.kind === "num" || this.constOf(b)) return 0;
    if (b.kind === "const") return 1;
    if (b.kind === "sym") return 2;
    if (this.isSumNode(b)) return 3;
    if (b.kind === "apply" && b.op === "exp") return 6;
    return 4;
  }

  sortedFactors(f: Map<Node, Exp>): [Node, Exp][] {
    return [...f].sort(
      ([a, ea], [b, eb]) => this.factorClass(a, ea) - this.factorClass(b, eb) || cmpNode(a, b),
    );
  }

  /** The factors in display order, split by the sign of their exponent: b^e above, b^|e| below for e < 0. */
  private splitFactors(f: Map<Node, Exp>): { numer: Node[]; denom: Node[] } {
    const numer: Node[] = [];
    const denom: Node[] = [];
    for (const [b, e] of this.sortedFactors(f)) {
      if (!isQ(e)) numer.push(pow(b, e));
      else if (q.isNeg(e)) denom.push(powerOf(b, q.neg(e)));
      else numer.push(powerOf(b, e));
    }
    return { numer, denom };
  }

  /** The node a teacher writes for p; its form is remembered so later steps can read it back. */
  displayProd(p: Prod): Node {
    const { numer, denom } = this.splitFactors(p.f);
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
      const ex = expandSum(this, s);
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
  remember(node: Node, s: Sum): Node {
    const display =
      node.kind === "apply" &&
      (node.op === "add" || node.op === "sub" || node.op === "mul" || node.op === "div");
    if (display && !this.sumInfo.has(node)) this.sumInfo.set(node, s);
    return node;
  }

  displaySum(s: Sum): Node {
    let best = this.plainSum(s);
    let bestOps = this.ops(best);
    // A polynomial stays in descending powers (4x^3 - 4x, not 4x(x^2 - 1)); only a fractional content comes out.
    const poly = [...s.t.keys()].every((m) => this.polyKey(m)?.whole);
    const factored = poly ? null : commonFactorForm(this, s);
    const common = poly ? null : (factored ?? partialFactorForm(this, s));
    for (const alt of [contentForm(this, s, poly), common]) {
      if (alt && this.ops(alt) < bestOps) {
        best = alt;
        bestOps = this.ops(alt);
      }
    }
    if (factored && factored !== best && !this.factoredOf.has(best)) this.factoredOf.set(best, factored);
    return this.remember(best, s);
  }

  /** Terms in textbook order: polynomial terms by descending degree, then the rest, the constant last. */
  plainSum(s: Sum): Node {
    const items = this.plainItems(s);
    // A leading minus costs an operation: 1 - x rather than -x + 1.
    if (items[0]!.neg) {
      const i = items.findIndex((it) => !it.neg);
      // Stryker disable next-line EqualityOperator: items[0] leads with a minus here, so i is never 0
      if (i > 0) items.unshift(...items.splice(i, 1));
    }
    return chainSum(items);
  }

  plainItems(s: Sum): Signed[] {
    const keyed = [...s.t].map(([m, c]) => ({ m, c, key: this.polyKey(m) }));
    keyed.sort((a, b) => cmpTerms(a.key, b.key) || cmpNode(a.m, b.m));
    const items: Signed[] = keyed.map(({ m, c }) => this.termDisplay(m, c));
    // The constant closes the polynomial part: 2x - 2 - 400x(y - x^2).
    if (!q.isZero(s.c))
      items.splice(keyed[0]?.key ? keyed.findIndex((k) => !k.key) >>> 0 : items.length, 0, emitQ(s.c));
    return items;
  }

  termDisplay(m: Node, c: Q): Signed {
    const p = this.prodOf(m);
    const { numer, denom } = this.splitFactors(p.f);
    return emitProd(q.mul(c, p.coef), numer, denom);
  }

  /** Degree data for ordering; null for terms that are not monomials in variables and constants. */
  polyKey(m: Node): PolyKey | null {
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

  // ── powers and functions ──────────────────────────────────────────────────────────────────────────────

  powOf(b: Node, e: Node): Node {
    const k = this.constOf(e);
    if (k) {
      if (q.isZero(k)) return this.qNode(q.ONE); // u^0 = 1
      if (q.isOne(k)) return b; // u^1 = u
      const p = this.prodOf(b);
      if (q.isInt(k)) {
        if (q.isZero(p.coef) && q.isNeg(k)) return this.opaque(b, k);
        if (p.coef.kind !== "float" && q.powInt(p.coef, k.n).kind === "float") return this.opaque(b, k); // 2^1000
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

  opaque(b: Node, k: Q): Node {
    return this.finishProd({ coef: q.ONE, f: new Map([[b, k]]) }, false);
  }

  /** (c·u)^r for a non-integer r: split only where the identity holds for every real u. */
  fractionalPower(b: Node, p: Prod, r: Q): Prod {
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
    // Stryker disable next-line ConditionalExpression: a constant u never gets here (abs, sign and relu answer it first)
    if (p.f.size === 0 || q.isOne(q.abs(p.coef))) return null;
    return [p.coef, this.finishProd({ coef: q.ONE, f: p.f })];
  }
}
