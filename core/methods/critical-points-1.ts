// One variable, numerically: sign changes of f′ on a grid, refined by safeguarded secant/bisection; poles, domain
// edges and limits at ±∞ found on the way; and the neighbouring-values test when f″ says nothing.

import { isNum, topoOrder, variables, type Apply, type Node, type Op } from "../expr/node.ts";
import { OPS } from "../expr/ops.ts";
import { compile } from "../diff/autodiff.ts";
import { fallingLows, named, placed, trend, type Candidate, type Limit } from "./limits.ts";
import { msg } from "../messages/index.ts";
import { fmt, type Interval, type Point } from "./result.ts";
import { domainOf, flatStretches, inClosure, pieces } from "./plateaus-1.ts";

/** f is constant, = value, on a whole interval (relu(x) on (−∞, 0]); `at` is the point of it nearest 0. */
export interface Plateau {
  set: Interval;
  value: number;
  at: number;
}

export interface Scan1 {
  roots: number[];
  endpoints: Candidate[];
  limits: Limit[];
  range: string;
  plateaus: Plateau[];
  /** Every point of f's domain seen lies on a plateau of one value: f is constant where it is defined. */
  constant: boolean;
  /** Set when f is not defined on the whole line: its domain as seen on the grid and far out. */
  domain?: { set: Interval[]; isolated: number[] };
}

const SAMPLES = 4000;
const MAX_EVENTS = 400;

