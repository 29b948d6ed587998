// The numerical half of the calculus method: scanning for sign changes of f′, safeguarded Newton/bisection,
// Newton on ∇f from a grid of starts, Hessian classification, and the limits (at ±∞, along rays, at poles and at
// domain edges) that decide between "minimum", "unbounded" and "no-minimum".

import type { Node } from "./node.ts";
import { compile, evaluate } from "./autodiff.ts";
import { closedForm } from "./closed-form.ts";
import { Poly } from "./polynomial.ts";
import { Rational } from "./rational.ts";
import { fmt, type Exact, type MinimumStatus, type Point, type Step } from "./method-result.ts";

/** f as a plain function; NaN outside the domain (evaluate throws there). */
export function evaluator(node: Node): (p: Point) => number {
  return (p) => {
    try {
      const v = evaluate(node, p);
      return Number.isFinite(v) ? v : NaN;
    } catch {
      return NaN;
    }
  };
}

/** A value f actually takes: a local minimum, or a domain end point. */
export interface Candidate {
  x: Point;
  f: number;
  exactF?: Exact;
  what: string;
}

/** A value f approaches without (necessarily) reaching it: −∞, a finite bound, or +∞. */
export interface Limit {
  value: number;
  where: string;
  /** A complete sentence to use instead of "f → −∞ <where>" (the closed form's reasoning for quadratics). */
  reason?: string;
}

export interface Decision {
  status: MinimumStatus;
  argmin?: Point;
  /** Every global minimiser found (x⁴ − 2x² has two), argmin first. */
  argmins?: Point[];
  min?: number;
  exactF?: Exact;
  infimum?: number;
  reason: string;
  latex: string;
}

/** The global answer from what f takes (candidates) and what it approaches (limits). */
export function decide(candidates: Candidate[], limits: Limit[], extra: Candidate[] = []): Decision {
  const all = [...candidates, ...extra];
  const localWords = candidates.length
    ? ` (local minima: ${candidates
        .slice(0, 3)
        .map((c) => `${c.what.replace(/ \(a local minimum\)$/, "")}, f = ${fmt(c.f)}`)
        .join("; ")}${candidates.length > 3 ? "; …" : ""})`
    : "";
  const down = limits.find((l) => l.value === -Infinity);
  if (down)
    return {
      status: "unbounded",
      reason: `${down.reason ?? `f → −∞ ${down.where}, so f is unbounded below and has no minimum`}${localWords}`,
      latex: `f \\to -\\infty`,
    };
  const finite = limits.filter((l) => Number.isFinite(l.value));
  const inf = finite.reduce<Limit | null>((m, l) => (m === null || l.value < m.value ? l : m), null);
  const best = all.reduce<Candidate | null>((b, c) => {
    if (b === null) return c;
    const tol = 1e-9 * (1 + Math.abs(b.f));
    if (c.f < b.f - tol) return c;
    if (c.f > b.f + tol) return b;
    const n = (p: Point) => Object.values(p).reduce((s, v) => s + v * v, 0);
    return n(c.x) < n(b.x) ? c : b;
  }, null);
  if (best && (inf === null || best.f <= inf.value + 1e-9 * (1 + Math.abs(inf.value)))) {
    const ends = inf ? `; f only approaches ${fmt(inf.value)} ${inf.where}` : "";
    const ties = all.filter((c) => c !== best && Math.abs(c.f - best.f) <= 1e-9 * (1 + Math.abs(best.f)));
    return {
      status: "minimum",
      argmin: best.x,
      argmins: [best.x, ...ties.map((c) => c.x)],
      min: best.f,
      exactF: best.exactF,
      reason: `the lowest value f takes is ${best.exactF?.text ?? fmt(best.f)}, at ${best.what}${ends}`,
      latex: `\\min f = ${best.exactF?.latex ?? fmt(best.f)}`,
    };
  }
  if (inf)
    return {
      status: "no-minimum",
      infimum: inf.value,
      reason: `f approaches ${fmt(inf.value)} ${inf.where} but never reaches it${best ? `, and every critical point is higher` : ", and there is no local minimum"}: bounded below, no minimum${localWords}`,
      latex: `\\inf f = ${fmt(inf.value)} \\text{ (not attained)}`,
    };
  return {
    status: "unsupported",
    reason: "no minimum and no lower bound were found in the range searched (f may be undefined there)",
    latex: `\\text{undecided}`,
  };
}

// ---- limits from a sequence of values approaching a point or infinity ----

