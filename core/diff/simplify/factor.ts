// Other ways to show a sum or product, each kept only when it has fewer operations than the plain form:
// a rational content pulled out ((x + 1)/2), a common factor pulled out (2x(x + 1), (2x + 1)/x), terms grouped
// by a shared factor (0.2x + (cos(x) - x sin(x)/5) exp(-x^2/10)), and bounded expansion ((x + 1)(x - 1) = x^2 - 1).

import type { Node } from "../../expr/node.ts";
import type { Canon } from "./canon.ts";
import { chainSum } from "./emit.ts";
import {
  type Exp,
  type Prod,
  type Sum,
  addInto,
  emptySum,
  gcdInt,
  isQ,
  leadsNegative,
  scaleSum,
  termsWithConst,
} from "./forms.ts";
import * as q from "./coefficient.ts";
import type { Q } from "./coefficient.ts";

/** Largest number of terms an expansion may produce. */
const MAX_TERMS = 48;
/** Largest power of a sum that is ever expanded. */
const MAX_EXPAND_POWER = 8;
/** Highest degree a quotient's polynomials may have for exact division to be tried. */
const MAX_DIVIDE_DEGREE = 24;

/** (x + 1)/2 rather than x/2 + 1/2: the rational content, and an all-minus sign, pulled out. */
export function contentForm(cn: Canon, s: Sum, poly: boolean): Node | null {
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
  cn.mulInto(whole, cn.prodOf(cn.remember(cn.plainSum(inner), inner)), q.ONE);
  return cn.displayProd(whole);
}

/** 2x(x + 1) … a factor every term shares (same base, exponents of one sign), pulled out. */
export function commonFactorForm(cn: Canon, s: Sum): Node | null {
  if (s.t.size + (q.isZero(s.c) ? 0 : 1) < 2) return null;
  const terms: [Node | null, Q][] = termsWithConst(s);
  const forms = terms.map(([m]) => (m ? cn.prodOf(m).f : new Map<Node, Exp>()));
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
    const p: Prod = { coef: c, f: new Map(mono ? cn.prodOf(mono).f : []) };
    for (const [b, e] of common)
      p.f.set(b, cn.expAdd(p.f.get(b) ?? q.ZERO, isQ(e) ? q.neg(e) : cn.expScale(e, q.MINUS_ONE)));
    addInto(inner, cn.sumOf(cn.finishProd(p, false)), q.ONE);
  }
  // An all-minus inner sum gives its sign to the product: -(x - 1)(x + 3), not (x - 1)(-x - 3).
  const allNeg = [...inner.t.values()].every(q.isNeg) && !q.isPositive(inner.c);
  const innerNode = cn.finishSum(allNeg ? scaleSum(inner, q.MINUS_ONE) : inner);
  const whole: Prod = { coef: allNeg ? q.MINUS_ONE : q.ONE, f: new Map(common) };
  cn.mulInto(whole, cn.prodOf(innerNode), q.ONE);
  return cn.finishProd(whole, false); // may cancel: x^2/(x^2 - 1) - 1/(x^2 - 1) = 1
}

/** 0.2x + e^u(cos(x) - x sin(x)/5): the terms sharing the most common factor grouped, the rest as they are. */
export function partialFactorForm(cn: Canon, s: Sum): Node | null {
  if (s.t.size < 3) return null;
  const count = new Map<Node, number>();
  for (const m of s.t.keys()) for (const b of cn.prodOf(m).f.keys()) count.set(b, (count.get(b) ?? 0) + 1);
  const shared = [...count].filter(([, k]) => k > 1 && k < s.t.size).sort((a, b) => b[1] - a[1]);
  let best: Node | null = null;
  for (const [base] of shared.slice(0, 2)) {
    const alt = groupedBy(cn, s, base);
    if (alt && (!best || cn.ops(alt) < cn.ops(best))) best = alt;
  }
  return best;
}

export function groupedBy(cn: Canon, s: Sum, base: Node): Node | null {
  const group = emptySum();
  const rest: Sum = { c: s.c, t: new Map() };
  for (const [m, c] of s.t) (cn.prodOf(m).f.has(base) ? group.t : rest.t).set(m, c);
  const grouped = commonFactorForm(cn, group);
  if (!grouped) return null;
  cn.remember(grouped, group);
  const restNode = cn.eager() ? cn.finishSum(rest) : cn.remember(cn.plainSum(rest), rest);
  const g = cn.prodInfo.get(grouped);
  const groupItem =
    g && q.isNeg(g.coef)
      ? { node: cn.displayProd({ coef: q.neg(g.coef), f: g.f }), neg: true }
      : { node: grouped, neg: false };
  // Whichever part does not start with a minus goes first: a - b rather than -b + a.
  if (leadsNegative(restNode) && !groupItem.neg) return chainSum([groupItem, ...cn.plainItems(rest)]);
  const items = [{ node: restNode, neg: false }, groupItem];
  return chainSum(items);
}

// ── expansion (bounded) ───────────────────────────────────────────────────────────────────────────────

