// Minima attained on a whole set, named as a set: periodic functions of one variable (sin x: every
// x = −π/2 + 2kπ, not only the points inside the plot's window), and functions of several variables whose
// minimisers are a half-line, a line, a region or the whole plane. Found from the expression's structure, each
// with its argument written out:
//   periodic      every occurrence of x sits inside sin/cos/tan/… of a linear a·x + b, with commensurate a's:
//                 f(x + P) = f(x) for P the least common multiple of the 2π/|a| (π/|a| for tan, cot)
//   constant      every partial derivative simplifies to 0
//   separable     f is a sum of parts in disjoint variables: each part is minimised on its own (relu(x) + y²)
//   one form      the partial derivatives are proportional with constant ratios, proved by simplifying
//                 w_j ∂f/∂x_k − w_k ∂f/∂x_j to 0: f depends only on u = w·x, so minimise g(u) (|x − y|, (x + y)²)
// The one-variable method does the minimising; this module says how the answers combine and names the set.

import { apply, foldDag, mul, num, sym, topoOrder, variables, type Node } from "../expr/node.ts";
import { spec } from "../expr/ops.ts";
import { polynomialOf } from "../exact/polynomial.ts";
import { Rational } from "../exact/rational.ts";
import { simplify } from "../diff/simplify/index.ts";
import { valueAndGrad } from "../diff/autodiff.ts";
import type { Msg } from "../messages/index.ts";
import { spelled } from "./print-maths.ts";
import { minimisersOf, type Exact, type Interval, type MinimumStatus, type Point } from "./result.ts";

/** Values of one quantity (a variable, or a form x + y): a union of intervals, repeated every `period` if set. */
export interface Along {
  set: Interval[];
  period?: number;
}

/**
 * Where f attains its minimum, in several variables:
 *   everywhere  f is constant (on its domain)
 *   box         each variable on its own: null for "any value" (relu(x) + y²: x ≤ 0, y = 0)
 *   form        a condition on u = Σ coefs·x (|x − y|: x − y = 0)
 */
export type MinimumSetN =
  | { kind: "everywhere" }
  | { kind: "box"; parts: Record<string, Along | null> }
  | { kind: "form"; coefs: Record<string, number>; form: Exact; values: Along };

// ---- periodic in one variable ----

/** f's period P (as a multiple of π) when every x in f sits inside a trigonometric function of a linear argument. */
export function periodOf(node: Node, x: string): { value: number; exact: Exact } | null {
  // safe: x occurs only inside periodic functions of linear arguments (or not at all).
  const safe = new Map<Node, boolean>();
  const periods: Rational[] = []; // in units of π
  for (const n of topoOrder(node)) {
    if (n.kind === "sym") safe.set(n, n.name !== x);
    else if (n.kind !== "apply") safe.set(n, true);
    else if (spec(n.op).facts?.period !== undefined && variables(n.args[0]!).includes(x)) {
      const lin = polynomialOf(n.args[0]!, [x]);
      const a = lin.ok && lin.poly.degree() === 1 ? lin.poly.coefficient([1]) : null;
      const ok = a !== null && variables(n.args[0]!).length === 1;
      if (ok) periods.push(Rational.of(spec(n.op).facts!.period!).div(a.abs()));
      safe.set(n, ok);
    } else
      safe.set(
        n,
        n.args.every((a) => safe.get(a)),
      );
  }
  if (!safe.get(node) || periods.length === 0) return null;
  // The least common multiple of rationals p/q: lcm of the numerators over gcd of the denominators.
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  let numr = 1n;
  let den = 0n;
  for (const p of periods) {
    // p = period/|a| > 0
    numr = (numr / gcd(numr, p.n)) * p.n;
    den = gcd(den, p.d);
  }
  if (numr > 10_000n) return null;
  const k = Rational.of(numr, den);
  return { value: k.toNumber() * Math.PI, exact: piExact(k.toNumber() * Math.PI) };
}

/** A number as a simple multiple of π when it is one (−π/2, 2π, 3π/4), else as a decimal. */
export function piMaths(v: number): { pi: Rational } | { num: number } {
  const r = v / Math.PI;
  for (let d = 1; d <= 12; d++) {
    const n = Math.round(r * d);
    if (n !== 0 && Math.abs(r * d - n) <= 1e-12 * Math.max(1, Math.abs(n))) return { pi: Rational.of(n, d) };
  }
  return { num: v };
}
export const piExact = (v: number): Exact => spelled(piMaths(v));