/** −∞, +∞, an estimate of a finite limit, or NaN when the values oscillate without a trend. */
export function trend(values: readonly number[]): number {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return NaN;
  const last = v[v.length - 1]!;
  // Values that stop being finite part way (exp overflowing) mean a blow-up in the sign of the last good one.
  const brokeOff = !Number.isFinite(values[values.length - 1]!);
  if (brokeOff && Math.abs(last) > 1e30) return last > 0 ? Infinity : -Infinity;
  if (v.length < 4) return Math.abs(last) > 1e8 ? (last > 0 ? Infinity : -Infinity) : snap(last);
  const all = v.map((x, i) => (i === 0 ? 0 : x - v[i - 1]!)).slice(1);
  const signs = all.filter((x, i) => Math.abs(x) > 1e-12 * (1 + Math.abs(v[i + 1]!))).map(Math.sign);
  const turns = signs.filter((x, i) => i > 0 && x !== signs[i - 1]).length;
  const d = all.slice(-3);
  // Oscillating (sin x, x·sin x): no limit; only a falling envelope matters.
  if (turns >= 2) return Math.min(...v) < -1e6 ? -Infinity : NaN;
  if (Math.abs(last) > 1e12) return last > 0 ? Infinity : -Infinity;
  const [d1, d2, d3] = d.slice(-3) as [number, number, number];
  if (Math.abs(d3) <= 1e-9 * (1 + Math.abs(last))) return snap(last);
  const steady = Math.abs(d3) >= 0.8 * Math.abs(d2) && Math.abs(d2) >= 0.8 * Math.abs(d1);
  const shrinking = Math.abs(d3) < 0.8 * Math.abs(d2) && Math.abs(d2) < 0.8 * Math.abs(d1);
  if (d1 < 0 && d2 < 0 && d3 < 0 && steady) return -Infinity;
  if (d1 > 0 && d2 > 0 && d3 > 0 && steady) return Infinity;
  return shrinking ? snap(last) : NaN;
}

/** A limit estimate of 1e-30 is 0. */
const snap = (x: number) => (Math.abs(x) < 1e-12 ? 0 : x);

// ---- one variable ----

export interface Scan1 {
  roots: number[];
  endpoints: Candidate[];
  limits: Limit[];
  range: string;
}

const SAMPLES = 4000;
const MAX_EVENTS = 400;

