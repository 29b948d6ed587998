// Polynomials with exact rational coefficients in named variables: the algebra under the closed form and the
// exact root finder. An expression is read as a polynomial only when that is exactly true (num, variables,
// + − ×, division by a non-zero constant, non-negative integer powers); otherwise the answer says why not.

import { add, div, mul, neg, num, pow, sub, sym, topoOrder, type Node } from "../expr/node.ts";
import { Rational } from "./rational.ts";
import { identifierLatex } from "../expr/print-latex.ts";
import { msg, say, type Msg } from "../messages/index.ts";

/** Exponent vector, one entry per variable of the polynomial, joined as the map key ("2,0"). */
type Key = string;

// Guards against (x + y)^1000 exploding: far beyond anything a lesson shows, and the reason says so.
export const MAX_DEGREE = 200;
const MAX_TERMS = 20_000;

export class Poly {
  readonly vars: readonly string[];
  /** Only non-zero coefficients are stored. */
  readonly terms: ReadonlyMap<Key, Rational>;

  constructor(vars: readonly string[], terms: ReadonlyMap<Key, Rational>) {
    this.vars = vars;
    this.terms = terms;
  }

  static constant(vars: readonly string[], c: Rational): Poly {
    const m = new Map<Key, Rational>();
    if (!c.isZero()) m.set(vars.map(() => 0).join(","), c);
    return new Poly(vars, m);
  }

  static variable(vars: readonly string[], v: string): Poly {
    const e = vars.map((w) => (w === v ? 1 : 0));
    return new Poly(vars, new Map([[e.join(","), Rational.one]]));
  }

  /** Build from [exponents, coefficient] pairs; like terms are summed. */
  static fromTerms(vars: readonly string[], terms: Iterable<readonly [readonly number[], Rational]>): Poly {
    const m = new Map<Key, Rational>();
    for (const [e, c] of terms) addInto(m, e.join(","), c);
    return new Poly(vars, m);
  }

  /** Terms as exponent vectors, highest total degree first, then by the variable order (x before y). */
  entries(): Array<[number[], Rational]> {
    return this.#sorted().map(([e, c]) => [[...e], c]);
  }