/** Critical points by sign changes of f′ on [−L, L] (widened while the lowest sample sits at an edge). */
export function scan1(node: Node, d1: Node, x: string): Scan1 {
  // f′ = 0 as an expression, and f continuous wherever it is defined (no sign): by the mean value theorem f is
  // constant on each interval of its domain, whatever rounding says (cosh(x)^2 − sinh(x)^2 is 2 at x = 18.7).
  const ops = new Set(topoOrder(node).map((n) => (n.kind === "apply" ? n.op : n.kind)));
  const zeroSlope = isNum(d1, 0) && !ops.has("sign");
  // Only the piecewise functions (abs, sign, relu) make pieces: any other f constant on an interval is analytic
  // there, so constant on its whole piece of domain (f′ ≡ 0 above). A flat stretch in anything else is rounding
  // (tanh saturating at −1).
  const piecewise = [...ops].some((op) => OPS.get(op as Op)?.facts?.piecewise === true);
  // Compiled tapes: the scan evaluates f and f′ some ten thousand times.
  const fTape = compile(node, [x]);
  const gTape = compile(d1, [x]);
  const arg = [0];
  const finite = (v: number) => (Number.isFinite(v) ? v : NaN);
  // A power whose exponent varies is e^(v log u): real only where its base u > 0. Its zero-base points keep
  // PyTorch's value (0^0 = 1) for evaluation and gradient descent, but are no part of the real domain: x^x's
  // domain is (0, ∞), not [0, ∞).
  const zeroBases = topoOrder(node)
    .filter((n) => n.kind === "apply" && n.op === "pow" && variables(n.args[1]!).length > 0)
    .map((n) => compile((n as Apply).args[0]!, [x]));
  const raw = (t: number) => (
    (arg[0] = t),
    zeroBases.some((b) => b.value(arg) === 0) ? NaN : finite(fTape.value(arg))
  );
  // Only points with defined neighbours are f's domain: x^x is real at x = −1, −2, … (float pow of a negative
  // integer power) but at no point near them, and isolated points never count.
  const f = (t: number) => {
    const v = raw(t);
    const d = 1e-6 * (1 + Math.abs(t));
    return Number.isFinite(v) && (Number.isFinite(raw(t - d)) || Number.isFinite(raw(t + d))) ? v : NaN;
  };
  const g = (t: number) => ((arg[0] = t), finite(gTape.value(arg)));
  // A value too large for a double (sinh(x³) past x ≈ 8.92) is no edge of the domain and no kink: f is defined
  // there, the computer cannot hold it.
  const overflows = (tape: typeof fTape, t: number) => (
    (arg[0] = t),
    tape.explain(arg)?.msg?.id === "dom.overflow"
  );
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
    const gs = xs.map((t, k) => (Number.isFinite(fs[k]!) ? g(t) : NaN));
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
    const gmax = gs.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
    // Just beyond the grid (not far: x^x overflows to NaN at x = 318, yet is defined there).
    const reaches = (s: number) =>
      [1.37, 2.9, 6.1].every((k) => ((arg[0] = s * k * L), !Number.isNaN(fTape.value(arg))));
    const flats = zeroSlope
      ? pieces(xs, fs, f, reaches)
      : piecewise
        ? flatStretches(xs, fs, gs, f, g, gmax)
        : [];
    const covered = new Uint8Array(SAMPLES + 1);
    for (const p of flats) for (let k = p.from; k <= p.to; k++) covered[k] = 1;
    const plateaus = flats.map((p) => p.plateau);
    // At a plateau's open end f jumps: the value it takes right there is a candidate too (sign(x)^2 is 0 at 0).
    for (const p of plateaus)
      for (const [e, closed] of [
        [p.set.lo, p.set.loClosed],
        [p.set.hi, p.set.hiClosed],
      ] as const) {
        const v = e === null || closed ? NaN : f(e);
        if (e !== null && Number.isFinite(v) && !endpoints.some((c) => c.x[x] === e))
          endpoints.push({ x: { [x]: e }, f: v, ...named(msg("scan.jump", { x, at: fmt(e, 8) })) });
      }
    // f far out counts only when the domain reaches the grid's end on that side: x^x is real at every huge
    // negative float (they are all integers), yet its domain is x > 0.
    for (const [k, to] of [
      [0, "−∞"],
      [SAMPLES, "+∞"],
    ] as const)
      if (!Number.isFinite(fs[k]!)) {
        const at = limits.findIndex((l) => l.where.endsWith(to));
        if (at >= 0) limits.splice(at, 1);
      }
    // A plateau reaching ±∞ takes its value out there: no limit to report on that side.
    for (const p of plateaus)
      for (const [end, to] of [
        [p.set.lo, "−∞"],
        [p.set.hi, "+∞"],
      ] as const)
        if (end === null) {
          const k = limits.findIndex((l) => l.where.endsWith(to));
          if (k >= 0) limits.splice(k, 1);
        }
    // Sign changes and domain edges are refined nearest the origin first: rapid oscillation far out (csc of a
    // quadratic) could mean thousands of them, and only the first MAX_EVENTS are worked out.
    const events: Array<{ i: number; kind: "edge" | "slope" | "sign" }> = [];
    let i = 0;
    while (i < SAMPLES) {
      if (covered[i] && covered[i + 1]) {
        i++;
        continue;
      }
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
      } else if (
        okA &&
        okB &&
        !Number.isFinite(gs[i]!) &&
        i > 0 &&
        Number.isFinite(fs[i - 1]!) &&
        !overflows(gTape, xs[i]!)
      ) {
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
      if (kind === "edge") {
        // The open or closed end of a plateau at the domain's edge (x/x at 0) is told by the plateau.
        if (!covered[k] && !covered[k + 1])
          domainEdge(f, a, b, Number.isFinite(fs[k]!), x, endpoints, limits, (t) => overflows(fTape, t));
      } else if (kind === "slope") {
        const r = refine(g, a, b, gp);
        if (continuousAt(f, r)) roots.push(r);
        else pole(f, r, x, limits);
      } else {
        const z = refine(f, a, b);
        if (!continuousAt(f, z)) pole(f, z, x, limits);
      }
    }
    roots.sort((p, q) => p - q);
    const uniq = roots.filter(
      (r, k) =>
        (k === 0 || Math.abs(r - roots[k - 1]!) > 1e-9 * (1 + Math.abs(r))) &&
        !plateaus.some((p) => inClosure(r, p.set)),
    );
    const seen = fs.filter(Number.isFinite).length;
    const constant =
      plateaus.length > 0 &&
      seen === covered.reduce((s, c, k) => s + (c && Number.isFinite(fs[k]!) ? 1 : 0), 0) &&
      plateaus.every((p) => Math.abs(p.value - plateaus[0]!.value) <= 1e-12 * (1 + Math.abs(p.value)));
    const isolated = xs.filter((t, k) => !Number.isFinite(fs[k]!) && Number.isFinite(raw(t)));
    const out: Scan1 = {
      roots: uniq.map(clean),
      endpoints,
      limits,
      range: `[${fmt(-L)}, ${fmt(L)}]`,
      plateaus,
      constant,
    };
    if (isolated.length)
      out.domain = {
        set: domainOf(xs, fs, f, reaches),
        isolated: isolated.sort((p, q) => Math.abs(p) - Math.abs(q) || p - q),
      };
    return out;
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
  overflowsAt: (t: number) => boolean,
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
  // Where f stops being a double because it overflows, f is still defined: the values run past ±1.8·10³⁰⁸ there.
  const toEdge = placed(
    msg(overflowsAt(bad) ? "scan.towardOverflow" : "scan.towardEdge", { x, to: fmt(edge, 8) }),
  );
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