/** Critical points by sign changes of f′ on [−L, L] (widened while the lowest sample sits at an edge). */
export function scan1(node: Node, d1: Node, x: string): Scan1 {
  // Compiled tapes: the scan evaluates f and f′ some ten thousand times.
  const fTape = compile(node, [x]);
  const gTape = compile(d1, [x]);
  const arg = [0];
  const finite = (v: number) => (Number.isFinite(v) ? v : NaN);
  const f = (t: number) => ((arg[0] = t), finite(fTape.value(arg)));
  const g = (t: number) => ((arg[0] = t), finite(gTape.value(arg)));
  const limits: Limit[] = [];
  for (const s of [-1, 1]) {
    const seq = Array.from({ length: 29 }, (_, k) => f(s * 10 ** ((k + 2) / 2)));
    const t = trend(seq);
    if (!Number.isNaN(t)) limits.push({ value: t, where: `as ${x} → ${s < 0 ? "−∞" : "+∞"}` });
  }
  let L = 50;
  for (;;) {
    const xs = Array.from({ length: SAMPLES + 1 }, (_, i) => -L + (2 * L * i) / SAMPLES);
    const fs = xs.map(f);
    const gs = xs.map(g);
    // Widen only when an end of the grid is strictly lower than everything inside it.
    let inner = Infinity;
    for (let i = 1; i < SAMPLES; i++) if (fs[i]! < inner) inner = fs[i]!;
    const edge = fs[0]! < inner && !(fs[SAMPLES]! < fs[0]!) ? -1 : fs[SAMPLES]! < inner ? 1 : 0;
    const edgeLimit = limits.find((l) => l.where.endsWith(edge < 0 ? "−∞" : "+∞"));
    if (edge !== 0 && L < 5e4 && edgeLimit?.value !== -Infinity) {
      L *= 10;
      continue;
    }
    const roots: number[] = [];
    const endpoints: Candidate[] = [];
    // Sign changes and domain edges are refined nearest the origin first: rapid oscillation far out (csc of a
    // quadratic) could mean thousands of them, and only the first MAX_EVENTS are worked out.
    const events: Array<{ i: number; kind: "edge" | "slope" | "sign" }> = [];
    const gmax = gs.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
    let i = 0;
    while (i < SAMPLES) {
      const okA = Number.isFinite(fs[i]!);
      const okB = Number.isFinite(fs[i + 1]!);
      if (okA !== okB) events.push({ i, kind: "edge" });
      else if (okA && gs[i] === 0) {
        // A run of exact zeros: a flat stretch (relu on x < 0) when f′ next to it is of normal size, but only
        // f′ underflowing (exp(x) at x = −750, 1 − tanh² far out) when it is tiny there: then the limits decide.
        let j = i;
        while (j + 1 <= SAMPLES && gs[j + 1] === 0) j++;
        // A stretch running off the grid is treated as underflow too (tanh far out is exactly ±1 in floats).
        const edge = Math.max(Math.abs(gs[i - 1] ?? 0), Math.abs(gs[j + 1] ?? 0));
        if (i > 0 && j < SAMPLES && (j === i ? edge > 0 : edge > 1e-6 * gmax)) {
          let best = i;
          for (let k = i; k <= j; k++) if (Math.abs(xs[k]!) < Math.abs(xs[best]!)) best = k;
          roots.push(xs[best]!);
        }
        i = j + 1;
        continue;
      } else if (okA && okB && !Number.isFinite(gs[i]!) && i > 0 && Number.isFinite(fs[i - 1]!)) {
        // f is defined here but f′ is not (√|x| at 0): a candidate like any critical point.
        roots.push(xs[i]!);
      } else if (
        okA &&
        Number.isFinite(gs[i]!) &&
        Number.isFinite(gs[i + 1]!) &&
        gs[i + 1] !== 0 &&
        gs[i]! * gs[i + 1]! < 0
      )
        events.push({ i, kind: "slope" });
      // f changes sign: through zero, or through a pole (1/x, tan x)?
      if (okA && okB && fs[i]! * fs[i + 1]! < 0) events.push({ i, kind: "sign" });
      i++;
    }
    const mid = (k: number) => Math.abs(xs[k]! + xs[k + 1]!);
    events.sort((p, q) => mid(p.i) - mid(q.i));
    for (const { i: k, kind } of events.slice(0, MAX_EVENTS)) {
      const a = xs[k]!;
      const b = xs[k + 1]!;
      if (kind === "edge") domainEdge(f, a, b, Number.isFinite(fs[k]!), x, endpoints, limits);
      else if (kind === "slope") {
        const r = refine(g, a, b);
        if (continuousAt(f, r)) roots.push(r);
        else pole(f, r, x, limits);
      } else {
        const z = refine(f, a, b);
        if (!continuousAt(f, z)) pole(f, z, x, limits);
      }
    }
    roots.sort((p, q) => p - q);
    const uniq = roots.filter((r, k) => k === 0 || Math.abs(r - roots[k - 1]!) > 1e-9 * (1 + Math.abs(r)));
    return { roots: uniq.map(clean), endpoints, limits, range: `[${fmt(-L)}, ${fmt(L)}]` };
  }
}

const clean = (r: number) => (Math.abs(r) < 1e-13 ? 0 : r);

/** Root of h in [a, b] (h(a), h(b) of opposite signs): Newton by secant slopes, falling back to bisection. */
function refine(h: (t: number) => number, a: number, b: number): number {
  let lo = a;
  let hi = b;
  let hlo = h(lo);
  for (let k = 0; k < 200; k++) {
    const hhi = h(hi);
    let m =
      Number.isFinite(hlo) && Number.isFinite(hhi) && hhi !== hlo
        ? hi - (hhi * (hi - lo)) / (hhi - hlo)
        : NaN;
    // Safeguard: secant steps that leave the bracket or crawl get replaced by a bisection.
    if (!(m > lo && m < hi) || k % 3 === 2) m = (lo + hi) / 2;
    if (m === lo || m === hi) break;
    const hm = h(m);
    if (hm === 0) return m;
    if (Number.isFinite(hm) && Math.sign(hm) === Math.sign(hlo)) {
      lo = m;
      hlo = hm;
    } else hi = m;
    if (hi - lo <= 1e-15 * (1 + Math.abs(lo))) break;
  }
  return (lo + hi) / 2;
}

function continuousAt(f: (t: number) => number, r: number): boolean {
  const e = 1e-9 * (1 + Math.abs(r));
  const v = f(r);
  const l = f(r - e);
  const u = f(r + e);
  const tol = 1e-4 * (1 + Math.abs(v));
  return Number.isFinite(v) && Math.abs(l - v) < tol && Math.abs(u - v) < tol;
}