  /** The terms parsed and in order once, with each coefficient as a float too: a Poly never changes, and the
   *  calculus evaluates one at hundreds of points (the leading form in every direction). */
  #parsed: ReadonlyArray<readonly [readonly number[], Rational, number]> | undefined;
  #sorted(): ReadonlyArray<readonly [readonly number[], Rational, number]> {
    return (this.#parsed ??= [...this.terms]
      .map(([k, c]) => [k === "" ? [] : k.split(",").map(Number), c, c.toNumber()] as const)
      .sort(([a], [b]) => total(b) - total(a) || lexDesc(a, b)));
  }

  isZero(): boolean {
    return this.terms.size === 0;
  }

  /** Total degree; the zero polynomial has degree −Infinity, a non-zero constant 0. */
  degree(): number {
    let d = -Infinity;
    for (const k of this.terms.keys()) d = Math.max(d, total(parseKey(k)));
    return d;
  }

  /** Degree in one variable. */
  degreeIn(v: string): number {
    const i = this.vars.indexOf(v);
    let d = -Infinity;
    for (const k of this.terms.keys()) d = Math.max(d, i < 0 ? 0 : parseKey(k)[i]!);
    return d;
  }

  coefficient(exponents: readonly number[]): Rational {
    return this.terms.get(exponents.join(",")) ?? Rational.zero;
  }

  /** Coefficient of a monomial given by variable powers, e.g. { x: 1, y: 1 } for xy. */
  coeff(powers: Record<string, number>): Rational {
    // Own keys only: a variable named toString or constructor must not read Object.prototype's.
    return this.coefficient(this.vars.map((v) => (Object.hasOwn(powers, v) ? powers[v]! : 0)));
  }

  /** Coefficients of a one-variable polynomial, index = power (c[0] + c[1] x + …). */
  coefficients1(): Rational[] {
    const d = Math.max(0, this.degree());
    return Array.from({ length: d + 1 }, (_, k) => this.coefficient([k]));
  }

  add(o: Poly): Poly {
    const m = new Map(this.terms);
    for (const [k, c] of o.terms) addInto(m, k, c);
    return new Poly(this.vars, m);
  }
  sub(o: Poly): Poly {
    return this.add(o.scale(Rational.one.neg()));
  }
  scale(c: Rational): Poly {
    if (c.isZero()) return new Poly(this.vars, new Map());
    return new Poly(this.vars, new Map([...this.terms].map(([k, v]) => [k, v.mul(c)])));
  }
  mul(o: Poly): Poly {
    const m = new Map<Key, Rational>();
    for (const [ka, ca] of this.terms) {
      const ea = parseKey(ka);
      for (const [kb, cb] of o.terms) {
        const eb = parseKey(kb);
        addInto(m, ea.map((x, i) => x + eb[i]!).join(","), ca.mul(cb));
      }
    }
    return new Poly(this.vars, m);
  }

  /** ∂/∂v, exactly. */
  derivative(v: string): Poly {
    const i = this.vars.indexOf(v);
    const m = new Map<Key, Rational>();
    if (i < 0) return new Poly(this.vars, m);
    for (const [k, c] of this.terms) {
      const e = parseKey(k);
      const p = e[i]!;
      if (p === 0) continue;
      e[i] = p - 1;
      addInto(m, e.join(","), c.mul(Rational.of(p)));
    }
    return new Poly(this.vars, m);
  }

  /** Exact value at a rational point (missing variables are 0). */
  evalExact(at: Record<string, Rational>): Rational {
    let s = Rational.zero;
    for (const [e, c] of this.#sorted()) {
      let t = c;
      e.forEach((p, i) => {
        if (p > 0) t = t.mul((Object.hasOwn(at, this.vars[i]!) ? at[this.vars[i]!]! : Rational.zero).pow(p));
      });
      s = s.add(t);
    }
    return s;
  }

  /** Floating value at a point (missing variables are 0). */
  evaluate(at: Record<string, number>): number {
    let s = 0;
    for (const [e, , c] of this.#sorted()) {
      let t = c;
      e.forEach((p, i) => {
        if (p > 0) t *= (Object.hasOwn(at, this.vars[i]!) ? at[this.vars[i]!]! : 0) ** p;
      });
      s += t;
    }
    return s;
  }

  /** Homogeneous part of exactly this degree (the leading form when d = degree()). */
  homogeneous(d: number): Poly {
    return new Poly(this.vars, new Map([...this.terms].filter(([k]) => total(parseKey(k)) === d)));
  }

  /** Back to an expression node: descending powers, integer or p/q coefficients, `-` instead of `+ -`. */
  toNode(): Node {
    const parts = this.entries().map(([e, c]) => ({ c, body: monomialNode(this.vars, e) }));
    if (parts.length === 0) return num(0);
    let out: Node | null = null;
    for (const { c, body } of parts) {
      const mag = c.abs();
      const coefNode = ratNode(mag);
      const term = body === null ? coefNode : mag.isOne() ? body : mul(coefNode, body);
      if (out === null) out = c.sign() < 0 ? neg(term) : term;
      else out = c.sign() < 0 ? sub(out, term) : add(out, term);
    }
    return out!;
  }

  toText(): string {
    return joinTerms(
      this.entries().map(([e, c]) => ({ coef: c, body: monomialText(this.vars, e) })),
      "text",
    );
  }

  toLatex(): string {
    return joinTerms(
      this.entries().map(([e, c]) => ({ coef: c, body: monomialLatex(this.vars, e) })),
      "latex",
    );
  }
}

export type PolyResult = { ok: true; poly: Poly } | { ok: false; reason: string; reasonMsg: Msg };

const FN_WORDS: Record<string, Msg> = { sqrt: msg("poly.sqrt"), abs: msg("poly.abs") };

/**
 * Read an expression as a polynomial in `vars` with rational coefficients. The reason, when it is not one, completes
 * a sentence such as "completing the square applies to polynomials; this has sin".
 */
export function polynomialOf(root: Node, vars: readonly string[]): PolyResult {
  const memo = new Map<Node, Poly>();
  for (const n of topoOrder(root)) {
    let p: Poly | Msg;
    switch (n.kind) {
      case "num": {
        const r = Rational.fromNumber(n.value);
        p = r ? Poly.constant(vars, r) : msg("poly.notFinite");
        break;
      }
      case "sym":
        p = vars.includes(n.name) ? Poly.variable(vars, n.name) : msg("poly.unknownVar", { name: n.name });
        break;
      case "const":
        p = msg("poly.constant", { name: n.name === "pi" ? "π" : "e" });
        break;
      case "apply": {
        const a = memo.get(n.args[0]!)!;
        const b = n.args.length > 1 ? memo.get(n.args[1]!)! : undefined;
        p = applyOp(n.op, a, b, vars);
        break;
      }
    }
    if (!(p instanceof Poly)) return { ok: false, reason: say(p), reasonMsg: p };
    if (p.terms.size > MAX_TERMS) {
      const m = msg("poly.tooManyTerms", { n: String(MAX_TERMS) });
      return { ok: false, reason: say(m), reasonMsg: m };
    }
    memo.set(n, p);
  }
  return { ok: true, poly: memo.get(root)! };
}

