// One variable, numerically: sign changes of f′ on a grid, refined by safeguarded secant/bisection; poles, domain
// edges and limits at ±∞ found on the way; and the neighbouring-values test when f″ says nothing.

import type { Node } from "./node.ts";
import { compile } from "./autodiff.ts";
import { fallingLows, named, placed, trend, type Candidate, type Limit } from "./limits.ts";
import { msg } from "./messages/index.ts";
import { fmt, type Point } from "./method-result.ts";

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
  // f″ from the gradient of f′'s tape: the slope for Newton's steps on f′ = 0.
  const slopeOut = new Float64Array(1);
  const gp = (t: number) => (
    (arg[0] = t),
    Number.isFinite(gTape.valueAndGrad(arg, slopeOut)) ? slopeOut[0]! : NaN
  );
  const limits: Limit[] = [];
  for (const s of [-1, 1]) {
    const seq = Array.from({ length: 29 }, (_, k) => f(s * 10 ** ((k + 2) / 2)));
    let t = trend(seq);
    // An oscillation whose lows keep falling (eˣ·sin x, x·sin x) has no trend but is unbounded below.
    if (
      t !== -Infinity &&
      fallingLows(Array.from({ length: 2001 }, (_, k) => f(s * 10 ** (1 + (7 * k) / 2000))))
    )
      t = -Infinity;
    if (!Number.isNaN(t))
      limits.push({ value: t, ...placed(msg("scan.toward", { x, to: s < 0 ? "−∞" : "+∞" })) });
  }
  let L = 20; // the same window as the SymPy oracle's scan; widened when f keeps falling past it
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
        const r = refine(g, a, b, gp);
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

/**
 * Root of h in [a, b] (h(a), h(b) of opposite signs): safeguarded Newton — a Newton step from the latest point
 * when h′ is known and the step stays inside the bracket, otherwise a secant step, and a bisection every third
 * step so a slow side cannot stall it. The bracket always shrinks.
 */
function refine(h: (t: number) => number, a: number, b: number, dh?: (t: number) => number): number {
  let lo = a;
  let hi = b;
  let hlo = h(lo);
  let last = Math.abs(hlo) < Math.abs(h(hi)) ? lo : hi;
  let hlast = h(last);
  for (let k = 0; k < 200; k++) {
    const hhi = h(hi);
    let m = NaN;
    const slope = dh ? dh(last) : NaN;
    if (Number.isFinite(slope) && slope !== 0 && Number.isFinite(hlast)) m = last - hlast / slope;
    if (!(m > lo && m < hi) && Number.isFinite(hlo) && Number.isFinite(hhi) && hhi !== hlo)
      m = hi - (hhi * (hi - lo)) / (hhi - hlo);
    if (!(m > lo && m < hi) || k % 3 === 2) m = (lo + hi) / 2;
    if (m === lo || m === hi) break;
    const hm = h(m);
    if (hm === 0) return m;
    if (Number.isFinite(hm) && Math.sign(hm) === Math.sign(hlo)) {
      lo = m;
      hlo = hm;
    } else hi = m;
    last = m;
    hlast = hm;
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
    // Only a blow-up is evidence: a finite "limit" here is a jump or oscillation too fast for the grid.
    const t = trend(seq);
    if (t === Infinity || t === -Infinity)
      limits.push({ value: t, ...placed(msg("scan.toward", { x, to: `${fmt(r, 8)}${s < 0 ? "⁻" : "⁺"}` })) });
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
  const toEdge = placed(msg("scan.towardEdge", { x, to: fmt(edge, 8) }));
  if (t === -Infinity || t === Infinity) limits.push({ value: t, ...toEdge });
  else if (Number.isFinite(f(edge)))
    endpoints.push({ x: { [x]: edge }, f: f(edge), ...named(msg("scan.edge", { x, at: fmt(edge, 8) })) });
  else if (Number.isFinite(t)) limits.push({ value: t, ...toEdge });
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