function pole(f: (t: number) => number, r: number, x: string, limits: Limit[]) {
  for (const s of [-1, 1]) {
    const seq = Array.from({ length: 10 }, (_, k) => f(r + s * 10 ** -(k + 3) * (1 + Math.abs(r))));
    const t = trend(seq);
    if (!Number.isNaN(t)) limits.push({ value: t, where: `as ${x} → ${fmt(r, 8)}${s < 0 ? "⁻" : "⁺"}` });
  }
}

/** The edge of f's domain between a and b: the value there if f has one, else the limit from inside. */
function domainEdge(
  f: (t: number) => number,
  a: number,
  b: number,
  okA: boolean,
  x: string,
  endpoints: Candidate[],
  limits: Limit[],
) {
  let good = okA ? a : b;
  let bad = okA ? b : a;
  for (let k = 0; k < 200; k++) {
    const m = (good + bad) / 2;
    if (m === good || m === bad) break;
    if (Number.isFinite(f(m))) good = m;
    else bad = m;
  }
  const s = okA ? -1 : 1; // direction into the domain
  const edge = Math.abs(good) < 1e-12 ? 0 : good;
  const seq = Array.from({ length: 10 }, (_, k) => f(edge + s * 10 ** -(k + 2) * (1 + Math.abs(edge))));
  const t = trend([...seq, f(good)]);
  if (t === -Infinity || t === Infinity)
    limits.push({ value: t, where: `as ${x} → ${fmt(edge, 8)} (the edge of the domain)` });
  else if (Number.isFinite(f(edge)))
    endpoints.push({ x: { [x]: edge }, f: f(edge), what: `${x} = ${fmt(edge, 8)} (the edge of the domain)` });
  else if (Number.isFinite(t))
    limits.push({ value: t, where: `as ${x} → ${fmt(edge, 8)} (the edge of the domain)` });
}

/** f″ = 0 (or undefined): compare f with its neighbours instead. */
export function neighbourTest1(
  f: (p: Point) => number,
  r: number,
  x: string,
  fv: number,
): "minimum" | "maximum" | "saddle" | "inconclusive" {
  for (const d of [1e-3, 1e-4, 1e-5]) {
    const e = d * (1 + Math.abs(r));
    const l = f({ [x]: r - e }) - fv;
    const u = f({ [x]: r + e }) - fv;
    if (!Number.isFinite(l) || !Number.isFinite(u)) continue;
    if (l > 0 && u > 0) return "minimum";
    if (l < 0 && u < 0) return "maximum";
    if ((l < 0 && u > 0) || (l > 0 && u < 0)) return "saddle";
    if (l >= 0 && u >= 0 && (l > 0 || u > 0)) return "minimum";
    if (l <= 0 && u <= 0 && (l < 0 || u < 0)) return "maximum";
  }
  // Flat on both sides (a constant stretch): no neighbouring value is lower, a (non-strict) minimum.
  return "minimum";
}

// ---- several variables ----

export interface SolvedGradient {
  points: Array<{ x: Point; exact?: Exact; fExact?: Exact }>;
  notes: Step[];
  /** Set when the global behaviour is already known (quadratics). */
  globalLimits?: Limit[];
  extraCandidates?: Candidate[];
  /** The lowest sampled points, as extra bases for the rays that look far out. */
  lowPoints?: Point[];
}