/** The minimisers in one period, [−P/2, P/2) (shifted by whole periods), from those found in the window. */
export function onePeriod(set: readonly Interval[], period: number): Interval[] {
  const half = period / 2;
  const shift = (t: number) => t - period * Math.floor((t + half) / period + 1e-9);
  const out: Interval[] = [];
  for (const s of set) {
    if (s.lo === null || s.hi === null) continue;
    const lo = tidy(shift(s.lo));
    const hi = tidy(lo + (s.hi - s.lo));
    if (!out.some((o) => Math.abs(o.lo! - lo) < 1e-6 * (1 + Math.abs(lo))))
      out.push({ lo, hi, loClosed: s.loClosed, hiClosed: s.hiClosed });
  }
  return out.sort((a, b) => a.lo! - b.lo!);
}

/** A window's end, rounded to 9 digits, back to the multiple of π it stands for (or 0). */
function tidy(t: number): number {
  if (Math.abs(t) < 1e-7) return 0;
  const r = t / Math.PI;
  for (let d = 1; d <= 12; d++) {
    const n = Math.round(r * d);
    if (Math.abs(r * d - n) <= 1e-8 * Math.max(1, Math.abs(n))) return (n / d) * Math.PI;
  }
  return t;
}

// ---- several variables ----

/** What the one-variable method says, as far as this module needs it. */
export interface OneAnswer {
  status: MinimumStatus;
  min?: number;
  infimum?: number;
  argmin?: Point;
  argmins?: Point[];
  argminSet?: Record<string, Interval[]>;
  everyPoint?: true;
  period?: { value: number; exact: Exact };
  reasonMsg?: Msg;
}

export interface StructureN {
  status: MinimumStatus;
  min?: number;
  infimum?: number;
  argmin?: Point;
  set?: MinimumSetN;
  /** How f was taken apart: separable parts, or the one form u. */
  how:
    | { kind: "constant" }
    | { kind: "separable"; parts: Node[]; answers: OneAnswer[] }
    | { kind: "form"; form: Exact; x: string; g: Node; answer: OneAnswer };
}

const zero = (n: Node) => n.kind === "num" && n.value === 0;

/** The values of the one variable where a one-variable answer is attained; null: every value. */
function alongOf(r: OneAnswer, x: string): Along | null {
  if (r.everyPoint) return null;
  const period = r.period?.value;
  const set = minimisersOf(r, x);
  return period ? periodic(set, period) : { set };
}

/**
 * The minimisers repeated every period, from those found in the window; m evenly spaced copies of one piece per
 * period are that piece with period P/m (sin(x)²: x = kπ, not x ∈ {−π + 2kπ, 2kπ}).
 */
export function periodic(found: readonly Interval[], period: number): Along {
  const set = onePeriod(found, period);
  const m = set.length;
  // onePeriod keeps only finite pieces, so every end here is a number.
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * (1 + Math.abs(a));
  const evenly =
    m >= 2 &&
    set.every(
      (s, i) =>
        near(s.lo!, set[0]!.lo! + (i * period) / m) &&
        near(s.hi! - s.lo!, set[0]!.hi! - set[0]!.lo!) &&
        s.loClosed === set[0]!.loClosed &&
        s.hiClosed === set[0]!.hiClosed,
    );
  return evenly ? { set: onePeriod([set[0]!], period / m), period: period / m } : { set, period };
}

/**
 * f's minimum from its structure (constant, separable, one form), or null when none applies. `solve1` is the
 * one-variable calculus method; `derivatives` the simplified partial derivatives of f.
 */
export function structureN(
  node: Node,
  vars: readonly string[],
  derivatives: readonly Node[],
  solve1: (n: Node) => OneAnswer,
): StructureN | null {
  if (derivatives.every(zero)) return constantN(node, vars);
  return separable(node, vars, solve1) ?? oneForm(node, vars, derivatives, solve1);
}