function applyOp(op: string, a: Poly, b: Poly | undefined, vars: readonly string[]): Poly | Msg {
  const tooHigh = () => msg("poly.degree", { n: String(MAX_DEGREE) });
  switch (op) {
    case "add":
      return a.add(b!);
    case "sub":
      return a.sub(b!);
    case "mul": {
      if (a.degree() + b!.degree() > MAX_DEGREE) return tooHigh();
      return a.mul(b!);
    }
    case "neg":
      return a.scale(Rational.one.neg());
    case "div": {
      if (b!.degree() > 0) return msg("poly.rationalFunction");
      const c = b!.coefficient(vars.map(() => 0));
      if (c.isZero()) return msg("poly.divZero");
      return a.scale(c.inv());
    }
    case "pow": {
      if (b!.degree() > 0) return msg("poly.varExponent");
      const k = b!.coefficient(vars.map(() => 0));
      if (!k.isInteger() || k.sign() < 0) {
        if (a.degree() <= 0 && k.isInteger()) {
          const base = a.coefficient(vars.map(() => 0));
          return base.isZero() ? msg("poly.divZero") : Poly.constant(vars, base.pow(Number(k.n)));
        }
        return k.isInteger() ? msg("poly.negativePower") : msg("poly.fractionalPower");
      }
      const e = Number(k.n);
      if (a.degree() * e > MAX_DEGREE) return tooHigh();
      let r = Poly.constant(vars, Rational.one);
      for (let i = 0; i < e; i++) r = r.mul(a);
      return r;
    }
    default:
      return FN_WORDS[op] ?? msg("poly.fn", { op });
  }
}

function addInto(m: Map<Key, Rational>, k: Key, c: Rational) {
  const s = (m.get(k) ?? Rational.zero).add(c);
  if (s.isZero()) m.delete(k);
  else m.set(k, s);
}

const parseKey = (k: Key): number[] => (k === "" ? [] : k.split(",").map(Number));
const total = (e: readonly number[]) => e.reduce((s, x) => s + x, 0);
function lexDesc(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/** p/q as a node: num for integers, div(num, num) otherwise, so 1/3 stays exact. */
export function ratNode(r: Rational): Node {
  const n = num(Number(r.abs().n));
  const node = r.isInteger() ? n : div(n, num(Number(r.d)));
  return r.sign() < 0 ? neg(node) : node;
}

function monomialNode(vars: readonly string[], e: readonly number[]): Node | null {
  let out: Node | null = null;
  e.forEach((p, i) => {
    if (p === 0) return;
    const f = p === 1 ? sym(vars[i]!) : pow(sym(vars[i]!), num(p));
    out = out === null ? f : mul(out, f);
  });
  return out;
}

// ---- printing: shared by polynomials and by the closed form's sums of squares ----

/** A variable name in LaTeX, exactly as the expression printer writes it: theta → \\theta, w_1 → w_{1}. */
export const varLatex = identifierLatex;

function monomialText(vars: readonly string[], e: readonly number[]): string | null {
  const f = e.flatMap((p, i) => (p === 0 ? [] : [p === 1 ? vars[i]! : `${vars[i]}^${p}`]));
  return f.length ? f.join(" ") : null;
}

function monomialLatex(vars: readonly string[], e: readonly number[]): string | null {
  let out = "";
  e.forEach((p, i) => {
    if (p === 0) return;
    const v = varLatex(vars[i]!);
    // A space keeps \theta x from reading as the command \thetax.
    if (/\\[a-zA-Z]+$/.test(out) && /^[a-zA-Z]/.test(v)) out += " ";
    out += p === 1 ? v : p < 10 ? `${v}^${p}` : `${v}^{${p}}`;
  });
  return out === "" ? null : out;
}

export interface SignedTerm {
  coef: Rational;
  /** Printed factor multiplied by the coefficient; null for a constant term. */
  body: string | null;
}

/** Join c1·b1 + c2·b2 + … as a teacher writes it: no `1x`, no `+ -`, fractions as (1/2)x or \frac{1}{2}x. */
export function joinTerms(terms: readonly SignedTerm[], mode: "text" | "latex"): string {
  let out = "";
  for (const { coef, body } of terms) {
    if (coef.isZero()) continue;
    const mag = coef.abs();
    let t: string;
    if (body === null) t = mode === "text" ? mag.toText() : mag.toLatex();
    else if (mag.isOne()) t = body;
    // 2x, 2(x - 1)^2, but 2 e1 (2e1 would read as the number 20).
    else if (mag.isInteger()) {
      const glue =
        mode === "text" && /^[eE]/.test(body)
          ? " "
          : mode === "latex" || /^[a-zA-Z(\\]/.test(body)
            ? ""
            : "*";
      t = `${mode === "text" ? mag.toText() : mag.toLatex()}${glue}${body}`;
    } else t = mode === "text" ? `(${mag.toText()})${body}` : `${mag.toLatex()}${body}`;
    if (out === "") out = coef.sign() < 0 ? `-${t}` : t;
    else out += coef.sign() < 0 ? ` - ${t}` : ` + ${t}`;
  }
  return out === "" ? "0" : out;
}