export function solveGradient(
  node: Node,
  grad: readonly Node[],
  H: readonly (readonly Node[])[],
  vars: readonly string[],
  poly: Poly | null,
): SolvedGradient {
  if (poly && poly.degree() <= 2) return linearGradient(node, poly, vars);
  // Compiled tapes: ∇f from f's tape, and row i of the Hessian as the gradient of ∂f/∂x_i.
  const n = vars.length;
  const fTape = compile(node, vars);
  const rows = grad.map((g) => compile(g, vars));
  const buf = new Float64Array(n);
  const gradAt = (p: readonly number[]) =>
    Number.isFinite(fTape.valueAndGrad(p, buf)) ? [...buf] : p.map(() => NaN);
  const hessAt = (p: readonly number[]) =>
    rows.map((r) => (Number.isFinite(r.valueAndGrad(p, buf)) ? [...buf] : p.map(() => NaN)));
  const f = evaluator(node);
  const starts: number[][] = [];
  const per = n === 2 ? 11 : n === 3 ? 5 : 3;
  const R = n === 2 ? 5 : 4;
  const total = per ** n;
  for (let k = 0; k < Math.min(total, 400); k++) {
    const p: number[] = [];
    let r = k;
    for (let i = 0; i < n; i++) {
      p.push(-R + (2 * R * (r % per)) / (per - 1));
      r = Math.floor(r / per);
    }
    starts.push(p);
  }
  const toPoint = (p: readonly number[]): Point => Object.fromEntries(vars.map((v, i) => [v, p[i]!]));
  // The lowest grid samples as extra starts, so a minimum between grid points is not missed.
  const lows = starts
    .map((p) => ({ p, v: f(toPoint(p)) }))
    .filter((s) => Number.isFinite(s.v))
    .sort((a, b) => a.v - b.v)
    .slice(0, 5);
  const found: number[][] = [];
  for (const s of [...starts, ...lows.map((l) => l.p)]) {
    const r = newton(s, gradAt, hessAt);
    if (r && !standsOut(r, gradAt, hessAt)) continue;
    if (r) r.splice(0, n, ...tidy(r, gradAt));
    if (!r || !Number.isFinite(f(toPoint(r)))) continue;
    const c = r.map(clean);
    if (!found.some((q) => q.every((v, i) => Math.abs(v - c[i]!) <= 1e-6 * (1 + Math.abs(v))))) found.push(c);
  }
  found.sort((a, b) => {
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
  return {
    points: found.map((p) => ({ x: toPoint(p) })),
    lowPoints: lows.slice(0, 2).map((l) => toPoint(l.p)),
    notes: [
      {
        text: `Newton's method on ∇f = 0 from ${starts.length + lows.length} starting points: ${found.length} critical point${found.length === 1 ? "" : "s"}`,
        latex: `\\nabla f = 0:\\ ${found.length}\\ \\text{critical point${found.length === 1 ? "" : "s"}}`,
        note: "Solved numerically; duplicates merged.",
      },
    ],
  };
}

/**
 * Newton on ∇f = 0 with a backtracking line search on |∇f|²; null when it does not converge. Converged means the
 * Newton step itself is tiny, not just the gradient: exp(x) has a tiny gradient at x = −27 but no critical point.
 */
function newton(
  start: readonly number[],
  grad: (p: readonly number[]) => number[],
  hess: (p: readonly number[]) => number[][],
): number[] | null {
  let x = [...start];
  let g = grad(x);
  let gg = g.reduce((s, v) => s + v * v, 0);
  for (let it = 0; it < 100; it++) {
    if (!Number.isFinite(gg)) return null;
    if (gg === 0) return x;
    const d =
      solveLinear(
        hess(x),
        g.map((v) => -v),
      ) ?? g.map((v) => -v);
    const size = Math.max(...x.map(Math.abs), 1);
    const stepLen = Math.max(...d.map(Math.abs));
    if (stepLen <= 1e-10 * size && Math.sqrt(gg) < 1e-6) return x;
    let t = 1;
    let next: number[] = x;
    let ng = g;
    let ngg = Infinity;
    for (let k = 0; k < 30; k++) {
      next = x.map((v, i) => v + t * d[i]!);
      ng = grad(next);
      ngg = ng.reduce((s, v) => s + v * v, 0);
      if (Number.isFinite(ngg) && ngg < gg) break;
      t /= 2;
    }
    if (!(ngg < gg)) return stepLen <= 1e-7 * size && Math.sqrt(gg) < 1e-6 ? x : null;
    x = next;
    g = ng;
    gg = ngg;
    if (x.some((v) => Math.abs(v) > 1e6)) return null;
  }
  return null;
}

/**
 * A real critical point: either the Newton step from it is tiny (the Hessian solved without any singularity
 * cut-off), or its gradient is 0 up to rounding next to the gradient a little way off. A point where the
 * gradient is merely small (exp(x) + (x − y)² far to the left) fails both: the exact Newton step is of size 1.
 */
function standsOut(
  x: readonly number[],
  gradAt: (p: readonly number[]) => number[],
  hessAt: (p: readonly number[]) => number[][],
): boolean {
  const g0 = gradAt(x);
  const norm0 = Math.hypot(...g0);
  if (norm0 === 0) return true;
  const size = Math.max(1, ...x.map(Math.abs));
  const d = solveLinear(
    hessAt(x),
    g0.map((v) => -v),
    0,
  );
  if (d && Math.max(...d.map(Math.abs)) <= 1e-6 * size) return true;
  let around = 0;
  for (let j = 0; j < x.length; j++)
    for (const s of [1, -1]) {
      const p = [...x];
      p[j] = p[j]! + s * 1e-3 * (1 + Math.abs(p[j]!));
      const g = Math.hypot(...gradAt(p));
      if (Number.isFinite(g)) around = Math.max(around, g);
    }
  return norm0 <= 1e-13 * around;
}

/** Newton creeps towards a degenerate point (x⁴ + y⁴ at 0); snap coordinates to 0 or integers when that is no worse. */
function tidy(x: readonly number[], gradAt: (p: readonly number[]) => number[]): number[] {
  const norm = (p: readonly number[]) => Math.hypot(...gradAt(p));
  let best = [...x];
  let g = norm(best);
  for (let i = 0; i < x.length; i++) {
    const r = Math.round(x[i]!);
    if (r === x[i] || Math.abs(r - x[i]!) > 1e-6 * (1 + Math.abs(r))) continue;
    const p = [...best];
    p[i] = r;
    const gp = norm(p);
    if (gp <= g) {
      best = p;
      g = gp;
    }
  }
  return best;
}

/** Gaussian elimination with partial pivoting; null for a (numerically) singular matrix. */
export function solveLinear(
  A: readonly (readonly number[])[],
  b: readonly number[],
  rel = 1e-14,
): number[] | null {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  const scale = Math.max(1e-300, ...A.flat().map(Math.abs));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (!(Math.abs(M[p]![c]!) > rel * scale)) return null;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = M[r]![c]! / M[c]![c]!;
      for (let j = c; j <= n; j++) M[r]![j]! -= k * M[c]![j]!;
    }
  }
  const out = M.map((row, i) => row[n]! / row[i]!);
  return out.every(Number.isFinite) ? out : null;
}