function constantN(node: Node, vars: readonly string[]): StructureN | null {
  // A point where f is defined: the origin, or near it (x/x + y − y is not defined at 0).
  for (const t of [0, 0.5, 1]) {
    const at = Object.fromEntries(vars.map((v) => [v, t]));
    let f = NaN;
    try {
      f = valueAndGrad(node, at).value;
    } catch {
      continue;
    }
    if (Number.isFinite(f))
      return {
        status: "minimum",
        min: f,
        argmin: at,
        set: { kind: "everywhere" },
        how: { kind: "constant" },
      };
  }
  return null;
}

/** The terms of a + − chain, each with its sign folded in. */
function terms(node: Node): Node[] {
  const out: Node[] = [];
  const stack: [Node, boolean][] = [[node, false]];
  while (stack.length > 0) {
    const [n, negated] = stack.pop()!;
    if (n.kind === "apply" && (n.op === "add" || n.op === "sub")) {
      stack.push([n.args[1]!, n.op === "sub" ? !negated : negated], [n.args[0]!, negated]);
    } else if (n.kind === "apply" && n.op === "neg") stack.push([n.args[0]!, !negated]);
    else out.push(negated ? apply("neg", [n]) : n);
  }
  return out;
}

function separable(node: Node, vars: readonly string[], solve1: (n: Node) => OneAnswer): StructureN | null {
  // Group the terms by their variable; a term in two variables (x·y) joins them into a part the one-variable method
  // cannot take, so only parts in one variable each (for now).
  const groups = new Map<string, Node[]>();
  let constant: Node | null = null;
  for (const t of terms(node)) {
    const vs = variables(t);
    if (vs.length > 1) return null;
    if (vs.length === 0) constant = constant ? apply("add", [constant, t]) : t;
    else groups.set(vs[0]!, [...(groups.get(vs[0]!) ?? []), t]);
  }
  if (groups.size < 2) return null;
  const parts = [...groups.values()].map((g) => g.reduce((a, b) => apply("add", [a, b])));
  if (constant) parts[0] = apply("add", [parts[0]!, constant]);
  const answers = parts.map((p) => ({ p, vs: variables(p), r: solve1(p) }));
  const how = { kind: "separable" as const, parts, answers: answers.map((a) => a.r) };
  if (answers.some((a) => a.r.status === "unbounded")) return { status: "unbounded", how };
  if (answers.some((a) => a.r.status === "unsupported")) return null;
  const low = (a: OneAnswer) => (a.status === "minimum" ? a.min! : a.infimum!);
  const total = answers.reduce((s, a) => s + low(a.r), 0);
  if (answers.some((a) => a.r.status === "no-minimum")) return { status: "no-minimum", infimum: total, how };
  const box: Record<string, Along | null> = {};
  const argmin: Point = {};
  for (const { vs, r } of answers) {
    box[vs[0]!] = alongOf(r, vs[0]!);
    argmin[vs[0]!] = r.argmin![vs[0]!]!;
  }
  const set: MinimumSetN = Object.values(box).every((b) => b === null)
    ? { kind: "everywhere" }
    : { kind: "box", parts: box };
  return { status: "minimum", min: total, argmin, set, how };
}

/** Rational numbers with small denominators, else null. */
function small(v: number): Rational | null {
  for (let d = 1; d <= 12; d++) {
    const n = Math.round(v * d);
    if (Math.abs(v * d - n) <= 1e-9 * (1 + Math.abs(n))) return Rational.of(n, d);
  }
  return null;
}