/** Sum factors with small positive integer powers, multiplied out; null if none or too many terms. */
export function expandProd(cn: Canon, p: Prod): Sum | null {
  const rest: Prod = { coef: p.coef, f: new Map() };
  const sums: [Sum, number][] = [];
  let estimate = 1;
  for (const [b, e] of p.f) {
    const s = isQ(e) && q.isInt(e) && e.n > 0 && e.n <= MAX_EXPAND_POWER ? cn.sumInfo.get(b) : undefined;
    if (s && s.t.size > 0) {
      sums.push([s, (e as Q).n]);
      estimate *= Math.pow(s.t.size + (q.isZero(s.c) ? 0 : 1), (e as Q).n);
      if (estimate > MAX_TERMS) return null;
    } else rest.f.set(b, e);
  }
  if (sums.length === 0) return null;
  let acc = cn.sumOf(cn.finishProd(rest, false));
  for (const [s, k] of sums) for (let i = 0; i < k; i++) acc = mulSums(cn, acc, s);
  return acc;
}

export function expandSum(cn: Canon, s: Sum): Sum | null {
  let any = false;
  let count = 0;
  const out: Sum = { c: s.c, t: new Map() };
  for (const [m, c] of s.t) {
    const ex = expandProd(cn, { coef: c, f: cn.prodOf(m).f });
    if (ex) any = true;
    const part = ex ?? { c: q.ZERO, t: new Map([[m, c]]) };
    count += part.t.size;
    if (count > MAX_TERMS) return null;
    addInto(out, part, q.ONE);
  }
  return any ? out : null;
}

export function mulSums(cn: Canon, a: Sum, b: Sum): Sum {
  const out = emptySum();
  const ta = termsWithConst(a);
  const tb = termsWithConst(b);
  for (const [ma, ca] of ta)
    for (const [mb, cb] of tb) {
      const p: Prod = { coef: q.mul(ca, cb), f: new Map(ma ? cn.prodOf(ma).f : []) };
      if (mb) cn.mulInto(p, { coef: q.ONE, f: cn.prodOf(mb).f }, q.ONE);
      addInto(out, cn.sumOf(cn.finishProd(p, false)), q.ONE);
    }
  return out;
}

// ── cancelling polynomial factors in quotients ───────────────────────────────────────────────────────────

/** A sum as a polynomial in one variable: coefficients by power (index = power), or null. */
function univariate(cn: Canon, s: Sum): { v: Node; c: Q[] } | null {
  let v: Node | null = null;
  const c: Q[] = [s.c];
  for (const [m, k] of s.t) {
    const f = cn.prodOf(m).f;
    if (f.size !== 1) return null;
    const [b, e] = f.entries().next().value!;
    if (b.kind !== "sym" || !isQ(e) || !q.isInt(e) || e.n < 1 || e.n > MAX_DIVIDE_DEGREE) return null;
    if (v && v !== b) return null;
    v = b;
    while (c.length <= e.n) c.push(q.ZERO);
    c[e.n] = q.add(c[e.n]!, k);
  }
  return v ? { v, c } : null;
}

/** n ÷ d when it divides exactly (coefficient arrays, highest power last), else null. */
function divideExactly(n: Q[], d: Q[]): Q[] | null {
  const r = [...n];
  const dd = d.length - 1;
  if (r.length - 1 < dd) return null;
  const out: Q[] = Array.from({ length: r.length - dd }, () => q.ZERO);
  const lead = q.inv(d[dd]!);
  for (let i = r.length - 1; i >= dd; i--) {
    const t = q.mul(r[i]!, lead);
    out[i - dd] = t;
    if (q.isZero(t)) continue;
    for (let j = 0; j <= dd; j++) r[i - dd + j] = q.sub(r[i - dd + j]!, q.mul(t, d[j]!));
  }
  return r.every((x) => q.isZero(x) || (x.kind === "float" && Math.abs(q.value(x)) < 1e-12)) &&
    !out.some((x) => x.kind === "float")
    ? out
    : null;
}

/**
 * (3 - 2x - x^2)/(x - 1)^4 = (-x - 3)/(x - 1)^3: a numerator polynomial divided exactly by a denominator
 * polynomial in the same variable (what the quotient rule leaves behind). Equal wherever the input is defined.
 */
export function cancelPolynomials(cn: Canon, p: Prod): Prod | null {
  const dens = [...p.f].filter(([b, e]) => isQ(e) && q.isNeg(e) && q.isInt(e) && cn.isSumNode(b));
  if (dens.length === 0) return null;
  let changed = false;
  const out: Prod = { coef: p.coef, f: new Map(p.f) };
  for (const [nb, ne] of p.f) {
    if (!isQ(ne) || !q.isOne(ne) || !cn.isSumNode(nb)) continue;
    const num = univariate(cn, cn.sumOf(nb));
    if (!num) continue;
    let coeffs = num.c;
    for (const [db] of dens) {
      const den = univariate(cn, cn.sumOf(db));
      if (!den || den.v !== num.v) continue;
      let e = out.f.get(db) as Q;
      let quotient: Q[] | null;
      while (q.isNeg(e) && (quotient = divideExactly(coeffs, den.c))) {
        coeffs = quotient;
        e = q.add(e, q.ONE);
        changed = true;
      }
      out.f.set(db, e);
    }
    if (coeffs !== num.c) {
      const s = emptySum();
      s.c = coeffs[0]!;
      coeffs.forEach((k, i) => {
        if (i > 0 && !q.isZero(k))
          addInto(
            s,
            cn.sumOf(cn.finishProd({ coef: k, f: new Map([[num.v, q.fromNumber(i)]]) }, false)),
            q.ONE,
          );
      });
      out.f.delete(nb);
      cn.mulInto(out, cn.prodOf(cn.finishSum(s)), q.ONE);
    }
  }
  return changed ? out : null;
}