/** A quadratic's gradient is linear: solve A·x = −b exactly in rationals. */
function linearGradient(node: Node, poly: Poly, vars: readonly string[]): SolvedGradient {
  const n = vars.length;
  const grads = vars.map((v) => poly.derivative(v));
  const unit = (j: number) => vars.map((_, k) => (k === j ? 1 : 0));
  const zero = vars.map(() => 0);
  const M = grads.map((g) => [...vars.map((_, j) => g.coefficient(unit(j))), g.coefficient(zero).neg()]);
  // Reduced row echelon form.
  const pivots: number[] = [];
  let row = 0;
  for (let c = 0; c < n && row < n; c++) {
    const p = M.findIndex((r, i) => i >= row && !r[c]!.isZero());
    if (p < 0) continue;
    [M[row], M[p]] = [M[p]!, M[row]!];
    const inv = M[row]![c]!.inv();
    M[row] = M[row]!.map((v) => v.mul(inv));
    for (let r = 0; r < n; r++) {
      if (r === row || M[r]![c]!.isZero()) continue;
      const k = M[r]![c]!;
      M[r] = M[r]!.map((v, j) => v.sub(k.mul(M[row]![j]!)));
    }
    pivots.push(c);
    row++;
  }
  const consistent = M.every((r) => r.slice(0, n).some((v) => !v.isZero()) || r[n]!.isZero());
  const cf = closedForm(node);
  const globalLimits: Limit[] =
    cf.status === "unbounded" ? [{ value: -Infinity, where: "", reason: cf.reason }] : [];
  if (!consistent)
    return {
      points: [],
      notes: [
        {
          text: "∇f = 0 has no solution: no critical points",
          latex: `\\nabla f \\ne 0`,
          note: "The linear system is inconsistent.",
        },
      ],
      globalLimits,
    };
  const sol: Rational[] = vars.map(() => Rational.zero);
  pivots.forEach((c, r) => (sol[c] = M[r]![n]!));
  const freeVars = vars.filter((_, j) => !pivots.includes(j));
  const at = Object.fromEntries(vars.map((v, j) => [v, sol[j]!]));
  const exact: Exact = {
    text: vars.map((v, j) => `${v} = ${sol[j]!.toText()}`).join(", "),
    latex: vars.map((v, j) => `${v} = ${sol[j]!.toLatex()}`).join(",\\ "),
  };
  const fv = poly.evalExact(at);
  return {
    points: [
      {
        x: Object.fromEntries(vars.map((v, j) => [v, sol[j]!.toNumber()])),
        exact,
        fExact: { text: fv.toText(), latex: fv.toLatex() },
      },
    ],
    notes: [
      {
        text: freeVars.length
          ? `${exact.text} (${freeVars.join(", ")} free: a whole ${freeVars.length === 1 ? "line" : "set"} of critical points)`
          : exact.text,
        latex: exact.latex,
        note: "∇f = 0 is a linear system for a quadratic; solved exactly by elimination.",
      },
    ],
    globalLimits,
  };
}

export interface HessianClass {
  kind: "minimum" | "maximum" | "saddle" | "inconclusive";
  nature: "minimum" | "maximum" | "saddle";
  reason: string;
  hessian: number[][];
}