function oneForm(
  node: Node,
  vars: readonly string[],
  derivatives: readonly Node[],
  solve1: (n: Node) => OneAnswer,
): StructureN | null {
  // The direction w from the gradient at a few points; proved below, so the points only have to be generic.
  let w: Rational[] | null = null;
  for (const t of [0.37, 1.3, -0.71, 2.9, -2.3]) {
    let g: Record<string, number>;
    try {
      g = valueAndGrad(node, Object.fromEntries(vars.map((v, i) => [v, t * (1 + 0.13 * i)]))).grad;
    } catch {
      continue;
    }
    const k = vars.findIndex((v) => Math.abs(g[v] ?? 0) > 1e-9);
    if (k < 0 || !vars.every((v) => Number.isFinite(g[v]))) continue;
    const ws = vars.map((v) => small(g[v]! / g[vars[k]!]!));
    if (ws.some((r) => r === null)) return null;
    w = ws as Rational[];
    break;
  }
  if (!w) return null;
  const k = w.findIndex((r) => !r.isZero());
  if (w.filter((r) => !r.isZero()).length < 2) return null; // f of one variable only: the others are free
  // Proof: w_j ∂f/∂x_k − w_k ∂f/∂x_j simplifies to 0 for every j (w_k = 1, so j = k is 1·∂f/∂x_k − ∂f/∂x_k).
  const q = (r: Rational) => num(r.toNumber());
  for (let j = 0; j < vars.length; j++) {
    const diff = simplify(apply("sub", [mul(q(w[j]!), derivatives[k]!), derivatives[j]!]));
    if (!zero(diff)) return null;
  }
  // g(t) = f with x_k = t and the others 0: f = g(w·x).
  const xk = vars[k]!;
  const g = simplify(substitute(node, (s) => (s === xk ? sym(xk) : vars.includes(s) ? num(0) : null)));
  const formNode = simplify(
    vars.reduce<Node>(
      (acc, v, i) => (w![i]!.isZero() ? acc : apply("add", [acc, mul(q(w![i]!), sym(v))])),
      num(0),
    ),
  );
  const form = spelled({ node: formNode });
  const r = solve1(g);
  const how = { kind: "form" as const, form, x: xk, g, answer: r };
  if (r.status !== "minimum") return r.status === "unsupported" ? null : { ...pick(r), how };
  const values = alongOf(r, xk);
  const argmin = Object.fromEntries(vars.map((v) => [v, v === xk ? r.argmin![xk]! : 0]));
  if (!values) return { status: "minimum", min: r.min!, argmin, set: { kind: "everywhere" }, how };
  const coefs = Object.fromEntries(vars.map((v, i) => [v, w![i]!.toNumber()]));
  return { status: "minimum", min: r.min!, argmin, set: { kind: "form", coefs, form, values }, how };
}

const pick = (r: OneAnswer) => ({
  status: r.status,
  ...(r.infimum !== undefined ? { infimum: r.infimum } : {}),
});

/** node with each variable replaced where `to` gives a node. */
function substitute(node: Node, to: (name: string) => Node | null): Node {
  return foldDag<Node>(node, (n, get) =>
    n.kind === "sym" ? (to(n.name) ?? n) : n.kind === "apply" ? apply(n.op, n.args.map(get)) : n,
  );
}

// ---- distance to a set (the comparison's: gradient descent may end anywhere in it) ----

/** The nearest value to t among the values (repeated every period). */
function nearestValue(t: number, a: Along): number {
  // The copy in t's period and its two neighbours.
  const around = (c: number, P: number) => [c - P, c, c + P];
  const shifts = a.period ? around(a.period * Math.round(t / a.period), a.period) : [0];
  let best = NaN;
  for (const s of shifts) {
    for (const iv of a.set) {
      const lo = iv.lo === null ? -Infinity : iv.lo + s;
      const hi = iv.hi === null ? Infinity : iv.hi + s;
      const c = Math.min(Math.max(t, lo), hi);
      if (Number.isNaN(best) || Math.abs(c - t) < Math.abs(best - t)) best = c;
    }
  }
  return best;
}

/** The point of the set nearest p (vars in order) and its distance. */
export function nearestInSet(
  p: readonly number[],
  vars: readonly string[],
  set: MinimumSetN,
): { at: number[]; d: number } {
  if (set.kind === "everywhere") return { at: [...p], d: 0 };
  if (set.kind === "box") {
    const at = vars.map((v, i) => {
      const a = set.parts[v];
      return a ? nearestValue(p[i]!, a) : p[i]!;
    });
    return { at, d: Math.hypot(...at.map((a, i) => a - p[i]!)) };
  }
  const w = vars.map((v) => set.coefs[v] ?? 0);
  const s = w.reduce((acc, wi, i) => acc + wi * p[i]!, 0);
  const u = nearestValue(s, set.values);
  const ww = w.reduce((acc, wi) => acc + wi * wi, 0);
  const at = p.map((pi, i) => pi + ((u - s) * w[i]!) / ww);
  return { at, d: Math.abs(u - s) / Math.sqrt(ww) };
}