export function classifyHessian(
  f: (p: Point) => number,
  H: readonly (readonly Node[])[],
  x: Point,
  vars: readonly string[],
): HessianClass {
  const h = H.map((row) => row.map((n) => evaluator(n)(x)));
  const n = vars.length;
  const eig = h.flat().every(Number.isFinite) ? jacobiEigenvalues(h) : null;
  const big = eig ? Math.max(1, ...eig.map(Math.abs)) : 1;
  const tol = 1e-8 * big;
  if (eig && eig.every((e) => Math.abs(e) > tol)) {
    const pos = eig.every((e) => e > 0);
    const neg = eig.every((e) => e < 0);
    const kind = pos ? "minimum" : neg ? "maximum" : "saddle";
    let reason: string;
    if (n === 2) {
      const det = h[0]![0]! * h[1]![1]! - h[0]![1]! * h[1]![0]!;
      reason =
        det < 0
          ? `det H = ${fmt(det, 6)} < 0: a saddle point`
          : `det H = ${fmt(det, 6)} > 0 and ∂²f/∂${vars[0]}² = ${fmt(h[0]![0]!, 6)} ${pos ? "> 0" : "< 0"}: a local ${kind} (Sylvester's criterion)`;
    } else
      reason = `the Hessian's eigenvalues ${eig.map((e) => fmt(e, 4)).join(", ")} are ${pos ? "all positive: a local minimum" : neg ? "all negative: a local maximum" : "of both signs: a saddle point"}`;
    return { kind, nature: kind, reason, hessian: h };
  }
  const nature = neighbourTestN(f, x, vars);
  const word =
    nature === "saddle"
      ? "some neighbouring values are lower and some higher: a saddle point"
      : `no neighbouring value is ${nature === "minimum" ? "lower" : "higher"}: a local ${nature}`;
  return {
    kind: "inconclusive",
    nature,
    reason: `the Hessian is singular there, so the test is inconclusive; ${word}`,
    hessian: h,
  };
}

function neighbourTestN(f: (p: Point) => number, x: Point, vars: readonly string[]): HessianClass["nature"] {
  const fv = f(x);
  const n = vars.length;
  const dirs: number[][] = [];
  for (let i = 0; i < n; i++) {
    dirs.push(vars.map((_, k) => (k === i ? 1 : 0)));
    for (let j = i + 1; j < n; j++)
      for (const s of [1, -1])
        dirs.push(
          vars.map((_, k) => (k === i ? 1 : k === j ? s : 0) / (k === i || k === j ? Math.SQRT2 : 1)),
        );
  }
  for (const d of [1e-3, 1e-4]) {
    let lower = false;
    let higher = false;
    for (const u of dirs)
      for (const s of [1, -1]) {
        const p = Object.fromEntries(vars.map((v, k) => [v, x[v]! + s * d * (1 + Math.abs(x[v]!)) * u[k]!]));
        const diff = f(p) - fv;
        const tol = 1e-13 * (1 + Math.abs(fv));
        if (diff < -tol) lower = true;
        if (diff > tol) higher = true;
      }
    if (lower && higher) return "saddle";
    if (higher) return "minimum";
    if (lower) return "maximum";
  }
  return "minimum"; // flat in every direction tried: nothing nearby is lower
}

/** Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations. */
export function jacobiEigenvalues(S: readonly (readonly number[])[]): number[] {
  const n = S.length;
  const a = S.map((r) => [...r]);
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i]![j]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (a[p]![q] === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
      }
  }
  return a.map((r, i) => r[i]!).sort((x, y) => x - y);
}

export function hessianLatex(h: readonly (readonly number[])[]): string {
  return `\\begin{pmatrix} ${h.map((r) => r.map((v) => fmt(v, 6)).join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;
}

/** Directions to look along: evenly spread on the circle (two variables) or a Fibonacci-like spread on the sphere. */
function directions(n: number, count: number): number[][] {
  const out: number[][] = [];
  if (n === 2) {
    for (let k = 0; k < count; k++)
      out.push(
        // Rounded so (−1, −1)/√2 has two equal components and the ray really follows x = y.
        [Math.cos((2 * Math.PI * k) / count), Math.sin((2 * Math.PI * k) / count)].map(
          (v) => Math.round(v * 1e12) / 1e12,
        ),
      );
    return out;
  }
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  for (let i = 0; i < n; i++)
    for (const s of [1, -1]) out.push(Array.from({ length: n }, (_, k) => (k === i ? s : 0)));
  while (out.length < count) {
    const u = Array.from({ length: n }, rand);
    const norm = Math.hypot(...u);
    if (norm > 1e-3) out.push(u.map((v) => v / norm));
  }
  return out;
}

/**
 * What a grid of samples shows beyond the critical points: points where f is defined but its gradient is not
 * (√(x² + y²) at the origin) are candidates, and points where f is undefined (log(x² + y²) at the origin, the
 * axes for log(x·y)) are approached from a defined neighbour to see whether f runs off to −∞ there.
 */
export function gridSingularities(
  node: Node,
  vars: readonly string[],
): { candidates: Candidate[]; limits: Limit[] } {
  const n = vars.length;
  const per = n === 2 ? 41 : n === 3 ? 9 : 0;
  const candidates: Candidate[] = [];
  const limits: Limit[] = [];
  if (per === 0) return { candidates, limits };
  const tape = compile(node, vars);
  const grad = new Float64Array(n);
  const R = 5;
  const coord = (k: number) => -R + (2 * R * k) / (per - 1);
  const pointAt = (idx: number[]) => idx.map(coord);
  const value = (p: readonly number[]) => tape.value(p);
  const label = (p: readonly number[]) => `(${p.map((v) => fmt(v, 6)).join(", ")})`;
  let probes = 0;
  for (let k = 0; k < per ** n; k++) {
    const idx: number[] = [];
    for (let i = 0, r = k; i < n; i++, r = Math.floor(r / per)) idx.push(r % per);
    const p = pointAt(idx);
    const v = tape.valueAndGrad(p, grad);
    if (Number.isFinite(value(p)) && !Number.isFinite(v)) {
      candidates.push({
        x: Object.fromEntries(vars.map((name, i) => [name, p[i]!])),
        f: value(p),
        what: `${label(p)} (f is not differentiable there)`,
      });
      continue;
    }
    if (Number.isFinite(value(p)) || probes >= 60) continue;
    // Undefined here: approach from each defined axis neighbour.
    for (let i = 0; i < n; i++)
      for (const s of [-1, 1]) {
        const q = [...p];
        q[i] = q[i]! + s * ((2 * R) / (per - 1));
        if (!Number.isFinite(value(q))) continue;
        probes++;
        const seq = Array.from({ length: 12 }, (_, j) =>
          value(p.map((c, m) => c + (q[m]! - c) * 10 ** -(j + 1))),
        );
        const t = trend(seq);
        if (t === -Infinity) limits.push({ value: t, where: `as (${vars.join(", ")}) → ${label(p)}` });
      }
  }
  return { candidates, limits };
}

/**
 * How f behaves far out: the leading form of a polynomial, otherwise f along rays from the origin and from the
 * lowest sampled points (exp(x) + (y − 1)² only approaches 0 along y = 1, which misses the origin).
 */
export function tailsN(
  node: Node,
  vars: readonly string[],
  poly: Poly | null,
  bases: readonly Point[] = [],
): Limit[] {
  const n = vars.length;
  const dirText = (u: readonly number[]) => `along the direction (${u.map((v) => fmt(v, 4)).join(", ")})`;
  const rayDirs = directions(n, n === 2 ? 24 : 60);
  if (poly) {
    const d = poly.degree();
    const lead = poly.homogeneous(d);
    const dirs = directions(n, n === 2 ? 720 : 2000);
    const vals = dirs.map((u) => lead.evaluate(Object.fromEntries(vars.map((v, i) => [v, u[i]!]))));
    const big = Math.max(...vals.map(Math.abs));
    const k = vals.indexOf(Math.min(...vals));
    if (vals[k]! < -1e-9 * big)
      return [
        {
          value: -Infinity,
          where: `${dirText(dirs[k]!)}, where the leading terms ${lead.toText()} are negative`,
        },
      ];
    if (vals[k]! > 1e-9 * big)
      return [{ value: Infinity, where: "in every direction (the leading terms are positive)" }];
    // The leading form vanishes in some direction: follow f along those directions as well.
    vals.forEach((v, i) => {
      if (Math.abs(v) <= 1e-9 * big) rayDirs.push(dirs[i]!);
    });
  }
  const f = evaluator(node);
  const limits: Limit[] = [];
  const origin = Object.fromEntries(vars.map((v) => [v, 0]));
  for (const b of [origin, ...bases])
    for (const u of rayDirs) {
      const seq = Array.from({ length: 29 }, (_, k) =>
        f(Object.fromEntries(vars.map((v, i) => [v, b[v]! + u[i]! * 10 ** ((k + 2) / 2)]))),
      );
      const t = trend(seq);
      const from = b === origin ? "" : ` from (${vars.map((v) => fmt(b[v]!, 4)).join(", ")})`;
      if (!Number.isNaN(t)) limits.push({ value: t, where: `${dirText(u)}${from}` });
    }
  return limits;
}

void Rational;
